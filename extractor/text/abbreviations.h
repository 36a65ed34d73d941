// Undoes the sentence breaks that ICU puts after abbreviations ("Dr. Smith", "No. 10",
// "the U.S. Navy"), with the word lists of rules/text/sentences.xml.
//
//   nf::AbbreviationJoiner joiner(rules);      // reads the lists once; const and thread-safe after
//   nf::Segmentation s = segmenter.segment(body);
//   joiner.rejoin(body, s);                    // "Dr." + "Smith said ..." -> one sentence
//
// Only sentences on the same line are joined (a line break always ends a sentence). After a
// title (Dr., Gov., Lt.) the break always goes; after an abbreviation that stands before numbers
// (No., Art.) it goes when a digit follows; after one that may also end a sentence (U.S., a.m.,
// Inc., Oct.) it goes unless the next word opens a sentence ("The", "He", "But", a title).
#pragma once
#include <set>
#include <string>
#include <string_view>

#include "extractor/text/segmenter.h"

namespace nf {

class RuleLibrary;

class AbbreviationJoiner {
 public:
  explicit AbbreviationJoiner(const RuleLibrary& rules);  // throws RuleError when a list is missing

  void rejoin(std::string_view body, Segmentation& seg) const;

 private:
  bool joins(std::string_view body, const Sentence& before, const Sentence& after) const;

  std::set<std::string, std::less<>> titles_, before_number_, ambiguous_, openers_;
};

}  // namespace nf
