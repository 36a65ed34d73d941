// Generates a benchmark corpus of real-shaped news in which sentences are (almost) never repeated
// verbatim, so that a measure does not reward automata and caches that have seen the text before.
// Sources as in corpus_gen.h (corpus/*.txt and the plain-text documents of the shared datasets).
// Each article opens with a real article's first line (digits varied) and continues with
// paragraphs of recombined sentences: a sentence is often spliced with another at a shared
// function word ("... said on" + "Monday that ..."), then its digits are redrawn (same shape:
// years stay 19xx/20xx, thousands separators and decimals stay), its month and weekday names
// are redrawn, and about half of its capitalised words (names, places, agencies) are replaced by
// others of the same shape (Capitalised or ACRONYM) from the sources.
//
//   nf::bench::CorpusStats st = nf::bench::generate_unique_corpus({"corpus", "../shared/datasets"}, "/tmp/x", 30 << 20, 42);
//
// Deterministic for a given seed and source set. Files: DIR/NNN/aNNNNNN.txt, 500 per folder.
// st.repeated_sentences counts generated sentences that are an exact copy of an earlier one.
#pragma once
#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "tools/bench/corpus_gen.h"

namespace nf::bench {

namespace unique_detail {

inline bool upper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool lower(char c) { return c >= 'a' && c <= 'z'; }
inline bool alpha(char c) { return upper(c) || lower(c); }
inline bool digit(char c) { return c >= '0' && c <= '9'; }

// Sentences of one paragraph: a cut after . ! or ? (and closing quotes) followed by a space and
// an upper-case letter or an opening quote. Rough, as a bench needs.
inline std::vector<std::string> split_sentences(const std::string& p) {
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t i = 0; i + 2 < p.size(); ++i) {
    if (p[i] != '.' && p[i] != '!' && p[i] != '?') continue;
    size_t j = i + 1;
    while (j < p.size() && (p[j] == '"' || p[j] == '\'' || p[j] == ')')) ++j;
    if (j + 1 >= p.size() || p[j] != ' ' || !(upper(p[j + 1]) || p[j + 1] == '"')) continue;
    size_t w = i;
    while (w > 0 && alpha(p[w - 1])) --w;
    if (i - w >= 1 && i - w <= 3 && upper(p[w]) && (w == 0 || p[w - 1] == ' ' || p[w - 1] == '.' || p[w - 1] == '('))
      continue;  // "U.S. Army", "J. Smith", "Mr. Smith", "Gen. Lee"
    out.push_back(p.substr(start, j - start));
    start = j + 1;
    i = j;
  }
  if (start < p.size()) out.push_back(p.substr(start));
  return out;
}

constexpr std::array<const char*, 12> kMonths = {"January", "February", "March",     "April",   "May",      "June",
                                                 "July",    "August",   "September", "October", "November", "December"};
constexpr std::array<const char*, 7> kWeekdays = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
// Splice points: a sentence is cut before one of these words and continued from the same word
// in another sentence.
constexpr std::array<const char*, 14> kPivots = {" the ", " in ", " of ", " to ",   " and ",  " for ",  " on ",
                                                 " said ", " that ", " a ", " by ", " with ", " from ", " after "};

template <size_t N>
int find_word(const std::array<const char*, N>& list, std::string_view w) {
  for (size_t i = 0; i < N; ++i)
    if (w == list[i]) return static_cast<int>(i);
  return -1;
}

// Redraws digits (same count; a leading 19/20 of a 4-digit run stays a plausible year; a
// leading digit stays non-zero; a day after a month name is 1-28), months, weekdays, and with probability 1/2 each capitalised
// word that does not open the sentence.
inline std::string vary(const std::string& s, Rng& rng, const std::vector<std::string>& caps,
                        const std::vector<std::string>& acronyms, bool names) {
  std::string out;
  out.reserve(s.size() + 16);
  size_t after_month = std::string::npos;  // where a day number after a month name would start in out
  size_t i = 0;
  while (i < s.size()) {
    char c = s[i];
    if (digit(c)) {
      size_t j = i;
      while (j < s.size() && digit(s[j])) ++j;
      size_t n = j - i;
      bool year = n == 4 && (s.compare(i, 2, "19") == 0 || s.compare(i, 2, "20") == 0);
      bool day = n <= 2 && out.size() == after_month;  // "March 3": a day of 1-28
      bool grouped = j + 1 < s.size() && (s[j] == ',' || s[j] == '.') && digit(s[j + 1]);
      if (day) {
        out += std::to_string(1 + rng.below(28));
        i = j;
        continue;
      }
      for (size_t k = 0; k < n; ++k) {
        char d;
        if (year && k == 0) d = rng.below(2) ? '2' : '1';
        else if (year && k == 1) d = out.back() == '2' ? '0' : '9';
        else if (year && k == 2 && out.back() == '0') d = static_cast<char>('0' + rng.below(3));
        else if (k == 0 && (n > 1 || grouped) && s[i] != '0') d = static_cast<char>('1' + rng.below(9));
        else d = static_cast<char>('0' + rng.below(10));
        out += d;
      }
      i = j;
      continue;
    }
    if (alpha(c) && (i == 0 || !(alpha(s[i - 1]) || digit(s[i - 1]) || s[i - 1] == '-' || s[i - 1] == '\'' ||
                                 static_cast<unsigned char>(s[i - 1]) >= 0x80))) {
      size_t j = i;
      while (j < s.size() && alpha(s[j])) ++j;
      bool word_ends = j == s.size() || !(digit(s[j]) || static_cast<unsigned char>(s[j]) >= 0x80);
      std::string_view w(s.data() + i, j - i);
      int m = word_ends ? find_word(kMonths, w) : -1;
      int d = word_ends && m < 0 ? find_word(kWeekdays, w) : -1;
      if (m >= 0) {
        out += kMonths[rng.below(kMonths.size())];
        if (j < s.size() && s[j] == ' ') after_month = out.size() + 1;
      }
      else if (d >= 0) out += kWeekdays[rng.below(kWeekdays.size())];
      else if (names && word_ends && i > 0 && upper(c) && w.size() >= 2 && rng.below(2)) {
        bool all_caps = std::all_of(w.begin(), w.end(), upper);
        const std::vector<std::string>& pool = all_caps ? acronyms : caps;
        out += pool.empty() ? std::string(w) : pool[rng.below(pool.size())];
      } else {
        out += w;
      }
      i = j;
      continue;
    }
    out += c;
    ++i;
  }
  return out;
}

}  // namespace unique_detail

