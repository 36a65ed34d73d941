// Proleptic Gregorian calendar arithmetic for the temporal normalizer: day numbers, ISO weeks,
// month and year shifts, and the calendar interval (first and last day) a TIMEX3 value covers.
//
//   nf::CivilDate d = *nf::parse_ymd("2025-04-23");
//   nf::format_iso_week(nf::add_days(d, -7));          // "2025-W16"
//   nf::timex_interval("2025-04")                      // {"2025-04-01", "2025-04-30"}
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace nf {

struct CivilDate {
  int y = 0, m = 1, d = 1;
};

long days_from_civil(CivilDate c);
CivilDate civil_from_days(long z);
int days_in_month(int y, int m);
int iso_weekday(CivilDate c);                    // Monday 1 .. Sunday 7
CivilDate add_days(CivilDate c, long n);
CivilDate add_months(CivilDate c, int n);        // day clamped to the month's length
std::pair<int, int> iso_week(CivilDate c);       // {ISO year, week number}
CivilDate iso_week_monday(int iso_year, int week);

std::optional<CivilDate> parse_ymd(std::string_view s);  // "YYYY-MM-DD" only
std::string format_ymd(CivilDate c);
std::string format_ym(int y, int m);
std::string format_iso_week(CivilDate c);

// The inclusive calendar interval of a resolved TIMEX3 date value: YYYY, YYYY-MM, YYYY-MM-DD
// (with an optional T... time part), YYYY-Www, YYYY-Www-WE, YYYY-Qn, YYYY-Hn, YYYY-SP/SU/FA/WI,
// decades (199) and centuries (19). Empty strings when the value has unknown (X) parts.
std::pair<std::string, std::string> timex_interval(std::string_view value);

// The number of days a duration value spans (P3W -> 21, P2M from a start date), for anchoring
// durations to the reference date: the interval [start, start + duration) as inclusive days.
// nullopt for vague (PXY) or time-only (PT5H below a day) durations.
std::optional<CivilDate> add_duration(CivilDate start, std::string_view duration, int sign);

}  // namespace nf
