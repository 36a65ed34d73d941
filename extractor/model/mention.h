// A mention: one span of the body that a rule or gazetteer recognized, with its normalized value.
//
//   for (const nf::Mention& m : result.mentions)
//     if (m.kind == nf::Kind::Count) std::cout << m.text(body) << " = " << m.number << "\n";
//
// Raw mentions come out of the match stage with `attrs` (the rule's templates expanded);
// the normalize stage fills the typed fields. Empty strings and empty optionals mean null.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extractor/model/text.h"

namespace nf {

enum class Kind { Date, Time, Duration, Set, Count, Percent, Money, Quantity, Agency, Location, Person };

const char* kind_name(Kind k);
std::optional<Kind> kind_from_name(std::string_view name);
bool is_temporal(Kind k);
bool is_numeric(Kind k);

// Attribute list produced by a rule (name -> expanded template), in rule order.
using Attrs = std::vector<std::pair<std::string, std::string>>;
const std::string* find_attr(const Attrs& attrs, std::string_view name);

struct Mention {
  Kind kind = Kind::Date;
  Span span;
  std::string rule;      // stable rule id ("date.month_name", "gazetteer.iso3166_2")
  int sentence = -1;     // index into the article's sentences
  int priority = 0;      // from the rule; breaks ties in overlap resolution
  Attrs attrs;           // raw, from the match stage

  // --- normalized value (normalize stage) ---
  std::string value;     // temporal: TIMEX3 value; location/agency/person: canonical name
  std::string mod;       // temporal: TIMEX3 mod (APPROX, MORE_THAN, START, MID, END, ...)
  std::string begin_date;  // temporal: first calendar day covered (YYYY-MM-DD), "" when unknown
  std::string end_date;  // temporal: last calendar day covered (inclusive)
  bool ambiguous = false;  // kept with a flag rather than guessed (e.g. 03/04/2025)

  double number = 0;     // numeric: the number as stated (13000, 0.5, 40)
  std::string bound;     // numeric: exact, approx, lower, upper, range
  std::optional<double> lower, upper;
  std::string unit;      // numeric: counted noun, "percent", ISO 4217 code, normalized measure unit

  std::string country;   // location/agency: ISO 3166-1 alpha-2
  std::string admin1;    // location: ISO 3166-2
  std::string acronym;   // agency
  std::optional<double> lat, lon;

  std::string_view text(std::string_view body) const {
    return body.substr(span.start, span.end - span.start);
  }
};

// One output field of a mention, typed for JSON and printable for tests.
struct Field {
  enum Type { Null, String, Number, Bool } type = Null;
  std::string name;
  std::string str;    // String: the text; Number: shortest round-trip form; Bool: "true"/"false"
  double num = 0;
};

// The contract fields of a mention (DESIGN.md JSON lines), without record/article/offsets/text:
// kind, value, the kind's own fields, rule. One source of truth for the emitters and the tests.
std::vector<Field> mention_fields(const Mention& m);

// Shortest decimal form that reads back as the same double ("100000", "0.5", "2.5").
std::string format_number(double v);

}  // namespace nf
