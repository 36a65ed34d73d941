// Generates a benchmark corpus of real-shaped news at run time by recombining the paragraphs of
// real articles (corpus/*.txt and the plain-text documents of the shared datasets): each
// generated article opens with a real article's first line (its dateline shape) and continues
// with paragraphs drawn from the pool. Nothing is committed: the files go to a temp directory.
//
//   nf::bench::CorpusStats st = nf::bench::generate_corpus({"corpus", "../shared/datasets"}, "/tmp/x", 30 << 20, 42);
//
// Deterministic for a given seed and source set. Files: DIR/NNN/aNNNNNN.txt, 500 per folder.
#pragma once
#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>
#include <vector>

namespace nf::bench {

struct CorpusStats {
  size_t source_documents = 0;
  size_t paragraphs = 0;
  size_t articles = 0;
  size_t bytes = 0;
  size_t sentences = 0, repeated_sentences = 0;  // generate_unique_corpus only
  std::vector<std::string> folders;  // the NNN folders, in order
};

// splitmix64: a small deterministic generator (no dependence on the standard library's engines).
struct Rng {
  uint64_t s;
  uint64_t next() {
    uint64_t z = (s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  size_t below(size_t n) { return n ? static_cast<size_t>(next() % n) : 0; }
};

inline void collect_texts(const std::filesystem::path& root, std::vector<std::filesystem::path>& out) {
  namespace fs = std::filesystem;
  if (fs::is_regular_file(root)) {
    if (root.extension() == ".txt") out.push_back(root);
    return;
  }
  if (!fs::is_directory(root)) return;
  for (const auto& e : fs::recursive_directory_iterator(root)) {
    std::string name = e.path().filename().string();
    if (e.is_regular_file() && e.path().extension() == ".txt" && name[0] != '.' && name != "docs.txt" &&
        name.find("README") == std::string::npos)
      out.push_back(e.path());
  }
}

// The lines of a source document that hold more than blanks (" \t\r"), in order: the first is
// the article's opening line (its dateline shape), the others its paragraphs.
inline std::vector<std::string> read_source_lines(const std::filesystem::path& f) {
  std::ifstream in(f, std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::vector<std::string> lines;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string::npos) nl = text.size();
    if (text.find_first_not_of(" \t\r", pos) < nl) lines.push_back(text.substr(pos, nl - pos));
    pos = nl + 1;
  }
  return lines;
}

inline CorpusStats generate_corpus(const std::vector<std::string>& sources, const std::string& out_dir,
                                   size_t target_bytes, uint64_t seed) {
  namespace fs = std::filesystem;
  std::vector<fs::path> files;
  for (const std::string& s : sources) collect_texts(s, files);
  std::sort(files.begin(), files.end());
  std::vector<std::string> openers, paragraphs;
  CorpusStats st;
  for (const fs::path& f : files) {
    std::vector<std::string> lines = read_source_lines(f);
    for (size_t i = 0; i < lines.size(); ++i) (i == 0 ? openers : paragraphs).push_back(std::move(lines[i]));
    ++st.source_documents;
  }
  if (openers.empty() || paragraphs.empty()) throw std::runtime_error("no source text found for the benchmark corpus");
  st.paragraphs = openers.size() + paragraphs.size();
  Rng rng{seed};
  fs::create_directories(out_dir);
  while (st.bytes < target_bytes) {
    if (st.articles % 500 == 0) {
      char folder[32];
      std::snprintf(folder, sizeof folder, "%03zu", st.articles / 500);
      st.folders.push_back((fs::path(out_dir) / folder).string());
      fs::create_directories(st.folders.back());
    }
    std::string article = openers[rng.below(openers.size())];
    size_t n = 6 + rng.below(15);
    for (size_t i = 0; i < n; ++i) article += "\n" + paragraphs[rng.below(paragraphs.size())];
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
