#include "extractor/model/mention.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace nf {
namespace {

struct KindName {
  Kind kind;
  const char* name;
};
constexpr KindName kKinds[] = {
    {Kind::Date, "date"},         {Kind::Time, "time"},       {Kind::Duration, "duration"},
    {Kind::Set, "set"},           {Kind::Count, "count"},     {Kind::Percent, "percent"},
    {Kind::Money, "money"},       {Kind::Quantity, "quantity"}, {Kind::Agency, "agency"},
    {Kind::Location, "location"}, {Kind::Person, "person"},
};

Field str_field(const char* name, const std::string& s) {
  Field f;
  f.name = name;
  if (!s.empty()) {
    f.type = Field::String;
    f.str = s;
  }
  return f;
}

Field num_field(const char* name, std::optional<double> v) {
  Field f;
  f.name = name;
  if (v) {
    f.type = Field::Number;
    f.num = *v;
    f.str = format_number(*v);
  }
  return f;
}

}  // namespace

const char* kind_name(Kind k) {
  for (const auto& kn : kKinds)
    if (kn.kind == k) return kn.name;
  return "unknown";
}

std::optional<Kind> kind_from_name(std::string_view name) {
  for (const auto& kn : kKinds)
    if (name == kn.name) return kn.kind;
  return std::nullopt;
}

bool is_temporal(Kind k) {
  return k == Kind::Date || k == Kind::Time || k == Kind::Duration || k == Kind::Set;
}

bool is_numeric(Kind k) {
  return k == Kind::Count || k == Kind::Percent || k == Kind::Money || k == Kind::Quantity;
}

const std::string* find_attr(const Attrs& attrs, std::string_view name) {
  for (const auto& [k, v] : attrs)
    if (k == name) return &v;
  return nullptr;
}

std::string format_number(double v) {
  if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 1e15) {
    // The digits "%.0f" prints, without printf (hot: every number in every output row).
    if (v == 0) return std::signbit(v) ? "-0" : "0";
    return std::to_string(static_cast<long long>(v));
  }
  char buf[64];
  // No "%.*g" with fewer significant digits than the shortest round-trip form (to_chars) has
  // can read back as v, so the search starts there: one or two printf calls instead of up to 17.
  int first = 1;
  if (std::isfinite(v)) {
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
    if (ec == std::errc()) {
      int digits = 0;
      for (const char* c = buf; c < end && *c != 'e'; ++c) digits += *c >= '0' && *c <= '9';
      first = std::max(1, std::min(digits, 17));
    }
  }
  for (int precision = first; precision <= 17; ++precision) {
    std::snprintf(buf, sizeof buf, "%.*g", precision, v);
    if (std::strtod(buf, nullptr) == v) break;
  }
  return buf;
}

std::vector<Field> mention_fields(const Mention& m) {
  std::vector<Field> out;
  out.reserve(8);  // the most a mention has (a numeric or a location, ambiguous), so it never grows
  out.push_back(str_field("kind", kind_name(m.kind)));
  if (is_numeric(m.kind)) {
    out.push_back(num_field("value", m.number));
    out.push_back(str_field("bound", m.bound));
    out.push_back(num_field("lower", m.lower));
    out.push_back(num_field("upper", m.upper));
    out.push_back(str_field("unit", m.unit));
  } else {
    out.push_back(str_field("value", m.value));
  }
  if (is_temporal(m.kind)) {
    out.push_back(str_field("mod", m.mod));
    out.push_back(str_field("begin_date", m.begin_date));
    out.push_back(str_field("end_date", m.end_date));
  }
  if (m.kind == Kind::Location) {
    out.push_back(str_field("country", m.country));
    out.push_back(str_field("admin1", m.admin1));
    out.push_back(num_field("lat", m.lat));
    out.push_back(num_field("lon", m.lon));
  }
  if (m.kind == Kind::Agency) {
    out.push_back(str_field("country", m.country));
    out.push_back(str_field("acronym", m.acronym));
  }
  if (m.ambiguous) {
    Field f;
    f.type = Field::Bool;
    f.name = "ambiguous";
    f.str = "true";
    out.push_back(f);
  }
  out.push_back(str_field("rule", m.rule));
  return out;
}

}  // namespace nf
