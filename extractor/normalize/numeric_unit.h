// Finds the counted noun after a count ("more than 100,000 individuals" -> individuals,
// "5,000 Afghan refugees" -> refugees, "over half of the returnees" -> returnees) with the
// word lists of rules/numeric/ (stop words, modifiers, irregular plurals, non-plurals).
//
//   nf::CountedNounFinder finder(rules);
//   std::optional<nf::Span> head = finder.find(body, tokens, first, last, {.singular = false, .cross_of = true});
//
// The search reads at most a few words: it skips adjectives and demonyms, crosses "of" (and
// a determiner) when allowed, and stops at punctuation, numbers, verbs, prepositions.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "extractor/model/text.h"

namespace nf {

class RuleLibrary;

class CountedNounFinder {
 public:
  explicit CountedNounFinder(const RuleLibrary& rules);

  struct Options {
    bool singular = false;  // "one person", "half the population": a singular head counts too
    bool cross_of = false;  // "half of the returnees", "thousands of people"
    bool of_determiner = false;  // "60 of its jets": "of" then a determiner may be crossed
  };
  // Searches tokens[first, last) (the words after the number, up to the sentence end or the
  // next value mention). Returns the head noun's span, or nullopt.
  std::optional<Span> find(std::string_view body, const std::vector<Token>& tokens, size_t first, size_t last,
                           Options options) const;

  bool is_time_unit(std::string_view word) const;
  bool is_stop_word(std::string_view word) const;  // a word that ends a noun phrase (verbs, prepositions)
  bool is_compound_non_unit(std::string_view word) const;
  bool looks_plural(const std::string& lower) const;
  bool compound_irregular(const std::string& lower) const;

 private:
  std::unordered_set<std::string> stop_, modifier_, irregular_, not_plural_, time_unit_, compound_not_;
  const RuleLibrary* demonyms_;  // the places' table geo_demonym ("iraqis"), when loaded
};

}  // namespace nf
