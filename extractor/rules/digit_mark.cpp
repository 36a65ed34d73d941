#include "extractor/rules/digit_mark.h"
#include "extractor/rules/regex_class.h"

#include <algorithm>
#include <cctype>

namespace nf {

namespace {

constexpr std::string_view kMarkRegex = "\\x{E000}";
constexpr std::string_view kNonAsciiRegex = "\\x{E001}";

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Whether a bracketed class may hold an ASCII digit: a digit in it (also as a range end),
// a range across the digits, or any escape or named class (read conservatively: yes).
bool class_may_hold_digit(std::string_view cls) {
  if (cls.size() >= 2 && cls[1] == '^') return true;  // a negated class holds nearly everything
  for (size_t k = 1; k + 1 < cls.size(); ++k) {
    char c = cls[k];
    if (is_digit(c) || c == '\\' || (c == '[' && k + 1 < cls.size() && cls[k + 1] == ':')) return true;
    if (c == '-' && k > 1 && k + 2 < cls.size()) {
      unsigned char lo = static_cast<unsigned char>(cls[k - 1]), hi = static_cast<unsigned char>(cls[k + 1]);
      if (lo <= '9' && hi >= '0') return true;
    }
  }
  return false;
}

// Whether a bracketed class holds ASCII digits only ("[12]", "[0-5]"): not negated, every
// item a digit or a range between two digits.
bool only_digits(std::string_view cls) {
  if (cls.size() < 3 || cls[1] == '^') return false;
  for (size_t k = 1; k + 1 < cls.size(); ++k) {
    if (is_digit(cls[k])) continue;
    if (cls[k] == '-' && k > 1 && k + 2 < cls.size() && is_digit(cls[k - 1]) && is_digit(cls[k + 1])) continue;
    return false;
  }
  return true;
}

// Whether a bracketed class holds non-ASCII runes only ("[½¼¾]"): not negated, every byte
// between the brackets non-ASCII, or a '-' between two such runes.
bool only_non_ascii(std::string_view cls) {
  if (cls.size() < 3 || cls[1] == '^') return false;
  for (size_t k = 1; k + 1 < cls.size(); ++k) {
    unsigned char c = static_cast<unsigned char>(cls[k]);
    if (c >= 0x80) continue;
    if (c == '-' && k > 1 && k + 2 < cls.size() && static_cast<unsigned char>(cls[k - 1]) >= 0x80 &&
        static_cast<unsigned char>(cls[k + 1]) >= 0x80)
      continue;
    return false;
  }
  return true;
}

}  // namespace

std::optional<std::string> digit_marked(std::string_view p) {
  std::string out;
  out.reserve(p.size() + 16);
  size_t i = 0;
  while (i < p.size()) {
    char c = p[i];
    if (c == '\\') {
      if (i + 1 >= p.size()) return std::nullopt;
      char e = p[i + 1];
      if (e == 'd') {
        out += kMarkRegex;
        i += 2;
        continue;
      }
      if (e == 'Q' || is_digit(e)) return std::nullopt;
      if (e == 'x') {  // \xHH or \x{...}: a digit written in hex is not handled
        size_t j = i + 2, end;
        std::string hex;
        if (j < p.size() && p[j] == '{') {
          end = p.find('}', j);
          if (end == std::string_view::npos) return std::nullopt;
          hex = std::string(p.substr(j + 1, end - j - 1));
          ++end;
        } else {
          end = std::min(p.size(), j + 2);
          hex = std::string(p.substr(j, end - j));
        }
        unsigned long v = 0;
        for (char h : hex) {
          int d = is_digit(h) ? h - '0' : (h | 0x20) >= 'a' && (h | 0x20) <= 'f' ? (h | 0x20) - 'a' + 10 : -1;
          if (d < 0 || v > 0x10FFFF) return std::nullopt;
          v = v * 16 + static_cast<unsigned long>(d);
        }
        if (v >= '0' && v <= '9') return std::nullopt;
        out.append(p.substr(i, end - i));
        i = end;
        continue;
      }
      if ((e == 'p' || e == 'P') && i + 2 < p.size() && p[i + 2] == '{') {  // \p{Lu}
        size_t end = p.find('}', i + 2);
        if (end == std::string_view::npos) return std::nullopt;
        out.append(p.substr(i, end + 1 - i));
        i = end + 1;
        continue;
      }
      out.append(p.substr(i, 2));  // \b \s \w \. \pL ...: no digit of their own to mark
      i += 2;
      continue;
    }
    if (c == '[') {
      size_t end = regex_class_end(p, i);
      if (end == std::string_view::npos) return std::nullopt;
      std::string_view cls = p.substr(i, end - i);
      if (only_non_ascii(cls)) {
        out += kNonAsciiRegex;
      } else if (only_digits(cls)) {  // the scanned text has the marker in place of every digit
        out += kMarkRegex;
      } else if (class_may_hold_digit(cls)) {
        out += "(?:";
        out += kMarkRegex;
        out += '|';
        out += cls;
        out += ')';
      } else {
        out += cls;
      }
      i = end;
      continue;
    }
    if (c == '{') {  // a repeat count {2} {1,3} {2,}: copied as it is
      size_t j = i + 1;
      while (j < p.size() && (is_digit(p[j]) || p[j] == ',')) ++j;
      if (j < p.size() && p[j] == '}' && i + 1 < p.size() && is_digit(p[i + 1])) {
        out.append(p.substr(i, j + 1 - i));
        i = j + 1;
        continue;
      }
      out += c;
      ++i;
      continue;
    }
    if (c == '(' && p.compare(i, 4, "(?P<") == 0) {  // a group name may hold digits
      size_t end = p.find('>', i);
      if (end == std::string_view::npos) return std::nullopt;
      out.append(p.substr(i, end + 1 - i));
      i = end + 1;
      continue;
    }
    if (is_digit(c)) {
      out += kMarkRegex;
      ++i;
      continue;
    }
    out += c;
    ++i;
  }
  return out;
}

}  // namespace nf

