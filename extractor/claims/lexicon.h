// Reads the claim word lists of rules/claims/ out of the rule library, in the two shapes the
// claim finders need: a set of single words, or one regex alternation.
//
//   nf::WordSet aux = nf::macro_words(rules, "claim_aux");            // {"were", "have", ...}
//   std::string verbs = nf::macro_alternation(rules, "claim_attrib_verb");  // "(?:said|says|...)"
#pragma once
#include <string>
#include <string_view>

#include "extractor/claims/sentence_view.h"

namespace nf {

class RuleLibrary;

// Lower-cased alternatives of a macro (meant for macros of plain words).
WordSet macro_words(const RuleLibrary& rules, std::string_view macro);

// "(?:alt|alt|...)" with the longest alternative first; alternatives are regexes as written.
std::string macro_alternation(const RuleLibrary& rules, std::string_view macro);

// "(?:key|key|...)" of a table's (folded) keys, each quoted as a literal.
std::string table_key_alternation(const RuleLibrary& rules, std::string_view table);

}  // namespace nf
