// Assembles count facts from an article's normalized mentions: quantity, unit, predicate,
// time, location and source, each argument linked to its span.
//
//   nf::ClaimAssembler claims(rules);
//   std::vector<nf::Fact> facts = claims.run(mentions, ctx, content_hash);
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "extractor/model/fact.h"
#include "extractor/model/mention.h"
#include "extractor/normalize/context.h"

namespace nf {

class RuleLibrary;

class ClaimAssembler {
 public:
  explicit ClaimAssembler(const RuleLibrary& rules);
  ~ClaimAssembler();
  ClaimAssembler(ClaimAssembler&&) noexcept;
  std::vector<Fact> run(const std::vector<Mention>& mentions, const ArticleContext& ctx,
                        const std::string& content_hash) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace nf
