#include "extractor/normalize/number_text.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

#include "extractor/rules/rule_library.h"

namespace nf {
namespace {

struct Piece {
  std::string text;
  bool after_space = false;  // separated from the previous piece by white space (not a hyphen)
};

// Lower-cases ASCII, maps Unicode hyphens to '-' and Unicode spaces to ' ', then splits on
// spaces, hyphens and commas that are not between digits.
std::vector<Piece> split(std::string_view in) {
  std::string s;
  s.reserve(in.size());
  for (size_t i = 0; i < in.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(in[i]);
    if (c == 0xC2 && i + 1 < in.size() && static_cast<unsigned char>(in[i + 1]) == 0xA0) {  // NBSP
      s += ' ';
      ++i;
    } else if (c == 0xE2 && i + 2 < in.size() && static_cast<unsigned char>(in[i + 1]) == 0x80) {
      unsigned char d = static_cast<unsigned char>(in[i + 2]);
      if (d >= 0x90 && d <= 0x94) s += '-';  // hyphen .. em dash
      else if (d == 0xAF || d == 0x89 || d == 0x8A) s += ' ';  // narrow NBSP, thin, hair space
      else s.append(in.substr(i, 3));
      i += 2;
    } else if (c >= 'A' && c <= 'Z') {
      s += static_cast<char>(c + 32);
    } else {
      s += static_cast<char>(c);
    }
  }
  std::vector<Piece> out;
  std::string cur;
  bool space_before = false, pending_space = false;
  auto flush = [&]() {
    if (!cur.empty()) out.push_back({cur, space_before});
    cur.clear();
  };
  auto digit = [&](size_t i) { return i < s.size() && s[i] >= '0' && s[i] <= '9'; };
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    bool sep = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '-' ||
               (c == ',' && !(i > 0 && digit(i - 1) && digit(i + 1)));
    if (sep) {
      flush();
      if (c != '-') pending_space = true;
      else pending_space = false;
      continue;
    }
    if (cur.empty()) {
      space_before = pending_space;
      pending_space = false;
    }
    cur += c;
  }
  flush();
  return out;
}

bool all_digits(const std::string& s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

// "100,000", "1,00,000", "1.25" -> value; "1,2,3" or "1.2.3" -> nullopt.
std::optional<double> read_digits(const std::string& s) {
  std::string plain;
  int dots = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == ',') {
      if (dots) return std::nullopt;
      continue;
    }
    if (c == '.') {
      if (++dots > 1 || i + 1 >= s.size()) return std::nullopt;
    } else if (c < '0' || c > '9') {
      return std::nullopt;
    }
    plain += c;
  }
  if (plain.empty() || plain == ".") return std::nullopt;
  return std::strtod(plain.c_str(), nullptr);
}

std::optional<double> table_value(const RuleLibrary& rules, std::string_view table, std::string_view key) {
  const std::string* v = rules.lookup(table, key);
  if (!v) return std::nullopt;
  return std::strtod(v->c_str(), nullptr);
}

// Removes the binary noise of multiplying decimals ("1.2" x 1e6): inputs carry few digits.
double tidy(double v) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.14g", v);
  return std::strtod(buf, nullptr);
}

// "3/4", "1/2" (a proper fraction in digits) -> value; "24/7", "9/0", "3/4/5" -> nullopt.
std::optional<double> digit_fraction(const std::string& w) {
  size_t slash = w.find('/');
  if (slash == std::string::npos || slash == 0 || slash + 1 >= w.size()) return std::nullopt;
  std::string n = w.substr(0, slash), d = w.substr(slash + 1);
  if (!all_digits(n) || !all_digits(d) || n.size() > 2 || d.size() > 2) return std::nullopt;
  double num = std::strtod(n.c_str(), nullptr), den = std::strtod(d.c_str(), nullptr);
  if (den < 2 || num < 1 || num >= den) return std::nullopt;
  return num / den;
}

