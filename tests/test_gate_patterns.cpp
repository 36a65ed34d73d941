// The rewrites RuleGate applies before FilteredRE2 reads a rule (class_widen.h): the same atoms,
// the same candidates, and a much smaller program.
#include <re2/filtered_re2.h>
#include <re2/re2.h>

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "extractor/rules/class_widen.h"
#include "extractor/rules/digit_mark.h"
#include "extractor/rules/group_cache.h"
#include "tests/regex_support.h"

namespace {

RE2::Options utf8_options() { return nf::test::rule_regex_options(); }

}  // namespace

TEST_CASE("widened_classes turns property classes into any character", "[gate]") {
  CHECK(*nf::widened_classes("\\b\\p{Lu}[\\p{L}'-]+ Ministry") == "\\b(?s:.)(?s:.)+ Ministry");
  CHECK(*nf::widened_classes("\\pL\\PL\\P{M}x") == "(?s:.)(?s:.)(?s:.)x");
  CHECK(*nf::widened_classes("[^\\p{L}\\p{M}]") == "(?s:.)");
  // Classes without a property, escapes and other text stay as they are.
  CHECK(*nf::widened_classes("[a-z\\]p]\\\\p \\d+ [:alpha:]") == "[a-z\\]p]\\\\p \\d+ [:alpha:]");
  CHECK(*nf::widened_classes("[[:upper:]]\\.(?P<x>a)") == "[[:upper:]]\\.(?P<x>a)");
  CHECK_FALSE(nf::widened_classes("[\\p{Lu}").has_value());
  CHECK_FALSE(nf::widened_classes("\\p{Lu").has_value());
}

TEST_CASE("widened patterns give FilteredRE2 the same atoms and candidates", "[gate]") {
  const std::vector<std::string> patterns = {
      "\\b(?P<span>\\p{Lu}[\\p{L}\\p{M}'-]+(?: \\p{Lu}[\\p{L}'-]+)*) Ministry\\b",
      "(?i)\\bministry of (?P<x>[\\p{Lu}][\\p{Ll}]+)",
      "\\b(?:Department|Office) of \\p{Lu}\\p{Ll}+ (?:Affairs|Services)\\b",
      "\\b[\\p{Lu}]{2,6}\\b said",
      "(?i)\\bper\\s?cent\\b",
  };
  re2::FilteredRE2 plain(3), widened(3);
  for (const std::string& p : patterns) {
    int a = -1, b = -1;
    REQUIRE(plain.Add(p, utf8_options(), &a) == RE2::NoError);
    std::optional<std::string> w = nf::widened_classes(p);
    REQUIRE(w.has_value());
    REQUIRE(widened.Add(*w, utf8_options(), &b) == RE2::NoError);
    REQUIRE(a == b);
    // The rewrite's program is smaller (or the same when there was no property class).
    CHECK(RE2(*w, utf8_options()).ProgramSize() <= RE2(p, utf8_options()).ProgramSize());
  }
  std::vector<std::string> atoms_plain, atoms_widened;
  plain.Compile(&atoms_plain);
  widened.Compile(&atoms_widened);
  CHECK(atoms_plain == atoms_widened);
  for (const std::vector<int>& found : std::vector<std::vector<int>>{{}, {0}, {1}, {0, 1}, {0, 1, 2, 3}}) {
    std::vector<int> present;
    for (int k : found)
      if (k < static_cast<int>(atoms_plain.size())) present.push_back(k);
    std::vector<int> x, y;
    plain.AllPotentials(present, &x);
    widened.AllPotentials(present, &y);
    CHECK(x == y);
  }
}

