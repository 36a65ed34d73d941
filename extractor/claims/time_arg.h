// Picks the temporal mention that dates a count (the nearest one in its sentence, not the
// dateline, not the base of a comparison, not one in a relative clause that closes before the
// count, not one across ", and" + a new clause, not a duration that is an offset ("two years
// after"), not one outside the comma-closed relative clause the count stands in; a duration
// carved from a date, "the first seven months of 2024", gives the date) and gives its calendar
// interval.
//
//   nf::TimeFinder when(rules);
//   if (auto t = when.find(ctx, count, mentions, opening)) fact.time = t->value;  // "P3W", 2025-04-02..2025-04-23
//
// No temporal expression in the sentence: no time (never the article date by default).
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <re2/re2.h>

#include "extractor/claims/opening_dateline.h"
#include "extractor/claims/sentence_view.h"
#include "extractor/model/mention.h"
#include "extractor/rules/twin_regex.h"

namespace nf {

class RuleLibrary;

struct TimeHit {
  int mention = -1;
  std::string value;        // TIMEX3
  std::string begin, end;   // YYYY-MM-DD, inclusive; "" when unknown
};

class TimeFinder {
 public:
  explicit TimeFinder(const RuleLibrary& rules);
  // `opening`: the article's opening dateline (opening_dateline(), computed once per article).
  std::optional<TimeHit> find(const ArticleContext& ctx, const Mention& count, const std::vector<Mention>& mentions,
                              const OpeningDateline& opening) const;

 private:
  bool in_closed_relative(const SentenceView& sv, Span t, Span count) const;
  // Whether ", and" (claim_coordinator) + a new subject, or ";", stands between byte spans a
  // and b (", and 165,000 were displaced" shares the clause before: the span follows "and").
  bool coordinated_apart(const SentenceView& sv, Span a, Span b) const;
  // Whether a phrase of claim_new_report (", adding that", ", which said", "and to") stands
  // between byte spans a and b: they are in clauses of different reports or verbs.
  bool reports_apart(const SentenceView& sv, Span a, Span b) const;
  // "telling the United Nations on Sunday": the day something was told, not of the events.
  bool told_when(const SentenceView& sv, Span t) const;
  // The comma-closed relative clause the count stands in (", which make up 20% of GDP,"), or
  // an empty span.
  Span relative_around(const SentenceView& sv, Span count) const;

  WordSet comparison_;
  WordSet relative_;    // "which", "that": a relative clause before the count dates its own verb
  WordSet start_verb_;  // "which began in April": unless it dates the start of the period
  WordSet aux_;         // finite verbs that show the relative clause has closed
  WordSet verbs_;       // attribution verbs: "said that" opens no relative clause
  WordSet offset_;      // "two years after": a duration that is an offset, not a period
  WordSet coordinator_; // ", and" + a new clause
  WordSet condition_;   // "unless", "if": a clause of its own
  WordSet relative_inside_;     // ", which": the relative clause a count stands in
  WordSet relative_after_;      // ", where": a relative clause after the count, about another noun
  WordSet complementizer_;      // "that" opening a report
  WordSet report_join_;         // "and" (+ "that"): a second report
  WordSet rate_;                // "per", "every": a duration after them is a rate
  WordSet apposition_article_;  // "a", "an" opening an apposition to a name
  WordSet addressee_;           // "telling", "told": + a name + "on Sunday" dates the telling
  std::vector<std::vector<std::string>> new_report_;  // claim_new_report, word by word
  WordSet event_noun_;          // "the storm that hit ... at the weekend": the event's date is its toll's
  std::unique_ptr<RE2> adjective_duration_;  // "the 14-year war": no period of a count
  // Each with its Latin-1 twin for ASCII text (same matches, smaller DFAs).
  std::unique_ptr<TwinRegex> superlative_;    // "the worst drought in" + a duration: no period of the count
  std::unique_ptr<TwinRegex> to_ref_before_;  // "in just" + duration
  std::unique_ptr<TwinRegex> to_ref_inside_;  // "the past three weeks" as one mention
  std::unique_ptr<TwinRegex> said_when_;      // "said on Sunday": dates the statement
};

// Calendar interval of a TIMEX3 value: a date, a month, a year, or (when `ends_at_ref`) a
// duration such as P3W ending at the reference date. {"",""} when it has none.
std::pair<std::string, std::string> timex_interval(const std::string& value, const std::string& reference_date,
                                                   bool ends_at_ref);

}  // namespace nf
