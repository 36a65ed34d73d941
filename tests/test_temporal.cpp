// Temporal normalization: calendar arithmetic, intervals of TIMEX3 values, and whole-pipeline
// cases with a pinned reference date (the seed article's expressions among them).
#include <catch2/catch.hpp>

#include <string>

#include "extractor/normalize/timex_calendar.h"
#include "tests/test_support.h"

namespace {

// The first temporal mention whose text is `span`, as "kind value [begin..end] mod".
std::string temporal(const std::string& text, const std::string& ref, const std::string& span) {
  nf::Article a;
  nf::ArticleResult r = nf::test::run_text(text, ref, &a);
  for (const nf::Mention& m : r.mentions)
    if (nf::is_temporal(m.kind) && m.text(a.body) == span)
      return std::string(nf::kind_name(m.kind)) + " " + m.value + " [" + m.begin_date + ".." + m.end_date + "]" +
             (m.mod.empty() ? "" : " " + m.mod);
  return "(none)";
}

}  // namespace

TEST_CASE("calendar arithmetic", "[temporal]") {
  using nf::CivilDate;
  CHECK(nf::iso_weekday(CivilDate{2025, 4, 23}) == 3);
  CHECK(nf::format_iso_week(CivilDate{2025, 4, 23}) == "2025-W17");
  CHECK(nf::format_iso_week(CivilDate{2021, 1, 1}) == "2020-W53");
  CHECK(nf::format_ymd(nf::add_days(CivilDate{2024, 2, 28}, 1)) == "2024-02-29");
  CHECK(nf::format_ymd(nf::add_months(CivilDate{2025, 3, 31}, -1)) == "2025-02-28");
  CHECK(nf::format_ymd(nf::iso_week_monday(2025, 17)) == "2025-04-21");
  CHECK_FALSE(nf::parse_ymd("2025-02-29"));
  CHECK(nf::days_in_month(2000, 2) == 29);
  CHECK(nf::days_in_month(1900, 2) == 28);
}

TEST_CASE("intervals of TIMEX3 values", "[temporal]") {
  using P = std::pair<std::string, std::string>;
  CHECK(nf::timex_interval("2025") == P{"2025-01-01", "2025-12-31"});
  CHECK(nf::timex_interval("2025-04") == P{"2025-04-01", "2025-04-30"});
  CHECK(nf::timex_interval("2025-04-23T15:00") == P{"2025-04-23", "2025-04-23"});
  CHECK(nf::timex_interval("2025-W17") == P{"2025-04-21", "2025-04-27"});
  CHECK(nf::timex_interval("2025-W16-WE") == P{"2025-04-19", "2025-04-20"});
  CHECK(nf::timex_interval("2025-Q1") == P{"2025-01-01", "2025-03-31"});
  CHECK(nf::timex_interval("2024-H2") == P{"2024-07-01", "2024-12-31"});
  CHECK(nf::timex_interval("2023-WI") == P{"2023-12-01", "2024-02-29"});
  CHECK(nf::timex_interval("199") == P{"1990-01-01", "1999-12-31"});
  CHECK(nf::timex_interval("19") == P{"1900-01-01", "1999-12-31"});
  CHECK(nf::timex_interval("XXXX-04") == P{});
  CHECK(nf::timex_interval("PRESENT_REF") == P{});
}

TEST_CASE("the seed article's temporal expressions", "[temporal][seed]") {
  std::string path = nf::test::shared_dir() + "/seed/000_ab4a5320d3b9f4a3.txt";
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) {
    WARN("seed article not found: " << path);
    return;
  }
  std::string text;
  char buf[4096];
  for (size_t n; (n = std::fread(buf, 1, sizeof buf, f)) > 0;) text.append(buf, n);
  std::fclose(f);
  // No fallback date: the dateline gives the reference date.
  CHECK(temporal(text, "", "23, Apr , 2025") == "date 2025-04-23 [2025-04-23..2025-04-23]");
  CHECK(temporal(text, "", "three weeks") == "duration P3W [2025-04-03..2025-04-23]");
  CHECK(temporal(text, "", "2023") == "date 2023 [2023-01-01..2023-12-31]");
  CHECK(temporal(text, "", "April") == "date 2025-04 [2025-04-01..2025-04-30]");
  CHECK(temporal(text, "", "last year") == "date 2024 [2024-01-01..2024-12-31]");
}

