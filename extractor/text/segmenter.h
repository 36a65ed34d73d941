// Splits an article body into sentences (ICU's English sentence BreakIterator; the pipeline then
// rejoins sentences split after abbreviations such as "Dr." and "Oct.", see abbreviations.h)
// and tokens (a light tokenizer on ICU character properties, far cheaper than ICU's word
// BreakIterator; see DESIGN.md's speed budget).
//
//   nf::Segmenter seg;                       // one per thread: BreakIterator is not thread-safe
//   nf::Segmentation s = seg.segment(body);  // s.sentences, s.tokens: byte offsets into body
//
// Line breaks always end a sentence: news bodies put headlines, datelines and link
// lines on lines of their own.
#pragma once
#include <memory>
#include <string_view>
#include <vector>

#include "extractor/model/text.h"

namespace nf {

struct Segmentation {
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
};

// Tokens of text[start, end): words, numbers (with inner , . : / digits), single punctuation.
void tokenize(std::string_view text, size_t start, size_t end, std::vector<Token>& out);

class Segmenter {
 public:
  Segmenter();
  ~Segmenter();
  Segmenter(const Segmenter&) = delete;
  Segmenter& operator=(const Segmenter&) = delete;

  Segmentation segment(std::string_view body);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace nf
