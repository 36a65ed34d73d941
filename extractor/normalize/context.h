// What every normalize and assemble stage may read about the article being processed.
//
//   void TemporalNormalizer::run(std::vector<Mention>& ms, const ArticleContext& ctx) const;
//   ctx.sentence_text(ms[0].sentence)  // the sentence a mention sits in, for tense or context
#pragma once
#include <string>
#include <string_view>

#include "extractor/model/article.h"
#include "extractor/text/segmenter.h"

namespace nf {

struct ArticleContext {
  const Article& article;
  std::string_view body;
  const Segmentation& segmentation;
  std::string reference_date;  // YYYY-MM-DD, or "" when nothing gives one

  std::string_view sentence_text(int i) const {
    if (i < 0 || static_cast<size_t>(i) >= segmentation.sentences.size()) return {};
    const Sentence& s = segmentation.sentences[i];
    return body.substr(s.start, s.end - s.start);
  }
};

}  // namespace nf
