#include "extractor/rules/gazetteer_fold.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <vector>

#include "extractor/text/segmenter.h"

namespace nf {

std::string fold_token(std::string_view s) {
  bool ascii = true;
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) {
      ascii = false;
      break;
    }
  std::string out;
  out.reserve(s.size());
  if (ascii) {
    for (char c : s) out.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c);
    return out;
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  icu::UnicodeString d = U_SUCCESS(status) ? nfd->normalize(u, status) : u;
  if (U_FAILURE(status)) d = u;
  icu::UnicodeString kept;
  for (int32_t i = 0; i < d.length();) {
    UChar32 c = d.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    if (c == 0x2019 || c == 0x2018 || c == 0x02BC || c == 0x02BB || c == 0x2032) c = '\'';
    if (c == 0x2010 || c == 0x2011 || c == 0x2013) c = '-';
    // Letters that carry no combining mark to drop: "Elazığ" is written "Elazig", "Łódź" "Lodz".
    switch (c) {
      case 0x0131: c = 'i'; break;                 // dotless i
      case 0x00F8: case 0x00D8: c = 'o'; break;    // ø
      case 0x0142: case 0x0141: c = 'l'; break;    // ł
      case 0x0111: case 0x0110: c = 'd'; break;    // đ
      case 0x00F0: case 0x00D0: c = 'd'; break;    // ð
      case 0x0127: case 0x0126: c = 'h'; break;    // ħ
      case 0x00E6: kept.append(UChar32('a')); c = 'e'; break;  // æ
      case 0x0153: kept.append(UChar32('o')); c = 'e'; break;  // œ
      case 0x02BF: case 0x02BE: continue;          // ʿ ʾ (ʿAyn, hamza in transliterations)
      default: break;
    }
    kept.append(c);
  }
  kept.foldCase();
  kept.toUTF8String(out);
  return out;
}

std::string fold_phrase(std::string_view phrase) {
  std::vector<Token> toks;
  tokenize(phrase, 0, phrase.size(), toks);
  std::string out;
  for (const Token& t : toks) {
    if (!out.empty()) out.push_back(' ');
    out += fold_token(phrase.substr(t.start, t.end - t.start));
  }
  return out;
}

}  // namespace nf
