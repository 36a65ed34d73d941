#include "extractor/claims/place_arg.h"

#include <set>

#include "extractor/claims/lexicon.h"
#include "extractor/rules/rule_library.h"

namespace nf {
namespace {

struct Signal {
  std::string country, admin1;
  int mention;
  Span span;
  size_t distance;  // bytes from the count, for picking the arg among equals
  bool destination = false;  // "to Malaysia", "into Chad"
};

size_t gap(Span a, Span b) { return a.end <= b.start ? b.start - a.end : (b.end <= a.start ? a.start - b.end : 0); }

// In the count's clause: the place named after it ("arrived in Bangladesh", "3,000 in
// Punjab"), unless it is a destination, else the nearest one before it ("an outbreak in Sudan
// has killed 172"). A place right next to one of the same country that has a province code
// gives way to it ("Nigeria's Kaduna State" -> NG-KD).
std::optional<PlaceHit> nearest(const std::vector<Signal>& sig, Span count) {
  const Signal* after = nullptr;
  const Signal* before = nullptr;
  for (const Signal& s : sig) {
    if (s.span.start >= count.end) {
      if (!s.destination && (!after || s.span.start < after->span.start)) after = &s;
    } else if (!before || s.span.start > before->span.start) {
      before = &s;
    }
  }
  const Signal* best = after ? after : before;
  if (!best) return std::nullopt;
  if (best->admin1.empty()) {
    constexpr size_t kAdjacent = 6;  // bytes: "’s ", ", "
    for (const Signal& s : sig)
      if (!s.admin1.empty() && s.country == best->country && gap(s.span, best->span) <= kAdjacent) best = &s;
  }
  return PlaceHit{best->admin1.empty() ? best->country : best->admin1, best->mention, best->span};
}

// In the sentence: one country among the signals, its admin1 where all that name one agree.
std::optional<PlaceHit> one_country(const std::vector<Signal>& sig) {
  if (sig.empty()) return std::nullopt;
  std::set<std::string> countries, admin1s;
  for (const Signal& s : sig) {
    countries.insert(s.country);
    if (!s.admin1.empty()) admin1s.insert(s.admin1);
  }
  if (countries.size() != 1) return std::nullopt;
  std::string code = admin1s.size() == 1 ? *admin1s.begin() : *countries.begin();
  const Signal* best = nullptr;
  for (const Signal& s : sig)
    if ((s.admin1 == code || s.country == code) && (!best || s.distance < best->distance)) best = &s;
  if (!best) best = &sig.front();
  return PlaceHit{code, best->mention, best->span};
}

}  // namespace

PlaceFinder::PlaceFinder(const RuleLibrary& rules)
    : rules_(rules), breaks_(macro_words(rules, "claim_clause_break")), destination_(macro_words(rules, "claim_destination")),
      demonyms_(rules, "geo_demonym") {}

std::optional<PlaceHit> PlaceFinder::find(const ArticleContext& ctx, const Mention& count,
                                          const std::vector<Mention>& mentions) const {
  SentenceView sv(ctx, count.sentence);
  if (!sv.valid()) return std::nullopt;
  const Dateline& dl = ctx.article.dateline;
  Span clause = sv.clause(count.span, breaks_);

  std::vector<Signal> in_clause, in_sentence;
  int dateline_place = -1;
  bool dateline_country_named = false;  // the story itself names the dateline's country
  for (size_t k = 0; k < mentions.size(); ++k) {
    const Mention& m = mentions[k];
    if (m.kind != Kind::Location || m.country.empty()) continue;
    if (dl.found && m.span.overlaps(dl.span)) {
      if (dateline_place < 0) dateline_place = static_cast<int>(k);
      continue;
    }
    if (dateline_place >= 0 && m.country == mentions[dateline_place].country) dateline_country_named = true;
    if (m.sentence != count.sentence) continue;
    Signal s{m.country, m.admin1, static_cast<int>(k), m.span, gap(m.span, count.span)};
    long prev = sv.last_token_ending_by(m.span.start);
    if (prev >= static_cast<long>(sv.begin()) && sv.word(static_cast<size_t>(prev)) == "the") --prev;
    s.destination = prev >= static_cast<long>(sv.begin()) && destination_.count(sv.word(static_cast<size_t>(prev))) > 0;
    if (clause.contains(m.span)) in_clause.push_back(s);
    if (!(s.destination && m.span.start >= count.span.end)) in_sentence.push_back(s);
  }
  if (!in_clause.empty())
    if (auto hit = nearest(in_clause, count.span)) return hit;

  // Demonyms ("Afghans", "Pakistani") name the country a sentence is about.
  if (rules_.has_table("geo_demonym")) {
    for (size_t i = sv.begin(); i < sv.end(); ++i) {
      const Token& t = sv.token(i);
      if (!t.is(kTokWord) || !t.is(kTokUpper)) continue;
      const std::string* c = demonyms_.find(sv.text(i));  // first: most words are none
      if (!c) continue;
      // A demonym inside a count is what is counted ("including 12 Americans"), not a place.
      bool counted = false;
      for (const Mention& m : mentions)
        counted = counted || (is_numeric(m.kind) && m.sentence == count.sentence && m.span.contains(Span{t.start, t.end}));
      if (counted) continue;
      if (dl.found && Span{t.start, t.end}.overlaps(dl.span)) continue;
      if (c->size() == 2) in_sentence.push_back(Signal{*c, "", -1, Span{t.start, t.end}, gap(Span{t.start, t.end}, count.span)});
    }
  }
  if (!in_sentence.empty()) return one_country(in_sentence);

  // The dateline says where the reporter files from; it stands for the story's place only
  // when the story names that country too (not "BRUSSELS" over a story about Spain).
  if (dateline_place >= 0 && !dateline_country_named) {
    for (size_t k = static_cast<size_t>(dateline_place) + 1; k < mentions.size() && !dateline_country_named; ++k)
      dateline_country_named = mentions[k].kind == Kind::Location && mentions[k].country == mentions[dateline_place].country &&
                               !(dl.found && mentions[k].span.overlaps(dl.span));
  }
  if (dateline_place >= 0 && dateline_country_named) {
    const Mention& m = mentions[dateline_place];
    return PlaceHit{m.country, dateline_place, m.span};
  }
  return std::nullopt;
}

}  // namespace nf
