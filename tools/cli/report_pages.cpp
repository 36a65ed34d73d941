// The pages of `newsfacts report` (report_pages.h).
#include "tools/cli/report_pages.h"

#include <SQLiteCpp/Statement.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "extractor/model/mention.h"
#include "tools/cli/options_cli.h"
#include "tools/cli/query_db.h"
#include "tools/cli/query_format.h"
#include "tools/cli/query_series.h"
#include "tools/cli/report_html.h"
#include "tools/cli/svg_chart.h"

namespace nf::cli {
namespace {

struct MentionRow {
  long long id = 0, start = 0, end = 0;
  std::string kind, text, value, bound, unit, country, admin1, rule;
  std::optional<double> number;
};

const char* const kKinds[] = {"date", "time", "duration", "set", "count", "percent",
                              "money", "quantity", "agency", "location", "person"};

std::string esc(const std::string& s) { return html_escape(s); }

std::string or_dash(const std::string& s) { return s.empty() ? "–" : esc(s); }

// The normalized value a mark shows on hover.
std::string mention_title(const MentionRow& m) {
  std::string t;
  if (m.number) {
    t = nf::format_number(*m.number);
    if (!m.unit.empty()) t += " " + m.unit;
    if (!m.bound.empty() && m.bound != "exact") t += " (" + m.bound + ")";
  } else {
    t = m.value.empty() ? m.text : m.value;
    std::string code = !m.admin1.empty() ? m.admin1 : m.country;
    if (!code.empty()) t += " (" + code + ")";
  }
  return t;
}

std::vector<MentionRow> load_mentions(SQLite::Database& db, long long article) {
  SQLite::Statement st(db,
                       "SELECT id, start, \"end\", kind, text, value, number, bound, unit, country, admin1, rule "
                       "FROM mentions WHERE article = ? ORDER BY start, \"end\" DESC, id");
  st.bind(1, static_cast<int64_t>(article));
  std::vector<MentionRow> rows;
  while (st.executeStep()) {
    MentionRow m;
    m.id = st.getColumn(0).getInt64();
    m.start = st.getColumn(1).getInt64();
    m.end = st.getColumn(2).getInt64();
    m.kind = text_or_empty(st.getColumn(3));
    m.text = text_or_empty(st.getColumn(4));
    m.value = text_or_empty(st.getColumn(5));
    m.number = real_or_null(st.getColumn(6));
    m.bound = text_or_empty(st.getColumn(7));
    m.unit = text_or_empty(st.getColumn(8));
    m.country = text_or_empty(st.getColumn(9));
    m.admin1 = text_or_empty(st.getColumn(10));
    m.rule = text_or_empty(st.getColumn(11));
    rows.push_back(m);
  }
  return rows;
}

std::vector<Wrap> boilerplate_wraps(SQLite::Database& db, long long article) {
  SQLite::Statement st(db, "SELECT start, \"end\" FROM sentences WHERE article = ? AND boilerplate != 0");
  st.bind(1, static_cast<int64_t>(article));
  std::vector<Wrap> wraps;
  const std::string tag = "<span class=\"boilerplate\" title=\"boilerplate: not part of the story\">";
  while (st.executeStep())
    wraps.push_back({st.getColumn(0).getInt64(), st.getColumn(1).getInt64(), tag, "</span>", tag, -1});
  return wraps;
}

// A link to the web address, only for http(s) (never javascript: or other schemes).
std::string url_html(const std::string& url) {
  if (url.rfind("http://", 0) == 0 || url.rfind("https://", 0) == 0)
    return "<a href=\"" + esc(url) + "\">" + esc(url) + "</a>";
  return or_dash(url);
}

std::string fact_value_html(const FactRow& f) {
  std::string v = number_text(f.value);
  if (f.bound == "range") v = number_text(f.lower) + "–" + number_text(f.upper);
  if (!f.bound.empty() && f.bound != "exact") v += " <small>(" + esc(f.bound) + ")</small>";
  return v;
}

// Links to the same claim (predicate, value, unit, time) in other articles, earliest first.
std::string repeats_html(SQLite::Database& db, const FactRow& f) {
  SQLite::Statement st(db, "SELECT a.id, a.article_id, " + std::string(kArticleDateSql) +
                               " AS article_date, min(f.id) FROM facts f JOIN articles a ON a.id = f.article "
                               "WHERE f.predicate IS ? AND f.value = ? AND f.unit IS ? AND f.time IS ? AND a.id != ? "
                               "GROUP BY a.id ORDER BY article_date IS NULL, article_date, a.id");
  auto bind_text = [&](int i, const std::string& v) {
    if (v.empty())
      st.bind(i);
    else
      st.bind(i, v);
  };
  bind_text(1, f.predicate);
  st.bind(2, f.value);
  bind_text(3, f.unit);
  bind_text(4, f.time);
  st.bind(5, static_cast<int64_t>(f.article_rowid));
  std::string html;
  while (st.executeStep()) {
    std::string date = text_or_empty(st.getColumn(2));
    html += std::string(html.empty() ? "" : ", ") + "<a href=\"" + article_page_name(st.getColumn(0).getInt64()) +
            "#fact-" + esc(st.getColumn(3).getString()) + "\">" + esc(text_or_empty(st.getColumn(1))) +
            (date.empty() ? "" : " (" + esc(date) + ")") + "</a>";
  }
  return html.empty() ? "–" : html;
}

void write_file(const std::filesystem::path& path, const std::string& content) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << content;
  out.close();
  if (!out) throw CliError(kExitNotFound, "cannot write " + path.string());
}

std::string article_page(SQLite::Database& db, const ArticleRow& a, const std::vector<FactRow>& facts,
                         long& mention_count) {
  std::vector<MentionRow> mentions = load_mentions(db, a.rowid);
  mention_count += static_cast<long>(mentions.size());
  std::set<long long> mention_ids;
  std::vector<Wrap> wraps = boilerplate_wraps(db, a.rowid);
  std::set<std::string> kinds;
  for (const MentionRow& m : mentions) {
    std::string cls = "kind-" + esc(m.kind), title = esc(mention_title(m));
    wraps.push_back({m.start, m.end,
                     "<mark class=\"" + cls + "\" id=\"m" + std::to_string(m.id) + "\" title=\"" + title +
                         "\" data-rule=\"" + esc(m.rule) + "\">",
                     "</mark>", "<mark class=\"" + cls + "\" title=\"" + title + "\">", 1});
    mention_ids.insert(m.id);
    kinds.insert(m.kind);
  }
  std::ostringstream facts_html;
  for (const FactRow& f : facts) {
    wraps.push_back({f.start, f.end, "<span class=\"fact\" id=\"f-" + esc(f.id) + "\">", "</span>",
                     "<span class=\"fact\">", 0});
    facts_html << "<tr id=\"fact-" << esc(f.id) << "\"><td class=\"num\">" << fact_value_html(f) << "</td><td>"
               << or_dash(f.unit) << "</td><td>" << or_dash(f.predicate) << "</td><td>" << or_dash(f.time)
               << "</td><td>" << or_dash(f.location) << "</td><td>" << or_dash(f.source) << "</td><td><a href=\"#f-"
               << esc(f.id) << "\">" << esc(f.text) << "</a></td><td>";
    for (const FactArgRow& arg : load_fact_args(db, f.id)) {
      std::string target;
      if (arg.mention && mention_ids.count(*arg.mention)) {
        target = "m" + std::to_string(*arg.mention);
      } else {
        target = "f-" + esc(f.id) + "-" + esc(arg.role);
        wraps.push_back({arg.start, arg.end, "<span class=\"arg\" id=\"" + target + "\">", "</span>",
                         "<span class=\"arg\">", 2});
      }
      facts_html << "<a class=\"arg-link\" href=\"#" << target << "\">" << esc(arg.role) << "</a> ";
    }
    facts_html << "</td><td>" << repeats_html(db, f) << "</td></tr>\n";
  }

  std::string title = a.title.empty() ? a.article_id : a.title;
  std::ostringstream page;
  page << page_start(title + " — newsfacts") << "<nav><a href=\"index.html\">← all articles</a></nav>\n<h1>"
       << esc(title) << "</h1>\n<dl class=\"meta\"><dt>article</dt><dd>" << esc(a.article_id)
       << "</dd><dt>source</dt><dd>" << or_dash(a.source) << "</dd><dt>url</dt><dd>" << url_html(a.url)
       << "</dd><dt>published</dt><dd>" << or_dash(a.published) << "</dd>";
  if (a.published.empty() && !a.date.empty()) page << "<dt>dateline</dt><dd>" << esc(a.date) << "</dd>";
  page << "</dl>\n<h2>Text</h2>\n<p class=\"legend\">";
  for (const char* k : kKinds)
    if (kinds.count(k)) page << "<mark class=\"kind-" << k << "\">" << k << "</mark>";
  page << "</p>\n<div class=\"body\">" << wrap_spans(a.body, wraps) << "</div>\n<h2>Facts (" << facts.size()
       << ")</h2>\n";
  if (!facts.empty())
    page << "<table class=\"facts\"><tr><th>value</th><th>unit</th><th>predicate</th><th>time</th><th>location</th>"
            "<th>source</th><th>text</th><th>spans</th><th>also stated by</th></tr>\n"
         << facts_html.str() << "</table>\n";
  page << "<h2>Mentions (" << mentions.size() << ")</h2>\n";
  if (!mentions.empty()) {
    page << "<table class=\"mentions\"><tr><th>kind</th><th>text</th><th>value</th><th>offsets</th><th>rule</th></tr>\n";
    for (const MentionRow& m : mentions)
      page << "<tr><td>" << esc(m.kind) << "</td><td><a href=\"#m" << m.id << "\">" << esc(m.text) << "</a></td><td>"
           << esc(mention_title(m)) << "</td><td class=\"num\">" << m.start << "–" << m.end << "</td><td>"
           << esc(m.rule) << "</td></tr>\n";
    page << "</table>\n";
  }
  page << page_end();
  return page.str();
}

// Facts per month of their own time, as an inline chart (nothing when no fact has a month).
std::string overview_chart(const std::vector<FactRow>& facts) {
  Options o;
  o.by = "month";
  Series s = build_series(facts, o);
  if (s.points.empty()) return "";
  std::vector<ChartPoint> points;
  for (const SeriesPoint& p : s.points) points.push_back({p.bucket.label, static_cast<double>(p.facts)});
  return "<figure class=\"chart\">\n" + svg_chart({"Facts per month of the time they are about", "facts", "month"}, points) +
         "<figcaption>" + std::to_string(s.without_time) + " facts without a time and " + std::to_string(s.spanning) +
         " spanning more than a month are not shown (see <code>newsfacts series --help</code>).</figcaption>\n</figure>\n";
}

// Removes article-N.html pages of an earlier report that this one did not write (so the
// directory shows one database); other files are left alone.
void remove_stale_pages(const std::filesystem::path& dir, const std::set<std::string>& written) {
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    std::string name = entry.path().filename().string();
    if (name.size() <= 13 || name.rfind("article-", 0) != 0 || name.substr(name.size() - 5) != ".html") continue;
    std::string digits = name.substr(8, name.size() - 13);
    if (digits.find_first_not_of("0123456789") != std::string::npos || written.count(name)) continue;
    std::filesystem::remove(entry.path(), ec);
  }
}

}  // namespace

