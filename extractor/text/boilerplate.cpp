#include "extractor/text/boilerplate.h"

#include <algorithm>

#include "extractor/rules/rule_library.h"

namespace nf {
namespace {

bool ends_line(std::string_view body, size_t pos) {
  while (pos < body.size() && (body[pos] == ' ' || body[pos] == '\t' || body[pos] == '\r')) ++pos;
  return pos >= body.size() || body[pos] == '\n';
}

}  // namespace

BoilerplateMarker::BoilerplateMarker(const RuleLibrary& rules) : rules_(rules) {
  for (const std::string& m : rules_.list("related_link_marker")) marker_keys_.push_back(fold_key(m));
}

void BoilerplateMarker::mark(std::string_view body, Segmentation& seg) const {
  auto& sents = seg.sentences;
  thread_local std::string key;  // scratch: no allocation per sentence
  for (size_t i = 0; i < sents.size(); ++i) {
    std::string_view s = body.substr(sents[i].start, sents[i].end - sents[i].start);
    while (!s.empty() && (s.back() == ':' || s.back() == ' ')) s.remove_suffix(1);
    fold_key_to(s, key);
    bool is_marker = std::find(marker_keys_.begin(), marker_keys_.end(), key) != marker_keys_.end();
    if (!is_marker || !ends_line(body, sents[i].end)) continue;
    sents[i].boilerplate = true;
    // The link headline: every sentence on the next non-empty line.
    size_t j = i + 1;
    if (j >= sents.size()) continue;
    size_t line_end = body.find('\n', sents[j].start);
    for (; j < sents.size() && (line_end == std::string_view::npos || sents[j].start < line_end); ++j)
      sents[j].boilerplate = true;
  }
}

}  // namespace nf
