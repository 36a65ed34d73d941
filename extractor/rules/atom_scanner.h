// Finds which of a fixed set of literal strings ("atoms") occur in a text, in one pass: an
// Aho-Corasick automaton over bytes, with ASCII letters folded to lower case (the atoms are
// given in lower case). Used by RuleGate to find the words a rule needs before running it.
//
//   nf::AtomScanner scan({"million", "percent", "ministry"});
//   std::vector<int> found;
//   scan.scan("Ten Million people", found);   // found == {0}
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace nf {

class AtomScanner {
 public:
  AtomScanner() = default;
  // Atoms in lower case (their ASCII upper-case letters are folded too); empty atoms are ignored.
  // With a non-empty `digit_as`, the scan reads every ASCII digit of the text as that string
  // (RuleGate: kDigitMark, so that atoms can stand for "a digit here").
  explicit AtomScanner(const std::vector<std::string>& atoms, std::string_view digit_as = {});

  // Sets `found` to the indices of the atoms that occur in `text`, each once, ascending.
  // Returns whether `text` holds an ASCII digit (a gate of its own: see RuleGate).
  bool scan(std::string_view text, std::vector<int>& found) const;

  size_t states() const { return out_begin_.empty() ? 0 : out_begin_.size() - 1; }

 private:
  uint8_t cls_[256] = {};       // byte -> input class (0: a byte that no atom holds)
  uint8_t digit_[256] = {};     // 1 for '0'..'9'
  std::vector<uint8_t> digit_as_;  // input classes read in place of a digit (empty: the digit's own)
  int classes_ = 1;
  std::vector<int32_t> next_;   // state * classes_ + class -> state (a full DFA: no failure links left)
  // The same table in 16 bits when the states fit (they do for the rules' atoms): half the
  // bytes, so more of the table stays in cache during the scan; next_ is then emptied.
  std::vector<uint16_t> next16_;
  template <typename State>
  bool scan_with(const State* next, std::string_view text, std::vector<int>& found) const;
  std::vector<int32_t> out_begin_;  // state -> [out_begin_[s], out_begin_[s+1]) in outs_
  std::vector<int32_t> outs_;       // atom indices ending at each state (its own and its suffixes')
};

}  // namespace nf
