// Reads an article's opening dateline: place, date and wire credit
// ("Islamabad 23, Apr , 2025:", "KABUL, March 3 (Reuters) -", "GENEVA, 12 June 2024:",
// "NAIROBI — Tuesday, Oct. 8, 2024 —", "WASHINGTON (AP) —", "SÃO PAULO, Brazil —").
//
//   nf::DatelineReader reader(rules);          // compiles the shapes of rules/ingest/dateline.xml
//   reader.read(article, "2025-04-30");        // fills article.dateline (found = false when none)
//
// The shapes, month names, wire credits and non-place words are data (rules/ingest/dateline.xml).
// The dateline's span excludes the separator after it ("Islamabad 23, Apr , 2025" in the seed).
// A date without a year takes the year of the published date, else of the fallback reference
// date (one year earlier when that would put the dateline more than a month after it); with
// neither it keeps XXXX ("XXXX-03-03"). Thread-safe after construction.
#pragma once
#include <memory>
#include <string>
#include <string_view>

#include "extractor/model/article.h"

namespace nf {

class RuleLibrary;

class DatelineReader {
 public:
  explicit DatelineReader(const RuleLibrary& rules);
  ~DatelineReader();
  DatelineReader(const DatelineReader&) = delete;
  DatelineReader& operator=(const DatelineReader&) = delete;

  // fallback_reference_date: YYYY-MM-DD used for the year when the article has no published date.
  void read(Article& article, const std::string& fallback_reference_date) const;

  // The dateline at the start of one line of text (offsets relative to `line`).
  Dateline read_line(std::string_view line, const std::string& reference_date) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace nf
