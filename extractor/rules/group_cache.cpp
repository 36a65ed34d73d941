#include "extractor/rules/group_cache.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace nf {
namespace {

// Entries before the cache is cleared: a few MB per thread at most.
constexpr size_t kMaxEntries = 1 << 15;

// A regex whose spans rarely come back (names, not numbers) is not worth the keys: after
// kProbe lookups with fewer than half of them hits, the thread asks RE2 directly for it.
constexpr uint32_t kProbe = 512;

struct Use {
  uint32_t lookups = 0, hits = 0;
  bool bypass = false;
};

struct Cache {
  std::string key;                                    // scratch
  std::unordered_map<std::string, uint32_t> where;    // key -> first slot in `slots`
  std::vector<int32_t> slots;                         // per group 1..n-1: offset in the span (-1: none), size
  std::unordered_map<uint64_t, Use> use;              // regex_id -> how the cache serves it
};

char key_byte(char c, bool blind) { return blind && c >= '0' && c <= '9' ? '0' : c; }

}  // namespace

bool match_cached(const RE2& re, uint64_t regex_id, bool blind, const re2::StringPiece& text, size_t pos,
                  re2::StringPiece* groups, int n) {
  if (n <= 1) return re.Match(text, pos, text.size(), RE2::UNANCHORED, groups, n);
  thread_local Cache c;
  Use& use = c.use[regex_id];
  if (use.bypass) return re.Match(text, pos, text.size(), RE2::UNANCHORED, groups, n);
  if (!re.Match(text, pos, text.size(), RE2::UNANCHORED, groups, 1)) return false;
  const size_t s = groups[0].data() - text.data(), e = s + groups[0].size();
  if (++use.lookups == kProbe) use.bypass = use.hits * 2 < use.lookups;
  // The key: the regex, whether the span starts or ends the text, the bytes either side, the span.
  std::string& key = c.key;
  key.assign(reinterpret_cast<const char*>(&regex_id), sizeof regex_id);
  key.push_back(s == 0 ? '\1' : '\0');
  key.push_back(s == 0 ? '\0' : key_byte(text[s - 1], blind));
  key.push_back(e == text.size() ? '\1' : '\0');
  key.push_back(e == text.size() ? '\0' : key_byte(text[e], blind));
  for (size_t i = s; i < e; ++i) key.push_back(key_byte(text[i], blind));
  auto it = c.where.find(key);
  if (it != c.where.end()) {
    ++use.hits;
    const int32_t* slot = c.slots.data() + it->second;
    for (int g = 1; g < n; ++g, slot += 2)
      groups[g] = slot[0] < 0 ? re2::StringPiece() : re2::StringPiece(text.data() + s + slot[0], static_cast<size_t>(slot[1]));
    return true;
  }
  // RE2::Match places the groups of a match its DFAs found by a full, anchored match of the
  // span, with the text around it as context: the same call.
  if (!re.Match(text, s, e, RE2::ANCHOR_BOTH, groups, n))
    return re.Match(text, pos, text.size(), RE2::UNANCHORED, groups, n);  // not expected: RE2 as before
  if (c.where.size() >= kMaxEntries) c.where.clear(), c.slots.clear();
  c.where.emplace(key, static_cast<uint32_t>(c.slots.size()));
  for (int g = 1; g < n; ++g) {
    const re2::StringPiece& gp = groups[g];
    c.slots.push_back(gp.data() ? static_cast<int32_t>(gp.data() - (text.data() + s)) : -1);
    c.slots.push_back(static_cast<int32_t>(gp.size()));
  }
  return true;
}

}  // namespace nf
