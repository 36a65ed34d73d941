// End-to-end claims on the wire-style articles of corpus/: every tests/expected_facts/*.facts.jsonl
// lists the facts an annotator expects (count span, value, predicate, time, location, source).
// Scored like issue 6: a fact matches when its count span and value match; then source, time
// and location are compared on the matched facts. Prints the misses and the figures per subset
// (the article record's "subset": "held-out" for 020-029, "held-out-s3" for 030-039,
// "held-out-s4" for 040-049 and "held-out-s5" for 050-059, each set written with its expected
// facts before newsfacts first ran on it; "stranger6" for 060-069, written and annotated by a
// stranger to the code and first run in the sixth session; "stranger7" for 070-079, the same for
// the seventh session; "stranger10" for 080-089 and "stranger11" for 090-099, by two strangers in
// the ninth session; "stranger12" to "stranger15" for 100-139, by four strangers in the tenth;
// else "tuned") and over all articles; checks the
// targets on all articles.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <cstdlib>
#include <iostream>

#include "extractor/claims/attribution.h"
#include "extractor/claims/opening_dateline.h"
#include "extractor/claims/place_arg.h"
#include "extractor/ingest/json_line.h"
#include "tests/test_support.h"

namespace fs = std::filesystem;

namespace {

std::string member(const nf::JsonObject& o, const std::string& name) {
  const std::string* v = o.find(name);
  return v ? *v : "";
}

std::string read_all(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Agency names are compared as sets of words, without case, without the "(CC)" of national
// bodies and without "of"/"the" ("Department of Agriculture" = "Agriculture Department (PH)");
// a set that holds the other counts too. An expected "A|B" accepts either name.
std::set<std::string> agency_words(std::string s) {
  if (s.size() > 5 && s[s.size() - 1] == ')' && s[s.size() - 5] == ' ' && s[s.size() - 4] == '(') s.resize(s.size() - 5);
  std::set<std::string> words;
  std::istringstream in(s);
  for (std::string w; in >> w;) {
    for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (w != "of" && w != "the" && w != "and") words.insert(w);
  }
  return words;
}
bool same_source(const std::string& want, const std::string& got) {
  if (want.empty() || got.empty()) return want.empty() && got.empty();
  std::set<std::string> b = agency_words(got);
  for (size_t from = 0; from <= want.size();) {
    size_t bar = want.find('|', from);
    if (bar == std::string::npos) bar = want.size();
    std::set<std::string> a = agency_words(want.substr(from, bar - from));
    if (std::includes(a.begin(), a.end(), b.begin(), b.end()) || std::includes(b.begin(), b.end(), a.begin(), a.end()))
      return true;
    from = bar + 1;
  }
  return false;
}
// A time matches when equal, or when what we give refines the expected day ("2024-03-08TEV").
bool same_time(const std::string& want, const std::string& got) {
  return want == got || (!want.empty() && got.rfind(want, 0) == 0);
}

struct Tally {
  int articles = 0, expected = 0, produced = 0, matched = 0, relaxed = 0;
  int source_ok = 0, time_ok = 0, location_ok = 0, predicate_ok = 0;
  void add(const Tally& o) {
    articles += o.articles, expected += o.expected, produced += o.produced, matched += o.matched, relaxed += o.relaxed;
    source_ok += o.source_ok, time_ok += o.time_ok, location_ok += o.location_ok, predicate_ok += o.predicate_ok;
  }
};

double pct(int a, int b) { return b ? 100.0 * a / b : 0.0; }
double f1_of(int hit, int produced, int expected) {
  double p = pct(hit, produced), r = pct(hit, expected);
  return p + r > 0 ? 2 * p * r / (p + r) : 0;
}
std::string summary(const std::string& name, const Tally& t) {
  std::ostringstream sum;
  sum.precision(3);
  sum << name << ": " << t.articles << " articles, " << t.expected << " expected facts, " << t.produced << " produced\n"
      << "  fact F1 (span+value) " << f1_of(t.matched, t.produced, t.expected) << " (P " << pct(t.matched, t.produced)
      << " R " << pct(t.matched, t.expected) << "); overlapping span + value F1 " << f1_of(t.relaxed, t.produced, t.expected)
      << "\n  on " << t.relaxed << " matched facts: source " << pct(t.source_ok, t.relaxed) << "%, time "
      << pct(t.time_ok, t.relaxed) << "%, location " << pct(t.location_ok, t.relaxed) << "%, predicate "
      << pct(t.predicate_ok, t.relaxed) << "%\n";
  return sum.str();
}

// The expected-facts files (tests/expected_facts/*.facts.jsonl), sorted.
std::vector<fs::path> expected_files() {
  fs::path dir = fs::path(nf::test::source_dir()) / "tests" / "expected_facts";
  std::vector<fs::path> files;
  if (fs::is_directory(dir))
    for (const auto& e : fs::directory_iterator(dir))
      if (e.path().string().size() > 12 && e.path().string().rfind(".facts.jsonl") == e.path().string().size() - 12)
        files.push_back(e.path());
  std::sort(files.begin(), files.end());
  return files;
}

// One expected-facts file: its article line (name, reference date, subset) and its facts.
struct Expected {
  std::string article, ref, subset = "tuned";
  std::vector<nf::JsonObject> want;
};

Expected read_expected(const fs::path& file) {
  Expected x;
  std::ifstream in(file);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    nf::JsonObject o;
    std::string err;
    REQUIRE(nf::parse_json_object(line, o, err));
    if (member(o, "record") == "article") {
      x.article = member(o, "article");
      x.ref = member(o, "reference_date");
      if (!member(o, "subset").empty()) x.subset = member(o, "subset");
    } else {
      x.want.push_back(o);
    }
  }
  return x;
}

}  // namespace

