// Resolves temporal mentions (date, time, duration, set) to TIMEX3 values against the
// article's reference date, with mod and calendar interval.
//
//   nf::TemporalNormalizer norm(rules);
//   norm.run(mentions, ctx);   // fills the typed fields; may drop mentions it cannot normalize
#pragma once
#include <memory>
#include <vector>

#include "extractor/model/mention.h"
#include "extractor/normalize/context.h"

namespace nf {

class RuleLibrary;

class TemporalNormalizer {
 public:
  explicit TemporalNormalizer(const RuleLibrary& rules);
  ~TemporalNormalizer();
  TemporalNormalizer(TemporalNormalizer&&) noexcept;
  void run(std::vector<Mention>& mentions, const ArticleContext& ctx) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace nf
