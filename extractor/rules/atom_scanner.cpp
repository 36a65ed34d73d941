#include "extractor/rules/atom_scanner.h"

#include <algorithm>
#include <deque>
#include <string_view>

namespace nf {

namespace {
unsigned char fold(unsigned char c) { return (c >= 'A' && c <= 'Z') ? static_cast<unsigned char>(c + 32) : c; }
}  // namespace

AtomScanner::AtomScanner(const std::vector<std::string>& atoms, std::string_view digit_as) {
  for (int c = '0'; c <= '9'; ++c) digit_[c] = 1;
  // Input classes: one per byte that occurs in an atom (after folding); upper-case ASCII
  // letters share their lower-case letter's class.
  for (const std::string& a : atoms)
    for (unsigned char c : a) {
      unsigned char f = fold(c);
      if (!cls_[f]) cls_[f] = static_cast<uint8_t>(classes_++);
    }
  for (int c = 'A'; c <= 'Z'; ++c) cls_[c] = cls_[c + 32];
  for (unsigned char c : digit_as) digit_as_.push_back(cls_[fold(c)]);
  // The trie (goto function), with each state's own outputs.
  std::vector<std::vector<int32_t>> own(1);
  next_.assign(classes_, -1);
  for (size_t i = 0; i < atoms.size(); ++i) {
    if (atoms[i].empty()) continue;
    int32_t s = 0;
    for (unsigned char c : atoms[i]) {
      int k = cls_[fold(c)];
      int32_t& t = next_[static_cast<size_t>(s) * classes_ + k];
      if (t < 0) {
        t = static_cast<int32_t>(own.size());
        own.emplace_back();
        next_.resize(next_.size() + classes_, -1);
      }
      s = next_[static_cast<size_t>(s) * classes_ + k];
    }
    own[s].push_back(static_cast<int32_t>(i));
  }
  // Breadth first: failure links, complete transitions, and outputs merged along the links.
  size_t n = own.size();
  std::vector<int32_t> fail(n, 0);
  std::vector<std::vector<int32_t>> outs(n);
  std::deque<int32_t> queue;
  for (int k = 0; k < classes_; ++k) {
    int32_t& t = next_[k];
    if (t < 0) t = 0;
    else queue.push_back(t);
  }
  outs[0] = own[0];
  while (!queue.empty()) {
    int32_t s = queue.front();
    queue.pop_front();
    outs[s] = own[s];
    outs[s].insert(outs[s].end(), outs[fail[s]].begin(), outs[fail[s]].end());
    for (int k = 0; k < classes_; ++k) {
      int32_t& t = next_[static_cast<size_t>(s) * classes_ + k];
      int32_t via_fail = next_[static_cast<size_t>(fail[s]) * classes_ + k];
      if (t < 0) {
        t = via_fail;
      } else {
        fail[t] = via_fail;
        queue.push_back(t);
      }
    }
  }
  // Class 0 (bytes in no atom) always leads back to the root.
  for (size_t s = 0; s < n; ++s) next_[s * classes_] = 0;
  out_begin_.reserve(n + 1);
  for (size_t s = 0; s < n; ++s) {
    out_begin_.push_back(static_cast<int32_t>(outs_.size()));
    outs_.insert(outs_.end(), outs[s].begin(), outs[s].end());
  }
  out_begin_.push_back(static_cast<int32_t>(outs_.size()));
  if (n <= 0xFFFF) {
    next16_.assign(next_.begin(), next_.end());
    next_ = {};
  }
}

bool AtomScanner::scan(std::string_view text, std::vector<int>& found) const {
  found.clear();
  if (next_.empty() && next16_.empty()) {
    for (unsigned char c : text)
      if (digit_[c]) return true;
    return false;
  }
  return next16_.empty() ? scan_with(next_.data(), text, found) : scan_with(next16_.data(), text, found);
}

template <typename State>
bool AtomScanner::scan_with(const State* next, std::string_view text, std::vector<int>& found) const {
  size_t s = 0;
  unsigned digits = 0;
  const int32_t* begin = out_begin_.data();
  for (unsigned char c : text) {
    if (digit_[c] && !digit_as_.empty()) {
      digits = 1;
      for (uint8_t k : digit_as_) {
        s = next[s * classes_ + k];
        for (int32_t o = begin[s], e = begin[s + 1]; o < e; ++o) found.push_back(outs_[o]);
      }
      continue;
    }
    digits |= digit_[c];
    s = next[s * classes_ + cls_[c]];
    for (int32_t o = begin[s], e = begin[s + 1]; o < e; ++o) found.push_back(outs_[o]);
  }
  if (found.size() > 1) {
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
  }
  return digits != 0;
}

}  // namespace nf
