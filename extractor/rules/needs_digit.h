// Whether every match of an RE2 pattern holds an ASCII digit, read from the pattern's syntax:
// a cheap gate for rules that no literal word gates (`\d+ people`, `[12]\d{3}`): a sentence
// without a digit cannot match them. Conservative: anything it does not understand answers
// false (no requirement), so it never rules out a sentence that the pattern could match.
//
//   nf::needs_digit(R"(\b\d{1,2}:\d\d\b)")        // true
//   nf::needs_digit(R"(\b(?:\d+|one|two) people)") // false: "two people" has no digit
#pragma once
#include <string_view>

namespace nf {

bool needs_digit(std::string_view pattern);

}  // namespace nf
