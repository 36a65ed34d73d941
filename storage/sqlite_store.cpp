#include "storage/sqlite_store.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include <ctime>
#include <vector>

#include "extractor/model/mention.h"
#include "storage/codepoints.h"
#include "storage/schema_sql.h"

namespace nf {
namespace {

std::string utc_now() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

// Binds a string, or NULL when it is empty (DESIGN.md: empty means the text did not say).
// Without a copy: every string bound here outlives the statement's exec() in add(), and the
// next add() binds every parameter again before stepping (a copy per bound string was a sixth
// of the writer's instructions with its mallocs).
void bind_text(SQLite::Statement& st, int i, const std::string& v) {
  if (v.empty()) st.bind(i);
  else st.bindNoCopy(i, v);
}

// Binds text that is not a std::string of its own (a span of the body, a formatted number)
// through a reused buffer, without a copy into SQLite.
void bind_buffer(SQLite::Statement& st, int i, std::string& buffer, std::string_view v) {
  buffer.assign(v.data(), v.size());
  st.bindNoCopy(i, buffer);
}

void bind_real(SQLite::Statement& st, int i, const std::optional<double>& v) {
  if (v) st.bind(i, *v);
  else st.bind(i);
}

void bind_size(SQLite::Statement& st, int i, size_t v) { st.bind(i, static_cast<int64_t>(v)); }

// SQLite keeps allocation statistics that nothing here reads, behind a global mutex taken on
// every malloc and free of the writer (about 5% of its instructions). The switch only takes
// effect before SQLite initializes (the process's first connection); later it fails harmlessly.
const std::string& without_memory_statistics(const std::string& path) {
  static const int once = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
  (void)once;
  return path;
}

}  // namespace

struct SqliteStore::Impl {
  explicit Impl(const std::string& path, int busy_timeout_ms)
      // One writer thread per store (see the header): SQLite's own per-call mutex is not needed.
      : db(without_memory_statistics(path), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE | SQLite::OPEN_NOMUTEX) {
    db.setBusyTimeout(busy_timeout_ms);
    db.exec("PRAGMA journal_mode=WAL");
    db.exec("PRAGMA synchronous=NORMAL");
    db.exec("PRAGMA foreign_keys=ON");
    // 64 MB of page cache (SQLite's default is 2 MB) and a checkpoint every 65,536 WAL pages
    // (256 MB; SQLite's default is 1,000): the random-order indexes (fact ids, content hashes,
    // mention values, fact_args) touch pages all over the file in every batch. With 32 MB and
    // 8,192 pages a 32 MB corpus re-read 396 k pages the cache had dropped and checkpointed
    // almost every commit; now 72 k reads, 31% fewer page writes, 17 instead of 83 fsyncs, and the
    // writer thread 12-15% less CPU (tools/bench/README.md, "The writer's page cache and WAL").
    // The cost: up to 32 MB more memory, whatever the corpus (the cache is capped), and a WAL file
    // of up to 256 MB plus one batch beside the database while a run writes (removed at close).
    db.exec("PRAGMA cache_size=-65536");
    db.exec("PRAGMA wal_autocheckpoint=65536");
    // The schema is all CREATE ... IF NOT EXISTS: applying it again is harmless. Taking the
    // write lock first makes two processes creating the same file at once wait in turn.
    db.exec("BEGIN IMMEDIATE");
    db.exec(kSchemaSql);
    db.exec("COMMIT");
    find_hash = std::make_unique<SQLite::Statement>(db, "SELECT id FROM articles WHERE content_hash = ?");
    find_url = std::make_unique<SQLite::Statement>(
        db, "SELECT id FROM articles WHERE url = ? ORDER BY id DESC LIMIT 1");
    insert_article = std::make_unique<SQLite::Statement>(
        db,
        "INSERT INTO articles (article_id, source, url, title, published, format, dateline_place, dateline_date,"
        " dateline_start, dateline_end, wire, reference_date, content_hash, previous_version, run, body)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    insert_sentence = std::make_unique<SQLite::Statement>(
        db, "INSERT INTO sentences (article, idx, start, \"end\", boilerplate) VALUES (?,?,?,?,?)");
    insert_mention = std::make_unique<SQLite::Statement>(
        db,
        "INSERT INTO mentions (article, kind, start, \"end\", cstart, cend, sentence, text, value, number, bound,"
        " lower, upper, unit, mod, begin_date, end_date, country, admin1, lat, lon, acronym, ambiguous, rule)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    insert_fact = std::make_unique<SQLite::Statement>(
        db,
        "INSERT OR IGNORE INTO facts (id, article, start, \"end\", cstart, cend, text, value, bound, lower, upper,"
        " unit, predicate, time, time_begin, time_end, location, source, quantity_mention)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    insert_arg = std::make_unique<SQLite::Statement>(
        db, "INSERT OR IGNORE INTO fact_args (fact, role, mention, start, \"end\") VALUES (?,?,?,?,?)");
    update_run = std::make_unique<SQLite::Statement>(
        db, "UPDATE runs SET articles_stored = articles_stored + ? WHERE id = ?");
  }

