#include "extractor/ingest/published_date.h"

#include <cctype>
#include <cstdio>
#include <vector>

namespace nf {
namespace {

// RFC 822 (section 5.1) month names; full English names begin with the same three letters.
int month_number(std::string_view word) {
  static const char* const kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                        "jul", "aug", "sep", "oct", "nov", "dec"};
  if (word.size() < 3) return 0;
  std::string w;
  for (char c : word) w += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (w == "sept") w = "sep";
  for (int i = 0; i < 12; ++i)
    if (w.compare(0, 3, kMonths[i]) == 0) return i + 1;
  return 0;
}

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

std::string make_date(int y, int m, int d) {
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1000 || y > 2999 || m < 1 || m > 12 || d < 1 || d > kDays[m - 1]) return "";
  if (m == 2 && d == 29 && !leap(y)) return "";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

struct Tok {
  std::string text;
  bool digits;
};

// Splits into runs of letters and runs of digits; everything else separates.
std::vector<Tok> tokens(std::string_view s) {
  std::vector<Tok> out;
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (std::isdigit(c) || std::isalpha(c)) {
      size_t j = i;
      bool dig = std::isdigit(c);
      while (j < s.size() && (dig ? std::isdigit(static_cast<unsigned char>(s[j])) : std::isalpha(static_cast<unsigned char>(s[j])))) ++j;
      out.push_back({std::string(s.substr(i, j - i)), dig});
      i = j;
    } else {
      ++i;
    }
  }
  return out;
}

int year_of(const std::string& t) {
  int y = std::stoi(t);
  if (t.size() == 2) y += y < 70 ? 2000 : 1900;  // RFC 822 two-digit years
  return y;
}

}  // namespace

std::string normalize_published(std::string_view text) {
  size_t b = 0;
  while (b < text.size() && std::isspace(static_cast<unsigned char>(text[b]))) ++b;
  std::string_view s = text.substr(b);
  auto digit = [&](size_t i) { return i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])); };
  auto num = [&](size_t i, size_t n) { return std::stoi(std::string(s.substr(i, n))); };
  // ISO 8601 and its look-alikes: 2024-06-12, 2024/06/12, 2024-06-12T08:30:00Z.
  if (digit(0) && digit(1) && digit(2) && digit(3) && s.size() >= 10 && (s[4] == '-' || s[4] == '/' || s[4] == '.') &&
      digit(5) && digit(6) && s[7] == s[4] && digit(8) && digit(9) && !digit(10))
    return make_date(num(0, 4), num(5, 2), num(8, 2));
  // Compact: 20240612, 20240612T083000Z.
  if (s.size() >= 8 && digit(0) && digit(1) && digit(2) && digit(3) && digit(4) && digit(5) && digit(6) && digit(7) &&
      !digit(8))
    return make_date(num(0, 4), num(4, 2), num(6, 2));
  // Month names: "Wed, 12 Jun 2024 08:30:00 GMT", "June 12, 2024", "12 June 2024", "Jun 12 2024".
  std::vector<Tok> t = tokens(s);
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i].digits) continue;
    int m = month_number(t[i].text);
    if (!m) continue;
    // day before the month, year after: 12 Jun 2024
    if (i >= 1 && i + 1 < t.size() && t[i - 1].digits && t[i - 1].text.size() <= 2 && t[i + 1].digits &&
        (t[i + 1].text.size() == 4 || t[i + 1].text.size() == 2))
      return make_date(year_of(t[i + 1].text), m, std::stoi(t[i - 1].text));
    // month, day, year: June 12, 2024
    if (i + 2 < t.size() && t[i + 1].digits && t[i + 1].text.size() <= 2 && t[i + 2].digits && t[i + 2].text.size() == 4)
      return make_date(std::stoi(t[i + 2].text), m, std::stoi(t[i + 1].text));
    // month, day, then a token ("June 12th, 2024")
    if (i + 3 < t.size() && t[i + 1].digits && t[i + 1].text.size() <= 2 && !t[i + 2].digits &&
        t[i + 2].text.size() == 2 && t[i + 3].digits && t[i + 3].text.size() == 4)
      return make_date(std::stoi(t[i + 3].text), m, std::stoi(t[i + 1].text));
  }
  return "";
}

}  // namespace nf
