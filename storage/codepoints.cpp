#include "storage/codepoints.h"

namespace nf {
namespace {

inline bool starts_code_point(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }

}  // namespace

CodepointIndex::CodepointIndex(std::string_view body) : body_(body) {
  block_start_.reserve(body.size() / kBlock + 1);
  uint32_t count = 0;
  for (size_t i = 0; i < body.size(); ++i) {
    if (i % kBlock == 0) block_start_.push_back(count);
    count += starts_code_point(body[i]);
  }
  if (body.size() % kBlock == 0) block_start_.push_back(count);
  ascii_ = count == body.size();
}

size_t CodepointIndex::at(size_t byte) const {
  if (byte > body_.size()) byte = body_.size();
  if (ascii_) return byte;
  size_t block = byte / kBlock;
  size_t count = block_start_[block];
  for (size_t i = block * kBlock; i < byte; ++i) count += starts_code_point(body_[i]);
  return count;
}

}  // namespace nf
