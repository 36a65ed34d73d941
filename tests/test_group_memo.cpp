// RuleLibrary::match with the per-thread GroupMemo gives the same raw mentions as RE2 finding
// every group itself (match_without_memo): on every example of every rule file and on every
// sentence of corpus/, each matched twice (the second time the memo answers).
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

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

// Raw mentions of every sentence of `body`, with or without the memo.
std::string match_all(const nf::RuleLibrary& lib, const std::string& body, const nf::Segmentation& seg, bool memo) {
  std::vector<nf::Mention> out;
  for (size_t i = 0; i < seg.sentences.size(); ++i) {
    nf::Span s{seg.sentences[i].start, seg.sentences[i].end};
    if (memo) lib.match(body, s, static_cast<int>(i), out);
    else lib.match_without_memo(body, s, static_cast<int>(i), out);
  }
  return describe(out);
}

std::string read(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

TEST_CASE("group memo: same raw mentions as RE2 alone on every rule example", "[rules][memo]") {
  const nf::RuleLibrary& lib = nf::test::extractor().rules();
  size_t examples = 0, with_mentions = 0;
  for (int round = 0; round < 2; ++round)
    for (const nf::RuleExample& ex : lib.examples()) {
      std::vector<nf::Mention> a, b;
      lib.match(ex.text, nf::Span{0, ex.text.size()}, 0, a);
      lib.match_without_memo(ex.text, nf::Span{0, ex.text.size()}, 0, b);
      INFO(ex.file << ":" << ex.line << " round " << round << ": " << ex.text);
      REQUIRE(describe(a) == describe(b));
      ++examples;
      with_mentions += !a.empty();
    }
  CHECK(examples > 500);
  CHECK(with_mentions > examples / 2);
}

TEST_CASE("group memo: same raw mentions as RE2 alone on every sentence of corpus/", "[rules][memo][corpus]") {
  const nf::RuleLibrary& lib = nf::test::extractor().rules();
  nf::Segmenter segmenter;
  size_t files = 0;
  for (const auto& e : std::filesystem::directory_iterator(nf::test::source_dir() + "/corpus")) {
    if (e.path().extension() != ".txt") continue;
    std::string body = read(e.path());
    nf::Segmentation seg = segmenter.segment(body);
    std::string plain = match_all(lib, body, seg, false);
    INFO(e.path().filename().string());
    CHECK(match_all(lib, body, seg, true) == plain);
    CHECK(match_all(lib, body, seg, true) == plain);  // now mostly from the memo
    CHECK(!plain.empty());
    ++files;
  }
  CHECK(files >= 10);
}