// "½", "¾" (table num_vulgar) -> value.
std::optional<double> vulgar_fraction(const RuleLibrary& rules, std::string_view w) {
  if (w.empty() || static_cast<unsigned char>(w[0]) < 0x80) return std::nullopt;
  return table_value(rules, "num_vulgar", w);
}

// A fraction may stand alone or follow a whole number that has no fraction yet.
bool fraction_may_follow(bool has_cur, bool has_fraction, double cur) {
  return !has_cur || (!has_fraction && std::fmod(cur, 1) == 0 && cur > 0);
}

}  // namespace

std::optional<double> parse_number_text(std::string_view text, const RuleLibrary& rules) {
  std::vector<Piece> pieces = split(text);
  if (pieces.empty()) return std::nullopt;
  // Space-grouped digits: "13 000", "1 250 000".
  std::vector<bool> grouped(pieces.size(), false);
  for (size_t i = 0; i + 1 < pieces.size();) {
    const std::string& a = pieces[i].text;
    const std::string& b = pieces[i + 1].text;
    bool a_ok = all_digits(a) && (grouped[i] || a.size() <= 3);
    std::string b_int = b.substr(0, b.find('.'));
    if (a_ok && pieces[i + 1].after_space && b_int.size() == 3 && all_digits(b_int) &&
        (b.size() == 3 || read_digits(b))) {
      pieces[i].text = a + b;  // joined without the space: read_digits sees one number
      pieces.erase(pieces.begin() + static_cast<long>(i) + 1);
      grouped.erase(grouped.begin() + static_cast<long>(i) + 1);
      grouped[i] = true;
      continue;
    }
    ++i;
  }

  double total = 0;      // closed groups (thousand and above)
  double cur = 0;        // the open group
  bool has_cur = false;  // cur holds something stated
  bool small_open = false;  // cur ends in a tens word that a unit word may complete ("twenty" five)
  bool any = false;      // some number was read
  double prefix = 1;     // "half a million" -> 0.5
  bool need_multiplier = false;  // "a" must be followed by hundred, thousand, dozen, a fraction...
  bool scaled = false;           // a decimal was multiplied: tidy the binary noise at the end
  bool has_fraction = false;     // "6 1/4", "two and a half": the open group ends in a fraction
  for (size_t i = 0; i < pieces.size(); ++i) {
    const std::string& w = pieces[i].text;
    bool last = i + 1 == pieces.size();
    if (w == "and") {
      if (!any || last) return std::nullopt;
      // "two and a half", "one and three quarters": a fraction added to the whole number.
      if (i + 2 < pieces.size() && has_cur && !has_fraction && std::fmod(cur, 1) == 0) {
        const std::string& count = pieces[i + 1].text;
        auto den = table_value(rules, "num_fraction", pieces[i + 2].text);
        std::optional<double> n;
        if (count == "a" || count == "an") n = 1;
        else n = table_value(rules, "num_word", count);
        if (den && *den > 1 && n && *n >= 1 && *n < *den) {
          cur += *n / *den;
          has_fraction = true;
          small_open = false;
          i += 2;
          continue;
        }
      }
      continue;
    }
    if (auto f = vulgar_fraction(rules, w)) {  // "¾", "2 ½"
      if (!fraction_may_follow(has_cur, has_fraction, cur)) return std::nullopt;
      cur = (has_cur ? cur : 0) + *f;
      has_cur = any = has_fraction = true;
      continue;
    }
    if (w[0] >= '0' && w[0] <= '9') {
      if (auto f = digit_fraction(w)) {  // "3/4", "6 1/4", "1-1/2"
        if (!fraction_may_follow(has_cur, has_fraction, cur)) return std::nullopt;
        cur = (has_cur ? cur : 0) + *f;
        has_cur = any = has_fraction = true;
        continue;
      }
      if (has_cur) return std::nullopt;
      size_t k = 0;
      while (k < w.size() && ((w[k] >= '0' && w[k] <= '9') || w[k] == ',' || w[k] == '.')) ++k;
      auto v = read_digits(w.substr(0, k));
      if (!v) return std::nullopt;
      cur = *v;
      has_cur = any = true;
      small_open = false;
      if (k < w.size()) {
        if (auto f = vulgar_fraction(rules, w.substr(k)); f && std::fmod(cur, 1) == 0) {  // "2½"
          cur += *f;
          has_fraction = true;
          continue;
        }
      }
      if (k < w.size()) {  // attached scale: "2.5bn", "300k"
        auto scale = table_value(rules, "num_scale", w.substr(k));
        if (!scale) return std::nullopt;
        total += cur * *scale;
        scaled = true;
        cur = 0;
        has_cur = false;
      }
      continue;
    }
    if ((w == "a" || w == "an") && !has_cur) {
      if (last) return std::nullopt;
      cur = 1;
      has_cur = true;
      need_multiplier = true;
      continue;
    }
    if (w == "half" && i == 0) {
      if (last) return 0.5;
      scaled = true;
      if (pieces[i + 1].text == "a" || pieces[i + 1].text == "an") {
        prefix = 0.5;
        continue;
      }
      return std::nullopt;
    }
    if (auto v = table_value(rules, "num_word", w)) {
      if (*v == 100 || *v == 12) {  // hundred, dozen: multiply the open group
        if (has_cur && cur >= 100 && *v == 100) return std::nullopt;
        cur = (has_cur ? cur : 1) * *v;
        has_cur = any = true;
        small_open = need_multiplier = false;
        continue;
      }
      if (need_multiplier) return std::nullopt;
      if (has_cur) {
        double small = std::fmod(cur, 100);
        bool completes_tens = small_open && *v < 10;
        bool after_hundred = small == 0 && cur >= 100;
        if (!completes_tens && !after_hundred) return std::nullopt;
      }
      cur = (has_cur ? cur : 0) + *v;
      small_open = *v >= 20 && *v < 100 && std::fmod(*v, 10) == 0;
      has_cur = any = true;
      continue;
    }
    if (w.size() >= 2) {
      if (auto scale = table_value(rules, "num_scale", w)) {
        if (*scale < 1000) return std::nullopt;
        total += (has_cur ? cur : 1) * *scale;
        scaled = true;
        cur = 0;
        has_cur = small_open = need_multiplier = false;
        any = true;
        continue;
      }
    }
    if (last && has_cur && !(w == "half" && cur != 1)) {  // "a third", "two-thirds", "three quarters"
      if (auto den = table_value(rules, "num_fraction", w); den && *den > 0) {
        cur /= *den;
        need_multiplier = false;
        any = true;
        continue;
      }
    }
    return std::nullopt;
  }
  if (!any || need_multiplier) return std::nullopt;
  double v = prefix * (total + cur);
  return scaled ? tidy(v) : v;
}

