// Finds the event a count is about: the lemma of the verb or noun that governs it
// ("more than 100,000 individuals returned" -> return, "detentions ... 13,000 cases" -> detain).
// Lemmas come from the table claim_lemma in rules/claims/.
//
//   nf::PredicateFinder pred(rules);
//   if (auto p = pred.find(ctx, count_mention, mentions)) fact.predicate = p->lemma;
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "extractor/claims/sentence_view.h"
#include "extractor/claims/word_table.h"
#include "extractor/model/mention.h"

namespace nf {

class RuleLibrary;

struct PredicateHit {
  std::string lemma;
  Span span;  // the word it came from
};

class PredicateFinder {
 public:
  explicit PredicateFinder(const RuleLibrary& rules);

  // Looks, in order: at the count's own words ("25 deaths"), at the word just before it
  // ("rescued 240", "the deaths of 40"), at the verb right after it past auxiliaries
  // ("were killed"), backwards in the sentence ("killing 12", "detentions in April,
  // reporting 13,000 cases"), then further ahead. Never crosses ';' or another count. A tally
  // that changes ("the death toll from the quake rose to 1,644") gives the tally's event.
  std::optional<PredicateHit> find(const ArticleContext& ctx, const Mention& count,
                                   const std::vector<Mention>& mentions) const;

 private:
  std::optional<PredicateHit> find_impl(const ArticleContext& ctx, const Mention& count,
                                        const std::vector<Mention>& mentions, int depth) const;
  const RuleLibrary& rules_;
  WordSet aux_;
  WordSet joiners_;
  WordTable lemmas_;  // claim_lemma
  WordSet change_;    // claim_change_verb: "rose", "climbed"
  WordTable tally_;   // claim_tally_noun: "death toll" -> die
};

}  // namespace nf
