// Marks related-link boilerplate ("READ MORE:" and the headline line after it, or
// "ALSO READ: headline" on one line, also after the story's last sentence on that line) so that
// the claim assembler takes no facts from it. Mentions inside it are still found.
//
//   nf::BoilerplateMarker marker(rules);
//   marker.mark(body, segmentation);   // sets Sentence::boilerplate
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "extractor/text/segmenter.h"

namespace nf {

class RuleLibrary;

class BoilerplateMarker {
 public:
  explicit BoilerplateMarker(const RuleLibrary& rules);
  void mark(std::string_view body, Segmentation& seg) const;

 private:
  const RuleLibrary& rules_;
  std::vector<std::string> marker_keys_;  // the related_link_marker list, folded once
};

}  // namespace nf
