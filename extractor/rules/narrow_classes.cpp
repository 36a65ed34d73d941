#include "extractor/rules/narrow_classes.h"

#include <re2/re2.h>

#include <bitset>
#include <cstdio>
#include <map>
#include <mutex>
#include <set>

#include "extractor/rules/regex_class.h"

namespace nf {
namespace {

// The general categories of letters, marks and numbers: the classes this pass may cut.
const std::set<std::string, std::less<>>& word_categories() {
  static const std::set<std::string, std::less<>> names = {"L",  "Lu", "Ll", "Lt", "Lm", "Lo", "M",
                                                            "Mn", "Mc", "Me", "N",  "Nd", "Nl", "No"};
  return names;
}

// The ASCII members of category `name`, as RE2's tables have them.
std::bitset<128> ascii_members(std::string_view name) {
  static std::mutex mu;
  static std::map<std::string, std::bitset<128>, std::less<>> known;
  std::lock_guard<std::mutex> lock(mu);
  auto it = known.find(name);
  if (it != known.end()) return it->second;
  RE2 re("\\p{" + std::string(name) + "}");
  std::bitset<128> members;
  for (int c = 0; c < 128; ++c) members[c] = re.ok() && RE2::FullMatch(std::string(1, static_cast<char>(c)), re);
  return known.emplace(std::string(name), members).first->second;
}

std::string rune(int c) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "\\x{%X}", c);
  return buf;
}

// Class items (without brackets) for the ASCII set `s`, or, negated, for every rune outside it.
std::string items(const std::bitset<128>& s, bool negated) {
  std::string out;
  for (int c = 0; c < 128;) {
    if (s[c] == negated) {
      ++c;
      continue;
    }
    int e = c;
    while (e + 1 < 128 && s[e + 1] != negated) ++e;
    out += e == c ? rune(c) : rune(c) + "-" + rune(e);
    c = e + 1;
  }
  // Every non-ASCII rune but LONG S and KELVIN SIGN, which (?i) would fold onto s and k (both
  // letters: no text this pass serves holds them).
  if (negated) out += rune(0x80) + "-" + rune(0x17E) + rune(0x180) + "-" + rune(0x2129) + rune(0x212B) + "-" + rune(0x10FFFF);
  if (out.empty()) out = rune(0x100);  // Ā: no rune that this pass's texts hold
  return out;
}

// Reads a property escape at p[i] == '\\' (p[i+1] is 'p' or 'P'): its end and, when it is a
// category this pass cuts, its class items. Returns false on syntax it does not read.
bool property(std::string_view p, size_t i, size_t& end, std::string& cut) {
  if (i + 2 >= p.size()) return false;
  bool negated = p[i + 1] == 'P';
  std::string_view name;
  if (p[i + 2] == '{') {
    size_t close = p.find('}', i + 3);
    if (close == std::string_view::npos) return false;
    name = p.substr(i + 3, close - i - 3);
    end = close + 1;
  } else {
    name = p.substr(i + 2, 1);
    end = i + 3;
  }
  if (!name.empty() && name[0] == '^') negated = !negated, name.remove_prefix(1);
  cut.clear();
  if (word_categories().count(name)) cut = items(ascii_members(name), negated);
  return true;
}

}  // namespace

std::string narrow_classes(std::string_view p) {
  std::string out;
  out.reserve(p.size());
  bool changed = false;
  size_t i = 0;
  std::string cut;
  while (i < p.size()) {
    char c = p[i];
    if (c == '\\') {
      if (i + 1 >= p.size()) return "";
      size_t end;
      if ((p[i + 1] == 'p' || p[i + 1] == 'P')) {
        if (!property(p, i, end, cut)) return "";
        if (cut.empty()) out.append(p.substr(i, end - i));
        else out += "[" + cut + "]", changed = true;
        i = end;
        continue;
      }
      out.append(p.substr(i, 2));
      i += 2;
      continue;
    }
    if (c == '[') {
      size_t end = regex_class_end(p, i);
      if (end == std::string_view::npos) return "";
      // Inside the brackets: each cut property's items in its place, the rest as written.
      for (size_t k = i; k < end;) {
        if (p[k] == '\\' && k + 1 < end && (p[k + 1] == 'p' || p[k + 1] == 'P')) {
          size_t e;
          if (!property(p, k, e, cut) || e > end) return "";
          if (cut.empty()) out.append(p.substr(k, e - k));
          else out += cut, changed = true;
          k = e;
        } else if (p[k] == '\\' && k + 1 < end) {
          out.append(p.substr(k, 2));
          k += 2;
        } else {
          out += p[k++];
        }
      }
      i = end;
      continue;
    }
    out += c;
    ++i;
  }
  return changed ? out : "";
}

bool has_non_ascii_word_char(std::string_view text) {
  static const RE2 word("[\\p{L}\\p{M}\\p{N}]");
  // The bytes at or above 0x80 are exactly the UTF-8 sequences of the non-ASCII runes.
  thread_local std::string high;
  high.clear();
  for (char c : text)
    if (static_cast<unsigned char>(c) >= 0x80) high.push_back(c);
  return !high.empty() && RE2::PartialMatch(high, word);
}

}  // namespace nf
