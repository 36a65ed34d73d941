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

// The class items of a property escape ("\\p{Lu}", "\\PL", "\\p{^M}") when it is a category
// this pass cuts; "" when it is not.
std::string cut(std::string_view property) {
  bool negated = property[1] == 'P';
  std::string_view name = property[2] == '{' ? property.substr(3, property.size() - 4) : property.substr(2);
  if (!name.empty() && name[0] == '^') negated = !negated, name.remove_prefix(1);
  return word_categories().count(name) ? items(ascii_members(name), negated) : "";
}

}  // namespace

std::string narrow_classes(std::string_view p) {
  std::vector<RegexPiece> pieces, inside;
  if (!regex_pieces(p, pieces)) return "";
  std::string out;
  out.reserve(p.size());
  bool changed = false;
  for (const RegexPiece& piece : pieces) {
    if (piece.type == RegexPiece::Property) {
      std::string items = cut(piece.text);
      out += items.empty() ? std::string(piece.text) : "[" + items + "]";
      changed |= !items.empty();
    } else if (piece.type == RegexPiece::Class) {
      // Inside the brackets: each cut property's items in its place, the rest as written.
      if (!regex_pieces(piece.text.substr(1, piece.text.size() - 2), inside)) return "";
      out += '[';
      for (const RegexPiece& in : inside) {
        std::string items = in.type == RegexPiece::Property ? cut(in.text) : "";
        out += items.empty() ? std::string(in.text) : items;
        changed |= !items.empty();
      }
      out += ']';
    } else {
      out += piece.text;
    }
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
