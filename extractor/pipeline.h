// The extraction pipeline of DESIGN.md, one direction:
//   Article -> segment -> match (rules + gazetteer) -> normalize -> assemble -> ArticleResult.
//
//   nf::Extractor ex = nf::Extractor::load("rules");        // once per process
//   nf::ArticleResult r = ex.extract(article, {"2025-04-23"});  // thread-safe, any thread
//   std::vector<nf::ArticleResult> rs = ex.extract_batch({&a1, &a2}, {""});  // the same, faster in bulk
//   for (const nf::Fact& f : r.facts) ...
//
// Nothing here knows about the database or the command line.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "extractor/model/article.h"
#include "extractor/model/fact.h"
#include "extractor/model/mention.h"
#include "extractor/text/segmenter.h"

namespace nf {

class RuleLibrary;

struct ExtractOptions {
  // Used when the article has neither a published date nor a dated dateline (YYYY-MM-DD or "").
  std::string fallback_reference_date;
};

struct ArticleResult {
  std::string content_hash;    // of the body
  std::string reference_date;  // what relative expressions were resolved against ("" = none)
  Segmentation segmentation;
  std::vector<Mention> mentions;  // sorted by start
  std::vector<Fact> facts;        // sorted by start
};

class Extractor {
 public:
  // Loads and compiles every resource below rules_dir. Throws RuleError (file, line, reason).
  static Extractor load(const std::string& rules_dir);
  Extractor(Extractor&&) noexcept;
  Extractor& operator=(Extractor&&) noexcept;
  ~Extractor();

  // Reads the dateline (fills article.dateline) and runs every stage. Thread-safe.
  ArticleResult extract(Article& article, const ExtractOptions& options) const;
  // extract() of several articles, results in the same order and equal to extract()'s, with
  // the rule stage run rule by rule over all their sentences (RuleLibrary::match_batch: faster
  // on new text from a few dozen articles on). Thread-safe. An exception leaves the articles'
  // datelines partly filled: to report the failing article, extract() each one again from a copy.
  std::vector<ArticleResult> extract_batch(const std::vector<Article*>& articles, const ExtractOptions& options) const;

  const RuleLibrary& rules() const;

 private:
  Extractor();
  // extract() in its three parts: before the rules, the rules, after them.
  void prepare(Article& article, const ExtractOptions& options, ArticleResult& r) const;
  void finish(Article& article, ArticleResult& r) const;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace nf
