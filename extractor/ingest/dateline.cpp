#include "extractor/ingest/dateline.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <cstdio>
#include <set>
#include <vector>

#include "extractor/rules/rule_library.h"

namespace nf {
namespace {

constexpr size_t kMaxLines = 3;         // a headline or byline may come before the dateline
constexpr size_t kMaxScan = 1200;       // bytes of the body looked at
constexpr size_t kProseLine = 160;      // a line this long is story text: look no further
constexpr size_t kMinProseAfter = 40;   // an undated ALL-CAPS dateline is followed by this much prose

bool is_full_date(const std::string& d) {
  return d.size() == 10 && d[4] == '-' && d[7] == '-' && d.find('X') == std::string::npos;
}

int days_in_month(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && (y == 0 || (y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;  // y == 0: year unknown
  return kDays[m - 1];
}

// Days since 0000-03-01 (enough to compare and subtract dates).
long day_number(int y, int m, int d) {
  if (m <= 2) --y, m += 12;
  return 365L * y + y / 4 - y / 100 + y / 400 + (153 * (m - 3) + 2) / 5 + d;
}

bool has_lower(std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 'a' && c <= 'z') return true;
  }
  return false;
}

// No ASCII lower-case letter, and no lower-case letter among the two-byte Latin ones (U+00DF..U+00FF
// are C3 9F..C3 BF).
bool all_caps(std::string_view s) {
  if (has_lower(s)) return false;
  for (size_t i = 0; i + 1 < s.size(); ++i)
    if (static_cast<unsigned char>(s[i]) == 0xC3 && static_cast<unsigned char>(s[i + 1]) >= 0x9F) return false;
  return true;
}

}  // namespace

struct DatelineReader::Impl {
  const RuleLibrary& rules;
  std::vector<std::unique_ptr<RE2>> shapes;
  std::unique_ptr<RE2::Set> any_shape;  // all shapes in one DFA pass: which of them match at all
  std::set<std::string> not_place;

  explicit Impl(const RuleLibrary& r) : rules(r) {}

  std::string group(const RE2& re, const std::vector<re2::StringPiece>& g, const char* name) const {
    auto it = re.NamedCapturingGroups().find(name);
    if (it == re.NamedCapturingGroups().end() || !g[it->second].data()) return "";
    return std::string(g[it->second].data(), g[it->second].size());
  }
  size_t group_start(const RE2& re, const std::vector<re2::StringPiece>& g, const char* name, std::string_view line) const {
    auto it = re.NamedCapturingGroups().find(name);
    if (it == re.NamedCapturingGroups().end() || !g[it->second].data()) return std::string_view::npos;
    return static_cast<size_t>(g[it->second].data() - line.data());
  }

  bool is_month(const std::string& s) const { return rules.lookup("dl_month_num", fold_key(s)) != nullptr; }

