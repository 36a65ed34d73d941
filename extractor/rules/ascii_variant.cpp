#include "extractor/rules/ascii_variant.h"

#include <cstdint>
#include <cstring>

namespace nf {
namespace {

// Non-ASCII runes that (?i) could fold onto an ASCII letter, e.g. KELVIN SIGN and k.
bool folds_to_ascii(uint32_t rune) { return rune == 0x130 || rune == 0x131 || rune == 0x17F || rune == 0x212A; }

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::string latin1_twin(std::string_view p) {
  std::string out;
  out.reserve(p.size());
  for (size_t i = 0; i < p.size(); ++i) {
    auto c = static_cast<unsigned char>(p[i]);
    if (c >= 0x80) {  // a literal UTF-8 character: decode it, write it as \x{FF}
      size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
      uint32_t rune = c & (len == 4 ? 0x07 : len == 3 ? 0x0F : 0x1F);
      for (size_t k = 1; k < len; ++k) {
        if (i + k >= p.size() || (static_cast<unsigned char>(p[i + k]) & 0xC0) != 0x80) return "";
        rune = (rune << 6) | (static_cast<unsigned char>(p[i + k]) & 0x3F);
      }
      if (folds_to_ascii(rune)) return "";
      out += "\\x{FF}";
      i += len - 1;
      continue;
    }
    if (c != '\\' || i + 1 >= p.size()) {
      out += p[i];
      continue;
    }
    char next = p[i + 1];
    if (next == 'Q' || (next >= '0' && next <= '9')) return "";
    if (next != 'x') {  // any other escape is copied whole (so "\\" never starts a new one)
      out += p[i];
      out += next;
      ++i;
      continue;
    }
    size_t digits_start = i + 2, digits_end;
    if (digits_start < p.size() && p[digits_start] == '{') {
      ++digits_start;
      digits_end = p.find('}', digits_start);
      if (digits_end == std::string_view::npos) return "";
    } else {
      digits_end = digits_start + 2;  // \xHH
      if (digits_end > p.size()) return "";
    }
    uint32_t rune = 0;
    if (digits_end == digits_start || digits_end - digits_start > 8) return "";
    for (size_t k = digits_start; k < digits_end; ++k) {
      int d = hex_digit(p[k]);
      if (d < 0) return "";
      rune = rune * 16 + static_cast<uint32_t>(d);
    }
    if (folds_to_ascii(rune)) return "";
    size_t last = p[i + 2] == '{' ? digits_end : digits_end - 1;  // index of the escape's last character
    if (rune >= 0x80) out += "\\x{FF}";
    else out.append(p.substr(i, last - i + 1));
    i = last;
  }
  return out;
}

bool is_ascii(std::string_view text) {
  const char* p = text.data();
  size_t n = text.size(), i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    if (w & 0x8080808080808080ull) return false;
  }
  for (; i < n; ++i)
    if (static_cast<unsigned char>(p[i]) >= 0x80) return false;
  return true;
}

}  // namespace nf
