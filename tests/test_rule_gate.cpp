// RuleGate (the literal words and digits a rule needs) in place of the RE2::Set: it must let
// through every rule that matches, so RuleLibrary::match gives the same raw mentions as
// match_set_gate, on every example of every rule file and on every sentence of corpus/.
// Also the two pieces it is built from: needs_digit and AtomScanner.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "extractor/rules/atom_scanner.h"
#include "extractor/rules/needs_digit.h"
#include "extractor/rules/rule_library.h"
#include "extractor/text/segmenter.h"
#include "tests/test_support.h"

namespace {

std::string describe(const std::vector<nf::Mention>& ms) {
  std::string s;
  for (const nf::Mention& m : ms) {
    s += m.rule + " " + std::to_string(m.sentence) + " [" + std::to_string(m.span.start) + "," + std::to_string(m.span.end) + ")";
    for (const auto& [k, v] : m.attrs) s += " " + k + "=" + v;
    s += "\n";
  }
  return s;
}

// Every rule the RE2::Set finds in `text` is among RuleGate's candidates.
bool gate_covers_set(const nf::RuleLibrary& lib, std::string_view text) {
  std::vector<int> gate = lib.candidates(text, false), set = lib.candidates(text, true);
  return std::includes(gate.begin(), gate.end(), set.begin(), set.end());
}

std::string read(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

TEST_CASE("needs_digit reads the digit a pattern requires", "[rules][gate]") {
  CHECK(nf::needs_digit(R"(\b\d{1,2}:\d\d\b)"));
  CHECK(nf::needs_digit(R"(\b(?P<y>[12]\d{3})\b)"));
  CHECK(nf::needs_digit(R"((?i)\bin (?:\d+|\d+,\d{3}) people)"));
  CHECK(nf::needs_digit(R"([0-9]+%)"));
  CHECK_FALSE(nf::needs_digit(R"(\b(?:\d+|one|two) people)"));   // "two people"
  CHECK_FALSE(nf::needs_digit(R"(\bin (?:April|May)\b)"));
  CHECK_FALSE(nf::needs_digit(R"(\d*x)"));                       // zero digits allowed
  CHECK_FALSE(nf::needs_digit(R"(x{0,3}\d?)"));                  // a repeat count is not a digit
  CHECK_FALSE(nf::needs_digit(R"([^0-9]+)"));
  CHECK_FALSE(nf::needs_digit(R"([\d.]+)"));                     // "." alone matches
  CHECK_FALSE(nf::needs_digit(R"(\Q123\E)"));                    // not understood: no claim
  CHECK_FALSE(nf::needs_digit(R"((?:\d)"));                      // not a pattern: no claim
}

TEST_CASE("AtomScanner finds every atom, folding ASCII case", "[rules][gate]") {
  nf::AtomScanner scan({"million", "ion", "per cent", "caf\xC3\xA9"});
  std::vector<int> found;
  CHECK(scan.scan("Ten MILLION people, 5 Per Cent", found));
  CHECK(found == std::vector<int>{0, 1, 2});
  CHECK_FALSE(scan.scan("a caf\xC3\xA9 here", found));
  CHECK(found == std::vector<int>{3});
  CHECK_FALSE(scan.scan("nothing", found));
  CHECK(found.empty());
  CHECK(scan.scan("room 7", found));  // the digit answer
  CHECK(found.empty());
}

TEST_CASE("rule gate: same raw mentions as the RE2::Set gate on every rule example", "[rules][gate]") {
  const nf::RuleLibrary& lib = nf::test::extractor().rules();
  size_t examples = 0, with_mentions = 0;
  for (const nf::RuleExample& ex : lib.examples()) {
    std::vector<nf::Mention> a, b;
    lib.match(ex.text, nf::Span{0, ex.text.size()}, 0, a);
    lib.match_set_gate(ex.text, nf::Span{0, ex.text.size()}, 0, b);
    INFO(ex.file << ":" << ex.line << ": " << ex.text);
    REQUIRE(gate_covers_set(lib, ex.text));
    REQUIRE(describe(a) == describe(b));
    ++examples;
    with_mentions += !a.empty();
  }
  CHECK(examples > 500);
  CHECK(with_mentions > examples / 2);
}

TEST_CASE("rule gate: same raw mentions as the RE2::Set gate on every sentence of corpus/", "[rules][gate][corpus]") {
  const nf::RuleLibrary& lib = nf::test::extractor().rules();
  nf::Segmenter segmenter;
  size_t files = 0, sentences = 0;
  for (const auto& e : std::filesystem::directory_iterator(nf::test::source_dir() + "/corpus")) {
    if (e.path().extension() != ".txt") continue;
    std::string body = read(e.path());
    nf::Segmentation seg = segmenter.segment(body);
    std::vector<nf::Mention> a, b;
    for (size_t i = 0; i < seg.sentences.size(); ++i) {
      nf::Span s{seg.sentences[i].start, seg.sentences[i].end};
      INFO(e.path().filename().string() << " sentence " << i);
      REQUIRE(gate_covers_set(lib, std::string_view(body).substr(s.start, s.size())));
      lib.match(body, s, static_cast<int>(i), a);
      lib.match_set_gate(body, s, static_cast<int>(i), b);
      ++sentences;
    }
    INFO(e.path().filename().string());
    CHECK(describe(a) == describe(b));
    CHECK(!a.empty());
    ++files;
  }
  CHECK(files >= 10);
  CHECK(sentences > 200);
}
