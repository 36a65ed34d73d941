// Two-phase TIMEX3 normalization (HeidelTime style): the rules of rules/temporal/ leave an
// underspecified value in the mention's `value` attribute; this stage anchors it to the
// reference date (and, for "a year earlier" / "the following day", to the last date the
// article mentioned), reads the sentence's tense for bare months and weekdays, and fills
// value, mod and the calendar interval.
//
// Underspecified values (after `#` is replaced by the number of attribute `n`, plus `half`):
//   YMD                          attributes y, m, d (any may be empty; y "98" or "'98" -> 1998)
//   NUMDATE                      attributes a, b, y: 23/04/2025 or 04/23/2025, order from the article
//   UNDEF-REF-<unit>-<PLUS|MINUS>-<n>      shift of the reference date; unit = day, week, weekend,
//                                          month, quarter, half, year, decade, century
//   UNDEF-ANCHOR-<unit>-<PLUS|MINUS>-<n>   same from the last date mentioned (unit granularity)
//   UNDEF-ANCHORG-<unit>-<PLUS|MINUS>-<n>  same, keeping the anchor's granularity ("a year earlier")
//   UNDEF-ANCHORWD-<MINUS|PLUS>-N    the weekday N before (after) the last day mentioned
//   UNDEF-ANCHORQ-...            like REF, but from the last quarter or half mentioned if any
//                                (earnings: "up from $3 million a year ago" -> that quarter)
//   attribute fallback           value used when an ANCHOR* expression finds no anchor
//   UNDEF-<mode>-month-MM, -weekday-N, -season-XX, -quarter-N, -half-N, -day-N
//                                mode = tense (by the sentence's tense), last, next, this;
//                                months, quarters and halves also lastyear, thisyear, nextyear;
//                                quarters also yearbefore (a year before the last such quarter)
//   HOLIDAY-MM-DD, HOLIDAY-11-TH  fixed-date holidays, Thanksgiving (fourth Thursday of November)
//   UNDEF-century-N              the Nth century -> N-1 ("20th century" -> 19)
//   P...                         durations; units DE (decades) and CE (centuries) become years,
//                                fractions go to the next smaller unit (P0.5D -> PT12H)
// Attributes pod (MO, AF, EV, NI) and hour/minute/ampm (tz: Z for UTC) add a time of day;
// mod is copied. Attribute needs_ref (any value): dropped when the reference date is unknown.
#include "extractor/normalize/temporal.h"

#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

#include <re2/re2.h>

#include "extractor/normalize/entity_util.h"
#include "extractor/normalize/number_text.h"
#include "extractor/normalize/timex_calendar.h"
#include "extractor/normalize/timex_tense.h"
#include "extractor/rules/rule_library.h"
#include "extractor/text/split.h"

namespace nf {
namespace {

bool digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

int to_int(std::string_view s) { return std::atoi(std::string(s).c_str()); }

std::string pad2(int v) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d", v);
  return buf;
}

std::string year4(int y) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d", y);
  return buf;
}

// Two-digit years: '98 -> 1998, 05 -> 2005 (pivot: ten years after the reference year).
int expand_year(std::string y, int ref_year) {
  while (!y.empty() && !std::isdigit(static_cast<unsigned char>(y[0]))) y.erase(0, 1);
  if (!digits(y)) return -1;
  int v = to_int(y);
  if (y.size() == 4) return v;
  if (y.size() != 2) return -1;
  int pivot = (ref_year > 0 ? ref_year % 100 : 30) + 10;
  return v <= pivot ? 2000 + v : 1900 + v;
}

int season_index(std::string_view s) {
  if (s == "SP") return 0;
  if (s == "SU") return 1;
  if (s == "FA") return 2;
  if (s == "WI") return 3;
  return -1;
}

// Granularity of a resolved value, for anchored shifts.
enum class Gran { None, Day, Week, Month, Quarter, Half, Season, Year, Decade, Century };

}  // namespace

struct TemporalNormalizer::Impl {
  explicit Impl(const RuleLibrary& r)
      : rules(r), tense(r), month_year_gap(r.expand_macros("%tmx_month_year_gap", MacroOrder::LongestFirst)) {
    if (!month_year_gap.ok()) throw RuleError("tmx_month_year_gap: " + month_year_gap.error());
  }
  const RuleLibrary& rules;
  TenseReader tense;
  RE2 month_year_gap;  // what may stand between a month or season and the year joined to it

  struct Ref {
    bool known = false;
    CivilDate date;
  };

  std::string number(const std::string& n) const {
    if (n.empty()) return "X";
    if (const std::string* v = rules.lookup("tmx_num", n)) return *v;
    std::optional<double> v = parse_number_text(n, rules);
    if (!v) v = parse_ordinal_text(n, rules);
    if (!v) return "X";
    return format_number(*v);
  }

