#include "extractor/text/segmenter.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <stdexcept>
#include <string>

namespace nf {
namespace {

// The ICU character properties the tokenizer reads, for ASCII taken once from the same ICU
// calls into a table (most text is ASCII: one load instead of several ICU lookups a byte).
enum : uint8_t { kSpace = 1, kWord = 2, kDigit = 4, kAlpha = 8, kUpper = 16, kTitle = 32 };

uint8_t icu_props(UChar32 c) {
  uint8_t p = 0;
  if (u_isUWhiteSpace(c) || c == 0xFEFF) p |= kSpace;
  if (u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK) p |= kWord;
  if (u_isdigit(c)) p |= kDigit;
  if (u_isalpha(c)) p |= kAlpha;
  if (u_isupper(c)) p |= kUpper;
  if (u_istitle(c)) p |= kTitle;
  return p;
}

struct AsciiProps {
  uint8_t p[128];
  AsciiProps() {
    for (UChar32 c = 0; c < 128; ++c) p[c] = icu_props(c);
  }
};

uint8_t props(UChar32 c) {
  static const AsciiProps ascii;
  return c >= 0 && c < 128 ? ascii.p[c] : icu_props(c);
}

bool is_space_cp(UChar32 c) { return props(c) & kSpace; }

// Joiners that stay inside a token when a word or digit character follows them:
// apostrophes and hyphens in words (don't, al-Qaeda), separators in numbers (100,000 1.5 3:30 1/2).
bool is_inner_joiner(UChar32 c, bool in_number) {
  if (c == '\'' || c == 0x2019 || c == '-' || c == 0x2010 || c == 0x2011) return !in_number || c == '-';
  if (in_number) return c == ',' || c == '.' || c == ':' || c == '/';
  return c == '.';  // "U.S", "a.m" stay one token; a final period is punctuation
}

size_t trim_end(std::string_view text, size_t start, size_t end) {
  while (end > start) {
    int32_t i = static_cast<int32_t>(end);
    UChar32 c;
    U8_PREV(reinterpret_cast<const uint8_t*>(text.data()), static_cast<int32_t>(start), i, c);
    if (!is_space_cp(c)) break;
    end = i;
  }
  return end;
}

size_t skip_space(std::string_view text, size_t start, size_t end) {
  while (start < end) {
    int32_t i = static_cast<int32_t>(start);
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, static_cast<int32_t>(end), c);
    if (!is_space_cp(c)) break;
    start = i;
  }
  return start;
}

}  // namespace

void tokenize(std::string_view text, size_t start, size_t end, std::vector<Token>& out) {
  // ICU's UTF-8 macros index with int32_t: bodies are capped far below 2 GiB by ingest.
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t end32 = static_cast<int32_t>(end);
  int32_t i = static_cast<int32_t>(start);
  while (i < end32) {
    size_t tok_start = static_cast<size_t>(i);
    UChar32 c;
    U8_NEXT(s, i, end32, c);
    if (c < 0) c = 0xFFFD;
    const uint8_t pc = props(c);
    if (pc & kSpace) continue;
    Token t;
    t.start = tok_start;
    if (!(pc & kWord)) {
      t.end = static_cast<size_t>(i);
      t.flags = kTokPunct;
      out.push_back(t);
      continue;
    }
    bool number = pc & kDigit;
    bool upper_initial = pc & (kUpper | kTitle);
    int letters = (pc & kAlpha) ? 1 : 0;
    int uppers = (pc & kUpper) ? 1 : 0;
    int32_t tok_end = i;
    while (i < end32) {
      int32_t j = i;
      UChar32 d;
      U8_NEXT(s, j, end32, d);
      const uint8_t pd = d >= 0 ? props(d) : 0;
      if (pd & kWord) {
        letters += (pd & kAlpha) ? 1 : 0;
        uppers += (pd & kUpper) ? 1 : 0;
        i = tok_end = j;
        continue;
      }
      if (d >= 0 && is_inner_joiner(d, number) && j < end32) {
        int32_t k = j;
        UChar32 e;
        U8_NEXT(s, k, end32, e);
        if (e >= 0 && (props(e) & (number ? kDigit : kWord))) {
          i = tok_end = j;
          continue;
        }
      }
      break;
    }
    t.end = static_cast<size_t>(tok_end);
    t.flags = number ? kTokNumber : kTokWord;
    if (upper_initial) t.flags |= kTokUpper;
    if (letters >= 2 && uppers == letters) t.flags |= kTokAllCaps;
    out.push_back(t);
  }
}

struct Segmenter::Impl {
  std::unique_ptr<icu::BreakIterator> sentences;
};

Segmenter::Segmenter() : impl_(std::make_unique<Impl>()) {
  UErrorCode status = U_ZERO_ERROR;
  // Plain English rules, without ICU's abbreviation suppressions ("en@ss=standard"): those also
  // swallow real sentence ends after acronyms ("a big day for NATO. Members met."). Abbreviations
  // are rejoined afterwards from the lists of rules/text/sentences.xml (abbreviations.h).
  impl_->sentences.reset(icu::BreakIterator::createSentenceInstance(icu::Locale("en"), status));
  if (U_FAILURE(status) || !impl_->sentences)
    throw std::runtime_error(std::string("ICU sentence BreakIterator: ") + u_errorName(status));
}

Segmenter::~Segmenter() = default;

Segmentation Segmenter::segment(std::string_view body) {
  Segmentation out;
  // Lines first: a line break always ends a sentence in news text.
  size_t line_start = 0;
  while (line_start < body.size()) {
    size_t nl = body.find('\n', line_start);
    size_t line_end = nl == std::string_view::npos ? body.size() : nl;
    size_t s = skip_space(body, line_start, line_end);
    size_t e = trim_end(body, s, line_end);
    if (s < e) {
      UErrorCode status = U_ZERO_ERROR;
      UText* ut = utext_openUTF8(nullptr, body.data() + s, static_cast<int64_t>(e - s), &status);
      if (U_FAILURE(status)) throw std::runtime_error("utext_openUTF8 failed");
      impl_->sentences->setText(ut, status);
      int32_t prev = 0;
      for (int32_t b = impl_->sentences->next(); b != icu::BreakIterator::DONE;
           b = impl_->sentences->next()) {
        size_t ss = skip_space(body, s + prev, s + b);
        size_t se = trim_end(body, ss, s + b);
        prev = b;
        if (ss >= se) continue;
        Sentence sent;
        sent.start = ss;
        sent.end = se;
        sent.first_token = out.tokens.size();
        tokenize(body, ss, se, out.tokens);
        sent.token_count = out.tokens.size() - sent.first_token;
        out.sentences.push_back(sent);
      }
      utext_close(ut);
    }
    if (nl == std::string_view::npos) break;
    line_start = nl + 1;
  }
  return out;
}

}  // namespace nf