std::string article_page_name(long long rowid) { return "article-" + std::to_string(rowid) + ".html"; }

ReportStats write_report(SQLite::Database& db, const std::string& out_dir) {
  std::error_code ec;
  std::filesystem::create_directories(out_dir, ec);
  if (!std::filesystem::is_directory(out_dir, ec)) throw CliError(kExitNotFound, "cannot create directory " + out_dir);
  const std::filesystem::path dir(out_dir);

  ReportStats stats;
  std::map<long long, std::vector<FactRow>> facts_of;
  std::vector<FactRow> all_facts = load_facts(db, FactFilters{});
  for (const FactRow& f : all_facts) facts_of[f.article_rowid].push_back(f);
  stats.facts = static_cast<long>(all_facts.size());

  std::ostringstream articles_html;
  std::set<std::string> written;
  SQLite::Statement st(db, "SELECT a.id, " + std::string(kArticleDateSql) +
                               " AS article_date FROM articles a ORDER BY article_date IS NULL, article_date, a.id");
  while (st.executeStep()) {
    std::optional<ArticleRow> a = load_article(db, st.getColumn(0).getInt64());
    if (!a) continue;
    long mentions = 0;
    const std::vector<FactRow>& facts = facts_of[a->rowid];
    write_file(dir / article_page_name(a->rowid), article_page(db, *a, facts, mentions));
    written.insert(article_page_name(a->rowid));
    stats.mentions += mentions;
    ++stats.articles;
    articles_html << "<tr><td>" << or_dash(a->date) << "</td><td><a href=\"" << article_page_name(a->rowid)
                  << "\">" << esc(a->title.empty() ? a->article_id : a->title) << "</a></td><td>"
                  << esc(a->url.empty() ? a->source : a->url) << "</td><td class=\"num\">" << mentions
                  << "</td><td class=\"num\">" << facts.size() << "</td></tr>\n";
  }

  std::ostringstream index;
  index << page_start("newsfacts report") << "<h1>newsfacts report</h1>\n<p>" << stats.articles << " articles, "
        << stats.mentions << " mentions, " << stats.facts << " facts.</p>\n" << overview_chart(all_facts)
        << "<h2>Articles</h2>\n"
        << "<table class=\"articles\"><tr><th>date</th><th>title</th><th>source</th><th>mentions</th>"
           "<th>facts</th></tr>\n"
        << articles_html.str() << "</table>\n<h2>Facts</h2>\n";
  if (!all_facts.empty()) {
    index << "<table class=\"facts\"><tr><th>date</th><th>value</th><th>unit</th><th>predicate</th><th>time</th>"
             "<th>location</th><th>source</th><th>text</th></tr>\n";
    for (const FactRow& f : all_facts)
      index << "<tr><td>" << or_dash(f.article_date) << "</td><td class=\"num\">" << fact_value_html(f) << "</td><td>"
            << or_dash(f.unit) << "</td><td>" << or_dash(f.predicate) << "</td><td>" << or_dash(f.time) << "</td><td>"
            << or_dash(f.location) << "</td><td>" << or_dash(f.source) << "</td><td><a href=\""
            << article_page_name(f.article_rowid) << "#fact-" << esc(f.id) << "\">" << esc(f.text) << "</a></td></tr>\n";
    index << "</table>\n";
  }
  index << page_end();
  write_file(dir / "index.html", index.str());
  remove_stale_pages(dir, written);
  return stats;
}

}  // namespace nf::cli
