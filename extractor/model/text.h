// Sentences and tokens of an article body, as byte ranges into the body.
//
//   nf::Sentence s = result.sentences[0];
//   std::string_view text(body.data() + s.start, s.end - s.start);
//
// Offsets are UTF-8 byte offsets, half-open, into Article::body (DESIGN.md).
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace nf {

struct Span {
  size_t start = 0;
  size_t end = 0;  // half-open
  size_t size() const { return end - start; }
  bool contains(const Span& o) const { return start <= o.start && o.end <= end; }
  bool overlaps(const Span& o) const { return start < o.end && o.start < end; }
};

enum TokenFlags : uint8_t {
  kTokWord = 1,      // letters (possibly with digits, inner apostrophes or hyphens)
  kTokNumber = 2,    // starts with a digit
  kTokPunct = 4,     // a single punctuation or symbol character
  kTokUpper = 8,     // first character is an uppercase letter
  kTokAllCaps = 16,  // every letter is uppercase (and there are at least two)
};

struct Token {
  size_t start = 0;
  size_t end = 0;
  uint8_t flags = 0;
  bool is(TokenFlags f) const { return (flags & f) != 0; }
  std::string_view text(std::string_view body) const { return body.substr(start, end - start); }
};

struct Sentence {
  size_t start = 0;
  size_t end = 0;          // end excludes trailing whitespace
  size_t first_token = 0;  // index into the token vector
  size_t token_count = 0;
  bool boilerplate = false;  // inside a related-link block (READ MORE ...): no facts from it
};

}  // namespace nf
