// The speed-ups that must give exactly what the slower code they replaced gave: integer
// formatting without printf, non-integers from the shortest round-trip length on, fact ids hashed
// in one piece, table lookups through WordTable.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <limits>
#include <sstream>

#include "extractor/claims/fact_id.h"
#include "extractor/claims/word_table.h"
#include "extractor/model/hash.h"
#include "extractor/model/mention.h"
#include "extractor/rules/rule_library.h"
#include "extractor/text/segmenter.h"
#include "tests/test_support.h"

TEST_CASE("format_number prints integers exactly as %.0f does", "[fast_paths]") {
  std::vector<double> values = {0.0, -0.0, 1, -1, 7, 10, 99, 100, 13000, 100000, -250, 1e6, 123456789, 999999999999999,
                                -999999999999999, 4294967296.0, 9007199254.0};
  for (double v = 1; v < 1e15; v = v * 3 + 1) values.push_back(v), values.push_back(-v);
  for (double v : values) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.0f", v);
    INFO(buf);
    CHECK(nf::format_number(v) == buf);
  }
  CHECK(nf::format_number(0.5) == "0.5");
  CHECK(nf::format_number(1e15) == "1e+15");
}

TEST_CASE("format_number prints non-integers as the shortest round-tripping %.*g", "[fast_paths]") {
  // The reference: every precision from 1 up, the first that reads back as v.
  auto reference = [](double v) {
    char buf[64];
    for (int precision = 1; precision <= 17; ++precision) {
      std::snprintf(buf, sizeof buf, "%.*g", precision, v);
      if (std::strtod(buf, nullptr) == v) break;
    }
    return std::string(buf);
  };
  std::vector<double> values = {0.5, -0.5, 0.1, 0.2, 0.3, 1.0 / 3, 2.5, 9.082, 38.7223, -77.0369, 1e15, 1e20, -1e20,
                                1e-7, 123456.789, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
                                0.30000000000000004, 9007199254740993.0, std::nextafter(1.0, 2.0), std::nextafter(1.0, 0.0),
                                std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity()};
  // Powers of two (an uneven rounding interval), coordinates, fractions, and a deterministic spread.
  for (int e = -60; e <= 80; ++e) values.push_back(std::ldexp(1.0, e)), values.push_back(std::ldexp(1.0, e) * 3 / 7);
  for (int i = -1800; i <= 1800; ++i) values.push_back(i / 20.0 + 0.0001 * (i % 7)), values.push_back(i * 0.1);
  uint64_t x = 88172645463325252ull;
  for (int i = 0; i < 20000; ++i) {
    x ^= x << 13, x ^= x >> 7, x ^= x << 17;  // xorshift64: random bit patterns, all exponents
    double v;
    std::memcpy(&v, &x, sizeof v);
    if (std::isfinite(v)) values.push_back(v);
    values.push_back(static_cast<double>(x % 100000000) / 1000.0);
  }
  for (double v : values) {
    if (v == std::floor(v) && std::fabs(v) < 1e15) continue;  // integers: the test above
    INFO(reference(v));
    CHECK(nf::format_number(v) == reference(v));
  }
}

TEST_CASE("fact ids: the one-piece hash equals the streamed hash of the same pieces", "[fast_paths]") {
  const std::string article = nf::content_hash("Some article text.");
  for (double v : {0.0, 0.5, 12.0, 100000.0, -3.0, 1e20}) {
    for (nf::Span s : {nf::Span{0, 5}, nf::Span{1520, 1549}, nf::Span{123456, 123460}}) {
      nf::Hasher h;
      h.update("fact\x1f");
      h.update(article);
      h.update("\x1f" + std::to_string(s.start) + "\x1f" + std::to_string(s.end) + "\x1f");
      h.update(nf::format_number(v));
      CHECK(nf::fact_id(article, s, v) == h.hex());
    }
  }
}

TEST_CASE("WordTable finds what RuleLibrary::lookup finds, for every token of the corpus", "[fast_paths]") {
  const nf::RuleLibrary& rules = nf::test::extractor().rules();
  std::ifstream in(nf::test::seed_article());
  std::stringstream ss;
  ss << in.rdbuf();
  std::string text = ss.str() + " RETURNED Returned. killed, Afghans Pakistani’s Côte naïve  spaced\twords";
  std::vector<nf::Token> tokens;
  nf::tokenize(text, 0, text.size(), tokens);
  REQUIRE(tokens.size() > 100);
  for (const char* table : {"claim_lemma", "geo_demonym"}) {
    nf::WordTable words(rules, table);
    size_t found = 0;
    auto check = [&](std::string_view t) {
      const std::string* want = rules.lookup(table, t);
      const std::string* got = words.find(t);
      INFO(table << ": " << t);
      REQUIRE((want == nullptr) == (got == nullptr));
      if (want) {
        CHECK(*want == *got);
        ++found;
      }
    };
    for (const nf::Token& t : tokens) check(std::string_view(text).substr(t.start, t.end - t.start));
    for (const char* t : {"", ".", "returned...", "spaced\twords", " killed ", "RETURNED"}) check(t);
    CHECK(found > 0);
  }
}
