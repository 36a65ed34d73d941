// The Latin-1 twins that RuleLibrary::match uses for ASCII sentences (extractor/rules/ascii_variant.h).
#include <re2/re2.h>

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "extractor/rules/ascii_variant.h"
#include "tests/regex_support.h"

namespace {

using nf::test::all_matches;

RE2::Options options(bool latin1) { return nf::test::rule_regex_options(latin1); }

}  // namespace

TEST_CASE("latin1_twin rewrites runes above ASCII and keeps the rest", "[rules][ascii]") {
  CHECK(nf::latin1_twin(R"(\b(?P<n>\d+)\s+\p{Lu}[\p{Ll}\p{M}]+)") == R"(\b(?P<n>\d+)\s+\p{Lu}[\p{Ll}\p{M}]+)");
  CHECK(nf::latin1_twin(R"(a\x{2013}b|[\x{2010}-\x{2015}-])") == R"(a\x{FF}b|[\x{FF}-\x{FF}-])");
  CHECK(nf::latin1_twin("it\xE2\x80\x99s") == R"(it\x{FF}s)");       // a literal ’
  CHECK(nf::latin1_twin(R"(\xE9|\x41|\\x{2013})") == R"(\x{FF}|\x41|\\x{2013})");  // "\\" is not an escape of x
  CHECK(nf::latin1_twin(R"(\Qa.b\E)").empty());                      // quoted text: no twin
  CHECK(nf::latin1_twin(R"(\101)").empty());                         // octal: no twin
  CHECK(nf::latin1_twin("(?i)\xE2\x84\xAA" "m").empty());            // KELVIN SIGN folds onto k
  CHECK(nf::latin1_twin(R"((?i)\x{17F})").empty());                  // long s folds onto s
}

TEST_CASE("a Latin-1 twin matches ASCII text exactly as its UTF-8 pattern", "[rules][ascii]") {
  const std::vector<std::string> patterns = {
      R"(\b(?P<span>(?P<dept>\p{Lu}[\p{Ll}\p{M}]+(?: \p{Lu}[\p{Ll}\p{M}]+){0,4}) (?P<head>Ministry|Office))\b(?: of (?:the )?(?P<place>\p{Lu}[\p{Ll}\p{M}]+))?)",
      R"((?i)\b(?:more than|over|nearly)?\s*(?P<num>\d[\d,]*|one|two|a dozen)\s+(?P<unit>[a-z]+)\b)",
      R"(\b(?P<lo>\d+) ?(?:-|\x{2013}|\x{2014}) ?(?P<hi>\d+)\b)",
      "(?P<w>\\p{L}+)(?:[^\\p{L}\\p{N}]|$)",
      "(?i)\\b(?P<q>it[\xE2\x80\x99']s|\xC3\xA9t\xC3\xA9?) (?P<x>.)",
      "(?P<a>ab)\xC3\xA9?(?P<b>c)",  // the quantifier takes the whole character, not its last byte
  };
  const std::vector<std::string> texts = {
      "The Interior Ministry of Pakistan said more than 100,000 individuals left; nearly 13,000 cases.",
      "Between 200-300 people, 4 - 5 days; IT'S over: A Dozen Eggs. it's Ministry Office",
      "", " ", "x", "abc", "UNHCR and the Foreign Office of the United Kingdom",
  };
  for (const std::string& p : patterns) {
    RE2 utf8(p, options(false));
    RE2 latin1(nf::latin1_twin(p), options(true));
    REQUIRE(utf8.ok());
    REQUIRE(latin1.ok());
    CHECK(latin1.NamedCapturingGroups() == utf8.NamedCapturingGroups());
    for (const std::string& t : texts) {
      REQUIRE(nf::is_ascii(t));
      INFO(p << " on \"" << t << "\"");
      CHECK(all_matches(latin1, t) == all_matches(utf8, t));
    }
  }
}

TEST_CASE("is_ascii looks at every byte", "[rules][ascii]") {
  CHECK(nf::is_ascii(""));
  CHECK(nf::is_ascii("plain text that is longer than eight bytes"));
  CHECK_FALSE(nf::is_ascii("twelve bytes\xC3\xA9"));
  CHECK_FALSE(nf::is_ascii("\xE2\x80\x99 at the start, then ASCII"));
  CHECK_FALSE(nf::is_ascii("abc\x80"));
}
