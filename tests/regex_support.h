// Shared helpers for the tests of rule regexes and their variants (Latin-1 twins, narrow
// regexes, the gate's rewrites): the rule library's RE2 options, and every match of a regex
// with its groups, as RuleLibrary::match reads them, in a form two regexes can be compared by.
#pragma once
#include <re2/re2.h>

#include <string>
#include <string_view>
#include <vector>

namespace nf::test {

// Leftmost-longest, quiet; UTF-8 unless latin1.
inline RE2::Options rule_regex_options(bool latin1 = false) {
  RE2::Options o;
  o.set_encoding(latin1 ? RE2::Options::EncodingLatin1 : RE2::Options::EncodingUTF8);
  o.set_longest_match(true);
  o.set_log_errors(false);
  return o;
}

// Every match of `re` in `text` with all its groups, as "start-end" pieces ("-" for a group that
// did not take part).
inline std::string all_matches(const RE2& re, std::string_view text) {
  int n = 1 + re.NumberOfCapturingGroups();
  std::vector<re2::StringPiece> g(n);
  re2::StringPiece t(text.data(), text.size());
  std::string out;
  size_t pos = 0;
  while (pos <= text.size() && re.Match(t, pos, text.size(), RE2::UNANCHORED, g.data(), n)) {
    for (const auto& s : g)
      out += s.data() ? std::to_string(s.data() - text.data()) + "-" + std::to_string(s.data() - text.data() + s.size()) + " " : "- ";
    out += "| ";
    size_t end = g[0].data() - text.data() + g[0].size();
    pos = g[0].empty() ? end + 1 : end;
  }
  return out;
}

}  // namespace nf::test
