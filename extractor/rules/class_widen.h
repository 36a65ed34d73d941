// Rewrites a regex for re2::FilteredRE2 (RuleGate) so that it compiles small: every Unicode
// property class (\p{Lu}, \pL, \P{M}) and every bracketed class that holds one ("[\p{Lu}'-]")
// becomes "(?s:.)", any one character. FilteredRE2 compiles each pattern it is given, and in
// UTF-8 a property class is a large automaton (org.dept_named: 140,953 instructions), but what
// RuleGate reads is only the literal strings ("atoms") a match must contain, and FilteredRE2
// takes no atom from a class that large anyway. The rewritten regex matches a superset of the
// original's texts, so its atoms still gate: a rule is never dropped where it could match.
//
//   nf::widened_classes("\\b\\p{Lu}[\\p{L}'-]+ Ministry") == "\\b(?s:.)(?s:.)+ Ministry"
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace nf {

// The rewritten pattern; std::nullopt for syntax it does not read (an unbalanced class or \p{).
std::optional<std::string> widened_classes(std::string_view pattern);

}  // namespace nf
