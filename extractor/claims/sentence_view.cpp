#include "extractor/claims/sentence_view.h"

namespace nf {

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return out;
}

bool is_clause_punct(std::string_view t) {
  return t == "," || t == ";" || t == ":" || t == "(" || t == ")" || t == "\xE2\x80\x94" /* em dash */ ||
         t == "\xE2\x80\x93" /* en dash */ || t == "--";
}

SentenceView::SentenceView(const ArticleContext& ctx, int sentence) : ctx_(ctx) {
  if (sentence < 0 || static_cast<size_t>(sentence) >= ctx.segmentation.sentences.size()) return;
  sentence_ = &ctx.segmentation.sentences[sentence];
  begin_ = sentence_->first_token;
  end_ = sentence_->first_token + sentence_->token_count;
  if (end_ > ctx.segmentation.tokens.size()) end_ = ctx.segmentation.tokens.size();
  valid_ = true;
}

std::string_view SentenceView::text(size_t i) const {
  const Token& t = token(i);
  return ctx_.body.substr(t.start, t.end - t.start);
}

std::string SentenceView::word(size_t i) const { return ascii_lower(text(i)); }

size_t SentenceView::first_token_at_or_after(size_t pos) const {
  for (size_t i = begin_; i < end_; ++i)
    if (token(i).start >= pos) return i;
  return end_;
}

long SentenceView::last_token_ending_by(size_t pos) const {
  for (size_t i = end_; i > begin_; --i)
    if (token(i - 1).end <= pos) return static_cast<long>(i - 1);
  return static_cast<long>(begin_) - 1;
}

Span SentenceView::clause(Span s, const WordSet& breaks) const {
  Span out = span();
  auto is_break = [&](size_t i) {
    std::string_view t = text(i);
    return is_clause_punct(t) || breaks.count(ascii_lower(t)) > 0;
  };
  for (long i = last_token_ending_by(s.start); i >= static_cast<long>(begin_); --i) {
    if (is_break(static_cast<size_t>(i))) {
      out.start = token(static_cast<size_t>(i)).end;
      break;
    }
  }
  for (size_t i = first_token_at_or_after(s.end); i < end_; ++i) {
    if (is_break(i)) {
      out.end = token(i).start;
      break;
    }
  }
  return out;
}

}  // namespace nf
