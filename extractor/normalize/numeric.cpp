#include "extractor/normalize/numeric.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>
#include <utility>

#include "extractor/normalize/number_text.h"
#include "extractor/normalize/numeric_unit.h"
#include "extractor/rules/rule_library.h"
#include "extractor/text/possessive.h"

namespace nf {
namespace {

std::string attr(const Mention& m, std::string_view name) {
  const std::string* v = find_attr(m.attrs, name);
  return v ? *v : std::string();
}

std::string trim(std::string s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return out;
}

// A bare year: four digits from 1800 to 2100, no grouping comma.
bool year_like(const std::string& text) {
  std::string t = trim(text);
  if (t.size() != 4 || !std::all_of(t.begin(), t.end(), ::isdigit)) return false;
  int y = std::atoi(t.c_str());
  return y >= 1800 && y <= 2100;
}

bool two_digits(const std::string& text) {
  std::string t = trim(text);
  return t.size() == 2 && std::all_of(t.begin(), t.end(), ::isdigit);
}

double tidy(double v) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.14g", v);
  return std::strtod(buf, nullptr);
}

// "... and more than": the words after a number open a new comparison, not a bound of it.
bool followed_by_than(const Mention& m, std::string_view body) {
  size_t i = m.span.end;
  while (i < body.size() && body[i] == ' ') ++i;
  return body.substr(i, 4) == "than" && (i + 4 == body.size() || !std::isalpha(static_cast<unsigned char>(body[i + 4])));
}

// One ambiguous currency's cues: country words in the article -> ISO code.
struct CurrencyCues {
  std::vector<std::pair<std::string, std::string>> cues;  // lower-case word, code
};

}  // namespace

struct NumericNormalizer::Impl {
  explicit Impl(const RuleLibrary& r) : rules(r), nouns(r), abbrev_before(r.list("numf_abbrev_before_number")) {
    for (const auto& [key, value] : rules.table("numm_currency_cue")) {
      CurrencyCues c;
      std::istringstream in(value);
      std::string item, pending;
      // Entries are "word=CODE" separated by spaces; a word may itself hold spaces ("sri lanka=LKR").
      while (in >> item) {
        size_t eq = item.find('=');
        if (eq == std::string::npos) {
          pending += (pending.empty() ? "" : " ") + item;
          continue;
        }
        std::string word = (pending.empty() ? "" : pending + " ") + item.substr(0, eq);
        pending.clear();
        c.cues.emplace_back(lower_ascii(word), item.substr(eq + 1));
      }
      cues[key] = std::move(c);
    }
  }

  const RuleLibrary& rules;
  CountedNounFinder nouns;
  std::vector<std::string> abbrev_before;  // "No.", "Art.": the number after them is a name

  // "No. 1": the text right before the mention is one of these abbreviations (read in the
  // body, since the sentence splitter may have cut the sentence at the abbreviation's period).
  bool after_abbreviation(const Mention& m, std::string_view body) const {
    size_t end = m.span.start;
    while (end > 0 && (body[end - 1] == ' ' || body[end - 1] == '\n')) --end;
    if (end == m.span.start) return false;
    for (const std::string& a : abbrev_before) {
      if (end < a.size() || body.substr(end - a.size(), a.size()) != a) continue;
      size_t before = end - a.size();
      if (before == 0 || !std::isalnum(static_cast<unsigned char>(body[before - 1]))) return true;
    }
    return false;
  }
  std::map<std::string, CurrencyCues, std::less<>> cues;

