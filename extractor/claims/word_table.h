// A rules table (folded key -> value) in a hash map, for the claim finders' lookups of one
// token at a time: the same answers as RuleLibrary::lookup(table, text), without walking the
// library's ordered maps and, for ASCII words, without allocating.
//
//   nf::WordTable lemmas(rules, "claim_lemma");
//   if (const std::string* l = lemmas.find("Returned")) ...   // "return"
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>

namespace nf {

class RuleLibrary;

class WordTable {
 public:
  // An absent table gives an empty WordTable.
  WordTable(const RuleLibrary& rules, std::string_view table);
  // The value of text's folded key (fold_key), nullptr when absent.
  const std::string* find(std::string_view text) const;

 private:
  std::unordered_map<std::string, std::string> map_;
};

}  // namespace nf
