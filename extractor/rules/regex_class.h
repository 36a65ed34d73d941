// Reading RE2 pattern syntax by hand, for the passes that rewrite or inspect rule patterns
// (class_widen.cpp, digit_mark.cpp): where a bracketed character class ends.
//
//   nf::regex_class_end("[\\p{L}'-]+", 0) == 9   // the index after its ']'
#pragma once
#include <cstddef>
#include <string_view>

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

}  // namespace nf
