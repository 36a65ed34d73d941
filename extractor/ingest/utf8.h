// UTF-8 checks for ingest: repair invalid byte sequences with U+FFFD, and tell binary files
// from text.
//
//   nf::Utf8Repair r = nf::repair_utf8(body);   // body now valid UTF-8
//   if (r.replaced) warn("invalid UTF-8 at byte " + std::to_string(r.first_offset));
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace nf {

struct Utf8Repair {
  size_t replaced = 0;      // number of invalid sequences replaced by U+FFFD
  size_t first_offset = 0;  // byte offset of the first invalid sequence in the ORIGINAL bytes
  int first_line = 0;       // its 1-based line
};

// True when s is well-formed UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF).
bool valid_utf8(std::string_view s);

// Replaces each maximal invalid subsequence (Unicode's "substitution of maximal subparts") by
// U+FFFD, in place. Valid input is left untouched.
Utf8Repair repair_utf8(std::string& s);

// A file looks binary when its first bytes hold a NUL, or when more than 1 byte in 10 is a
// control character other than tab, line feed, carriage return and form feed.
bool looks_binary(std::string_view bytes);

// Appends the UTF-8 encoding of code point cp (U+FFFD for surrogates and out-of-range values).
void append_utf8(std::string& out, unsigned cp);

}  // namespace nf