inline CorpusStats generate_unique_corpus(const std::vector<std::string>& sources, const std::string& out_dir,
                                          size_t target_bytes, uint64_t seed) {
  namespace fs = std::filesystem;
  using namespace unique_detail;
  std::vector<fs::path> files;
  for (const std::string& s : sources) collect_texts(s, files);
  std::sort(files.begin(), files.end());
  std::vector<std::string> openers, sentences;
  std::vector<size_t> paragraph_sizes;  // sentences per real paragraph (the shape of generated ones)
  std::vector<std::string> caps, acronyms;
  std::unordered_set<std::string> seen_caps;
  CorpusStats st;
  for (const fs::path& f : files) {
    std::vector<std::string> lines = read_source_lines(f);
    for (size_t li = 0; li < lines.size(); ++li) {
      const std::string& line = lines[li];
      if (li == 0) {
        openers.push_back(line);
        // A one-line document (some dataset texts) is also a source of sentences.
        if (lines.size() > 1) continue;
      }
      std::vector<std::string> ss = split_sentences(line);
      // Long one-line documents are cut into paragraphs of at most 4 sentences.
      for (size_t k = 0; k < ss.size(); k += 4) paragraph_sizes.push_back(std::min<size_t>(4, ss.size() - k));
      for (std::string& s : ss) {
        // Capitalised words not at the start of the sentence (names, places, agencies).
        for (size_t i = 1; i < s.size(); ++i) {
          if (!upper(s[i]) || alpha(s[i - 1]) || digit(s[i - 1])) continue;
          size_t j = i;
          while (j < s.size() && alpha(s[j])) ++j;
          std::string w = s.substr(i, j - i);
          if (w.size() >= 2 && (j == s.size() || static_cast<unsigned char>(s[j]) < 0x80) &&
              find_word(kMonths, w) < 0 && find_word(kWeekdays, w) < 0 && seen_caps.insert(w).second)
            (std::all_of(w.begin(), w.end(), upper) ? acronyms : caps).push_back(w);
          i = j;
        }
        sentences.push_back(std::move(s));
      }
    }
    ++st.source_documents;
  }
  if (openers.empty() || sentences.empty()) throw std::runtime_error("no source text found for the benchmark corpus");
  st.paragraphs = paragraph_sizes.size();
  // Where each pivot word occurs: (sentence, offset) pairs, to continue a sentence from another.
  std::vector<std::vector<std::pair<uint32_t, uint32_t>>> pivot_at(kPivots.size());
  for (size_t si = 0; si < sentences.size(); ++si)
    for (size_t p = 0; p < kPivots.size(); ++p)
      for (size_t at = sentences[si].find(kPivots[p]); at != std::string::npos; at = sentences[si].find(kPivots[p], at + 1))
        pivot_at[p].emplace_back(static_cast<uint32_t>(si), static_cast<uint32_t>(at));
  Rng rng{seed};
  std::unordered_set<size_t> seen;  // hashes of generated sentences
  fs::create_directories(out_dir);
  while (st.bytes < target_bytes) {
    if (st.articles % 500 == 0) {
      char folder[32];
      std::snprintf(folder, sizeof folder, "%03zu", st.articles / 500);
      st.folders.push_back((fs::path(out_dir) / folder).string());
      fs::create_directories(st.folders.back());
    }
    std::string article = vary(openers[rng.below(openers.size())], rng, caps, acronyms, false);
    size_t paragraphs = 6 + rng.below(15);
    for (size_t p = 0; p < paragraphs; ++p) {
      article += '\n';
      size_t n = paragraph_sizes[rng.below(paragraph_sizes.size())];
      for (size_t k = 0; k < n; ++k) {
        std::string s = sentences[rng.below(sentences.size())];
        if (rng.below(10) < 7) {  // splice at a pivot word shared with another sentence
          size_t p0 = rng.below(kPivots.size());
          for (size_t t = 0; t < kPivots.size(); ++t) {
            size_t pv = (p0 + t) % kPivots.size();
            size_t at = s.find(kPivots[pv]);
            if (at == std::string::npos || pivot_at[pv].empty()) continue;
            const auto& [other, from] = pivot_at[pv][rng.below(pivot_at[pv].size())];
            s = s.substr(0, at) + sentences[other].substr(from);
            break;
          }
        }
        s = vary(s, rng, caps, acronyms, true);
        if (!seen.insert(std::hash<std::string>{}(s)).second) ++st.repeated_sentences;
        ++st.sentences;
        if (k) article += ' ';
        article += s;
      }
    }
    article += "\n";
    char name[32];
    std::snprintf(name, sizeof name, "a%06zu.txt", st.articles);
    std::ofstream(fs::path(st.folders.back()) / name, std::ios::binary) << article;
    st.bytes += article.size();
    ++st.articles;
  }
  return st;
}

}  // namespace nf::bench
