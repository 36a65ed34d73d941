#include "extractor/ingest/utf8.h"

#include <algorithm>

namespace nf {
namespace {

// Length of the valid UTF-8 sequence at s[i], or 0 when the bytes there are invalid; `bad`
// receives the length of the maximal invalid subpart to replace (at least 1).
size_t sequence_at(std::string_view s, size_t i, size_t& bad) {
  auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = b(i);
  bad = 1;
  if (c < 0x80) return 1;
  size_t need;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) need = 1;
  else if (c == 0xE0) need = 2, lo = 0xA0;
  else if (c == 0xED) need = 2, hi = 0x9F;  // no surrogates
  else if (c >= 0xE1 && c <= 0xEF) need = 2;
  else if (c == 0xF0) need = 3, lo = 0x90;
  else if (c == 0xF4) need = 3, hi = 0x8F;
  else if (c >= 0xF1 && c <= 0xF3) need = 3;
  else return 0;
  for (size_t k = 1; k <= need; ++k) {
    if (i + k >= s.size()) {
      bad = k;
      return 0;
    }
    unsigned char d = b(i + k);
    unsigned char l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
    if (d < l || d > h) {
      bad = k;
      return 0;
    }
  }
  return need + 1;
}

}  // namespace

bool valid_utf8(std::string_view s) {
  size_t i = 0, bad;
  while (i < s.size()) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    size_t n = sequence_at(s, i, bad);
    if (!n) return false;
    i += n;
  }
  return true;
}

Utf8Repair repair_utf8(std::string& s) {
  Utf8Repair r;
  if (valid_utf8(s)) return r;
  std::string out;
  out.reserve(s.size() + 16);
  size_t i = 0, bad;
  while (i < s.size()) {
    size_t n = sequence_at(s, i, bad);
    if (n) {
      out.append(s, i, n);
      i += n;
      continue;
    }
    if (r.replaced++ == 0) {
      r.first_offset = i;
      r.first_line = 1 + static_cast<int>(std::count(s.begin(), s.begin() + static_cast<ptrdiff_t>(i), '\n'));
    }
    out += "\xEF\xBF\xBD";
    i += bad;
  }
  s.swap(out);
  return r;
}

bool looks_binary(std::string_view bytes) {
  std::string_view head = bytes.substr(0, 8192);
  size_t control = 0;
  for (char ch : head) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c == 0) return true;
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') ++control;
  }
  return control * 10 > head.size();
}

void append_utf8(std::string& out, unsigned cp) {
  if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) cp = 0xFFFD;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

}  // namespace nf
