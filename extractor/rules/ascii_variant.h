// A rule pattern's Latin-1 twin, for text that is pure ASCII. On ASCII text the twin compiled
// as Latin-1 matches exactly what the pattern compiled as UTF-8 matches (same language, same
// leftmost-longest matches, same groups): every class, fold and escape agrees on runes below
// 0x80, and RE2's \b, \s, \d, \w are ASCII-only in both. The Latin-1 program is far smaller,
// though (\p{Lu} is two byte ranges instead of a UTF-8 automaton of hundreds of instructions),
// so its DFA builds fewer and smaller states and its groups come from the cheap engines.
//
//   std::string twin = nf::latin1_twin(utf8_pattern);    // "" when there is none
//   if (nf::is_ascii(sentence)) ...match with the twin...
#pragma once
#include <string>
#include <string_view>

namespace nf {

// The pattern with every rune at or above U+0080 (a literal UTF-8 character or a \x escape)
// written as \x{FF}: no such rune occurs in ASCII text, and the mapping keeps order against
// ASCII, so every class range keeps its ASCII part. Returns "" when that argument does not
// hold: \Q...\E quoting, octal escapes, or a rune whose case folds onto ASCII (U+017F, U+212A...).
std::string latin1_twin(std::string_view utf8_pattern);

// True when every byte is below 0x80.
bool is_ascii(std::string_view text);

}  // namespace nf
