// Finds who a count is attributed to: an agency that is the subject of an attribution verb
// ("UNHCR said", "Interior Ministry data showed", "according to the ministry", "..., said
// the ministry"), directly or through an anaphor ("the agency", "the ministry") that names
// an agency mentioned before. A minister quoted by title speaks for the ministry
// ("Health Minister Jane Aceng said" -> Health Ministry (UG)), also when quoted again by
// surname ("Aceng said"). Other people and unnamed officials are not agencies: no source.
//
//   nf::AttributionFinder who(rules);
//   std::vector<nf::SourceCue> cues = who.cues(ctx, mentions, opening);  // once per article
//   if (auto s = nf::source_for(count, cues))
//     fact.source = s->agency >= 0 ? mentions[s->agency].value : s->name;
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include <re2/re2.h>

#include "extractor/claims/opening_dateline.h"
#include "extractor/claims/word_table.h"
#include "extractor/model/mention.h"
#include "extractor/normalize/context.h"
#include "extractor/rules/twin_regex.h"

namespace nf {

class RuleLibrary;

// How a cue names its source (for measuring each path's accuracy, tests/test_claims_corpus.cpp):
// an agency mention that attributes, an anaphor resolved to one ("the agency said"), a minister's
// title ("Health Minister X said"), or a minister's surname quoted again ("Aceng said").
enum class SourceVia { Agency, Anaphor, MinisterTitle, Surname };
const char* source_via_name(SourceVia v);

struct SourceCue {
  int sentence = -1;
  int agency = -1;            // index of the agency mention it resolves to; -1: `name` says who
  std::string name;           // a ministry named only through a minister's title
  Span span;                  // the words naming the source in this sentence (agency or anaphor)
  bool refers_back = false;   // "confirmed the figures": vouches for the sentence before
  // ", and the health ministry said 30 percent ...": a cue that opens a new clause and reports
  // a count of its own vouches for nothing before that clause (byte offset of ", and"; 0: none).
  size_t clause_start = 0;
  SourceVia via = SourceVia::Agency;
};

class AttributionFinder {
 public:
  explicit AttributionFinder(const RuleLibrary& rules);
  ~AttributionFinder();
  // `opening`: the article's opening dateline (its country names a minister's ministry).
  std::vector<SourceCue> cues(const ArticleContext& ctx, const std::vector<Mention>& mentions,
                              const OpeningDateline& opening) const;

 private:
  // Whether the words at `span` are the source of an attribution in their sentence; `reach`
  // gets how far past the span the words up to the verb go (0 for "according to X").
  bool attributes(const ArticleContext& ctx, Span sentence, Span span, bool* refers_back, size_t* reach = nullptr) const;
  // "Health Minister X said": cues for the ministry, and for X's surname quoted later.
  void minister_cues(const ArticleContext& ctx, const std::vector<Mention>& mentions, const OpeningDateline& opening,
                     std::vector<SourceCue>& out) const;
  // Whether the agency at `agency` is told or asked something ("telling the United Nations").
  bool addressed(std::string_view body, Span agency) const;
  const RuleLibrary& rules_;
  // Each with its Latin-1 twin for ASCII text (same matches, smaller DFAs).
  std::unique_ptr<TwinRegex> after_, before_, inverted_, refer_back_, refer_passive_, anaphor_, minister_;
  std::unique_ptr<TwinRegex> description_;  // "the gendarmerie": the + a lower-case word
  WordTable departments_;     // claim_ministry_department
  std::unordered_set<std::string> actions_;  // claim_action_verb: "released $10 million" gives
  std::unordered_set<std::string> addressee_verbs_;  // claim_addressee_verb: "telling the UN"
  std::vector<std::string> title_heads_;  // "minister": sentences without one skip the regex
};

// The cue that attributes a count: in its own sentence (the nearest), else a cue that refers
// back from the next sentence. nullopt: no source.
std::optional<SourceCue> source_for(const Mention& count, const std::vector<SourceCue>& cues);

}  // namespace nf
