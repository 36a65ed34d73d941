#include "extractor/rules/gazetteer.h"

#include "extractor/rules/rule_library.h"

namespace nf {

// PLACEHOLDER (foundation skeleton): the places-and-agencies work replaces this.
struct Gazetteer::Impl {};
Gazetteer::Gazetteer(const RuleLibrary&) : impl_(std::make_unique<Impl>()) {}
Gazetteer::~Gazetteer() = default;
Gazetteer::Gazetteer(Gazetteer&&) noexcept = default;
void Gazetteer::match(std::string_view, const Segmentation&, std::vector<Mention>&) const {}

}  // namespace nf
