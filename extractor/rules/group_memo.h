// A per-thread memo of where a rule's groups lie inside one of its whole matches. RE2 finds a
// whole match with its DFAs alone (cheap); the groups then need a second engine (BitState or
// NFA over the rule's whole program: about half of a match's cost). What that engine returns
// depends only on the rule, the matched bytes and the byte on each side (\b, ^ and $ look one
// byte out), so a match seen before ("two", "last year", "5 million people") reuses them.
//
//   nf::GroupMemo& memo = nf::GroupMemo::for_this_thread(library_id);
//   if (!memo.find(rule, ascii, text, start, end, groups, n)) {
//     re.Match(text, start, end, RE2::ANCHOR_BOTH, groups, n);
//     memo.store(rule, ascii, text, start, end, groups, n);
//   }
#pragma once
#include <re2/stringpiece.h>

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace nf {

class GroupMemo {
 public:
  // This thread's memo for the library `library_id` (a number no other loaded library has):
  // emptied when the thread moves to another library.
  static GroupMemo& for_this_thread(uint64_t library_id);

  // Fills groups[1..n) for the whole match text[start, end) of rule `rule` (`variant`: which of
  // the rule's regexes ran) from the memo; false when it is not there.
  bool find(int rule, int variant, re2::StringPiece text, size_t start, size_t end, re2::StringPiece* groups, int n);
  // Remembers groups[1..n) of that match.
  void store(int rule, int variant, re2::StringPiece text, size_t start, size_t end, const re2::StringPiece* groups, int n);

 private:
  // Entries kept before the memo starts again from empty (bounds memory: a few MB a thread).
  static constexpr size_t kMaxEntries = 1 << 16;
  uint64_t library_ = 0;
  std::string key_;  // scratch
  std::unordered_map<std::string, std::vector<int32_t>> map_;
  void make_key(int rule, int variant, re2::StringPiece text, size_t start, size_t end);
};

}  // namespace nf
