#include "extractor/text/boilerplate.h"

#include <algorithm>

#include "extractor/rules/rule_library.h"

namespace nf {
namespace {

bool ends_line(std::string_view body, size_t pos) {
  while (pos < body.size() && (body[pos] == ' ' || body[pos] == '\t' || body[pos] == '\r')) ++pos;
  return pos >= body.size() || body[pos] == '\n';
}

// Whether `s` opens with one of the (folded) markers, a colon, then a headline that starts
// with a capital letter, a digit or a quote: "ALSO READ: Floods kill 3 in ...". Prose such as
// "READ MORE: the full report is online." (lower case after the colon) is not a link.
bool opens_with_marker(std::string_view s, const std::vector<std::string>& markers, std::string& key) {
  fold_key_to(s.substr(0, std::min<size_t>(s.size(), 40)), key);
  for (const std::string& m : markers) {
    if (key.size() <= m.size() || key.compare(0, m.size(), m) != 0) continue;
    size_t p = m.size();
    while (p < key.size() && key[p] == ' ') ++p;
    if (p >= key.size() || key[p] != ':') continue;
    // The headline's first character, read from the original (unfolded) text.
    size_t colon = s.find(':');
    if (colon == std::string_view::npos) continue;
    size_t h = colon + 1;
    while (h < s.size() && (s[h] == ' ' || s[h] == '\t')) ++h;
    if (h >= s.size()) continue;
    unsigned char c = static_cast<unsigned char>(s[h]);
    if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '"' || c == '\'' || c >= 0x80) return true;
  }
  return false;
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
    if (!is_marker && opens_with_marker(body.substr(sents[i].start, sents[i].end - sents[i].start), marker_keys_, key)) {
      // "ALSO READ: headline", on its own line or after the story's last sentence on a line:
      // that sentence and the rest of its line.
      size_t line_end = body.find('\n', sents[i].start);
      for (size_t j = i; j < sents.size() && (line_end == std::string_view::npos || sents[j].start < line_end); ++j)
        sents[j].boilerplate = true;
      continue;
    }
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
