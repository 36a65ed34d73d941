#include "extractor/normalize/timex_tense.h"

#include <re2/re2.h>

#include <string>

#include "extractor/rules/rule_library.h"

namespace nf {
namespace {

std::string alternation(const std::vector<std::string>& alts) {
  std::string out;
  for (const std::string& a : alts) {
    if (!out.empty()) out += '|';
    out += a;
  }
  return out;
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool passive(std::string_view before) {
  return ends_with(before, " be ") || ends_with(before, " been ") || ends_with(before, " being ") ||
         ends_with(before, " get ");
}

}  // namespace

struct TenseReader::Impl {
  std::unique_ptr<RE2> cues;  // group 1: neutral (skipped), group 2: future cue, group 3: past cue
};

TenseReader::TenseReader(const RuleLibrary& rules) : impl_(std::make_unique<Impl>()) {
  std::string pattern = "\\b(?:(" + alternation(rules.list("tmx_neutral_cue")) + ")|(" +
                        alternation(rules.list("tmx_future_cue")) + ")|(" + alternation(rules.list("tmx_past_cue")) +
                        "))\\b";
  RE2::Options o;
  o.set_encoding(RE2::Options::EncodingUTF8);
  o.set_log_errors(false);
  impl_->cues = std::make_unique<RE2>(pattern, o);
  if (!impl_->cues->ok()) throw RuleError("tense cues: " + impl_->cues->error());
}

TenseReader::~TenseReader() = default;
TenseReader::TenseReader(TenseReader&&) noexcept = default;

Tense TenseReader::at(std::string_view sentence, size_t pos) const {
  re2::StringPiece text(sentence.data(), sentence.size());
  re2::StringPiece g[4];
  size_t from = 0;
  Tense best = Tense::None, before = Tense::None;
  size_t best_dist = std::string_view::npos, before_dist = std::string_view::npos;
  while (from < text.size() && impl_->cues->Match(text, from, text.size(), RE2::UNANCHORED, g, 4)) {
    size_t s = g[0].data() - text.data(), e = s + g[0].size();
    size_t dist = e <= pos ? pos - e : (s >= pos ? s - pos : 0);
    from = e > s ? e : s + 1;
    if (g[1].data()) continue;  // "next to": no tense
    // A participle after "be" ("will be held", "to be signed") carries no past tense.
    if (!g[2].data() && passive(sentence.substr(0, s))) continue;
    Tense t = g[2].data() ? Tense::Future : Tense::Past;
    if (e <= pos && dist < before_dist) before_dist = dist, before = t;
    if (dist < best_dist) best_dist = dist, best = t;
  }
  // A past verb right before the expression governs it ("the year ended Jan. 31").
  if (before == Tense::Past && before_dist <= 1) return Tense::PastFirm;
  if (before != Tense::None) return before;
  return best == Tense::Past ? Tense::PastFirm : best;
}

}  // namespace nf
