// The rule engine on small rule files written by the test: macros, tables, templates, span
// groups, filters, load errors that name file:line, and overlap resolution order.
#include <catch2/catch.hpp>

#include <filesystem>

#include "extractor/rules/rule_library.h"
#include "tests/test_support.h"

namespace {

// A rules directory holding one file, rules.xml, with the given content.
struct RulesDir {
  nf::test::TempDir dir;
  explicit RulesDir(const std::string& xml) { nf::test::write_file(dir / "rules.xml", xml); }
  std::string file() const { return dir / "rules.xml"; }
  nf::RuleLibrary load() const { return nf::RuleLibrary::load(dir.path()); }
};

std::vector<nf::Mention> match(const nf::RuleLibrary& lib, const std::string& text) {
  std::vector<nf::Mention> out;
  lib.match(text, nf::Span{0, text.size()}, 0, out);
  return out;
}

std::string attr(const nf::Mention& m, const char* name) {
  const std::string* v = nf::find_attr(m.attrs, name);
  return v ? *v : "<none>";
}

// The message of the RuleError that loading throws ("" when it loads).
std::string load_error(const std::string& xml) {
  RulesDir d(xml);
  try {
    d.load();
  } catch (const nf::RuleError& e) {
    return e.what();
  }
  return "";
}

const char* kMonthRules = R"(<rules>
  <macro name="t_month">
April
May
  </macro>
  <table name="t_month_num"><entry key="april" value="04"/></table>
  <rule id="t.month" kind="date" pattern="(?i)\bin (?P&lt;span&gt;%t_month)\b" value="XXXX-{t_month_num(span)}" raw="{span}">
    <example text="in April" value="XXXX-04" span="April"/>
  </rule>
  <rule id="t.count" kind="count" pattern="\b(?P&lt;n&gt;\d+) (?P&lt;unit&gt;people|planes)\b" number="{n}" unit="{2}">
    <example text="300 people" kind="count"/>
  </rule>
  <filter id="t.no_models" kinds="count" pattern="\bBoeing \d+">
    <example text="a Boeing 737 planes"/>
  </filter>
</rules>)";

}  // namespace

TEST_CASE("rule library: macros expand, tables look up, templates fill attributes, span group sets the span",
          "[rule_library]") {
  RulesDir d(kMonthRules);
  nf::RuleLibrary lib = d.load();
  const std::string text = "Returns rose in april and again IN MAY.";
  auto ms = match(lib, text);
  REQUIRE(ms.size() == 1);  // "may" has no table entry: no mention
  CHECK(ms[0].rule == "t.month");
  CHECK(ms[0].kind == nf::Kind::Date);
  CHECK(std::string(ms[0].text(text)) == "april");
  CHECK(attr(ms[0], "value") == "XXXX-04");
  CHECK(attr(ms[0], "raw") == "april");
  CHECK(lib.list("t_month") == std::vector<std::string>{"April", "May"});
  REQUIRE(lib.lookup("t_month_num", "APRIL") != nullptr);  // keys are case-folded
  CHECK(*lib.lookup("t_month_num", "APRIL") == "04");
  CHECK(lib.lookup("t_month_num", "may") == nullptr);
  CHECK(!lib.content_hash().empty());
}

TEST_CASE("rule library: numbered and named groups in templates; filters drop overlapping mentions",
          "[rule_library]") {
  RulesDir d(kMonthRules);
  nf::RuleLibrary lib = d.load();
  std::string text = "About 300 people flew.";
  auto ms = match(lib, text);
  REQUIRE(ms.size() == 1);
  CHECK(attr(ms[0], "number") == "300");
  CHECK(attr(ms[0], "unit") == "people");
  CHECK(std::string(ms[0].text(text)) == "300 people");
  text = "They ordered a Boeing 737 planes deal.";
  CHECK(match(lib, text).empty());
}

TEST_CASE("rule library: matching stays inside the given sentence span", "[rule_library]") {
  RulesDir d(kMonthRules);
  nf::RuleLibrary lib = d.load();
  const std::string text = "300 people. Then 40 planes.";
  std::vector<nf::Mention> out;
  lib.match(text, nf::Span{12, text.size()}, 1, out);
  REQUIRE(out.size() == 1);
  CHECK(out[0].span.start == 17);
  CHECK(out[0].sentence == 1);
}

