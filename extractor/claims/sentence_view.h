// Token-level view of one sentence, shared by the claim finders (predicate, time, place,
// source): which tokens it holds, their folded text, and the clause around a position.
//
//   nf::SentenceView sv(ctx, m.sentence);
//   size_t after = sv.first_token_at_or_after(m.span.end);   // index into ctx tokens
//   std::string w = sv.word(after);                          // "returned"
#pragma once
#include <string>
#include <string_view>
#include <unordered_set>

#include "extractor/normalize/context.h"

namespace nf {

// Lower-cased words of a macro (one alternative a line), for quick membership tests.
using WordSet = std::unordered_set<std::string>;

class SentenceView {
 public:
  SentenceView(const ArticleContext& ctx, int sentence);

  bool valid() const { return valid_; }
  const Sentence& sentence() const { return *sentence_; }
  Span span() const { return Span{sentence_->start, sentence_->end}; }
  size_t begin() const { return begin_; }  // first token index (into ctx.segmentation.tokens)
  size_t end() const { return end_; }      // one past the last token
  const Token& token(size_t i) const { return ctx_.segmentation.tokens[i]; }
  std::string_view text(size_t i) const;
  std::string_view body() const { return ctx_.body; }
  std::string word(size_t i) const;  // ASCII-lower-cased text of token i

  // First token starting at or after byte `pos` (end() when none), last token ending at or
  // before `pos` (begin() - 1 as "none", so test with `< begin()`; use signed helper below).
  size_t first_token_at_or_after(size_t pos) const;
  long last_token_ending_by(size_t pos) const;

  // The clause around byte span `s`: bounded by , ; : ( ) dashes and the words in `breaks`.
  Span clause(Span s, const WordSet& breaks) const;

 private:
  const ArticleContext& ctx_;
  const Sentence* sentence_ = nullptr;
  bool valid_ = false;
  size_t begin_ = 0, end_ = 0;
};

bool is_clause_punct(std::string_view tok);
std::string ascii_lower(std::string_view s);

}  // namespace nf
