// The query commands on the fixture database (test_outputs_fixture.cpp): facts, trace, series.
// Each case runs the real `newsfacts` binary and checks its output and exit status.
#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>
#include <pugixml.hpp>

#include <algorithm>
#include <filesystem>
#include <iterator>
#include <fstream>
#include <sstream>

#include "tests/test_outputs_fixture.h"

using nf::test::count_of;
using nf::test::outputs_db;
using nf::test::run_newsfacts;
using nf::test::RunResult;

namespace {

const std::string kF1 = "a1000000000000000000000000000001";  // alpha: >100,000 people return, 2025-04, AF, UNHCR
const std::string kF2 = "a1000000000000000000000000000002";  // alpha: ~2,000 families leave, 2024, PK-BA
const std::string kF3 = "b3000000000000000000000000000003";  // beta: same claim as F1
const std::string kF4 = "b4000000000000000000000000000004";  // beta: ~40 percent, no time
const std::string kF5 = "c5000000000000000000000000000005";  // gamma: 3,500 families detained 2025-03-01, PK-BA

// The fact ids printed by `facts --format csv` (first column), in order.
std::vector<std::string> csv_ids(const std::vector<std::string>& extra) {
  std::vector<std::string> args = {"facts", "--db", outputs_db(), "--format", "csv"};
  args.insert(args.end(), extra.begin(), extra.end());
  RunResult r = run_newsfacts(args);
  INFO(r.err);
  REQUIRE(r.status == 0);
  std::vector<std::string> ids;
  std::istringstream in(r.out);
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) ids.push_back(line.substr(0, line.find(',')));
  return ids;
}

using Ids = std::vector<std::string>;

}  // namespace

TEST_CASE("facts: filters select the right facts", "[outputs]") {
  CHECK(csv_ids({}) == Ids{kF5, kF1, kF2, kF3, kF4});  // oldest article first
  CHECK(csv_ids({"--country", "PK"}) == Ids{kF5, kF2});  // PK-BA belongs to PK
  CHECK(csv_ids({"--country", "pk-ba"}) == Ids{kF5, kF2});
  CHECK(csv_ids({"--country", "AF"}) == Ids{kF1});
  CHECK(csv_ids({"--country", "FR"}).empty());
  CHECK(csv_ids({"--from", "2025-04", "--to", "2025-04"}) == Ids{kF1, kF3});
  CHECK(csv_ids({"--from", "2024-06-01", "--to", "2024-06-30"}) == Ids{kF2});  // "last year" overlaps June
  CHECK(csv_ids({"--to", "2025-03-01"}) == Ids{kF5, kF2});
  CHECK(csv_ids({"--time", "published", "--from", "2025-04-24"}) == Ids{kF3, kF4});
  CHECK(csv_ids({"--source", "unhcr"}) == Ids{kF1, kF3});
  CHECK(csv_ids({"--source", "Interior Ministry"}) == Ids{kF5});  // matches "Interior Ministry (PK)"
  CHECK(csv_ids({"--source", "Interior"}).empty());
  CHECK(csv_ids({"--kind", "percent"}) == Ids{kF4});
  CHECK(csv_ids({"--predicate", "RETURN"}) == Ids{kF1, kF3});
  CHECK(csv_ids({"--unit", "families", "--country", "PK"}) == Ids{kF5, kF2});
  CHECK(csv_ids({"--article", "example.org"}) == Ids{kF3, kF4});
  CHECK(csv_ids({"--limit", "2"}) == Ids{kF5, kF1});
}

TEST_CASE("facts: filter values are bound, not pasted into SQL", "[outputs]") {
  CHECK(csv_ids({"--predicate", "return' OR '1'='1"}).empty());
  CHECK(csv_ids({"--source", "x\") OR 1=1 --"}).empty());
  CHECK(csv_ids({"--article", "%"}).empty());
}

