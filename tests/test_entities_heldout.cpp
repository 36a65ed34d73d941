// Places, organisations and agencies on tests/data/entities_heldout/: short non-Western wire
// stories whose gold was written before newsfacts ran on them (see the README there). Prints
// strict and overlap P/R/F1 for LOC and ORG, the share of matched places with the right
// country, and agency P/R/F1 (span overlap and the same canonical value), for the earlier
// rounds (01-16), the agency rounds (17-26; 27-32 written after 17-26's fixes; 33-37 after
// 27-32's; 38-47 after 33-37's; 48-52 after 38-47's; 53-57, 61-70 and 71-80 written by others than
// the fixes' author; 81-100 by two strangers in the ninth session, 101-120 and 121-140 in the tenth) and all;
// asserts a floor under each, so a change that loses ground fails here.
#include <catch2/catch.hpp>

#include <dirent.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "tests/test_support.h"

namespace {

struct Ent {
  std::string type;  // LOC, ORG, AGY
  size_t start = 0, end = 0;
  std::string country;  // "-" none / unknown; for AGY the canonical value
  std::string text;
};

bool word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80); }

// Gold lines located in the text: the first whole-word occurrence at or after the start of
// the previous line that no earlier line of the same type took.
std::vector<Ent> read_gold(const std::string& path, const std::string& body) {
  std::vector<Ent> out;
  std::istringstream in(nf::test::read_file(path));
  std::string line;
  size_t cursor = 0;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    size_t t1 = line.find('\t'), t2 = line.find('\t', t1 + 1);
    REQUIRE(t2 != std::string::npos);
    Ent e{line.substr(0, t1), 0, 0, line.substr(t2 + 1), line.substr(t1 + 1, t2 - t1 - 1)};
    size_t p = body.find(e.text, cursor);
    for (; p != std::string::npos; p = body.find(e.text, p + 1)) {
      size_t q = p + e.text.size();
      if ((p > 0 && word_char(body[p - 1])) || (q < body.size() && word_char(body[q]))) continue;
      bool taken = std::any_of(out.begin(), out.end(), [&](const Ent& o) { return o.type == e.type && o.start == p; });
      if (!taken) break;
    }
    INFO(path << ": " << e.text);
    REQUIRE(p != std::string::npos);
    e.start = p;
    e.end = p + e.text.size();
    cursor = p;
    out.push_back(e);
  }
  return out;
}

struct Tally {
  size_t gold = 0, sys = 0, strict = 0, sys_overlap = 0, gold_overlap = 0;
  double p(size_t tp, size_t n) const { return n ? 100.0 * tp / n : 0; }
  double f(double a, double b) const { return a + b > 0 ? 2 * a * b / (a + b) : 0; }
  double strict_f() const { return f(p(strict, sys), p(strict, gold)); }
  double overlap_f() const { return f(p(sys_overlap, sys), p(gold_overlap, gold)); }
};


// One group of documents: LOC and ORG tallies, places with a country, agencies.
struct Score {
  std::map<std::string, Tally> tally;
  size_t country_total = 0, country_right = 0;
  size_t agy_gold = 0, agy_sys = 0, agy_sys_right = 0, agy_gold_found = 0;
  double country() const { return country_total ? 100.0 * country_right / country_total : 0; }
  double agy_p() const { return agy_sys ? 100.0 * agy_sys_right / agy_sys : 0; }
  double agy_r() const { return agy_gold ? 100.0 * agy_gold_found / agy_gold : 0; }
  double agy_f() const { return agy_p() + agy_r() > 0 ? 2 * agy_p() * agy_r() / (agy_p() + agy_r()) : 0; }
  std::string report(const std::string& name) const {
    std::ostringstream out;
    char line[240];
    for (const char* type : {"LOC", "ORG"}) {
      auto it = tally.find(type);
      if (it == tally.end()) continue;
      const Tally& t = it->second;
      std::snprintf(line, sizeof line, "%s %s gold %zu sys %zu | strict P %.1f R %.1f F1 %.1f | overlap P %.1f R %.1f F1 %.1f\n",
                    name.c_str(), type, t.gold, t.sys, t.p(t.strict, t.sys), t.p(t.strict, t.gold), t.strict_f(),
                    t.p(t.sys_overlap, t.sys), t.p(t.gold_overlap, t.gold), t.overlap_f());
      out << line;
    }
    std::snprintf(line, sizeof line, "%s LOC country right %zu/%zu = %.1f%% (strictly matched places with a gold country)\n",
                  name.c_str(), country_right, country_total, country());
    out << line;
    if (agy_gold) {
      std::snprintf(line, sizeof line, "%s AGY gold %zu sys %zu | overlap+value P %.1f R %.1f F1 %.1f\n", name.c_str(),
                    agy_gold, agy_sys, agy_p(), agy_r(), agy_f());
      out << line;
    }
    return out.str();
  }
};

