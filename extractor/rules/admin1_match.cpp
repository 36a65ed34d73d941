#include "extractor/rules/admin1_match.h"

#include <algorithm>
#include <set>

namespace nf {
namespace {

std::string letters(const std::string& s) {
  std::string out;
  for (char c : s)
    if (c >= 'a' && c <= 'z') out += c;
  return out;
}

// "fargona" and "fergana" -> "frgn": romanizations differ mostly in their vowels.
std::string skeleton(const std::string& key) {
  std::string out;
  for (char c : letters(key)) {
    if (std::string_view("aeiouy").find(c) != std::string_view::npos) continue;
    if (!out.empty() && out.back() == c) continue;
    out += c;
  }
  return out;
}

size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j)
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1] ? 1 : 0)});
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

}  // namespace

std::string Admin1Matcher::transliterate(const std::string& key) const {
  std::string w = letters(key), out;
  size_t longest = 0;
  for (const auto& [from, to] : translit_) longest = std::max(longest, from.size());
  for (size_t i = 0; i < w.size();) {
    size_t len = std::min(longest, w.size() - i);
    for (; len > 0; --len)
      if (auto it = translit_.find(std::string_view(w).substr(i, len)); it != translit_.end()) {
        out += it->second;
        break;
      }
    if (len == 0) out += w[i++];
    else i += len;
  }
  // "Ninawa"/"Nineveh", "Basrah"/"Basra": a final "h" is often only the transliteration's.
  if (out.size() > 4 && out.back() == 'h') out.pop_back();
  return out;
}

void Admin1Matcher::add(const std::string& country, const std::string& key, const std::string& code) {
  by_country_[country].push_back({letters(key), skeleton(key), skeleton(transliterate(key)), code, false});
}

void Admin1Matcher::add_alias(const std::string& country, const std::string& key, const std::string& code) {
  by_country_[country].push_back({letters(key), skeleton(key), skeleton(transliterate(key)), code, true});
}

std::string Admin1Matcher::find(const std::string& country, const std::string& key) const {
  auto it = by_country_.find(country);
  if (it == by_country_.end()) return "";
  const std::vector<Entry>& entries = it->second;
  std::string bare = key;
  for (const std::string& p : prefixes_)
    if (bare.size() > p.size() + 1 && bare.compare(0, p.size() + 1, p + " ") == 0) {
      bare = bare.substr(p.size() + 1);
      break;
    }
  std::string word = letters(bare);
  for (const Entry& e : entries)
    if (!e.alias && e.key == word) return e.code;
  std::string sk = skeleton(bare);
  if (sk.size() >= 3) {
    std::set<std::string> codes;
    for (const Entry& e : entries)
      if (!e.alias && e.skeleton == sk) codes.insert(e.code);
    if (codes.size() == 1) return *codes.begin();
  }
  // "kharkiv" for "kharkivska": an adjectival ending that one subdivision adds.
  if (word.size() >= 5) {
    std::set<std::string> codes;
    for (const Entry& e : entries)
      if (!e.alias && e.key.size() > word.size() && e.key.size() <= word.size() + 3 &&
          e.key.compare(0, word.size(), word) == 0)
        codes.insert(e.code);
    if (codes.size() == 1) return *codes.begin();
  }
  double best = 2, second = 2;
  const Entry* best_entry = nullptr;
  for (const Entry& e : entries) {
    if (e.alias) continue;
    double d = static_cast<double>(edit_distance(word, e.key)) / std::max<size_t>(1, std::max(word.size(), e.key.size()));
    if (d < best) {
      second = best;
      best = d;
      best_entry = &e;
    } else if (d < second) {
      second = d;
    }
  }
  if (best_entry && best <= 0.15 && second - best >= 0.15) return best_entry->code;
  // Weaker: another language's name, then the transliterated skeleton; one subdivision only.
  std::set<std::string> codes;
  for (const Entry& e : entries)
    if (e.alias && e.key == word) codes.insert(e.code);
  if (codes.size() == 1) return *codes.begin();
  if (!codes.empty()) return "";
  // Two consonants suffice here ("Nineveh" and "Ninawa" are both "nv"): the one subdivision
  // holding them is the evidence.
  std::string tsk = skeleton(transliterate(bare));
  if (tsk.size() >= 2)
    for (const Entry& e : entries)
      if (e.translit_skeleton == tsk) codes.insert(e.code);
  if (codes.size() == 1) return *codes.begin();
  return "";
}

}  // namespace nf
