// Test fixture for the query commands (facts, trace, series, report): a small database built
// from storage/schema.sql with SQL inserts, and a runner for the `newsfacts` binary.
//
//   std::string db = nf::test::outputs_db();                         // built once per test run
//   nf::test::RunResult r = nf::test::run_newsfacts({"facts", "--db", db, "--format", "csv"});
//   CHECK(r.status == 0);
#pragma once
#include <string>
#include <vector>

namespace nf::test {

struct RunResult {
  int status = -1;
  std::string out, err;
};

// Runs the newsfacts binary with these arguments (no shell), capturing stdout and stderr.
RunResult run_newsfacts(const std::vector<std::string>& args);
// Runs any program: argv[0] is its path (no PATH search, no shell).
RunResult run_argv(const std::vector<std::string>& argv);
// The full path of a program found on PATH, or "".
std::string find_on_path(const std::string& program);

// A fresh temporary directory for one test.
std::string temp_dir(const std::string& name);

// The sample database (three invented articles; see test_outputs_fixture.cpp), built once.
std::string outputs_db();

// An empty database with the schema, at `path`, for tests that insert their own rows.
void create_schema_db(const std::string& path);

// Inserts one fact with its dates into a schema database (no mentions, no args); for series tests.
// An empty `published` stores NULL; `dateline_date` goes into articles.dateline_date.
void insert_dated_fact(const std::string& db_path, const std::string& id, double value, const std::string& time_begin,
                       const std::string& time_end, const std::string& published,
                       const std::string& dateline_date = "");

int count_of(const std::string& haystack, const std::string& needle);

}  // namespace nf::test
