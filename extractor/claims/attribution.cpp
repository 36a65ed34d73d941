#include "extractor/claims/attribution.h"

#include "extractor/claims/lexicon.h"
#include "extractor/rules/rule_library.h"

namespace nf {
namespace {

std::unique_ptr<RE2> compile(const std::string& pattern, const char* what) {
  auto re = std::make_unique<RE2>(pattern);
  if (!re->ok()) throw RuleError(std::string("claims: cannot compile the ") + what + " pattern: " + re->error());
  return re;
}

re2::StringPiece piece(std::string_view s) { return re2::StringPiece(s.data(), s.size()); }

std::string folded_lower(std::string_view s) { return fold_key(s); }

}  // namespace

AttributionFinder::AttributionFinder(const RuleLibrary& rules) : rules_(rules) {
  const std::string verb = macro_alternation(rules, "claim_attrib_verb");
  const std::string filler = macro_alternation(rules, "claim_attrib_filler");
  const std::string before = macro_alternation(rules, "claim_attrib_before");
  const std::string inverted = macro_alternation(rules, "claim_attrib_verb_inverted");
  const std::string refer = macro_alternation(rules, "claim_refer_back");
  // Source, then up to eight filler words (titles, names, "data", a weekday), then the verb.
  // The verb is captured so that what follows it can be checked for a refer-back.
  after_ = compile("^(?:\\s*(?:,|[)\"\xE2\x80\x9D]|\\([^()]{1,40}\\)|(?i:" + filler + ")\\b|\\p{Lu}[\\p{L}'\xE2\x80\x99.\\-]*)){0,8}?\\s*(?i:" + verb + ")\\b",
                   "attribution verb");
  before_ = compile("(?i:" + before + ")\\s+(?:\\p{Lu}\\p{L}*['\xE2\x80\x99]s\\s+)?(?:(?i:the)\\s+)?$", "according to");
  inverted_ = compile("(?:,|[\"\xE2\x80\x9D])\\s*(?i:" + inverted + ")\\s+(?:(?i:the)\\s+)?$", "postposed source");
  refer_back_ = compile("^\\s*(?i:" + refer + ")(?:\\b|$)", "refer back");
  // "The figures were released by" + source: a whole sentence that names who gave the figures.
  refer_passive_ = compile("^\\s*(?i:" + refer + ")\\s+(?:\\p{L}+\\s+){0,3}(?i:" + before +
                           ")\\s+(?:\\p{Lu}\\p{L}*['\xE2\x80\x99]s\\s+)?(?:(?i:the)\\s+)?$", "passive refer back");
  anaphor_ = compile("(?i)\\b(" + table_key_alternation(rules, "claim_anaphor") + ")\\b", "anaphor");
}

AttributionFinder::~AttributionFinder() = default;

bool AttributionFinder::attributes(const ArticleContext& ctx, Span sentence, Span span, bool* refers_back,
                                   size_t* reach) const {
  *refers_back = false;
  if (reach) *reach = 0;
  std::string_view after = ctx.body.substr(span.end, sentence.end - span.end);
  re2::StringPiece m;
  if (after_->Match(piece(after), 0, after.size(), RE2::ANCHOR_START, &m, 1)) {
    std::string_view rest = after.substr(m.size());
    *refers_back = RE2::PartialMatch(piece(rest), *refer_back_);
    if (reach) *reach = m.size();
    return true;
  }
  std::string_view before = ctx.body.substr(sentence.start, span.start - sentence.start);
  if (RE2::PartialMatch(piece(before), *before_)) {
    // "The figures were released by UNHCR": the sentence opens on what it refers back to.
    *refers_back = RE2::PartialMatch(piece(before), *refer_passive_);
    return true;
  }
  return RE2::PartialMatch(piece(before), *inverted_);
}

std::vector<SourceCue> AttributionFinder::cues(const ArticleContext& ctx, const std::vector<Mention>& mentions) const {
  std::vector<SourceCue> out;
  const auto& sentences = ctx.segmentation.sentences;
  for (size_t k = 0; k < mentions.size(); ++k) {
    const Mention& m = mentions[k];
    if (m.kind != Kind::Agency || m.sentence < 0) continue;
    const Sentence& s = sentences[m.sentence];
    bool back = false;
    size_t reach = 0;
    if (!attributes(ctx, Span{s.start, s.end}, m.span, &back, &reach)) continue;
    // "The Taliban's Ministry of Disaster Management confirmed": the agency nearest the verb
    // is the one speaking.
    bool nested = false;
    for (const Mention& o : mentions)
      nested = nested || (o.kind == Kind::Agency && o.span.start >= m.span.end && o.span.start < m.span.end + reach);
    if (!nested) out.push_back(SourceCue{m.sentence, static_cast<int>(k), m.span, back});
  }
  // Anaphors: "the agency said", "according to the ministry"; resolved to the nearest agency
  // before them whose name holds the anaphor's head word.
  for (size_t si = 0; si < sentences.size(); ++si) {
    const Sentence& s = sentences[si];
    if (s.boilerplate) continue;
    std::string_view text = ctx.body.substr(s.start, s.end - s.start);
    re2::StringPiece input = piece(text), found;
    while (RE2::FindAndConsume(&input, *anaphor_, &found)) {
      Span span{s.start + static_cast<size_t>(found.data() - text.data()),
                s.start + static_cast<size_t>(found.data() - text.data()) + found.size()};
      bool inside_agency = false;
      for (const Mention& m : mentions) inside_agency = inside_agency || (m.kind == Kind::Agency && m.span.overlaps(span));
      bool back = false;
      if (inside_agency || !attributes(ctx, Span{s.start, s.end}, span, &back)) continue;
      const std::string* head = rules_.lookup("claim_anaphor", std::string_view(found.data(), found.size()));
      if (!head) continue;
      bool any = *head == "*";
      bool pronoun = fold_key(std::string_view(found.data(), found.size())) == "it";
      int antecedent = -1;
      for (size_t k = mentions.size(); k-- > 0;) {
        const Mention& m = mentions[k];
        if (m.kind != Kind::Agency || m.span.start >= span.start) continue;
        if (pronoun && m.sentence + 2 < static_cast<int>(si)) break;  // "it" reaches back two sentences
        if (any || folded_lower(m.value).find(*head) != std::string::npos ||
            folded_lower(m.text(ctx.body)).find(*head) != std::string::npos) {
          antecedent = static_cast<int>(k);
          break;
        }
      }
      if (antecedent >= 0) out.push_back(SourceCue{static_cast<int>(si), antecedent, span, back});
    }
  }
  return out;
}

std::optional<SourceCue> source_for(const Mention& count, const std::vector<SourceCue>& cues) {
  const SourceCue* best = nullptr;
  size_t best_gap = 0;
  for (const SourceCue& c : cues) {
    if (c.sentence != count.sentence) continue;
    size_t gap = c.span.end <= count.span.start ? count.span.start - c.span.end : c.span.start - std::min(c.span.start, count.span.end);
    if (!best || gap < best_gap) {
      best = &c;
      best_gap = gap;
    }
  }
  if (best) return *best;
  for (const SourceCue& c : cues)
    if (c.sentence == count.sentence + 1 && c.refers_back) return c;
  return std::nullopt;
}

}  // namespace nf
