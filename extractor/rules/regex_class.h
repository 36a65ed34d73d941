// Reading RE2 pattern syntax by hand, for the passes that rewrite or inspect rule patterns
// (class_widen.cpp, digit_mark.cpp, narrow_classes.cpp): where a bracketed character class
// ends, and a pattern split into the pieces those passes tell apart.
//
//   nf::regex_class_end("[\\p{L}'-]+", 0) == 9   // the index after its ']'
//   nf::regex_pieces("\\b\\p{Lu}[a-z]+", pieces)  // \b, \p{Lu}, [a-z], +
#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

namespace nf {

// The end of the bracketed class opening at p[i] == '[' (the index after its ']'), or npos.
// Escapes and [:name:] inside are skipped; a ']' right after '[' or '[^' is a literal.
inline size_t regex_class_end(std::string_view p, size_t i) {
  size_t j = i + 1;
  if (j < p.size() && p[j] == '^') ++j;
  if (j < p.size() && p[j] == ']') ++j;
  while (j < p.size()) {
    if (p[j] == '\\') {
      j += 2;
      continue;
    }
    if (p[j] == '[' && j + 1 < p.size() && p[j + 1] == ':') {  // [:alpha:]
      size_t e = p.find(":]", j + 2);
      if (e == std::string_view::npos) return std::string_view::npos;
      j = e + 2;
      continue;
    }
    if (p[j] == ']') return j + 1;
    ++j;
  }
  return std::string_view::npos;
}

// One piece of a pattern: a bracketed class whole, a property escape (\pL, \p{Lu}, \P{M}),
// any other escape (its two bytes), or any other byte.
struct RegexPiece {
  enum Type { Byte, Escape, Property, Class } type;
  std::string_view text;
};

// Splits `p` into its pieces; false for syntax this does not read (an unbalanced class, a
// trailing backslash, \p{ without its '}').
inline bool regex_pieces(std::string_view p, std::vector<RegexPiece>& out) {
  out.clear();
  size_t i = 0;
  while (i < p.size()) {
    size_t end = i + 1;
    RegexPiece::Type type = RegexPiece::Byte;
    if (p[i] == '\\') {
      if (i + 1 >= p.size()) return false;
      end = i + 2;
      type = RegexPiece::Escape;
      if (p[i + 1] == 'p' || p[i + 1] == 'P') {
        if (i + 2 >= p.size()) return false;
        end = i + 3;  // \pL
        if (p[i + 2] == '{') {
          size_t close = p.find('}', i + 2);
          if (close == std::string_view::npos) return false;
          end = close + 1;
        }
        type = RegexPiece::Property;
      }
    } else if (p[i] == '[') {
      end = regex_class_end(p, i);
      if (end == std::string_view::npos) return false;
      type = RegexPiece::Class;
    }
    out.push_back({type, p.substr(i, end - i)});
    i = end;
  }
  return true;
}

}  // namespace nf
