// Benchmark of extraction speed and memory (issue 7 targets: >= 25 MB/s on one core to JSON
// lines, >= 15 MB/s with two jobs into SQLite, peak memory flat with corpus size).
//
//   build-x/bench_extract                       # 30 MB corpus generated in a temp dir, then measured
//   build-x/bench_extract --mb 60 --keep /tmp/c  # bigger corpus, kept for perf/callgrind afterwards
//   build-x/bench_extract --mb 10 --keep /tmp/c --sample-only  # only the per-stage table (and the SQLite store)
//
// Steps: (1) generate a corpus of real-shaped news from corpus/*.txt
// and the plain-text documents of ../shared/datasets: by default sentences recombined and
// varied so that they do not repeat (tools/bench/unique_corpus.h), with --paragraphs whole real
// paragraphs drawn again and again (tools/bench/corpus_gen.h, the corpus of the figures before
// 2026-11-28, which flatters warm automata); (2) in this process, on one thread:
// ingest + extract + JSON lines serialization of every article, with a per-stage breakdown on
// a sample; (3) the real `newsfacts extract --jsonl --jobs 1` and `--db --jobs 2` as child
// processes (wall time, CPU time and peak RSS from wait4), and `--jsonl` on a quarter of the
// corpus to show whether peak memory grows with the corpus. MB are 2^20 bytes of article text.
#include <sys/resource.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "extractor/claims/assembler.h"
#include "extractor/ingest/dateline.h"
#include "extractor/ingest/reader.h"
#include "extractor/model/hash.h"
#include "extractor/normalize/context.h"
#include "extractor/normalize/entities.h"
#include "extractor/normalize/numeric.h"
#include "extractor/normalize/temporal.h"
#include "extractor/text/boilerplate.h"
#include "extractor/pipeline.h"
#include "extractor/rules/gazetteer.h"
#include "extractor/rules/rule_library.h"
#include "extractor/rules/thread_cpu.h"
#include "extractor/text/segmenter.h"
#include "storage/json_lines.h"
#include "storage/sqlite_store.h"
#include "tools/bench/corpus_gen.h"
#include "tools/bench/unique_corpus.h"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

// Articles per Extractor::extract_batch call, as the workers of `newsfacts extract` take them.
constexpr size_t kBatch = 32;

double thread_cpu() { return nf::thread_cpu_seconds(); }

double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

