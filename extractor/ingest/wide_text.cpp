#include "extractor/ingest/wide_text.h"

#include <unicode/unistr.h>

#include <algorithm>
#include <string_view>

namespace nf {
namespace {

struct Encoding {
  const char* name;
  size_t bom_size;
};

// Every other byte zero over the first characters: ASCII text in UTF-16. `zero_at` 1 for
// little endian ("A\0"), 0 for big endian ("\0A").
bool ascii_utf16(std::string_view b, size_t zero_at) {
  size_t pairs = std::min<size_t>(b.size() / 2, 256);
  if (pairs < 4) return false;
  size_t hits = 0;
  for (size_t i = 0; i < pairs; ++i) {
    char zero = b[2 * i + zero_at], other = b[2 * i + 1 - zero_at];
    if (zero == '\0' && other != '\0') ++hits;
  }
  return hits * 10 >= pairs * 9;
}

Encoding detect(std::string_view b) {
  if (b.substr(0, 4) == std::string_view("\xFF\xFE\0\0", 4)) return {"UTF-32LE", 4};
  if (b.substr(0, 4) == std::string_view("\0\0\xFE\xFF", 4)) return {"UTF-32BE", 4};
  if (b.substr(0, 2) == "\xFF\xFE") return {"UTF-16LE", 2};
  if (b.substr(0, 2) == "\xFE\xFF") return {"UTF-16BE", 2};
  if (ascii_utf16(b, 1)) return {"UTF-16LE", 0};
  if (ascii_utf16(b, 0)) return {"UTF-16BE", 0};
  return {nullptr, 0};
}

}  // namespace

const char* convert_wide_text(std::string& bytes) {
  Encoding e = detect(bytes);
  if (!e.name || bytes.size() > 0x7FFFFFFF) return nullptr;
  icu::UnicodeString u(bytes.data() + e.bom_size, static_cast<int32_t>(bytes.size() - e.bom_size), e.name);
  if (u.isBogus()) return nullptr;
  std::string out;
  u.toUTF8String(out);
  bytes.swap(out);
  return e.name;
}

}  // namespace nf
