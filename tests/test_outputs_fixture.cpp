// A small newsfacts database for the query command tests, built from storage/schema.sql with
// plain inserts (test_outputs_fixture.h). The three articles are invented for these tests:
//   alpha (2025-04-23): "More than 100,000 people returned ... in April" (UNHCR) and, after two
//                       boilerplate lines, "About 2,000 families left Quetta last year"
//   beta  (2025-04-25): repeats the 100,000 claim; a percent without time; an HTML-looking title
//   gamma (2025-03-02): "3,500 families were detained on 1 March" per the Interior Ministry (PK)
#include "tests/test_outputs_fixture.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <fstream>
#include <optional>
#include <sstream>
#include <stdexcept>

#include "tests/test_support.h"

namespace nf::test {
namespace {

std::string read_all(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

long long code_points(const std::string& s, size_t upto) {
  long long n = 0;
  for (size_t i = 0; i < upto && i < s.size(); ++i)
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) ++n;
  return n;
}

struct Span {
  long long start, end;
};

Span find_span(const std::string& body, const std::string& text) {
  size_t at = body.find(text);
  if (at == std::string::npos) throw std::runtime_error("fixture: '" + text + "' not in body");
  return {static_cast<long long>(at), static_cast<long long>(at + text.size())};
}

class Builder {
 public:
  explicit Builder(const std::string& path) : db_(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE) {
    db_.exec(read_all(source_dir() + "/storage/schema.sql"));
  }

  long long article(const std::string& id, const std::string& source, const std::string& url, const std::string& title,
                    const std::string& published, const std::string& body) {
    SQLite::Statement st(db_,
                         "INSERT INTO articles (article_id, source, url, title, published, format, content_hash, body) "
                         "VALUES (?, ?, ?, ?, ?, 'text', ?, ?)");
    st.bind(1, id);
    st.bind(2, source);
    bind_text(st, 3, url);
    bind_text(st, 4, title);
    bind_text(st, 5, published);
    st.bind(6, "hash-" + id);
    st.bind(7, body);
    st.exec();
    bodies_[db_.getLastInsertRowid()] = body;
    return db_.getLastInsertRowid();
  }

  void sentence(long long article, int idx, const std::string& text, bool boilerplate) {
    Span s = find_span(bodies_[article], text);
    SQLite::Statement st(db_, "INSERT INTO sentences (article, idx, start, \"end\", boilerplate) VALUES (?, ?, ?, ?, ?)");
    st.bind(1, static_cast<int64_t>(article));
    st.bind(2, idx);
    st.bind(3, static_cast<int64_t>(s.start));
    st.bind(4, static_cast<int64_t>(s.end));
    st.bind(5, boilerplate ? 1 : 0);
    st.exec();
  }

