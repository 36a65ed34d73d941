// The English possessive ending, straight or curly ("Kenya's", "Kenya’s"), at either end of a
// piece of text: every stage that asks "is this name possessive?" asks it here.
//
//   size_t n = nf::possessive_suffix(word);   // "NEMA's" -> 2, "NEMA’s" -> 4, "NEMA" -> 0
//   if (nf::possessive_prefix(body.substr(mention.span.end))) ...   // "'s decision" -> 2
#pragma once
#include <string_view>

namespace nf {

inline constexpr std::string_view kPossessiveEndings[] = {"'s", "\xE2\x80\x99s"};

// Bytes of a possessive ending that `s` starts with; 0 when none.
inline size_t possessive_prefix(std::string_view s) {
  for (std::string_view ap : kPossessiveEndings)
    if (s.substr(0, ap.size()) == ap) return ap.size();
  return 0;
}

// Bytes of a possessive ending that `s` ends with, after at least one byte of a word; 0 when
// none.
inline size_t possessive_suffix(std::string_view s) {
  for (std::string_view ap : kPossessiveEndings)
    if (s.size() > ap.size() && s.substr(s.size() - ap.size()) == ap) return ap.size();
  return 0;
}

}  // namespace nf