  // A duration value with fractions and decade/century units made standard.
  static std::string duration(const std::string& v) {
    if (v.size() < 3 || v[0] != 'P') return v;
    bool time = v[1] == 'T';
    size_t p = time ? 2 : 1;
    size_t q = p;
    while (q < v.size() && (std::isdigit(static_cast<unsigned char>(v[q])) || v[q] == '.' || v[q] == 'X')) ++q;
    std::string num = v.substr(p, q - p);
    std::string unit = v.substr(q);
    if (num.empty() || unit.empty()) return v;
    if (unit == "DE" || unit == "CE") {
      int mult = unit == "DE" ? 10 : 100;
      if (num == "X") return unit == "DE" ? "PXE" : "PXC";
      double d = std::atof(num.c_str()) * mult;
      return "P" + format_number(d) + "Y";
    }
    if (num == "X" || num.find('.') == std::string::npos) return (time ? "PT" : "P") + num + unit;
    double d = std::atof(num.c_str());
    // Fractions go one unit down: P1.5Y -> P18M, P0.5D -> PT12H, PT0.5H -> PT30M.
    struct Down {
      bool time;
      char unit;
      bool to_time;
      char to;
      double mult;
    };
    static const Down kDown[] = {{false, 'Y', false, 'M', 12}, {false, 'M', false, 'D', 30}, {false, 'W', false, 'D', 7},
                                 {false, 'D', true, 'H', 24},  {true, 'H', true, 'M', 60},   {true, 'M', true, 'S', 60}};
    // With a whole part the two units are written side by side, as TIMEX3 does: P2.5Y -> P2Y6M,
    // PT5.5H -> PT5H30M, P1.5D -> P1DT12H.
    double whole = std::floor(d);
    for (const Down& dn : kDown)
      if (dn.time == time && unit.size() == 1 && unit[0] == dn.unit) {
        double x = (d - whole) * dn.mult;
        if (x != std::floor(x)) break;
        std::string low = format_number(x) + dn.to;
        if (whole == 0) return std::string(dn.to_time ? "PT" : "P") + low;
        std::string high = (time ? "PT" : "P") + format_number(whole) + unit;
        return high + (dn.to_time && !time ? "T" : "") + low;
      }
    return (time ? "PT" : "P") + num + unit;
  }

  static std::string at_gran(CivilDate c, Gran g) {
    switch (g) {
      case Gran::Day: return format_ymd(c);
      case Gran::Week: return format_iso_week(c);
      case Gran::Month: return format_ym(c.y, c.m);
      case Gran::Quarter: return year4(c.y) + "-Q" + std::to_string((c.m - 1) / 3 + 1);
      case Gran::Half: return year4(c.y) + "-H" + std::to_string(c.m <= 6 ? 1 : 2);
      case Gran::Year: return year4(c.y);
      case Gran::Decade: return std::to_string(c.y / 10);
      case Gran::Century: return pad2(c.y / 100);
      default: return "";
    }
  }

  static Gran unit_gran(const std::string& u) {
    if (u == "day") return Gran::Day;
    if (u == "week" || u == "weekend") return Gran::Week;
    if (u == "month") return Gran::Month;
    if (u == "quarter") return Gran::Quarter;
    if (u == "half") return Gran::Half;
    if (u == "year") return Gran::Year;
    if (u == "decade") return Gran::Decade;
    if (u == "century") return Gran::Century;
    return Gran::None;
  }

  static CivilDate shift(CivilDate c, const std::string& unit, int n) {
    if (unit == "day") return add_days(c, n);
    if (unit == "week" || unit == "weekend") return add_days(c, 7L * n);
    if (unit == "month") return add_months(c, n);
    if (unit == "quarter") return add_months(c, 3 * n);
    if (unit == "half") return add_months(c, 6 * n);
    if (unit == "year") return add_months(c, 12 * n);
    if (unit == "decade") return add_months(c, 120 * n);
    if (unit == "century") return add_months(c, 1200 * n);
    return c;
  }

  // The anchor of ANCHORQ expressions after a report period of several quarters ("the nine months").
  // Written as this letter and the period's year ("S1989"): the year of the quarter named before
  // it, else the reference year.
  static constexpr char kSeveralQuarters = 'S';

