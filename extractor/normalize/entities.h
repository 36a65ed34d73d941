// Gives locations and agencies their canonical value and codes, and collapses aliases
// within the article ("The United Nations refugee agency, UNHCR" -> UNHCR).
//
//   nf::EntityNormalizer norm(rules);
//   norm.run(mentions, ctx);   // fills the typed fields; may drop mentions it cannot normalize
#pragma once
#include <memory>
#include <vector>

#include "extractor/model/mention.h"
#include "extractor/normalize/context.h"

namespace nf {

class RuleLibrary;

class EntityNormalizer {
 public:
  explicit EntityNormalizer(const RuleLibrary& rules);
  ~EntityNormalizer();
  EntityNormalizer(EntityNormalizer&&) noexcept;
  void run(std::vector<Mention>& mentions, const ArticleContext& ctx) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace nf
