#include "extractor/normalize/temporal.h"

#include "extractor/rules/rule_library.h"

namespace nf {

// PLACEHOLDER (foundation skeleton): copies the rule's value attribute; replaced by the real normalizer.
struct TemporalNormalizer::Impl {};
TemporalNormalizer::TemporalNormalizer(const RuleLibrary&) : impl_(std::make_unique<Impl>()) {}
TemporalNormalizer::~TemporalNormalizer() = default;
TemporalNormalizer::TemporalNormalizer(TemporalNormalizer&&) noexcept = default;
void TemporalNormalizer::run(std::vector<Mention>& mentions, const ArticleContext&) const {
  for (Mention& m : mentions)
    if (const std::string* v = find_attr(m.attrs, "value")) m.value = *v;
}

}  // namespace nf
