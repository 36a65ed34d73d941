#include "extractor/claims/word_table.h"

#include "extractor/rules/rule_library.h"

namespace nf {

WordTable::WordTable(const RuleLibrary& rules, std::string_view table) {
  if (!rules.has_table(table)) return;
  for (const auto& [key, value] : rules.table(table)) map_.emplace(key, value);
}

const std::string* WordTable::find(std::string_view text) const {
  // fold_key of ASCII text without white space is: lower case, trailing periods dropped.
  thread_local std::string key;
  key.clear();
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80 || c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      auto it = map_.find(fold_key(text));
      return it == map_.end() ? nullptr : &it->second;
    }
    key.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c);
  }
  while (!key.empty() && key.back() == '.') key.pop_back();
  auto it = map_.find(key);
  return it == map_.end() ? nullptr : &it->second;
}

}  // namespace nf
