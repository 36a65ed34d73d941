// Sentence-boundary evaluation on a corpus with one sentence a line (MEANTIME's rebuilt text in
// ../shared/datasets/meantime-timex holds one sentence a line after a headline and a date line).
// Each document's sentence lines are joined with spaces into one paragraph; the places where
// lines met are the gold breaks. Reports precision, recall and F1 of ICU's sentence breaks
// alone and of the pipeline's (ICU + the abbreviation rules of rules/text/sentences.xml).
//
//   build-x/eval_sentences ../shared/datasets/meantime-timex [--rules DIR] [--errors N]
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <string>
#include <vector>

#include "extractor/pipeline.h"
#include "extractor/text/segmenter.h"

namespace fs = std::filesystem;

namespace {

struct Score {
  size_t gold = 0, predicted = 0, correct = 0;
  void print(const char* name) const {
    double p = predicted ? 100.0 * correct / predicted : 0, r = gold ? 100.0 * correct / gold : 0;
    std::printf("%-28s gold %zu  predicted %zu  correct %zu  P %.1f  R %.1f  F1 %.1f\n", name, gold, predicted, correct,
                p, r, p + r > 0 ? 2 * p * r / (p + r) : 0);
  }
};

std::string context(const std::string& text, size_t at) {
  size_t b = at >= 40 ? at - 40 : 0;
  std::string s = text.substr(b, at - b) + " | " + text.substr(at, 40);
  std::replace(s.begin(), s.end(), '\n', ' ');
  return s;
}

void add(Score& sc, const std::set<size_t>& gold, const std::vector<nf::Sentence>& sentences, const std::string& text,
         int& errors_left, const char* label) {
  std::set<size_t> predicted;
  for (size_t i = 1; i < sentences.size(); ++i) predicted.insert(sentences[i].start);
  sc.gold += gold.size();
  sc.predicted += predicted.size();
  for (size_t b : predicted) {
    if (gold.count(b)) ++sc.correct;
    else if (errors_left > 0 && --errors_left >= 0) std::printf("  %s false break: %s\n", label, context(text, b).c_str());
  }
  for (size_t b : gold)
    if (!predicted.count(b) && errors_left > 0 && --errors_left >= 0)
      std::printf("  %s missed break: %s\n", label, context(text, b).c_str());
}

}  // namespace

int main(int argc, char** argv) {
  std::string dir, rules = NEWSFACTS_DEFAULT_RULES;
  int errors = 0;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--rules" && i + 1 < argc) rules = argv[++i];
    else if (a == "--errors" && i + 1 < argc) errors = std::atoi(argv[++i]);
    else dir = a;
  }
  if (dir.empty()) {
    std::fprintf(stderr, "usage: eval_sentences DIR [--rules DIR] [--errors N]\n");
    return 2;
  }
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ".txt" && e.path().filename() != "docs.txt") files.push_back(e.path());
  std::sort(files.begin(), files.end());

  nf::Extractor ex = nf::Extractor::load(rules);
  nf::Segmenter icu;
  Score icu_score, pipeline_score;
  int icu_errors = errors, pipeline_errors = errors;
  for (const fs::path& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::string raw((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::vector<std::string> lines;
    for (size_t pos = 0; pos < raw.size();) {
      size_t nl = raw.find('\n', pos);
      if (nl == std::string::npos) nl = raw.size();
      if (nl > pos) lines.push_back(raw.substr(pos, nl - pos));
      pos = nl + 1;
    }
    if (lines.size() < 4) continue;
    nf::Article a;
    a.id = f.stem().string();
    a.format = "text";
    std::set<size_t> gold;
    for (size_t i = 2; i < lines.size(); ++i) {  // after the headline and the date line
      if (i > 2) {
        a.body += ' ';
        gold.insert(a.body.size());
      }
      a.body += lines[i];
    }
    add(icu_score, gold, icu.segment(a.body).sentences, a.body, icu_errors, "icu");
    nf::ArticleResult r = ex.extract(a, nf::ExtractOptions{"2013-01-01"});
    add(pipeline_score, gold, r.segmentation.sentences, a.body, pipeline_errors, "pipeline");
  }
  std::printf("%zu documents from %s\n", files.size(), dir.c_str());
  icu_score.print("ICU alone (en)");
  pipeline_score.print("pipeline (ICU + abbreviations)");
  return 0;
}