  // "the nine months", "the first six months", "the year ended ...": a report period longer than a
  // quarter, written as a duration with "the" ("the past six months" is no report period).
  static bool several_quarters(const Mention& m, const std::string& value, std::string_view body) {
    if (m.kind != Kind::Duration || (value != "P6M" && value != "P9M" && value != "P1Y")) return false;
    if (m.span.end > body.size() || m.span.start + 4 > m.span.end) return false;
    std::string text(body.substr(m.span.start, m.span.end - m.span.start));
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (value == "P1Y") return text == "the year" || text == "the fiscal year";
    if (text.rfind("the ", 0) != 0) return false;
    for (const char* w : {"past", "last", "next", "coming", "previous", "following"})
      if (text.find(w) != std::string::npos) return false;
    return true;
  }

  // Quarters and halves: the periods that "a year ago" in an earnings report compares with.
  static bool ag_is_part(const std::string& v) {
    return v.size() == 7 && v[4] == '-' && (v[5] == 'Q' || v[5] == 'H');
  }

  // Whether a quarter or half ("2024-Q3", "2024-H1") ended before the reference date.
  static bool part_over(const std::string& v, CivilDate ref) {
    int y = to_int(v.substr(0, 4)), n = v[6] - '0';
    int last_month = v[5] == 'Q' ? 3 * n : 6 * n;
    return y < ref.y || (y == ref.y && last_month < ref.m);
  }

  // Whether a report period named last ("2024-Q4", "2024-H2", "S2024") ends the year before `year`:
  // the year-end results that are reported early in the next year.
  static bool last_years_end(const std::string& part, int year) {
    std::string prev = year4(year - 1);
    if (part.size() == 5 && part[0] == kSeveralQuarters) return part.substr(1) == prev;
    return part == prev + "-Q4" || part == prev + "-H2";
  }

  // A representative day and granularity of a resolved value (for anchors).
  static bool parse_value(const std::string& v, CivilDate& c, Gran& g) {
    if (v.size() < 4 || !digits(v.substr(0, 4))) return false;
    int y = to_int(v.substr(0, 4));
    c = CivilDate{y, 1, 1};
    if (v.size() == 4) return g = Gran::Year, true;
    if (v[4] != '-') return false;
    if (auto d = parse_ymd(v.substr(0, std::min<size_t>(10, v.size())))) return c = *d, g = Gran::Day, true;
    std::string rest = v.substr(5);
    if (rest.size() == 2 && digits(rest)) return c.m = to_int(rest), g = Gran::Month, true;
    if (rest.size() == 2 && rest[0] == 'Q' && rest[1] >= '1' && rest[1] <= '4')
      return c.m = 3 * (rest[1] - '1') + 1, g = Gran::Quarter, true;
    if (rest.size() == 2 && rest[0] == 'H' && (rest[1] == '1' || rest[1] == '2'))
      return c.m = rest[1] == '1' ? 1 : 7, g = Gran::Half, true;
    if (rest.size() >= 3 && rest[0] == 'W' && digits(rest.substr(1, 2)))
      return c = iso_week_monday(y, to_int(rest.substr(1, 2))), g = Gran::Week, true;
    return false;
  }

  // Month by mode. tense: the occurrence nearest to the reference month, except that the
  // future tense never goes back and the past tense goes forward at most three months
  // ("said it will pay on Dec. 15" in November is this December; "rose in November" in April
  // is last November). last / next / this / lastyear / nextyear / thisyear as they say.
  static int month_year(int month, const std::string& mode, Tense t, CivilDate ref) {
    if (mode == "lastyear") return ref.y - 1;
    if (mode == "nextyear") return ref.y + 1;
    if (mode == "last") return month < ref.m ? ref.y : ref.y - 1;
    if (mode == "next") return month > ref.m ? ref.y : ref.y + 1;
    if (mode != "tense") return ref.y;
    int fwd = (month - ref.m + 12) % 12;  // months forward to the next such month (0: this one)
    if (fwd == 0) return ref.y;
    int year_fwd = month > ref.m ? ref.y : ref.y + 1;
    int year_back = month < ref.m ? ref.y : ref.y - 1;
    if (t == Tense::Future) return year_fwd;
    if (t == Tense::PastFirm) return year_back;
    if (t == Tense::Past) return fwd <= 3 ? year_fwd : year_back;
    return fwd <= 6 ? year_fwd : year_back;
  }

