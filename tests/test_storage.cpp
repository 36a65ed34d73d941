// Storage and emitters: JSON string escaping, code point offsets, JSON lines records, and the
// SQLite store (dedupe by content hash, versions by URL, deterministic fact ids, batches).
#include <catch2/catch.hpp>

#include <SQLiteCpp/SQLiteCpp.h>

#include "extractor/model/hash.h"
#include "storage/codepoints.h"
#include "storage/json_lines.h"
#include "storage/sqlite_store.h"
#include "tests/test_support.h"

namespace {

std::string json_string(std::string_view s) {
  std::string out;
  nf::append_json_string(out, s);
  return out;
}

// Code points in s[0, byte) the slow way (what Python's len(s[:byte].decode()) gives).
size_t slow_codepoints(std::string_view s, size_t byte) {
  size_t n = 0;
  for (size_t i = 0; i < byte; ++i) n += (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
  return n;
}

// A small extracted article made by hand: one count mention, one agency, one fact.
void sample(nf::Article& a, nf::ArticleResult& r, const std::string& body, const std::string& url = "") {
  a = nf::Article{};
  a.id = "sample";
  a.source = "sample.txt";
  a.format = "text";
  a.url = url;
  a.body = body;
  r = nf::ArticleResult{};
  r.content_hash = nf::content_hash(body);
  r.segmentation.sentences.push_back(nf::Sentence{0, body.size(), 0, 0, false});
  nf::Mention count;
  count.kind = nf::Kind::Count;
  size_t at = body.find("100");
  count.span = nf::Span{at, at + 3};
  count.number = 100;
  count.bound = "exact";
  count.lower = 100;
  count.upper = 100;
  count.unit = "people";
  count.rule = "count.test";
  count.sentence = 0;
  nf::Mention agency;
  agency.kind = nf::Kind::Agency;
  size_t u = body.find("UNHCR");
  agency.span = nf::Span{u, u + 5};
  agency.value = "UNHCR";
  agency.rule = "agency.test";
  agency.sentence = 0;
  r.mentions = {count, agency};
  std::sort(r.mentions.begin(), r.mentions.end(),
            [](const nf::Mention& x, const nf::Mention& y) { return x.span.start < y.span.start; });
  nf::Fact f;
  f.id = r.content_hash + ":" + std::to_string(at);
  f.span = count.span;
  f.number = 100;
  f.bound = "exact";
  f.unit = "people";
  f.source = "UNHCR";
  f.quantity_mention = r.mentions[0].kind == nf::Kind::Count ? 0 : 1;
  f.args = {nf::FactArg{"quantity", count.span, f.quantity_mention},
            nf::FactArg{"source", agency.span, 1 - f.quantity_mention}};
  r.facts = {f};
}

int64_t count_rows(SQLite::Database& db, const std::string& table) {
  return db.execAndGet("SELECT count(*) FROM " + table).getInt64();
}

}  // namespace

TEST_CASE("JSON strings: quotes, backslashes and every control character are escaped", "[storage]") {
  CHECK(json_string("plain") == "\"plain\"");
  CHECK(json_string("a\"b\\c") == "\"a\\\"b\\\\c\"");
  CHECK(json_string("line\nnext\ttab\r") == "\"line\\nnext\\ttab\\r\"");
  CHECK(json_string(std::string("\x01\x1f\x7f", 3)) == "\"\\u0001\\u001f\\u007f\"");
  CHECK(json_string(std::string("nul\0x", 5)) == "\"nul\\u0000x\"");
}

TEST_CASE("JSON strings: valid UTF-8 passes through, invalid bytes become U+FFFD", "[storage]") {
  CHECK(json_string("Pakistan\xE2\x80\x99s") == "\"Pakistan\xE2\x80\x99s\"");  // ’
  CHECK(json_string("\xF0\x9F\x98\x80") == "\"\xF0\x9F\x98\x80\"");            // 4-byte emoji
  CHECK(json_string("a\xFFz") == "\"a\\ufffdz\"");                                // stray byte
  CHECK(json_string("\xC3") == "\"\\ufffd\"");                                    // truncated
  CHECK(json_string("\xC0\xAF") == "\"\\ufffd\\ufffd\"");                         // overlong
  CHECK(json_string("\xED\xA0\x80") == "\"\\ufffd\\ufffd\\ufffd\"");              // surrogate
  // What we write, a JSON parser reads back.
  CHECK(nf::test::parse_json(json_string("q\"\n\x02\xE2\x80\x99")).str == "q\"\n\x02\xE2\x80\x99");
}

TEST_CASE("code point offsets match a slow count at every byte, across block boundaries", "[storage]") {
  std::string body;
  for (int i = 0; i < 40; ++i) body += "Kabul \xE2\x80\x94 Pakistan\xE2\x80\x99s 13,000 \xF0\x9F\x98\x80 caf\xC3\xA9\n";
  nf::CodepointIndex cp(body);
  for (size_t b = 0; b <= body.size(); ++b) REQUIRE(cp.at(b) == slow_codepoints(body, b));
  nf::CodepointIndex empty("");
  CHECK(empty.at(0) == 0);
  // An all-ASCII body (the shortcut: one code point a byte), and one whose only multi-byte
  // character is its last.
  std::string ascii;
  for (int i = 0; i < 40; ++i) ascii += "Kabul -- Pakistan's 13,000 cafe\n";
  for (const std::string& text : {ascii, ascii + "caf\xC3\xA9"}) {
    nf::CodepointIndex c(text);
    for (size_t b = 0; b <= text.size(); ++b) REQUIRE(c.at(b) == slow_codepoints(text, b));
    CHECK(c.at(text.size() + 5) == slow_codepoints(text, text.size()));
  }
}

TEST_CASE("JSON lines records: article, mentions with their contract fields, facts with args", "[storage]") {
  nf::Article a;
  nf::ArticleResult r;
  sample(a, r, "Caf\xC3\xA9 news: UNHCR said 100 people left.");
  std::string out;
  nf::append_records(out, a, r);
  auto records = nf::test::parse_json_lines(out);
  REQUIRE(records.size() == 4);
  const auto& art = records[0];
  CHECK(art["record"].str == "article");
  CHECK(art["article"].str == "sample");
  CHECK(art["title"].is_null());
  CHECK(art["dateline"].is_null());
  CHECK(art["published"].is_null());
  for (const auto& rec : records) CHECK(rec["article"].str == "sample");
  const auto& agency = records[1];
  CHECK(agency["kind"].str == "agency");
  CHECK(agency["value"].str == "UNHCR");
  CHECK(agency["start"].num == 12);
  CHECK(agency["cstart"].num == 11);  // é is two bytes, one code point
  CHECK(agency["text"].str == "UNHCR");
  CHECK(agency.has("country"));
  CHECK(agency["country"].is_null());
  CHECK(agency["rule"].str == "agency.test");
  const auto& count = records[2];
  CHECK(count["kind"].str == "count");
  CHECK(count["value"].type == nf::test::Json::Number);
  CHECK(count["value"].num == 100);
  CHECK(count["bound"].str == "exact");
  CHECK(count["unit"].str == "people");
  const auto& fact = records[3];
  CHECK(fact["record"].str == "fact");
  CHECK(fact["value"].num == 100);
  CHECK(fact["source"].str == "UNHCR");
  for (const char* k : {"id", "bound", "lower", "upper", "unit", "predicate", "time", "time_begin", "time_end",
                        "location", "source", "args", "cstart", "cend", "text"})
    CHECK(fact.has(k));
  CHECK(fact["predicate"].is_null());
  REQUIRE(fact["args"].items.size() == 2);
  CHECK(fact["args"].items[1]["role"].str == "source");
  CHECK(fact["args"].items[1]["text"].str == "UNHCR");
  CHECK(fact["args"].items[1]["cstart"].num == 11);
}

TEST_CASE("SQLite store: the same text is stored once, a changed text under the same URL is a new version",
          "[storage]") {
  nf::test::TempDir dir;
  const std::string path = dir / "t.db";
  nf::Article a;
  nf::ArticleResult r;
  {
    nf::SqliteStore store(path);
    store.begin_run("test", "rules-hash", "test");
    sample(a, r, "UNHCR said 100 people left.", "https://example.org/story");
    store.add(a, r);
    store.add(a, r);  // the same content again in the same batch
    store.finish_run(2, 0);
    CHECK(store.counts().articles_stored == 1);
    CHECK(store.counts().articles_skipped == 1);
  }
  {
    nf::SqliteStore store(path);
    store.begin_run("test", "rules-hash", "test");
    store.add(a, r);  // the same content in a later run
    sample(a, r, "UNHCR said 100 people left on Monday.", "https://example.org/story");
    store.add(a, r);  // same URL, new text
    store.finish_run(2, 0);
    CHECK(store.counts().articles_stored == 1);
  }
  SQLite::Database db(path);
  CHECK(count_rows(db, "articles") == 2);
  CHECK(count_rows(db, "facts") == 2);
  CHECK(count_rows(db, "fact_args") == 4);
  CHECK(count_rows(db, "mentions") == 4);
  CHECK(count_rows(db, "sentences") == 2);
  CHECK(db.execAndGet("SELECT previous_version FROM articles WHERE id = 2").getInt64() == 1);
  CHECK(db.execAndGet("SELECT previous_version IS NULL FROM articles WHERE id = 1").getInt() == 1);
  CHECK(count_rows(db, "runs") == 2);
  CHECK(db.execAndGet("SELECT count(*) FROM runs WHERE finished_at IS NOT NULL").getInt() == 2);
  CHECK(db.execAndGet("SELECT sum(articles_stored) FROM runs").getInt() == 2);
  CHECK(db.execAndGet("SELECT journal_mode FROM pragma_journal_mode").getString() == "wal");
  // Fact arguments point at the mentions they came from.
  CHECK(db.execAndGet("SELECT count(*) FROM fact_args JOIN mentions m ON m.id = fact_args.mention"
                      " WHERE m.start = fact_args.start AND m.\"end\" = fact_args.\"end\"")
            .getInt() == 4);
  CHECK(db.execAndGet("SELECT text FROM mentions WHERE kind = 'agency' LIMIT 1").getString() == "UNHCR");
  CHECK(db.execAndGet("SELECT number FROM mentions WHERE kind = 'count' LIMIT 1").getDouble() == 100);
}

TEST_CASE("SQLite store: a batch not committed leaves nothing behind", "[storage]") {
  nf::test::TempDir dir;
  const std::string path = dir / "t.db";
  {
    nf::SqliteStore store(path);
    store.batch_articles = 1000;
    store.batch_age = std::chrono::hours(1);
    nf::Article a;
    nf::ArticleResult r;
    sample(a, r, "UNHCR said 100 people left.");
    store.add(a, r);
    // destroyed without commit(): as if the run had stopped here
  }
  SQLite::Database db(path);
  CHECK(count_rows(db, "articles") == 0);
  CHECK(count_rows(db, "mentions") == 0);
}
