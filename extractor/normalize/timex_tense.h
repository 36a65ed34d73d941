// The tense around a temporal mention, read from the cue words of rules/temporal/tense.xml
// (macros tmx_future_cue and tmx_past_cue; tmx_neutral_cue words such as "next to" are skipped):
// the nearest cue before the mention in its sentence wins; a cue after it counts only when none comes before ("will add flights on Friday to
// markets untouched by the crisis" is future).
// Used to place bare months and weekdays ("on Monday", "in April") before or after the
// reference date, as HeidelTime does for news.
//
//   nf::TenseReader tense(rules);
//   tense.at("Officials will meet on Monday.", 20) == nf::Tense::Future
#pragma once
#include <memory>
#include <string_view>

namespace nf {

class RuleLibrary;

// PastFirm: a past verb after a fronted expression ("In January, the company hired ..."): that
// verb governs it, so it is truly before the reference date (a past "said" before a month may
// report a plan: "said it would pay in December").
enum class Tense { None, Past, Future, PastFirm };
inline bool is_past(Tense t) { return t == Tense::Past || t == Tense::PastFirm; }

class TenseReader {
 public:
  explicit TenseReader(const RuleLibrary& rules);
  ~TenseReader();
  TenseReader(TenseReader&&) noexcept;
  // sentence: the sentence text; pos: byte offset of the mention inside it.
  Tense at(std::string_view sentence, size_t pos) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace nf