TEST_CASE("digit_blind: patterns that read every ASCII digit alike", "[gate]") {
  CHECK(nf::digit_blind("\\b\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?\\b"));
  CHECK(nf::digit_blind("(?P<num1>\\d+) [\\d,.]+ [^0-9] [0-9a-z] \\w+ . [[:digit:]] \\x{00A0} \\p{Lu}"));
  CHECK(nf::digit_blind("[ -~]"));  // a range over all ten
  CHECK_FALSE(nf::digit_blind("(?:1[89]|20)\\d\\d"));   // literal digits
  CHECK_FALSE(nf::digit_blind("[0-5]\\d"));             // a partial range
  CHECK_FALSE(nf::digit_blind("[13579]"));
  CHECK_FALSE(nf::digit_blind("\\x31"));                 // '1' written in hex
  CHECK_FALSE(nf::digit_blind("[\\x30-\\x34]"));
  CHECK_FALSE(nf::digit_blind("[\\p{Lu}]"));             // read conservatively
  CHECK_FALSE(nf::digit_blind("[a-z"));
}

namespace {

// Every match of `re` in `text`, each as (start, size) of every group (-1 when it did not take
// part), found by RE2::Match or by match_cached.
std::vector<std::vector<long>> all_matches(const RE2& re, uint64_t id, bool cached, bool blind, const std::string& text) {
  std::vector<std::vector<long>> out;
  int n = re.NumberOfCapturingGroups() + 1;
  std::vector<re2::StringPiece> g(n);
  re2::StringPiece t(text);
  size_t pos = 0;
  while (pos <= t.size() && (cached ? nf::match_cached(re, id, blind, t, pos, g.data(), n)
                                    : re.Match(t, pos, t.size(), RE2::UNANCHORED, g.data(), n))) {
    std::vector<long> row;
    for (const auto& x : g) {
      row.push_back(x.data() ? static_cast<long>(x.data() - t.data()) : -1);
      row.push_back(static_cast<long>(x.size()));
    }
    out.push_back(row);
    size_t b = g[0].data() - t.data();
    pos = g[0].empty() ? b + g[0].size() + 1 : b + g[0].size();
  }
  return out;
}

}  // namespace

TEST_CASE("match_cached gives RE2::Match's groups, digits folded only for digit-blind regexes", "[gate]") {
  const std::vector<std::string> patterns = {
      "(?:\\b(?P<qual>more than|about|some)\\s+)?\\b(?P<num>\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)\\b(?P<post>\\s(?:or more|plus)\\b|\\+)?",
      "^(?P<a>\\d+)(?P<b>[.)])?|(?P<c>\\d+)$",
      "\\b(?P<y>19|20)(?P<z>\\d\\d)\\b",  // literal digits: not digit-blind
      "(?P<e>)\\d+%|(?P<f>x)?(?P<g>\\d)",
  };
  const std::vector<std::string> texts = {
      "more than 1,200 people and about 3,517 people, some 12 or more, 40+ and 2025.",
      "more than 9,999 people and about 1,000 people, some 99 or more, 10+ and 1999.",
      "12) first 1999 then 2099 and 1850, 7% x5 55",
      "3. 77 x9 4% 1234",
      "98",
      "a1b 11 1.5 2.25 about 7",
  };
  uint64_t id = 900000;
  for (const std::string& p : patterns) {
    RE2 re(p, utf8_options());
    REQUIRE(re.ok());
    bool blind = nf::digit_blind(p);
    CHECK(blind == (p.find("19|20") == std::string::npos));
    ++id;
    for (int round = 0; round < 2; ++round)  // the second round answers from the cache
      for (const std::string& t : texts) CHECK(all_matches(re, id, true, blind, t) == all_matches(re, id, false, blind, t));
  }
  // More lookups than the probe: the cache stops keying for a regex whose spans never come back.
  RE2 words("(?P<w>[a-z]+)(?P<n>\\d*)", utf8_options());
  std::string many;
  for (int i = 0; i < 800; ++i) many += std::string(1, static_cast<char>('a' + i % 26)) + std::string(1, static_cast<char>('a' + (i / 26) % 26)) + std::string(1, static_cast<char>('a' + i / 676)) + " ";
  ++id;
  CHECK(all_matches(words, id, true, true, many) == all_matches(words, id, false, true, many));
  CHECK(all_matches(words, id, true, true, many) == all_matches(words, id, false, true, many));
}
