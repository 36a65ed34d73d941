// `newsfacts trace`: one fact back to its article, its sentence and its arguments, and every
// article in the database that states the same claim, earliest first.
#include <iostream>

#include "tools/cli/commands.h"
#include "tools/cli/options_cli.h"
#include "tools/cli/query_db.h"
#include "tools/cli/query_format.h"

namespace nf::cli {
namespace {

const char* const kHelp =
    "usage: newsfacts trace [--db FILE] FACT_ID\n"
    "\n"
    "Shows where one fact comes from: the article (source path or URL, title, published), the\n"
    "sentence with the quantity marked »like this«, each argument with its text and byte offsets\n"
    "[start, end) into the article body, and every article in the database that states the same\n"
    "claim (same predicate, value, unit and time; unknown fields match unknown fields), earliest\n"
    "published first: where a number first appeared and who repeated it.\n"
    "\n"
    "  --db FILE   the database (default newsfacts.db), opened read-only\n"
    "  FACT_ID     a fact id as printed by `newsfacts facts`, or a unique prefix of at least 6\n"
    "              characters\n"
    "\n"
    "exit status: 0 ok, 1 database or fact not found, 2 bad option or ambiguous prefix\n"
    "example: newsfacts trace --db facts.db 3f2a9c01\n";

std::string or_dash(const std::string& s) { return s.empty() ? "-" : s; }

// The body text of [start, end), or "" when the offsets do not fit the body.
std::string slice(const std::string& body, long long start, long long end) {
  if (start < 0 || end < start || static_cast<size_t>(end) > body.size()) return "";
  return body.substr(static_cast<size_t>(start), static_cast<size_t>(end - start));
}

// The stored sentence around [start, end); without stored sentences, the line around it.
std::pair<long long, long long> sentence_around(SQLite::Database& db, const ArticleRow& a, long long start, long long end) {
  SQLite::Statement st(db,
                       "SELECT start, \"end\" FROM sentences WHERE article = ? AND start <= ? AND \"end\" >= ? "
                       "ORDER BY \"end\" - start LIMIT 1");
  st.bind(1, static_cast<int64_t>(a.rowid));
  st.bind(2, static_cast<int64_t>(start));
  st.bind(3, static_cast<int64_t>(end));
  if (st.executeStep()) return {st.getColumn(0).getInt64(), st.getColumn(1).getInt64()};
  size_t s = static_cast<size_t>(start) <= a.body.size() ? static_cast<size_t>(start) : a.body.size();
  size_t b = a.body.rfind('\n', s == 0 ? 0 : s - 1);
  b = (b == std::string::npos || s == 0) ? 0 : b + 1;
  size_t e = a.body.find('\n', static_cast<size_t>(end));
  return {static_cast<long long>(b), static_cast<long long>(e == std::string::npos ? a.body.size() : e)};
}

void print_claim(const FactRow& f) {
  std::cout << "fact       " << f.id << "\n";
  std::cout << "claim      value " << number_text(f.value) << " (" << or_dash(f.bound);
  if (f.lower) std::cout << ", from " << number_text(f.lower);
  if (f.upper) std::cout << ", up to " << number_text(f.upper);
  std::cout << ")  unit " << or_dash(f.unit) << "  predicate " << or_dash(f.predicate) << "  time " << or_dash(f.time);
  if (!f.time_begin.empty()) std::cout << " [" << f.time_begin << ".." << f.time_end << "]";
  std::cout << "  location " << or_dash(f.location) << "  source " << or_dash(f.source) << "\n";
}

void print_article(const FactRow& f) {
  std::cout << "article    " << f.article_id << "\n"
            << "  source     " << or_dash(f.article_source) << "\n"
            << "  url        " << or_dash(f.article_url) << "\n"
            << "  title      " << or_dash(single_line(f.article_title)) << "\n"
            << "  published  " << or_dash(f.published);
  if (f.published.empty() && !f.article_date.empty()) std::cout << " (dateline: " << f.article_date << ")";
  std::cout << "\n";
}

void print_sentence(SQLite::Database& db, const ArticleRow& a, long long qs, long long qe) {
  auto [ss, se] = sentence_around(db, a, qs, qe);
  std::cout << "sentence   [" << ss << ", " << se << ")\n  "
            << single_line(slice(a.body, ss, qs) + "»" + slice(a.body, qs, qe) + "«" + slice(a.body, qe, se)) << "\n";
}

void print_args(const ArticleRow& a, const std::vector<FactArgRow>& args) {
  std::cout << "arguments\n";
  if (args.empty()) std::cout << "  (none stored)\n";
  for (const FactArgRow& arg : args) {
    std::string line = "  " + arg.role;
    line += std::string(line.size() < 13 ? 13 - line.size() : 1, ' ');
    std::string range = "[" + std::to_string(arg.start) + ", " + std::to_string(arg.end) + ")";
    line += range + std::string(range.size() < 14 ? 14 - range.size() : 1, ' ');
    line += "\"" + single_line(slice(a.body, arg.start, arg.end)) + "\"";
    if (!arg.mention_kind.empty()) line += "  " + arg.mention_kind + " " + or_dash(arg.mention_value);
    std::cout << line << "\n";
  }
}

void bind_or_null(SQLite::Statement& st, int index, const std::string& v) {
  if (v.empty())
    st.bind(index);
  else
    st.bind(index, v);
}

void print_repeats(SQLite::Database& db, const FactRow& f) {
  SQLite::Statement st(db,
                       "SELECT a.id, a.article_id, a.source, a.url, " + std::string(kArticleDateSql) +
                           " AS article_date, min(f.id), count(*) "
                           "FROM facts f JOIN articles a ON a.id = f.article "
                           "WHERE f.predicate IS ? AND f.value = ? AND f.unit IS ? AND f.time IS ? "
                           "GROUP BY a.id ORDER BY article_date IS NULL, article_date, a.id");
  bind_or_null(st, 1, f.predicate);
  st.bind(2, f.value);
  bind_or_null(st, 3, f.unit);
  bind_or_null(st, 4, f.time);
  std::vector<std::vector<std::string>> rows;
  size_t others = 0;
  while (st.executeStep()) {
    bool self = st.getColumn(0).getInt64() == f.article_rowid;
    others += self ? 0 : 1;
    std::string where = text_or_empty(st.getColumn(3));
    if (where.empty()) where = text_or_empty(st.getColumn(2));
    rows.push_back({self ? "*" : "", or_dash(text_or_empty(st.getColumn(4))), text_or_empty(st.getColumn(1)), where,
                    self ? f.id : st.getColumn(5).getString(), std::to_string(st.getColumn(6).getInt())});
  }
  std::cout << "same claim (predicate " << or_dash(f.predicate) << ", value " << number_text(f.value) << ", unit "
            << or_dash(f.unit) << ", time " << or_dash(f.time) << "): " << others << " other article"
            << (others == 1 ? "" : "s") << ", earliest first (* = this fact's article)\n";
  write_table(std::cout, {"", "date", "article", "source", "fact", "times"}, rows, {1, 0, 24, 48, 0, 0});
}

}  // namespace

int cmd_trace(const Args& args) {
  return run_command("trace", [&] {
    Options o = parse_options(args, {"--db"});
    if (o.help) {
      std::cout << kHelp;
      return 0;
    }
    if (o.positional.size() != 1) throw CliError(kExitUsage, "give exactly one FACT_ID (see --help)");
    SQLite::Database db = open_database(o.db);
    FactRow f = find_fact(db, o.positional[0]);
    std::optional<ArticleRow> article = load_article(db, f.article_rowid);
    if (!article) throw CliError(kExitNotFound, "the article of fact '" + f.id + "' is missing");
    std::vector<FactArgRow> fact_args = load_fact_args(db, f.id);
    long long qs = f.start, qe = f.end;
    for (const FactArgRow& a : fact_args)
      if (a.role == "quantity") qs = a.start, qe = a.end;
    print_claim(f);
    print_article(f);
    print_sentence(db, *article, qs, qe);
    print_args(*article, fact_args);
    print_repeats(db, f);
    return 0;
  });
}

}  // namespace nf::cli
