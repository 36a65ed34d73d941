// The command line: help texts tell the truth, bad arguments fail with one line and status 2.
#include <catch2/catch.hpp>

#include "tests/test_support.h"

namespace {

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("newsfacts --help lists the commands, --version prints the version", "[cli]") {
  auto help = nf::test::run_program({"--help"});
  CHECK(help.status == 0);
  for (const char* c : {"extract", "facts", "trace", "series", "report"}) CHECK(contains(help.out, c));
  auto version = nf::test::run_program({"--version"});
  CHECK(version.status == 0);
  CHECK(contains(version.out, "newsfacts "));
  auto none = nf::test::run_program({});
  CHECK(none.status == 2);
  CHECK(contains(none.err, "usage"));
  auto unknown = nf::test::run_program({"frobnicate"});
  CHECK(unknown.status == 2);
  CHECK(contains(unknown.err, "frobnicate"));
}

TEST_CASE("newsfacts extract --help documents every option and the exit statuses", "[cli]") {
  auto p = nf::test::run_program({"extract", "--help"});
  CHECK(p.status == 0);
  for (const char* opt : {"--db", "--jsonl", "--reference-date", "--rules", "--jobs", "--max-bytes", "--quiet",
                          "newsfacts.db", "exit status", "NEWSFACTS_RULES"})
    CHECK(contains(p.out, opt));
}

TEST_CASE("newsfacts extract rejects bad arguments with one line naming them", "[cli]") {
  nf::test::TempDir tmp;
  const std::string seed = nf::test::seed_article();
  struct Case {
    std::vector<std::string> args;
    const char* named;
  } cases[] = {
      {{"extract", "--jsonl", "--db", "x.db", seed}, "--db"},
      {{"extract", "--reference-date", "23/04/2025", seed}, "23/04/2025"},
      {{"extract", "--reference-date", "2025-13-01", seed}, "2025-13-01"},
      {{"extract", "--jobs", "0", seed}, "--jobs"},
      {{"extract", "--jobs", "many", seed}, "--jobs"},
      {{"extract", "--max-bytes", "-5", seed}, "--max-bytes"},
      {{"extract", "--db"}, "--db"},
      {{"extract"}, "no input"},
      {{"extract", "-x", seed}, "-x"},
  };
  for (const Case& c : cases) {
    auto p = nf::test::run_program(c.args, "", tmp.path());
    std::string joined;
    for (const std::string& a : c.args) joined += a + " ";
    INFO(joined << ": " << p.err);
    CHECK(p.status == 2);
    CHECK(contains(p.err, c.named));
    CHECK(std::count(p.err.begin(), p.err.end(), '\n') == 1);
  }
  auto listing = nf::test::run_program({"extract", "--help"}, "", tmp.path());
  CHECK(listing.status == 0);
}

TEST_CASE("newsfacts extract accepts --option=value and -- before paths", "[cli]") {
  auto p = nf::test::run_program(
      {"extract", "--jsonl", "--quiet", "--jobs=1", "--reference-date=2025-04-23", "--", nf::test::seed_article()});
  INFO(p.err);
  CHECK(p.status == 0);
  CHECK(contains(p.out, "\"record\":\"article\""));
  CHECK(p.err.empty());  // --quiet: no summary
}