  std::optional<double> number(const std::string& text) const { return parse_number_text(trim(text), rules); }
  std::string bound_of(const std::string& qual, std::string_view table) const {
    std::string q = trim(qual);
    if (q.empty()) return "";
    const std::string* b = rules.lookup(table, q);
    return b ? *b : "";
  }
  // ISO code of a currency as written; ambiguous ones ("Rs", "rupees") by the first country
  // the article names.
  std::string currency(const std::string& written, const ArticleContext& ctx, std::string& lower_body) const {
    std::string key = fold_key(written);
    auto c = cues.find(key);
    if (c != cues.end()) {
      if (lower_body.empty()) lower_body = lower_ascii(ctx.body);
      size_t best = std::string::npos;
      std::string code;
      for (const auto& [word, iso] : c->second.cues) {
        size_t at = lower_body.find(word);
        if (at < best) {
          best = at;
          code = iso;
        }
      }
      if (!code.empty()) return code;
    }
    std::string compact;  // "HK $" -> "HK$"; "NZD$" -> "NZD"
    for (char ch : written)
      if (ch != ' ' || written.find('$') == std::string::npos) compact += ch;
    const std::string* iso = rules.lookup("numm_currency", compact);
    if (!iso) iso = rules.lookup("numm_currency_press", compact);
    if (!iso && compact.size() > 1 && compact.back() == '$') {
      std::string prefix = compact.substr(0, compact.size() - 1);
      iso = rules.lookup("numm_currency", prefix);
      // "GY$", "TT$": a country's alpha-2 before "$" names its dollar, whose ISO 4217 code is
      // that alpha-2 + D (GYD, TTD, FJD); the table holds every ISO code. Unknown: no money.
      if (!iso && prefix.size() == 2) iso = rules.lookup("numm_currency", prefix + "D");
    }
    return iso ? *iso : "";
  }
  // "iOS 4", "American Airlines 777": a bare number in digits right after a capitalized word
  // inside the sentence completes a name (callers ask only when no counted noun follows).
  bool after_name(const Mention& m, const ArticleContext& ctx) const {
    if (m.sentence < 0 || static_cast<size_t>(m.sentence) >= ctx.segmentation.sentences.size()) return false;
    if (m.span.size() == 0 || !std::isdigit(static_cast<unsigned char>(ctx.body[m.span.start]))) return false;
    const Sentence& s = ctx.segmentation.sentences[m.sentence];
    const auto& tokens = ctx.segmentation.tokens;
    size_t first = s.first_token, last = s.first_token + s.token_count;
    size_t k = first;
    while (k < last && tokens[k].end <= m.span.start) ++k;
    if (k < first + 2) return false;  // the word before is the first of the sentence ("In 1998", "About 50")
    const Token& prev = tokens[k - 1];
    if (prev.end + 1 != m.span.start || ctx.body[prev.end] != ' ' || !prev.is(kTokWord)) return false;
    std::string_view w = ctx.body.substr(prev.start, prev.end - prev.start);
    bool capital = std::any_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    return capital && !nouns.is_stop_word(w);
  }

  bool normalize(Mention& m, size_t index, const std::vector<Mention>& all, const ArticleContext& ctx,
                 std::string& lower_body) const;
  void find_unit(Mention& m, size_t index, const std::vector<Mention>& all, const ArticleContext& ctx,
                 CountedNounFinder::Options opt) const;
  void elided_units(std::vector<Mention>& mentions, const ArticleContext& ctx) const;
};

void NumericNormalizer::Impl::find_unit(Mention& m, size_t index, const std::vector<Mention>& all,
                                        const ArticleContext& ctx, CountedNounFinder::Options opt) const {
  const auto& sentences = ctx.segmentation.sentences;
  if (m.sentence < 0 || static_cast<size_t>(m.sentence) >= sentences.size()) return;
  const Sentence& s = sentences[m.sentence];
  const auto& tokens = ctx.segmentation.tokens;
  size_t limit = s.end;
  for (size_t j = index + 1; j < all.size(); ++j) {  // stop before the next value mention
    if ((is_temporal(all[j].kind) || is_numeric(all[j].kind)) && all[j].span.start >= m.span.end) {
      limit = std::min(limit, all[j].span.start);
      break;
    }
  }
  size_t first = s.first_token, last = s.first_token + s.token_count;
  while (first < last && tokens[first].start < m.span.end) ++first;
  size_t stop = first;
  while (stop < last && tokens[stop].end <= limit) ++stop;
  if (auto head = nouns.find(ctx.body, tokens, first, stop, opt)) {
    m.unit = std::string(ctx.body.substr(head->start, head->size()));
    m.span.end = head->end;
  }
}

