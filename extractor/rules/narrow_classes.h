// A rule pattern's narrow variant, for sentences that are not pure ASCII but whose non-ASCII
// characters are no letters, marks or numbers (typographic quotes and apostrophes, dashes,
// currency signs: most non-ASCII sentences of English news). Every Unicode general-category
// class of letters, marks or numbers (\p{Lu}, \pL, \P{M}, inside brackets too) is cut to its
// ASCII members; on such a sentence each class then matches exactly the same characters, so
// the narrow regex (still UTF-8) matches exactly what the pattern matches, groups included. Its
// program is far smaller (org.dept_named: 159,603 UTF-8 instructions), so far fewer and smaller
// DFA states are built.
//
//   std::string narrow = nf::narrow_classes("\\p{Lu}[\\p{Ll}\\p{M}’-]+");  // "" when none
//   if (!nf::has_non_ascii_word_char(sentence)) ...match with the narrow regex...
#pragma once
#include <string>
#include <string_view>

namespace nf {

// The pattern with each letter, mark or number category class written as its ASCII members
// (a category with none as \x{100}, a letter that the sentences read this way never hold).
// "" when the pattern has no such class or holds syntax this pass does not read.
std::string narrow_classes(std::string_view pattern);

// True when a character at or above U+0080 of `text` is a letter, mark or number (RE2's
// [\p{L}\p{M}\p{N}]): the narrow regex may not read such a text.
bool has_non_ascii_word_char(std::string_view text);

}  // namespace nf
