// The extraction pipeline of DESIGN.md, one direction:
//   Article -> segment -> match (rules + gazetteer) -> normalize -> assemble -> ArticleResult.
//
//   nf::Extractor ex = nf::Extractor::load("rules");        // once per process
//   nf::ArticleResult r = ex.extract(article, {"2025-04-23"});  // thread-safe, any thread
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

  const RuleLibrary& rules() const;

 private:
  Extractor();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace nf
