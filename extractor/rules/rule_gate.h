// Picks, for one sentence, the rules that could match it, so that RuleLibrary::match runs only
// those: re2::FilteredRE2 reads from each rule's regex the literal strings ("atoms") one of
// which any match must contain, an AtomScanner finds the atoms present in the sentence in one
// pass, and rules with no atoms but a required digit (read by needs_digit) are skipped in
// sentences without one. FilteredRE2 reads each pattern with its digits marked (digit_mark.h),
// so a digit is an atom too: "\d+|twelve|dozens" needs a digit or one of the words. A superset
// of the rules that match: running the candidates gives the same mentions as running every rule.
//
//   nf::RuleGate gate({"\\bin (?:April|May)\\b", "\\d+ people"}, options);
//   std::vector<int> rules;
//   gate.candidates("It rained in May.", rules);   // rules == {0}
#pragma once
#include <re2/filtered_re2.h>
#include <re2/re2.h>

#include <string>
#include <string_view>
#include <vector>

#include "extractor/rules/atom_scanner.h"

namespace nf {

class RuleGate {
 public:
  // patterns[i] is rule i's regex (UTF-8), compiled with `options` (as the rule was).
  RuleGate(const std::vector<std::string>& patterns, const RE2::Options& options);

  // Sets `out` to the indices of the rules that may match `text` (a UTF-8 sentence), ascending.
  void candidates(std::string_view text, std::vector<int>& out) const;

  // For reports: how many atoms, how many rules no atom gates, how many of those need a digit.
  size_t atoms() const { return atoms_.size(); }
  size_t ungated() const { return ungated_; }
  size_t digit_gated() const { return digit_gated_; }

 private:
  re2::FilteredRE2 filter_;
  std::vector<std::string> atoms_;
  AtomScanner scanner_;
  std::vector<int> non_ascii_atoms_;  // atoms with a non-ASCII byte: present in every non-ASCII sentence
  std::vector<char> needs_digit_;     // per rule
  std::vector<int> every_rule_;
  size_t ungated_ = 0, digit_gated_ = 0;
};

}  // namespace nf
