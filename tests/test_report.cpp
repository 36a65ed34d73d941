// `newsfacts report` on the fixture database: pages, highlights, links, escaping; and the same
// pages opened in headless Chromium (skipped with a warning only when chromium is not installed).
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "tests/test_outputs_fixture.h"

using nf::test::count_of;
using nf::test::run_newsfacts;
using nf::test::RunResult;

namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// Writes the report of the fixture database once; returns its directory.
const std::string& report_dir() {
  static const std::string dir = [] {
    std::string d = nf::test::temp_dir("report") + "/out";
    RunResult r = run_newsfacts({"report", "--db", nf::test::outputs_db(), "--out", d});
    if (r.status != 0) FAIL("report failed: " << r.err);
    return d;
  }();
  return dir;
}

std::set<std::string> matches(const std::string& text, const std::string& pattern) {
  std::set<std::string> found;
  std::regex re(pattern);
  for (auto it = std::sregex_iterator(text.begin(), text.end(), re); it != std::sregex_iterator(); ++it)
    found.insert((*it)[1].str());
  return found;
}

// The text of the article's <div class="body"> with every tag removed.
std::string body_text(const std::string& html) {
  size_t open = html.find("<div class=\"body\">");
  size_t close = html.find("</div>", open);
  std::string inner = html.substr(open + 18, close - open - 18);
  return std::regex_replace(inner, std::regex("<[^>]*>"), "");
}

const char* const kCountMark =
    "<mark class=\"kind-count\" id=\"m2\" title=\"100000 people (lower)\" data-rule=\"count.test\">"
    "More than 100,000 people</mark>";

}  // namespace

TEST_CASE("report: index and one page per article", "[report]") {
  const std::string& dir = report_dir();
  for (const char* page : {"index.html", "article-1.html", "article-2.html", "article-3.html"}) {
    INFO(page);
    CHECK(std::filesystem::is_regular_file(dir + "/" + page));
  }
  std::string index = read_file(dir + "/index.html");
  CHECK(index.find("3 articles, 19 mentions, 5 facts.") != std::string::npos);
  CHECK(count_of(index, "<a href=\"article-") == 3 + 5);  // each article, and each fact to its row
  CHECK(index.find("<a href=\"article-1.html#fact-a1000000000000000000000000000001\">More than 100,000 people</a>") !=
        std::string::npos);
  CHECK(index.find("<script") == std::string::npos);
  // facts per month of their own time: 2025-03 and 2025-04 (the fact about all of 2024 and the one
  // without a time are left out, and the caption says so)
  CHECK(count_of(index, "<rect class=\"bar\"") == 2);
  CHECK(index.find("<title>2025-04: 2</title>") != std::string::npos);
  CHECK(index.find("1 facts without a time and 1 spanning more than a month are not shown") != std::string::npos);
}

TEST_CASE("report: a fact links to the other articles that state the same claim", "[report]") {
  std::string alpha = read_file(report_dir() + "/article-1.html");
  CHECK(alpha.find("<a href=\"article-2.html#fact-b3000000000000000000000000000003\">beta (2025-04-25)</a></td></tr>") !=
        std::string::npos);
  std::string beta = read_file(report_dir() + "/article-2.html");
  CHECK(beta.find("<a href=\"article-1.html#fact-a1000000000000000000000000000001\">alpha (2025-04-23)</a></td></tr>") !=
        std::string::npos);
  std::string gamma = read_file(report_dir() + "/article-3.html");
  CHECK(gamma.find("<td>–</td></tr>") != std::string::npos);  // nobody repeats it
}

TEST_CASE("report: every mention is highlighted, crossing spans still nest", "[report]") {
  std::string page = read_file(report_dir() + "/article-1.html");
  CHECK(page.find(kCountMark) != std::string::npos);
  CHECK(page.find("<mark class=\"kind-location\" id=\"m9\" title=\"Quetta (PK-BA)\"") != std::string::npos);
  CHECK(page.find("title=\"2024\" data-rule=\"date.test\">last year</mark>") != std::string::npos);
  // 10 mentions, the one crossing "the agency UNHCR" split in two parts
  CHECK(count_of(page.substr(page.find("<div class=\"body\">")), "<mark class=\"kind-") == 11);
  CHECK(count_of(page, "<mark") == count_of(page, "</mark>"));
  // boilerplate greyed, text unchanged
  CHECK(page.find("<span class=\"boilerplate\" title=\"boilerplate: not part of the story\">READ MORE:</span>") !=
        std::string::npos);
  CHECK(body_text(page) ==
        "Kabul, 23 April 2025: More than 100,000 people returned to Afghanistan in April, the agency UNHCR said.\n"
        "READ MORE:\nUnrelated headline\nAbout 2,000 families left Quetta last year, officials said.\n");
}

