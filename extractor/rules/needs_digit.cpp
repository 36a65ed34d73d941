#include "extractor/rules/needs_digit.h"

#include <optional>

namespace nf {

namespace {

// A recursive-descent reader of RE2 syntax that computes, for each sub-expression, whether
// every string it matches holds a digit. Any syntax it does not know makes it give up.
class Reader {
 public:
  explicit Reader(std::string_view p) : p_(p) {}

  std::optional<bool> whole() {
    auto r = alternation();
    if (!r || i_ != p_.size()) return std::nullopt;
    return r;
  }

 private:
  std::string_view p_;
  size_t i_ = 0;

  bool at_end() const { return i_ >= p_.size(); }
  char peek() const { return p_[i_]; }

  // a|b|c: every branch must need a digit.
  std::optional<bool> alternation() {
    bool all = true;
    for (;;) {
      auto c = concatenation();
      if (!c) return std::nullopt;
      all = all && *c;
      if (at_end() || peek() != '|') return all;
      ++i_;
    }
  }

  // abc: one piece that needs a digit is enough.
  std::optional<bool> concatenation() {
    bool any = false;
    while (!at_end() && peek() != '|' && peek() != ')') {
      auto a = atom();
      if (!a) return std::nullopt;
      bool needs = *a;
      for (;;) {  // quantifiers (x*? x{2,3} ...); several in a row are an RE2 error, read anyway
        auto min = quantifier();
        if (!min) return std::nullopt;
        if (*min < 0) break;
        if (*min == 0) needs = false;
      }
      any = any || needs;
    }
    return any;
  }

  // The minimum count of a quantifier at i_ (consumed), -1 when there is none.
  std::optional<int> quantifier() {
    if (at_end()) return -1;
    char c = peek();
    int min = -1;
    if (c == '*' || c == '?') min = 0, ++i_;
    else if (c == '+') min = 1, ++i_;
    else if (c == '{') {
      size_t j = i_ + 1;
      int n = 0;
      size_t digits = 0;
      while (j < p_.size() && p_[j] >= '0' && p_[j] <= '9') n = std::min(n * 10 + (p_[j++] - '0'), 100000), ++digits;
      if (digits == 0) return -1;  // not a repeat: a literal '{' (read by atom())
      if (j < p_.size() && p_[j] == ',') {
        ++j;
        while (j < p_.size() && p_[j] >= '0' && p_[j] <= '9') ++j;
      }
      if (j >= p_.size() || p_[j] != '}') return -1;
      i_ = j + 1;
      min = n;
    }
    if (min >= 0 && !at_end() && peek() == '?') ++i_;  // non-greedy
    return min;
  }

  // Skips one UTF-8 character at i_.
  void skip_char() {
    unsigned char c = static_cast<unsigned char>(p_[i_++]);
    if (c >= 0xC0)
      while (!at_end() && (static_cast<unsigned char>(peek()) & 0xC0) == 0x80) ++i_;
  }

  // After a backslash: \p{..}, \pL, \x{..}, \xHH, or one character. False: the escape is not
  // known to stand for a digit only. nullopt: syntax this reader does not take.
  std::optional<bool> escape() {
    if (at_end()) return std::nullopt;
    char c = peek();
    if (c == 'd') {
      ++i_;
      return true;
    }
    if (c == 'Q' || (c >= '0' && c <= '9')) return std::nullopt;  // \Q..\E, octal, back references
    if (c == 'p' || c == 'P' || c == 'x') {
      ++i_;
      if (!at_end() && peek() == '{') {
        size_t close = p_.find('}', i_);
        if (close == std::string_view::npos) return std::nullopt;
        i_ = close + 1;
      } else if (c == 'x') {
        if (i_ + 2 > p_.size()) return std::nullopt;
        i_ += 2;
      } else {
        if (at_end()) return std::nullopt;
        skip_char();
      }
      return false;
    }
    skip_char();
    return false;
  }

  std::optional<bool> atom() {
    char c = peek();
    if (c == '(') {
      ++i_;
      if (!at_end() && peek() == '?') {
        ++i_;
        if (!at_end() && peek() == 'P') ++i_;
        if (!at_end() && peek() == '<') {  // (?P<name>
          size_t close = p_.find('>', i_);
          if (close == std::string_view::npos) return std::nullopt;
          i_ = close + 1;
        } else {  // (?flags) or (?flags:
          while (!at_end() && (peek() == 'i' || peek() == 'm' || peek() == 's' || peek() == 'U' || peek() == '-')) ++i_;
          if (at_end()) return std::nullopt;
          if (peek() == ')') {
            ++i_;
            return false;
          }
          if (peek() != ':') return std::nullopt;
          ++i_;
        }
      }
      auto inner = alternation();
      if (!inner || at_end() || peek() != ')') return std::nullopt;
      ++i_;
      return inner;
    }
    if (c == '[') return char_class();
    if (c == '\\') {
      ++i_;
      return escape();
    }
    if (c == '*' || c == '+' || c == '?') return std::nullopt;  // a quantifier with nothing before it
    if (c >= '0' && c <= '9') {
      ++i_;
      return true;
    }
    skip_char();  // a literal, '.', '^', '$', or a '{' that opens no repeat
    return false;
  }

  // [..]: needs a digit when it is not negated and each of its members is a digit or a range
  // of digits.
  std::optional<bool> char_class() {
    ++i_;
    bool negated = false;
    if (!at_end() && peek() == '^') negated = true, ++i_;
    bool all_digits = true;
    bool first = true;
    for (;;) {
      if (at_end()) return std::nullopt;
      char c = peek();
      if (c == ']' && !first) {
        ++i_;
        break;
      }
      first = false;
      if (c == '[' && i_ + 1 < p_.size() && p_[i_ + 1] == ':') {  // [:alpha:]
        size_t close = p_.find(":]", i_ + 2);
        if (close == std::string_view::npos) return std::nullopt;
        i_ = close + 2;
        all_digits = false;
        continue;
      }
      bool lo_digit = false, lo_known = false;
      if (c == '\\') {
        ++i_;
        auto e = escape();
        if (!e) return std::nullopt;
        if (*e) continue;  // \d
        all_digits = false;
        continue;  // an escape does not start a range here (rare; a range after it reads as members)
      }
      lo_known = true;
      lo_digit = c >= '0' && c <= '9';
      skip_char();
      if (i_ + 1 < p_.size() && peek() == '-' && p_[i_ + 1] != ']') {  // a range lo-hi
        ++i_;
        char hi = peek();
        if (hi == '\\') return std::nullopt;
        bool hi_digit = hi >= '0' && hi <= '9';
        skip_char();
        if (!(lo_digit && hi_digit)) all_digits = false;
        continue;
      }
      if (lo_known && !lo_digit) all_digits = false;
    }
    return !negated && all_digits;
  }
};

}  // namespace

bool needs_digit(std::string_view pattern) {
  auto r = Reader(pattern).whole();
  return r && *r;
}

}  // namespace nf