  std::string resolve_undef(const std::string& v, const Mention& m, Tense t, const Ref& ref,
                            const std::string& anchor) const {
    std::vector<std::string> p = split(v, '-');
    if (p.size() < 2) return "";
    // UNDEF-century-N does not need the reference date.
    if (p[1] == "century" && p.size() == 3 && digits(p[2])) return pad2(to_int(p[2]) - 1);
    // UNDEF-ANCHORQ-period-YYYY ("the 1988 quarter"): the quarter or half named nearby, in year YYYY.
    if (p[1] == "ANCHORQ" && p.size() == 4 && p[2] == "period" && p[3].size() == 4 && digits(p[3]))
      return ag_is_part(anchor) ? p[3] + anchor.substr(4) : p[3];
    // UNDEF-ANCHORWD-<MINUS|PLUS>-N: the weekday N before (after) the day last mentioned, else
    // before (after) the reference date ("the previous Friday", "the following Thursday").
    if (p[1] == "ANCHORWD" && p.size() == 4 && digits(p[3])) {
      int wd = to_int(p[3]);
      if (wd < 1 || wd > 7) return "";
      CivilDate base = ref.date;
      CivilDate a;
      Gran ag;
      if (parse_value(anchor, a, ag) && ag == Gran::Day) base = a;
      else if (!ref.known) return "XXXX-WXX-" + p[3];
      int rw = iso_weekday(base);
      long delta = p[2] == "MINUS" ? -((rw - wd + 7) % 7 == 0 ? 7 : (rw - wd + 7) % 7)
                                   : ((wd - rw + 7) % 7 == 0 ? 7 : (wd - rw + 7) % 7);
      return format_ymd(add_days(base, delta));
    }
    if (p[1] == "REF" || p[1] == "ANCHOR" || p[1] == "ANCHORG" || p[1] == "ANCHORQ") {
      if (p.size() != 5) return "";
      const std::string& unit = p[2];
      int n = p[4] == "X" ? 0 : static_cast<int>(std::lround(std::atof(p[4].c_str())));
      if (p[3] == "MINUS") n = -n;
      Gran g = unit_gran(unit);
      CivilDate base = ref.date;
      bool have = ref.known;
      bool anchored = false;
      // A report period of several quarters named last ("for the nine months, net rose ... from
      // $4 million a year earlier"): the comparison is with the year before, not a quarter.
      if (p[1] == "ANCHORQ" && unit == "year" && anchor.size() == 5 && anchor[0] == kSeveralQuarters) {
        int y = to_int(anchor.substr(1));
        return at_gran(shift(CivilDate{y, 1, 1}, unit, n), Gran::Year);
      }
      if (p[1] != "REF" && !anchor.empty()) {
        CivilDate a;
        Gran ag;
        bool quarter = ag_is_part(anchor);
        if (parse_value(anchor, a, ag) && ag <= g && (p[1] != "ANCHORQ" || quarter)) {
          base = a;
          have = anchored = true;
          if (p[1] != "ANCHOR") g = ag;
        }
      }
      // No usable anchor: the rule may name another value to fall back on.
      std::string fallback = attr(m, "fallback");
      if (p[1] != "REF" && !anchored && !fallback.empty() && fallback != v)
        return resolve_undef(fallback, m, t, ref, "");
      if (!have) return unknown_for(g);
      if (p[4] == "X") {  // "a few years ago": direction only
        return n < 0 || p[3] == "MINUS" ? "PAST_REF" : "FUTURE_REF";
      }
      CivilDate c = shift(base, unit, n);
      std::string out = at_gran(c, g);
      if (unit == "weekend") out += "-WE";
      return out;
    }
    if (p.size() < 4) return "";
    const std::string& mode = p[1];
    const std::string& what = p[2];
    const std::string& arg = p[3];
    if (what == "month") {
      int month = to_int(arg);
      if (month < 1 || month > 12) return "";
      if (!ref.known) return "XXXX-" + pad2(month);
      return format_ym(month_year(month, mode, t, ref.date), month);
    }
    if (what == "quarter" || what == "half") {
      int q = to_int(arg);
      int per = what == "quarter" ? 3 : 6;
      int first_month = (q - 1) * per + 1;
      std::string suffix = (what == "quarter" ? "-Q" : "-H") + std::to_string(q);
      if (!ref.known) return "XXXX" + suffix;
      int ref_q = (ref.date.m - 1) / per + 1;
      int y = ref.date.y;
      if (mode == "last") y = q < ref_q ? y : y - 1;
      else if (mode == "next") y = q > ref_q ? y : y + 1;
      else if (mode == "lastyear") y -= 1;  // "the first quarter of last year"
      else if (mode == "nextyear") y += 1;
      else if (mode == "tense" && is_past(t) && q > ref_q) y -= 1;
      else if (mode == "yearbefore") y -= q > ref_q ? 2 : 1;  // a year before the one reported
      (void)first_month;  // the future tense keeps the reference year: "expects third-quarter results"
      return year4(y) + suffix;
    }
    if (what == "season") {
      int s = season_index(arg);
      if (s < 0) return "";
      if (!ref.known) return "XXXX-" + arg;
      // Season index of the reference date and the year its season is counted in.
      int rm = ref.date.m;
      int rs = rm == 12 || rm <= 2 ? 3 : (rm - 3) / 3;
      int ry = rm <= 2 ? ref.date.y - 1 : ref.date.y;
      int y = ry;
      if (mode == "last") y = s < rs ? ry : ry - 1;
      else if (mode == "next") y = s > rs ? ry : ry + 1;
      else if (mode == "tense" && is_past(t) && s > rs) y = ry - 1;
      else if (mode == "tense" && t == Tense::Future && s < rs) y = ry + 1;
      return year4(y) + "-" + arg;
    }
    if (what == "weekday") {
      int wd = to_int(arg);
      if (wd < 1 || wd > 7) return "";
      if (!ref.known) return "XXXX-WXX-" + std::to_string(wd);
      int rw = iso_weekday(ref.date);
      int back = (rw - wd + 7) % 7;  // days back to the most recent such weekday (0 = today)
      int fwd = (wd - rw + 7) % 7;
      long delta;
      if (mode == "last") delta = -(back == 0 ? 7 : back);
      else if (mode == "next") delta = fwd == 0 ? 7 : fwd;
      else if (mode == "this") delta = wd - rw;
      else if (t == Tense::Future) delta = fwd;
      else delta = -back;
      return format_ymd(add_days(ref.date, delta));
    }
    if (what == "day") {  // "the 23rd": a day of the reference month
      int d = to_int(arg);
      if (d < 1 || d > 31) return "";
      if (!ref.known) return "XXXX-XX-" + pad2(d);
      CivilDate c{ref.date.y, ref.date.m, 1};
      if (is_past(t) && d > ref.date.d) c = add_months(c, -1);
      if (t == Tense::Future && d < ref.date.d) c = add_months(c, 1);
      if (d > days_in_month(c.y, c.m)) return "";
      c.d = d;
      return format_ymd(c);
    }
    (void)m;
    return "";
  }