TEST_CASE("report: each fact links to the spans of its arguments", "[report]") {
  for (const char* name : {"article-1.html", "article-2.html", "article-3.html"}) {
    std::string page = read_file(report_dir() + "/" + name);
    std::set<std::string> targets = matches(page, "href=\"#([^\"]+)\"");
    std::set<std::string> ids = matches(page, " id=\"([^\"]+)\"");
    INFO(name);
    CHECK(!targets.empty());
    for (const std::string& t : targets) {
      INFO(t);
      CHECK(ids.count(t) == 1);
    }
  }
  std::string page = read_file(report_dir() + "/article-1.html");
  CHECK(page.find("<tr id=\"fact-a1000000000000000000000000000001\">") != std::string::npos);
  CHECK(page.find("<a class=\"arg-link\" href=\"#m2\">quantity</a> <a class=\"arg-link\" "
                  "href=\"#f-a1000000000000000000000000000001-predicate\">predicate</a> "
                  "<a class=\"arg-link\" href=\"#m4\">time</a>") != std::string::npos);
}

TEST_CASE("report: everything from the database is escaped", "[report]") {
  std::string page = read_file(report_dir() + "/article-2.html");
  CHECK(page.find("<script") == std::string::npos);
  CHECK(page.find("<b>") == std::string::npos);
  CHECK(page.find("<title>Returns &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more — newsfacts</title>") !=
        std::string::npos);
  CHECK(page.find("An aid worker said &quot;<span class=\"fact\"") != std::string::npos);
  CHECK(page.find("&lt;b&gt;not&lt;/b&gt;") != std::string::npos);
  CHECK(page.find("<a href=\"https://news.example.org/beta\">") != std::string::npos);
}

TEST_CASE("report: the pages render in headless Chromium with their highlights", "[report][chromium]") {
  std::string chromium = nf::test::find_on_path("chromium");
  if (chromium.empty()) chromium = nf::test::find_on_path("chromium-browser");
  if (chromium.empty()) {
    WARN("chromium is not installed (tools/install-deps.sh installs it): browser check skipped");
    return;
  }
  std::string timeout = nf::test::find_on_path("timeout");
  REQUIRE(!timeout.empty());
  std::string profile = nf::test::temp_dir("chromium-profile");
  auto dump_dom = [&](const std::string& page) {
    RunResult r = nf::test::run_argv({timeout, "120", chromium, "--headless", "--no-sandbox", "--disable-gpu",
                                      "--disable-background-networking", "--disable-component-update", "--disable-sync",
                                      "--no-first-run", "--user-data-dir=" + profile, "--dump-dom",
                                      "file://" + report_dir() + "/" + page});
    INFO(r.err);
    REQUIRE(r.status == 0);
    return r.out;
  };

  std::string file = read_file(report_dir() + "/article-1.html");
  std::string dom = dump_dom("article-1.html");
  CHECK(dom.find(kCountMark) != std::string::npos);
  // the browser kept every mark where the page put it: same number, same nesting
  CHECK(count_of(dom, "<mark") == count_of(file, "<mark"));
  CHECK(dom.find("<mark class=\"kind-agency\" id=\"m6\" title=\"UNHCR\" data-rule=\"agency.test\">the agency "
                 "<mark class=\"kind-person\" id=\"m7\" title=\"UNHCR said\" data-rule=\"person.test\">"
                 "<mark class=\"kind-agency\" id=\"m5\" title=\"UNHCR\" data-rule=\"agency.test\">UNHCR</mark></mark>"
                 "</mark><mark class=\"kind-person\" title=\"UNHCR said\"> said</mark>") != std::string::npos);
  CHECK(body_text(dom) == body_text(file));

  std::string dom2 = dump_dom("article-2.html");
  CHECK(dom2.find("<script") == std::string::npos);  // the title's script tag stayed text
  CHECK(dom2.find("<b>") == std::string::npos);
  CHECK(dom2.find("&lt;b&gt;not&lt;/b&gt;") != std::string::npos);
  CHECK(dom2.find("<mark class=\"kind-percent\"") != std::string::npos);
  std::filesystem::remove_all(profile);
}

TEST_CASE("report: a second report into the same directory leaves no stale pages", "[report]") {
  std::string dir = nf::test::temp_dir("report-again");
  std::ofstream(dir + "/article-99.html") << "old page";
  std::ofstream(dir + "/notes.txt") << "mine";
  std::ofstream(dir + "/article-draft.html") << "mine too";
  RunResult r = run_newsfacts({"report", "--db", nf::test::outputs_db(), "--out", dir});
  REQUIRE(r.status == 0);
  CHECK(!std::filesystem::exists(dir + "/article-99.html"));
  CHECK(std::filesystem::exists(dir + "/article-3.html"));
  CHECK(std::filesystem::exists(dir + "/notes.txt"));
  CHECK(std::filesystem::exists(dir + "/article-draft.html"));
  std::filesystem::remove_all(dir);
}