TEST_CASE("claims corpus: fact F1 and argument accuracy on the wire-style articles", "[claims][corpus]") {
  const std::vector<fs::path> files = expected_files();
  REQUIRE(!files.empty());

  std::map<std::string, Tally> subsets;
  std::string report;
  for (const fs::path& file : files) {
    const Expected x = read_expected(file);
    const std::string &article = x.article, &ref = x.ref, &subset = x.subset;
    const std::vector<nf::JsonObject>& want = x.want;
    std::string body = read_all(fs::path(nf::test::source_dir()) / "corpus" / (article + ".txt"));
    REQUIRE(!body.empty());
    nf::ArticleResult r = nf::test::run_text(body, ref);
    Tally& t = subsets[subset];
    ++t.articles;
    t.expected += static_cast<int>(want.size());
    t.produced += static_cast<int>(r.facts.size());
    std::vector<bool> used(r.facts.size(), false);
    for (const nf::JsonObject& w : want) {
      size_t start = std::stoul(member(w, "start")), end = std::stoul(member(w, "end"));
      double value = std::stod(member(w, "value"));
      int hit = -1;
      bool strict = false;
      for (size_t i = 0; i < r.facts.size(); ++i) {
        const nf::Fact& f = r.facts[i];
        if (used[i] || std::fabs(f.number - value) > 1e-9 * std::max(1.0, std::fabs(value))) continue;
        if (f.span.start == start && f.span.end == end) {
          hit = static_cast<int>(i);
          strict = true;
          break;
        }
        if (hit < 0 && f.span.start < end && start < f.span.end) hit = static_cast<int>(i);
      }
      std::string text = member(w, "text");
      if (hit < 0) {
        report += article + ": missed \"" + text + "\"\n";
        continue;
      }
      used[hit] = true;
      ++t.relaxed;
      if (strict) ++t.matched;
      else report += article + ": span differs for \"" + text + "\": \"" + body.substr(r.facts[hit].span.start, r.facts[hit].span.size()) + "\"\n";
      const nf::Fact& f = r.facts[hit];
      auto check = [&](const char* role, bool ok, const std::string& want_v, const std::string& got_v, int& counter) {
        if (ok) ++counter;
        else report += article + ": \"" + text + "\" " + role + " want [" + want_v + "] got [" + got_v + "]\n";
      };
      check("source", same_source(member(w, "source"), f.source), member(w, "source"), f.source, t.source_ok);
      check("time", same_time(member(w, "time"), f.time), member(w, "time"), f.time, t.time_ok);
      check("location", member(w, "location") == f.location, member(w, "location"), f.location, t.location_ok);
      check("predicate", member(w, "predicate") == f.predicate, member(w, "predicate"), f.predicate, t.predicate_ok);
    }
    for (size_t i = 0; i < r.facts.size(); ++i)
      if (!used[i]) report += article + ": extra \"" + body.substr(r.facts[i].span.start, r.facts[i].span.size()) + "\"\n";
  }
  Tally t;
  std::string figures;
  for (const auto& [name, sub] : subsets) {
    figures += summary(name, sub);
    t.add(sub);
  }
  figures += summary("all", t);
  WARN(figures << report);
  double f1 = f1_of(t.matched, t.produced, t.expected);
  // Issue 6's targets.
  CHECK(f1 >= 85.0);
  CHECK(pct(t.source_ok, t.relaxed) >= 80.0);
  CHECK(pct(t.time_ok, t.relaxed) >= 80.0);
  CHECK(pct(t.location_ok, t.relaxed) >= 80.0);
}

