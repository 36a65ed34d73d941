#include "extractor/text/boilerplate.h"

#include "extractor/rules/rule_library.h"

namespace nf {
namespace {

bool ends_line(std::string_view body, size_t pos) {
  while (pos < body.size() && (body[pos] == ' ' || body[pos] == '\t' || body[pos] == '\r')) ++pos;
  return pos >= body.size() || body[pos] == '\n';
}

}  // namespace

BoilerplateMarker::BoilerplateMarker(const RuleLibrary& rules) : rules_(rules) {}

void BoilerplateMarker::mark(std::string_view body, Segmentation& seg) const {
  const std::vector<std::string>& markers = rules_.list("related_link_marker");
  auto& sents = seg.sentences;
  for (size_t i = 0; i < sents.size(); ++i) {
    std::string_view s = body.substr(sents[i].start, sents[i].end - sents[i].start);
    while (!s.empty() && (s.back() == ':' || s.back() == ' ')) s.remove_suffix(1);
    std::string key = fold_key(s);
    bool is_marker = false;
    for (const std::string& m : markers) is_marker = is_marker || fold_key(m) == key;
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