  static std::string unknown_for(Gran g) {
    switch (g) {
      case Gran::Day: return "XXXX-XX-XX";
      case Gran::Week: return "XXXX-WXX";
      case Gran::Month: return "XXXX-XX";
      case Gran::Quarter: return "XXXX-QX";
      case Gran::Year: return "XXXX";
      case Gran::Decade: return "XXX";
      case Gran::Century: return "XX";
      default: return "";
    }
  }

  // HOLIDAY-MM-DD (fixed date) or HOLIDAY-11-TH (fourth Thursday of November), year from
  // attribute y or by tense like a month.
  std::string resolve_holiday(const std::string& md, const Mention& m, Tense t, const Ref& ref) const {
    if (md.size() != 5 || md[2] != '-') return "";
    int month = to_int(md.substr(0, 2));
    std::string ys = attr(m, "y");
    int year = ys.empty() ? -1 : expand_year(ys, ref.known ? ref.date.y : -1);
    if (year < 0) {
      if (!ref.known) return md.substr(3) == "TH" ? "XXXX-" + md.substr(0, 2) : "XXXX-" + md;
      year = month_year(month, "tense", t, ref.date);
    }
    if (md.substr(3) == "TH") {
      CivilDate first{year, month, 1};
      int to_thu = (4 - iso_weekday(first) + 7) % 7;
      return format_ymd(add_days(first, to_thu + 21));
    }
    return format_ymd(CivilDate{year, month, to_int(md.substr(3))});
  }

  std::string resolve_ymd(const Mention& m, Tense t, const Ref& ref) const {
    std::string ys = attr(m, "y"), ms = attr(m, "m"), ds = attr(m, "d");
    std::string dd;
    for (char c : ds)
      if (std::isdigit(static_cast<unsigned char>(c))) dd += c;
    if (dd.empty() && !ds.empty()) dd = number(ds);
    int month = digits(ms) ? to_int(ms) : 0;
    int day = digits(dd) ? to_int(dd) : 0;
    if (!ms.empty() && (month < 1 || month > 12)) return "";
    if (!ds.empty() && (day < 1 || day > 31)) return "";
    int year = ys.empty() ? -1 : expand_year(ys, ref.known ? ref.date.y : -1);
    if (!ys.empty() && year < 0) return "";
    if (year < 0) {
      if (!ref.known) {
        if (month == 0) return "";
        return "XXXX-" + pad2(month) + (day ? "-" + pad2(day) : "");
      }
      year = ref.date.y;
      if (month) {
        // Month and day without a year: the month's occurrence by tense (month_year); within
        // the reference month, the day decides only for the future tense.
        year = month_year(month, "tense", t, ref.date);
        if (month == ref.date.m && day && t == Tense::Future && day < ref.date.d) year += 1;
      }
    }
    if (month == 0) return year4(year);
    if (day == 0) return format_ym(year, month);
    if (day > days_in_month(year, month)) return "";
    return format_ymd(CivilDate{year, month, day});
  }

