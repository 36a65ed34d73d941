#include "extractor/claims/time_arg.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "extractor/claims/lexicon.h"
#include "extractor/rules/rule_library.h"

namespace nf {
namespace {

// Days since 1970-01-01 of a proleptic Gregorian date, and back (civil calendar arithmetic).
long days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

std::string civil_from_days(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const long d = doy - (153 * mp + 2) / 5 + 1;
  const long m = mp + (mp < 10 ? 3 : -9);
  const long y = yoe + era * 400 + (m <= 2);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04ld-%02ld-%02ld", y, m, d);
  return buf;
}

int days_in_month(int y, int m) { return static_cast<int>(days_from_civil(m == 12 ? y + 1 : y, m == 12 ? 1 : m + 1, 1) - days_from_civil(y, m, 1)); }

bool all_digits(const std::string& s, size_t from, size_t n) {
  if (s.size() < from + n) return false;
  for (size_t i = from; i < from + n; ++i)
    if (s[i] < '0' || s[i] > '9') return false;
  return true;
}

}  // namespace

std::pair<std::string, std::string> timex_interval(const std::string& v, const std::string& ref, bool ends_at_ref) {
  char buf[64];
  if (v.size() == 10 && all_digits(v, 0, 4) && v[4] == '-' && all_digits(v, 5, 2) && v[7] == '-' && all_digits(v, 8, 2))
    return {v, v};
  if (v.size() == 7 && all_digits(v, 0, 4) && v[4] == '-' && all_digits(v, 5, 2)) {
    int y = std::atoi(v.substr(0, 4).c_str()), m = std::atoi(v.substr(5, 2).c_str());
    if (m < 1 || m > 12) return {};
    std::snprintf(buf, sizeof buf, "%s-%02d", v.c_str(), days_in_month(y, m));
    return {v + "-01", buf};
  }
  if (v.size() == 4 && all_digits(v, 0, 4)) return {v + "-01-01", v + "-12-31"};
  // A duration that ends at the reference date: P3W, P10D, P2M, P1Y.
  if (ends_at_ref && ref.size() == 10 && v.size() >= 3 && v[0] == 'P' && all_digits(v, 1, v.size() - 2)) {
    long n = std::atol(v.substr(1, v.size() - 2).c_str());
    char unit = v.back();
    int y = std::atoi(ref.substr(0, 4).c_str()), m = std::atoi(ref.substr(5, 2).c_str()), d = std::atoi(ref.substr(8, 2).c_str());
    long end = days_from_civil(y, m, d);
    long begin;
    if (unit == 'D') begin = end - n;
    else if (unit == 'W') begin = end - 7 * n;
    else if (unit == 'M' || unit == 'Y') {
      long months = unit == 'M' ? n : 12 * n;
      long total = y * 12L + (m - 1) - months;
      int by = static_cast<int>(total / 12), bm = static_cast<int>(total % 12) + 1;
      int bd = std::min(d, days_in_month(by, bm));
      begin = days_from_civil(by, bm, bd);
    } else {
      return {};
    }
    return {civil_from_days(begin), ref};
  }
  return {};
}

TimeFinder::TimeFinder(const RuleLibrary& rules)
    : comparison_(macro_words(rules, "claim_comparison")),
      relative_(macro_words(rules, "claim_relative")),
      start_verb_(macro_words(rules, "claim_start_verb")),
      aux_(macro_words(rules, "claim_aux")),
      verbs_(macro_words(rules, "claim_attrib_verb")),
      offset_(macro_words(rules, "claim_offset_after")),
      coordinator_(macro_words(rules, "claim_coordinator")),
      condition_(macro_words(rules, "claim_condition")),
      relative_inside_(macro_words(rules, "claim_relative_inside")),
      relative_after_(macro_words(rules, "claim_relative_after")),
      complementizer_(macro_words(rules, "claim_complementizer")),
      report_join_(macro_words(rules, "claim_report_join")),
      rate_(macro_words(rules, "claim_rate_word")),
      apposition_article_(macro_words(rules, "claim_apposition_article")),
      addressee_(macro_words(rules, "claim_addressee_verb")), event_noun_(macro_words(rules, "claim_event_noun")) {
  for (const std::string& phrase : rules.list("claim_new_report")) {
    std::vector<std::string> words;
    size_t at = 0;
    while (at < phrase.size()) {
      size_t end = phrase.find(' ', at);
      if (end == std::string::npos) end = phrase.size();
      if (end > at) words.push_back(ascii_lower(phrase.substr(at, end - at)));
      at = end + 1;
    }
    if (!words.empty()) new_report_.push_back(std::move(words));
  }
  adjective_duration_ = std::make_unique<RE2>("(?i:" + macro_alternation(rules, "claim_adjective_duration") + ")");
  if (!adjective_duration_->ok()) throw RuleError("claim_adjective_duration: " + adjective_duration_->error());
  superlative_ = std::make_unique<TwinRegex>("(?i)\\b(?:" + macro_alternation(rules, "claim_superlative") +
                                       ")\\b(?:\\s+[\\p{L}-]+){0,5}\\s+(?:in|for)\\s+(?:(?:a|the|over|more\\s+than|nearly|almost|at\\s+least)\\s+)*$");
  if (!superlative_->ok()) throw RuleError("claim_superlative: " + superlative_->error());
  // "said on Sunday", "confirmed the figures late on Sunday", "said in a letter to the United
  // Nations on Monday", "told reporters on Monday" ("telling the United Nations on Sunday":
  // told_when).
  // Long alternations of verbs and phrases with a lazy word loop: RE2's default 8 MB budget
  // leaves the DFA out of memory on long sentences (it then falls back to the NFA and logs a
  // line on stderr per search), so this one gets 64 MB.
  RE2::Options roomy;
  roomy.set_max_mem(int64_t{64} << 20);
  said_when_ = std::make_unique<TwinRegex>("(?i)\\b" + macro_alternation(rules, "claim_attrib_verb") + "\\s+(?:" +
                                     macro_alternation(rules, "claim_refer_back") +
                                     "\\s+|(?:in|to)\\s+(?:a|an|its|the|his|her|their)\\s+(?:[\\p{L}'\xE2\x80\x99.-]+\\s+){1,6}?|"
                                     "(?:reporters|journalists)\\s+)?(?:on\\s+|late\\s+|early\\s+|last\\s+)?$",
                                     roomy);
  if (!said_when_->ok()) throw RuleError("claim_attrib_verb: " + said_when_->error());
  std::string alt = macro_alternation(rules, "claim_duration_to_ref");
  to_ref_before_ = std::make_unique<TwinRegex>("(?i)(?:^|\\W)" + alt + "\\s+$");
  to_ref_inside_ = std::make_unique<TwinRegex>("(?i)^" + alt + "\\s");
  if (!to_ref_before_->ok() || !to_ref_inside_->ok()) throw RuleError("claim_duration_to_ref: " + to_ref_before_->error());
}

// "a mission that arrived in June has about 400 officers": the date stands in a relative
// clause that closes (at a comma or the clause's own end) before the count, so it dates the
// clause's verb, unless that verb says when the count's period began ("which began in April").
bool TimeFinder::in_closed_relative(const SentenceView& sv, Span t, Span count) const {
  long opener = -1;
  bool event = false;
  for (long i = sv.last_token_ending_by(t.start); i >= static_cast<long>(sv.begin()); --i) {
    std::string w = sv.word(static_cast<size_t>(i));
    if (is_clause_punct(w)) break;
    if (relative_.count(w)) {
      // "said that last year ...": "that" after a verb opens a report, not a relative clause.
      std::string before = i > static_cast<long>(sv.begin()) ? sv.word(static_cast<size_t>(i - 1)) : "";
      const bool complementizer = complementizer_.count(w) > 0;
      if (complementizer && (before.empty() || verbs_.count(before) || aux_.count(before))) return false;
      // "said ..., and that its 2025 appeal ...": a second report, not a relative clause.
      if (complementizer && report_join_.count(before)) return false;
      // "the storm that hit Oman at the weekend has killed 11": the event's date is its toll's,
      // up to a comma (", adding that two people were missing": a report of its own).
      event = event_noun_.count(before) > 0;
      // "said in a statement that ...": a report too.
      if (complementizer) {
        bool report = false;
        for (long j = i - 1; j >= static_cast<long>(sv.begin()) && j >= i - 6 && !report; --j) {
          std::string v = sv.word(static_cast<size_t>(j));
          if (is_clause_punct(v)) break;
          report = verbs_.count(v) > 0;
        }
        if (report) return false;
      }
      opener = i;
      break;
    }
  }
  if (opener < 0) return false;
  bool starts = false;
  size_t last = sv.first_token_at_or_after(count.start);
  for (size_t i = static_cast<size_t>(opener) + 1; i < last; ++i) {
    if (sv.token(i).start >= t.start) break;
    starts = starts || start_verb_.count(sv.word(i)) > 0;
  }
  if (starts) return false;
  // The clause closes before the count: a comma after the date, or a finite verb (an auxiliary)
  // between the date and the count ("that arrived in June has about 400 officers").
  size_t after = sv.first_token_at_or_after(t.end);
  for (size_t i = after; i < last; ++i) {
    std::string w = sv.word(i);
    // (A relative word there opens a clause inside it: "hit by mudflows in 2023 that killed eight".)
    if (w == "," || (!event && aux_.count(w) && !relative_.count(w))) return true;
  }
  return false;
}

bool TimeFinder::told_when(const SentenceView& sv, Span t) const {
  long i = sv.last_token_ending_by(t.start);
  const long first = static_cast<long>(sv.begin());
  if (i >= first && (sv.word(static_cast<size_t>(i)) == "on" || sv.word(static_cast<size_t>(i)) == "late")) --i;
  int names = 0;
  for (; i >= first && names < 6; --i, ++names) {
    const Token& tok = sv.token(static_cast<size_t>(i));
    if (!tok.is(kTokUpper) && sv.word(static_cast<size_t>(i)) != "the") break;
  }
  return names > 0 && i >= first && addressee_.count(sv.word(static_cast<size_t>(i))) > 0;
}

bool TimeFinder::coordinated_apart(const SentenceView& sv, Span a, Span b) const {
  Span lo = a.start <= b.start ? a : b, hi = a.start <= b.start ? b : a;
  size_t from = sv.first_token_at_or_after(lo.end), to = sv.first_token_at_or_after(hi.start);
  for (size_t i = from; i < to; ++i) {
    std::string w = sv.word(i);
    if (w == ";") return true;
    // "lost 12,000 cattle this year and that output fell 53 percent": a report of its own.
    // ("..., and that 800,000 went home" opens on the count: the same report.)
    if (report_join_.count(w) && i + 2 < to && complementizer_.count(sv.word(i + 1))) return true;
    // "cut rations from May unless it received $110 million": a condition of its own.
    if (condition_.count(w)) return true;
    // ", and nearly 165,000 have been forced from their homes": the clause opens on what it
    // shares with the one before (its count or date); a new subject first makes it a new clause.
    if (w == "," && i + 1 < to && coordinator_.count(sv.word(i + 1))) {
      size_t open = i + 2;
      if (open < to && complementizer_.count(sv.word(open))) ++open;  // "..., and that 800,000 had gone back"
      if (open < to) return true;
    }
  }
  return false;
}

bool TimeFinder::reports_apart(const SentenceView& sv, Span a, Span b) const {
  Span lo = a.start <= b.start ? a : b, hi = a.start <= b.start ? b : a;
  size_t from = sv.first_token_at_or_after(lo.end), to = sv.first_token_at_or_after(hi.start);
  for (size_t i = from; i < to; ++i) {
    const std::string first = sv.word(i);  // once per token: most tokens open no phrase
    for (const std::vector<std::string>& phrase : new_report_) {
      if (phrase.empty() || phrase[0] != first) continue;
      size_t k = 1;
      while (k < phrase.size() && i + k < to && sv.word(i + k) == phrase[k]) ++k;
      if (k == phrase.size()) return true;
    }
  }
  return false;
}

Span TimeFinder::relative_around(const SentenceView& sv, Span count) const {
  long i = sv.last_token_ending_by(count.start);
  for (; i > static_cast<long>(sv.begin()); --i) {
    std::string w = sv.word(static_cast<size_t>(i));
    if (is_clause_punct(w)) return Span{};
    if (relative_inside_.count(w) && sv.word(static_cast<size_t>(i - 1)) == ",") break;
  }
  if (i <= static_cast<long>(sv.begin())) return Span{};
  size_t open = sv.token(static_cast<size_t>(i - 1)).start;
  for (size_t j = sv.first_token_at_or_after(count.end); j < sv.end(); ++j)
    if (sv.word(j) == ",") return Span{open, sv.token(j).end};
  return Span{};
}

std::optional<TimeHit> TimeFinder::find(const ArticleContext& ctx, const Mention& count,
                                        const std::vector<Mention>& mentions, const OpeningDateline& opening) const {
  SentenceView sv(ctx, count.sentence);
  if (!sv.valid()) return std::nullopt;
  const Dateline& dl = ctx.article.dateline;
  int best = -1;
  long best_distance = 0;
  // Words of the sentence's other counts ("than" of "more than 20") compare nothing.
  std::vector<Span> counts_here;
  for (const Mention& m : mentions)
    if (m.sentence == count.sentence && is_numeric(m.kind)) counts_here.push_back(m.span);
  auto in_count = [&](size_t tok) {
    Span ts{sv.token(tok).start, sv.token(tok).end};
    for (Span c : counts_here)
      if (c.contains(ts)) return true;
    return false;
  };
  const Span relative = relative_around(sv, count.span);
  for (size_t k = 0; k < mentions.size(); ++k) {
    const Mention& t = mentions[k];
    if (t.sentence != count.sentence || !is_temporal(t.kind) || t.kind == Kind::Set || t.value.empty()) continue;
    if (t.span.overlaps(count.span)) continue;
    // ", which make up nearly 20% of GDP, rose 8.6% in 2024": 2024 is not the 20%'s.
    if (relative.size() > 0 && !relative.contains(t.span)) continue;
    // "two years after the disaster", "a year later": an offset from an event.
    if (t.kind == Kind::Duration) {
      // "during the 14-year war": an adjective of a noun.
      const std::string_view text = t.text(ctx.body);
      if (RE2::FullMatch(re2::StringPiece(text.data(), text.size()), *adjective_duration_)) continue;
      size_t next = sv.first_token_at_or_after(t.span.end);
      // "over the past two weeks on suspicion of ...": a period that ends at the reference date
      // is no offset from an event, whatever "on" opens after it ("two years on" is one).
      std::string_view lead_words = ctx.body.substr(sv.span().start, t.span.start - sv.span().start);
      const bool anchored = RE2::PartialMatch(re2::StringPiece(lead_words.data(), lead_words.size()), to_ref_before_->for_text(lead_words)) ||
                            RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), to_ref_inside_->for_text(text));
      if (next < sv.end() && offset_.count(sv.word(next)) && !(anchored && sv.word(next) == "on")) continue;
      // "about three cyclones a year", "$2 million per day": a rate right after a count.
      long prev = sv.last_token_ending_by(t.span.start);
      if (prev >= static_cast<long>(sv.begin())) {
        std::string w = sv.word(static_cast<size_t>(prev));
        if (rate_.count(w)) continue;
        bool after_count = false;
        for (Span c : counts_here) after_count = after_count || c.end == sv.token(static_cast<size_t>(prev)).end;
        if (after_count) continue;
      }
      // "the worst drought in a century", "the strongest in decades": a record, no period.
      std::string_view lead = ctx.body.substr(sv.span().start, t.span.start - sv.span().start);
      if (RE2::PartialMatch(re2::StringPiece(lead.data(), lead.size()), superlative_->for_text(lead))) continue;
    }
    // "In Djibo, a town under blockade for two years, 300,000 people ...": a date inside an
    // apposition to a name ("Name, a/an noun ..., ") before the count's clause describes the name.
    if (t.span.end <= count.span.start) {
      long open = -1, close = -1;
      for (long i = sv.last_token_ending_by(t.span.start); i >= static_cast<long>(sv.begin()); --i)
        if (is_clause_punct(sv.word(static_cast<size_t>(i)))) { open = i; break; }
      for (size_t i = sv.first_token_at_or_after(t.span.end); i < sv.end() && sv.token(i).start < count.span.start; ++i)
        if (is_clause_punct(sv.word(i))) { close = static_cast<long>(i); break; }
      if (open > static_cast<long>(sv.begin()) && close > open + 2 && sv.word(static_cast<size_t>(open)) == "," &&
          sv.word(static_cast<size_t>(close)) == ",") {
        const Token& name = sv.token(static_cast<size_t>(open - 1));
        std::string article = sv.word(static_cast<size_t>(open + 1));
        if (name.is(kTokUpper) && apposition_article_.count(article) && sv.token(static_cast<size_t>(open + 1)).end <= t.span.start &&
            !(sv.token(static_cast<size_t>(open + 1)).start == t.span.start))
          continue;
      }
    }
    // "270 rescuers were sent to the region, which was hit by mudflows in 2023": a relative
    // clause after the count, opened after a comma, is about another noun.
    if (t.span.start >= count.span.end) {
      bool other = false;
      for (size_t i = sv.first_token_at_or_after(count.span.end); i + 1 < sv.end() && sv.token(i + 1).start < t.span.start; ++i)
        other = other || (sv.word(i) == "," && relative_after_.count(sv.word(i + 1)));
      if (other) continue;
      // "opened 14 sites that were sheltering 9,800 people by Tuesday": a relative clause after
      // the count that holds a count of its own before the date dates that count.
      bool inner = false;
      for (size_t i = sv.first_token_at_or_after(count.span.end); i + 1 < sv.end() && sv.token(i + 1).start < t.span.start && !inner; ++i) {
        if (!relative_.count(sv.word(i)) || !aux_.count(sv.word(i + 1)) || relative_.count(sv.word(i + 1))) continue;
        for (Span c : counts_here) inner = inner || (c.start > sv.token(i).end && c.end <= t.span.start);
      }
      if (inner) continue;
    }
    // ", and Chile has sent 120 firefighters": a date across ", and" dates the other clause,
    // unless it opens the sentence ("In January, ...").
    if (coordinated_apart(sv, t.span, count.span)) {
      size_t first = sv.first_token_at_or_after(sv.span().start);
      bool opens = t.span.start < count.span.start && first < sv.end() &&
                   sv.token(first).start + 4 >= t.span.start;  // "In January," / "Last year,"
      if (!opens) continue;
    }
    // "..., adding that 26 children were among the cases": another report's clause.
    if (reports_apart(sv, t.span, count.span)) continue;
    if (dl.found && t.span.overlaps(dl.span)) continue;  // the article's date, not the claim's
    if (opening.place >= 0 && t.span.overlaps(opening.span)) continue;
    // "down 41% from the same period last year, with about 9,000 ...": the base of a change
    // (a comparison word or "from" right after a count) dates no count after it.
    // (A count before the base has the comparison between them: handled below.)
    if (t.span.end <= count.span.start) {
      long p = sv.last_token_ending_by(t.span.start);
      if (p > static_cast<long>(sv.begin())) {
        std::string w = sv.word(static_cast<size_t>(p));
        bool base = false;
        if (w == "from" || comparison_.count(w))
          for (Span c : counts_here) base = base || c.end == sv.token(static_cast<size_t>(p - 1)).end;
        if (base) continue;
      }
    }
    // "..., the ministry said on Sunday": the day of the statement, not of the events.
    std::string_view lead = ctx.body.substr(sv.span().start, t.span.start - sv.span().start);
    if (RE2::PartialMatch(re2::StringPiece(lead.data(), lead.size()), said_when_->for_text(lead))) continue;
    if (told_when(sv, t.span)) continue;
    long distance;
    if (t.span.start >= count.span.end) {
      size_t from = sv.first_token_at_or_after(count.span.end);
      size_t to = sv.first_token_at_or_after(t.span.start);
      bool compared = false;
      for (size_t i = from; i < to; ++i) {
        if (in_count(i)) continue;
        std::string w = sv.word(i);
        // "down 30 percent from November": a change has its base after "from".
        compared = compared || comparison_.count(w) > 0 || (w == "from" && count.kind == Kind::Percent);
      }
      if (compared) continue;
      distance = static_cast<long>(to - from);
    } else {
      long to = sv.last_token_ending_by(count.span.start), from = sv.last_token_ending_by(t.span.end);
      // "rose to 26.2% in August from 25.7%": a date before the base of a change is the change's.
      bool compared = false;
      for (long i = from + 1; i <= to; ++i) {
        if (in_count(static_cast<size_t>(i))) continue;  // "more than 114,000 cases and 894 deaths"
        std::string w = sv.word(static_cast<size_t>(i));
        compared = compared || comparison_.count(w) > 0 || w == "from";
      }
      if (compared) continue;
      if (in_closed_relative(sv, t.span, count.span)) continue;
      distance = to - from;
    }
    if (best < 0 || distance < best_distance) {
      best = static_cast<int>(k);
      best_distance = distance;
    }
  }
  if (best < 0) return std::nullopt;
  // "the first seven months of 2024": the date the duration is carved from dates the count.
  if (mentions[best].kind == Kind::Duration) {
    size_t after = mentions[best].span.end;
    for (size_t k = static_cast<size_t>(best) + 1; k < mentions.size(); ++k) {
      const Mention& d = mentions[k];
      if (d.span.start < after || !is_temporal(d.kind)) continue;
      std::string_view between = ctx.body.substr(after, d.span.start - after);
      if (d.kind == Kind::Date && !d.value.empty() && ascii_lower(between) == " of ") best = static_cast<int>(k);
      break;
    }
  }
  const Mention& t = mentions[best];
  TimeHit hit{best, t.value, t.begin_date, t.end_date};
  if (hit.begin.empty() && hit.end.empty()) {
    std::string_view before = ctx.body.substr(sv.span().start, t.span.start - sv.span().start);
    std::string_view inside = t.text(ctx.body);
    bool to_ref = t.kind == Kind::Duration &&
                  (RE2::PartialMatch(re2::StringPiece(before.data(), before.size()), to_ref_before_->for_text(before)) ||
                   RE2::PartialMatch(re2::StringPiece(inside.data(), inside.size()), to_ref_inside_->for_text(inside)));
    auto [b, e] = timex_interval(t.value, ctx.reference_date, to_ref);
    hit.begin = b;
    hit.end = e;
  }
  return hit;
}

}  // namespace nf
