#include "extractor/claims/assembler.h"

#include "extractor/rules/rule_library.h"

namespace nf {

// PLACEHOLDER (foundation skeleton): the claims work replaces this.
struct ClaimAssembler::Impl {};
ClaimAssembler::ClaimAssembler(const RuleLibrary&) : impl_(std::make_unique<Impl>()) {}
ClaimAssembler::~ClaimAssembler() = default;
ClaimAssembler::ClaimAssembler(ClaimAssembler&&) noexcept = default;
std::vector<Fact> ClaimAssembler::run(const std::vector<Mention>&, const ArticleContext&, const std::string&) const {
  return {};
}

}  // namespace nf
