// Read-only queries over a newsfacts database (query_db.h).
#include "tools/cli/query_db.h"

#include <filesystem>

namespace nf::cli {

const char* const kArticleDateSql =
    "coalesce(nullif(substr(a.published, 1, 10), ''), CASE WHEN a.dateline_date GLOB "
    "'[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' THEN a.dateline_date END)";

std::string text_or_empty(const SQLite::Column& c) { return c.isNull() ? std::string() : c.getString(); }

std::optional<double> real_or_null(const SQLite::Column& c) {
  if (c.isNull()) return std::nullopt;
  return c.getDouble();
}

void SqlFilter::bind(SQLite::Statement& st, int first_index) const {
  for (size_t i = 0; i < params.size(); ++i) st.bind(first_index + static_cast<int>(i), params[i]);
}

SQLite::Database open_database(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec))
    throw CliError(kExitNotFound, "database '" + path + "' not found (give it with --db FILE)");
  SQLite::Database db(path, SQLite::OPEN_READONLY);
  db.setBusyTimeout(5000);  // a running `extract` may hold a write lock for a moment
  SQLite::Statement st(db, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('articles', 'facts', 'fact_args', 'mentions')");
  if (!st.executeStep() || st.getColumn(0).getInt() != 4)
    throw CliError(kExitNotFound, "'" + path + "' is not a newsfacts database (no facts table)");
  return db;
}

namespace {

bool country_in_database(SQLite::Database& db, const std::string& code) {
  SQLite::Statement st(db,
                       "SELECT 1 FROM facts WHERE location = ? OR substr(location, 1, 3) = ? "
                       "UNION ALL SELECT 1 FROM mentions WHERE country = ? OR admin1 = ? LIMIT 1");
  st.bind(1, code);
  st.bind(2, code + "-");
  st.bind(3, code);
  st.bind(4, code);
  return st.executeStep();
}

void add(SqlFilter& f, const std::string& clause, std::initializer_list<std::string> params) {
  f.where += (f.where.empty() ? "WHERE " : " AND ") + clause;
  f.params.insert(f.params.end(), params);
}

}  // namespace

SqlFilter build_filter(SQLite::Database& db, const FactFilters& in) {
  SqlFilter f;
  if (!in.source.empty())
    add(f, "(lower(f.source) = lower(?) OR substr(lower(f.source), 1, length(?) + 2) = lower(?) || ' (')",
        {in.source, in.source, in.source});
  if (!in.article.empty())
    add(f, "(instr(a.article_id, ?) > 0 OR instr(a.source, ?) > 0 OR instr(coalesce(a.url, ''), ?) > 0)",
        {in.article, in.article, in.article});
  if (!in.country.empty()) {
    if (known_country_code(in.country).empty() && !country_in_database(db, in.country))
      throw CliError(kExitUsage, "unknown country code '" + in.country +
                                     "' (neither ISO 3166-1/3166-2 nor found in the database)");
    if (in.country.size() == 2)
      add(f, "(f.location = ? OR substr(f.location, 1, 3) = ?)", {in.country, in.country + "-"});
    else
      add(f, "f.location = ?", {in.country});
  }
  if (!in.predicate.empty()) add(f, "lower(f.predicate) = ?", {in.predicate});
  if (!in.kind.empty()) add(f, "qm.kind = ?", {in.kind});
  if (!in.unit.empty()) add(f, "lower(f.unit) = ?", {in.unit});
  if (in.time == TimeBasis::Fact) {
    // The fact's interval [time_begin, time_end] overlaps [from, to]; facts without a time drop out.
    if (!in.from.empty()) add(f, "coalesce(f.time_end, f.time_begin) >= ?", {in.from});
    if (!in.to.empty()) add(f, "f.time_begin <= ?", {in.to});
  } else {
    if (!in.from.empty()) add(f, std::string(kArticleDateSql) + " >= ?", {in.from});
    if (!in.to.empty()) add(f, std::string(kArticleDateSql) + " <= ?", {in.to});
  }
  return f;
}

std::string fact_select_sql() {
  return "SELECT f.id, a.id, a.article_id, a.source, a.url, a.title, a.published, "
         "f.start, f.\"end\", f.cstart, f.cend, f.text, f.value, f.bound, f.lower, f.upper, "
         "f.unit, f.predicate, f.time, f.time_begin, f.time_end, f.location, f.source, qm.kind, " +
         std::string(kArticleDateSql) + " AS article_date FROM facts f JOIN articles a ON a.id = f.article "
         "LEFT JOIN mentions qm ON qm.id = coalesce(f.quantity_mention, "
         "(SELECT fa.mention FROM fact_args fa WHERE fa.fact = f.id AND fa.role = 'quantity')) ";
}

