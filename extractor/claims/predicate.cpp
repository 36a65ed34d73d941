#include "extractor/claims/predicate.h"

#include <algorithm>

#include "extractor/claims/lexicon.h"
#include "extractor/rules/rule_library.h"

namespace nf {
namespace {

constexpr int kBackWindow = 12;   // tokens looked at before the count
constexpr int kAheadWindow = 10;  // tokens looked at after it
constexpr int kAuxSkip = 5;       // auxiliaries skipped between a count and its verb
constexpr int kLeadWindow = 3;    // "killed", "the deaths of" right before the count
constexpr int kTallyWindow = 16;  // tokens from a changing verb back to its tally ("death toll")

// The numeric mentions other than `count` that may hold a token of the sentence view (those
// that reach into the byte range of its tokens), in article order: the walks below ask about
// up to 30 tokens a count, and the article's whole mention list is long.
std::vector<const Mention*> numerics_near(const std::vector<Mention>& ms, const Mention& count, const SentenceView& sv) {
  std::vector<const Mention*> out;
  if (sv.begin() >= sv.end()) return out;
  size_t lo = sv.token(sv.begin()).start, hi = sv.token(sv.begin()).end;
  for (size_t i = sv.begin(); i < sv.end(); ++i) lo = std::min(lo, sv.token(i).start), hi = std::max(hi, sv.token(i).end);
  for (const Mention& m : ms)
    if (&m != &count && is_numeric(m.kind) && m.span.start <= hi && m.span.end >= lo) out.push_back(&m);
  return out;
}

// The first of `near` (numerics_near) that holds token t.
const Mention* numeric_at(const std::vector<const Mention*>& near, const Token& t) {
  for (const Mention* m : near)
    if (m->span.start <= t.start && t.end <= m->span.end) return m;
  return nullptr;
}

}  // namespace

PredicateFinder::PredicateFinder(const RuleLibrary& rules)
    : rules_(rules), aux_(macro_words(rules, "claim_aux")), joiners_(macro_words(rules, "claim_joiner")),
      lemmas_(rules, "claim_lemma"), change_(macro_words(rules, "claim_change_verb")), tally_(rules, "claim_tally_noun") {}

std::optional<PredicateHit> PredicateFinder::find(const ArticleContext& ctx, const Mention& count,
                                                  const std::vector<Mention>& mentions) const {
  return find_impl(ctx, count, mentions, 0);
}

std::optional<PredicateHit> PredicateFinder::find_impl(const ArticleContext& ctx, const Mention& count,
                                                       const std::vector<Mention>& mentions, int depth) const {
  SentenceView sv(ctx, count.sentence);
  if (!sv.valid()) return std::nullopt;
  std::vector<const Mention*> near;  // numerics_near, gathered on the first use
  bool near_ready = false;
  auto numeric = [&](size_t i) {
    if (!near_ready) near = numerics_near(mentions, count, sv), near_ready = true;
    return numeric_at(near, sv.token(i));
  };
  auto lemma_at = [&](size_t i) -> std::optional<PredicateHit> {
    if (!sv.token(i).is(kTokWord)) return std::nullopt;
    const std::string* l = lemmas_.find(sv.text(i));
    if (!l) return std::nullopt;
    return PredicateHit{*l, Span{sv.token(i).start, sv.token(i).end}};
  };

  // 1. The count's own words, last first: "13,000 detentions", "over half of the returnees".
  size_t first_in = sv.first_token_at_or_after(count.span.start);
  long last_in = sv.last_token_ending_by(count.span.end);
  for (long i = last_in; i >= static_cast<long>(first_in); --i)
    if (auto hit = lemma_at(static_cast<size_t>(i))) return hit;

  // 2. A verb just before it: "rescued 240 people stranded on rooftops", "the deaths of 40".
  long lead = sv.last_token_ending_by(count.span.start);
  for (int n = 0; lead >= static_cast<long>(sv.begin()) && n < kLeadWindow; --lead, ++n) {
    size_t i = static_cast<size_t>(lead);
    if (auto hit = lemma_at(i)) return hit;
    std::string w = sv.word(i);
    if (w != "of" && w != "the" && w != "a" && w != "an") break;
  }

  // 3. The verb right after it: "100,000 individuals returned", "25 people were killed".
  size_t after = sv.first_token_at_or_after(count.span.end);
  size_t j = after;
  for (int skipped = 0; j < sv.end() && skipped < kAuxSkip && aux_.count(sv.word(j)); ++skipped) ++j;
  if (j < sv.end())
    if (auto hit = lemma_at(j)) return hit;

  // 4. Backwards: "killing at least 12 people", "detentions in April, reporting 13,000 cases".
  //    Reaching the count before over only joining words ("5,000 people in Sindh and 3,000
  //    in Punjab"), the count shares that one's event.
  long before = sv.last_token_ending_by(count.span.start);
  bool only_joiners = true;
  for (int n = 0; before >= static_cast<long>(sv.begin()) && n < kBackWindow; --before, ++n) {
    size_t i = static_cast<size_t>(before);
    if (const Mention* prev = numeric(i)) {
      if (only_joiners && prev->sentence == count.sentence && prev->span.end <= count.span.start && depth < 2)
        if (auto shared = find_impl(ctx, *prev, mentions, depth + 1)) return shared;
      break;
    }
    if (sv.text(i) == ";") break;
    if (auto hit = lemma_at(i)) {
      // "The death toll from Friday's earthquake rose to 1,644", "the number of evacuees climbed
      // to 122,400": the tally that changed says what happened.
      if (change_.count(sv.word(i)))
        for (long k = before - 1; k >= static_cast<long>(sv.begin()) && k > before - kTallyWindow; --k) {
          std::string_view t = sv.text(static_cast<size_t>(k));
          const Mention* other = numeric(static_cast<size_t>(k));
          if (t == ";" || t == "," || (other && other->kind != Kind::Quantity)) break;  // "7.7-magnitude" is no count
          for (long n = std::min<long>(2, k - static_cast<long>(sv.begin())); n >= 0; --n) {  // longest first
            std::string key;
            for (long w = k - n; w <= k; ++w) key += (w == k - n ? "" : " ") + sv.word(static_cast<size_t>(w));
            if (const std::string* l = tally_.find(key))
              return PredicateHit{*l, Span{sv.token(static_cast<size_t>(k - n)).start, sv.token(static_cast<size_t>(k)).end}};
          }
        }
      return hit;
    }
    only_joiners = only_joiners && (joiners_.count(sv.word(i)) > 0 || sv.text(i) == "," || sv.token(i).is(kTokUpper));
  }

  // 5. Further ahead: "1,200 new cases of cholera were recorded"; past a count joined to this
  //    one ("two leaders and 133 other people were arrested").
  bool joined = true;
  for (int n = 0; after < sv.end() && n < kAheadWindow; ++after, ++n) {
    if (const Mention* next = numeric(after)) {
      if (!joined) break;
      while (after + 1 < sv.end() && sv.token(after + 1).end <= next->span.end) ++after;
      continue;
    }
    if (sv.text(after) == ";") break;
    if (auto hit = lemma_at(after)) return hit;
    std::string w = sv.word(after);
    joined = joined && (w == "and" || w == "or" || w == "," || aux_.count(w) > 0);
  }
  return std::nullopt;
}

}  // namespace nf