namespace nf {

namespace {

constexpr unsigned kAllDigits = 0x3FF;

// The value of the \x escape at p[i] == '\\' (p[i+1] == 'x'), and the index after it; false
// when it is malformed.
bool hex_escape(std::string_view p, size_t i, unsigned long& value, size_t& end) {
  size_t j = i + 2;
  std::string_view hex;
  if (j < p.size() && p[j] == '{') {
    size_t close = p.find('}', j);
    if (close == std::string_view::npos) return false;
    hex = p.substr(j + 1, close - j - 1);
    end = close + 1;
  } else {
    end = std::min(p.size(), j + 2);
    hex = p.substr(j, end - j);
  }
  if (hex.empty()) return false;
  value = 0;
  for (char h : hex) {
    int d = is_digit(h) ? h - '0' : (h | 0x20) >= 'a' && (h | 0x20) <= 'f' ? (h | 0x20) - 'a' + 10 : -1;
    if (d < 0 || value > 0x10FFFF) return false;
    value = value * 16 + static_cast<unsigned long>(d);
  }
  return true;
}

unsigned digits_in_range(unsigned long lo, unsigned long hi) {
  unsigned mask = 0;
  for (unsigned long c = '0'; c <= '9'; ++c)
    if (lo <= c && c <= hi) mask |= 1u << (c - '0');
  return mask;
}

// The ASCII digits a bracketed class holds (negation aside: it keeps all-or-none), as a mask
// of ten bits; -1 for syntax this does not read.
int class_digits(std::string_view cls) {
  size_t k = 1;
  if (k < cls.size() && cls[k] == '^') ++k;
  unsigned mask = 0;
  while (k + 1 < cls.size()) {  // cls.back() is the closing ']'
    // One item: its low rune (or a whole-class mask), then an optional "-hi".
    unsigned long lo = 0;
    bool single = true;
    if (cls[k] == '[' && k + 1 < cls.size() && cls[k + 1] == ':') {
      size_t e = cls.find(":]", k + 2);
      if (e == std::string_view::npos) return -1;
      std::string_view name = cls.substr(k + 2, e - k - 2);
      if (!name.empty() && name[0] == '^') name.remove_prefix(1);  // [:^alpha:]: complement keeps all-or-none
      if (name == "digit" || name == "alnum" || name == "word" || name == "xdigit" || name == "graph" ||
          name == "print" || name == "ascii")
        mask |= kAllDigits;
      else if (!(name == "alpha" || name == "upper" || name == "lower" || name == "space" || name == "blank" ||
                 name == "punct" || name == "cntrl"))
        return -1;
      k = e + 2;
      single = false;
    } else if (cls[k] == '\\') {
      if (k + 1 >= cls.size()) return -1;
      char e = cls[k + 1];
      if (e == 'd' || e == 'w' || e == 'S' || e == 'W' || e == 'D' || e == 's') {
        if (e == 'd' || e == 'w' || e == 'S') mask |= kAllDigits;
        k += 2;
        single = false;
      } else if (e == 'x') {
        size_t end;
        if (!hex_escape(cls, k, lo, end)) return -1;
        k = end;
      } else if (e == 'p' || e == 'P' || is_digit(e) || e == 'Q') {
        return -1;  // read conservatively
      } else {
        lo = static_cast<unsigned char>(e);  // \. \- \] \\ ...: the character itself
        k += 2;
      }
    } else {
      lo = static_cast<unsigned char>(cls[k]);
      ++k;
    }
    if (single) {
      unsigned long hi = lo;
      {
        if (k + 2 < cls.size() && cls[k] == '-' && cls[k + 1] != ']') {  // a range lo-hi
          ++k;
          if (cls[k] == '\\') {
            if (k + 1 < cls.size() && cls[k + 1] == 'x') {
              size_t end;
              if (!hex_escape(cls, k, hi, end)) return -1;
              k = end;
            } else if (k + 1 < cls.size() && !std::isalnum(static_cast<unsigned char>(cls[k + 1]))) {
              hi = static_cast<unsigned char>(cls[k + 1]);
              k += 2;
            } else {
              return -1;
            }
          } else {
            hi = static_cast<unsigned char>(cls[k]);
            ++k;
          }
        }
      }
      if (hi < lo) return -1;
      mask |= digits_in_range(lo, hi);
    }
  }
  return static_cast<int>(mask);
}

}  // namespace

bool digit_blind(std::string_view p) {
  size_t i = 0;
  while (i < p.size()) {
    char c = p[i];
    if (c == '\\') {
      if (i + 1 >= p.size()) return false;
      char e = p[i + 1];
      if (e == 'Q' || is_digit(e)) return false;
      if (e == 'x') {
        unsigned long v;
        size_t end;
        if (!hex_escape(p, i, v, end) || (v >= '0' && v <= '9')) return false;
        i = end;
        continue;
      }
      if ((e == 'p' || e == 'P') && i + 2 < p.size() && p[i + 2] == '{') {  // a property: all ASCII digits alike
        size_t end = p.find('}', i + 2);
        if (end == std::string_view::npos) return false;
        i = end + 1;
        continue;
      }
      i += 2;  // \d \D \w \W \s \S \b \B \. \pL ...: every digit alike
      continue;
    }
    if (c == '[') {
      size_t end = regex_class_end(p, i);
      if (end == std::string_view::npos) return false;
      int mask = class_digits(p.substr(i, end - i));
      if (mask != 0 && mask != static_cast<int>(kAllDigits)) return false;
      i = end;
      continue;
    }
    if (c == '{') {  // a repeat count {2} {1,3} {2,}
      size_t j = i + 1;
      while (j < p.size() && (is_digit(p[j]) || p[j] == ',')) ++j;
      if (j < p.size() && p[j] == '}' && i + 1 < p.size() && is_digit(p[i + 1])) {
        i = j + 1;
        continue;
      }
      ++i;
      continue;
    }
    if (c == '(' && p.compare(i, 4, "(?P<") == 0) {  // a group name may hold digits
      size_t end = p.find('>', i);
      if (end == std::string_view::npos) return false;
      i = end + 1;
      continue;
    }
    if (is_digit(c)) return false;
    ++i;
  }
  return true;
}

}  // namespace nf
