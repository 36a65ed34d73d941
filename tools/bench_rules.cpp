// Benchmark of the rule-engine stages alone: dateline, boilerplate marks, RuleLibrary::match
// and resolve_overlaps, each in thread CPU time on the articles of a corpus (e.g. the one
// `bench_extract --keep DIR` leaves in DIR/corpus). Articles are read and segmented first,
// untimed; then each stage runs over all of them. A checksum of the raw mentions tells
// whether two builds match the same things.
//
//   build/bench_rules /tmp/nfcorpus/corpus            # every stage once
//   build/bench_rules --repeat 3 /tmp/nfcorpus/corpus # match 3 times (warm automata after the first)
//   build/bench_rules --set-gate /tmp/nfcorpus/corpus # rules picked by the RE2::Set, not RuleGate
//   build/bench_rules --gate-stats /tmp/nfcorpus/corpus # candidates per sentence of both gates, per rule
//   build/bench_rules --batch 8 /tmp/nfcorpus/corpus  # match_batch over the sentences of 8 articles at a time
//   build/bench_rules --batch 32 --rule-times DIR      # and each rule's thread CPU time, costliest first
//   build/bench_rules --batch 32 --rule-times --families date.,duration.,time.,set.,filter.tmx_ DIR
//                                                       # and the summed time of the rules whose id starts so
#include <algorithm>
#include <ctime>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "extractor/ingest/dateline.h"
#include "extractor/ingest/reader.h"
#include "extractor/model/hash.h"
#include "extractor/rules/rule_library.h"
#include "extractor/rules/thread_cpu.h"
#include "extractor/text/boilerplate.h"
#include "extractor/text/segmenter.h"

namespace {

double thread_cpu() { return nf::thread_cpu_seconds(); }

constexpr double kMB = 1024.0 * 1024.0;

struct Doc {
  nf::Article article;
  nf::Segmentation seg;
};

void report(const char* stage, double seconds, double mb) {
  std::printf("  %-28s %7.3f s  %8.1f MB/s\n", stage, seconds, mb / seconds);
}

}  // namespace