  std::string resolve(const std::string& v, Mention& m, Tense t, const Ref& ref, const std::string& anchor,
                      bool day_first) const {
    if (v == "YMD") return resolve_ymd(m, t, ref);
    if (v == "NUMDATE") {
      std::string a = attr(m, "a"), b = attr(m, "b");
      int x = to_int(a), y = to_int(b);
      bool dfirst;
      if (x > 12 && y <= 12) dfirst = true;
      else if (y > 12 && x <= 12) dfirst = false;
      else if (x == y) dfirst = true;
      else {
        dfirst = day_first;
        m.ambiguous = true;
      }
      Mention tmp;
      tmp.attrs = {{"y", attr(m, "y")}, {"m", dfirst ? b : a}, {"d", dfirst ? a : b}};
      return resolve_ymd(tmp, t, ref);
    }
    if (v.rfind("HOLIDAY-", 0) == 0) return resolve_holiday(v.substr(8), m, t, ref);
    if (v.rfind("UNDEF-", 0) == 0) return resolve_undef(v, m, t, ref, anchor);
    if (!v.empty() && v[0] == 'P' && v.size() > 2 && v != "PAST_REF" && v != "PRESENT_REF") return duration(v);
    return v;
  }

  bool tense_sensitive(const std::string& v) const {
    return v == "YMD" || v == "NUMDATE" || v.rfind("HOLIDAY-", 0) == 0 || v.find("-tense-") != std::string::npos;
  }

  // The order of an ambiguous numeric date (7/8/07): that of the article's first unambiguous
  // numeric date; else that of its written dates ("July 9" is month first, "9 July" day
  // first), the majority deciding; else day first.
  bool article_day_first(const std::vector<Mention>& ms) const {
    int month_first = 0, day_first = 0;
    for (const Mention& m : ms) {
      if (!is_temporal(m.kind)) continue;
      if (m.rule.rfind("date.month_day", 0) == 0) ++month_first;
      if (m.rule.rfind("date.day_month", 0) == 0) ++day_first;
      if (attr(m, "value") != "NUMDATE") continue;
      int x = to_int(attr(m, "a")), y = to_int(attr(m, "b"));
      if (x <= 12 && y > 12) return false;
      if (x > 12 && y <= 12) return true;
    }
    return month_first <= day_first;
  }

