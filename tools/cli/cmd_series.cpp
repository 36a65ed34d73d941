// `newsfacts series`: facts per day, week, month or year, as CSV or a standalone SVG chart.
#include <iostream>

#include "tools/cli/commands.h"
#include "tools/cli/options_cli.h"
#include "tools/cli/query_db.h"
#include "tools/cli/query_format.h"
#include "tools/cli/query_series.h"
#include "tools/cli/svg_chart.h"

namespace nf::cli {
namespace {

const char* const kHelp =
    "usage: newsfacts series [--db FILE] --by day|week|month|year [FILTERS] [--measure facts|sum|max]\n"
    "                        [--format csv|svg] [--time fact|published] [--spanning skip|start]\n"
    "\n"
    "A time series of the stored facts. By default a fact is dated by its own time interval (what\n"
    "the text says the count is about: 'in April', 'last year'), not by the article's date:\n"
    "it counts in the bucket that holds its whole interval, so 'in April 2025' is in 2025-04 by\n"
    "month and 2025 by year, but left out by day or week (it spans many days). Such facts, and\n"
    "facts without a time, are left out and counted on stderr.\n"
    "\n"
    "  --by B             day (2025-04-23), week (ISO, 2025-W17), month (2025-04) or year\n"
    "  --measure M        facts (default: how many facts), sum or max of their values\n"
    "  --format F         csv (default: period,begin,end,facts[,sum|max]; every bucket from the\n"
    "                     first to the last, empty ones with 0) or svg (a standalone bar chart,\n"
    "                     a line past 120 buckets, with axes, tick labels and a title)\n"
    "  --time T           fact (default) or published: bucket by the article's date (published,\n"
    "                     else the dateline's date)\n"
    "  --spanning S       skip (default) or start: count a fact whose interval spans several\n"
    "                     buckets in the bucket where it starts\n"
    "  --db FILE          the database (default newsfacts.db), opened read-only\n"
    "filters: --source NAME --article TEXT --country CC --predicate P --kind K --unit U\n"
    "         --from DATE --to DATE (as in `newsfacts facts --help`; --from/--to also set the axis)\n"
    "\n"
    "exit status: 0 ok, 1 database not found, 2 bad option or value\n"
    "example: newsfacts series --db facts.db --by month --predicate return --format svg > returns.svg\n";

std::string chart_title(const Options& o) {
  std::string what = o.measure == "facts" ? "Facts" : (o.measure == "sum" ? "Sum of values" : "Largest value");
  std::string title = what + " per " + o.by + (o.filters.time == TimeBasis::Published ? " (article date)" : " (fact time)");
  const FactFilters& f = o.filters;
  std::string where;
  auto add = [&](const char* name, const std::string& v) {
    if (!v.empty()) where += std::string(where.empty() ? "" : ", ") + name + "=" + v;
  };
  add("source", f.source);
  add("article", f.article);
  add("country", f.country);
  add("predicate", f.predicate);
  add("kind", f.kind);
  add("unit", f.unit);
  add("from", f.from);
  add("to", f.to);
  return where.empty() ? title : title + ": " + where;
}

}  // namespace

int cmd_series(const Args& args) {
  return run_command("series", [&] {
    Options o = parse_options(args,
                              {"--db", "--source", "--article", "--country", "--predicate", "--kind", "--unit",
                               "--from", "--to", "--time", "--format", "--by", "--measure", "--spanning"},
                              {"csv", "svg"});
    if (o.help) {
      std::cout << kHelp;
      return 0;
    }
    if (!o.positional.empty()) throw CliError(kExitUsage, "unexpected argument '" + o.positional[0] + "' (see --help)");
    if (o.by.empty()) throw CliError(kExitUsage, "--by day|week|month|year is required");
    SQLite::Database db = open_database(o.db);
    Series s = build_series(load_facts(db, o.filters), o);
    if (s.without_time && o.filters.time == TimeBasis::Published)
      std::cerr << "newsfacts series: left out " << s.without_time << " facts whose article has no date\n";
    else if (s.without_time || s.spanning)
      std::cerr << "newsfacts series: left out " << s.without_time << " facts without a time and " << s.spanning
                << " whose time spans more than one " << o.by << " (--spanning start counts them)\n";
    if (o.format == "svg") {
      std::vector<ChartPoint> points;
      for (const SeriesPoint& p : s.points) points.push_back({p.bucket.label, measure_of(p, o.measure)});
      std::cout << svg_chart({chart_title(o), o.measure == "facts" ? "facts" : o.measure + " of values", o.by}, points);
      return 0;
    }
    std::cout << "period,begin,end,facts" << (o.measure == "facts" ? "" : "," + o.measure) << "\r\n";
    for (const SeriesPoint& p : s.points) {
      std::cout << p.bucket.label << "," << p.bucket.begin << "," << p.bucket.end << "," << p.facts;
      if (o.measure == "sum") std::cout << "," << number_text(p.sum);
      if (o.measure == "max") std::cout << "," << number_text(p.max);
      std::cout << "\r\n";
    }
    return 0;
  });
}

}  // namespace nf::cli
