// Time buckets and series of facts (query_series.h).
#include "tools/cli/query_series.h"

#include <algorithm>
#include <cstdio>
#include <map>

namespace nf::cli {
namespace {

// Days since 1970-01-01 for a proleptic Gregorian date, and back (H. Hinnant's algorithms).
long days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

void civil_from_days(long z, int& y, int& m, int& d) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  y = static_cast<int>(yoe) + static_cast<int>(era * 400) + (m <= 2);
}

std::string ymd_text(long days) {
  int y, m, d;
  civil_from_days(days, y, m, d);
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

std::optional<long> parse_days(const std::string& s) {
  std::string ymd = s.substr(0, 10);
  if (!is_valid_iso_date(ymd)) return std::nullopt;
  return days_from_civil(std::stoi(ymd.substr(0, 4)), std::stoi(ymd.substr(5, 2)), std::stoi(ymd.substr(8, 2)));
}

}  // namespace

std::optional<Bucket> bucket_of(const std::string& date, const std::string& by) {
  std::optional<long> days = parse_days(date);
  if (!days) return std::nullopt;
  int y, m, d;
  civil_from_days(*days, y, m, d);
  char buf[48];
  Bucket b;
  if (by == "day") {
    b.label = b.begin = b.end = ymd_text(*days);
  } else if (by == "week") {
    long weekday = ((*days % 7) + 7 + 3) % 7;  // 0 = Monday (1970-01-01 was a Thursday)
    long monday = *days - weekday, thursday = monday + 3;
    int ty, tm, td;
    civil_from_days(thursday, ty, tm, td);  // the ISO year is the year of the week's Thursday
    long week = (thursday - days_from_civil(ty, 1, 1)) / 7 + 1;
    std::snprintf(buf, sizeof buf, "%04d-W%02ld", ty, week);
    b.label = buf;
    b.begin = ymd_text(monday);
    b.end = ymd_text(monday + 6);
  } else if (by == "month") {
    std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
    b.label = buf;
    b.begin = ymd_text(days_from_civil(y, m, 1));
    b.end = ymd_text(days_from_civil(m == 12 ? y + 1 : y, m == 12 ? 1 : m + 1, 1) - 1);
  } else {
    std::snprintf(buf, sizeof buf, "%04d", y);
    b.label = buf;
    b.begin = ymd_text(days_from_civil(y, 1, 1));
    b.end = ymd_text(days_from_civil(y + 1, 1, 1) - 1);
  }
  return b;
}

Bucket next_bucket(const Bucket& b, const std::string& by) {
  return *bucket_of(ymd_text(*parse_days(b.end) + 1), by);
}

Series build_series(const std::vector<FactRow>& facts, const Options& opts) {
  Series series;
  std::map<std::string, SeriesPoint> by_label;  // labels of one kind sort in time order
  for (const FactRow& f : facts) {
    std::optional<Bucket> b;
    if (opts.filters.time == TimeBasis::Published) {
      b = bucket_of(f.article_date, opts.by);
    } else {
      b = bucket_of(f.time_begin, opts.by);
      std::optional<Bucket> last = bucket_of(f.time_end.empty() ? f.time_begin : f.time_end, opts.by);
      if (b && last && !(*b == *last) && opts.spanning != "start") {
        ++series.spanning;
        continue;
      }
    }
    if (!b) {
      ++series.without_time;
      continue;
    }
    SeriesPoint& p = by_label[b->label];
    p.bucket = *b;
    ++p.facts;
    p.sum += f.value;
    p.max = p.max ? std::max(*p.max, f.value) : f.value;
  }
  std::optional<Bucket> first, last;
  if (!by_label.empty()) first = by_label.begin()->second.bucket, last = by_label.rbegin()->second.bucket;
  // The axis covers the data and [from, to] when given.
  if (std::optional<Bucket> b = bucket_of(opts.filters.from, opts.by); b && (!first || b->begin < first->begin)) first = b;
  if (std::optional<Bucket> b = bucket_of(opts.filters.to, opts.by); b && (!last || b->begin > last->begin)) last = b;
  if (!first || !last || first->begin > last->begin) return series;
  for (Bucket b = *first;; b = next_bucket(b, opts.by)) {
    if (series.points.size() >= kMaxBuckets)
      throw CliError(kExitUsage, "the series would have more than " + std::to_string(kMaxBuckets) +
                                     " buckets; use a coarser --by or narrow it with --from/--to");
    auto it = by_label.find(b.label);
    SeriesPoint p = it == by_label.end() ? SeriesPoint{} : it->second;
    p.bucket = b;
    series.points.push_back(p);
    if (b == *last) break;
  }
  return series;
}

double measure_of(const SeriesPoint& p, const std::string& measure) {
  if (measure == "sum") return p.sum;
  if (measure == "max") return p.max.value_or(0);
  return static_cast<double>(p.facts);
}

}  // namespace nf::cli
