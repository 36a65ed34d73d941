// `newsfacts extract`: articles in, mentions and facts out (SQLite or JSON lines).
// Options: extract_options.cpp; the threads: extract_runner.cpp; the outputs: storage/.
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <thread>

#include "extractor/pipeline.h"
#include "extractor/rules/rule_library.h"
#include "storage/json_lines.h"
#include "storage/sqlite_store.h"
#include "tools/cli/commands.h"
#include "tools/cli/extract_options.h"
#include "tools/cli/extract_runner.h"

namespace nf::cli {
namespace {

namespace fs = std::filesystem;

class JsonLinesSink : public Sink {
 public:
  void consume(const Article& article, const ArticleResult& result) override {
    buffer_.clear();
    append_records(buffer_, article, result);
    if (std::fwrite(buffer_.data(), 1, buffer_.size(), stdout) != buffer_.size())
      throw std::runtime_error("cannot write to standard output");
  }
  void finish() override {
    if (std::fflush(stdout) != 0) throw std::runtime_error("cannot write to standard output");
  }

 private:
  std::string buffer_;
};

class DatabaseSink : public Sink {
 public:
  explicit DatabaseSink(SqliteStore& store) : store_(store) {}
  void consume(const Article& article, const ArticleResult& result) override { store_.add(article, result); }
  void finish() override { store_.commit(); }

 private:
  SqliteStore& store_;
};

std::string rules_dir(const ExtractCommand& o) {
  if (!o.rules.empty()) return o.rules;
  if (const char* env = std::getenv("NEWSFACTS_RULES"); env && *env) return env;
  return NEWSFACTS_DEFAULT_RULES;
}

// Bytes below the paths, for the progress line's ETA (0 when unknown, e.g. stdin).
size_t input_bytes(const std::vector<std::string>& paths) {
  size_t total = 0;
  std::error_code ec;
  for (const std::string& p : paths) {
    if (p == "-") return 0;
    if (fs::is_directory(p, ec)) {
      for (fs::recursive_directory_iterator it(p, ec), end; !ec && it != end; it.increment(ec)) {
        if (it->path().filename().string().rfind('.', 0) == 0) {  // hidden: ingest skips them too
          if (it->is_directory(ec)) it.disable_recursion_pending();
          continue;
        }
        if (it->is_regular_file(ec)) total += it->file_size(ec);
      }
    } else {
      total += fs::file_size(p, ec);
    }
  }
  return total;
}

std::string command_line(const Args& args) {
  std::string s = "newsfacts extract";
  for (const std::string& a : args) s += " " + a;
  return s;
}

void remove_database(const std::string& path) {
  std::error_code ec;
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(path + suffix, ec);
}

}  // namespace

int cmd_extract(const Args& args) {
  ExtractCommand o;
  std::string error = parse_extract_options(args, o);
  if (!error.empty()) {
    std::cerr << "newsfacts extract: " << error << "\n";
    return 2;
  }
  if (o.help) {
    std::cout << extract_help();
    return 0;
  }
  // A missing path among others is one failed input (the reader reports it, the batch goes on,
  // exit status 1); when no path exists at all there is nothing to do: a usage error, no database.
  size_t missing = 0;
  for (const std::string& p : o.paths) {
    std::error_code ec;
    if (p != "-" && !fs::exists(p, ec)) ++missing;
  }
  if (missing == o.paths.size()) {
    for (const std::string& p : o.paths) std::cerr << "newsfacts extract: " << p << ": no such file or directory\n";
    return 2;
  }

  const std::string rules = rules_dir(o);
  std::optional<Extractor> extractor;
  try {
    extractor.emplace(Extractor::load(rules));
  } catch (const std::exception& e) {
    std::cerr << "newsfacts extract: rules " << rules << ": " << e.what() << "\n";
    return 2;
  }

  RunOptions run;
  run.jobs = o.jobs ? o.jobs : std::max(1u, std::thread::hardware_concurrency());
  run.read.max_article_bytes = o.max_bytes;
  run.extract.fallback_reference_date = o.reference_date;
  run.progress = !o.quiet && isatty(2);
  if (run.progress) run.total_bytes = input_bytes(o.paths);

  if (o.jsonl) {
    JsonLinesSink sink;
    RunStats st;
    try {
      st = run_extraction(*extractor, o.paths, run, sink);
    } catch (const std::exception& e) {
      std::cerr << "newsfacts extract: " << e.what() << "\n";
      return 2;
    }
    if (!o.quiet)
      std::fprintf(stderr, "newsfacts extract: %zu articles, %.2f MB in %.2f s (%.1f MB/s), %zu failed\n",
                   st.articles_done, st.bytes / 1e6, st.seconds, st.seconds > 0 ? st.bytes / 1e6 / st.seconds : 0.0,
                   st.failures);
    return st.failures ? 1 : 0;
  }

  std::error_code ec;
  const bool created = !fs::exists(o.db, ec);
  std::unique_ptr<SqliteStore> store;
  try {
    store = std::make_unique<SqliteStore>(o.db);
    store->begin_run(NEWSFACTS_VERSION, extractor->rules().content_hash(), command_line(args));
  } catch (const std::exception& e) {
    std::cerr << "newsfacts extract: database " << o.db << ": " << e.what() << "\n";
    store.reset();
    if (created) remove_database(o.db);
    return 2;
  }
  DatabaseSink sink(*store);
  RunStats st;
  try {
    st = run_extraction(*extractor, o.paths, run, sink);
    store->finish_run(st.articles_read, st.failures);
  } catch (const std::exception& e) {
    std::cerr << "newsfacts extract: database " << o.db << ": " << e.what() << "\n";
    return 2;
  }
  const StoreCounts& c = store->counts();
  if (!o.quiet)
    std::fprintf(stderr,
                 "newsfacts extract: %zu articles read, %zu stored, %zu already stored; %zu mentions, %zu facts "
                 "into %s; %.2f MB in %.2f s (%.1f MB/s), %zu failed\n",
                 st.articles_done, c.articles_stored, c.articles_skipped, c.mentions, c.facts, o.db.c_str(),
                 st.bytes / 1e6, st.seconds, st.seconds > 0 ? st.bytes / 1e6 / st.seconds : 0.0, st.failures);
  return st.failures ? 1 : 0;
}

}  // namespace nf::cli
