// Time buckets (day, ISO week, month, year) and the series of facts over them.
//
//   nf::cli::Bucket b = nf::cli::bucket_of("2025-04-23", "week");   // {"2025-W17", "2025-04-21", "2025-04-27"}
//   nf::cli::Series s = nf::cli::build_series(facts, options);
//
// A fact goes into the bucket of its time interval [time_begin, time_end] when the whole
// interval fits in one bucket ("in April" counts in 2025-04 by month, not by day); an interval
// that spans several buckets is left out and counted in `spanning`, unless spanning = "start",
// which puts it in the bucket where it starts. With TimeBasis::Published the article's
// published date is used instead. Empty buckets between the first and the last are filled in.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "tools/cli/options_cli.h"
#include "tools/cli/query_db.h"

namespace nf::cli {

struct Bucket {
  std::string label;  // 2025-04-23, 2025-W17, 2025-04, 2025
  std::string begin;  // first day, YYYY-MM-DD
  std::string end;    // last day, inclusive
  bool operator==(const Bucket& o) const { return label == o.label; }
};

// The bucket of `by` ("day", "week", "month", "year") that holds the date; nullopt for a malformed date.
std::optional<Bucket> bucket_of(const std::string& ymd, const std::string& by);
Bucket next_bucket(const Bucket& b, const std::string& by);

struct SeriesPoint {
  Bucket bucket;
  long facts = 0;
  double sum = 0;
  std::optional<double> max;
};

struct Series {
  std::vector<SeriesPoint> points;  // consecutive buckets, first to last
  long without_time = 0;            // facts left out: no time (or no published date)
  long spanning = 0;                // facts left out: interval longer than one bucket
};

// `opts.by`, `opts.spanning` and `opts.filters.time` choose the buckets; from/to (if given)
// widen the axis to cover them. Throws CliError{2} beyond kMaxBuckets.
constexpr size_t kMaxBuckets = 100000;  // 270 years by day
Series build_series(const std::vector<FactRow>& facts, const Options& opts);

// The value a point shows for --measure facts|sum|max.
double measure_of(const SeriesPoint& p, const std::string& measure);

}  // namespace nf::cli