TEST_CASE("facts: bad values get one line on stderr and a non-zero exit", "[outputs]") {
  struct Case {
    std::vector<std::string> args;
    int status;
    std::string says;
  };
  const std::string db = outputs_db();
  const std::vector<Case> cases = {
      {{"facts", "--db", db, "--country", "ZZ"}, 2, "unknown country code 'ZZ'"},
      {{"facts", "--db", db, "--country", "Pakistan"}, 2, "--country"},
      {{"facts", "--db", db, "--from", "2025-13-01"}, 2, "--from wants a date"},
      {{"facts", "--db", db, "--to", "2025-02-30"}, 2, "--to wants a date"},
      {{"facts", "--db", db, "--from", "April"}, 2, "--from wants a date"},
      {{"facts", "--db", db, "--from", "2025-05", "--to", "2025-04"}, 2, "is after"},
      {{"facts", "--db", db, "--format", "xml"}, 2, "--format must be one of table|csv|json"},
      {{"facts", "--db", db, "--kind", "banana"}, 2, "--kind must be one of"},
      {{"facts", "--db", db, "--bogus", "1"}, 2, "unknown option '--bogus'"},
      {{"facts", "--db", db, "--country"}, 2, "--country needs a value"},
      {{"facts", "--db", "/nonexistent/facts.db"}, 1, "database '/nonexistent/facts.db' not found"},
      {{"trace", "--db", db, "deadbeefdeadbeef"}, 1, "no fact with id 'deadbeefdeadbeef'"},
      {{"trace", "--db", db}, 2, "exactly one FACT_ID"},
      {{"trace", "--db", db, "a10000"}, 2, "ambiguous"},
      {{"series", "--db", db}, 2, "--by day|week|month|year is required"},
      {{"series", "--db", db, "--by", "fortnight"}, 2, "--by must be one of day|week|month|year"},
      {{"series", "--db", db, "--by", "month", "--measure", "avg"}, 2, "--measure must be one of"},
      {{"report", "--db", db}, 2, "--out DIR is required"},
  };
  for (const Case& c : cases) {
    RunResult r = run_newsfacts(c.args);
    INFO(c.args[0] << " " << c.args.back() << " -> " << r.err);
    CHECK(r.status == c.status);
    CHECK(r.out.empty());
    CHECK(count_of(r.err, "\n") == 1);
    CHECK(r.err.find(c.says) != std::string::npos);
  }
}

TEST_CASE("facts: not a newsfacts database", "[outputs]") {
  std::string dir = nf::test::temp_dir("notdb");
  {
    std::ofstream(dir + "/x.db") << "just text";
  }
  RunResult r = run_newsfacts({"facts", "--db", dir + "/x.db"});
  CHECK(r.status == 1);
  CHECK(count_of(r.err, "\n") == 1);
}

TEST_CASE("facts: every command documents itself in --help", "[outputs]") {
  for (const char* cmd : {"facts", "trace", "series", "report"}) {
    RunResult r = run_newsfacts({cmd, "--help"});
    INFO(cmd);
    CHECK(r.status == 0);
    CHECK(r.out.find("usage: newsfacts " + std::string(cmd)) != std::string::npos);
    CHECK(r.out.find("example:") != std::string::npos);
  }
}

TEST_CASE("facts: table is aligned and cuts long cells", "[outputs]") {
  RunResult r = run_newsfacts({"facts", "--db", outputs_db()});
  REQUIRE(r.status == 0);
  std::istringstream in(r.out);
  std::string header, rule, row;
  std::getline(in, header);
  std::getline(in, rule);
  std::getline(in, row);
  CHECK(header.rfind("id prefix", 0) == 0);
  CHECK(rule.find_first_not_of("- ") == std::string::npos);
  // the "article" column starts at the same screen column in the header and in a row
  CHECK(r.out.find("More than 100,000 people") != std::string::npos);
  auto screen_column = [](const std::string& line, size_t byte) {
    return std::count_if(line.begin(), line.begin() + static_cast<long>(byte),
                         [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; });
  };
  CHECK(screen_column(row, row.find("gamma")) == screen_column(header, header.find("article")));
  CHECK(row.rfind("c50000000000  gamma", 0) == 0);  // ids shortened to a 12-character prefix
  CHECK(r.out.find("Interior Ministry (PK)") != std::string::npos);
  CHECK(r.out.find("5 facts") != std::string::npos);
}