FactRow read_fact(SQLite::Statement& st) {
  FactRow r;
  r.id = st.getColumn(0).getString();
  r.article_rowid = st.getColumn(1).getInt64();
  r.article_id = text_or_empty(st.getColumn(2));
  r.article_source = text_or_empty(st.getColumn(3));
  r.article_url = text_or_empty(st.getColumn(4));
  r.article_title = text_or_empty(st.getColumn(5));
  r.published = text_or_empty(st.getColumn(6));
  r.start = st.getColumn(7).getInt64();
  r.end = st.getColumn(8).getInt64();
  r.cstart = st.getColumn(9).getInt64();
  r.cend = st.getColumn(10).getInt64();
  r.text = text_or_empty(st.getColumn(11));
  r.value = st.getColumn(12).getDouble();
  r.bound = text_or_empty(st.getColumn(13));
  r.lower = real_or_null(st.getColumn(14));
  r.upper = real_or_null(st.getColumn(15));
  r.unit = text_or_empty(st.getColumn(16));
  r.predicate = text_or_empty(st.getColumn(17));
  r.time = text_or_empty(st.getColumn(18));
  r.time_begin = text_or_empty(st.getColumn(19));
  r.time_end = text_or_empty(st.getColumn(20));
  r.location = text_or_empty(st.getColumn(21));
  r.source = text_or_empty(st.getColumn(22));
  r.kind = text_or_empty(st.getColumn(23));
  r.article_date = text_or_empty(st.getColumn(24));
  return r;
}

std::vector<FactRow> load_facts(SQLite::Database& db, const FactFilters& filters, std::optional<long> limit) {
  SqlFilter where = build_filter(db, filters);
  std::string sql = fact_select_sql() + where.where + " ORDER BY article_date IS NULL, article_date, a.id, f.start, f.id";
  if (limit) sql += " LIMIT ?";
  SQLite::Statement st(db, sql);
  where.bind(st);
  if (limit) st.bind(static_cast<int>(where.params.size()) + 1, static_cast<int64_t>(*limit));
  std::vector<FactRow> rows;
  while (st.executeStep()) rows.push_back(read_fact(st));
  return rows;
}

std::vector<FactArgRow> load_fact_args(SQLite::Database& db, const std::string& fact_id) {
  SQLite::Statement st(db,
                       "SELECT fa.role, fa.start, fa.\"end\", fa.mention, m.kind, m.value FROM fact_args fa "
                       "LEFT JOIN mentions m ON m.id = fa.mention WHERE fa.fact = ? "
                       "ORDER BY CASE fa.role WHEN 'quantity' THEN 0 WHEN 'unit' THEN 1 WHEN 'predicate' THEN 2 "
                       "WHEN 'time' THEN 3 WHEN 'location' THEN 4 WHEN 'source' THEN 5 ELSE 6 END, fa.start");
  st.bind(1, fact_id);
  std::vector<FactArgRow> args;
  while (st.executeStep()) {
    FactArgRow a;
    a.role = st.getColumn(0).getString();
    a.start = st.getColumn(1).getInt64();
    a.end = st.getColumn(2).getInt64();
    if (!st.getColumn(3).isNull()) a.mention = st.getColumn(3).getInt64();
    a.mention_kind = text_or_empty(st.getColumn(4));
    a.mention_value = text_or_empty(st.getColumn(5));
    args.push_back(a);
  }
  return args;
}

std::optional<ArticleRow> load_article(SQLite::Database& db, long long rowid) {
  SQLite::Statement st(db, "SELECT a.id, a.article_id, a.source, a.url, a.title, a.published, a.body, " +
                               std::string(kArticleDateSql) + " FROM articles a WHERE a.id = ?");
  st.bind(1, static_cast<int64_t>(rowid));
  if (!st.executeStep()) return std::nullopt;
  ArticleRow a;
  a.rowid = st.getColumn(0).getInt64();
  a.article_id = text_or_empty(st.getColumn(1));
  a.source = text_or_empty(st.getColumn(2));
  a.url = text_or_empty(st.getColumn(3));
  a.title = text_or_empty(st.getColumn(4));
  a.published = text_or_empty(st.getColumn(5));
  a.body = text_or_empty(st.getColumn(6));
  a.date = text_or_empty(st.getColumn(7));
  return a;
}

FactRow find_fact(SQLite::Database& db, const std::string& id) {
  {
    SQLite::Statement st(db, fact_select_sql() + "WHERE f.id = ?");
    st.bind(1, id);
    if (st.executeStep()) return read_fact(st);
  }
  if (id.size() >= 6) {
    SQLite::Statement st(db, fact_select_sql() + "WHERE substr(f.id, 1, length(?)) = ? LIMIT 2");
    st.bind(1, id);
    st.bind(2, id);
    if (st.executeStep()) {
      FactRow r = read_fact(st);
      if (st.executeStep()) throw CliError(kExitUsage, "fact id prefix '" + id + "' is ambiguous; give more of it");
      return r;
    }
  }
  throw CliError(kExitNotFound, "no fact with id '" + id + "' in the database");
}

}  // namespace nf::cli
