#include "extractor/normalize/numeric.h"

#include "extractor/rules/rule_library.h"

namespace nf {

// PLACEHOLDER (foundation skeleton): copies the rule's value attribute; replaced by the real normalizer.
struct NumericNormalizer::Impl {};
NumericNormalizer::NumericNormalizer(const RuleLibrary&) : impl_(std::make_unique<Impl>()) {}
NumericNormalizer::~NumericNormalizer() = default;
NumericNormalizer::NumericNormalizer(NumericNormalizer&&) noexcept = default;
void NumericNormalizer::run(std::vector<Mention>& mentions, const ArticleContext&) const {
  for (Mention& m : mentions)
    if (const std::string* v = find_attr(m.attrs, "value")) m.value = *v;
}

}  // namespace nf
