// Finds who a count is attributed to: an agency that is the subject of an attribution verb
// ("UNHCR said", "Interior Ministry data showed", "according to the ministry", "..., said
// the ministry"), directly or through an anaphor ("the agency", "the ministry") that names
// an agency mentioned before. People and unnamed officials are not agencies: no source.
//
//   nf::AttributionFinder who(rules);
//   std::vector<nf::SourceCue> cues = who.cues(ctx, mentions);          // once per article
//   if (auto s = nf::source_for(count, cues)) fact.source = mentions[s->agency].value;
#pragma once
#include <memory>
#include <optional>
#include <vector>

#include <re2/re2.h>

#include "extractor/model/mention.h"
#include "extractor/normalize/context.h"

namespace nf {

class RuleLibrary;

struct SourceCue {
  int sentence = -1;
  int agency = -1;            // index of the agency mention it resolves to
  Span span;                  // the words naming the source in this sentence (agency or anaphor)
  bool refers_back = false;   // "confirmed the figures": vouches for the sentence before
};

class AttributionFinder {
 public:
  explicit AttributionFinder(const RuleLibrary& rules);
  ~AttributionFinder();
  std::vector<SourceCue> cues(const ArticleContext& ctx, const std::vector<Mention>& mentions) const;

 private:
  // Whether the words at `span` are the source of an attribution in their sentence; `reach`
  // gets how far past the span the words up to the verb go (0 for "according to X").
  bool attributes(const ArticleContext& ctx, Span sentence, Span span, bool* refers_back, size_t* reach = nullptr) const;
  const RuleLibrary& rules_;
  std::unique_ptr<RE2> after_, before_, inverted_, refer_back_, refer_passive_, anaphor_;
};

// The cue that attributes a count: in its own sentence (the nearest), else a cue that refers
// back from the next sentence. nullopt: no source.
std::optional<SourceCue> source_for(const Mention& count, const std::vector<SourceCue>& cues);

}  // namespace nf
