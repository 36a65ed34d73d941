// Rewrites a rule's regex so that re2::FilteredRE2 can use a digit as an atom: every ASCII
// digit the regex can match becomes the marker rune U+E000 (kDigitMark, a private-use
// character). FilteredRE2 ignores classes of more than a few characters, so `\d` alone gives
// it nothing to look for; after the rewrite "\d+ people" needs the atom kDigitMark, and
// "(?:%number_word|\d+) people" needs a number word or kDigitMark. AtomScanner reads every digit
// of a sentence as kDigitMark, so the rewritten regex matches the scanned text wherever the
// original matches the sentence (a superset, which is all a gate needs). Used by RuleGate.
// Classes of non-ASCII runes only become kNonAsciiMark (see below) for the same reason.
//
//   std::optional<std::string> m = nf::digit_marked("\\b\\d{1,3} (?P<u>[A-Z]x)");
//   // *m == "\\b\\x{E000}{1,3} (?P<u>(?:\\x{E000}|[A-Z])x)"; std::nullopt: syntax it does not know
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace nf {

// U+E000 in UTF-8: what AtomScanner reads in place of each ASCII digit.
inline constexpr std::string_view kDigitMark = "\xEE\x80\x80";
// U+E001 in UTF-8: stands for a class of non-ASCII runes only ("[½¼¾]", too many runes for
// FilteredRE2 to read as atoms). It never occurs in ASCII text, and RuleGate counts every atom
// with a non-ASCII byte (other than kDigitMark) as present in a sentence with a non-ASCII byte.
inline constexpr std::string_view kNonAsciiMark = "\xEE\x80\x81";

// The rewritten pattern: literal digits and `\d` become \x{E000}; a bracketed class that may
// hold a digit becomes (?:\x{E000}|[...]), or \x{E000} alone if it holds digits only ("[0-5]");
// a class of non-ASCII runes only becomes \x{E001}.
// std::nullopt when the pattern holds something the rewrite does not handle (\Q...\E, a
// numeric escape, an unbalanced class).
std::optional<std::string> digit_marked(std::string_view pattern);

// Whether the regex cannot tell one ASCII digit from another: every place that reads a digit
// reads all ten alike (\d, \w, `.`, a class holding all ten or none, a Unicode property), and no
// literal digit, partial range ([0-5]) or digit escape occurs. Then replacing every ASCII digit
// of a text by '0' changes no match's shape: the groups of "3,517 people" sit where those of
// "0,000 people" do (group_cache.h keys on that). Conservative: false for syntax it does not read.
bool digit_blind(std::string_view pattern);

}  // namespace nf
