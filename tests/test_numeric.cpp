// Numeric mentions end to end: the seed article's counts, and sentences where a number must
// (or must not) become a count, percentage, sum or measure.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "tests/test_support.h"

namespace {

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

const nf::Mention* numeric_at(const nf::ArticleResult& r, const std::string& body, const std::string& text) {
  for (const nf::Mention& m : r.mentions)
    if (nf::is_numeric(m.kind) && m.text(body) == text) return &m;
  return nullptr;
}

int numeric_count(const nf::ArticleResult& r) {
  int n = 0;
  for (const nf::Mention& m : r.mentions) n += nf::is_numeric(m.kind);
  return n;
}

}  // namespace

TEST_CASE("seed article: counts with qualifier, bound and unit", "[numeric]") {
  std::string body = read(nf::test::source_dir() + "/corpus/000_ab4a5320d3b9f4a3.txt");
  REQUIRE_FALSE(body.empty());
  nf::ArticleResult r = nf::test::run_text(body, "2025-04-23");

  const nf::Mention* a = numeric_at(r, body, "more than 100,000 individuals");
  REQUIRE(a);
  CHECK(a->kind == nf::Kind::Count);
  CHECK(a->number == 100000);
  CHECK(a->bound == "lower");
  CHECK(a->lower == 100000.0);
  CHECK_FALSE(a->upper.has_value());
  CHECK(a->unit == "individuals");
  CHECK(a->rule == "count.number");

  const nf::Mention* b = numeric_at(r, body, "nearly 13,000 cases");
  REQUIRE(b);
  CHECK(b->number == 13000);
  CHECK(b->bound == "upper");
  CHECK(b->upper == 13000.0);
  CHECK_FALSE(b->lower.has_value());
  CHECK(b->unit == "cases");

  const nf::Mention* c = numeric_at(r, body, "over half of the returnees");
  REQUIRE(c);
  CHECK(c->number == 0.5);
  CHECK(c->bound == "lower");
  CHECK(c->unit == "returnees");

  const nf::Mention* d = numeric_at(r, body, "thousands");
  REQUIRE(d);
  CHECK(d->bound == "lower");
  CHECK(d->lower == 2000.0);

  // Nothing else in the seed is a count: not "2023", not "three weeks", not "2025".
  CHECK(numeric_count(r) == 4);
}

TEST_CASE("numeric: each sentence yields the expected value, bound and unit", "[numeric]") {
  struct Case {
    const char* text;
    const char* span;
    nf::Kind kind;
    double value;
    const char* bound;
    const char* unit;
  };
  const Case cases[] = {
      {"Officials said 250 migrants drowned.", "250 migrants", nf::Kind::Count, 250, "exact", "migrants"},
      {"The floods displaced more than 1.2 million people in Sindh.", "more than 1.2 million people", nf::Kind::Count,
       1200000, "lower", "people"},
      {"Between 200 and 300 protesters were detained.", "Between 200 and 300 protesters", nf::Kind::Count, 200,
       "range", "protesters"},
      {"Prices rose 4.5% in March.", "4.5%", nf::Kind::Percent, 4.5, "exact", "percent"},
      {"The IMF approved a $3 billion loan.", "$3 billion", nf::Kind::Money, 3e9, "exact", "USD"},
      {"The province sought Rs 10 billion from Islamabad.", "Rs 10 billion", nf::Kind::Money, 1e10, "exact", "PKR"},
      {"A magnitude 6.3 earthquake struck.", "magnitude 6.3", nf::Kind::Quantity, 6.3, "exact", "magnitude"},
      {"Temperatures reached 50 degrees Celsius.", "50 degrees Celsius", nf::Kind::Quantity, 50, "exact", "celsius"},
      {"Dozens of families fled.", "Dozens of families", nf::Kind::Count, 24, "lower", "families"},
      {"One in five children is malnourished.", "One in five children", nf::Kind::Count, 0.2, "exact", "children"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    nf::ArticleResult r = nf::test::run_text(c.text, "2025-04-23");
    const nf::Mention* m = numeric_at(r, c.text, c.span);
    REQUIRE(m);
    CHECK(m->kind == c.kind);
    CHECK(m->number == Approx(c.value));
    CHECK(m->bound == c.bound);
    CHECK(m->unit == c.unit);
  }
}

TEST_CASE("numeric: numbers that are not counts", "[numeric]") {
  const char* texts[] = {
      "The law was passed in 2019 after Section 144 was imposed.",
      "COVID-19 spread to the G20 nations.",
      "A Boeing 737 landed at 5:30 pm on 12/03/2024.",
      "The 12-year-old boy, aged 12, lives with his uncle Karim, 45, in Kabul.",
      "Call +1 202 555 0143 or visit https://example.org/2024/100.",
      "Barcelona won 2-1 on Sunday.",
      "The talks lasted three weeks.",
      "He finished third, the first time since 2010.",
  };
  for (const char* t : texts) {
    INFO(t);
    nf::ArticleResult r = nf::test::run_text(t, "2025-04-23");
    for (const nf::Mention& m : r.mentions) {
      INFO("got " << nf::kind_name(m.kind) << " [" << m.text(t) << "]");
      CHECK_FALSE(nf::is_numeric(m.kind));
    }
  }
}