TEST_CASE("rule library: load errors name the file and line", "[rule_library]") {
  SECTION("malformed XML") {
    std::string e = load_error("<rules>\n<rule id=\"x\" kind=\"date\"\n</rules>\n");
    CHECK_THAT(e, Catch::Contains("rules.xml:"));
  }
  SECTION("bad regular expression") {
    std::string e = load_error(
        "<rules>\n\n<rule id=\"t.bad\" kind=\"date\" pattern=\"(unclosed\">\n"
        "<example text=\"x\"/></rule>\n</rules>\n");
    CHECK_THAT(e, Catch::Contains("rules.xml:3"));
    CHECK_THAT(e, Catch::Contains("t.bad"));
    CHECK_THAT(e, Catch::Contains("bad pattern"));
  }
  SECTION("unknown macro") {
    std::string e = load_error(
        "<rules>\n<rule id=\"t.m\" kind=\"date\" pattern=\"%t_nowhere\">\n"
        "<example text=\"x\"/></rule>\n</rules>\n");
    CHECK_THAT(e, Catch::Contains("rules.xml:2"));
    CHECK_THAT(e, Catch::Contains("t_nowhere"));
  }
  SECTION("rule without an example") {
    std::string e = load_error("<rules>\n\n\n<rule id=\"t.lonely\" kind=\"date\" pattern=\"x\"/>\n</rules>\n");
    CHECK_THAT(e, Catch::Contains("rules.xml:4"));
    CHECK_THAT(e, Catch::Contains("example"));
  }
  SECTION("unknown table in a template") {
    std::string e = load_error(
        "<rules>\n<rule id=\"t.t\" kind=\"date\" pattern=\"(x)\" value=\"{nowhere(1)}\">\n"
        "<example text=\"x\"/></rule>\n</rules>\n");
    CHECK_THAT(e, Catch::Contains("rules.xml:2"));
    CHECK_THAT(e, Catch::Contains("nowhere"));
  }
  SECTION("unknown kind") {
    std::string e = load_error(
        "<rules>\n<rule id=\"t.k\" kind=\"weather\" pattern=\"x\"><example text=\"x\"/></rule>\n</rules>\n");
    CHECK_THAT(e, Catch::Contains("rules.xml:2"));
    CHECK_THAT(e, Catch::Contains("weather"));
  }
  SECTION("a good file loads") { CHECK(load_error(kMonthRules).empty()); }
}

namespace {

nf::Mention mention(nf::Kind kind, size_t start, size_t end, int priority, const char* rule) {
  nf::Mention m;
  m.kind = kind;
  m.span = nf::Span{start, end};
  m.priority = priority;
  m.rule = rule;
  return m;
}

std::vector<std::string> rules_of(const std::vector<nf::Mention>& ms) {
  std::vector<std::string> out;
  for (const auto& m : ms) out.push_back(m.rule);
  return out;
}

}  // namespace

TEST_CASE("overlaps: longer span wins, then earlier start, then higher priority; families apart",
          "[rule_library]") {
  using nf::Kind;
  SECTION("longer wins over shorter, whatever the priority") {
    std::vector<nf::Mention> ms = {mention(Kind::Count, 5, 8, 9, "short"), mention(Kind::Date, 0, 12, 0, "long")};
    nf::resolve_overlaps(ms);
    CHECK(rules_of(ms) == std::vector<std::string>{"long"});
  }
  SECTION("same length: the earlier one wins") {
    std::vector<nf::Mention> ms = {mention(Kind::Count, 4, 10, 5, "later"), mention(Kind::Count, 2, 8, 0, "earlier")};
    nf::resolve_overlaps(ms);
    CHECK(rules_of(ms) == std::vector<std::string>{"earlier"});
  }
  SECTION("same span: the higher priority wins") {
    std::vector<nf::Mention> ms = {mention(Kind::Duration, 0, 5, 0, "low"), mention(Kind::Count, 0, 5, 3, "high")};
    nf::resolve_overlaps(ms);
    CHECK(rules_of(ms) == std::vector<std::string>{"high"});
  }
  SECTION("temporal and numeric are one family; each entity kind is its own") {
    std::vector<nf::Mention> ms = {mention(Kind::Location, 0, 8, 0, "place"), mention(Kind::Agency, 0, 20, 0, "agency"),
                                   mention(Kind::Date, 0, 4, 0, "date")};
    nf::resolve_overlaps(ms);
    CHECK(ms.size() == 3);
  }
  SECTION("disjoint mentions are all kept, sorted by start") {
    std::vector<nf::Mention> ms = {mention(Kind::Count, 10, 12, 0, "b"), mention(Kind::Count, 0, 3, 0, "a")};
    nf::resolve_overlaps(ms);
    CHECK(rules_of(ms) == std::vector<std::string>{"a", "b"});
  }
}
