// End-to-end tests: the real `newsfacts` program on real files (corpus/), its JSON lines
// checked field by field against the bytes of the article, its database opened and queried.
#include <catch2/catch.hpp>

#include <SQLiteCpp/SQLiteCpp.h>
#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <thread>

#include "tests/test_support.h"

namespace fs = std::filesystem;
using nf::test::Json;

namespace {

size_t codepoints(const std::string& s, size_t byte) {
  size_t n = 0;
  for (size_t i = 0; i < byte && i < s.size(); ++i) n += (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
  return n;
}

// Checks start/end/cstart/cend/text of a record (or a fact argument) against the body.
void check_span(const Json& r, const std::string& body, const std::string& what) {
  INFO(what << " " << r["text"].str);
  REQUIRE(r["start"].type == Json::Number);
  REQUIRE(r["end"].type == Json::Number);
  size_t s = static_cast<size_t>(r["start"].num), e = static_cast<size_t>(r["end"].num);
  REQUIRE(s < e);
  REQUIRE(e <= body.size());
  CHECK(body.substr(s, e - s) == r["text"].str);
  CHECK(r["cstart"].num == codepoints(body, s));
  CHECK(r["cend"].num == codepoints(body, e));
}

std::vector<std::string> corpus_files() {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(nf::test::source_dir() + "/corpus"))
    if (e.path().extension() == ".txt") out.push_back(e.path().string());
  std::sort(out.begin(), out.end());
  return out;
}

// A directory of `copies` variations of every corpus article: the same story with a different
// closing sentence, so each copy has its own content hash and its own extra count.
void make_variations(const std::string& dir, int copies) {
  auto files = corpus_files();
  for (int i = 0; i < copies; ++i)
    for (const std::string& f : files) {
      std::string body = nf::test::read_file(f);
      body += "\nOfficials said " + std::to_string(100 + 7 * i) + " people were still waiting on " +
              (i % 2 ? "Monday" : "Friday") + ".\n";
      char name[64];
      std::snprintf(name, sizeof name, "/%04d_", i);
      nf::test::write_file(dir + name + fs::path(f).filename().string(), body);
    }
}

// Every article, mention and fact of a database as text lines, with row ids left out (a
// rerun may number rows differently; the content must be the same).
std::string dump(const std::string& db_path) {
  SQLite::Database db(db_path);
  std::string out;
  auto add = [&](const std::string& sql) {
    SQLite::Statement st(db, sql);
    int n = st.getColumnCount();
    while (st.executeStep()) {
      for (int i = 0; i < n; ++i) {
        out += st.getColumn(i).isNull() ? std::string("NULL") : st.getColumn(i).getString();
        out += '|';
      }
      out += '\n';
    }
  };
  add("SELECT content_hash, article_id, title, published, dateline_place, dateline_date, reference_date, body"
      " FROM articles ORDER BY content_hash");
  add("SELECT a.content_hash, m.kind, m.start, m.\"end\", m.value, m.number, m.bound, m.unit, m.rule"
      " FROM mentions m JOIN articles a ON a.id = m.article ORDER BY a.content_hash, m.start, m.\"end\", m.kind, m.rule");
  add("SELECT f.id, a.content_hash, f.start, f.value, f.bound, f.unit, f.predicate, f.time, f.location, f.source"
      " FROM facts f JOIN articles a ON a.id = f.article ORDER BY f.id");
  add("SELECT fact, role, start, \"end\" FROM fact_args ORDER BY fact, role");
  return out;
}

int64_t scalar(const std::string& db_path, const std::string& sql) {
  SQLite::Database db(db_path);
  return db.execAndGet(sql).getInt64();
}

}  // namespace

