// Reads an article's opening dateline: place, date and wire credit
// ("Islamabad 23, Apr , 2025:", "KABUL, March 3 (Reuters) -", "GENEVA, 12 June 2024:").
//
//   nf::DatelineReader reader(rules);
//   reader.read(article);   // fills article.dateline; leaves it empty when there is none
#pragma once
#include "extractor/model/article.h"

namespace nf {

class RuleLibrary;

class DatelineReader {
 public:
  explicit DatelineReader(const RuleLibrary& rules);
  // fallback_year: the year to assume when the dateline gives none ("" = unknown, kept as XXXX).
  void read(Article& article, const std::string& fallback_reference_date) const;

 private:
  const RuleLibrary& rules_;
};

}  // namespace nf
