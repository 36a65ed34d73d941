// End to end: `newsfacts extract --db` over the bundled corpus (corpus/*.txt), then facts,
// trace, series and report on that database. These check properties that hold whatever the
// rules find (spans index the files, every fact traces, series add up, every mention is marked),
// not particular values, so they stay valid as the rules improve.
#include <catch2/catch.hpp>

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>

#include "tests/test_outputs_fixture.h"
#include "tests/test_support.h"

using nf::test::count_of;
using nf::test::run_newsfacts;
using nf::test::RunResult;

namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<std::string> corpus_files() {
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(nf::test::source_dir() + "/corpus"))
    if (e.is_regular_file() && e.path().extension() == ".txt") files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  return files;
}

// The corpus, extracted once into a database.
const std::string& corpus_db() {
  static const std::string db = [] {
    std::string path = nf::test::temp_dir("corpus") + "/corpus.db";
    std::vector<std::string> args = {"extract", "--quiet", "--db", path};
    for (const std::string& f : corpus_files()) args.push_back(f);
    RunResult r = run_newsfacts(args);
    if (r.status != 0) FAIL("extract failed: " << r.err);
    return path;
  }();
  return db;
}

// One string field of a JSON line ("key":"value"), without unescaping beyond \" and \\.
std::string json_field(const std::string& line, const std::string& key) {
  std::string needle = "\"" + key + "\":";
  size_t at = line.find(needle);
  if (at == std::string::npos) return "";
  at += needle.size();
  if (line.compare(at, 4, "null") == 0) return "";
  if (line[at] != '"') return line.substr(at, line.find_first_of(",}", at) - at);
  std::string out;
  for (size_t i = at + 1; i < line.size() && line[i] != '"'; ++i) {
    if (line[i] == '\\' && i + 1 < line.size()) ++i;
    out += line[i];
  }
  return out;
}

long long db_count(const std::string& sql) {
  SQLite::Database db(corpus_db(), SQLite::OPEN_READONLY);
  return db.execAndGet(sql).getInt64();
}

}  // namespace

TEST_CASE("e2e: facts of the corpus point at the exact text of their files", "[outputs][e2e]") {
  RunResult r = run_newsfacts({"facts", "--db", corpus_db(), "--format", "json"});
  REQUIRE(r.status == 0);
  const long long total = db_count("SELECT count(*) FROM facts");
  REQUIRE(total > 0);
  CHECK(count_of(r.out, "\n") == total);
  std::map<std::string, std::string> body_of;
  for (const std::string& f : corpus_files())
    body_of[std::filesystem::path(f).stem().string()] = read_file(f);
  std::istringstream lines(r.out);
  std::string line;
  while (std::getline(lines, line)) {
    INFO(line);
    const std::string& body = body_of[json_field(line, "article")];
    size_t start = std::stoul(json_field(line, "start")), end = std::stoul(json_field(line, "end"));
    REQUIRE(end <= body.size());
    CHECK(body.substr(start, end - start) == json_field(line, "text"));
    CHECK(json_field(line, "id").size() == 32);
    CHECK(line.find("\"args\":[") != std::string::npos);
  }
}

TEST_CASE("e2e: every fact of the corpus traces back to its sentence", "[outputs][e2e]") {
  RunResult list = run_newsfacts({"facts", "--db", corpus_db(), "--format", "csv"});
  REQUIRE(list.status == 0);
  std::istringstream lines(list.out);
  std::string line;
  std::getline(lines, line);
  int traced = 0;
  while (std::getline(lines, line) && traced < 25) {
    std::string id = line.substr(0, line.find(','));
    RunResult r = run_newsfacts({"trace", "--db", corpus_db(), id.substr(0, 12)});
    INFO(id << "\n" << r.err);
    REQUIRE(r.status == 0);
    CHECK(r.out.find("fact       " + id) != std::string::npos);
    CHECK(r.out.find("»") != std::string::npos);
    CHECK(r.out.find("* ") != std::string::npos);  // its own article in the list of articles stating it
    ++traced;
  }
  CHECK(traced > 0);
}

TEST_CASE("e2e: series over the corpus add up to the facts", "[outputs][e2e]") {
  const long long total = db_count("SELECT count(*) FROM facts");
  for (const char* by : {"day", "week", "month", "year"}) {
    RunResult r = run_newsfacts({"series", "--db", corpus_db(), "--by", by});
    INFO(by << ": " << r.err);
    REQUIRE(r.status == 0);
    long long in_series = 0;
    std::istringstream lines(r.out);
    std::string line;
    std::getline(lines, line);
    while (std::getline(lines, line)) in_series += std::stoll(line.substr(line.rfind(',') + 1));
    long long without = 0, spanning = 0;
    std::smatch m;
    if (std::regex_search(r.err, m, std::regex("left out (\\d+) facts without a time and (\\d+)")))
      without = std::stoll(m[1]), spanning = std::stoll(m[2]);
    CHECK(in_series + without + spanning == total);
    RunResult svg = run_newsfacts({"series", "--db", corpus_db(), "--by", by, "--format", "svg"});
    CHECK(svg.status == 0);
    CHECK(svg.out.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\"", 0) == 0);
  }
}

TEST_CASE("e2e: the corpus report marks every mention", "[outputs][e2e]") {
  std::string dir = nf::test::temp_dir("corpus-report");
  RunResult r = run_newsfacts({"report", "--db", corpus_db(), "--out", dir});
  REQUIRE(r.status == 0);
  SQLite::Database db(corpus_db(), SQLite::OPEN_READONLY);
  SQLite::Statement st(db, "SELECT a.id, (SELECT count(*) FROM mentions m WHERE m.article = a.id) FROM articles a");
  int pages = 0;
  while (st.executeStep()) {
    std::string page = read_file(dir + "/article-" + std::to_string(st.getColumn(0).getInt64()) + ".html");
    INFO("article " << st.getColumn(0).getInt64());
    // each mention opens one mark with its id (the rest of a split mark and the legend carry none)
    std::regex with_id("<mark class=\"kind-[a-z]+\" id=\"m[0-9]+\"");
    CHECK(std::distance(std::sregex_iterator(page.begin(), page.end(), with_id), std::sregex_iterator()) ==
          st.getColumn(1).getInt());
    CHECK(count_of(page, "<mark") == count_of(page, "</mark>"));
    ++pages;
  }
  CHECK(pages == static_cast<int>(corpus_files().size()));
  std::filesystem::remove_all(dir);
}
