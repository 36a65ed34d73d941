// Finds places and agencies by looking token sequences up in gazetteers built from real data
// (ISO 3166 from iso-codes, GeoNames cities from libgeonames) plus what those lack in rules/.
//
//   nf::Gazetteer gaz(rules);              // builds its indexes once; read-only afterwards
//   gaz.match(body, segmentation, raw);    // appends raw location/agency mentions
#pragma once
#include <memory>
#include <string_view>
#include <vector>

#include "extractor/model/mention.h"
#include "extractor/text/segmenter.h"

namespace nf {

class RuleLibrary;

class Gazetteer {
 public:
  explicit Gazetteer(const RuleLibrary& rules);
  ~Gazetteer();
  Gazetteer(Gazetteer&&) noexcept;
  void match(std::string_view body, const Segmentation& seg, std::vector<Mention>& out) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace nf