double cpu_seconds(const rusage& u) {
  return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

constexpr double kMB = 1024.0 * 1024.0;

struct ChildRun {
  int status = -1;
  double wall = 0, cpu = 0;
  long max_rss_kb = 0;
};

// Runs argv with stdout to /dev/null and stderr to err_path; rusage of that child only.
ChildRun run_child(const std::vector<std::string>& argv, const std::string& err_path) {
  ChildRun r;
  auto t0 = Clock::now();
  pid_t pid = fork();
  if (pid == 0) {
    int devnull = open("/dev/null", O_WRONLY);
    int err = open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    dup2(devnull, 1);
    dup2(err, 2);
    std::vector<char*> args;
    for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    execv(args[0], args.data());
    _exit(127);
  }
  rusage u{};
  int status = 0;
  wait4(pid, &status, 0, &u);
  r.wall = seconds_since(t0);
  r.cpu = cpu_seconds(u);
  r.max_rss_kb = u.ru_maxrss;
  r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

void print_child(const char* what, const ChildRun& r, size_t bytes, size_t articles) {
  std::printf("%-44s exit %d  wall %6.2f s  %6.2f MB/s  cpu %6.2f s  %6.2f MB/s per core  %7.0f articles/s  peak RSS %6.1f MB\n",
              what, r.status, r.wall, bytes / kMB / r.wall, r.cpu, bytes / kMB / r.cpu, articles / r.wall, r.max_rss_kb / 1024.0);
}

}  // namespace

int main(int argc, char** argv) {
  size_t mb = 30;
  std::string rules = NEWSFACTS_DEFAULT_RULES;
  std::string source_root = fs::path(NEWSFACTS_DEFAULT_RULES).parent_path().string();
  std::string keep;
  std::string program = (fs::path(argv[0]).parent_path() / "newsfacts").string();
  std::vector<std::string> sources;
  bool children = true;
  bool whole = true;  // the in-process pass over the whole corpus
  bool unique = true;  // sentences recombined and varied (unique_corpus.h), else whole real paragraphs repeated
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto next = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::cerr << "bench_extract: " << a << " needs a value\n";
        std::exit(2);
      }
      return argv[++i];
    };
    if (a == "--mb") mb = std::stoul(next());
    else if (a == "--rules") rules = next();
    else if (a == "--keep") keep = next();
    else if (a == "--newsfacts") program = next();
    else if (a == "--source") sources.push_back(next());
    else if (a == "--no-children") children = false;
    else if (a == "--paragraphs") unique = false;
    else if (a == "--sample-only") whole = false, children = false;
    else {
      std::cerr << "usage: bench_extract [--mb N] [--keep DIR] [--rules DIR] [--newsfacts PROGRAM] [--source DIR]... [--no-children] [--sample-only] [--paragraphs]\n";
      return a == "--help" || a == "-h" ? 0 : 2;
    }
  }
  if (sources.empty()) sources = {source_root + "/corpus", source_root + "/../shared/datasets"};

  // (1) The corpus.
  std::string dir = keep;
  if (dir.empty()) {
    char tmpl[] = "/tmp/nf_bench_XXXXXX";
    if (!mkdtemp(tmpl)) {
      std::perror("mkdtemp");
      return 1;
    }
    dir = tmpl;
  }
  auto t0 = Clock::now();
  nf::bench::CorpusStats cs = unique ? nf::bench::generate_unique_corpus(sources, dir + "/corpus", mb << 20, 20261127)
                                     : nf::bench::generate_corpus(sources, dir + "/corpus", mb << 20, 20261127);
  std::printf("corpus (%s): %zu articles, %.1f MB, from %zu paragraphs of %zu real documents, in %s (%.1f s)\n",
              unique ? "recombined sentences" : "repeated paragraphs", cs.articles, cs.bytes / kMB, cs.paragraphs,
              cs.source_documents, (dir + "/corpus").c_str(), seconds_since(t0));
  if (unique)
    std::printf("  %zu sentences, %zu (%.2f%%) exact repeats of an earlier one\n", cs.sentences, cs.repeated_sentences,
                100.0 * cs.repeated_sentences / std::max<size_t>(1, cs.sentences));

  // (2) In process, one thread: ingest + extract + JSON lines.
  t0 = Clock::now();
  nf::Extractor ex = nf::Extractor::load(rules);
  std::printf("rules loaded in %.2f s\n", seconds_since(t0));
  rusage u0{}, u1{};
  getrusage(RUSAGE_SELF, &u0);
  size_t articles = 0, bytes = 0, json_bytes = 0, mentions = 0, facts = 0;
  double t_extract = 0, t_json = 0;
  std::string out;
  t0 = Clock::now();
  // Batches of kBatch articles through Extractor::extract_batch, as `newsfacts extract` runs them.
  std::vector<nf::Article> pending;
  auto flush = [&] {
    std::vector<nf::Article*> ptrs;
    for (nf::Article& a : pending) ptrs.push_back(&a);
    double t = thread_cpu();
    std::vector<nf::ArticleResult> rs = ex.extract_batch(ptrs, {""});
    t_extract += thread_cpu() - t;
    for (size_t k = 0; k < pending.size(); ++k) {
      t = thread_cpu();
      out.clear();
      nf::append_records(out, pending[k], rs[k]);
      t_json += thread_cpu() - t;
      json_bytes += out.size();
      bytes += pending[k].body.size();
      mentions += rs[k].mentions.size();
      facts += rs[k].facts.size();
      ++articles;
    }
    pending.clear();
  };
  if (whole) nf::read_inputs({dir + "/corpus"}, {}, [&](nf::Article&& a) {
    pending.push_back(std::move(a));
    if (pending.size() == kBatch) flush();
  }, [](const nf::InputProblem& p) { std::cerr << p.source << ": " << p.reason << "\n"; });
  flush();
  double wall = seconds_since(t0);
  getrusage(RUSAGE_SELF, &u1);
  double cpu = cpu_seconds(u1) - cpu_seconds(u0);
  if (whole) {
    std::printf("\nin process, 1 thread, to JSON lines (%zu mentions, %zu facts, %.1f MB of JSON):\n", mentions, facts, json_bytes / kMB);
    std::printf("  wall %.2f s = %.2f MB/s, %.0f articles/s; cpu %.2f s = %.2f MB/s per core; peak RSS %.1f MB\n", wall,
                bytes / kMB / wall, articles / wall, cpu, bytes / kMB / cpu, u1.ru_maxrss / 1024.0);
    std::printf("  split (CPU): ingest %.2f s, extract %.2f s (%.2f MB/s), JSON %.2f s\n", cpu - t_extract - t_json, t_extract,
                bytes / kMB / t_extract, t_json);
  }

  // Per stage on a sample (the first two folders, about 2.5 MB): the stages of Extractor::extract
  // run one by one exactly as the pipeline runs them, each timed in thread CPU time (immune to
  // other processes on the machine).
  {
    const nf::RuleLibrary& lib = ex.rules();
    nf::DatelineReader dateline(lib);
    nf::BoilerplateMarker boilerplate(lib);
    nf::Gazetteer gaz(lib);
    nf::TemporalNormalizer temporal(lib);
    nf::NumericNormalizer numeric(lib);
    nf::EntityNormalizer entities(lib);
    nf::ClaimAssembler claims(lib);
    nf::Segmenter seg;
    // The writer thread's work of `extract --db`, on a fresh database; batches of the store's default size
    // (the age limit off, so the batches do not depend on the machine's load).
    const std::string db_path = dir + "/stages.db";
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(db_path + suffix);
    double t_store = 0;
    nf::SqliteStore store(db_path);
    store.batch_age = std::chrono::hours(24);
    enum { Hash, Dateline, Segment, Boiler, Rules, Gaz, Overlaps, Temporal, Numeric, Entities, Claims, N };
    const char* names[N] = {"content hash", "dateline", "segment (ICU sentences + tokens)", "boilerplate marks",
                            "rules (RuleGate + each candidate rule's regex)", "gazetteer", "resolve_overlaps",
                            "temporal normalizer", "numeric normalizer", "entity normalizer", "claims"};
    double t[N] = {};
    size_t sample_bytes = 0;
    std::vector<std::string> sample(cs.folders.begin(), cs.folders.begin() + std::min<size_t>(cs.folders.size(), 2));
    // Without the whole-corpus pass, one untimed pass over the sample warms the regex caches
    // (RE2 builds its DFA states on first sight of the text), as a long run has them.
    if (!whole) nf::read_inputs(sample, {}, [&](nf::Article&& a) { ex.extract(a, {""}); }, [](const nf::InputProblem&) {});
    // Batches of kBatch articles, as the pipeline runs them: the stages before the rules article
    // by article, the rules over the whole batch (match_batch), then the rest article by article.
    std::vector<nf::Article> batch;
    auto run_batch = [&] {
      double c = thread_cpu();
      auto lap = [&](int stage) {
        double now = thread_cpu();
        t[stage] += now - c;
        c = now;
      };
      std::vector<nf::ArticleResult> rs(batch.size());
      std::vector<nf::RuleLibrary::SentenceRef> refs;
      for (size_t k = 0; k < batch.size(); ++k) {
        nf::Article& a = batch[k];
        nf::ArticleResult& r = rs[k];
        r.content_hash = nf::content_hash(a.body);
        lap(Hash);
        dateline.read(a, "");
        auto full = [](const std::string& d) { return d.size() == 10 && d.find('X') == std::string::npos; };
        r.reference_date = full(a.published) ? a.published : full(a.dateline.date) ? a.dateline.date : "";
        lap(Dateline);
        std::string_view body = a.body;
        r.segmentation = seg.segment(body);
        lap(Segment);
        boilerplate.mark(body, r.segmentation);
        lap(Boiler);
        for (size_t i = 0; i < r.segmentation.sentences.size(); ++i) {
          const nf::Sentence& s = r.segmentation.sentences[i];
          refs.push_back({body, nf::Span{s.start, s.end}, static_cast<int>(i), &r.mentions});
        }
      }
      lib.match_batch(refs);
      lap(Rules);
      for (size_t k = 0; k < batch.size(); ++k) {
        nf::Article& a = batch[k];
        nf::ArticleResult& r = rs[k];
        std::string_view body = a.body;
        gaz.match(body, r.segmentation, r.mentions);
        lap(Gaz);
        nf::resolve_overlaps(r.mentions);
        lap(Overlaps);
        nf::ArticleContext ctx{a, body, r.segmentation, r.reference_date};
        temporal.run(r.mentions, ctx);
        lap(Temporal);
        numeric.run(r.mentions, ctx);
        lap(Numeric);
        entities.run(r.mentions, ctx);
        lap(Entities);
        r.facts = claims.run(r.mentions, ctx, r.content_hash);
        lap(Claims);
        sample_bytes += a.body.size();
        double s0 = thread_cpu();
        store.add(a, r);
        t_store += thread_cpu() - s0;
        c = thread_cpu();
      }
      batch.clear();
    };
    nf::read_inputs(sample, {}, [&](nf::Article&& a) {
      batch.push_back(std::move(a));
      if (batch.size() == kBatch) run_batch();
    }, [](const nf::InputProblem&) {});
    run_batch();
    double s0 = thread_cpu();
    store.commit();
    t_store += thread_cpu() - s0;
    double mbs = sample_bytes / kMB, total = 0;
    for (double x : t) total += x;
    std::printf("\nstages on a %.1f MB sample, thread CPU time (share of extraction; MB/s of that stage alone):\n", mbs);
    for (int i = 0; i < N; ++i) std::printf("  %-42s %5.1f%%  %9.1f MB/s\n", names[i], 100 * t[i] / total, mbs / t[i]);
    std::printf("  %-42s %5.1f%%  %9.1f MB/s\n", "all stages", 100.0, mbs / total);
    std::printf("  %-42s %5.1f%%  %9.1f MB/s  (writer thread of --db; not in the total)\n", "SQLite store (SqliteStore::add)",
                100 * t_store / total, mbs / t_store);
  }

  // (3) The real program.
  if (children && fs::exists(program)) {
    std::printf("\n%s (child processes; peak RSS of the child):\n", program.c_str());
    std::vector<std::string> quarter(cs.folders.begin(), cs.folders.begin() + std::max<size_t>(1, cs.folders.size() / 4));
    size_t quarter_bytes = 0, quarter_articles = 0;
    for (const std::string& f : quarter)
      for (const auto& e : fs::directory_iterator(f)) quarter_bytes += fs::file_size(e.path()), ++quarter_articles;
    std::vector<std::string> args = {program, "extract", "--jsonl", "--quiet", "--jobs", "1", "--rules", rules};
    std::vector<std::string> q = args;
    q.insert(q.end(), quarter.begin(), quarter.end());
    print_child("extract --jsonl --jobs 1, quarter corpus", run_child(q, dir + "/err_q.txt"), quarter_bytes, quarter_articles);
    args.push_back(dir + "/corpus");
    print_child("extract --jsonl --jobs 1, whole corpus", run_child(args, dir + "/err_1.txt"), cs.bytes, cs.articles);
    std::string db = dir + "/bench.db";
    fs::remove(db);
    std::vector<std::string> dbargs = {program, "extract", "--db", db, "--quiet", "--jobs", "2", "--rules", rules, dir + "/corpus"};
    print_child("extract --db --jobs 2, whole corpus", run_child(dbargs, dir + "/err_db.txt"), cs.bytes, cs.articles);
    std::printf("  (wall-clock MB/s depends on what else runs on the machine; cpu MB/s per core is the rate of one busy core)\n");
  } else if (children) {
    std::printf("\n%s not found: child-process runs skipped\n", program.c_str());
  }
  if (keep.empty()) fs::remove_all(dir);
  return 0;
}