bool NumericNormalizer::Impl::normalize(Mention& m, size_t index, const std::vector<Mention>& all,
                                        const ArticleContext& ctx, std::string& lower_body) const {
  const std::string shape = attr(m, "shape");
  if ((m.kind == Kind::Count || m.kind == Kind::Percent) && after_abbreviation(m, ctx.body)) return false;
  std::string bound = bound_of(attr(m, "qual"), "numq_bound");
  std::string post = attr(m, "post");
  if (!post.empty() && followed_by_than(m, ctx.body)) {  // "no more than 12 and more than 194"
    m.span.end -= post.size();
    post.clear();
  }
  // "about five hundred or more": the words after the number say more than the ones before.
  if (std::string after = bound_of(post, "numq_post_bound"); !after.empty() && (bound.empty() || bound == "approx"))
    bound = after;
  if (bound.empty()) bound = trim(attr(m, "bound"));
  if (bound.empty()) bound = "exact";
  double scale = 1;
  if (std::string sc = trim(attr(m, "scale")); !sc.empty()) {
    const std::string* f = rules.lookup("num_scale", sc);
    if (!f) return false;
    scale = std::strtod(f->c_str(), nullptr);
  }
  bool negative = !trim(attr(m, "neg")).empty();

  std::optional<double> value, lower, upper;
  if (shape == "range") {
    std::string lo_text = attr(m, "lo"), hi_text = attr(m, "hi");
    auto lo = number(lo_text), hi = number(hi_text);
    if (!lo || !hi) return false;
    if (year_like(lo_text) && (year_like(hi_text) || two_digits(hi_text))) return false;  // 2019-20
    // "five to six hundred", "between 2 and 3 million": the scale of the upper end applies to both.
    std::string hi_trim = trim(hi_text);
    size_t cut = hi_trim.find_first_of(" -");
    size_t alpha = hi_trim.find_first_not_of("0123456789.,");
    if (alpha != std::string::npos && alpha > 0 && (cut == std::string::npos || alpha < cut)) cut = alpha;
    if (cut != std::string::npos && *lo < *hi) {
      if (auto head = number(hi_trim.substr(0, cut)); head && *head > 0 && *hi / *head >= 10) {  // not "2 to 37 3/4"
        double factor = *hi / *head;
        if (*lo * factor <= *hi && *lo < *head) lo = tidy(*lo * factor);
      }
    }
    if (scale != 1) {
      *lo = tidy(*lo * scale);
      *hi = tidy(*hi * scale);
    }
    if (!(*lo < *hi)) return false;
    value = lower = lo;
    upper = hi;
    bound = "range";
  } else if (shape == "vague") {
    const std::string* v = rules.lookup("numc_vague_lower", attr(m, "vague"));
    if (!v) return false;
    value = lower = std::strtod(v->c_str(), nullptr);
    bound = "lower";
  } else if (shape == "ratio") {
    std::string den_text = attr(m, "den");
    auto n = number(attr(m, "num")), d = number(den_text);
    if (!n || !d || year_like(den_text) || *d <= 0 || *n >= *d) return false;
    value = *n / *d;
  } else {  // number, fraction, compound
    value = number(shape == "fraction" ? attr(m, "frac") : attr(m, "num"));
    if (!value) return false;
    if (scale != 1) value = tidy(*value * scale);
    if (negative) value = -*value;
  }
  if (shape != "range") {
    if (bound == "exact") lower = upper = value;
    else if (bound == "lower") lower = value;
    else if (bound == "upper") upper = value;
  }
  m.number = *value;
  m.bound = bound;
  m.lower = lower;
  m.upper = upper;

  switch (m.kind) {
    case Kind::Percent: {
      std::string pts = trim(attr(m, "unit_text"));
      if (pts.empty()) {
        m.unit = "percent";
      } else {
        const std::string* u = rules.lookup("nump_unit", pts);
        if (!u) return false;
        m.unit = *u;
      }
      return true;
    }
    case Kind::Money: {
      std::string cur = trim(attr(m, "cur"));
      if (const std::string* f = rules.lookup("numm_subunit", cur)) {  // "50 cents" -> 0.5
        double factor = std::strtod(f->c_str(), nullptr);
        m.number = tidy(m.number * factor);
        if (m.lower) m.lower = tidy(*m.lower * factor);
        if (m.upper) m.upper = tidy(*m.upper * factor);
      }
      m.unit = currency(cur, ctx, lower_body);
      return !m.unit.empty();
    }
    case Kind::Quantity: {
      const std::string* u = rules.lookup("numu_unit", trim(attr(m, "unit_text")));
      if (!u) return false;
      m.unit = *u;
      return true;
    }
    default:
      break;
  }

  // Counts: the counted noun.
  std::string num_text = trim(attr(m, "num"));
  if (shape == "compound") {
    std::string unit = attr(m, "unit");
    if (nouns.is_compound_non_unit(unit) || nouns.is_time_unit(unit)) return false;
    if (rules.lookup("num_fraction", unit) || parse_ordinal_text(unit, rules)) return false;  // "one-fourth"
    m.unit = unit;
    return true;
  }
  CountedNounFinder::Options opt;
  opt.singular = shape == "fraction" || std::fabs(*value) <= 1;  // "one person", "0.55 share"
  opt.cross_of = shape == "fraction" || shape == "vague" || shape == "ratio" || attr(m, "rule_of") == "yes" ||
                 m.rule == "count.couple";
  opt.of_determiner = (shape == "number" || shape == "range") && *value > 1;  // "60 of its jets", not "one of the"
  const size_t end_before = m.span.end;
  find_unit(m, index, all, ctx, opt);
  // "one eighth", "one-fourth": a fraction or ordinal word is not what is counted.
  if (!m.unit.empty() && (rules.lookup("num_fraction", m.unit) || parse_ordinal_text(m.unit, rules))) {
    m.span.end = end_before;
    m.unit.clear();
  }
  if (!m.unit.empty() && nouns.is_time_unit(m.unit)) return false;  // "three weeks": a duration
  if (m.unit.empty()) {
    if (attr(m, "need_unit") == "yes") return false;             // "a score of 85"
    if (shape == "fraction") return false;                       // "half the time", "half of 2024"
    if (shape == "number" && bound == "exact" && after_name(m, ctx)) return false;  // "iOS 4", "Airlines 777"
    if (opt.singular && shape == "number") return false;        // "one of the", "no one"
    if (shape == "number" && bound == "exact" && year_like(num_text)) return false;  // a year
  }
  return true;
}