// Which decision gave each matched fact its location and its source, and how often each decision
// is right, per subset: a fallback that is wrong as often as right moves many facts of one story
// at once (the dateline's country, a lead's province, an anaphor reaching back). Prints the
// table and the wrong facts by path; checks that the finders, run again, give what the facts say.
TEST_CASE("claims corpus: location and source accuracy by decision path", "[claims][corpus][paths]") {
  const std::vector<fs::path> files = expected_files();
  REQUIRE(!files.empty());
  const nf::RuleLibrary& rules = nf::test::extractor().rules();
  const nf::PlaceFinder places(rules);
  const nf::AttributionFinder attribution(rules);

  // path -> subset -> {right, wrong}
  std::map<std::string, std::map<std::string, std::pair<int, int>>> table;
  std::string wrong;
  for (const fs::path& file : files) {
    const Expected x = read_expected(file);
    const std::string &article = x.article, &ref = x.ref, &subset = x.subset;
    const std::vector<nf::JsonObject>& want = x.want;
    std::string body = read_all(fs::path(nf::test::source_dir()) / "corpus" / (article + ".txt"));
    nf::Article a;
    nf::ArticleResult r = nf::test::run_text(body, ref, &a);
    nf::ArticleContext ctx{a, a.body, r.segmentation, r.reference_date};
    const nf::OpeningDateline opening = nf::opening_dateline(ctx, r.mentions);
    const nf::DatelineCountry dc = places.dateline_country(ctx, r.mentions, opening);
    const std::vector<nf::SourceCue> cues = attribution.cues(ctx, r.mentions, opening);
    std::vector<bool> used(r.facts.size(), false);
    for (const nf::JsonObject& w : want) {
      size_t start = std::stoul(member(w, "start")), end = std::stoul(member(w, "end"));
      double value = std::stod(member(w, "value"));
      int hit = -1;
      for (size_t i = 0; i < r.facts.size() && hit < 0; ++i) {
        const nf::Fact& f = r.facts[i];
        if (!used[i] && std::fabs(f.number - value) <= 1e-9 * std::max(1.0, std::fabs(value)) && f.span.start < end &&
            start < f.span.end)
          hit = static_cast<int>(i);
      }
      if (hit < 0) continue;
      used[hit] = true;
      const nf::Fact& f = r.facts[hit];
      const nf::Mention& count = r.mentions[f.quantity_mention];
      const std::string text = member(w, "text");

      auto place = places.find(ctx, count, r.mentions, opening, dc, f.predicate);
      CHECK((place ? place->code : std::string()) == f.location);
      std::string path = place ? std::string("location ") + nf::place_via_name(place->via) : "location none";
      if (place && place->via == nf::PlaceVia::Sentence && place->mention < 0) path += " (demonym)";
      bool ok = member(w, "location") == f.location;
      auto& cell = table[path][subset];
      (ok ? cell.first : cell.second)++;
      if (!ok) wrong += path + " | " + article + ": \"" + text + "\" want [" + member(w, "location") + "] got [" + f.location + "]\n";
      // NF_DUMP=1: every matched fact's location path on stderr, tab-separated, for counting by hand.
      if (std::getenv("NF_DUMP")) std::cerr << "DUMP\t" << subset << "\t" << article << "\t" << count.sentence << "\t" << text << "\t" << path << "\t" << member(w, "location") << "\t" << f.location << "\t" << ok << "\n";

      auto cue = nf::source_for(count, cues);
      CHECK((cue ? std::string() : f.source) == std::string());
      path = cue ? std::string("source ") + nf::source_via_name(cue->via) : "source none";
      if (cue && cue->sentence != count.sentence) path += " (next sentence)";
      if (cue && cue->via == nf::SourceVia::Anaphor && cue->agency >= 0 && r.mentions[cue->agency].sentence != count.sentence)
        path += " (antecedent before)";
      ok = same_source(member(w, "source"), f.source);
      auto& scell = table[path][subset];
      (ok ? scell.first : scell.second)++;
      if (!ok) wrong += path + " | " + article + ": \"" + text + "\" want [" + member(w, "source") + "] got [" + f.source + "]\n";
      if (std::getenv("NF_DUMP")) {
        int reach = cue && cue->agency >= 0 ? count.sentence - r.mentions[cue->agency].sentence : 0;
        std::cerr << "DUMP\t" << subset << "\t" << article << "\t" << count.sentence << "\t" << text << "\t" << path << "\t"
                  << member(w, "source") << "\t" << f.source << "\t" << ok << "\t" << reach << "\n";
      }
    }
  }
  std::ostringstream out;
  out << "path: right/wrong per subset\n";
  for (const auto& [path, subsets] : table) {
    int right = 0, bad = 0;
    std::ostringstream per;
    for (const auto& [name, rw] : subsets) {
      right += rw.first, bad += rw.second;
      per << "  " << name << " " << rw.first << "/" << rw.second;
    }
    out << path << ": " << right << "/" << bad << per.str() << "\n";
  }
  WARN(out.str() << wrong);
}
