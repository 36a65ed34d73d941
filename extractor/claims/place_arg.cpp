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
};

size_t gap(Span a, Span b) { return a.end <= b.start ? b.start - a.end : (b.end <= a.start ? a.start - b.end : 0); }

// In the count's clause: the place named after it ("arrived in Bangladesh", "3,000 in
// Punjab"), else the nearest one before it ("an outbreak in Sudan has killed 172").
std::optional<PlaceHit> nearest(const std::vector<Signal>& sig, Span count) {
  const Signal* after = nullptr;
  const Signal* before = nullptr;
  for (const Signal& s : sig) {
    if (s.span.start >= count.end) {
      if (!after || s.span.start < after->span.start) after = &s;
    } else if (!before || s.span.start > before->span.start) {
      before = &s;
    }
  }
  const Signal* best = after ? after : before;
  if (!best) return std::nullopt;
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

PlaceFinder::PlaceFinder(const RuleLibrary& rules) : rules_(rules), breaks_(macro_words(rules, "claim_clause_break")) {}

std::optional<PlaceHit> PlaceFinder::find(const ArticleContext& ctx, const Mention& count,
                                          const std::vector<Mention>& mentions) const {
  SentenceView sv(ctx, count.sentence);
  if (!sv.valid()) return std::nullopt;
  const Dateline& dl = ctx.article.dateline;
  Span clause = sv.clause(count.span, breaks_);

  std::vector<Signal> in_clause, in_sentence;
  int dateline_place = -1;
  for (size_t k = 0; k < mentions.size(); ++k) {
    const Mention& m = mentions[k];
    if (m.kind != Kind::Location || m.country.empty()) continue;
    if (dl.found && m.span.overlaps(dl.span)) {
      if (dateline_place < 0) dateline_place = static_cast<int>(k);
      continue;
    }
    if (m.sentence != count.sentence) continue;
    Signal s{m.country, m.admin1, static_cast<int>(k), m.span, gap(m.span, count.span)};
    if (clause.contains(m.span)) in_clause.push_back(s);
    in_sentence.push_back(s);
  }
  if (!in_clause.empty()) return nearest(in_clause, count.span);

  // Demonyms ("Afghans", "Pakistani") name the country a sentence is about.
  if (rules_.has_table("geo_demonym")) {
    for (size_t i = sv.begin(); i < sv.end(); ++i) {
      const Token& t = sv.token(i);
      if (!t.is(kTokWord) || !t.is(kTokUpper) || count.span.contains(Span{t.start, t.end})) continue;
      if (dl.found && Span{t.start, t.end}.overlaps(dl.span)) continue;
      const std::string* c = rules_.lookup("geo_demonym", sv.text(i));
      if (c && c->size() == 2) in_sentence.push_back(Signal{*c, "", -1, Span{t.start, t.end}, gap(Span{t.start, t.end}, count.span)});
    }
  }
  if (!in_sentence.empty()) return one_country(in_sentence);

  if (dateline_place >= 0) {
    const Mention& m = mentions[dateline_place];
    return PlaceHit{m.country, dateline_place, m.span};
  }
  return std::nullopt;
}

}  // namespace nf
