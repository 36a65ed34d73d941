// parse_number_text / parse_ordinal_text: a table of text -> expected number (or nothing),
// read with the word lists of rules/common/numbers.xml.
#include <catch2/catch.hpp>

#include <cmath>
#include <optional>

#include "extractor/normalize/number_text.h"
#include "extractor/rules/rule_library.h"
#include "tests/test_support.h"

namespace {

struct Case {
  const char* text;
  std::optional<double> want;
};

// Only the shared atoms: these tests do not depend on any other rule family.
const nf::RuleLibrary& rules() {
  static const nf::RuleLibrary lib = nf::RuleLibrary::load(nf::test::rules_dir() + "/common");
  return lib;
}

}  // namespace

TEST_CASE("parse_number_text reads digits, words, scales and fractions", "[number_text]") {
  const Case cases[] = {
      {"24", 24},
      {"100,000", 100000},
      {"13 000", 13000},
      {"13\u00a0000", 13000},
      {"1 250 000", 1250000},
      {"1,00,000", 100000},
      {"10,00,000", 1000000},
      {"1.2", 1.2},
      {"0.5", 0.5},
      {"1.2 million", 1200000},
      {"2.5bn", 2500000000},
      {"2.5 bn", 2500000000},
      {"300k", 300000},
      {"$3m", std::nullopt},
      {"3m", 3000000},
      {"10 lakh", 1000000},
      {"2 crore", 20000000},
      {"4.35 million", 4350000},
      {"1.5 trillion", 1.5e12},
      {"three", 3},
      {"Three", 3},
      {"twenty-five", 25},
      {"twenty five", 25},
      {"twenty\u2011five", 25},
      {"a hundred and twenty", 120},
      {"one hundred twenty-three", 123},
      {"twelve hundred", 1200},
      {"a thousand", 1000},
      {"two million", 2000000},
      {"three hundred thousand", 300000},
      {"two million five hundred thousand", 2500000},
      {"two thousand and five", 2005},
      {"a dozen", 12},
      {"two dozen", 24},
      {"half a dozen", 6},
      {"half a million", 500000},
      {"half", 0.5},
      {"a third", 1.0 / 3},
      {"two-thirds", 2.0 / 3},
      {"three quarters", 0.75},
      {"one-fifth", 0.2},
      {"zero", 0},
      // mixed and bare fractions
      {"6 1/4", 6.25},
      {"1-1/2", 1.5},
      {"3/4", 0.75},
      {"1 1/2 million", 1500000},
      {"2\u00bd", 2.5},
      {"\u00be", 0.75},
      {"two and a half", 2.5},
      {"one and a half million", 1500000},
      {"2 and a half", 2.5},
      {"three and a quarter", 3.25},
      {"two and three quarters", 2.75},
      // not numbers
      {"weeks", std::nullopt},
      {"a", std::nullopt},
      {"and", std::nullopt},
      {"three four", std::nullopt},
      {"twenty twenty", std::nullopt},
      {"five twenty", std::nullopt},
      {"third", std::nullopt},
      {"200-300", std::nullopt},
      {"1.2.3", std::nullopt},
      {"5 people", std::nullopt},
      {"", std::nullopt},
      {"a few", std::nullopt},
      {"2.5xyz", std::nullopt},
      {"24/7", std::nullopt},
      {"1/0", std::nullopt},
      {"6 1/4 1/2", std::nullopt},
      {"and a half", std::nullopt},
      {"two and a", std::nullopt},
  };
  for (const Case& c : cases) {
    INFO("text: \"" << c.text << "\"");
    auto got = nf::parse_number_text(c.text, rules());
    if (!c.want) {
      CHECK_FALSE(got.has_value());
    } else {
      REQUIRE(got.has_value());
      CHECK(*got == Approx(*c.want).epsilon(1e-12));
    }
  }
}

TEST_CASE("parse_number_text gives exact values for decimal scales", "[number_text]") {
  CHECK(*nf::parse_number_text("1.2 million", rules()) == 1200000.0);
  CHECK(*nf::parse_number_text("4.35 million", rules()) == 4350000.0);
  CHECK(*nf::parse_number_text("0.7bn", rules()) == 700000000.0);
}

TEST_CASE("parse_ordinal_text reads ordinals", "[number_text]") {
  const Case cases[] = {
      {"first", 1},       {"1st", 1},           {"23rd", 23},         {"twenty-third", 23},
      {"twenty third", 23}, {"Second", 2},      {"100th", 100},       {"one hundredth", 100},
      {"one hundred and first", 101},           {"twelfth", 12},      {"third", 3},
      {"three", std::nullopt}, {"23", std::nullopt}, {"23x", std::nullopt}, {"twenty-tenth", std::nullopt},
  };
  for (const Case& c : cases) {
    INFO("text: \"" << c.text << "\"");
    auto got = nf::parse_ordinal_text(c.text, rules());
    if (!c.want) {
      CHECK_FALSE(got.has_value());
    } else {
      REQUIRE(got.has_value());
      CHECK(*got == *c.want);
    }
  }
}
