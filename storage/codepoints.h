// Byte offset -> Unicode code point offset for one body, in O(1)-ish per query: a checkpoint
// every 64 bytes, then a count of the lead bytes since it. Built once per article.
//
//   nf::CodepointIndex cp(article.body);
//   size_t cstart = cp.at(mention.span.start);   // what Python's len(body[:start].decode()) gives
//
// Any byte that is not a UTF-8 continuation byte (10xxxxxx) starts a code point, which is
// exact for valid UTF-8 (ingest replaces invalid bytes with U+FFFD).
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace nf {

class CodepointIndex {
 public:
  explicit CodepointIndex(std::string_view body);
  // Code points in body[0, byte); byte may equal body.size().
  size_t at(size_t byte) const;

 private:
  static constexpr size_t kBlock = 64;
  std::string_view body_;
  std::vector<uint32_t> block_start_;  // code points before byte i * kBlock
  bool ascii_ = false;                 // one code point a byte (most bodies): at(b) is b
};

}  // namespace nf
