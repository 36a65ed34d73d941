// Shared helpers for the tests: the project's paths, one Extractor loaded once, and a way to
// run the real `newsfacts` program on real files (end-to-end tests).
//
//   const nf::Extractor& ex = nf::test::extractor();
//   nf::ArticleResult r = nf::test::run_text("in April", "2025-04-23");
//   nf::test::Process p = nf::test::run_program({"extract", "--jsonl", path});  // p.status, p.out, p.err
#pragma once
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "extractor/ingest/json_line.h"
#include "extractor/pipeline.h"

namespace nf::test {

inline std::string source_dir() { return NEWSFACTS_SOURCE_DIR; }
inline std::string rules_dir() { return source_dir() + "/rules"; }
inline std::string binary() { return NEWSFACTS_BINARY; }
inline std::string shared_dir() { return NEWSFACTS_SHARED_DIR; }
inline std::string seed_article() { return source_dir() + "/corpus/000_ab4a5320d3b9f4a3.txt"; }

const Extractor& extractor();

// Runs the whole pipeline on a text with a reference date; the article id is "test".
ArticleResult run_text(const std::string& text, const std::string& reference_date, Article* out_article = nullptr);

// The result of running a program to its end.
struct Process {
  int status = -1;  // exit status, or 128 + signal number when killed by a signal
  std::string out;  // standard output
  std::string err;  // standard error
};

// Runs `newsfacts` (NEWSFACTS_BINARY) with args, feeding `input` on standard input, in `cwd`
// ("" = the current directory). Waits for it to end.
Process run_program(const std::vector<std::string>& args, const std::string& input = "", const std::string& cwd = "");

// Runs `newsfacts` with its standard error on a terminal (a pseudo-terminal), as a user would
// see it: p.err holds what the terminal received (progress lines included), p.out stdout.
Process run_program_on_terminal(const std::vector<std::string>& args, const std::string& cwd = "");

// Starts `newsfacts` with args in the background, standard output and error to /dev/null;
// returns its pid. The caller waits (wait_program) or kills it.
int start_program(const std::vector<std::string>& args, const std::string& cwd = "");
// Waits for a started program; returns its status as in Process::status.
int wait_program(int pid);

// A fresh empty directory under the system's temporary directory, removed when destroyed.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }
  std::string operator/(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

// A parsed JSON value (ingest's parser, extractor/ingest/json_line.h), to read JSON lines records.
//   nf::test::Json r = nf::test::parse_json(line);   // throws std::runtime_error when not JSON
//   r["start"].num, r["text"].str, r["args"].items[0]["role"].str, r["title"].is_null()
using Json = nf::JsonValue;
Json parse_json(const std::string& text);
// Every non-empty line of JSON lines output, parsed.
std::vector<Json> parse_json_lines(const std::string& text);

std::string read_file(const std::string& path);
void write_file(const std::string& path, const std::string& bytes);

}  // namespace nf::test
