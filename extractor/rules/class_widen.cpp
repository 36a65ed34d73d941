#include "extractor/rules/class_widen.h"
#include "extractor/rules/regex_class.h"

namespace nf {

namespace {

constexpr std::string_view kAny = "(?s:.)";

// Whether a bracketed class holds a property escape (\p or \P) of its own.
bool holds_property(std::string_view cls) {
  for (size_t k = 1; k + 1 < cls.size(); ++k) {
    if (cls[k] != '\\') continue;
    if (cls[k + 1] == 'p' || cls[k + 1] == 'P') return true;
    ++k;  // skip the escaped character
  }
  return false;
}

}  // namespace

std::optional<std::string> widened_classes(std::string_view p) {
  std::string out;
  out.reserve(p.size());
  size_t i = 0;
  while (i < p.size()) {
    char c = p[i];
    if (c == '\\') {
      if (i + 1 >= p.size()) return std::nullopt;
      char e = p[i + 1];
      if (e == 'p' || e == 'P') {
        if (i + 2 >= p.size()) return std::nullopt;
        size_t end = i + 3;  // \pL
        if (p[i + 2] == '{') {
          size_t close = p.find('}', i + 2);
          if (close == std::string_view::npos) return std::nullopt;
          end = close + 1;
        }
        out += kAny;
        i = end;
        continue;
      }
      out.append(p.substr(i, 2));
      i += 2;
      continue;
    }
    if (c == '[') {
      size_t end = regex_class_end(p, i);
      if (end == std::string_view::npos) return std::nullopt;
      std::string_view cls = p.substr(i, end - i);
      if (holds_property(cls)) out += kAny;
      else out += cls;
      i = end;
      continue;
    }
    out += c;
    ++i;
  }
  return out;
}

}  // namespace nf