// Scores one document's system mentions against its gold into `sc`; errors go to `errors`.
void score_doc(const std::string& doc, const std::vector<Ent>& gold, const std::vector<Ent>& sys, const std::vector<std::string>& values,
               Score& sc, std::ostream& errors) {
  for (const char* type : {"LOC", "ORG"}) {
    Tally& t = sc.tally[type];
    for (const Ent& s : sys) {
      if (s.type != type) continue;
      ++t.sys;
      bool exact = false, over = false;
      for (const Ent& g : gold) {
        if (g.type != type) continue;
        if (g.start == s.start && g.end == s.end) {
          exact = true;
          if (g.type == "LOC" && g.country != "-") {
            ++sc.country_total;
            if (g.country == s.country) ++sc.country_right;
            else errors << "  country " << doc << ": " << s.text << " " << s.country << " (gold " << g.country << ")\n";
          }
        }
        over |= g.start < s.end && s.start < g.end;
      }
      t.strict += exact;
      t.sys_overlap += over;
      if (!exact) errors << "  spurious " << type << " " << doc << ": " << s.text << "\n";
    }
    for (const Ent& g : gold) {
      if (g.type != type) continue;
      ++t.gold;
      bool exact = false, over = false;
      for (const Ent& s : sys) {
        if (s.type != type) continue;
        exact |= g.start == s.start && g.end == s.end;
        over |= g.start < s.end && s.start < g.end;
      }
      t.gold_overlap += over;
      if (!exact) errors << "  missed " << type << " " << doc << ": " << g.text << "\n";
    }
  }
  // Agencies: only documents with AGY gold are scored. A system agency is right when it
  // overlaps a gold AGY span with the same canonical value.
  if (std::none_of(gold.begin(), gold.end(), [](const Ent& g) { return g.type == "AGY"; })) return;
  for (size_t k = 0; k < sys.size(); ++k) {
    const Ent& s = sys[k];
    if (s.type != "ORG") continue;
    ++sc.agy_sys;
    bool right = false, over = false;
    for (const Ent& g : gold)
      if (g.type == "AGY" && g.start < s.end && s.start < g.end) {
        over = true;
        right |= g.country == values[k];
      }
    sc.agy_sys_right += right;
    if (!right) errors << "  AGY " << (over ? "wrong value " : "spurious ") << doc << ": " << s.text << " = " << values[k] << "\n";
  }
  for (const Ent& g : gold) {
    if (g.type != "AGY") continue;
    ++sc.agy_gold;
    bool found = false, over = false;
    for (size_t k = 0; k < sys.size(); ++k)
      if (sys[k].type == "ORG" && g.start < sys[k].end && sys[k].start < g.end) {
        over = true;
        found |= g.country == values[k];
      }
    sc.agy_gold_found += found;
    if (!over) errors << "  AGY missed " << doc << ": " << g.text << " = " << g.country << "\n";
  }
}

}  // namespace

