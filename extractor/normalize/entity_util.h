// Small helpers shared by the entity stage's files (entities.cpp, agency_name.cpp): a rule's
// raw attribute, a prefix test, whether a folded key names a known place, the sentence that
// holds a span, the token at an offset.
//
//   if (is_place(g, fold_place(text)) && starts_with(attr(m, "name"), "Ministry")) ...
#pragma once
#include <algorithm>
#include <string>
#include <string_view>

#include "extractor/model/mention.h"
#include "extractor/rules/gazetteer_index.h"
#include "extractor/text/segmenter.h"

namespace nf {

// The rule's attribute `name` as written, or "" when the rule gave none.
inline std::string attr(const Mention& m, std::string_view name) {
  const std::string* v = find_attr(m.attrs, name);
  return v ? *v : std::string();
}

inline bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// Whether the folded key is the name of any place the gazetteers know.
inline bool is_place(const Gazetteers& g, const std::string& key) {
  const PhraseIndex::Node* n = g.place_names.find(key);
  return n && !n->ids.empty();
}

// The index of the sentence that holds all of `sp`, or -1 (sentences are sorted and disjoint).
inline int sentence_containing(const Segmentation& seg, Span sp) {
  auto after = std::upper_bound(seg.sentences.begin(), seg.sentences.end(), sp.start,
                                [](size_t pos, const Sentence& s) { return pos < s.start; });
  if (after == seg.sentences.begin() || sp.end > std::prev(after)->end) return -1;
  return static_cast<int>(std::prev(after) - seg.sentences.begin());
}

// The index of the token that starts at `pos`, or seg.tokens.size() (tokens are sorted).
inline size_t token_starting_at(const Segmentation& seg, size_t pos) {
  auto it = std::lower_bound(seg.tokens.begin(), seg.tokens.end(), pos, [](const Token& t, size_t p) { return t.start < p; });
  return it != seg.tokens.end() && it->start == pos ? static_cast<size_t>(it - seg.tokens.begin()) : seg.tokens.size();
}

}  // namespace nf
