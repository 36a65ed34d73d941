// TwinRegex (extractor/rules/twin_regex.h): the claim finders run their own regexes through
// it, the Latin-1 twin on ASCII text. On every ASCII sentence of corpus/ the twin must find
// exactly what the UTF-8 regex finds, groups included, for patterns of the finders' shapes
// (leftmost-first, anchored at either end, \p classes, typographic quotes, (?i) word lists).
#include <re2/re2.h>

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "extractor/claims/lexicon.h"
#include "extractor/ingest/reader.h"
#include "extractor/rules/ascii_variant.h"
#include "extractor/rules/twin_regex.h"
#include "extractor/text/segmenter.h"
#include "tests/test_support.h"

namespace {

// Every match of `re` in `text` from `pos` with all its groups, as "start-end" pieces.
std::string matches(const RE2& re, std::string_view text, RE2::Anchor anchor) {
  int n = 1 + re.NumberOfCapturingGroups();
  std::vector<re2::StringPiece> g(n);
  re2::StringPiece t(text.data(), text.size());
  std::string out;
  size_t pos = 0;
  while (pos <= text.size() && re.Match(t, pos, text.size(), anchor, g.data(), n)) {
    for (const auto& s : g)
      out += s.data() ? std::to_string(s.data() - text.data()) + "-" + std::to_string(s.data() - text.data() + s.size()) + " " : "- ";
    out += "| ";
    if (anchor != RE2::UNANCHORED) break;
    size_t end = g[0].data() - text.data() + g[0].size();
    pos = g[0].empty() ? end + 1 : end;
  }
  return out;
}

}  // namespace

TEST_CASE("TwinRegex picks the twin for ASCII text only", "[twin]") {
  nf::TwinRegex re("(\\p{Lu}[\\p{L}'\xE2\x80\x99-]*)\\s+(?i:said|told)\\b");
  REQUIRE(re.ok());
  REQUIRE(re.has_twin());
  CHECK(&re.for_text("Smith said") != &re.utf8());
  CHECK(&re.for_text("\xC3\x89mile said") == &re.utf8());
  CHECK(&re.for_ascii(false) == &re.utf8());
  std::string g;
  CHECK(RE2::PartialMatch("Smith said", re.for_text("Smith said"), &g));
  CHECK(g == "Smith");
  // A rune that (?i) folds onto ASCII (LONG S) has no twin: the UTF-8 regex is always used.
  nf::TwinRegex long_s("(?i)\xC5\xBF" "aid");
  REQUIRE(long_s.ok());
  CHECK_FALSE(long_s.has_twin());
  CHECK(&long_s.for_text("said") == &long_s.utf8());
  CHECK(RE2::PartialMatch("SAID", long_s.for_text("SAID")));
  // A pattern that does not compile reports it, as RE2 does.
  nf::TwinRegex bad("(unclosed", RE2::Quiet);
  CHECK_FALSE(bad.ok());
  CHECK_FALSE(bad.error().empty());
}

TEST_CASE("TwinRegex: the twin matches as the UTF-8 regex on every ASCII sentence of corpus/", "[twin]") {
  const nf::RuleLibrary& lib = nf::test::extractor().rules();
  const std::string verb = nf::macro_alternation(lib, "claim_attrib_verb");
  const std::string filler = nf::macro_alternation(lib, "claim_attrib_filler");
  const std::vector<std::string> patterns = {
      // anchored at the start, lazy repeat, \p classes and a typographic quote in a class
      "^(?:\\s*(?:,|[)\"\xE2\x80\x9D]|\\([^()]{1,40}\\)|(?i:" + filler + ")\\b|\\p{Lu}[\\p{L}'\xE2\x80\x99.\\-]*)){0,8}?\\s*(?i:" +
          verb + ")\\b",
      // anchored at the end
      "(?i:according\\s+to)\\s+(?:\\p{Lu}\\p{L}*['\xE2\x80\x99]s\\s+)?(?:(?i:the|an?)\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,3})?$",
      // groups, (?i) throughout
      "(?i)\\b(" + verb + ")\\s+(?:on\\s+)?(\\p{L}+day)\\b",
      "(\\p{Lu}[\\p{L}'\xE2\x80\x99-]*)\\s+(?i:working|living)\\s+in\\s+(?:the\\s+)?",
  };
  std::vector<nf::TwinRegex> twins;
  for (const std::string& p : patterns) {
    twins.emplace_back(p);
    REQUIRE(twins.back().ok());
    REQUIRE(twins.back().has_twin());
  }
  nf::Segmenter segmenter;
  size_t ascii_sentences = 0, found = 0;
  nf::read_inputs({nf::test::source_dir() + "/corpus"}, {}, [&](nf::Article&& a) {
    nf::Segmentation seg = segmenter.segment(a.body);
    for (const nf::Sentence& s : seg.sentences) {
      std::string_view text = std::string_view(a.body).substr(s.start, s.end - s.start);
      if (!nf::is_ascii(text)) continue;
      ++ascii_sentences;
      for (const nf::TwinRegex& re : twins) {
        const RE2& twin = re.for_text(text);
        REQUIRE(&twin != &re.utf8());
        std::string want = matches(re.utf8(), text, RE2::UNANCHORED);
        CHECK(matches(twin, text, RE2::UNANCHORED) == want);
        found += !want.empty();
      }
      // The first pattern is run from each word's end to the sentence's end (as attribution does).
      for (size_t t = s.first_token; t < s.first_token + s.token_count && t < seg.tokens.size(); ++t) {
        std::string_view after = std::string_view(a.body).substr(seg.tokens[t].end, s.end - seg.tokens[t].end);
        CHECK(matches(twins[0].for_text(after), after, RE2::ANCHOR_START) == matches(twins[0].utf8(), after, RE2::ANCHOR_START));
      }
    }
  }, [](const nf::InputProblem&) {});
  CHECK(ascii_sentences > 300);  // corpus/ has many typographic quotes: 369 ASCII sentences
  CHECK(found > 50);
}
