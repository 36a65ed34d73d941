#include "extractor/normalize/timex_calendar.h"

#include <cctype>
#include <cstdio>
#include <cstdlib>

namespace nf {
namespace {

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

int to_int(std::string_view s) { return std::atoi(std::string(s).c_str()); }

std::pair<std::string, std::string> span_of(CivilDate a, CivilDate b) { return {format_ymd(a), format_ymd(b)}; }

}  // namespace

// Howard Hinnant's days_from_civil / civil_from_days (public domain algorithms).
long days_from_civil(CivilDate c) {
  long y = c.y - (c.m <= 2 ? 1 : 0);
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long mp = (c.m + 9) % 12;
  long doy = (153 * mp + 2) / 5 + c.d - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate civil_from_days(long z) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = yoe + era * 400;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return CivilDate{static_cast<int>(y + (m <= 2 ? 1 : 0)), m, d};
}

int days_in_month(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return kDays[(m - 1 + 1200) % 12];
}

int iso_weekday(CivilDate c) {
  long z = days_from_civil(c);  // 1970-01-01 was a Thursday (4)
  long w = (z + 3) % 7;
  if (w < 0) w += 7;
  return static_cast<int>(w) + 1;
}

CivilDate add_days(CivilDate c, long n) { return civil_from_days(days_from_civil(c) + n); }

CivilDate add_months(CivilDate c, int n) {
  int total = c.y * 12 + (c.m - 1) + n;
  int y = total >= 0 ? total / 12 : (total - 11) / 12;
  int m = total - y * 12 + 1;
  int d = c.d;
  if (d > days_in_month(y, m)) d = days_in_month(y, m);
  return CivilDate{y, m, d};
}

std::pair<int, int> iso_week(CivilDate c) {
  CivilDate thursday = add_days(c, 4 - iso_weekday(c));
  long jan1 = days_from_civil(CivilDate{thursday.y, 1, 1});
  int week = static_cast<int>((days_from_civil(thursday) - jan1) / 7 + 1);
  return {thursday.y, week};
}

CivilDate iso_week_monday(int iso_year, int week) {
  CivilDate jan4{iso_year, 1, 4};
  CivilDate monday1 = add_days(jan4, 1 - iso_weekday(jan4));
  return add_days(monday1, 7L * (week - 1));
}

std::optional<CivilDate> parse_ymd(std::string_view s) {
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  if (!all_digits(s.substr(0, 4)) || !all_digits(s.substr(5, 2)) || !all_digits(s.substr(8, 2))) return std::nullopt;
  CivilDate c{to_int(s.substr(0, 4)), to_int(s.substr(5, 2)), to_int(s.substr(8, 2))};
  if (c.m < 1 || c.m > 12 || c.d < 1 || c.d > days_in_month(c.y, c.m)) return std::nullopt;
  return c;
}

std::string format_ymd(CivilDate c) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", c.y, c.m, c.d);
  return buf;
}

std::string format_ym(int y, int m) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
  return buf;
}

std::string format_iso_week(CivilDate c) {
  auto [y, w] = iso_week(c);
  char buf[24];
  std::snprintf(buf, sizeof buf, "%04d-W%02d", y, w);
  return buf;
}

std::pair<std::string, std::string> timex_interval(std::string_view v) {
  size_t t = v.find('T');
  if (t != std::string_view::npos && t >= 10) v = v.substr(0, t);
  if (v.size() == 2 && all_digits(v)) {  // century: 19 -> 1900..1999
    int c = to_int(v);
    return span_of({c * 100, 1, 1}, {c * 100 + 99, 12, 31});
  }
  if (v.size() == 3 && all_digits(v)) {  // decade: 199 -> 1990..1999
    int d = to_int(v);
    return span_of({d * 10, 1, 1}, {d * 10 + 9, 12, 31});
  }
  if (v.size() < 4 || !all_digits(v.substr(0, 4))) return {};
  int y = to_int(v.substr(0, 4));
  if (v.size() == 4) return span_of({y, 1, 1}, {y, 12, 31});
  if (v[4] != '-') return {};
  std::string_view rest = v.substr(5);
  if (rest.size() == 2 && all_digits(rest)) {
    int m = to_int(rest);
    if (m < 1 || m > 12) return {};
    return span_of({y, m, 1}, {y, m, days_in_month(y, m)});
  }
  if (rest.size() == 5 && rest[2] == '-') {
    if (auto c = parse_ymd(v.substr(0, 10))) return span_of(*c, *c);
    return {};
  }
  if (rest.size() >= 3 && rest[0] == 'W' && all_digits(rest.substr(1, 2))) {
    CivilDate mon = iso_week_monday(y, to_int(rest.substr(1, 2)));
    if (rest.size() == 3) return span_of(mon, add_days(mon, 6));
    if (rest.substr(3) == "-WE") return span_of(add_days(mon, 5), add_days(mon, 6));
    return {};
  }
  if (rest.size() == 2 && rest[0] == 'Q' && rest[1] >= '1' && rest[1] <= '4') {
    int q = rest[1] - '0';
    int m0 = 3 * (q - 1) + 1;
    return span_of({y, m0, 1}, {y, m0 + 2, days_in_month(y, m0 + 2)});
  }
  if (rest.size() == 2 && rest[0] == 'H' && (rest[1] == '1' || rest[1] == '2')) {
    if (rest[1] == '1') return span_of({y, 1, 1}, {y, 6, 30});
    return span_of({y, 7, 1}, {y, 12, 31});
  }
  // Seasons, northern hemisphere, meteorological: winter runs December to February.
  if (rest == "SP") return span_of({y, 3, 1}, {y, 5, 31});
  if (rest == "SU") return span_of({y, 6, 1}, {y, 8, 31});
  if (rest == "FA") return span_of({y, 9, 1}, {y, 11, 30});
  if (rest == "WI") return span_of({y, 12, 1}, {y + 1, 2, days_in_month(y + 1, 2)});
  return {};
}

std::optional<CivilDate> add_duration(CivilDate start, std::string_view dur, int sign) {
  if (dur.size() < 3 || dur[0] != 'P' || dur[1] == 'T') return std::nullopt;
  std::string_view num = dur.substr(1, dur.size() - 2);
  if (!all_digits(num)) return std::nullopt;
  int n = to_int(num) * sign;
  switch (dur.back()) {
    case 'D': return add_days(start, n);
    case 'W': return add_days(start, 7L * n);
    case 'M': return add_months(start, n);
    case 'Q': return add_months(start, 3 * n);
    case 'Y': return add_months(start, 12 * n);
    case 'E': return add_months(start, 120 * n);
    case 'C': return add_months(start, 1200 * n);
    default: return std::nullopt;
  }
}

}  // namespace nf
