// Runs the extraction of `newsfacts extract` over many articles: one reader (the calling
// thread), N extraction workers, one sink called in input order from a single writer thread.
// At most `max_in_flight` articles are between reader and sink, so memory does not grow
// with the corpus.
//
//   nf::cli::RunStats st = nf::cli::run_extraction(extractor, paths, options, sink);
//
// The sink sees articles in exactly the order ingest produced them, whatever the job count:
// `--jsonl` output and database row order do not depend on --jobs.
#pragma once
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "extractor/ingest/reader.h"
#include "extractor/pipeline.h"

namespace nf::cli {

// Where extracted articles go. Called from one thread only, in input order.
class Sink {
 public:
  virtual ~Sink() = default;
  virtual void consume(const Article& article, const ArticleResult& result) = 0;
  // Called once after the last article: flush and commit what is batched.
  virtual void finish() {}
};

struct RunOptions {
  unsigned jobs = 1;
  ReadOptions read;
  ExtractOptions extract;
  bool progress = false;        // a progress line on stderr (articles, MB, rate, ETA)
  size_t total_bytes = 0;       // input file bytes for the ETA, 0 when unknown
  size_t max_in_flight = 0;     // 0: 36 per job and 4 (a worker takes up to 32 at once)
};

struct RunStats {
  size_t articles_read = 0;     // handed over by ingest
  size_t articles_done = 0;     // extracted and given to the sink
  size_t bytes = 0;             // body bytes extracted
  size_t input_bytes = 0;       // input bytes those articles were read from (for the ETA)
  size_t failures = 0;          // inputs or articles that could not be read or extracted
  size_t warnings = 0;          // inputs read with a warning (e.g. invalid UTF-8 replaced)
  double seconds = 0;
};

// Reports problems on stderr as one line each: "newsfacts extract: SOURCE[:LINE]: REASON".
RunStats run_extraction(const Extractor& extractor, const std::vector<std::string>& paths,
                        const RunOptions& options, Sink& sink);

}  // namespace nf::cli
