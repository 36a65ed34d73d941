#include "extractor/claims/assembler.h"

#include <algorithm>

#include "extractor/claims/attribution.h"
#include "extractor/claims/fact_id.h"
#include "extractor/claims/opening_dateline.h"
#include "extractor/claims/place_arg.h"
#include "extractor/claims/predicate.h"
#include "extractor/claims/time_arg.h"
#include "extractor/rules/rule_library.h"

namespace nf {
namespace {

// Counts, percentages and sums of money state how many of something; measurements
// (kind quantity) describe things and make no fact (rules/claims/README.md).
bool makes_fact(const Mention& m) { return m.kind == Kind::Count || m.kind == Kind::Percent || m.kind == Kind::Money; }

}  // namespace

struct ClaimAssembler::Impl {
  explicit Impl(const RuleLibrary& rules) : predicate(rules), time(rules), place(rules), attribution(rules) {}
  PredicateFinder predicate;
  TimeFinder time;
  PlaceFinder place;
  AttributionFinder attribution;
};

ClaimAssembler::ClaimAssembler(const RuleLibrary& rules) : impl_(std::make_unique<Impl>(rules)) {}
ClaimAssembler::~ClaimAssembler() = default;
ClaimAssembler::ClaimAssembler(ClaimAssembler&&) noexcept = default;

std::vector<Fact> ClaimAssembler::run(const std::vector<Mention>& mentions, const ArticleContext& ctx,
                                      const std::string& content_hash) const {
  const Impl& im = *impl_;
  std::vector<Fact> facts;
  std::vector<SourceCue> cues;
  OpeningDateline opening;
  DatelineCountry dateline;
  bool cues_ready = false;
  const auto& sentences = ctx.segmentation.sentences;
  for (size_t k = 0; k < mentions.size(); ++k) {
    const Mention& m = mentions[k];
    if (!makes_fact(m) || m.sentence < 0 || static_cast<size_t>(m.sentence) >= sentences.size()) continue;
    if (sentences[m.sentence].boilerplate) continue;
    if (!cues_ready) {
      opening = opening_dateline(ctx, mentions);  // once per article, for the time, place and source finders
      dateline = im.place.dateline_country(ctx, mentions, opening);
      cues = im.attribution.cues(ctx, mentions, opening);
      cues_ready = true;
    }
    // "Tegucigalpa, 20 nov (EFE).-": a number inside the dateline is its date, no claim.
    if ((ctx.article.dateline.found && m.span.overlaps(ctx.article.dateline.span)) ||
        (opening.place >= 0 && m.span.overlaps(opening.span)))
      continue;
    Fact f;
    f.span = m.span;
    f.quantity_mention = static_cast<int>(k);
    f.number = m.number;
    f.bound = m.bound;
    f.lower = m.lower;
    f.upper = m.upper;
    f.unit = m.unit;
    f.args.push_back(FactArg{"quantity", m.span, static_cast<int>(k)});
    if (auto p = im.predicate.find(ctx, m, mentions)) {
      f.predicate = p->lemma;
      f.args.push_back(FactArg{"predicate", p->span, -1});
    }
    if (auto t = im.time.find(ctx, m, mentions, opening)) {
      f.time = t->value;
      f.time_begin = t->begin;
      f.time_end = t->end;
      f.args.push_back(FactArg{"time", mentions[t->mention].span, t->mention});
    }
    if (auto p = im.place.find(ctx, m, mentions, opening, dateline, f.predicate)) {
      f.location = p->code;
      f.args.push_back(FactArg{"location", p->span, p->mention});
    }
    if (auto s = source_for(m, cues)) {
      if (s->agency >= 0) {
        const Mention& agency = mentions[s->agency];
        f.source = agency.value.empty() ? std::string(agency.text(ctx.body)) : agency.value;
        f.args.push_back(FactArg{"source", agency.span, s->agency});
      } else {
        f.source = s->name;  // a ministry named by its minister's title: the title's words
        f.args.push_back(FactArg{"source", s->span, -1});
      }
    }
    f.id = fact_id(content_hash, f.span, f.number);
    facts.push_back(std::move(f));
  }
  std::stable_sort(facts.begin(), facts.end(), [](const Fact& a, const Fact& b) { return a.span.start < b.span.start; });
  return facts;
}

}  // namespace nf