TEST_CASE("facts: csv quotes per RFC 4180", "[outputs]") {
  RunResult r = run_newsfacts({"facts", "--db", outputs_db(), "--format", "csv", "--article", "beta"});
  REQUIRE(r.status == 0);
  CHECK(r.out.rfind("id,article,article_source,url,title,published,start,end,", 0) == 0);
  // the title holds quotes and a comma-free script tag: quoted, quotes doubled
  CHECK(r.out.find(",\"Returns <script>alert(\"\"x\"\")</script> & more\",") != std::string::npos);
  CHECK(r.out.find(",\"more than 100,000 people\",") != std::string::npos);
  CHECK(count_of(r.out, "\r\n") == 3);
}

TEST_CASE("facts: json lines carry the fact record and the id", "[outputs]") {
  RunResult r = run_newsfacts({"facts", "--db", outputs_db(), "--format", "json", "--predicate", "return"});
  REQUIRE(r.status == 0);
  REQUIRE(count_of(r.out, "\n") == 2);
  const std::string first = r.out.substr(0, r.out.find('\n'));
  CHECK(first.find("{\"record\":\"fact\",\"id\":\"" + kF1 + "\",\"article\":\"alpha\",\"start\":22,\"end\":46,") == 0);
  for (const char* field : {"\"value\":100000", "\"bound\":\"lower\"", "\"lower\":100000", "\"upper\":null",
                            "\"unit\":\"people\"", "\"predicate\":\"return\"", "\"time\":\"2025-04\"",
                            "\"location\":\"AF\"", "\"source\":\"UNHCR\"",
                            "\"args\":[{\"role\":\"quantity\",\"start\":22,\"end\":46}"}) {
    INFO(field);
    CHECK(first.find(field) != std::string::npos);
  }
}

TEST_CASE("trace: article, marked sentence, arguments and repeats", "[outputs]") {
  RunResult r = run_newsfacts({"trace", "--db", outputs_db(), kF3.substr(0, 8)});  // a unique prefix
  INFO(r.err);
  REQUIRE(r.status == 0);
  const std::string& o = r.out;
  CHECK(o.find("fact       " + kF3) != std::string::npos);
  CHECK(o.find("https://news.example.org/beta") != std::string::npos);
  CHECK(o.find("published  2025-04-25") != std::string::npos);
  CHECK(o.find("Officials said »more than 100,000 people« returned in April") != std::string::npos);
  CHECK(o.find("quantity   [15, 39)      \"more than 100,000 people\"  count 100000") != std::string::npos);
  CHECK(o.find("\"in April\"  date 2025-04") != std::string::npos);
  CHECK(o.find("1 other article,") != std::string::npos);
  // the earliest article (alpha, 2025-04-23) comes first, then this one
  size_t alpha = o.find("2025-04-23  alpha"), beta = o.find("2025-04-25  beta");
  CHECK(alpha != std::string::npos);
  CHECK(beta != std::string::npos);
  CHECK(alpha < beta);
}

TEST_CASE("trace: a claim nobody repeats; boilerplate-free sentence from the sentences table", "[outputs]") {
  RunResult r = run_newsfacts({"trace", "--db", outputs_db(), kF2});
  REQUIRE(r.status == 0);
  CHECK(r.out.find("sentence   [") != std::string::npos);
  CHECK(r.out.find("  »About 2,000 families« left Quetta last year, officials said.\n") != std::string::npos);
  CHECK(r.out.find("READ MORE") == std::string::npos);
  CHECK(r.out.find("0 other articles,") != std::string::npos);
}

