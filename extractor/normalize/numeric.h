// Turns numeric mentions (count, percent, money, quantity) into value, bound, lower,
// upper and unit.
//
//   nf::NumericNormalizer norm(rules);
//   norm.run(mentions, ctx);   // fills the typed fields; may drop mentions it cannot normalize
#pragma once
#include <memory>
#include <vector>

#include "extractor/model/mention.h"
#include "extractor/normalize/context.h"

namespace nf {

class RuleLibrary;

class NumericNormalizer {
 public:
  explicit NumericNormalizer(const RuleLibrary& rules);
  ~NumericNormalizer();
  NumericNormalizer(NumericNormalizer&&) noexcept;
  void run(std::vector<Mention>& mentions, const ArticleContext& ctx) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace nf
