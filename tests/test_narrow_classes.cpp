// The narrow variant of a rule regex (extractor/rules/narrow_classes.h): on a sentence whose
// non-ASCII characters are no letters, marks or numbers (typographic quotes, dashes, currency
// signs), the regex with its letter, mark and number classes cut to ASCII must find exactly
// what the regex as written finds, groups included. Checked regex by regex on invented wire
// sentences and on corpus/ sentences given typographic punctuation, and for the whole rule
// library (RuleLibrary::match, which reads the narrow regexes, against match_set_gate, which
// reads the UTF-8 ones) on the same sentences.
#include <re2/re2.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "extractor/rules/narrow_classes.h"
#include "extractor/rules/rule_library.h"
#include "extractor/text/segmenter.h"
#include "tests/regex_support.h"
#include "tests/test_support.h"

namespace {

std::string read(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void replace_all(std::string& s, std::string_view from, std::string_view to) {
  for (size_t p = 0; (p = s.find(from, p)) != std::string::npos; p += to.size()) s.replace(p, from.size(), to);
}

// A news text with typographic punctuation: ’ for ', “ ” for ", — for " - ", € before digits.
std::string typographic(std::string s) {
  replace_all(s, "'", "\xE2\x80\x99");
  bool open = true;
  for (size_t p = 0; (p = s.find('"', p)) != std::string::npos; open = !open)
    s.replace(p, 1, open ? "\xE2\x80\x9C" : "\xE2\x80\x9D");
  replace_all(s, " - ", " \xE2\x80\x94 ");
  replace_all(s, "$", "\xE2\x82\xAC");
  return s;
}

// Sentences of corpus/ with typographic punctuation that the narrow regexes may read.
std::vector<std::string> narrow_sentences() {
  std::vector<std::string> out;
  nf::Segmenter segmenter;
  for (const auto& e : std::filesystem::directory_iterator(nf::test::source_dir() + "/corpus")) {
    if (e.path().extension() != ".txt") continue;
    std::string body = typographic(read(e.path()));
    nf::Segmentation seg = segmenter.segment(body);
    for (const nf::Sentence& s : seg.sentences) {
      std::string text = body.substr(s.start, s.end - s.start);
      if (!nf::has_non_ascii_word_char(text)) out.push_back(text);
    }
  }
  return out;
}

}  // namespace

TEST_CASE("narrow_classes cuts letter, mark and number classes to their ASCII members", "[rules][narrow]") {
  CHECK(nf::narrow_classes("\\p{Lu}\\p{Ll}+") == "[\\x{41}-\\x{5A}][\\x{61}-\\x{7A}]+");
  CHECK(nf::narrow_classes("\\pL\\p{N}") == "[\\x{41}-\\x{5A}\\x{61}-\\x{7A}][\\x{30}-\\x{39}]");
  // Inside brackets, beside other items; a category without ASCII members becomes U+0100.
  CHECK(nf::narrow_classes("[\\p{Ll}\\p{M}'\xE2\x80\x99-]") == "[\\x{61}-\\x{7A}\\x{100}'\xE2\x80\x99-]");
  // Negated: the ASCII characters outside the category and every non-ASCII rune.
  CHECK(nf::narrow_classes("\\P{M}") == "[\\x{0}-\\x{7F}\\x{80}-\\x{17E}\\x{180}-\\x{2129}\\x{212B}-\\x{10FFFF}]");
  // ... but under (?i) no rune of it folds onto an ASCII letter (LONG S ~ s, KELVIN SIGN ~ k).
  RE2 not_letter(nf::narrow_classes("(?i)\\P{L}"));
  REQUIRE(not_letter.ok());
  for (const char* letter : {"k", "K", "s", "S", "e"}) CHECK_FALSE(RE2::FullMatch(letter, not_letter));
  CHECK(RE2::FullMatch("\xE2\x80\x94", not_letter));
  CHECK(nf::narrow_classes("\\p{^Lu}") == nf::narrow_classes("\\P{Lu}"));
  // Other properties (scripts, punctuation, symbols) stay as written; without a category: "".
  CHECK(nf::narrow_classes("\\p{Greek}\\p{Lu}") == "\\p{Greek}[\\x{41}-\\x{5A}]");
  CHECK(nf::narrow_classes("\\p{Sc}\\d+") == "");
  CHECK(nf::narrow_classes("[a-z\\]p]\\\\p \\d+") == "");
  CHECK(nf::narrow_classes("[\\p{Lu}") == "");
  CHECK(nf::narrow_classes("\\p{Lu") == "");
}

TEST_CASE("has_non_ascii_word_char finds non-ASCII letters, marks and digits only", "[rules][narrow]") {
  CHECK_FALSE(nf::has_non_ascii_word_char("Plain ASCII, 42 words."));
  CHECK_FALSE(nf::has_non_ascii_word_char("\xE2\x80\x9CWe\xE2\x80\x99re ready,\xE2\x80\x9D he said \xE2\x80\x94 \xE2\x82\xAC" "5m."));
  CHECK(nf::has_non_ascii_word_char("Recep Tayyip Erdo\xC4\x9F" "an said"));     // ğ
  CHECK(nf::has_non_ascii_word_char("Cafe\xCC\x81 owners"));                       // combining acute
  CHECK(nf::has_non_ascii_word_char("\xD9\xA3 people"));                           // Arabic-Indic three
  CHECK(nf::has_non_ascii_word_char("\xE2\x80\x9C\xC3\x89mile\xE2\x80\x9D"));     // É between quotes
}

TEST_CASE("narrow regexes find what the UTF-8 regexes find on sentences without non-ASCII letters", "[rules][narrow][corpus]") {
  // Patterns of the rules' shapes: capitalized names, possessives, negated classes, (?i).
  const std::vector<std::string> patterns = {
      "\\b(?P<span>\\p{Lu}[\\p{Ll}\\p{M}]+(?:-\\p{Lu}?[\\p{Ll}\\p{M}]+)*(?: \\p{Lu}[\\p{Ll}\\p{M}]+)*) (?:Ministry|Police|said)\\b",
      "(\\p{Lu}[\\p{L}'\xE2\x80\x99-]*)\\s+(?i:said|told)\\b",
      "\\b(\\p{Lu}{2,})\\b[^\\p{L}]{1,3}(\\p{N}+)",
      "(?i)\\b(\\p{Lu}\\p{Ll}+)\\P{L}+(\\pL+)",
      "[\\p{Lu}][^\\p{Ll}\\p{M}]*\xE2\x80\x9D",
      "\xE2\x80\x9C([^\xE2\x80\x9D]{1,80})\xE2\x80\x9D,? (\\p{Ll}+) (\\p{Lu}\\p{L}+)",
      "(?:\xE2\x82\xAC|\\$)(\\p{N}+(?:[.,]\\p{Nd}+)?) ?(million|billion)?",
  };
  std::vector<std::string> sentences = narrow_sentences();
  for (const char* s : {"\xE2\x80\x9CWe will not leave,\xE2\x80\x9D said Amina Yusuf, a trader in Kano \xE2\x80\x94 Nigeria\xE2\x80\x99s north.",
                        "The Interior Ministry\xE2\x80\x99s spokesman, Lt. Col. Tran Van Minh, said \xE2\x82\xAC" "12.5 million was spent.",
                        "Police in Bogot\xC3\xA1 said 14 people were held.",  // a non-ASCII letter: not for the narrow regex
                        "NATO \xE2\x80\x93 3 members \xE2\x80\x98" "agreed\xE2\x80\x99."})
    if (!nf::has_non_ascii_word_char(s)) sentences.push_back(s);
  REQUIRE(sentences.size() > 100);
  size_t non_ascii = 0, found = 0;
  for (const std::string& s : sentences)
    for (unsigned char c : s)
      if (c >= 0x80) {
        ++non_ascii;
        break;
      }
  CHECK(non_ascii > 50);
  for (const std::string& p : patterns) {
    RE2 full(p, nf::test::rule_regex_options());
    REQUIRE(full.ok());
    std::string n = nf::narrow_classes(p);
    REQUIRE(!n.empty());
    RE2 narrow(n, nf::test::rule_regex_options());
    INFO(p << " -> " << n);
    REQUIRE(narrow.ok());
    REQUIRE(narrow.NumberOfCapturingGroups() == full.NumberOfCapturingGroups());
    CHECK(narrow.ProgramSize() < full.ProgramSize());
    for (const std::string& s : sentences) {
      INFO(s);
      std::string m = nf::test::all_matches(full, s);
      REQUIRE(nf::test::all_matches(narrow, s) == m);
      found += !m.empty();
    }
  }
  CHECK(found > 100);
}

TEST_CASE("rule library: the narrow regexes give the raw mentions of the UTF-8 ones", "[rules][narrow][corpus]") {
  const nf::RuleLibrary& lib = nf::test::extractor().rules();
  std::vector<std::string> sentences = narrow_sentences();
  size_t with_mentions = 0;
  for (const std::string& s : sentences) {
    std::vector<nf::Mention> a, b;
    lib.match(s, nf::Span{0, s.size()}, 0, a);        // narrow regexes where the sentence allows
    lib.match_set_gate(s, nf::Span{0, s.size()}, 0, b);  // the UTF-8 regexes for every non-ASCII sentence
    INFO(s);
    REQUIRE(a.size() == b.size());
    for (size_t k = 0; k < a.size(); ++k) {
      CHECK(a[k].rule == b[k].rule);
      CHECK(a[k].span.start == b[k].span.start);
      CHECK(a[k].span.end == b[k].span.end);
      CHECK(a[k].attrs == b[k].attrs);
    }
    with_mentions += !a.empty();
  }
  CHECK(with_mentions > 100);
}
