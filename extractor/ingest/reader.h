// Reads articles from paths: files, directories (recursively, entries in sorted order) and "-"
// for standard input. Detects each file's format from its content (plain text, JSON lines,
// HTML, RSS, Atom, NITF, NewsML-G2) and hands every article to a callback as soon as it is
// read, so memory does not grow with the corpus.
//
//   nf::read_inputs({"corpus/"}, {}, [&](nf::Article&& a) { queue.push(std::move(a)); },
//                   [&](const nf::InputProblem& p) { std::cerr << p.source << ": " << p.reason << "\n"; });
#pragma once
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "extractor/model/article.h"

namespace nf {

struct InputProblem {
  std::string source;  // the file (or "-")
  int line = 0;        // 1-based line in the file where known (XML, JSON lines), else 0
  std::string reason;
  bool fatal = true;   // true: the input (or that record) was not read; false: a warning, article still read
};

struct ReadOptions {
  size_t max_article_bytes = 16u << 20;  // larger bodies are refused with a problem report
};

void read_inputs(const std::vector<std::string>& paths, const ReadOptions& options,
                 const std::function<void(Article&&)>& on_article,
                 const std::function<void(const InputProblem&)>& on_problem);

}  // namespace nf