NumericNormalizer::NumericNormalizer(const RuleLibrary& rules) : impl_(std::make_unique<Impl>(rules)) {}
NumericNormalizer::~NumericNormalizer() = default;
NumericNormalizer::NumericNormalizer(NumericNormalizer&&) noexcept = default;

void NumericNormalizer::run(std::vector<Mention>& mentions, const ArticleContext& ctx) const {
  std::string lower_body;  // filled on first need (ambiguous currencies)
  std::vector<bool> drop(mentions.size(), false);
  bool any = false;
  for (size_t i = 0; i < mentions.size(); ++i) {
    Mention& m = mentions[i];
    if (!is_numeric(m.kind)) continue;
    if (!impl_->normalize(m, i, mentions, ctx, lower_body)) {
      drop[i] = true;
      any = true;
    }
  }
  if (any) {
    size_t out = 0;
    for (size_t i = 0; i < mentions.size(); ++i) {
      if (drop[i]) continue;
      if (out != i) mentions[out] = std::move(mentions[i]);  // never self-move: it empties strings
      ++out;
    }
    mentions.resize(out);
  }
  impl_->elided_units(mentions, ctx);
}

// "killed 257 people and injured more than 5,500": a count without a noun takes the noun of
// the count next to it in the sentence when only a conjunction links them ("5 and 6 people",
// "4 million of its 4.9 million shares": the next one's) or, failing that, of the count
// before it, unless a word in between says it is a level ("fell 232.90 points to 6038.30").
void NumericNormalizer::Impl::elided_units(std::vector<Mention>& mentions, const ArticleContext& ctx) const {
  auto numeric_neighbour = [&](size_t i, int step) -> const Mention* {
    for (size_t j = i + step; j < mentions.size(); j += step) {
      const Mention& n = mentions[j];
      if (n.sentence != mentions[i].sentence) return nullptr;
      if (is_numeric(n.kind) || is_temporal(n.kind)) return &n;
    }
    return nullptr;
  };
  auto between = [&](size_t a, size_t b) { return a <= b ? lower_ascii(trim(std::string(ctx.body.substr(a, b - a)))) : std::string("#"); };
  for (size_t i = 0; i < mentions.size(); ++i) {  // in text order: "nine brothers ..., five ..., three ..."
    Mention& m = mentions[i];
    if (m.kind != Kind::Count || !m.unit.empty()) continue;
    const std::string shape = attr(m, "shape");
    if (shape != "number" && shape != "range" && shape != "vague") continue;
    if (const Mention* next = numeric_neighbour(i, 1); next && next->kind == Kind::Count && !next->unit.empty()) {
      std::string gap = between(m.span.end, next->span.start);
      bool possessive = gap.size() > 5 && gap.compare(0, 3, "of ") == 0 && gap.find(' ', 3) == std::string::npos &&
                        possessive_suffix(gap) > 0;
      if (gap == "and" || gap == "or" || gap == "," || gap == "of its" || gap == "of the" || gap == "of their" || possessive) {
        m.unit = next->unit;
        continue;
      }
    }
    if (i == 0) continue;
    const Mention* prev = numeric_neighbour(i, -1);
    // "killed 257 people, including 12 Americans, and injured more than 5,500": a part named
    // after "including" is not what the next count counts; the count before it is.
    if (prev && prev->sentence == m.sentence) {
      size_t s = prev->span.start;
      std::string before = lower_ascii(ctx.body.substr(s >= 12 ? s - 12 : 0, s >= 12 ? 12 : s));
      if (before.find("including") != std::string::npos || before.find("among them") != std::string::npos) {
        size_t k = static_cast<size_t>(prev - mentions.data());
        if (k > 0) prev = numeric_neighbour(k, -1);
      }
    }
    if (!prev || prev->kind != Kind::Count || prev->unit.empty() || attr(*prev, "shape") == "compound") continue;
    std::string gap = between(prev->span.end, m.span.start);
    size_t cut = gap.find_last_of(" ,;:");
    std::string last_word = cut == std::string::npos ? gap : gap.substr(cut + 1);
    if (rules.lookup("numc_level_word", last_word)) continue;
    m.unit = prev->unit;
  }
}

}  // namespace nf