TEST_CASE("extract --jsonl on the seed: every line parses, every span's bytes and code points are right", "[e2e]") {
  const std::string seed = nf::test::seed_article();
  const std::string body = nf::test::read_file(seed);
  auto p = nf::test::run_program({"extract", "--jsonl", "--quiet", seed});
  INFO(p.err);
  REQUIRE(p.status == 0);
  auto records = nf::test::parse_json_lines(p.out);
  REQUIRE(!records.empty());
  CHECK(records[0]["record"].str == "article");
  CHECK(records[0]["article"].str == "000_ab4a5320d3b9f4a3");
  size_t mentions = 0;
  for (const Json& r : records) {
    CHECK(r["article"].str == "000_ab4a5320d3b9f4a3");
    const std::string kind = r["record"].str;
    if (kind == "mention") {
      ++mentions;
      check_span(r, body, "mention");
      CHECK(r.has("value"));
      CHECK(!r["rule"].str.empty());
    } else if (kind == "fact") {
      check_span(r, body, "fact");
      for (const char* k : {"value", "bound", "lower", "upper", "unit", "predicate", "time", "location", "source"})
        CHECK(r.has(k));
      for (const Json& a : r["args"].items) check_span(a, body, "fact argument " + a["role"].str);
    } else {
      CHECK(kind == "article");
    }
  }
  WARN("seed: " << records.size() << " records, " << mentions << " mentions");
}

TEST_CASE("extract --jsonl on the corpus passes shared/tools/check_contract.py", "[e2e]") {
  const std::string checker = nf::test::shared_dir() + "/tools/check_contract.py";
  if (!fs::exists(checker)) {
    WARN("skipped: " << checker << " not found (../shared is not beside the source tree)");
    return;
  }
  nf::test::TempDir tmp;
  for (const std::string& f : corpus_files()) {
    auto p = nf::test::run_program({"extract", "--jsonl", "--quiet", f});
    REQUIRE(p.status == 0);
    nf::test::write_file(tmp / "out.jsonl", p.out);
    std::string cmd = "python3 '" + checker + "' '" + tmp / "out.jsonl" + "' '" + f + "' > '" + tmp / "check" + "' 2>&1";
    int rc = std::system(cmd.c_str());
    INFO(f << ": " << nf::test::read_file(tmp / "check"));
    CHECK(rc == 0);
  }
}

TEST_CASE("extract --db twice stores the article once and does not duplicate facts", "[e2e]") {
  nf::test::TempDir tmp;
  const std::string db = tmp / "facts.db";
  auto first = nf::test::run_program({"extract", "--quiet", "--db", db, nf::test::seed_article()});
  INFO(first.err);
  REQUIRE(first.status == 0);
  CHECK(first.out.empty());  // nothing but records on stdout, and --db writes none
  const std::string before = dump(db);
  auto second = nf::test::run_program({"extract", "--quiet", "--db", db, nf::test::seed_article()});
  REQUIRE(second.status == 0);
  CHECK(scalar(db, "SELECT count(*) FROM articles") == 1);
  CHECK(dump(db) == before);
  CHECK(scalar(db, "SELECT count(*) FROM runs") == 2);
  CHECK(scalar(db, "SELECT count(*) FROM runs WHERE finished_at IS NOT NULL AND rules_hash <> ''") == 2);
  CHECK(scalar(db, "SELECT articles_stored FROM runs WHERE id = 2") == 0);
  // The stored body is the file's bytes, so offsets index the file.
  SQLite::Database d(db);
  CHECK(d.execAndGet("SELECT body FROM articles").getString() == nf::test::read_file(nf::test::seed_article()));
}

TEST_CASE("extract: unknown option and missing path fail with one line naming them, and no database", "[e2e][cli]") {
  nf::test::TempDir tmp;
  auto bad = nf::test::run_program({"extract", "--frobnicate", nf::test::seed_article()}, "", tmp.path());
  CHECK(bad.status == 2);
  CHECK(bad.err.find("--frobnicate") != std::string::npos);
  CHECK(std::count(bad.err.begin(), bad.err.end(), '\n') == 1);
  CHECK(bad.out.empty());
  auto missing = nf::test::run_program({"extract", tmp / "no-such-file.txt"}, "", tmp.path());
  CHECK(missing.status != 0);
  CHECK(missing.err.find("no-such-file.txt") != std::string::npos);
  CHECK(std::count(missing.err.begin(), missing.err.end(), '\n') == 1);
  auto bad_rules = nf::test::run_program({"extract", "--rules", tmp / "nowhere", nf::test::seed_article()}, "", tmp.path());
  CHECK(bad_rules.status == 2);
  CHECK(bad_rules.err.find("nowhere") != std::string::npos);
  CHECK(fs::is_empty(tmp.path()));  // no newsfacts.db, no -wal, no -shm
}

