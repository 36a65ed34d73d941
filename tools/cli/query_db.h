// Read-only access to a newsfacts database for the query commands: open it, turn the filters
// into a WHERE clause with bound parameters, and load facts, their arguments and articles.
//
//   SQLite::Database db = nf::cli::open_database("facts.db");   // CliError{1} if missing
//   for (const nf::cli::FactRow& f : nf::cli::load_facts(db, options.filters)) ...
//
// No filter value is ever pasted into SQL: build_filter() emits `?` and a list of values.
#pragma once
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <optional>
#include <string>
#include <vector>

#include "tools/cli/options_cli.h"

namespace nf::cli {

// A fact row joined with its article (the columns every command prints).
struct FactRow {
  std::string id;
  long long article_rowid = 0;
  std::string article_id, article_source, article_url, article_title, published;
  std::string article_date;  // published, else the dateline's date when it is a full date; "" when neither
  long long start = 0, end = 0, cstart = 0, cend = 0;
  std::string text;
  double value = 0;
  std::string bound;
  std::optional<double> lower, upper;
  std::string unit, predicate, time, time_begin, time_end, location, source;
  std::string kind;  // kind of the quantity mention, "" when unknown
};

// One argument of a fact, with the mention it points to (if any).
struct FactArgRow {
  std::string role;
  long long start = 0, end = 0;
  std::optional<long long> mention;
  std::string mention_kind, mention_value;
};

struct ArticleRow {
  long long rowid = 0;
  std::string article_id, source, url, title, published, body;
  std::string date;  // published, else the dateline's full date (kArticleDateSql)
};

// A WHERE clause ("" or "WHERE ...") over `facts f JOIN articles a` and its parameters.
struct SqlFilter {
  std::string where;
  std::vector<std::string> params;
  void bind(SQLite::Statement& st, int first_index = 1) const;
};

// Opens `path` read-only; CliError{1} when it does not exist or is not a newsfacts database.
SQLite::Database open_database(const std::string& path);

// Checks the filters against the database (an unknown country is one neither in ISO 3166 nor
// in the database) and builds the clause. Throws CliError{2}.
SqlFilter build_filter(SQLite::Database& db, const FactFilters& filters);

// SQL for an article's date over `articles a`: published, else a full YYYY-MM-DD dateline date.
extern const char* const kArticleDateSql;

// The SELECT list and FROM clause that load_facts and the series use ("f" = facts, "a" = articles).
std::string fact_select_sql();
FactRow read_fact(SQLite::Statement& st);

std::vector<FactRow> load_facts(SQLite::Database& db, const FactFilters& filters, std::optional<long> limit = {});
std::vector<FactArgRow> load_fact_args(SQLite::Database& db, const std::string& fact_id);
std::optional<ArticleRow> load_article(SQLite::Database& db, long long rowid);

// The fact with this id, or with this unique id prefix (at least 6 characters); CliError{1} when
// none matches, CliError{2} when the prefix is ambiguous.
FactRow find_fact(SQLite::Database& db, const std::string& id_or_prefix);

// Nullable column helpers.
std::string text_or_empty(const SQLite::Column& c);
std::optional<double> real_or_null(const SQLite::Column& c);

}  // namespace nf::cli
