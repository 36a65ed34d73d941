#include "extractor/text/abbreviations.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>

#include "extractor/rules/rule_library.h"

namespace nf {
namespace {

std::set<std::string, std::less<>> words(const RuleLibrary& rules, const char* macro) {
  const std::vector<std::string>& list = rules.list(macro);
  return {list.begin(), list.end()};
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

// Opening punctuation that may stand before a word: ( [ " ' and the curly quotes.
size_t skip_openers(std::string_view s, size_t i) {
  while (i < s.size()) {
    if (s[i] == '(' || s[i] == '[' || s[i] == '"' || s[i] == '\'') {
      ++i;
    } else if (s.substr(i, 3) == "\xE2\x80\x9C" || s.substr(i, 3) == "\xE2\x80\x98") {  // “ ‘
      i += 3;
    } else {
      break;
    }
  }
  return i;
}

UChar32 first_cp(std::string_view s) {
  if (s.empty()) return U_SENTINEL;
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, static_cast<int32_t>(s.size()), c);
  return c;
}

// "N.V.", "U.S.", "S.p.A.": two or more single letters, each followed by a period.
bool dotted_initials(std::string_view w) {
  if (w.size() < 4 || w.size() % 2) return false;
  for (size_t i = 0; i < w.size(); i += 2)
    if (!std::isalpha(static_cast<unsigned char>(w[i])) || w[i + 1] != '.') return false;
  return true;
}

}  // namespace

AbbreviationJoiner::AbbreviationJoiner(const RuleLibrary& rules)
    : titles_(words(rules, "seg_abbrev_title")),
      before_number_(words(rules, "seg_abbrev_number")),
      ambiguous_(words(rules, "seg_abbrev_ambiguous")),
      openers_(words(rules, "seg_sentence_opener")) {}

bool AbbreviationJoiner::joins(std::string_view body, const Sentence& before, const Sentence& after) const {
  std::string_view gap = body.substr(before.end, after.start - before.end);
  if (gap.find('\n') != std::string_view::npos) return false;
  std::string_view prev = body.substr(before.start, before.end - before.start);
  if (prev.empty() || prev.back() != '.') return false;
  size_t w = prev.size();
  while (w > 0 && !is_space(prev[w - 1])) --w;
  std::string_view last = prev.substr(skip_openers(prev, w));

  std::string_view next = body.substr(after.start, after.end - after.start);
  if (titles_.count(last)) return true;
  UChar32 c = first_cp(next);
  if (before_number_.count(last)) return c >= 0 && u_isdigit(c);
  if (!ambiguous_.count(last) && !dotted_initials(last)) return false;
  // The next word, without opening quotes, up to the first character that is not a letter.
  size_t b = skip_openers(next, 0);
  if (b > 0 && next[0] != '(' && next[0] != '[') return false;  // a quotation opens a new sentence
  size_t e = b;
  while (e < next.size() && !is_space(next[e]) && next[e] != ',' && next[e] != ';' && next[e] != ':') ++e;
  std::string_view word = next.substr(b, e - b);
  if (!word.empty() && word.back() == '.' && titles_.count(word)) return false;
  return !openers_.count(word);
}

void AbbreviationJoiner::rejoin(std::string_view body, Segmentation& seg) const {
  std::vector<Sentence>& s = seg.sentences;
  if (s.size() < 2) return;
  size_t out = 0;
  for (size_t i = 1; i < s.size(); ++i) {
    if (joins(body, s[out], s[i])) {
      s[out].end = s[i].end;
      s[out].token_count += s[i].token_count;
      s[out].boilerplate = s[out].boilerplate && s[i].boilerplate;
    } else {
      s[++out] = s[i];
    }
  }
  s.resize(out + 1);
}

}  // namespace nf
