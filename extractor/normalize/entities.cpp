#include "extractor/normalize/entities.h"

#include "extractor/rules/rule_library.h"

namespace nf {

// PLACEHOLDER (foundation skeleton): copies the rule's value attribute; replaced by the real normalizer.
struct EntityNormalizer::Impl {};
EntityNormalizer::EntityNormalizer(const RuleLibrary&) : impl_(std::make_unique<Impl>()) {}
EntityNormalizer::~EntityNormalizer() = default;
EntityNormalizer::EntityNormalizer(EntityNormalizer&&) noexcept = default;
void EntityNormalizer::run(std::vector<Mention>& mentions, const ArticleContext&) const {
  for (Mention& m : mentions)
    if (const std::string* v = find_attr(m.attrs, "value")) m.value = *v;
}

}  // namespace nf
