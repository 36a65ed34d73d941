#include "extractor/ingest/reader.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>

namespace nf {

// PLACEHOLDER (foundation skeleton): plain-text files only; the ingest work replaces this
// with directories, stdin, format detection and every feed format.
void read_inputs(const std::vector<std::string>& paths, const ReadOptions&,
                 const std::function<void(Article&&)>& on_article,
                 const std::function<void(const InputProblem&)>& on_problem) {
  for (const std::string& p : paths) {
    std::ifstream in(p, std::ios::binary);
    if (!in) {
      on_problem({p, 0, "cannot read", true});
      continue;
    }
    Article a;
    a.body.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    a.source = p;
    a.id = std::filesystem::path(p).stem().string();
    a.format = "text";
    on_article(std::move(a));
  }
}

}  // namespace nf