  // kind, text, value; numeric fields through `number`/`bound`/`unit`, places through country/admin1.
  long long mention(long long article, const std::string& kind, const std::string& text, const std::string& value,
                    std::optional<double> number = {}, const std::string& bound = "", const std::string& unit = "",
                    const std::string& country = "", const std::string& admin1 = "") {
    const std::string& body = bodies_[article];
    Span s = find_span(body, text);
    SQLite::Statement st(db_,
                         "INSERT INTO mentions (article, kind, start, \"end\", cstart, cend, text, value, number, bound, "
                         "unit, country, admin1, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, static_cast<int64_t>(article));
    st.bind(2, kind);
    st.bind(3, static_cast<int64_t>(s.start));
    st.bind(4, static_cast<int64_t>(s.end));
    st.bind(5, static_cast<int64_t>(code_points(body, static_cast<size_t>(s.start))));
    st.bind(6, static_cast<int64_t>(code_points(body, static_cast<size_t>(s.end))));
    st.bind(7, text);
    bind_text(st, 8, value);
    if (number) st.bind(9, *number);
    bind_text(st, 10, bound);
    bind_text(st, 11, unit);
    bind_text(st, 12, country);
    bind_text(st, 13, admin1);
    st.bind(14, kind + ".test");
    st.exec();
    return db_.getLastInsertRowid();
  }

  struct FactSpec {
    std::string id;
    long long article;
    long long quantity;  // mention id
    std::string text;
    double value;
    std::string bound;
    std::optional<double> lower, upper;
    std::string unit, predicate, time, time_begin, time_end, location, source;
  };

  void fact(const FactSpec& f) {
    const std::string& body = bodies_[f.article];
    Span s = find_span(body, f.text);
    SQLite::Statement st(db_,
                         "INSERT INTO facts (id, article, start, \"end\", cstart, cend, text, value, bound, lower, upper, "
                         "unit, predicate, time, time_begin, time_end, location, source, quantity_mention) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, f.id);
    st.bind(2, static_cast<int64_t>(f.article));
    st.bind(3, static_cast<int64_t>(s.start));
    st.bind(4, static_cast<int64_t>(s.end));
    st.bind(5, static_cast<int64_t>(code_points(body, static_cast<size_t>(s.start))));
    st.bind(6, static_cast<int64_t>(code_points(body, static_cast<size_t>(s.end))));
    st.bind(7, f.text);
    st.bind(8, f.value);
    st.bind(9, f.bound);
    if (f.lower) st.bind(10, *f.lower);
    if (f.upper) st.bind(11, *f.upper);
    bind_text(st, 12, f.unit);
    bind_text(st, 13, f.predicate);
    bind_text(st, 14, f.time);
    bind_text(st, 15, f.time_begin);
    bind_text(st, 16, f.time_end);
    bind_text(st, 17, f.location);
    bind_text(st, 18, f.source);
    st.bind(19, static_cast<int64_t>(f.quantity));
    st.exec();
  }

  // An argument pointing at a mention, or (mention < 0) at a span of text only.
  void arg(const std::string& fact, long long article, const std::string& role, const std::string& text,
           long long mention = -1) {
    Span s = find_span(bodies_[article], text);
    SQLite::Statement st(db_, "INSERT INTO fact_args (fact, role, mention, start, \"end\") VALUES (?, ?, ?, ?, ?)");
    st.bind(1, fact);
    st.bind(2, role);
    if (mention >= 0) st.bind(3, static_cast<int64_t>(mention));
    st.bind(4, static_cast<int64_t>(s.start));
    st.bind(5, static_cast<int64_t>(s.end));
    st.exec();
  }

 private:
  static void bind_text(SQLite::Statement& st, int i, const std::string& v) {
    if (!v.empty()) st.bind(i, v);
  }
  SQLite::Database db_;
  std::map<long long, std::string> bodies_;
};

std::string id32(const std::string& head, char last) { return head + std::string(31 - head.size(), '0') + last; }

void build_sample(const std::string& path) {
  Builder b(path);
  const std::string alpha_body =
      "Kabul, 23 April 2025: More than 100,000 people returned to Afghanistan in April, the agency UNHCR said.\n"
      "READ MORE:\nUnrelated headline\n"
      "About 2,000 families left Quetta last year, officials said.\n";
  long long alpha = b.article("alpha", "corpus/alpha.txt", "", "Returns rise", "2025-04-23", alpha_body);
  b.sentence(alpha, 0, "Kabul, 23 April 2025: More than 100,000 people returned to Afghanistan in April, the agency UNHCR said.", false);
  b.sentence(alpha, 1, "READ MORE:", true);
  b.sentence(alpha, 2, "Unrelated headline", true);
  b.sentence(alpha, 3, "About 2,000 families left Quetta last year, officials said.", false);
  b.mention(alpha, "date", "23 April 2025", "2025-04-23");
  long long a_count = b.mention(alpha, "count", "More than 100,000 people", "100000", 100000, "lower", "people");
  long long a_afg = b.mention(alpha, "location", "Afghanistan", "Afghanistan", {}, "", "", "AF");
  long long a_april = b.mention(alpha, "date", "in April", "2025-04");
  long long a_unhcr = b.mention(alpha, "agency", "UNHCR", "UNHCR");
  b.mention(alpha, "agency", "the agency UNHCR", "UNHCR");  // encloses the one above
  b.mention(alpha, "person", "UNHCR said", "UNHCR said");   // crosses "the agency UNHCR": must still nest
  long long a_families = b.mention(alpha, "count", "About 2,000 families", "2000", 2000, "approx", "families");
  long long a_quetta = b.mention(alpha, "location", "Quetta", "Quetta", {}, "", "", "PK", "PK-BA");
  long long a_last_year = b.mention(alpha, "date", "last year", "2024");
  const std::string f1 = id32("a1", '1'), f2 = id32("a1", '2');
  b.fact({f1, alpha, a_count, "More than 100,000 people", 100000, "lower", 100000, {}, "people", "return", "2025-04",
          "2025-04-01", "2025-04-30", "AF", "UNHCR"});
  b.arg(f1, alpha, "quantity", "More than 100,000 people", a_count);
  b.arg(f1, alpha, "predicate", "returned");
  b.arg(f1, alpha, "time", "in April", a_april);
  b.arg(f1, alpha, "location", "Afghanistan", a_afg);
  b.arg(f1, alpha, "source", "UNHCR", a_unhcr);
  b.fact({f2, alpha, a_families, "About 2,000 families", 2000, "approx", {}, {}, "families", "leave", "2024",
          "2024-01-01", "2024-12-31", "PK-BA", ""});
  b.arg(f2, alpha, "quantity", "About 2,000 families", a_families);
  b.arg(f2, alpha, "time", "last year", a_last_year);
  b.arg(f2, alpha, "location", "Quetta", a_quetta);

  const std::string beta_body =
      "Officials said more than 100,000 people returned in April, a figure first given by UNHCR.\n"
      "An aid worker said \"about 40 percent\" were children, <b>not</b> confirmed.\n";
  long long beta = b.article("beta", "feeds/beta.xml", "https://news.example.org/beta",
                             "Returns <script>alert(\"x\")</script> & more", "2025-04-25", beta_body);
  long long b_count = b.mention(beta, "count", "more than 100,000 people", "100000", 100000, "lower", "people");
  long long b_april = b.mention(beta, "date", "in April", "2025-04");
  long long b_unhcr = b.mention(beta, "agency", "UNHCR", "UNHCR");
  long long b_pct = b.mention(beta, "percent", "about 40 percent", "40", 40, "approx", "percent");
  const std::string f3 = id32("b3", '3'), f4 = id32("b4", '4');
  b.fact({f3, beta, b_count, "more than 100,000 people", 100000, "lower", 100000, {}, "people", "return", "2025-04",
          "2025-04-01", "2025-04-30", "", "UNHCR"});
  b.arg(f3, beta, "quantity", "more than 100,000 people", b_count);
  b.arg(f3, beta, "time", "in April", b_april);
  b.arg(f3, beta, "source", "UNHCR", b_unhcr);
  b.fact({f4, beta, b_pct, "about 40 percent", 40, "approx", {}, {}, "percent", "", "", "", "", "", ""});
  b.arg(f4, beta, "quantity", "about 40 percent", b_pct);

  const std::string gamma_body = "Quetta, 2 March 2025: The Interior Ministry said 3,500 families were detained on 1 March.\n";
  long long gamma = b.article("gamma", "corpus/gamma.txt", "", "", "2025-03-02", gamma_body);
  b.mention(gamma, "location", "Quetta", "Quetta", {}, "", "", "PK", "PK-BA");
  b.mention(gamma, "date", "2 March 2025", "2025-03-02");
  long long g_min = b.mention(gamma, "agency", "Interior Ministry", "Interior Ministry (PK)", {}, "", "", "PK");
  long long g_count = b.mention(gamma, "count", "3,500 families", "3500", 3500, "exact", "families");
  long long g_date = b.mention(gamma, "date", "on 1 March", "2025-03-01");
  const std::string f5 = id32("c5", '5');
  b.fact({f5, gamma, g_count, "3,500 families", 3500, "exact", {}, {}, "families", "detain", "2025-03-01", "2025-03-01",
          "2025-03-01", "PK-BA", "Interior Ministry (PK)"});
  b.arg(f5, gamma, "quantity", "3,500 families", g_count);
  b.arg(f5, gamma, "time", "on 1 March", g_date);
  b.arg(f5, gamma, "source", "Interior Ministry", g_min);
}

}  // namespace

RunResult run_newsfacts(const std::vector<std::string>& args) {
  std::vector<std::string> argv = {binary()};
  argv.insert(argv.end(), args.begin(), args.end());
  return run_argv(argv);
}

std::string find_on_path(const std::string& program) {
  const char* path = std::getenv("PATH");
  std::istringstream dirs(path ? path : "/usr/bin:/bin");
  std::string dir;
  while (std::getline(dirs, dir, ':')) {
    std::string candidate = dir + "/" + program;
    if (!dir.empty() && access(candidate.c_str(), X_OK) == 0) return candidate;
  }
  return "";
}

RunResult run_argv(const std::vector<std::string>& args) {
  static int counter = 0;
  std::string dir = temp_dir("run" + std::to_string(++counter));
  std::string out_path = dir + "/out", err_path = dir + "/err";
  std::vector<std::string> argv_s = args;
  std::vector<char*> argv;
  for (std::string& a : argv_s) argv.push_back(a.data());
  argv.push_back(nullptr);
  RunResult r;
  pid_t pid = fork();
  if (pid == 0) {
    int out_fd = open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    int err_fd = open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    int null_fd = open("/dev/null", O_RDONLY);
    dup2(null_fd, 0);
    dup2(out_fd, 1);
    dup2(err_fd, 2);
    execv(argv[0], argv.data());
    _exit(127);
  }
  int raw = 0;
  if (pid > 0 && waitpid(pid, &raw, 0) == pid && WIFEXITED(raw)) r.status = WEXITSTATUS(raw);
  r.out = read_all(out_path);
  r.err = read_all(err_path);
  std::filesystem::remove_all(dir);
  return r;
}

std::string temp_dir(const std::string& name) {
  std::filesystem::path p = std::filesystem::temp_directory_path() /
                            ("nf_outputs_" + std::to_string(getpid()) + "_" + name);
  std::filesystem::remove_all(p);
  std::filesystem::create_directories(p);
  return p.string();
}

std::string outputs_db() {
  static const std::string path = [] {
    std::string p = temp_dir("sample") + "/sample.db";
    build_sample(p);
    return p;
  }();
  return path;
}

void create_schema_db(const std::string& path) { Builder b(path); }

void insert_dated_fact(const std::string& db_path, const std::string& id, double value, const std::string& time_begin,
                       const std::string& time_end, const std::string& published, const std::string& dateline_date) {
  SQLite::Database db(db_path, SQLite::OPEN_READWRITE);
  SQLite::Statement art(db,
                        "INSERT INTO articles (article_id, source, published, dateline_date, format, content_hash, body) "
                        "VALUES (?, 'test', ?, ?, 'text', ?, '12 people')");
  art.bind(1, "art-" + id);
  if (!published.empty()) art.bind(2, published);
  if (!dateline_date.empty()) art.bind(3, dateline_date);
  art.bind(4, "hash-" + id);
  art.exec();
  long long article = db.getLastInsertRowid();
  SQLite::Statement st(db,
                       "INSERT INTO facts (id, article, start, \"end\", cstart, cend, text, value, bound, unit, time, "
                       "time_begin, time_end) VALUES (?, ?, 0, 9, 0, 9, '12 people', ?, 'exact', 'people', ?, ?, ?)");
  st.bind(1, id);
  st.bind(2, static_cast<int64_t>(article));
  st.bind(3, value);
  st.bind(4, time_begin);
  st.bind(5, time_begin);
  st.bind(6, time_end);
  st.exec();
}

int count_of(const std::string& haystack, const std::string& needle) {
  int n = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + needle.size())) ++n;
  return n;
}

}  // namespace nf::test