TEST_CASE("series: buckets over the facts' own time", "[outputs]") {
  const std::string db = outputs_db();
  RunResult r = run_newsfacts({"series", "--db", db, "--by", "month"});
  REQUIRE(r.status == 0);
  CHECK(r.out == "period,begin,end,facts\r\n2025-03,2025-03-01,2025-03-31,1\r\n2025-04,2025-04-01,2025-04-30,2\r\n");
  CHECK(r.err.find("left out 1 facts without a time and 1 whose time spans more than one month") != std::string::npos);

  r = run_newsfacts({"series", "--db", db, "--by", "year"});
  CHECK(r.out == "period,begin,end,facts\r\n2024,2024-01-01,2024-12-31,1\r\n2025,2025-01-01,2025-12-31,3\r\n");

  r = run_newsfacts({"series", "--db", db, "--by", "day"});  // only the fact dated to a day
  CHECK(r.out == "period,begin,end,facts\r\n2025-03-01,2025-03-01,2025-03-01,1\r\n");

  r = run_newsfacts({"series", "--db", db, "--by", "week"});
  CHECK(r.out == "period,begin,end,facts\r\n2025-W09,2025-02-24,2025-03-02,1\r\n");

  r = run_newsfacts({"series", "--db", db, "--by", "month", "--measure", "sum", "--from", "2025-02"});
  CHECK(r.out == "period,begin,end,facts,sum\r\n2025-02,2025-02-01,2025-02-28,0,0\r\n"
                 "2025-03,2025-03-01,2025-03-31,1,3500\r\n2025-04,2025-04-01,2025-04-30,2,200000\r\n");

  r = run_newsfacts({"series", "--db", db, "--by", "month", "--measure", "max", "--time", "published"});
  CHECK(r.out == "period,begin,end,facts,max\r\n2025-03,2025-03-01,2025-03-31,1,3500\r\n"
                 "2025-04,2025-04-01,2025-04-30,4,100000\r\n");

  r = run_newsfacts({"series", "--db", db, "--by", "month", "--spanning", "start", "--country", "PK"});
  CHECK(r.out.rfind("period,begin,end,facts\r\n2024-01,2024-01-01,2024-01-31,1\r\n2024-02,", 0) == 0);
  CHECK(count_of(r.out, "\r\n") == 1 + 15);  // 2024-01 .. 2025-03, empty months filled
}

TEST_CASE("series: ISO weeks across year ends", "[outputs]") {
  std::string db = nf::test::temp_dir("weeks") + "/weeks.db";
  nf::test::create_schema_db(db);
  nf::test::insert_dated_fact(db, "w1", 1, "2021-01-03", "2021-01-03", "2021-01-04");  // Sunday of 2020-W53
  nf::test::insert_dated_fact(db, "w2", 1, "2024-12-30", "2024-12-30", "2025-01-02");  // Monday of 2025-W01
  nf::test::insert_dated_fact(db, "w3", 1, "2026-12-31", "2026-12-31", "2027-01-01");  // Thursday of 2026-W53
  nf::test::insert_dated_fact(db, "w4", 1, "2024-02-26", "2024-03-03", "2024-03-04");  // a whole week, 2024-W09
  RunResult r = run_newsfacts({"series", "--db", db, "--by", "week"});
  REQUIRE(r.status == 0);
  CHECK(r.out.find("\r\n2020-W53,2020-12-28,2021-01-03,1\r\n2021-W01,2021-01-04,2021-01-10,0\r\n") != std::string::npos);
  CHECK(r.out.find("\r\n2025-W01,2024-12-30,2025-01-05,1\r\n") != std::string::npos);
  CHECK(r.out.find("\r\n2024-W09,2024-02-26,2024-03-03,1\r\n") != std::string::npos);
  CHECK(r.out.find("\r\n2026-W53,2026-12-28,2027-01-03,1\r\n") != std::string::npos);
  // the article's date: published, else a full dateline date
  nf::test::insert_dated_fact(db, "w5", 1, "2024-03-01", "2024-03-01", "", "2024-03-05");
  nf::test::insert_dated_fact(db, "w6", 1, "2024-03-01", "2024-03-01", "", "XXXX-03-05");
  r = run_newsfacts({"series", "--db", db, "--by", "month", "--time", "published", "--from", "2024-03", "--to", "2024-03"});
  CHECK(r.out == "period,begin,end,facts\r\n2024-03,2024-03-01,2024-03-31,2\r\n");
  r = run_newsfacts({"series", "--db", db, "--by", "year", "--time", "published"});
  CHECK(r.err == "newsfacts series: left out 1 facts whose article has no date\n");
  r = run_newsfacts({"facts", "--db", db, "--format", "csv", "--time", "published", "--from", "2024-03-05", "--to", "2024-03-05"});
  CHECK(count_of(r.out, "\r\n") == 2);  // header + w5 (the XXXX dateline never matches)
}

