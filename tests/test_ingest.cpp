// Ingest (extractor/ingest/): every input format from tests/fixtures/ingest, directories, stdin,
// and the bad inputs (empty, binary, invalid UTF-8, malformed XML, bad JSON lines, over the size limit).
#include <catch2/catch.hpp>

#include <filesystem>
#include <map>
#include <fstream>
#include <iostream>
#include <sstream>

#include <unistd.h>

#include "extractor/ingest/format_detect.h"
#include "extractor/ingest/html_reader.h"
#include "extractor/ingest/json_line.h"
#include "extractor/ingest/published_date.h"
#include "extractor/ingest/reader.h"
#include "extractor/ingest/utf8.h"
#include "tests/test_support.h"

namespace fs = std::filesystem;

namespace {

struct Read {
  std::vector<nf::Article> articles;
  std::vector<nf::InputProblem> problems;
  const nf::Article* find(const std::string& id) const {
    for (const auto& a : articles)
      if (a.id == id) return &a;
    return nullptr;
  }
  std::string problem_text() const {
    std::string s;
    for (const auto& p : problems) s += p.source + ":" + std::to_string(p.line) + ": " + p.reason + (p.fatal ? "" : " (warning)") + "\n";
    return s;
  }
};

Read read(const std::vector<std::string>& paths, nf::ReadOptions options = {}) {
  Read r;
  nf::read_inputs(paths, options, [&](nf::Article&& a) { r.articles.push_back(std::move(a)); },
                  [&](const nf::InputProblem& p) { r.problems.push_back(p); });
  return r;
}

std::string fixture(const std::string& name) { return nf::test::source_dir() + "/tests/fixtures/ingest/" + name; }

// A fresh directory under the system's temp dir, removed at the end of the test.
struct Scratch {
  fs::path dir;
  Scratch() {
    dir = fs::temp_directory_path() / ("nf_ingest_" + std::to_string(::getpid()) + "_" + std::to_string(counter()++));
    fs::create_directories(dir);
  }
  ~Scratch() {
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
  static int& counter() {
    static int n = 0;
    return n;
  }
  std::string write(const std::string& name, const std::string& bytes) const {
    fs::path p = dir / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }
};

}  // namespace

TEST_CASE("format sniffing looks at the content, not the name", "[ingest]") {
  using F = nf::InputFormat;
  CHECK(nf::detect_format("Islamabad 23, Apr , 2025: ...") == F::Text);
  CHECK(nf::detect_format("\xEF\xBB\xBF  {\"id\":1}\n") == F::JsonLines);
  CHECK(nf::detect_format("<?xml version=\"1.0\"?>\n<!-- c -->\n<rss version=\"2.0\">") == F::Rss);
  CHECK(nf::detect_format("<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"x\">") == F::Rss);
  CHECK(nf::detect_format("<feed xmlns=\"http://www.w3.org/2005/Atom\">") == F::Atom);
  CHECK(nf::detect_format("<?xml version=\"1.0\"?>\n<!DOCTYPE nitf SYSTEM \"nitf.dtd\">\n<nitf>") == F::Nitf);
  CHECK(nf::detect_format("<newsMessage xmlns=\"x\">") == F::NewsML);
  CHECK(nf::detect_format("<?xml version='1.0'?><newsItem guid='g'>") == F::NewsML);
  CHECK(nf::detect_format("<!DOCTYPE html><html>") == F::Html);
  CHECK(nf::detect_format("  <HTML><body>") == F::Html);
  CHECK(nf::detect_format("<div><p>fragment</p></div>") == F::Html);
}

TEST_CASE("published dates: ISO 8601, RFC 822, compact and written forms", "[ingest]") {
  struct {
    const char* in;
    const char* out;
  } cases[] = {
      {"2024-06-12", "2024-06-12"},           {"2024-06-12T23:30:00-05:00", "2024-06-12"},
      {"2024/06/12 10:00", "2024-06-12"},     {"20240612T083000Z", "2024-06-12"},
      {"20240612", "2024-06-12"},             {"Wed, 12 Jun 2024 08:30:00 GMT", "2024-06-12"},
      {"12 Jun 24 08:30 +0000", "2024-06-12"}, {"Thu, 5 Sep 2024 01:02:03 +0200", "2024-09-05"},
      {"June 12, 2024", "2024-06-12"},        {"12 June 2024", "2024-06-12"},
      {"Sept. 5, 2024", "2024-09-05"},        {"June 12th, 2024", "2024-06-12"},
      {"2024-02-30", ""},                     {"2023-02-29", ""},
      {"2024-02-29", "2024-02-29"},           {"not a date", ""},
      {"", ""},                               {"12345", ""},
  };
  for (const auto& c : cases) {
    INFO(c.in);
    CHECK(nf::normalize_published(c.in) == c.out);
  }
}

TEST_CASE("UTF-8 repair replaces maximal invalid subparts and reports the first", "[ingest]") {
  std::string s = "ok\nbad \xC3( and \xE2\x82 and \xF0\x9F\x98\x80 end \xFF";
  nf::Utf8Repair r = nf::repair_utf8(s);
  CHECK(r.replaced == 3);
  CHECK(r.first_offset == 7);
  CHECK(r.first_line == 2);
  CHECK(s == "ok\nbad \xEF\xBF\xBD( and \xEF\xBF\xBD and \xF0\x9F\x98\x80 end \xEF\xBF\xBD");
  CHECK(nf::valid_utf8(s));
  CHECK_FALSE(nf::valid_utf8("\xC0\xAF"));          // overlong
  CHECK_FALSE(nf::valid_utf8("\xED\xA0\x80"));      // surrogate
  CHECK_FALSE(nf::valid_utf8("\xF4\x90\x80\x80"));  // above U+10FFFF
  std::string fine = "S\xC3\xA3o Paulo";
  CHECK(nf::repair_utf8(fine).replaced == 0);
  CHECK(nf::looks_binary(std::string("PK\x03\x04\0\0", 6)));
  CHECK_FALSE(nf::looks_binary("plain\ttext\r\nwith lines\f"));
}

TEST_CASE("JSON object parser: escapes, nesting, errors with columns", "[ingest]") {
  nf::JsonObject o;
  std::string err;
  REQUIRE(nf::parse_json_object(R"( {"a":"x\"y\\z\/\n","n":-1.5e3,"b":true,"z":null,"o":{"k":[1,{"q":"r"}]},"u":"\u00e9\ud83d\ude00\ud800x"} )", o, err));
  CHECK(*o.find("a") == "x\"y\\z/\n");
  CHECK(*o.find("n") == "-1.5e3");
  CHECK(*o.find("b") == "true");
  CHECK(o.find("z") == nullptr);
  CHECK(o.find("o") == nullptr);
  CHECK(*o.find("u") == "\xC3\xA9\xF0\x9F\x98\x80\xEF\xBF\xBDx");
  nf::JsonObject bad;
  CHECK_FALSE(nf::parse_json_object(R"({"a" "b"})", bad, err));
  CHECK(err == "expected ':' at column 6");
  CHECK_FALSE(nf::parse_json_object(R"({"a":"b"} x)", bad, err));
  CHECK_FALSE(nf::parse_json_object(R"({"a":"unterminated)", bad, err));
  CHECK_FALSE(nf::parse_json_object(R"([1,2])", bad, err));
}

TEST_CASE("JSON values: the tree the tests read output records with", "[ingest]") {
  nf::JsonValue v;
  std::string err;
  REQUIRE(nf::parse_json(R"({"start":12,"args":[{"role":"source","cstart":1.5e1}],"t":null,"ok":false,"s":"\u00e9"})", v, err));
  CHECK(v.type == nf::JsonValue::Object);
  CHECK(v["start"].type == nf::JsonValue::Number);
  CHECK(v["start"].num == 12);
  REQUIRE(v["args"].items.size() == 1);
  CHECK(v["args"].items[0]["role"].str == "source");
  CHECK(v["args"].items[0]["cstart"].num == 15);
  CHECK(v.has("t"));
  CHECK(v["t"].is_null());
  CHECK(v["missing"].is_null());
  CHECK(v["ok"].type == nf::JsonValue::Bool);
  CHECK_FALSE(v["ok"].boolean);
  CHECK(v["s"].str == "\xC3\xA9");
  nf::JsonValue bad;
  CHECK_FALSE(nf::parse_json("[1,2", bad, err));
  CHECK(err == "expected ',' or ']' at column 5");
  CHECK_FALSE(nf::parse_json("\"a\" 1", bad, err));
}

TEST_CASE("plain text: the file's bytes are the body, id is the stem", "[ingest]") {
  Read r = read({nf::test::source_dir() + "/corpus/000_ab4a5320d3b9f4a3.txt"});
  REQUIRE(r.problems.empty());
  REQUIRE(r.articles.size() == 1);
  const nf::Article& a = r.articles[0];
  CHECK(a.id == "000_ab4a5320d3b9f4a3");
  CHECK(a.format == "text");
  std::ifstream in(nf::test::source_dir() + "/corpus/000_ab4a5320d3b9f4a3.txt", std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CHECK(a.body == bytes);
}

TEST_CASE("directories: recursive, sorted, hidden entries skipped", "[ingest]") {
  Scratch s;
  s.write("b.txt", "Second story text.");
  s.write("a.txt", "First story text.");
  s.write("sub/c.txt", "Third story text.");
  s.write(".hidden.txt", "Never read.");
  s.write(".git/d.txt", "Never read either.");
  Read r = read({s.dir.string()});
  CHECK(r.problems.empty());
  REQUIRE(r.articles.size() == 3);
  CHECK(r.articles[0].id == "a");
  CHECK(r.articles[1].id == "b");
  CHECK(r.articles[2].id == "c");
  CHECK(r.articles[2].source == (s.dir / "sub" / "c.txt").string());
}

TEST_CASE("bad inputs: each a problem naming the file, the rest of the batch goes on", "[ingest]") {
  Scratch s;
  std::string empty = s.write("empty.txt", "");
  std::string blank = s.write("blank.txt", " \n\n ");
  std::string binary = s.write("image.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  std::string bad_utf8 = s.write("latin1.txt", "First line\nCaf\xE9 in S\xE3o Paulo\n");
  std::string big = s.write("big.txt", std::string(2000, 'x'));
  std::string good = s.write("good.txt", "A story.");
  std::string missing = (s.dir / "missing.txt").string();
  nf::ReadOptions o;
  o.max_article_bytes = 1000;
  Read r = read({empty, blank, binary, bad_utf8, big, missing, good}, o);
  INFO(r.problem_text());
  REQUIRE(r.problems.size() == 6);
  CHECK(r.problems[0].source == empty);
  CHECK(r.problems[0].reason == "empty file");
  CHECK(r.problems[0].fatal);
  CHECK(r.problems[1].source == blank);
  CHECK(r.problems[2].source == binary);
  CHECK(r.problems[2].reason.find("binary") != std::string::npos);
  CHECK(r.problems[3].source == bad_utf8);
  CHECK_FALSE(r.problems[3].fatal);  // a warning: the article is still read
  CHECK(r.problems[3].line == 2);
  CHECK(r.problems[3].reason.find("byte 14") != std::string::npos);
  CHECK(r.problems[4].source == big);
  CHECK(r.problems[4].reason.find("over the limit of 1000") != std::string::npos);
  CHECK(r.problems[5].source == missing);
  CHECK(r.problems[5].reason == "no such file or directory");
  REQUIRE(r.articles.size() == 2);
  CHECK(r.articles[0].id == "latin1");
  CHECK(r.articles[0].body == "First line\nCaf\xEF\xBF\xBD in S\xEF\xBF\xBDo Paulo\n");  // offsets index this repaired body
  CHECK(r.articles[1].id == "good");
}

TEST_CASE("UTF-16 with a byte-order mark is converted to UTF-8 (text and XML)", "[ingest]") {
  Read r = read({fixture("story_utf16le.txt"), fixture("feed_utf16be.rss")});
  INFO(r.problem_text());
  CHECK(r.problems.empty());
  REQUIRE(r.articles.size() == 2);
  const nf::Article& text = r.articles[0];
  CHECK(text.id == "story_utf16le");
  CHECK(text.format == "text");
  CHECK(text.body.rfind("GENEVA, June 12 (Reuters) \xE2\x80\x94 More than 1,200 people fled S\xC3\xA3o Paulo\xE2\x80\x99s", 0) == 0);
  CHECK(text.body.back() == '\n');
  CHECK(nf::valid_utf8(text.body));
  const nf::Article& item = r.articles[1];
  CHECK(item.format == "rss");
  CHECK(item.id == "u16-1");
  CHECK(item.title == "Floods in S\xC3\xA3o Paulo");
  CHECK(item.published == "2024-06-12");
  CHECK(item.body == "More than 1,200 people fled, officials said \xF0\x9F\x8C\x8A.");
}

TEST_CASE("UTF-16 without a byte-order mark is told from binary by its zero bytes", "[ingest]") {
  Scratch s;
  std::string le;
  for (char c : std::string("A story of 40 words.\n")) le += std::string{c, '\0'};
  std::string p = s.write("nobom.txt", le);
  std::string zip = s.write("zip.txt", std::string("PK\x03\x04\x14\0\0\0\x08\0", 10));
  Read r = read({p, zip});
  INFO(r.problem_text());
  REQUIRE(r.articles.size() == 1);
  CHECK(r.articles[0].body == "A story of 40 words.\n");
  REQUIRE(r.problems.size() == 1);
  CHECK(r.problems[0].source == zip);
  CHECK(r.problems[0].reason.find("binary") != std::string::npos);
}

TEST_CASE("every article carries the input bytes it was read from (the progress line's ETA)", "[ingest]") {
  std::vector<std::string> files = {fixture("world.rss"), fixture("page.html"), fixture("story_utf16le.txt"),
                                    fixture("articles.jsonl")};
  Read r = read(files);
  std::map<std::string, size_t> by_source;
  for (const nf::Article& a : r.articles) {
    CHECK(a.input_bytes > 0);
    by_source[a.source] += a.input_bytes;
  }
  for (size_t i = 0; i < 3; ++i) CHECK(by_source[files[i]] == fs::file_size(files[i]));
  // JSON lines: each article its own line (with its newline); bad lines are not counted.
  CHECK(r.find("j1")->input_bytes == std::string(R"({"id":"j1","url":"https://example.org/a/1","title":"First","published":"2024-06-12T08:30:00Z","text":"KABUL, March 3 (Reuters) - Aid arrived for 5,000 families.\nOfficials said more would follow."})").size() + 1);
  CHECK(by_source[files[3]] < fs::file_size(files[3]));
}

TEST_CASE("stdin: '-' reads standard input, any format", "[ingest]") {
  std::istringstream text("WASHINGTON (AP) — The House passed the bill by 220 votes to 210 on Friday night.");
  std::streambuf* old = std::cin.rdbuf(text.rdbuf());
  Read r = read({"-"});
  std::istringstream jsonl("{\"id\":\"s1\",\"text\":\"One.\"}\n{\"id\":\"s2\",\"text\":\"Two.\"}\n");
  std::cin.rdbuf(jsonl.rdbuf());
  Read j = read({"-"});
  std::cin.rdbuf(old);
  REQUIRE(r.articles.size() == 1);
  CHECK(r.articles[0].id == "stdin");
  CHECK(r.articles[0].source == "-");
  CHECK(r.articles[0].body.rfind("WASHINGTON (AP)", 0) == 0);
  REQUIRE(j.articles.size() == 2);
  CHECK(j.articles[1].id == "s2");
  CHECK(j.articles[1].format == "jsonl");
}

TEST_CASE("JSON lines: one article a line, bad lines reported with their number", "[ingest]") {
  Read r = read({fixture("articles.jsonl")});
  INFO(r.problem_text());
  REQUIRE(r.articles.size() == 4);
  const nf::Article* j1 = r.find("j1");
  REQUIRE(j1);
  CHECK(j1->url == "https://example.org/a/1");
  CHECK(j1->title == "First");
  CHECK(j1->published == "2024-06-12");
  CHECK(j1->body == "KABUL, March 3 (Reuters) - Aid arrived for 5,000 families.\nOfficials said more would follow.");
  CHECK(r.find("j2")->published == "2024-06-12");
  CHECK(r.find("j2")->body == "Caf\xC3\xA9 owners in S\xC3\xA3o Paulo said \"prices\" rose 8 percent.");
  CHECK(r.find("j4")->published == "2024-06-12");
  CHECK(r.find("j4")->title.empty());
  CHECK(r.find("j4")->body == "An emoji \xF0\x9F\x98\x80 and a tab\there.");
  const nf::Article* unnamed = r.find("articles#7");
  REQUIRE(unnamed);
  CHECK(unnamed->published.empty());
  REQUIRE(r.problems.size() == 2);
  CHECK(r.problems[0].line == 3);
  CHECK(r.problems[0].reason.find("not a JSON object: expected ',' or '}' at column 12") == 0);
  CHECK(r.problems[1].line == 6);
  CHECK(r.problems[1].reason.find("no \"text\"") != std::string::npos);
}

TEST_CASE("JSON lines: newsfacts' own output records are refused, once per file, naming the first line", "[ingest]") {
  Read r = read({fixture("output_records.jsonl")});
  INFO(r.problem_text());
  REQUIRE(r.articles.size() == 1);
  CHECK(r.articles[0].id == "real");
  REQUIRE(r.problems.size() == 1);
  CHECK(r.problems[0].fatal);
  CHECK(r.problems[0].line == 1);
  CHECK(r.problems[0].source == fixture("output_records.jsonl"));
  CHECK(r.problems[0].reason.find("newsfacts output record") != std::string::npos);
  CHECK(r.problems[0].reason.find("3 lines") != std::string::npos);
}

TEST_CASE("HTML page: the article kept, furniture dropped, metadata read", "[ingest]") {
  Read r = read({fixture("page.html")});
  INFO(r.problem_text());
  REQUIRE(r.articles.size() == 1);
  const nf::Article& a = r.articles[0];
  CHECK(a.format == "html");
  CHECK(a.id == "page");
  CHECK(a.title == "Ministry counts 100,000 returnees in three weeks");
  CHECK(a.published == "2025-04-23");
  CHECK(a.url == "https://www.example-times.test/2025/04/23/returnees.html");
  CHECK(a.body ==
        "Islamabad 23, Apr , 2025: More than 100,000 individuals returned in just three weeks, the ministry said.\n"
        "Officials said the campaign began in 2023 and would continue \xE2\x80\x94 \"until the end of the year\".\n"
        "The agency reported nearly 13,000 detentions in April, more than in all of last year.");
}

TEST_CASE("HTML page without <article>: the densest paragraph block; JSON-LD date", "[ingest]") {
  Read r = read({fixture("dense.html")});
  REQUIRE(r.articles.size() == 1);
  const nf::Article& a = r.articles[0];
  CHECK(a.title == "Port reopens after storm");
  CHECK(a.published == "2024-11-05");
  CHECK(a.body.rfind("CHITTAGONG, Nov. 5 (Reuters) - The port reopened", 0) == 0);
  CHECK(a.body.find("Business") == std::string::npos);
  CHECK(a.body.find("A long list of links") == std::string::npos);
  CHECK(a.body.find("Try our app") == std::string::npos);
  CHECK(a.body.find("they said.") != std::string::npos);
}

TEST_CASE("relative links resolve against the base", "[ingest]") {
  CHECK(nf::resolve_url("https://a.test/x/y.html", "z.html") == "https://a.test/x/z.html");
  CHECK(nf::resolve_url("https://a.test/x/y.html", "/z") == "https://a.test/z");
  CHECK(nf::resolve_url("https://a.test/x/y/", "../z") == "https://a.test/x/z");
  CHECK(nf::resolve_url("https://a.test/x/", "//cdn.test/q") == "https://cdn.test/q");
  CHECK(nf::resolve_url("https://a.test", "q?x=1") == "https://a.test/q?x=1");
  CHECK(nf::resolve_url("https://a.test/x/", "mailto:me@a.test") == "mailto:me@a.test");
  CHECK(nf::resolve_url("", "rel/path") == "rel/path");
}

TEST_CASE("RSS: items with CDATA, entities, relative links, missing dates", "[ingest]") {
  Read r = read({fixture("world.rss")});
  INFO(r.problem_text());
  REQUIRE(r.articles.size() == 2);
  const nf::Article& a = r.articles[0];
  CHECK(a.format == "rss");
  CHECK(a.id == "example-wire-0001");
  CHECK(a.title == "Flood waters recede in the delta & farmers return");
  CHECK(a.url == "https://news.example.org/world/2024/06/12/flood-waters-recede");
  CHECK(a.published == "2024-06-12");
  CHECK(a.body ==
        "DHAKA, June 12 (Reuters) - More than 20,000 families returned to their villages this week, officials said.\n"
        "The agency said \xE2\x80\x9Cnearly 3,000 homes\xE2\x80\x9D were damaged & 40 schools closed.");
  const nf::Article& b = r.articles[1];
  CHECK(b.title == "Officials count returnees at the border");
  CHECK(b.url == "https://news.example.org/world/border-count.html");
  CHECK(b.id == b.url);  // no guid: the link
  CHECK(b.published.empty());
  CHECK(b.body == "TORKHAM, Pakistan \xE2\x80\x94 About 1,500 people crossed on Monday, border officials said.\nAid groups asked for more tents.");
  REQUIRE(r.problems.size() == 1);  // the item without text
  CHECK(r.problems[0].line == 23);
}

TEST_CASE("Atom: xhtml, html and text content; published, else updated; xml:base", "[ingest]") {
  Read r = read({fixture("science.atom")});
  INFO(r.problem_text());
  REQUIRE(r.articles.size() == 3);
  const nf::Article& a = r.articles[0];
  CHECK(a.format == "atom");
  CHECK(a.id == "urn:example:science:101");
  CHECK(a.title == "Glacier loss doubles in a decade");
  CHECK(a.url == "https://science.example.net/articles/glacier-loss");
  CHECK(a.published == "2024-03-01");
  CHECK(a.body == "GENEVA, 1 March 2024: Glaciers lost about 600 cubic kilometres of ice.\nResearchers & officials met on Friday.");
  CHECK(r.articles[1].published == "2024-02-28");
  CHECK(r.articles[1].url == "https://science.example.net/articles/drought");
  CHECK(r.articles[1].body == "Rainfall fell by 30 percent.\nCrops: down");
  CHECK(r.articles[2].published.empty());
  CHECK(r.articles[2].body == "Plain text summary with an ampersand & no markup.");
}

TEST_CASE("NITF: hedline, date.publication, body.content paragraphs", "[ingest]") {
  Read r = read({fixture("story.nitf")});
  INFO(r.problem_text());
  REQUIRE(r.articles.size() == 1);
  const nf::Article& a = r.articles[0];
  CHECK(a.format == "nitf");
  CHECK(a.id == "nitf-2024-0612-0042");
  CHECK(a.title == "Aid convoys reach the north");
  CHECK(a.published == "2024-06-12");
  CHECK(a.body ==
        "GENEVA, 12 June 2024: Aid convoys carrying 500 tonnes of food reached the region, the agency said.\n"
        "Officials said the roads had been closed for three weeks.\n"
        "Prices & supplies are expected to stabilise.");
}

TEST_CASE("NewsML-G2: headline, contentCreated, inline XHTML body", "[ingest]") {
  Read r = read({fixture("item.newsml")});
  INFO(r.problem_text());
  REQUIRE(r.articles.size() == 1);
  const nf::Article& a = r.articles[0];
  CHECK(a.format == "newsml");
  CHECK(a.id == "urn:newsml:example.com:20241008:nairobi-floods");
  CHECK(a.title == "Floods displace thousands in Nairobi");
  CHECK(a.published == "2024-10-08");
  CHECK(a.url == "https://www.example.com/news/nairobi-floods");
  CHECK(a.body ==
        "NAIROBI \xE2\x80\x94 Tuesday, Oct. 8, 2024 \xE2\x80\x94 Floods have displaced more than 20,000 people.\n"
        "The Kenya Red Cross said 15 people had died.");
}

TEST_CASE("NITF dateline and NewsML located fill the dateline when the story text has none", "[ingest]") {
  Read r = read({fixture("dateline_head.nitf"), fixture("located.newsml"), fixture("story.nitf"), fixture("item.newsml")});
  INFO(r.problem_text());
  REQUIRE(r.articles.size() == 4);
  nf::Article nitf = r.articles[0];
  CHECK(nitf.body == "KABUL, March 3\nMore than 3,000 families crossed the border in a week, the ministry said.");
  CHECK(nitf.dateline.found);
  CHECK(nitf.dateline.place == "KABUL");
  CHECK(nitf.dateline.date == "2025-03-03");
  CHECK(nitf.dateline.span.start == 0);
  CHECK(nitf.dateline.span.end == 14);
  CHECK(nitf.dateline.place_span.end == 5);
  nf::Article newsml = r.articles[1];
  CHECK(newsml.body == "Lahore\nAuthorities closed 2,000 schools for a week, officials said.");
  CHECK(newsml.dateline.found);
  CHECK(newsml.dateline.place == "Lahore");
  CHECK(newsml.dateline.date.empty());
  CHECK(newsml.dateline.span.end == 6);
  // Stories that open with their dateline keep their text as it is.
  CHECK(r.articles[2].body.rfind("GENEVA, 12 June 2024: Aid convoys", 0) == 0);
  CHECK(r.articles[3].body.rfind("NAIROBI \xE2\x80\x94 Tuesday", 0) == 0);

  // Through the pipeline: the dateline reader reads the first line, or keeps the metadata's.
  nf::ArticleResult rn = nf::test::extractor().extract(nitf, nf::ExtractOptions{""});
  CHECK(nitf.dateline.found);
  CHECK(nitf.dateline.place == "KABUL");
  CHECK(nitf.dateline.date == "2025-03-03");
  CHECK(rn.reference_date == "2025-03-04");
  nf::ArticleResult rl = nf::test::extractor().extract(newsml, nf::ExtractOptions{""});
  CHECK(newsml.dateline.found);
  CHECK(newsml.dateline.place == "Lahore");
  CHECK(newsml.dateline.span.end == 6);
  bool lahore = false;
  for (const nf::Mention& m : rl.mentions) lahore = lahore || (m.kind == nf::Kind::Location && m.span.start == 0 && m.span.end == 6);
  CHECK(lahore);
}

TEST_CASE("malformed XML: a problem with the file and the line", "[ingest]") {
  Read r = read({fixture("malformed.rss"), fixture("story.nitf")});
  REQUIRE(r.problems.size() == 1);
  CHECK(r.problems[0].source == fixture("malformed.rss"));
  CHECK(r.problems[0].line == 7);
  CHECK(r.problems[0].reason.find("malformed XML") == 0);
  CHECK(r.articles.size() == 1);  // the next file is still read
}

TEST_CASE("feed articles go through the pipeline: datelines found in extracted bodies", "[ingest]") {
  Read r = read({fixture("world.rss"), fixture("story.nitf"), fixture("item.newsml"), fixture("page.html")});
  const nf::Extractor& ex = nf::test::extractor();
  for (nf::Article& a : r.articles) {
    nf::ArticleResult res = ex.extract(a, {""});
    INFO(a.id);
    for (const nf::Mention& m : res.mentions) CHECK(m.span.end <= a.body.size());
  }
  CHECK(r.articles[0].dateline.place == "DHAKA");
  CHECK(r.articles[0].dateline.date == "2024-06-12");
  CHECK(r.articles[0].dateline.wire == "Reuters");
  CHECK(r.articles[1].dateline.place == "TORKHAM, Pakistan");
  CHECK(r.articles[2].dateline.date == "2024-06-12");
  CHECK(r.articles[3].dateline.date == "2024-10-08");
  CHECK(r.articles[4].dateline.place == "Islamabad");
}

TEST_CASE("HTML in a legacy charset is converted to UTF-8 before parsing", "[ingest]") {
  Scratch s;
  std::string page = s.write("legacy.html",
                             "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
                             "<title>Caf\xE9 prices</title></head><body><p>Caf\xE9 owners in S\xE3o Paulo said prices rose "
                             "8 percent \x96 the most in a decade.</p></body></html>");
  Read r = read({page});
  INFO(r.problem_text());
  REQUIRE(r.articles.size() == 1);
  CHECK(r.problems.empty());  // converted, not repaired
  CHECK(r.articles[0].title == "Caf\xC3\xA9 prices");
  CHECK(r.articles[0].body == "Caf\xC3\xA9 owners in S\xC3\xA3o Paulo said prices rose 8 percent \xE2\x80\x93 the most in a decade.");
}

TEST_CASE("HTML fragments: plain text and entities pass through, blocks become lines", "[ingest]") {
  CHECK(nf::html_fragment_text("Fish &amp; chips, 5 &lt; 6") == "Fish & chips, 5 < 6");
  CHECK(nf::html_fragment_text("  one\n\n  two  ") == "one two");
  CHECK(nf::html_fragment_text("<p>a</p><p>b<br>c</p><script>x()</script><!-- d -->") == "a\nb\nc");
  CHECK(nf::html_fragment_text("") == "");
}
