// digit_marked (a rule's regex with its digits as kDigitMark, for FilteredRE2) and the digit
// mode of AtomScanner: together they let RuleGate skip number rules in sentences with neither
// a digit nor one of their words. The end-to-end check (the gate lets through every rule the
// RE2::Set finds) is in test_rule_gate.cpp.
#include <catch2/catch.hpp>

#include <re2/filtered_re2.h>
#include <re2/re2.h>

#include <algorithm>

#include "extractor/rules/atom_scanner.h"
#include "extractor/rules/digit_mark.h"
#include "extractor/rules/rule_gate.h"

namespace {

std::string mark(std::string_view p) {
  std::optional<std::string> m = nf::digit_marked(p);
  return m ? *m : "<none>";
}

RE2::Options utf8_longest() {
  RE2::Options o;
  o.set_longest_match(true);
  o.set_log_errors(false);
  return o;
}

}  // namespace

TEST_CASE("digit_marked turns the digits a regex can match into the marker", "[rules][gate]") {
  CHECK(mark("\\d+ people") == "\\x{E000}+ people");
  CHECK(mark("19\\d\\d") == "\\x{E000}\\x{E000}\\x{E000}\\x{E000}");
  // A class of ASCII digits only is the marker alone: the scanned text holds no ASCII digit, so
  // its digits could only make FilteredRE2's exact sets grow past their limit (no atoms left).
  CHECK(mark("[0-9]{1,3}(?:,[0-9]{3})*") == "\\x{E000}{1,3}(?:,\\x{E000}{3})*");
  CHECK(mark("[a-z]+ (?P<n2>[12])") == "[a-z]+ (?P<n2>\\x{E000})");
  CHECK(mark("(?:[12]\\d|3[01]|0?[1-9])(?:st|th)") == "(?:\\x{E000}\\x{E000}|\\x{E000}\\x{E000}|\\x{E000}?\\x{E000})(?:st|th)");
  CHECK(mark("[1-] [0-5a]") == "(?:\\x{E000}|[1-]) (?:\\x{E000}|[0-5a])");  // not digits only
  CHECK(mark("[^a-z] [\\d.,]") == "(?:\\x{E000}|[^a-z]) (?:\\x{E000}|[\\d.,])");
  CHECK(mark("[/-9]") == "(?:\\x{E000}|[/-9])");  // a range across the digits
  CHECK(mark("\\p{Lu}\\w+ \\x{2013} \\.") == "\\p{Lu}\\w+ \\x{2013} \\.");
  CHECK(mark("\\d+ ?[\xC2\xBD\xC2\xBC] [\xC3\xA0-\xC3\xBF]") == "\\x{E000}+ ?\\x{E001} \\x{E001}");  // [½¼] [à-ÿ]
  CHECK(mark("[a\xC2\xBD]") == "[a\xC2\xBD]");
  CHECK(mark("a{2,}") == "a{2,}");
  CHECK(mark("a{,3}") == "a{,\\x{E000}}");  // not a repeat in RE2: literal text, its digit marked
  CHECK(mark("\\x31") == "<none>");         // a digit written in hex
  CHECK(mark("\\Q1\\E") == "<none>");
  CHECK(mark("[0-9") == "<none>");
}

TEST_CASE("AtomScanner reads digits as the marker when asked", "[rules][gate]") {
  std::string m(nf::kDigitMark);
  nf::AtomScanner scan({m, m + "%", "percent"}, nf::kDigitMark);
  std::vector<int> found;
  CHECK(scan.scan("up 12% on the year", found));
  CHECK(found == std::vector<int>{0, 1});
  CHECK_FALSE(scan.scan("Five per cent", found));
  CHECK(found.empty());
  CHECK_FALSE(scan.scan("five PERCENT", found));
  CHECK(found == std::vector<int>{2});
}

TEST_CASE("RuleGate passes a number rule only where a digit or one of its words is", "[rules][gate]") {
  nf::RuleGate gate({"\\b(?:\\d+|twelve|dozens)\\s+(?:people|cases)", "\\bminist(?:er|ry)\\b"}, utf8_longest());
  std::vector<int> rules;
  gate.candidates("The ministry said nothing.", rules);
  CHECK(rules == std::vector<int>{1});
  gate.candidates("Dozens of people came.", rules);
  CHECK(rules == std::vector<int>{0});
  gate.candidates("About 40 people came.", rules);
  CHECK(rules == std::vector<int>{0});
  gate.candidates("No one came.", rules);
  CHECK(rules.empty());
  // Every rule whose regex matches is a candidate, digits inside classes and counts included.
  std::vector<std::string> patterns = {"[12]\\d{3}", "(?i)\\bno\\.?\\s*[0-9]", "[^a-z ]{2}", "\\bx{2}\\b",
                                       "\\b(?:\\d+ ?)?[\xC2\xBD\xC2\xBC\xC2\xBE] (?i:cups?)"};
  nf::RuleGate g2(patterns, utf8_longest());
  for (std::string_view text : {"in 1999", "No. 7", "no 3", "ab 12 cd", "a xx b", "abc", "\xC3\x89t\xC3\xA9 2001",
                                "2\xC2\xBD Cups", "\xC2\xBE cup"}) {
    g2.candidates(text, rules);
    for (size_t i = 0; i < patterns.size(); ++i) {
      RE2 re(patterns[i], utf8_longest());
      if (RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), re)) {
        INFO(patterns[i] << " on " << text);
        CHECK(std::find(rules.begin(), rules.end(), static_cast<int>(i)) != rules.end());
      }
    }
  }
}