  // The date of a dateline: full when the year is written or inferred, XXXX-MM-DD otherwise.
  std::string date(const std::string& day_s, const std::string& month_s, const std::string& year_s,
                   const std::string& reference) const {
    const std::string* mm = rules.lookup("dl_month_num", fold_key(month_s));
    if (!mm || day_s.empty()) return "";
    int month = std::stoi(*mm);
    int day = std::stoi(day_s);  // stops at "st", "nd"...
    int year = year_s.empty() ? 0 : std::stoi(year_s);
    if (day < 1 || day > days_in_month(year, month)) return "";
    if (!year && is_full_date(reference)) {
      int ry = std::stoi(reference.substr(0, 4)), rm = std::stoi(reference.substr(5, 2)), rd = std::stoi(reference.substr(8, 2));
      year = ry;
      if (day_number(year, month, day) > day_number(ry, rm, rd) + 31) --year;  // "Dec 31" read on Jan 2
      if (day > days_in_month(year, month)) return "";
    }
    char buf[32];
    if (year) std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    else std::snprintf(buf, sizeof buf, "XXXX-%02d-%02d", month, day);
    return buf;
  }
};

DatelineReader::DatelineReader(const RuleLibrary& rules) : impl_(std::make_unique<Impl>(rules)) {
  RE2::Options o;
  o.set_encoding(RE2::Options::EncodingUTF8);
  o.set_log_errors(false);
  o.set_max_mem(64 << 20);  // \p{L} classes in UTF-8 make large automata
  for (const std::string& shape : rules.list("dl_shape")) {
    // Alternatives in the order written: the shapes match leftmost-first, so order is meaning.
    auto re = std::make_unique<RE2>(rules.expand_macros(shape, MacroOrder::AsWritten), o);
    if (!re->ok()) throw RuleError("rules/ingest dl_shape: bad pattern: " + re->error() + ": " + shape);
    impl_->shapes.push_back(std::move(re));
  }
  impl_->any_shape = std::make_unique<RE2::Set>(o, RE2::ANCHOR_START);
  for (const auto& re : impl_->shapes)
    if (impl_->any_shape->Add(re->pattern(), nullptr) < 0) throw RuleError("rules/ingest dl_shape: cannot add to a set: " + re->pattern());
  if (!impl_->any_shape->Compile()) throw RuleError("rules/ingest dl_shape: the shapes are too large to compile as a set");
  for (const std::string& w : rules.list("dl_not_place")) impl_->not_place.insert(fold_key(w));
}

DatelineReader::~DatelineReader() = default;

Dateline DatelineReader::read_line(std::string_view line, const std::string& reference) const {
  const Impl& im = *impl_;
  re2::StringPiece text(line.data(), line.size());
  // One DFA pass over every shape first: most lines are not datelines, and groups are costly.
  std::vector<int> hits;
  if (!im.any_shape->Match(text, &hits)) return {};
  std::sort(hits.begin(), hits.end());
  for (int h : hits) {
    const auto& re = im.shapes[static_cast<size_t>(h)];
    int n = 1 + re->NumberOfCapturingGroups();
    std::vector<re2::StringPiece> g(n);
    if (!re->Match(text, 0, text.size(), RE2::ANCHOR_START, g.data(), n)) continue;
    std::string place = im.group(*re, g, "place");
    std::string region = im.group(*re, g, "region");
    std::string weekday = im.group(*re, g, "weekday");
    std::string wire = im.group(*re, g, "wire");
    std::string month = im.group(*re, g, "month");
    if (im.not_place.count(fold_key(place))) continue;
    if (!region.empty() && (im.is_month(region) || im.not_place.count(fold_key(region)))) continue;
    bool dated = !month.empty();
    size_t sep = im.group_start(*re, g, "sep", line);
    std::string_view after = line.substr(static_cast<size_t>(g[0].data() + g[0].size() - line.data()));
    // Only spaces between the dateline and the story: a date, a wire credit and a story that
    // opens on a capital or a digit must vouch for it ("New Delhi, May 30 (PTI) At least ...").
    bool bare_sep = sep != std::string_view::npos && !after.empty() &&
                    line.substr(sep, static_cast<size_t>(after.data() - line.data()) - sep).find_first_not_of(" \t") ==
                        std::string_view::npos;
    if (bare_sep) {
      unsigned char c = static_cast<unsigned char>(after[0]);
      if (!dated || wire.empty() || !((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) continue;
    }
    if (!dated && wire.empty()) {
      // "WASHINGTON —" with nothing to vouch for it: an ALL-CAPS place and prose after it.
      if (!all_caps(place)) continue;
      if (after.size() < kMinProseAfter || !has_lower(after)) continue;
    } else if (after.empty() && wire.empty() && !all_caps(place)) {
      continue;  // "Floods Hit Pakistan, June 3" alone on a line: a headline, not a dateline
    }
    Dateline d;
    d.found = true;
    d.place = region.empty() ? place : place + ", " + region;
    d.place_span = Span{im.group_start(*re, g, "place", line), 0};
    d.place_span.end = d.place_span.start + place.size();
    if (!region.empty()) d.place_span.end = im.group_start(*re, g, "region", line) + region.size();
    d.place = std::string(line.substr(d.place_span.start, d.place_span.end - d.place_span.start));
    if (dated) {
      d.date = im.date(im.group(*re, g, "day"), month, im.group(*re, g, "year"), reference);
      // The date's span: from the first of its day, month and year to the end of the last.
      size_t b = std::string_view::npos, e = 0;
      for (const char* part : {"day", "month", "year"}) {
        size_t at = im.group_start(*re, g, part, line);
        if (at == std::string_view::npos) continue;
        b = std::min(b, at);
        e = std::max(e, at + im.group(*re, g, part).size());
      }
      if (b != std::string_view::npos) d.date_span = Span{b, e};
    }
    if (!wire.empty()) {
      const std::string* canonical = im.rules.lookup("dl_wire_name", fold_key(wire));
      d.wire = canonical ? *canonical : wire;
    }
    size_t end = sep == std::string_view::npos ? static_cast<size_t>(g[0].data() + g[0].size() - line.data()) : sep;
    while (end > 0 && (line[end - 1] == ' ' || line[end - 1] == '\t')) --end;
    d.span = Span{0, end};
    return d;
  }
  return {};
}

void DatelineReader::read(Article& article, const std::string& fallback_reference_date) const {
  article.dateline = Dateline{};
  const std::string reference = is_full_date(article.published) ? article.published : fallback_reference_date;
  std::string_view body = article.body;
  size_t pos = 0, lines = 0;
  if (body.substr(0, 3) == "\xEF\xBB\xBF") pos = 3;  // a byte-order mark
  while (pos < body.size() && pos < kMaxScan && lines < kMaxLines) {
    size_t nl = body.find('\n', pos);
    if (nl == std::string_view::npos) nl = body.size();
    size_t start = pos;
    while (start < nl && (body[start] == ' ' || body[start] == '\t' || body[start] == '\r')) ++start;
    size_t end = nl;
    while (end > start && (body[end - 1] == '\r' || body[end - 1] == ' ' || body[end - 1] == '\t')) --end;
    pos = nl + 1;
    if (start == end) continue;
    ++lines;
    Dateline d = read_line(body.substr(start, end - start), reference);
    if (d.found) {
      d.span.start += start;
      d.span.end += start;
      d.place_span.start += start;
      d.place_span.end += start;
      if (d.date_span.end > d.date_span.start) {
        d.date_span.start += start;
        d.date_span.end += start;
      }
      article.dateline = std::move(d);
      return;
    }
    if (end - start >= kProseLine) return;  // the story has begun without a dateline
  }
}

}  // namespace nf
