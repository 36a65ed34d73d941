#include "extractor/claims/lexicon.h"

#include <re2/re2.h>

#include <algorithm>
#include <vector>

#include "extractor/rules/rule_library.h"

namespace nf {
namespace {

std::string join_longest_first(std::vector<std::string> alts) {
  std::stable_sort(alts.begin(), alts.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  std::string out = "(?:";
  for (size_t i = 0; i < alts.size(); ++i) {
    if (i) out += "|";
    out += alts[i];
  }
  return out + ")";
}

}  // namespace

WordSet macro_words(const RuleLibrary& rules, std::string_view macro) {
  WordSet out;
  for (const std::string& w : rules.list(macro)) out.insert(ascii_lower(w));
  return out;
}

std::string macro_alternation(const RuleLibrary& rules, std::string_view macro) {
  return join_longest_first(rules.list(macro));
}

std::string table_key_alternation(const RuleLibrary& rules, std::string_view table) {
  std::vector<std::string> keys;
  for (const auto& [k, v] : rules.table(table)) {
    // Folded keys carry ASCII apostrophes; the text may use typographic ones.
    std::string flexible;
    for (char c : k) {
      if (c == '\'') flexible += "['\xE2\x80\x99]";
      else if (c == ' ') flexible += "\\s+";
      else flexible += RE2::QuoteMeta(std::string(1, c));
    }
    keys.push_back(flexible);
  }
  return join_longest_first(keys);
}

}  // namespace nf