TEST_CASE("held-out non-Western wire stories: places, organisations, countries and agencies", "[entities][heldout]") {
  std::string dir = nf::test::source_dir() + "/tests/data/entities_heldout";
  std::vector<std::string> docs;
  if (DIR* d = opendir(dir.c_str())) {
    while (dirent* de = readdir(d)) {
      std::string n = de->d_name;
      if (n.size() > 4 && n.compare(n.size() - 4, 4, ".txt") == 0) docs.push_back(n.substr(0, n.size() - 4));
    }
    closedir(d);
  }
  std::sort(docs.begin(), docs.end());
  REQUIRE(docs.size() >= 52);
  Score old_round, agency_round, fifth_round, sixth_round, seventh_round, eighth_round, ninth_round, tenth_round, eleventh_round,
      strangers_ninth, strangers_tenth, strangers_tenth_end, all;
  std::ostringstream errors;
  for (const std::string& doc : docs) {
    std::string body = nf::test::read_file(dir + "/" + doc + ".txt");
    std::vector<Ent> gold = read_gold(dir + "/" + doc + ".gold.tsv", body);
    nf::ArticleResult r = nf::test::run_text(body, "2025-01-01");
    std::vector<Ent> sys;
    std::vector<std::string> values;
    for (const nf::Mention& m : r.mentions) {
      if (m.kind != nf::Kind::Location && m.kind != nf::Kind::Agency) continue;
      sys.push_back({m.kind == nf::Kind::Location ? "LOC" : "ORG", m.span.start, m.span.end,
                     m.country.empty() ? "-" : m.country, std::string(m.text(body))});
      values.push_back(m.value);
    }
    int number = std::stoi(doc);  // the digits before the first '_' ("100_ramallah_arrests" -> 100)
    Score& round = number >= 121 ? strangers_tenth_end : number >= 101 ? strangers_tenth : number >= 81 ? strangers_ninth : number >= 71 ? eleventh_round : number >= 61 ? tenth_round : number >= 53 ? ninth_round : number >= 48 ? eighth_round : number >= 38 ? seventh_round : number >= 33 ? sixth_round : number >= 27 ? fifth_round : number >= 17 ? agency_round : old_round;
    score_doc(doc, gold, sys, values, round, errors);
    std::ostringstream ignored;
    score_doc(doc, gold, sys, values, all, ignored);
  }
  WARN(old_round.report("01-16") << agency_round.report("17-26") << fifth_round.report("27-32")
       << sixth_round.report("33-37")
       << seventh_round.report("38-47") << eighth_round.report("48-52")
       << ninth_round.report("53-57") << tenth_round.report("61-70")
       << eleventh_round.report("71-80") << strangers_ninth.report("81-100")
       << strangers_tenth.report("101-120") << strangers_tenth_end.report("121-140")
       << all.report("all")
                                  << errors.str());
  // Floors under the figures measured. 01-16: first run of 01-09 LOC strict 78.2, ORG overlap
  // 89.1, country 95.6%; after the third session's fixes 91.2, 96.1, 97.9%.
  CHECK(old_round.tally["LOC"].strict_f() >= 88);
  CHECK(old_round.tally["ORG"].overlap_f() >= 90);
  CHECK(old_round.country() >= 95);
  // Agency rounds (first runs: 17-26 AGY F1 73.2, 27-32 75.6; after their fixes 98.0, 100).
  CHECK(agency_round.agy_f() >= 90);
  CHECK(fifth_round.agy_f() >= 90);
  CHECK(agency_round.tally["LOC"].strict_f() >= 85);
  CHECK(agency_round.tally["ORG"].overlap_f() >= 85);
  CHECK(agency_round.country() >= 95);
  // Rounds seven and eight (first runs: 38-47 AGY F1 78.5, 48-52 98.5; after fixes 100, 100).
  CHECK(seventh_round.agy_f() >= 95);
  CHECK(eighth_round.agy_f() >= 95);
  // Round nine (53-57), written by another engineer than the one who wrote the fixes, gold
  // before any run (fifth session): first run AGY F1 67.6; after the sixth session's fixes of
  // its causes 98.7 (tuned on now), all 57 stories 98.5.
  CHECK(ninth_round.agy_f() >= 95);
  CHECK(ninth_round.tally["LOC"].strict_f() >= 70);
  // Round ten (61-70), written by a stranger after the sixth session's fixes, gold before any
  // run: first run AGY F1 79.3; 82.9 when added here (seventh session) with the fixture's bank
  // convention applied to its gold; after the seventh session's fixes of its causes 100 (tuned
  // on now), all 67 stories 98.9.
  CHECK(tenth_round.agy_f() >= 95);
  // Round eleven (71-80), written by a stranger after the seventh session's fixes, gold before
  // any run: first run AGY F1 78.0; 86.4 when added here (eighth session, gold edits in the
  // README); after the eighth session's fixes of its causes 100 (tuned on now), all 77 99.0.
  CHECK(eleventh_round.agy_f() >= 95);
  // Rounds fourteen and fifteen (81-90, 91-100), written by two strangers in the ninth session,
  // gold before any run, stored here after their first runs: AGY F1 91.9 and 82.2 (81-100
  // together 87.4), LOC strict 80.7 / 80.6, country 100%. Not tuned on when stored, so "all"
  // fell from 99.0 to 96.2.
  CHECK(strangers_ninth.agy_f() >= 85);
  CHECK(strangers_ninth.tally["LOC"].strict_f() >= 78);
  CHECK(strangers_ninth.country() >= 95);
  // Rounds sixteen and seventeen (101-110, 111-120), written by two strangers in the tenth
  // session, gold before any run, stored after their first runs (session start / engineers'
  // end): AGY F1 89.8 / 89.8 and 85.4 / 85.4, LOC strict 88.5 / 94.2 and 86.8 / 89.3, country
  // 98.9-100%.
  CHECK(strangers_tenth.agy_f() >= 85);
  CHECK(strangers_tenth.tally["LOC"].strict_f() >= 85);
  CHECK(strangers_tenth.country() >= 95);
  // Rounds eighteen and nineteen (121-130, 131-140), by two more strangers in the tenth session,
  // kept unseen until the session's last code: first runs at the session's start / end AGY F1
  // 78.3 / 81.0 and 79.4 / 81.6, LOC strict 87.0 / 88.1 and 76.9 / 79.6, country 95.1-100%.
  // Stored untuned.
  CHECK(strangers_tenth_end.agy_f() >= 78);
  CHECK(strangers_tenth_end.tally["LOC"].strict_f() >= 80);
  CHECK(strangers_tenth_end.country() >= 95);
  CHECK(all.agy_f() >= 95);
}
