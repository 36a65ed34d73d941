// The SQLite store of `newsfacts extract --db`: articles, sentences, mentions, facts and their
// arguments, one `runs` row per run (schema: storage/schema.sql, compiled in).
//
//   nf::SqliteStore db("newsfacts.db");                 // creates the schema, WAL, busy wait
//   db.begin_run(NEWSFACTS_VERSION, rules.content_hash(), "newsfacts extract corpus/");
//   db.add(article, result);                             // batched, one transaction per batch
//   db.finish_run(articles_read, failures);              // commits and stamps finished_at
//
// An article whose body hash is already stored is skipped with its mentions and facts; fact
// ids are deterministic primary keys, so reruns never duplicate. The same URL with new text is
// stored as a new row whose previous_version is the latest earlier row. A batch is one
// transaction, so a killed run leaves whole articles only, and rerunning stores the rest.
// A second process writing the same file waits for the lock (busy timeout) instead of failing.
// Not thread-safe: one writer thread per SqliteStore.
#pragma once
#include <chrono>
#include <cstdint>
#include <memory>
#include <string>

#include "extractor/model/article.h"
#include "extractor/pipeline.h"

namespace nf {

struct StoreCounts {
  size_t articles_stored = 0;
  size_t articles_skipped = 0;  // same content already in the database
  size_t mentions = 0;
  size_t facts = 0;
};

class SqliteStore {
 public:
  // Opens or creates the database and applies the schema. Throws std::exception on failure.
  explicit SqliteStore(const std::string& path, int busy_timeout_ms = 10 * 60 * 1000);
  ~SqliteStore();
  SqliteStore(const SqliteStore&) = delete;
  SqliteStore& operator=(const SqliteStore&) = delete;

  void begin_run(const std::string& program_version, const std::string& rules_hash, const std::string& command);
  // Stores one article unless its content is already there. Commits every `batch_articles`
  // articles or when the open batch is older than `batch_age`.
  void add(const Article& article, const ArticleResult& result);
  // Commits the open batch (if any).
  void commit();
  // Commits and records the end of the run.
  void finish_run(size_t articles_read, size_t failures);

  const StoreCounts& counts() const { return counts_; }

  // 256 articles or 2 s (was 64 or 0.5 s): every commit rewrites the index pages its random-order
  // keys touch (fact ids, content hashes, mentions(kind, value), fact_args), about 4,000 pages
  // late in a 32 MB run whatever the batch size, so fewer commits write and checkpoint far less
  // (tools/bench/README.md, "The two-job path into SQLite").
  size_t batch_articles = 256;
  std::chrono::milliseconds batch_age{2000};

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  StoreCounts counts_;
};

}  // namespace nf
