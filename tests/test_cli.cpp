// The command line: help texts tell the truth, bad arguments fail with one line and status 2,
// the progress line on a terminal, inputs that only the command line sees whole.
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>

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
                          "newsfacts.db", "exit status", "NEWSFACTS_RULES", "JSON lines", "NewsML-G2", "UTF-16",
                          "ETA"})
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

namespace {

std::string ingest_fixture(const std::string& name) {
  return nf::test::source_dir() + "/tests/fixtures/ingest/" + name;
}

// An HTML page far heavier in markup than in text, as real pages are.
std::string heavy_page(int i) {
  std::string story;
  for (int k = 0; k < 30; ++k)
    story += "<p>Officials said " + std::to_string(1000 + 7 * i + k) + " people left district " + std::to_string(k) +
             " on Monday, and aid agencies counted " + std::to_string(20 + k) + " shelters.</p>\n";
  std::string script = "<script>var tracking = {";
  for (int k = 0; k < 2000; ++k) script += "\"k" + std::to_string(k) + "\": " + std::to_string(k * 31) + ", ";
  script += "};</script>\n";
  return "<!DOCTYPE html><html><head><title>Story " + std::to_string(i) + "</title>" + script +
         "</head><body><nav><a href=\"/\">Home</a></nav><article>" + story + "</article>" + script + "</body></html>\n";
}

}  // namespace

TEST_CASE("extract on a terminal: a progress line with an ETA that counts input bytes; --quiet silences it", "[cli][ops]") {
  nf::test::TempDir tmp;
  std::filesystem::create_directories(tmp / "pages");
  for (int i = 0; i < 300; ++i) nf::test::write_file(tmp / ("pages/p" + std::to_string(1000 + i) + ".html"), heavy_page(i));
  auto started = std::chrono::steady_clock::now();
  auto p = nf::test::run_program_on_terminal({"extract", "--jsonl", "--jobs", "1", tmp / "pages"});
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  INFO(p.err);
  CHECK(p.status == 0);
  // Standard output: records only.
  auto records = nf::test::parse_json_lines(p.out);
  size_t articles = 0;
  for (const auto& r : records) articles += r["record"].str == "article";
  CHECK(articles == 300);
  CHECK(contains(p.err, "\r\033[K"));
  CHECK(contains(p.err, " articles, "));
  // The ETAs shown are within reach of the whole run's length (markup is not counted as text
  // still to do: the old ETA compared body bytes with file sizes and was about 20 times too
  // long on these pages). The median is held tight; a single ETA may jump when a shared
  // machine stalls the run for a moment, so it only has to stay well below the old error.
  std::vector<double> etas;
  for (size_t at = p.err.find("ETA "); at != std::string::npos; at = p.err.find("ETA ", at + 4))
    etas.push_back(std::atof(p.err.c_str() + at + 4));
  WARN("run of " << seconds << " s showed " << etas.size() << " ETAs");
  if (!etas.empty()) {
    for (double eta : etas) CHECK(eta <= 5 * seconds + 5);
    std::sort(etas.begin(), etas.end());
    CHECK(etas[etas.size() / 2] <= 2 * seconds + 2);
  }
  auto quiet = nf::test::run_program_on_terminal({"extract", "--jsonl", "--quiet", "--jobs", "1", tmp / "pages"});
  CHECK(quiet.status == 0);
  CHECK(quiet.err.empty());
  CHECK(quiet.out == p.out);
}

TEST_CASE("extract refuses its own output as input, naming the file and line, exit status 1", "[cli]") {
  auto first = nf::test::run_program({"extract", "--jsonl", "--quiet", nf::test::seed_article()});
  REQUIRE(first.status == 0);
  auto again = nf::test::run_program({"extract", "--jsonl", "-"}, first.out);
  INFO(again.err);
  CHECK(again.status == 1);
  CHECK(again.out.empty());
  CHECK(contains(again.err, "newsfacts extract: -:1: a newsfacts output record (\"record\":\"article\")"));
}

TEST_CASE("extract reads UTF-16 files and feed datelines end to end", "[cli]") {
  auto p = nf::test::run_program(
      {"extract", "--jsonl", "--quiet", ingest_fixture("story_utf16le.txt"), ingest_fixture("located.newsml")});
  INFO(p.err);
  CHECK(p.status == 0);
  auto records = nf::test::parse_json_lines(p.out);
  bool count = false, lahore = false;
  for (const auto& r : records) {
    count = count || (r["record"].str == "mention" && r["article"].str == "story_utf16le" && contains(r["text"].str, "1,200"));
    if (r["record"].str == "article" && r["article"].str == "urn:newsml:example.com:20250110:lahore-smog") {
      lahore = r["dateline"]["place"].str == "Lahore" && r["dateline"]["start"].num == 0 && r["dateline"]["end"].num == 6;
    }
  }
  CHECK(count);
  CHECK(lahore);
}