TEST_CASE("extract: a missing path among others is one failed input, the rest is extracted", "[e2e][cli]") {
  nf::test::TempDir tmp;
  auto r = nf::test::run_program({"extract", "--jsonl", tmp / "no-such-file.txt", nf::test::seed_article()}, "", tmp.path());
  CHECK(r.status == 1);
  CHECK(r.err.find("no-such-file.txt") != std::string::npos);
  CHECK(r.out.find("\"record\":\"article\"") != std::string::npos);
  CHECK(r.out.find("\"record\":\"fact\"") != std::string::npos);
}

TEST_CASE("extract reads standard input given as -", "[e2e]") {
  const std::string body = nf::test::read_file(nf::test::seed_article());
  auto from_file = nf::test::run_program({"extract", "--jsonl", "--quiet", nf::test::seed_article()});
  auto from_stdin = nf::test::run_program({"extract", "--jsonl", "--quiet", "-"}, body);
  INFO(from_stdin.err);
  REQUIRE(from_stdin.status == 0);
  auto a = nf::test::parse_json_lines(from_file.out), b = nf::test::parse_json_lines(from_stdin.out);
  REQUIRE(a.size() == b.size());
  for (size_t i = 1; i < a.size(); ++i) {
    CHECK(a[i]["start"].num == b[i]["start"].num);
    CHECK(a[i]["text"].str == b[i]["text"].str);
    CHECK(a[i]["rule"].str == b[i]["rule"].str);
  }
  for (const Json& r : b)
    if (r["record"].str == "mention") check_span(r, body, "stdin mention");
}

TEST_CASE("extract --jobs 2 writes exactly what --jobs 1 writes, in input order", "[e2e][ops]") {
  nf::test::TempDir tmp;
  make_variations(tmp / "", 6);
  auto one = nf::test::run_program({"extract", "--jsonl", "--quiet", "--jobs", "1", tmp.path()});
  auto two = nf::test::run_program({"extract", "--jsonl", "--quiet", "--jobs", "2", tmp.path()});
  auto four = nf::test::run_program({"extract", "--jsonl", "--quiet", "--jobs", "4", tmp.path()});
  REQUIRE(one.status == 0);
  CHECK(!one.out.empty());
  CHECK(two.out == one.out);
  CHECK(four.out == one.out);
}

TEST_CASE("a bad input is reported on one line naming it, the batch goes on, exit status 1", "[e2e][ops]") {
  nf::test::TempDir tmp;
  fs::create_directory(tmp / "in");
  nf::test::write_file(tmp / "in/a_good.txt", nf::test::read_file(nf::test::seed_article()));
  nf::test::write_file(tmp / "in/b_huge.txt", std::string(200000, 'x') + "\n");
  auto p = nf::test::run_program({"extract", "--jsonl", "--quiet", "--max-bytes", "100000", tmp / "in"});
  CHECK(p.status == 1);
  CHECK(p.err.find("b_huge.txt") != std::string::npos);
  CHECK(std::count(p.err.begin(), p.err.end(), '\n') == 1);
  auto records = nf::test::parse_json_lines(p.out);
  REQUIRE(!records.empty());
  CHECK(records[0]["article"].str == "a_good");
}