  void run(std::vector<Mention>& mentions, const ArticleContext& ctx) const {
    Ref ref;
    if (auto d = parse_ymd(ctx.reference_date)) ref = Ref{true, *d};
    bool day_first = article_day_first(mentions);
    std::string anchor;       // the last resolved date of the article, for "the following day"
    std::string anchor_day;   // the last day it named, for "later in the day" after "since February"
    std::string anchor_part;  // the last quarter or half it named, for "the latest quarter"
    int anchor_part_sentence = -1000;
    std::vector<Mention> kept;
    kept.reserve(mentions.size());
    for (Mention& m : mentions) {
      if (!is_temporal(m.kind)) {
        kept.push_back(std::move(m));
        continue;
      }
      std::string v = attr(m, "value");
      // "the year", "year-end": without a reference date they say nothing ("XXXX").
      if (!ref.known && !attr(m, "needs_ref").empty()) continue;
      if (v.find('#') != std::string::npos) {
        std::string n = number(attr(m, "n"));
        std::string half = attr(m, "half");  // "two and a half years"
        if (!half.empty() && n != "X") n = format_number(std::atof(n.c_str()) + std::atof(half.c_str()));
        std::string out;
        for (char c : v) out += c == '#' ? n : std::string(1, c);
        v = out;
      }
      // A quarter anchors comparisons only nearby: within the same or the next two sentences.
      bool near_part = m.sentence >= 0 && m.sentence - anchor_part_sentence <= 2;
      bool report_year = !attr(m, "report_year").empty() && v == "UNDEF-REF-year-PLUS-0" && attr(m, "mod").empty() &&
                         near_part && ref.known && last_years_end(anchor_part, ref.date.y);
      Tense t = Tense::None;
      if (tense_sensitive(v) || attr(m, "anchor") == "tense" || report_year) {
        const Sentence* s = m.sentence >= 0 && static_cast<size_t>(m.sentence) < ctx.segmentation.sentences.size()
                                ? &ctx.segmentation.sentences[m.sentence]
                                : nullptr;
        if (s) t = tense.at(ctx.sentence_text(m.sentence), m.span.start - s->start);
      }
      // Early in a year, a past "for the full year" next to last year's fourth quarter is that
      // year ("for the year, it expects ..." looks ahead: this year).
      if (report_year && is_past(t)) v = "UNDEF-REF-year-MINUS-1";
      static const std::string kNone;
      const std::string* a = v.rfind("UNDEF-ANCHORQ-", 0) == 0 ? (near_part ? &anchor_part : &kNone) : &anchor;
      // "later in the day", "the following day": the last date fine enough for the unit, though a
      // coarser one ("since February") came after it.
      if (v.rfind("UNDEF-ANCHOR-", 0) == 0 && !anchor_day.empty()) {
        std::vector<std::string> parts = split(v, '-');
        CivilDate c;
        Gran g;
        if (parts.size() > 2 && (!parse_value(anchor, c, g) || g > unit_gran(parts[2]))) a = &anchor_day;
      }
      std::string value = resolve(v, m, t, ref, *a, day_first);
      if (value.empty()) continue;  // not a real date (31 February, month 13): drop it
      m.mod = attr(m, "mod");
      // Time of day.
      std::string hour = attr(m, "hour"), pod = attr(m, "pod");
      if (!hour.empty() && value.size() >= 10 && value[4] == '-') {
        int h = to_int(hour), mi = to_int(attr(m, "minute"));
        std::string ap = attr(m, "ampm");
        for (char& c : ap) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (!ap.empty() && ap[0] == 'p' && h < 12) h += 12;
        if (!ap.empty() && ap[0] == 'a' && h == 12) h = 0;
        if (h > 24 || mi > 59) continue;
        value += "T" + pad2(h) + ":" + pad2(mi) + attr(m, "tz");
      } else if (!pod.empty() && value.size() >= 10 && value[4] == '-') {
        value += "T" + pod;
      }
      m.value = value;
      if (m.kind == Kind::Date || m.kind == Kind::Time) {
        auto [b, e] = timex_interval(value);
        m.begin_date = b;
        m.end_date = e;
        CivilDate c;
        Gran g;
        // Comparisons ("a year earlier", "the year-ago quarter") do not move the anchor; "the
        // latest quarter" (a shift by 0) does.
        bool comparison = v.rfind("UNDEF-ANCHOR", 0) == 0 && v.find("-PLUS-0") == std::string::npos;
        if (!comparison && parse_value(value, c, g)) {
          anchor = value.substr(0, std::min<size_t>(value.size(), 10));
          if (g == Gran::Day) anchor_day = anchor;
          // Only a quarter or half already over at the reference date is a report period ("a
          // fourth-quarter charge" in November is a forecast, not what "the latest quarter" is).
          if (ag_is_part(anchor) && (!ref.known || part_over(anchor, ref.date))) {
            anchor_part = anchor;
            anchor_part_sentence = m.sentence;
          }
        }
      } else if (several_quarters(m, value, ctx.body)) {
        bool near = m.sentence - anchor_part_sentence <= 2 && anchor_part.size() >= 5;
        std::string year;
        if (near) year = anchor_part[0] == kSeveralQuarters ? anchor_part.substr(1) : anchor_part.substr(0, 4);
        else if (ref.known) year = year4(ref.date.y);
        if (!year.empty()) {
          anchor = year;  // "a year earlier" after it: the year before
          anchor_part = kSeveralQuarters + year;
          anchor_part_sentence = m.sentence;
        }
      }
      if (m.kind == Kind::Duration && ref.known) {
        // Anchored durations: "in just three weeks" (past) ends at the reference date,
        // "the next two weeks" starts there.
        std::string a = attr(m, "anchor");
        int dir = 0;
        if (a == "past") dir = -1;
        else if (a == "future") dir = 1;
        else if (a == "tense") dir = is_past(t) ? -1 : t == Tense::Future ? 1 : 0;
        if (dir != 0) {
          if (auto other = add_duration(ref.date, value, dir)) {
            CivilDate b = dir < 0 ? add_days(*other, 1) : ref.date;
            CivilDate e = dir < 0 ? ref.date : add_days(*other, -1);
            m.begin_date = format_ymd(b);
            m.end_date = format_ymd(e);
          }
        }
      }
      kept.push_back(std::move(m));
    }
    mentions = std::move(kept);
    join_clock_and_day(mentions, ctx.body);
    join_unit_before_date(mentions, ctx.body);
    join_month_and_year(mentions, ctx.body);
  }

