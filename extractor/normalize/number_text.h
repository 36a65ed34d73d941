// Reads the number a piece of text states, in digits or words, with the word lists of
// rules/common/numbers.xml (tables num_word, num_scale, num_ordinal, num_fraction).
//
//   nf::parse_number_text("twenty-four", rules)   // 24
//   nf::parse_number_text("1.2 million", rules)   // 1200000
//   nf::parse_number_text("10 lakh", rules)       // 1000000
//   nf::parse_number_text("two-thirds", rules)    // 0.666...
//   nf::parse_number_text("weeks", rules)         // nullopt: not a number
//   nf::parse_ordinal_text("twenty-third", rules) // 23
//
// Accepts: digits with grouping (100,000  1,00,000  13 000) and decimals (1.2); number words
// (three, twenty five, a hundred and twenty, two million three hundred thousand); dozens
// (a dozen, two dozen, half a dozen); scale words or abbreviations after digits (2.5bn, 300k,
// 3 crore); fractions (half, a third, two-thirds, three quarters). Case-insensitive. Anything
// else in the text (a currency sign, a unit, a stray word) makes the result nullopt: callers
// pass the number's own span.
#pragma once
#include <optional>
#include <string_view>

namespace nf {

class RuleLibrary;

std::optional<double> parse_number_text(std::string_view text, const RuleLibrary& rules);

// Ordinals: "first", "twenty-third", "23rd", "100th" -> 1, 23, 23, 100; nullopt otherwise.
std::optional<double> parse_ordinal_text(std::string_view text, const RuleLibrary& rules);

}  // namespace nf
