#include "extractor/rules/rule_gate.h"

#include <algorithm>
#include <optional>
#include <stdexcept>

#include "extractor/rules/class_widen.h"
#include "extractor/rules/digit_mark.h"
#include "extractor/rules/needs_digit.h"

namespace nf {

namespace {

// Atoms shorter than this are not worth looking for ("of", "a"): FilteredRE2 then treats the
// part of the regex they stood for as matching anything.
constexpr int kMinAtomLen = 3;

bool has_non_ascii(std::string_view s) {
  for (unsigned char c : s)
    if (c >= 0x80) return true;
  return false;
}

}  // namespace

RuleGate::RuleGate(const std::vector<std::string>& patterns, const RE2::Options& options) : filter_(kMinAtomLen) {
  for (size_t i = 0; i < patterns.size(); ++i) {
    // FilteredRE2 reads the digit-marked pattern (digit_mark.h): the scanner reads digits as
    // kDigitMark. A pattern the rewrite cannot read is added as "" (no atoms: always a candidate).
    // A rewrite RE2 does not accept (none known) falls back to "" too.
    std::optional<std::string> marked = digit_marked(patterns[i]);
    // Property classes as any character (class_widen.h): the same atoms, a far smaller compile.
    if (marked) marked = widened_classes(*marked);
    int id = -1;
    if (!marked || filter_.Add(*marked, options, &id) != RE2::NoError) filter_.Add("", options, &id);
    if (id != static_cast<int>(i)) throw std::runtime_error("rule gate: cannot add pattern " + std::to_string(i));
    needs_digit_.push_back(needs_digit(patterns[i]) ? 1 : 0);
    every_rule_.push_back(static_cast<int>(i));
  }
  if (patterns.empty()) return;
  filter_.Compile(&atoms_);
  scanner_ = AtomScanner(atoms_, kDigitMark);
  for (size_t a = 0; a < atoms_.size(); ++a) {
    std::string rest = atoms_[a];  // kDigitMark has no case: it does not make an atom non-ASCII
    for (size_t at = rest.find(kDigitMark); at != std::string::npos; at = rest.find(kDigitMark, at)) rest.erase(at, kDigitMark.size());
    if (has_non_ascii(rest)) non_ascii_atoms_.push_back(static_cast<int>(a));
  }
  std::vector<int> none, always;
  filter_.AllPotentials(none, &always);
  ungated_ = always.size();
  for (int r : always) digit_gated_ += needs_digit_[r];
}

void RuleGate::candidates(std::string_view text, std::vector<int>& out) const {
  out.clear();
  if (every_rule_.empty()) return;
  thread_local std::vector<int> found;
  bool digit = scanner_.scan(text, found);
  if (has_non_ascii(text)) {
    // The scanner folds ASCII letters only; a rule's atoms are lower-cased with Unicode case
    // mapping. Atoms with non-ASCII letters count as present; and the two non-ASCII letters
    // that RE2's (?i) folds to ASCII ones (KELVIN SIGN ~ k, LONG S ~ s) make every rule a candidate.
    if (text.find("\xE2\x84\xAA") != std::string_view::npos || text.find("\xC5\xBF") != std::string_view::npos) {
      out = every_rule_;
      return;
    }
    if (!non_ascii_atoms_.empty()) {
      found.insert(found.end(), non_ascii_atoms_.begin(), non_ascii_atoms_.end());
      std::sort(found.begin(), found.end());
      found.erase(std::unique(found.begin(), found.end()), found.end());
    }
  }
  filter_.AllPotentials(found, &out);
  if (!digit) out.erase(std::remove_if(out.begin(), out.end(), [&](int r) { return needs_digit_[r] != 0; }), out.end());
}

}  // namespace nf