std::optional<double> parse_ordinal_text(std::string_view text, const RuleLibrary& rules) {
  std::vector<Piece> pieces = split(text);
  if (pieces.empty()) return std::nullopt;
  const std::string& w = pieces.back().text;
  if (w[0] >= '0' && w[0] <= '9') {
    if (pieces.size() != 1) return std::nullopt;
    size_t k = 0;
    while (k < w.size() && w[k] >= '0' && w[k] <= '9') ++k;
    std::string suffix = w.substr(k);
    if (suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return std::nullopt;
    return std::strtod(w.substr(0, k).c_str(), nullptr);
  }
  auto v = table_value(rules, "num_ordinal", w);
  if (!v) return std::nullopt;
  if (pieces.size() == 1) return *v;
  std::string head;
  for (size_t i = 0; i + 1 < pieces.size(); ++i) {
    if (i + 2 == pieces.size() && pieces[i].text == "and") break;  // "one hundred and first"
    if (!head.empty()) head += ' ';
    head += pieces[i].text;
  }
  auto prefix = parse_number_text(head, rules);
  if (!prefix) return std::nullopt;
  if (*v >= 100) return *prefix * *v;  // "one hundredth"
  if (*v >= 10 || std::fmod(*prefix, 10) != 0) return std::nullopt;  // "twenty-third", not "twenty-tenth"
  return *prefix + *v;
}

}  // namespace nf