TEST_CASE("series: svg is a standalone chart with axes, labels and a title", "[outputs]") {
  RunResult r = run_newsfacts({"series", "--db", outputs_db(), "--by", "month", "--format", "svg", "--predicate", "return"});
  REQUIRE(r.status == 0);
  pugi::xml_document doc;
  pugi::xml_parse_result parsed = doc.load_string(r.out.c_str());
  INFO(parsed.description());
  REQUIRE(parsed);
  pugi::xml_node svg = doc.child("svg");
  REQUIRE(svg);
  CHECK(std::string(svg.attribute("xmlns").value()) == "http://www.w3.org/2000/svg");
  CHECK(std::string(svg.child("title").text().get()) == "Facts per month (fact time): predicate=return");
  CHECK(doc.select_nodes("//rect[@class='bar']").size() == 1);
  CHECK(std::string(doc.select_node("//rect[@class='bar']/title").node().text().get()) == "2025-04: 2");
  // y ticks 0, 1, 2 and the period label on the x axis
  auto y_ticks = doc.select_nodes("//g[@class='y-axis']/text");
  CHECK(y_ticks.size() == 4);  // three ticks + the axis label
  CHECK(doc.select_node("//g[@class='x-axis']/text[.='2025-04']"));
  CHECK(doc.select_node("//g[@class='y-axis']/text[.='facts']"));

  r = run_newsfacts({"series", "--db", outputs_db(), "--by", "month", "--format", "svg", "--predicate", "nothing"});
  REQUIRE(r.status == 0);
  CHECK(r.out.find("no facts to show") != std::string::npos);
}

TEST_CASE("facts: long cells are cut to their column in the table, whole in csv", "[outputs]") {
  std::string db = nf::test::temp_dir("long") + "/long.db";
  nf::test::create_schema_db(db);
  nf::test::insert_dated_fact(db, "long1", 12, "2025-01-01", "2025-01-01", "2025-01-02");
  {
    SQLite::Database w(db, SQLite::OPEN_READWRITE);
    w.exec("UPDATE facts SET source = 'Office for the Coordination of Humanitarian Affairs (UN)'");
  }
  RunResult r = run_newsfacts({"facts", "--db", db});
  REQUIRE(r.status == 0);
  CHECK(r.out.find("Office for the Coordina…") != std::string::npos);  // 24 columns
  CHECK(r.out.find("Humanitarian") == std::string::npos);
  r = run_newsfacts({"facts", "--db", db, "--format", "csv"});
  CHECK(r.out.find(",Office for the Coordination of Humanitarian Affairs (UN)\r\n") != std::string::npos);
}

TEST_CASE("query commands never write to the database", "[outputs]") {
  const std::string db = outputs_db();
  auto bytes = [](const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  };
  const std::string before = bytes(db);
  std::string out = nf::test::temp_dir("readonly");
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"facts", "--db", db, "--format", "json"}, {"trace", "--db", db, kF1},
        {"series", "--db", db, "--by", "week", "--format", "svg"}, {"report", "--db", db, "--out", out}}) {
    RunResult r = run_newsfacts(args);
    INFO(args[0] << ": " << r.err);
    CHECK(r.status == 0);
  }
  CHECK(bytes(db) == before);
  CHECK(!std::filesystem::exists(db + "-journal"));
  CHECK(!std::filesystem::exists(db + "-wal"));
}
