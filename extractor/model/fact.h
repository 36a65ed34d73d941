// A fact: one count claim with its arguments, each linked to the span it came from.
//
//   for (const nf::Fact& f : result.facts)
//     std::cout << f.number << " " << f.unit << " " << f.predicate << " per " << f.source << "\n";
//
// Empty strings and empty optionals mean null: the text did not say (DESIGN.md).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "extractor/model/text.h"

namespace nf {

struct FactArg {
  std::string role;  // quantity, unit, predicate, time, location, source
  Span span;
  int mention = -1;  // index into the article's mentions, -1 when the argument is not a mention
};

struct Fact {
  std::string id;          // deterministic: content hash + span + value (claims/fact_id)
  Span span;               // the quantity's span (the count mention)
  int quantity_mention = -1;
  double number = 0;
  std::string bound;
  std::optional<double> lower, upper;
  std::string unit;
  std::string predicate;   // event lemma: return, detain, die, ...
  std::string time;        // TIMEX3 value of the governing temporal mention
  std::string time_begin;  // its calendar interval (YYYY-MM-DD), "" when unknown
  std::string time_end;
  std::string location;    // ISO code: admin1 where a province is named, else country
  std::string source;      // canonical agency name
  std::vector<FactArg> args;
};

}  // namespace nf