  SQLite::Database db;
  std::unique_ptr<SQLite::Statement> find_hash, find_url, insert_article, insert_sentence, insert_mention,
      insert_fact, insert_arg, update_run;
  // Reused per row (bind_buffer): the row's text and, of a numeric mention, its value.
  std::string text_buffer, value_buffer;
  int64_t run_id = 0;
  bool in_batch = false;
  size_t batch_count = 0;
  size_t batch_stored = 0;
  std::chrono::steady_clock::time_point batch_started;
};

SqliteStore::SqliteStore(const std::string& path, int busy_timeout_ms)
    : impl_(std::make_unique<Impl>(path, busy_timeout_ms)) {}

SqliteStore::~SqliteStore() {
  // An exception left a batch open: roll it back rather than commit half of it.
  if (impl_ && impl_->in_batch) {
    try {
      impl_->db.exec("ROLLBACK");
    } catch (...) {
    }
  }
}

void SqliteStore::begin_run(const std::string& program_version, const std::string& rules_hash,
                            const std::string& command) {
  Impl& im = *impl_;
  SQLite::Statement st(im.db, "INSERT INTO runs (program_version, rules_hash, started_at, command) VALUES (?,?,?,?)");
  st.bind(1, program_version);
  st.bind(2, rules_hash);
  st.bind(3, utc_now());
  st.bind(4, command);
  st.exec();
  im.run_id = im.db.getLastInsertRowid();
}

void SqliteStore::add(const Article& a, const ArticleResult& r) {
  Impl& im = *impl_;
  if (!im.in_batch) {
    im.db.exec("BEGIN IMMEDIATE");
    im.in_batch = true;
    im.batch_count = 0;
    im.batch_stored = 0;
    im.batch_started = std::chrono::steady_clock::now();
  }
  ++im.batch_count;

  im.find_hash->reset();
  im.find_hash->bind(1, r.content_hash);
  bool exists = im.find_hash->executeStep();
  im.find_hash->reset();
  if (exists) {
    ++counts_.articles_skipped;
  } else {
    std::optional<int64_t> previous;
    if (!a.url.empty()) {
      im.find_url->reset();
      im.find_url->bind(1, a.url);
      if (im.find_url->executeStep()) previous = im.find_url->getColumn(0).getInt64();
      im.find_url->reset();
    }
    SQLite::Statement& ins = *im.insert_article;
    ins.reset();
    ins.clearBindings();
    ins.bind(1, a.id);
    ins.bind(2, a.source);
    bind_text(ins, 3, a.url);
    bind_text(ins, 4, a.title);
    bind_text(ins, 5, a.published);
    ins.bind(6, a.format.empty() ? std::string("text") : a.format);
    if (a.dateline.found) {
      bind_text(ins, 7, a.dateline.place);
      bind_text(ins, 8, a.dateline.date);
      bind_size(ins, 9, a.dateline.span.start);
      bind_size(ins, 10, a.dateline.span.end);
      bind_text(ins, 11, a.dateline.wire);
    }
    bind_text(ins, 12, r.reference_date);
    ins.bind(13, r.content_hash);
    if (previous) ins.bind(14, *previous);
    if (im.run_id) ins.bind(15, im.run_id);
    ins.bindNoCopy(16, a.body);  // the body outlives exec(); clearBindings() above drops it
    ins.exec();
    const int64_t article_row = im.db.getLastInsertRowid();

    for (size_t i = 0; i < r.segmentation.sentences.size(); ++i) {
      const Sentence& s = r.segmentation.sentences[i];
      SQLite::Statement& st = *im.insert_sentence;
      st.reset();
      st.bind(1, article_row);
      bind_size(st, 2, i);
      bind_size(st, 3, s.start);
      bind_size(st, 4, s.end);
      st.bind(5, s.boilerplate ? 1 : 0);
      st.exec();
    }

    CodepointIndex cp(a.body);
    std::string_view body = a.body;
    std::vector<int64_t> mention_rows;
    mention_rows.reserve(r.mentions.size());
    for (const Mention& m : r.mentions) {
      // Every parameter is bound for every row (no clearBindings() needed).
      SQLite::Statement& st = *im.insert_mention;
      st.reset();
      const bool numeric = is_numeric(m.kind);
      st.bind(1, article_row);
      st.bindNoCopy(2, kind_name(m.kind));  // a static name
      bind_size(st, 3, m.span.start);
      bind_size(st, 4, m.span.end);
      bind_size(st, 5, cp.at(m.span.start));
      bind_size(st, 6, cp.at(m.span.end));
      if (m.sentence >= 0) st.bind(7, m.sentence);
      else st.bind(7);
      bind_buffer(st, 8, im.text_buffer, m.text(body));
      if (numeric) {
        im.value_buffer = format_number(m.number);
        bind_text(st, 9, im.value_buffer);
        st.bind(10, m.number);
      } else {
        bind_text(st, 9, m.value);
        st.bind(10);
      }
      bind_text(st, 11, m.bound);
      bind_real(st, 12, m.lower);
      bind_real(st, 13, m.upper);
      bind_text(st, 14, m.unit);
      bind_text(st, 15, m.mod);
      bind_text(st, 16, m.begin_date);
      bind_text(st, 17, m.end_date);
      bind_text(st, 18, m.country);
      bind_text(st, 19, m.admin1);
      bind_real(st, 20, m.lat);
      bind_real(st, 21, m.lon);
      bind_text(st, 22, m.acronym);
      st.bind(23, m.ambiguous ? 1 : 0);
      st.bind(24, m.rule);
      st.exec();
      mention_rows.push_back(im.db.getLastInsertRowid());
    }
    auto mention_row = [&](int index, SQLite::Statement& st, int col) {
      if (index >= 0 && static_cast<size_t>(index) < mention_rows.size()) st.bind(col, mention_rows[index]);
      else st.bind(col);
    };

    for (const Fact& f : r.facts) {
      SQLite::Statement& st = *im.insert_fact;  // every parameter bound for every row
      st.reset();
      st.bindNoCopy(1, f.id);
      st.bind(2, article_row);
      bind_size(st, 3, f.span.start);
      bind_size(st, 4, f.span.end);
      bind_size(st, 5, cp.at(f.span.start));
      bind_size(st, 6, cp.at(f.span.end));
      bind_buffer(st, 7, im.text_buffer, body.substr(f.span.start, f.span.end - f.span.start));
      st.bind(8, f.number);
      if (f.bound.empty()) st.bindNoCopy(9, "exact");
      else st.bindNoCopy(9, f.bound);
      bind_real(st, 10, f.lower);
      bind_real(st, 11, f.upper);
      bind_text(st, 12, f.unit);
      bind_text(st, 13, f.predicate);
      bind_text(st, 14, f.time);
      bind_text(st, 15, f.time_begin);
      bind_text(st, 16, f.time_end);
      bind_text(st, 17, f.location);
      bind_text(st, 18, f.source);
      mention_row(f.quantity_mention, st, 19);
      if (st.exec() == 0) continue;  // the same fact id is already stored
      ++counts_.facts;
      for (const FactArg& arg : f.args) {
        SQLite::Statement& as = *im.insert_arg;  // every parameter bound for every row
        as.reset();
        as.bindNoCopy(1, f.id);
        as.bindNoCopy(2, arg.role);
        mention_row(arg.mention, as, 3);
        bind_size(as, 4, arg.span.start);
        bind_size(as, 5, arg.span.end);
        as.exec();
      }
    }
    ++counts_.articles_stored;
    counts_.mentions += r.mentions.size();
    ++im.batch_stored;
  }

  if (im.batch_count >= batch_articles || std::chrono::steady_clock::now() - im.batch_started >= batch_age)
    commit();
}

void SqliteStore::commit() {
  Impl& im = *impl_;
  if (!im.in_batch) return;
  if (im.run_id && im.batch_stored) {
    im.update_run->reset();
    im.update_run->bind(1, static_cast<int64_t>(im.batch_stored));
    im.update_run->bind(2, im.run_id);
    im.update_run->exec();
  }
  im.db.exec("COMMIT");
  im.in_batch = false;
}

void SqliteStore::finish_run(size_t articles_read, size_t failures) {
  commit();
  Impl& im = *impl_;
  if (!im.run_id) return;
  SQLite::Statement st(im.db, "UPDATE runs SET finished_at = ?, articles_read = ?, failures = ? WHERE id = ?");
  st.bind(1, utc_now());
  st.bind(2, static_cast<int64_t>(articles_read));
  st.bind(3, static_cast<int64_t>(failures));
  st.bind(4, im.run_id);
  st.exec();
}

}  // namespace nf