TEST_CASE("normalization table: text, reference date, expected", "[temporal]") {
  struct Case {
    const char* text;
    const char* ref;
    const char* span;
    const char* expect;
  };
  const Case cases[] = {
      {"Talks ended on Monday.", "2025-04-23", "Monday", "date 2025-04-21 [2025-04-21..2025-04-21]"},
      {"Talks will resume on Monday.", "2025-04-23", "Monday", "date 2025-04-28 [2025-04-28..2025-04-28]"},
      {"The law was passed last week.", "2025-04-23", "last week", "date 2025-W16 [2025-04-14..2025-04-20]"},
      {"Profits fell last quarter.", "2025-04-23", "last quarter", "date 2025-Q1 [2025-01-01..2025-03-31]"},
      {"Tourism grows this summer.", "2025-04-23", "this summer", "date 2025-SU [2025-06-01..2025-08-31]"},
      {"since the 1990s", "2025-04-23", "the 1990s", "date 199 [1990-01-01..1999-12-31]"},
      {"It rose in mid-January.", "2025-04-23", "mid-January", "date 2025-01 [2025-01-01..2025-01-31] MID"},
      {"for more than a decade", "2025-04-23", "more than a decade", "duration P10Y [..] MORE_THAN"},
      {"for a few years", "2025-04-23", "a few years", "duration PXY [..]"},
      {"two days ago", "2025-04-23", "two days ago", "date 2025-04-21 [2025-04-21..2025-04-21]"},
      {"the previous day", "2025-04-23", "the previous day", "date 2025-04-22 [2025-04-22..2025-04-22]"},
      {"He said recently.", "2025-04-23", "recently", "date PAST_REF [..]"},
      {"in the coming years", "2025-04-23", "the coming years", "date FUTURE_REF [..]"},
      {"twice a month", "2025-04-23", "twice a month", "set P1M [..]"},
      {"at 3 p.m. and", "2025-04-23", "3 p.m.", "time 2025-04-23T15:00 [2025-04-23..2025-04-23]"},
      {"Tuesday morning", "2025-04-23", "Tuesday morning", "time 2025-04-22TMO [2025-04-22..2025-04-22]"},
      {"in April", "", "April", "date XXXX-04 [..]"},
      {"last year", "", "last year", "date XXXX [..]"},
      {"on 23/04/2025", "2025-04-23", "23/04/2025", "date 2025-04-23 [2025-04-23..2025-04-23]"},
      {"Prices rose in December.", "2025-01-10", "December", "date 2024-12 [2024-12-01..2024-12-31]"},
      {"Payment is due Jan. 14.", "1999-12-20", "Jan. 14", "date 2000-01-14 [2000-01-14..2000-01-14]"},
      // Reference periods, relative-year quarters, earnings comparisons, durations before "later".
      {"Sales for the year rose 13%.", "1989-10-26", "the year", "date 1989 [1989-01-01..1989-12-31]"},
      {"a cut by the end of the year", "1989-10-26", "the end of the year", "date 1989 [1989-01-01..1989-12-31] END"},
      {"in the first quarter of last year", "2009-05-01", "the first quarter of last year",
       "date 2008-Q1 [2008-01-01..2008-03-31]"},
      {"In the year-ago quarter it lost $2 million.", "1989-10-26", "the year-ago quarter",
       "date 1988-Q3 [1988-07-01..1988-09-30]"},
      {"Sales rose in February compared to the same period last year.", "2009-03-03", "the same period last year",
       "date 2008-02 [2008-02-01..2008-02-29]"},
      {"Three days later, the index recovered.", "1989-10-26", "Three days", "duration P3D [..]"},
      {"in nineteen ninety-six", "1998-04-01", "nineteen ninety-six", "date 1996 [1996-01-01..1996-12-31]"},
      {"declined between 1982 and 1992.", "1998-11-01", "1992", "date 1992 [1992-01-01..1992-12-31]"},
  };
  for (const Case& c : cases) {
    INFO(c.text << " (ref " << c.ref << ")");
    CHECK(temporal(c.text, c.ref, c.span) == c.expect);
  }
}

TEST_CASE("reference periods need a reference date", "[temporal]") {
  // "the year" without any reference date says nothing, so it is dropped rather than kept as XXXX.
  CHECK(temporal("Sales for the year rose.", "", "the year") == "(none)");
  CHECK(temporal("Sales rose last year.", "", "last year") == "date XXXX [..]");
}

TEST_CASE("not temporal expressions", "[temporal]") {
  const char* texts[] = {"May I ask?", "The March for Our Lives", "The Sunday Times reported", "COVID-19 cases",
                         "the G20 summit",  "a 2-1 win",             "a Boeing 737",               "under Section 144",
                         "A second group of directors"};
  for (const char* t : texts) {
    INFO(t);
    nf::ArticleResult r = nf::test::run_text(t, "2025-04-23");
    for (const nf::Mention& m : r.mentions) CHECK_FALSE(nf::is_temporal(m.kind));
  }
}
