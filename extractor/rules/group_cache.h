// A regex's next match with its groups, as RE2::Match gives it, but with the groups of each
// matched span remembered per thread. RE2 finds a match's bounds with its DFAs and then runs a
// second engine (BitState or the NFA) over the matched span alone to place the groups; for the
// number rules (programs of about 4,000 instructions, explored in full under leftmost-longest
// semantics) that second engine costs several times the DFAs. The groups depend only on the
// program, the span's bytes and the bytes either side of it (for \b, ^ and $). For a regex that
// cannot tell one ASCII digit from another (`digit_blind`: every digit it reads is a \d or a
// class holding all ten), the key reads every digit as '0', so "3,517 people" and "1,200 people"
// share an entry. A new key gets its groups from RE2 run anchored on exactly that span, which is
// what RE2::Match does inside after its DFAs. A regex whose spans seldom come back (fewer than
// half hits in its first 512 lookups on a thread: names rather than numbers) is then matched by
// RE2 directly on that thread, without keys.
//
//   re2::StringPiece g[3];
//   if (nf::match_cached(re, id, blind, text, pos, g, 3)) { ... g[1], g[2] ... }
#pragma once
#include <re2/re2.h>

#include <cstddef>
#include <cstdint>

namespace nf {

// The same as re.Match(text, pos, text.size(), RE2::UNANCHORED, groups, n). `regex_id` names
// `re` among all the regexes of the process that use the cache (one id per compiled RE2 object,
// never reused: RuleLibrary puts a serial number of its own in the high half), `digit_blind`
// says the key may fold digits (see above). The cache is per thread and bounded.
bool match_cached(const RE2& re, uint64_t regex_id, bool digit_blind, const re2::StringPiece& text, size_t pos,
                  re2::StringPiece* groups, int n);

}  // namespace nf
