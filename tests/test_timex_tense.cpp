// TenseReader (extractor/normalize/timex_tense.h) on invented wire sentences: the nearest cue
// before a date decides, a past verb right before it governs it, neutral look-alikes are
// skipped. Each sentence is read with an ASCII place name and with place names holding
// non-ASCII letters: the same tense (a guard for faster cue scans, e.g. a Latin-1 twin).
#include <catch2/catch.hpp>

#include <string>

#include "extractor/normalize/timex_tense.h"
#include "extractor/rules/rule_library.h"
#include "tests/test_support.h"

namespace {

const char* name(nf::Tense t) {
  switch (t) {
    case nf::Tense::None: return "none";
    case nf::Tense::Past: return "past";
    case nf::Tense::Future: return "future";
    case nf::Tense::PastFirm: return "past-firm";
  }
  return "?";
}

}  // namespace

TEST_CASE("tense reader: cues around a date, the same on ASCII and non-ASCII sentences", "[temporal][tense]") {
  nf::RuleLibrary rules = nf::RuleLibrary::load(nf::test::rules_dir());
  nf::TenseReader tense(rules);
  struct Case {
    const char* sentence;  // {PLACE} is replaced by an ASCII and a non-ASCII place name
    const char* date;      // the date's text; its first occurrence is the mention
    const char* expected;
  };
  const Case cases[] = {
      {"Ministers will meet donors in {PLACE} on Monday, officials said.", "Monday", "future"},
      {"Police in {PLACE} said the suspects were arrested on Friday.", "Friday", "past"},
      {"The company's fiscal year in {PLACE} ended March 31.", "March", "past-firm"},
      {"The new terminal next to the port of {PLACE} opens in June.", "June", "none"},
      {"In January, the {PLACE} utility hired 300 engineers.", "January", "past-firm"},
      {"The vote in {PLACE} had been scheduled to take place on Sunday.", "Sunday", "past"},
  };
  for (const Case& c : cases) {
    for (const char* place : {"Lagos", "Bogot\xC3\xA1", "Z\xC3\xBCrich"}) {
      std::string s = c.sentence;
      s.replace(s.find("{PLACE}"), 7, place);
      INFO(s);
      CHECK(std::string(name(tense.at(s, s.find(c.date)))) == c.expected);
    }
  }
}
