// UTF-16 and UTF-32 input turned into UTF-8 with ICU, before any other ingest step (every
// reader after it reads UTF-8 only).
//
//   std::string bytes = read_file(path);
//   if (const char* from = nf::convert_wide_text(bytes)) log("converted from", from);
//
// Recognized: a UTF-32 or UTF-16 byte-order mark (little or big endian), and UTF-16 without a
// mark whose first characters are mostly ASCII (every other byte zero, as in "A\0B\0").
// The mark is dropped; unpaired surrogates become U+FFFD. Offsets then index the UTF-8 text.
#pragma once
#include <string>

namespace nf {

// Converts `bytes` in place and returns the encoding it was in ("UTF-16LE", ...), or returns
// nullptr and leaves `bytes` alone when it is not UTF-16 or UTF-32.
const char* convert_wide_text(std::string& bytes);

}  // namespace nf