int main(int argc, char** argv) {
  std::string rules_dir = NEWSFACTS_DEFAULT_RULES;
  std::vector<std::string> paths;
  int repeat = 1;
  size_t batch = 0;  // articles per match_batch call (0: match() sentence by sentence)
  bool set_gate = false, gate_stats = false, rule_times = false;
  std::vector<std::string> families;  // --families: rule id prefixes whose rule times are summed
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--rules" && i + 1 < argc) rules_dir = argv[++i];
    else if (a == "--repeat" && i + 1 < argc) repeat = std::stoi(argv[++i]);
    else if (a == "--set-gate") set_gate = true;
    else if (a == "--batch" && i + 1 < argc) batch = std::stoul(argv[++i]);
    else if (a == "--gate-stats") gate_stats = true;
    else if (a == "--rule-times") rule_times = true;
    else if (a == "--families" && i + 1 < argc) {
      std::string list = argv[++i];
      for (size_t p = 0, q; p <= list.size(); p = q + 1) {
        q = list.find(',', p);
        if (q == std::string::npos) q = list.size();
        if (q > p) families.push_back(list.substr(p, q - p));
      }
    }
    else if (!a.empty() && a[0] == '-') {
      std::cerr << "usage: bench_rules [--rules DIR] [--repeat N] [--set-gate] [--gate-stats] [--batch N [--rule-times [--families P,...]]] PATH...\n";
      return a == "--help" || a == "-h" ? 0 : 2;
    } else paths.push_back(a);
  }
  if (paths.empty()) {
    std::cerr << "bench_rules: give a corpus directory (bench_extract --keep DIR leaves DIR/corpus)\n";
    return 2;
  }
  double load_start = thread_cpu();
  nf::RuleLibrary lib = nf::RuleLibrary::load(rules_dir);
  std::printf("rules loaded in %.3f s CPU: %s\n", thread_cpu() - load_start, lib.gate_summary().c_str());
  if (set_gate || gate_stats) {  // the RE2::Set is compiled on first use: not in the timed stages
    double t0 = thread_cpu();
    lib.candidates("", true);
    std::printf("RE2::Set compiled in %.3f s CPU\n", thread_cpu() - t0);
  }
  nf::DatelineReader dateline(lib);
  nf::BoilerplateMarker boilerplate(lib);
  nf::Segmenter segmenter;
  std::vector<Doc> docs;
  size_t bytes = 0;
  nf::read_inputs(paths, {}, [&](nf::Article&& a) {
    bytes += a.body.size();
    Doc d{std::move(a), {}};
    d.seg = segmenter.segment(d.article.body);
    docs.push_back(std::move(d));
  }, [](const nf::InputProblem& p) { std::cerr << p.source << ": " << p.reason << "\n"; });
  double mb = bytes / kMB;
  std::printf("%zu articles, %.1f MB; thread CPU time per stage:\n", docs.size(), mb);

  double t = thread_cpu();
  for (Doc& d : docs) dateline.read(d.article, "");
  report("dateline", thread_cpu() - t, mb);

  t = thread_cpu();
  for (Doc& d : docs) boilerplate.mark(d.article.body, d.seg);
  report("boilerplate marks", thread_cpu() - t, mb);

  std::vector<std::vector<nf::Mention>> raw(docs.size());
  nf::RuleLibrary::RuleCosts costs;
  for (int round = 0; round < repeat; ++round) {
    for (auto& r : raw) r.clear();
    t = thread_cpu();
    std::vector<nf::RuleLibrary::SentenceRef> refs;
    for (size_t k = 0; k < docs.size(); ++k) {
      const auto& sents = docs[k].seg.sentences;
      for (size_t i = 0; i < sents.size(); ++i)
        if (set_gate) lib.match_set_gate(docs[k].article.body, nf::Span{sents[i].start, sents[i].end}, static_cast<int>(i), raw[k]);
        else if (batch) refs.push_back({docs[k].article.body, nf::Span{sents[i].start, sents[i].end}, static_cast<int>(i), &raw[k]});
        else lib.match(docs[k].article.body, nf::Span{sents[i].start, sents[i].end}, static_cast<int>(i), raw[k]);
      if (batch && ((k + 1) % batch == 0 || k + 1 == docs.size())) {
        lib.match_batch(refs, rule_times ? &costs : nullptr);
        refs.clear();
      }
    }
    std::string name = std::string(set_gate ? "match, RE2::Set gate" : batch ? "match_batch, RuleGate" : "match, RuleGate") + (round ? " (again)" : "");
    report(name.c_str(), thread_cpu() - t, mb);
  }

  if (rule_times && batch) {  // summed over the rounds
    std::vector<std::string> ids = lib.rule_ids();
    std::vector<size_t> order(costs.seconds.size());
    double all = 0;
    for (size_t i = 0; i < order.size(); ++i) order[i] = i, all += costs.seconds[i];
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return costs.seconds[a] > costs.seconds[b]; });
    std::printf("rules by thread CPU time (%.3f s in all; us a run):\n", all);
    size_t top = families.empty() ? 30 : order.size();  // with --families: every rule
    for (size_t k = 0; k < order.size() && k < top; ++k) {
      size_t i = order[k];
      std::printf("  %-32s %7.3f s %5.1f%%  runs %7zu  matched %7zu  %6.1f us\n", ids[i].c_str(), costs.seconds[i],
                  100 * costs.seconds[i] / all, costs.runs[i], costs.matched[i],
                  costs.runs[i] ? 1e6 * costs.seconds[i] / costs.runs[i] : 0.0);
    }
    if (!families.empty()) {  // e.g. the temporal rules and filters inside the whole library
      double sum = 0;
      size_t n = 0, runs = 0;
      for (size_t i = 0; i < ids.size(); ++i)
        for (const std::string& f : families)
          if (ids[i].compare(0, f.size(), f) == 0) {
            sum += costs.seconds[i], runs += costs.runs[i], ++n;
            break;
          }
      std::printf("rules whose id starts with --families: %zu rules, %zu runs, %.3f s (%.1f%% of rule time; %.1f MB/s a pass)\n",
                  n, runs, sum, all ? 100 * sum / all : 0.0, sum ? mb * repeat / sum : 0.0);
    }
  }

  if (gate_stats) {
    for (int pass = 0; pass < 2; ++pass) {
      double t0 = thread_cpu();
      size_t total = 0;
      for (const Doc& d : docs)
        for (const auto& s : d.seg.sentences)
          total += lib.candidates(std::string_view(d.article.body).substr(s.start, s.end - s.start), pass == 1).size();
      report(pass ? "RE2::Set alone" : "RuleGate alone", thread_cpu() - t0, mb);
      std::printf("   (%zu candidates)\n", total);
    }
  // per rule: sentences the gate passes, sentences where the rule matches
    std::vector<std::string> ids = lib.rule_ids();
    std::vector<size_t> passed(ids.size()), matched(ids.size());
    size_t sentences = 0, missed = 0;
    for (const Doc& d : docs)
      for (const auto& s : d.seg.sentences) {
        std::string_view text = std::string_view(d.article.body).substr(s.start, s.end - s.start);
        ++sentences;
        std::vector<int> g = lib.candidates(text, false), m = lib.candidates(text, true);
        for (int r : g) ++passed[r];
        for (int r : m) {
          ++matched[r];
          if (!std::binary_search(g.begin(), g.end(), r)) ++missed;
        }
      }
    std::vector<size_t> order(ids.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return passed[a] - matched[a] > passed[b] - matched[b]; });
    size_t all_passed = 0, all_matched = 0;
    for (size_t i = 0; i < ids.size(); ++i) all_passed += passed[i], all_matched += matched[i];
    std::printf("%zu sentences: gate passes %.2f rules a sentence, %.2f match; %zu matches the gate missed (must be 0)\n",
                sentences, double(all_passed) / sentences, double(all_matched) / sentences, missed);
    for (size_t k = 0; k < order.size() && k < 25; ++k)
      std::printf("  %-32s passed %7zu  matched %7zu\n", ids[order[k]].c_str(), passed[order[k]], matched[order[k]]);
  }

  nf::Hasher h;
  size_t mentions = 0;
  for (const auto& r : raw)
    for (const nf::Mention& m : r) {
      ++mentions;
      std::string line = m.rule + ' ' + std::to_string(m.span.start) + ' ' + std::to_string(m.span.end);
      for (const auto& [k, v] : m.attrs) line += ' ' + k + '=' + v;
      h.update(line + '\n');
    }

  t = thread_cpu();
  for (auto& r : raw) nf::resolve_overlaps(r);
  report("resolve_overlaps", thread_cpu() - t, mb);
  std::printf("%zu raw mentions, checksum %s\n", mentions, h.hex().c_str());
  return 0;
}
