#include "extractor/ingest/dateline.h"

#include "extractor/rules/rule_library.h"

namespace nf {

// PLACEHOLDER (foundation skeleton): the ingest work replaces this with the real reader.
DatelineReader::DatelineReader(const RuleLibrary& rules) : rules_(rules) {}
void DatelineReader::read(Article&, const std::string&) const {}

}  // namespace nf