  // "January nineteen ninety-seven", "the winter of nineteen ninety-four": a month or season
  // resolved without a year, right before a year the month or season rules could not take
  // (a spoken year), takes that year; the two become one mention. What may stand between them
  // is the macro tmx_month_year_gap (rules/temporal/dates.xml).
  void join_month_and_year(std::vector<Mention>& ms, std::string_view body) const {
    for (size_t i = 0; i + 1 < ms.size(); ++i) {
      Mention& a = ms[i];
      if (a.kind != Kind::Date || attr(a, "value").rfind("UNDEF-tense-", 0) != 0) continue;
      bool month = a.value.size() == 7 && digits(a.value.substr(5));
      bool season = a.value.size() == 7 && season_index(a.value.substr(5)) >= 0;
      if (!month && !season) continue;
      size_t j = i + 1;
      while (j < ms.size() && !is_temporal(ms[j].kind) && ms[j].span.start < a.span.end + 5) ++j;
      if (j >= ms.size()) continue;
      Mention& b = ms[j];
      if (b.kind != Kind::Date || b.value.size() != 4 || !digits(b.value) || b.span.start < a.span.end) continue;
      std::string_view gap = body.substr(a.span.end, b.span.start - a.span.end);
      if (!RE2::FullMatch(re2::StringPiece(gap.data(), gap.size()), month_year_gap)) continue;
      a.value = b.value + a.value.substr(4);
      auto [bd, ed] = timex_interval(a.value);
      a.begin_date = bd;
      a.end_date = ed;
      a.span.end = b.span.end;
      ms.erase(ms.begin() + static_cast<long>(j));
    }
  }

  // "the day before last Tuesday's hearing", "the week after Christmas": a shift of a unit
  // ("the day before", UNDEF-ANCHOR-day-MINUS-1) right before a date at least as fine as the
  // unit counts from that date; the two become one mention.
  static void join_unit_before_date(std::vector<Mention>& ms, std::string_view body) {
    for (size_t i = 0; i + 1 < ms.size(); ++i) {
      Mention& a = ms[i];
      if (a.kind != Kind::Date || a.rule != "date.day_before_after") continue;
      std::vector<std::string> p = split(attr(a, "value"), '-');
      if (p.size() != 5 || p[0] != "UNDEF" || p[1] != "ANCHOR") continue;
      size_t j = i + 1;
      while (j < ms.size() && !is_temporal(ms[j].kind) && ms[j].span.start < a.span.end + 2) ++j;
      if (j >= ms.size()) continue;
      Mention& b = ms[j];
      if (b.kind != Kind::Date || b.span.start != a.span.end + 1 || body[a.span.end] != ' ') continue;
      CivilDate c;
      Gran g;
      if (!parse_value(b.value, c, g) || g > unit_gran(p[2])) continue;
      int n = to_int(p[4]) * (p[3] == "MINUS" ? -1 : 1);
      a.value = at_gran(shift(c, p[2], n), unit_gran(p[2]));
      auto [bd, ed] = timex_interval(a.value);
      a.begin_date = bd;
      a.end_date = ed;
      a.span.end = b.span.end;
      ms.erase(ms.begin() + static_cast<long>(j));
    }
  }

  // "10 p.m. Wednesday", "9 a.m. EST Tuesday": the sentence splitter may cut after "p.m.", so
  // a clock time on the reference day followed by a day-precise date is joined into one time
  // mention on that date.
  static void join_clock_and_day(std::vector<Mention>& ms, std::string_view body) {
    for (size_t i = 0; i + 1 < ms.size(); ++i) {
      Mention& a = ms[i];
      if (a.kind != Kind::Time || a.rule.rfind("time.clock", 0) != 0) continue;
      if (attr(a, "value") != "UNDEF-REF-day-PLUS-0" || a.value.size() < 11 || a.value[10] != 'T') continue;
      size_t j = i + 1;
      while (j < ms.size() && !is_temporal(ms[j].kind) && ms[j].span.start < a.span.end + 8) ++j;
      if (j >= ms.size()) continue;
      Mention& b = ms[j];
      if (b.kind != Kind::Date || b.value.size() != 10 || !parse_ymd(b.value)) continue;
      if (b.span.start < a.span.end) continue;
      std::string_view gap = body.substr(a.span.end, b.span.start - a.span.end);
      bool plain = gap.size() <= 5;
      for (char c : gap)
        if (c != ' ' && c != ',' && c != 'o' && c != 'n') plain = false;
      if (!plain) continue;
      a.span.end = b.span.end;
      a.value = b.value + a.value.substr(10);
      a.begin_date = b.begin_date;
      a.end_date = b.end_date;
      ms.erase(ms.begin() + static_cast<long>(j));
    }
  }
};

TemporalNormalizer::TemporalNormalizer(const RuleLibrary& rules) : impl_(std::make_unique<Impl>(rules)) {}
TemporalNormalizer::~TemporalNormalizer() = default;
TemporalNormalizer::TemporalNormalizer(TemporalNormalizer&&) noexcept = default;
void TemporalNormalizer::run(std::vector<Mention>& mentions, const ArticleContext& ctx) const {
  impl_->run(mentions, ctx);
}

}  // namespace nf