TEST_CASE("a run killed with SIGKILL leaves a consistent database; rerunning completes it", "[e2e][ops]") {
  nf::test::TempDir tmp;
  fs::create_directory(tmp / "in");
  make_variations(tmp / "in", 60);
  const std::string full = tmp / "full.db", killed = tmp / "killed.db";
  auto p = nf::test::run_program({"extract", "--quiet", "--jobs", "2", "--db", full, tmp / "in"});
  REQUIRE(p.status == 0);
  const int64_t articles = scalar(full, "SELECT count(*) FROM articles");
  CHECK(articles == static_cast<int64_t>(60 * corpus_files().size()));

  int pid = nf::test::start_program({"extract", "--quiet", "--jobs", "1", "--db", killed, tmp / "in"});
  // Kill it once some (not all) articles are committed; poll the database as a reader would.
  bool killed_midway = false;
  for (int i = 0; i < 12000; ++i) {  // up to a minute (slow machines, sanitizers)
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
    int64_t n = 0;
    try {
      if (fs::exists(killed)) n = scalar(killed, "SELECT count(*) FROM articles");
    } catch (const std::exception&) {
      continue;  // schema not created yet
    }
    if (n > 0) {
      killed_midway = n < articles;
      kill(pid, SIGKILL);
      break;
    }
  }
  int status = nf::test::wait_program(pid);
  if (!killed_midway) WARN("the run ended before it could be killed midway (status " << status << ")");
  else CHECK(status == 128 + SIGKILL);
  int64_t partial = scalar(killed, "SELECT count(*) FROM articles");
  // Consistent: every stored article has all its sentences; no mention without its article.
  CHECK(scalar(killed, "SELECT count(*) FROM mentions WHERE article NOT IN (SELECT id FROM articles)") == 0);
  CHECK(scalar(killed, "SELECT count(*) FROM articles WHERE id NOT IN (SELECT article FROM sentences)") == 0);
  CHECK(scalar(killed, "SELECT count(*) FROM runs WHERE finished_at IS NULL") == (killed_midway ? 1 : 0));
  auto rerun = nf::test::run_program({"extract", "--quiet", "--jobs", "2", "--db", killed, tmp / "in"});
  REQUIRE(rerun.status == 0);
  CHECK(scalar(killed, "SELECT articles_stored FROM runs ORDER BY id DESC LIMIT 1") == articles - partial);
  CHECK(dump(killed) == dump(full));
}

TEST_CASE("a second process writing the same database waits for the first instead of failing", "[e2e][ops]") {
  nf::test::TempDir tmp;
  fs::create_directory(tmp / "in");
  make_variations(tmp / "in", 15);
  const std::string db = tmp / "shared.db";
  int a = nf::test::start_program({"extract", "--quiet", "--jobs", "1", "--db", db, tmp / "in"});
  int b = nf::test::start_program({"extract", "--quiet", "--jobs", "1", "--db", db, tmp / "in"});
  CHECK(nf::test::wait_program(a) == 0);
  CHECK(nf::test::wait_program(b) == 0);
  CHECK(scalar(db, "SELECT count(*) FROM articles") == static_cast<int64_t>(15 * corpus_files().size()));
  CHECK(scalar(db, "SELECT count(*) FROM runs WHERE finished_at IS NOT NULL") == 2);
  CHECK(scalar(db, "SELECT sum(articles_stored) FROM runs") == static_cast<int64_t>(15 * corpus_files().size()));
}

TEST_CASE("extract: a database that cannot be opened fails with one line naming it, nothing left behind",
          "[e2e][cli]") {
  nf::test::TempDir tmp;
  auto no_dir = nf::test::run_program({"extract", "--db", tmp / "missing/x.db", nf::test::seed_article()});
  CHECK(no_dir.status == 2);
  CHECK(no_dir.err.find("missing/x.db") != std::string::npos);
  CHECK(std::count(no_dir.err.begin(), no_dir.err.end(), '\n') == 1);
  nf::test::write_file(tmp / "text.db", std::string(200, 'x'));
  auto not_db = nf::test::run_program({"extract", "--db", tmp / "text.db", nf::test::seed_article()});
  CHECK(not_db.status == 2);
  CHECK(not_db.err.find("text.db") != std::string::npos);
  CHECK(nf::test::read_file(tmp / "text.db") == std::string(200, 'x'));  // left as it was
  CHECK(!fs::exists(tmp / "missing"));
}
