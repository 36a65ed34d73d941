#include "extractor/rules/group_memo.h"

namespace nf {

GroupMemo& GroupMemo::for_this_thread(uint64_t library_id) {
  thread_local GroupMemo memo;
  if (memo.library_ != library_id) {
    memo.map_.clear();
    memo.library_ = library_id;
  }
  return memo;
}

void GroupMemo::make_key(int rule, int variant, re2::StringPiece text, size_t start, size_t end) {
  key_.clear();
  auto put32 = [&](uint32_t v) {
    for (int i = 0; i < 4; ++i) key_.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
  };
  put32(static_cast<uint32_t>(rule));
  key_.push_back(static_cast<char>(variant));
  // The byte before and after the match, or a mark for the sentence's edge.
  key_.push_back(start > 0 ? 1 : 0);
  key_.push_back(start > 0 ? text[start - 1] : 0);
  key_.push_back(end < text.size() ? 1 : 0);
  key_.push_back(end < text.size() ? text[end] : 0);
  key_.append(text.data() + start, end - start);
}

bool GroupMemo::find(int rule, int variant, re2::StringPiece text, size_t start, size_t end, re2::StringPiece* groups,
                     int n) {
  make_key(rule, variant, text, start, end);
  auto it = map_.find(key_);
  if (it == map_.end()) return false;
  const std::vector<int32_t>& v = it->second;
  for (int g = 1; g < n; ++g) {
    int32_t off = v[2 * (g - 1)], len = v[2 * (g - 1) + 1];
    groups[g] = off < 0 ? re2::StringPiece() : re2::StringPiece(text.data() + start + off, static_cast<size_t>(len));
  }
  return true;
}

void GroupMemo::store(int rule, int variant, re2::StringPiece text, size_t start, size_t end,
                      const re2::StringPiece* groups, int n) {
  if (map_.size() >= kMaxEntries) map_.clear();
  make_key(rule, variant, text, start, end);
  std::vector<int32_t> v;
  v.reserve(2 * static_cast<size_t>(n - 1));
  for (int g = 1; g < n; ++g) {
    if (!groups[g].data()) {
      v.push_back(-1);
      v.push_back(0);
    } else {
      v.push_back(static_cast<int32_t>(groups[g].data() - (text.data() + start)));
      v.push_back(static_cast<int32_t>(groups[g].size()));
    }
  }
  map_.emplace(key_, std::move(v));
}

}  // namespace nf
