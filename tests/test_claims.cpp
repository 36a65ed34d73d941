// Claim assembly on hand-built mentions: the claims stage is tested on its own, whatever the
// rules of the other stages find today. Rules: rules/claims/ plus a three-word demonym table.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "extractor/claims/assembler.h"
#include "extractor/claims/fact_id.h"
#include "extractor/claims/time_arg.h"
#include "extractor/rules/rule_library.h"
#include "extractor/text/segmenter.h"
#include "extractor/claims/lexicon.h"
#include "extractor/claims/word_table.h"
#include "tests/test_support.h"

namespace fs = std::filesystem;

namespace {

// rules/claims/ and a small geo_demonym table, copied to a scratch directory once.
const nf::RuleLibrary& claim_rules() {
  static const nf::RuleLibrary lib = [] {
    fs::path dir = fs::temp_directory_path() / ("nf_claims_rules_" + std::to_string(::getpid()));
    fs::create_directories(dir / "claims");
    for (const auto& e : fs::directory_iterator(nf::test::rules_dir() + "/claims"))
      fs::copy_file(e.path(), dir / "claims" / e.path().filename(), fs::copy_options::overwrite_existing);
    std::ofstream(dir / "demonyms.xml") << "<rules><table name=\"geo_demonym\">"
                                           "<entry key=\"afghans\" value=\"AF\"/><entry key=\"afghan\" value=\"AF\"/>"
                                           "<entry key=\"sudanese\" value=\"SD\"/><entry key=\"norwegian\" value=\"NO\"/></table></rules>";
    nf::RuleLibrary l = nf::RuleLibrary::load(dir.string());
    fs::remove_all(dir);
    return l;
  }();
  return lib;
}

const nf::ClaimAssembler& assembler() {
  static const nf::ClaimAssembler a(claim_rules());
  return a;
}

struct Doc {
  nf::Article article;
  nf::Segmentation seg;
  std::vector<nf::Mention> ms;

  explicit Doc(std::string body) {
    article.id = "test";
    article.body = std::move(body);
    nf::Segmenter s;
    seg = s.segment(article.body);
  }

  nf::Mention make(nf::Kind kind, const std::string& text, int occurrence = 0) const {
    size_t at = article.body.find(text);
    for (int i = 0; i < occurrence && at != std::string::npos; ++i) at = article.body.find(text, at + 1);
    REQUIRE(at != std::string::npos);
    nf::Mention m;
    m.kind = kind;
    m.span = nf::Span{at, at + text.size()};
    for (size_t i = 0; i < seg.sentences.size(); ++i)
      if (seg.sentences[i].start <= at && at < seg.sentences[i].end) m.sentence = static_cast<int>(i);
    return m;
  }
  void count(const std::string& text, double number, const std::string& bound, const std::string& unit,
             nf::Kind kind = nf::Kind::Count, int occurrence = 0) {
    nf::Mention m = make(kind, text, occurrence);
    m.number = number;
    m.bound = bound;
    if (bound == "exact" || bound == "lower") m.lower = number;
    if (bound == "exact" || bound == "upper") m.upper = number;
    m.unit = unit;
    ms.push_back(m);
  }
  void temporal(nf::Kind kind, const std::string& text, const std::string& value, const std::string& begin = "",
                const std::string& end = "") {
    nf::Mention m = make(kind, text);
    m.value = value;
    m.begin_date = begin;
    m.end_date = end;
    ms.push_back(m);
  }
  void agency(const std::string& text, const std::string& value, int occurrence = 0) {
    nf::Mention m = make(nf::Kind::Agency, text, occurrence);
    m.value = value;
    ms.push_back(m);
  }
  void place(const std::string& text, const std::string& country, const std::string& admin1 = "", int occurrence = 0) {
    nf::Mention m = make(nf::Kind::Location, text, occurrence);
    m.value = text;
    m.country = country;
    m.admin1 = admin1;
    ms.push_back(m);
  }
  std::vector<nf::Fact> run(const std::string& ref) {
    std::stable_sort(ms.begin(), ms.end(), [](const nf::Mention& a, const nf::Mention& b) { return a.span.start < b.span.start; });
    nf::ArticleContext ctx{article, article.body, seg, ref};
    return assembler().run(ms, ctx, "0123456789abcdef0123456789abcdef");
  }
  std::string text(const nf::Fact& f) const { return article.body.substr(f.span.start, f.span.size()); }
  const nf::Fact& fact(const std::vector<nf::Fact>& fs, const std::string& span_text) const {
    for (const nf::Fact& f : fs)
      if (text(f) == span_text) return f;
    FAIL("no fact for \"" << span_text << "\"");
    return fs.front();
  }
  std::string arg_text(const nf::Fact& f, const std::string& role) const {
    for (const nf::FactArg& a : f.args)
      if (a.role == role) return article.body.substr(a.span.start, a.span.size());
    return "";
  }
};

const char* kSeedLike =
    "Islamabad 23, Apr , 2025: Afghans leave Pakistan in large numbers once again, as more than 100,000 individuals "
    "returned to their homeland in just three weeks, following Islamabad\xE2\x80\x99s decision to cancel residence permits.\n"
    "Pakistan\xE2\x80\x99s Interior Ministry confirmed the figures, stating that the campaign began in 2023.\n"
    "READ MORE:\nA headline about something else with 40 people\n"
    "The United Nations refugee agency, UNHCR, noted a sharp rise in detentions in April, reporting nearly 13,000 cases "
    "more than the total for all of last year.\n"
    "The agency also raised concerns about the welfare of women and children, with over half of the returnees being minors.\n"
    "As security threats escalate, particularly in Balochistan, the government maintains its course.";

Doc seed_like() {
  Doc d(kSeedLike);
  d.article.dateline.found = true;
  d.article.dateline.span = nf::Span{0, 25};
  d.article.dateline.place_span = nf::Span{0, 9};
  d.place("Islamabad", "PK", "PK-IS");
  d.temporal(nf::Kind::Date, "23, Apr , 2025", "2025-04-23", "2025-04-23", "2025-04-23");
  d.place("Pakistan", "PK");
  d.count("more than 100,000 individuals", 100000, "lower", "individuals");
  d.temporal(nf::Kind::Duration, "three weeks", "P3W");
  d.place("Islamabad", "PK", "PK-IS", 1);
  d.place("Pakistan", "PK", "", 1);
  d.agency("Interior Ministry", "Interior Ministry (PK)");
  d.temporal(nf::Kind::Date, "2023", "2023", "2023-01-01", "2023-12-31");
  d.count("40 people", 40, "exact", "people");
  d.agency("The United Nations refugee agency", "UNHCR");
  d.agency("UNHCR", "UNHCR");
  d.temporal(nf::Kind::Date, "April", "2025-04", "2025-04-01", "2025-04-30");
  d.count("nearly 13,000 cases", 13000, "upper", "cases");
  d.temporal(nf::Kind::Date, "last year", "2024", "2024-01-01", "2024-12-31");
  d.count("over half of the returnees", 0.5, "lower", "returnees");
  d.place("Balochistan", "PK", "PK-BA");
  // The link block: the segmenter keeps lines apart, the boilerplate stage marks them.
  for (nf::Sentence& s : d.seg.sentences) {
    std::string t = d.article.body.substr(s.start, s.end - s.start);
    if (t == "READ MORE:" || t.rfind("A headline", 0) == 0) s.boilerplate = true;
  }
  return d;
}

}  // namespace

TEST_CASE("claims: the seed's facts get quantity, predicate, time, place and source", "[claims]") {
  Doc d = seed_like();
  std::vector<nf::Fact> fs = d.run("2025-04-23");
  REQUIRE(fs.size() == 3);  // nothing from the link block

  const nf::Fact& returned = d.fact(fs, "more than 100,000 individuals");
  CHECK(returned.number == 100000);
  CHECK(returned.bound == "lower");
  CHECK(returned.unit == "individuals");
  CHECK(returned.predicate == "return");
  CHECK(returned.time == "P3W");
  CHECK(returned.time_begin == "2025-04-02");
  CHECK(returned.time_end == "2025-04-23");
  CHECK(returned.location == "");  // Afghans (AF) and Pakistan, Islamabad (PK): not one country
  CHECK(returned.source == "Interior Ministry (PK)");  // "... confirmed the figures", next sentence
  CHECK(d.arg_text(returned, "source") == "Interior Ministry");
  CHECK(d.arg_text(returned, "predicate") == "returned");
  CHECK(d.arg_text(returned, "time") == "three weeks");

  const nf::Fact& cases = d.fact(fs, "nearly 13,000 cases");
  CHECK(cases.predicate == "detain");
  CHECK(cases.time == "2025-04");  // not "last year": that dates the comparison
  CHECK(cases.time_begin == "2025-04-01");
  CHECK(cases.time_end == "2025-04-30");
  CHECK(cases.source == "UNHCR");
  CHECK(cases.location == "PK");  // no place in the sentence: the dateline's country

  const nf::Fact& half = d.fact(fs, "over half of the returnees");
  CHECK(half.predicate == "return");
  CHECK(half.time == "");  // no temporal expression: null, not the article date
  CHECK(half.source == "UNHCR");  // "The agency" -> the agency named before
}

TEST_CASE("claims: every filled field has an argument pointing at its span", "[claims]") {
  Doc d = seed_like();
  for (const nf::Fact& f : d.run("2025-04-23")) {
    CHECK(d.arg_text(f, "quantity") == d.text(f));
    CHECK(d.arg_text(f, "predicate").empty() == f.predicate.empty());
    CHECK(d.arg_text(f, "time").empty() == f.time.empty());
    CHECK(d.arg_text(f, "location").empty() == f.location.empty());
    CHECK(d.arg_text(f, "source").empty() == f.source.empty());
    for (const nf::FactArg& a : f.args)
      if (a.mention >= 0) CHECK(d.ms[a.mention].span.start == a.span.start);
  }
}

TEST_CASE("claims: fact ids are deterministic and depend on text, span and value", "[claims]") {
  Doc a = seed_like(), b = seed_like();
  std::vector<nf::Fact> fa = a.run("2025-04-23"), fb = b.run("2025-04-23");
  REQUIRE(fa.size() == fb.size());
  for (size_t i = 0; i < fa.size(); ++i) CHECK(fa[i].id == fb[i].id);
  CHECK(fa[0].id != fa[1].id);
  CHECK(fa[0].id.size() == 32);
  CHECK(nf::fact_id("h1", nf::Span{1, 5}, 3) != nf::fact_id("h2", nf::Span{1, 5}, 3));
  CHECK(nf::fact_id("h1", nf::Span{1, 5}, 3) != nf::fact_id("h1", nf::Span{1, 5}, 4));
}

TEST_CASE("claims: predicates from the governing verb or noun", "[claims]") {
  Doc d(
      "The strike killed at least 12 people and injured 30 others in the market.\n"
      "Some 4,000 residents have reportedly been evacuated from the valley.\n"
      "Police confirmed the deaths of 40 migrants.\n"
      "Authorities recorded 25 deaths.\n"
      "Two local leaders and 133 other people were arrested.\n"
      "The company plans 200 new stores.");
  d.count("at least 12 people", 12, "lower", "people");
  d.count("30 others", 30, "exact", "others");
  d.count("Some 4,000 residents", 4000, "approx", "residents");
  d.count("40 migrants", 40, "exact", "migrants");
  d.count("25 deaths", 25, "exact", "deaths");
  d.count("Two local leaders", 2, "exact", "leaders");
  d.count("133 other people", 133, "exact", "people");
  d.count("200 new stores", 200, "exact", "stores");
  auto fs = d.run("2025-01-10");
  CHECK(d.fact(fs, "at least 12 people").predicate == "kill");
  CHECK(d.fact(fs, "30 others").predicate == "injure");
  CHECK(d.fact(fs, "Some 4,000 residents").predicate == "evacuate");
  CHECK(d.fact(fs, "40 migrants").predicate == "die");
  CHECK(d.fact(fs, "25 deaths").predicate == "die");
  CHECK(d.fact(fs, "Two local leaders").predicate == "arrest");  // shares the verb of the count it is joined to
  CHECK(d.fact(fs, "133 other people").predicate == "arrest");
  CHECK(d.fact(fs, "200 new stores").predicate == "");  // no event word: null, not guessed
}

TEST_CASE("claims: a tally that rises gives its event to the count it reaches", "[claims]") {
  Doc d(
      "The death toll from Friday's earthquake in Myanmar rose to 1,644 on Sunday.\n"
      "The number of evacuees climbed to 122,400.\n"
      "Prices rose to 300 pesos.");
  d.count("1,644", 1644, "exact", "");
  d.count("122,400", 122400, "exact", "");
  d.count("300 pesos", 300, "exact", "PHP", nf::Kind::Money);
  auto fs = d.run("2025-03-30");
  CHECK(d.fact(fs, "1,644").predicate == "die");
  CHECK(d.arg_text(d.fact(fs, "1,644"), "predicate") == "death toll");
  CHECK(d.fact(fs, "122,400").predicate == "evacuate");
  CHECK(d.fact(fs, "300 pesos").predicate == "rise");  // no tally: the change itself
}

TEST_CASE("claims: sources through verbs, according to, postposed, anaphors; people are not sources", "[claims]") {
  Doc d(
      "According to the World Health Organization, 1,200 cholera cases were recorded in March.\n"
      "More than 300 people were killed, the Health Ministry said on Tuesday.\n"
      "About 50 homes were destroyed, said the ministry.\n"
      "Red Cross data showed 700 families were displaced.\n"
      "Governor John Smith said 15 people drowned.\n"
      "Officials say 80 people are missing.\n"
      "UNICEF spokesperson James Elder told reporters that 20 children had died.\n"
      "The police arrested 45 protesters.");
  d.agency("World Health Organization", "WHO");
  d.agency("Health Ministry", "Ministry of Health (SD)");
  d.agency("Red Cross", "ICRC");
  d.agency("UNICEF", "UNICEF");
  d.count("1,200 cholera cases", 1200, "exact", "cases");
  d.count("More than 300 people", 300, "lower", "people");
  d.count("About 50 homes", 50, "approx", "homes");
  d.count("700 families", 700, "exact", "families");
  d.count("15 people", 15, "exact", "people");
  d.count("80 people", 80, "exact", "people");
  d.count("20 children", 20, "exact", "children");
  d.count("45 protesters", 45, "exact", "protesters");
  auto fs = d.run("2025-04-01");
  CHECK(d.fact(fs, "1,200 cholera cases").source == "WHO");
  CHECK(d.fact(fs, "1,200 cholera cases").predicate == "record");
  CHECK(d.fact(fs, "More than 300 people").source == "Ministry of Health (SD)");
  CHECK(d.fact(fs, "About 50 homes").source == "Ministry of Health (SD)");  // "the ministry"
  CHECK(d.fact(fs, "700 families").source == "ICRC");
  CHECK(d.fact(fs, "700 families").predicate == "displace");
  CHECK(d.fact(fs, "15 people").source == "");  // a person, no organisation named
  CHECK(d.fact(fs, "80 people").source == "");  // unnamed officials
  CHECK(d.fact(fs, "20 children").source == "UNICEF");  // the person's organisation
  CHECK(d.fact(fs, "45 protesters").source == "");  // an actor, not a source
  CHECK(d.fact(fs, "45 protesters").predicate == "arrest");
}

TEST_CASE("claims: a minister quoted by title speaks for the ministry, also by surname later", "[claims]") {
  Doc d(
      "KAMPALA, Feb 2 - Uganda has confirmed nine cases, Health Minister Jane Ruth Aceng said on Sunday.\n"
      "Of those, eight are nurses, the ministry said.\n"
      "Aceng said 265 contacts were being followed.\n"
      "State Minister of Public Health Ali Musa said 40 beds were ready.\n"
      "Some 400,000 pupils stay home, the education minister said.\n"
      "Prime Minister Robinah Nabbanja said 30 schools were shut.\n"
      "The Finance Ministry released $2 million. Finance Minister Matia Kasaija said 12 districts would be paid.\n"
      "Kenya's Interior Minister Kithure Kindiki said 7 people died.");
  d.place("KAMPALA", "UG");
  d.place("Uganda", "UG");
  d.place("Kenya", "KE");
  d.agency("Finance Ministry", "Finance Ministry (UG)");
  d.count("nine cases", 9, "exact", "cases");
  d.count("eight", 8, "exact", "");
  d.count("265 contacts", 265, "exact", "contacts");
  d.count("40 beds", 40, "exact", "beds");
  d.count("Some 400,000 pupils", 400000, "approx", "pupils");
  d.count("30 schools", 30, "exact", "schools");
  d.count("$2 million", 2000000, "exact", "USD", nf::Kind::Money);
  d.count("12 districts", 12, "exact", "districts");
  d.count("7 people", 7, "exact", "people");
  auto fs = d.run("2025-02-02");
  CHECK(d.fact(fs, "nine cases").source == "Health Ministry (UG)");  // the dateline's country
  CHECK(d.arg_text(d.fact(fs, "nine cases"), "source") == "Health Minister");
  CHECK(d.fact(fs, "eight").source == "Health Ministry (UG)");  // "the ministry": the minister's
  CHECK(d.fact(fs, "265 contacts").source == "Health Ministry (UG)");  // "Aceng said"
  CHECK(d.fact(fs, "40 beds").source == "Public Health Ministry (UG)");
  CHECK(d.fact(fs, "Some 400,000 pupils").source == "Education Ministry (UG)");
  CHECK(d.fact(fs, "30 schools").source == "");  // a head of government names no ministry
  CHECK(d.fact(fs, "12 districts").source == "Finance Ministry (UG)");  // the ministry named before
  CHECK(d.arg_text(d.fact(fs, "12 districts"), "source") == "Finance Ministry");
  CHECK(d.fact(fs, "7 people").source == "Interior Ministry (KE)");  // "Kenya's": not the dateline's
}

TEST_CASE("claims: offsets, new clauses after ', and' and closed relative clauses do not date a count", "[claims]") {
  Doc d(
      "Two years after the quake killed more than 53,000 people in February 2023, 201,000 homes stand.\n"
      "A year later, 1.5 million were still in camps.\n"
      "Arce declared a disaster on Sept. 8, and Chile has sent 120 firefighters.\n"
      "Floods have killed 188 people since March, and nearly 165,000 have been forced from their homes.\n"
      "In January, 500 homes were flooded, and the army evacuated 300 families.\n"
      "Remittances, which make up nearly 20% of output, rose 8.6% in 2024.");
  d.temporal(nf::Kind::Duration, "Two years", "P2Y");
  d.temporal(nf::Kind::Date, "February 2023", "2023-02", "2023-02-01", "2023-02-28");
  d.temporal(nf::Kind::Duration, "A year", "P1Y");
  d.temporal(nf::Kind::Date, "Sept. 8", "2024-09-08", "2024-09-08", "2024-09-08");
  d.temporal(nf::Kind::Date, "March", "2024-03", "2024-03-01", "2024-03-31");
  d.temporal(nf::Kind::Date, "In January", "2024-01", "2024-01-01", "2024-01-31");
  d.temporal(nf::Kind::Date, "2024", "2024", "2024-01-01", "2024-12-31");
  d.count("more than 53,000 people", 53000, "lower", "people");
  d.count("201,000 homes", 201000, "exact", "homes");
  d.count("1.5 million", 1500000, "exact", "");
  d.count("120 firefighters", 120, "exact", "firefighters");
  d.count("188 people", 188, "exact", "people");
  d.count("nearly 165,000", 165000, "upper", "");
  d.count("500 homes", 500, "exact", "homes");
  d.count("300 families", 300, "exact", "families");
  d.count("nearly 20%", 20, "upper", "percent", nf::Kind::Percent);
  d.count("8.6%", 8.6, "exact", "percent", nf::Kind::Percent);
  auto fs = d.run("2025-02-06");
  CHECK(d.fact(fs, "more than 53,000 people").time == "2023-02");  // not "Two years" (after ...)
  CHECK(d.fact(fs, "1.5 million").time == "");                      // "A year later": an offset
  CHECK(d.fact(fs, "120 firefighters").time == "");                 // Sept. 8 is Arce's
  CHECK(d.fact(fs, "nearly 165,000").time == "2024-03");            // shares the clause before
  CHECK(d.fact(fs, "300 families").time == "2024-01");              // the opening date dates all
  CHECK(d.fact(fs, "nearly 20%").time == "");                       // 2024 is outside its clause
  CHECK(d.fact(fs, "8.6%").time == "2024");
}

TEST_CASE("claims: origins, changes and where a statement was made", "[claims]") {
  Doc d(
      "Guatemala received 7,500 deportees from the United States in February, up 24% from a year before.\n"
      "Rescuers evacuated 300 people from Gaza.\n"
      "Speaking at a ceremony in Hatay, the minister said 252,000 units would be handed over in Turkey.\n"
      "Speaking at a ceremony in Hatay, the minister said 40 homes were ready.\n"
      "Officials told reporters in Geneva that 5,000 Sudanese had crossed.");
  d.place("Guatemala", "GT");
  d.place("the United States", "US");
  d.place("Gaza", "PS");
  d.place("Hatay", "TR", "TR-31");
  d.place("Turkey", "TR");
  d.place("Hatay", "TR", "TR-31", 1);
  d.place("Geneva", "CH");
  d.count("7,500 deportees", 7500, "exact", "deportees");
  d.count("24%", 24, "exact", "percent", nf::Kind::Percent);
  d.count("300 people", 300, "exact", "people");
  d.count("252,000 units", 252000, "exact", "units");
  d.count("40 homes", 40, "exact", "homes");
  d.count("5,000 Sudanese", 5000, "exact", "Sudanese");
  auto fs = d.run("2025-03-04");
  CHECK(d.fact(fs, "7,500 deportees").location == "GT");  // not where they came from
  CHECK(d.fact(fs, "24%").location == "GT");              // the change of the count before
  CHECK(d.fact(fs, "300 people").location == "PS");       // no other place: the origin is it
  CHECK(d.fact(fs, "252,000 units").location == "TR");    // not the ceremony's province
  CHECK(d.fact(fs, "40 homes").location == "");           // the ceremony's place says nothing
  CHECK(d.fact(fs, "5,000 Sudanese").location == "");     // not Geneva, where it was said
}

TEST_CASE("claims: 'the centre' names an acronym spelled out before it in brackets", "[claims]") {
  Doc d(
      "Rains killed 16 people, the Disaster Management Centre (DMC) said.\n"
      "Last year, floods killed 27 people, the centre said.\n"
      "The Red Cross (IFRC) said 40 homes were lost. Another 12 were damaged, the centre said.");
  d.agency("DMC", "DMC");
  d.agency("IFRC", "IFRC");
  d.count("16 people", 16, "exact", "people");
  d.count("27 people", 27, "exact", "people");
  d.count("40 homes", 40, "exact", "homes");
  d.count("12", 12, "exact", "");
  auto fs = d.run("2024-06-03");
  CHECK(d.fact(fs, "16 people").source == "DMC");
  CHECK(d.fact(fs, "27 people").source == "DMC");  // "the centre": the Disaster Management Centre
  CHECK(d.fact(fs, "40 homes").source == "IFRC");
  CHECK(d.fact(fs, "12").source == "DMC");         // the Red Cross is no centre
}

TEST_CASE("claims: the dateline's number is no claim; 'said in a letter ... on Monday' dates the statement", "[claims]") {
  Doc d(
      "Tegucigalpa, 20 nov (EFE).- Storm Sara has left 6 people dead, Copeco reported.\n"
      "More than 2,000 people were buried, the centre said in a letter to the United Nations on Monday.\n"
      "UNHCR said in a statement that 270,000 Syrians returned in January, and that 800,000 others went home.\n"
      "Some 7,800 people must leave, IOM mission chief Serhan Aktoprak said.");
  d.article.dateline.found = true;  // as the dateline reader finds it
  d.article.dateline.span = nf::Span{0, 25};
  d.place("Tegucigalpa", "HN");
  d.agency("Copeco", "Copeco");
  d.agency("UNHCR", "UNHCR");
  d.agency("IOM", "IOM");
  d.temporal(nf::Kind::Date, "Monday", "2024-05-27", "2024-05-27", "2024-05-27");
  d.temporal(nf::Kind::Date, "January", "2025-01", "2025-01-01", "2025-01-31");
  d.count("20", 20, "exact", "");
  d.count("6 people", 6, "exact", "people");
  d.count("More than 2,000 people", 2000, "lower", "people");
  d.count("270,000 Syrians", 270000, "exact", "Syrians");
  d.count("800,000 others", 800000, "exact", "others");
  d.count("Some 7,800 people", 7800, "approx", "people");
  auto fs = d.run("2024-11-20");
  for (const nf::Fact& f : fs) CHECK(d.text(f) != "20");  // inside the dateline
  CHECK(d.fact(fs, "More than 2,000 people").time == "");
  CHECK(d.fact(fs, "270,000 Syrians").time == "2025-01");
  CHECK(d.fact(fs, "800,000 others").time == "2025-01");  // "and that": the same report
  CHECK(d.fact(fs, "Some 7,800 people").source == "IOM");
}

TEST_CASE("claims: a source that opens a clause after ', and' with a count of its own vouches for nothing before", "[claims]") {
  Doc d(
      "Smoke closed schools in 10 towns, and the health ministry said infections rose 30 percent.\n"
      "Floods killed 12 people and injured 30 others, the health ministry said.");
  d.agency("health ministry", "Health Ministry (BO)");
  d.agency("health ministry", "Health Ministry (BO)", 1);
  d.count("10 towns", 10, "exact", "towns");
  d.count("30 percent", 30, "exact", "percent", nf::Kind::Percent);
  d.count("12 people", 12, "exact", "people");
  d.count("30 others", 30, "exact", "others");
  auto fs = d.run("2024-09-20");
  CHECK(d.fact(fs, "10 towns").source == "");
  CHECK(d.fact(fs, "30 percent").source == "Health Ministry (BO)");
  CHECK(d.fact(fs, "12 people").source == "Health Ministry (BO)");
  CHECK(d.fact(fs, "30 others").source == "Health Ministry (BO)");
}

TEST_CASE("claims: a later sentence vouches for figures only when it refers back", "[claims]") {
  Doc d(
      "At least 60 people died in the floods.\n"
      "The Disaster Agency confirmed the toll.\n"
      "Some 2,000 houses were damaged.\n"
      "The Disaster Agency said it had sent tents.");
  d.count("At least 60 people", 60, "lower", "people");
  d.agency("Disaster Agency", "NDMA (PK)");
  d.count("Some 2,000 houses", 2000, "approx", "houses");
  d.agency("Disaster Agency", "NDMA (PK)", 1);
  auto fs = d.run("2025-08-20");
  CHECK(d.fact(fs, "At least 60 people").source == "NDMA (PK)");
  CHECK(d.fact(fs, "Some 2,000 houses").source == "");  // "said it had sent tents": not about the figures
}

TEST_CASE("claims: places from the clause, then the sentence's one country, else nothing", "[claims]") {
  Doc d(
      "In Balochistan, 120 people were arrested this week.\n"
      "Floods displaced 5,000 people in Sindh and 3,000 in Punjab.\n"
      "Some 900 Sudanese refugees crossed into Chad.\n"
      "Another 70 people were injured.");
  d.place("Balochistan", "PK", "PK-BA");
  d.count("120 people", 120, "exact", "people");
  d.temporal(nf::Kind::Date, "this week", "2025-W17", "2025-04-21", "2025-04-27");
  d.count("5,000 people", 5000, "exact", "people");
  d.place("Sindh", "PK", "PK-SD");
  d.count("3,000", 3000, "exact", "");
  d.place("Punjab", "PK", "PK-PB");
  d.count("Some 900 Sudanese refugees", 900, "approx", "refugees");
  d.place("Chad", "TD");
  d.count("Another 70 people", 70, "exact", "people");
  auto fs = d.run("2025-04-23");
  CHECK(d.fact(fs, "120 people").location == "PK-BA");
  CHECK(d.fact(fs, "120 people").time == "2025-W17");
  CHECK(d.fact(fs, "5,000 people").location == "PK-SD");
  CHECK(d.fact(fs, "3,000").location == "PK-PB");
  CHECK(d.fact(fs, "3,000").predicate == "displace");
  CHECK(d.fact(fs, "Some 900 Sudanese refugees").location == "TD");  // Chad is in its clause
  // No place and no dateline: the story's one country (its lead's, the one it names most).
  CHECK(d.fact(fs, "Another 70 people").location == "PK");
  CHECK(d.fact(fs, "Another 70 people").time == "");
}

TEST_CASE("claims: a date after a comparison dates the base, not the count", "[claims]") {
  Doc d("The ministry counted 300 deaths this year, up from 200 last year.");
  d.count("300 deaths", 300, "exact", "deaths");
  d.temporal(nf::Kind::Date, "this year", "2025", "2025-01-01", "2025-12-31");
  d.count("200", 200, "exact", "");
  d.temporal(nf::Kind::Date, "last year", "2024", "2024-01-01", "2024-12-31");
  auto fs = d.run("2025-06-01");
  CHECK(d.fact(fs, "300 deaths").time == "2025");
  CHECK(d.fact(fs, "200").time == "2024");
}

TEST_CASE("claims: measurements make no fact; money and percentages do", "[claims]") {
  Doc d("The 40-tonne convoy brought aid worth $2 million, and 30 percent of families received food.");
  d.count("40-tonne", 40, "exact", "t", nf::Kind::Quantity);
  d.count("$2 million", 2000000, "exact", "USD", nf::Kind::Money);
  d.count("30 percent", 30, "exact", "percent", nf::Kind::Percent);
  auto fs = d.run("2025-06-01");
  REQUIRE(fs.size() == 2);
  CHECK(d.fact(fs, "30 percent").predicate == "receive");
}

TEST_CASE("claims: calendar intervals of TIMEX3 values", "[claims][temporal]") {
  using P = std::pair<std::string, std::string>;
  CHECK(nf::timex_interval("2025-04-23", "2025-04-23", false) == P{"2025-04-23", "2025-04-23"});
  CHECK(nf::timex_interval("2024-02", "", false) == P{"2024-02-01", "2024-02-29"});
  CHECK(nf::timex_interval("2023", "", false) == P{"2023-01-01", "2023-12-31"});
  CHECK(nf::timex_interval("P3W", "2025-04-23", true) == P{"2025-04-02", "2025-04-23"});
  CHECK(nf::timex_interval("P10D", "2025-03-05", true) == P{"2025-02-23", "2025-03-05"});
  CHECK(nf::timex_interval("P1M", "2025-03-31", true) == P{"2025-02-28", "2025-03-31"});
  CHECK(nf::timex_interval("P2Y", "2025-03-31", true) == P{"2023-03-31", "2025-03-31"});
  CHECK(nf::timex_interval("P3W", "2025-04-23", false) == P{"", ""});  // not anchored: no interval
  CHECK(nf::timex_interval("PAST_REF", "2025-04-23", true) == P{"", ""});
  CHECK(nf::timex_interval("XXXX-04", "2025-04-23", false) == P{"", ""});
}

TEST_CASE("claims: the agency next to the verb speaks; a verb before the count beats a participle after", "[claims]") {
  Doc d(
      "At least 2,400 people were killed in the quake.\n"
      "The Taliban\xE2\x80\x99s Ministry of Disaster Management confirmed the toll on Monday.\n"
      "Soldiers rescued 240 people stranded on rooftops.");
  d.count("At least 2,400 people", 2400, "lower", "people");
  d.agency("Taliban", "Taliban");
  d.agency("Ministry of Disaster Management", "Ministry of Disaster Management (AF)");
  d.temporal(nf::Kind::Date, "Monday", "2023-10-09", "2023-10-09", "2023-10-09");
  d.count("240 people", 240, "exact", "people");
  auto fs = d.run("2023-10-09");
  CHECK(d.fact(fs, "At least 2,400 people").source == "Ministry of Disaster Management (AF)");
  CHECK(d.fact(fs, "At least 2,400 people").time == "");  // Monday dates the confirmation, in another sentence
  CHECK(d.fact(fs, "240 people").predicate == "rescue");  // not the participle "stranded" after it
}

TEST_CASE("claims: statement dates, destinations and far-away datelines give nothing", "[claims]") {
  Doc d(
      "BRUSSELS, 10 September 2025 \xE2\x80\x93 Some 4,000 migrants reached Crete since June, the coastguard said on Wednesday.\n"
      "Police detained 43 people suspected of smuggling migrants to Malaysia.\n"
      "About 60 boats were intercepted.");
  d.article.dateline.found = true;
  d.article.dateline.span = nf::Span{0, d.article.body.find(" \xE2\x80\x93")};
  d.place("BRUSSELS", "BE", "BE-BRU");
  d.count("Some 4,000 migrants", 4000, "approx", "migrants");
  d.place("Crete", "GR", "GR-M");
  d.temporal(nf::Kind::Date, "June", "2025-06", "2025-06-01", "2025-06-30");
  d.temporal(nf::Kind::Date, "Wednesday", "2025-09-10", "2025-09-10", "2025-09-10");
  d.count("43 people", 43, "exact", "people");
  d.place("Malaysia", "MY");
  d.count("About 60 boats", 60, "approx", "boats");
  auto fs = d.run("2025-09-10");
  CHECK(d.fact(fs, "Some 4,000 migrants").time == "2025-06");  // not "said on Wednesday"
  CHECK(d.fact(fs, "Some 4,000 migrants").location == "GR-M");
  CHECK(d.fact(fs, "43 people").location == "");   // Malaysia is where they were headed
  CHECK(d.fact(fs, "About 60 boats").location == "");  // Belgium is only where the reporter files from
  CHECK(d.fact(fs, "About 60 boats").predicate == "intercept");
}

TEST_CASE("claims: lists of places give their country; landmarks and other counts' provinces do not place a count", "[claims]") {
  Doc d(
      "Evacuees in Kelantan and Terengganu rose to 122,400.\n"
      "Some 7,500 households were hit in Mae Sai, on the border with Myanmar.\n"
      "At least 54 people died across the country, with 32 deaths in Odisha.");
  d.place("Kelantan", "MY", "MY-03");
  d.place("Terengganu", "MY", "MY-11");
  d.count("122,400", 122400, "exact", "");
  d.count("Some 7,500 households", 7500, "approx", "households");
  d.place("Mae Sai", "TH", "TH-57");
  d.place("Myanmar", "MM");
  d.count("At least 54 people", 54, "lower", "people");
  d.count("32 deaths", 32, "exact", "deaths");
  d.place("Odisha", "IN", "IN-OR");
  auto fs = d.run("2024-11-30");
  CHECK(d.fact(fs, "122,400").location == "MY");
  CHECK(d.fact(fs, "Some 7,500 households").location == "TH-57");
  CHECK(d.fact(fs, "At least 54 people").location == "IN");
  CHECK(d.fact(fs, "32 deaths").location == "IN-OR");
}

TEST_CASE("claims: 'The figures were released by X' vouches for the sentence before", "[claims]") {
  Doc d(
      "In March alone, 96,000 people were displaced.\n"
      "The figures were released by the Refugee Agency.\n"
      "Some 300 people were killed.\n"
      "Aid was delivered by the Refugee Agency.");
  d.count("96,000 people", 96000, "exact", "people");
  d.agency("Refugee Agency", "UNHCR");
  d.count("Some 300 people", 300, "approx", "people");
  d.agency("Refugee Agency", "UNHCR", 1);
  auto fs = d.run("2025-04-06");
  CHECK(d.fact(fs, "96,000 people").source == "UNHCR");
  CHECK(d.fact(fs, "Some 300 people").source == "");  // "delivered by": not about the figures
}

TEST_CASE("claims: the date before a change's base is the change's; a duration carved from a year gives the year", "[claims]") {
  Doc d(
      "Inflation rose to 26.2% in August from 25.7% in July.\n"
      "Last year, the country reported more than 114,000 cases and 894 deaths.\n"
      "Remittances jumped 41% in the first seven months of 2024.");
  d.count("26.2%", 26.2, "exact", "percent", nf::Kind::Percent);
  d.temporal(nf::Kind::Date, "August", "2024-08", "2024-08-01", "2024-08-31");
  d.count("25.7%", 25.7, "exact", "percent", nf::Kind::Percent);
  d.temporal(nf::Kind::Date, "July", "2024-07", "2024-07-01", "2024-07-31");
  d.temporal(nf::Kind::Date, "Last year", "2023", "2023-01-01", "2023-12-31");
  d.count("more than 114,000 cases", 114000, "lower", "cases");
  d.count("894 deaths", 894, "exact", "deaths");
  d.count("41%", 41, "exact", "percent", nf::Kind::Percent);
  d.temporal(nf::Kind::Duration, "the first seven months", "P7M", "", "");
  d.temporal(nf::Kind::Date, "2024", "2024", "2024-01-01", "2024-12-31");
  auto fs = d.run("2024-09-10");
  CHECK(d.fact(fs, "26.2%").time == "2024-08");
  CHECK(d.fact(fs, "25.7%").time == "2024-07");
  CHECK(d.fact(fs, "894 deaths").time == "2023");
  CHECK(d.fact(fs, "41%").time == "2024");
}

TEST_CASE("claims: a body that opens 'City, date (Agency)' has a dateline even when the reader found none", "[claims]") {
  Doc d(
      "New Delhi, May 30 (PTI) At least 54 people have died in the last 24 hours.\n"
      "Hospitals across India reported 900 cases.\n"
      "Nairobi has 12 shelters.");
  d.place("New Delhi", "IN");
  d.temporal(nf::Kind::Date, "May 30", "2024-05-30", "2024-05-30", "2024-05-30");
  d.count("At least 54 people", 54, "lower", "people");
  d.temporal(nf::Kind::Duration, "the last 24 hours", "PT24H");
  d.place("India", "IN");
  d.count("900 cases", 900, "exact", "cases");
  d.place("Nairobi", "KE");
  d.count("12 shelters", 12, "exact", "shelters");
  auto fs = d.run("2024-05-30");
  CHECK(d.fact(fs, "At least 54 people").time == "PT24H");   // not the filing date
  CHECK(d.fact(fs, "At least 54 people").location == "IN");  // the dateline's country, named again
  CHECK(d.fact(fs, "12 shelters").location == "KE");          // a place that opens a later sentence is no dateline
}

TEST_CASE("claims: relative clauses date their own verb; 'said that' vouches for nothing before", "[claims]") {
  Doc d(
      "A police mission that arrived in June has about 400 officers.\n"
      "The war, which began in April 2023, has displaced 12 million people.\n"
      "Officials said that last year 412 people were killed.\n"
      "Chad hosted around 400,000 refugees.\n"
      "The Food Agency warned that it would cut rations.\n"
      "Floods killed 321 people in Pakistan's northwestern Khyber Pakhtunkhwa province.");
  d.temporal(nf::Kind::Date, "June", "2024-06", "2024-06-01", "2024-06-30");
  d.count("about 400 officers", 400, "approx", "officers");
  d.temporal(nf::Kind::Date, "April 2023", "2023-04", "2023-04-01", "2023-04-30");
  d.count("12 million people", 12000000, "exact", "people");
  d.temporal(nf::Kind::Date, "last year", "2023", "2023-01-01", "2023-12-31");
  d.count("412 people", 412, "exact", "people");
  d.count("around 400,000 refugees", 400000, "approx", "refugees");
  d.agency("Food Agency", "WFP");
  d.count("321 people", 321, "exact", "people");
  d.place("Pakistan", "PK");
  d.place("Khyber Pakhtunkhwa province", "PK", "PK-KP");
  auto fs = d.run("2024-09-01");
  CHECK(d.fact(fs, "about 400 officers").time == "");
  CHECK(d.fact(fs, "12 million people").time == "2023-04");  // the period's start
  CHECK(d.fact(fs, "412 people").time == "2023");
  CHECK(d.fact(fs, "around 400,000 refugees").source == "");
  CHECK(d.fact(fs, "321 people").location == "PK-KP");
}

TEST_CASE("claims: killing and hurting in the words of South Asian and other wire copy", "[claims]") {
  const std::string body =
      "At least 12 soldiers were martyred in the attack.\n"
      "Eight villagers were slain overnight.\n"
      "Four people were hurt in the blast.\n";
  nf::ArticleResult r = nf::test::run_text(body, "2025-04-23");
  auto predicate_of = [&](const std::string& text) {
    for (const auto& f : r.facts)
      if (body.substr(f.span.start, f.span.size()) == text) return f.predicate;
    return std::string("(no fact)");
  };
  CHECK(predicate_of("At least 12 soldiers") == "kill");
  CHECK(predicate_of("Eight villagers") == "kill");
  CHECK(predicate_of("Four people") == "injure");
}

TEST_CASE("claims: donors, places beside a landmark and the origins of arrivals do not place a count", "[claims]") {
  Doc d(
      "TRIPOLI, Sept 14 (Reuters) - Floods hit Libya on Sunday.\n"
      "Egypt sent 25 rescue teams and Turkey dispatched three aircraft, while the United Nations released $10 million.\n"
      "Chile, France and Venezuela have sent 120 firefighters.\n"
      "In the Zambezi region, bordering Zambia and Botswana, 150 boreholes have dried up.\n"
      "More than 81,000 refugees have returned from Lebanon and Jordan.\n"
      "Some 20,000 arrived in April, most of them fleeing attacks around El Fasher.\n"
      "Rescuers evacuated 300 people from Gaza.");
  d.article.dateline.found = true;
  d.article.dateline.span = nf::Span{0, 26};
  d.article.dateline.place_span = nf::Span{0, 7};
  d.place("TRIPOLI", "LY", "LY-TB");
  d.place("Libya", "LY");
  d.place("Egypt", "EG");
  d.place("Turkey", "TR");
  d.place("Chile", "CL");
  d.place("France", "FR");
  d.place("Venezuela", "VE");
  d.place("Zambezi", "NA", "NA-CA");
  d.place("Zambia", "ZM");
  d.place("Botswana", "BW");
  d.place("Lebanon", "LB");
  d.place("Jordan", "JO");
  d.place("El Fasher", "SD", "SD-DN");
  d.place("Gaza", "PS");
  d.count("25 rescue teams", 25, "exact", "rescue teams");
  d.count("three aircraft", 3, "exact", "aircraft");
  d.count("$10 million", 10e6, "exact", "USD", nf::Kind::Money);
  d.count("120 firefighters", 120, "exact", "firefighters");
  d.count("150 boreholes", 150, "exact", "boreholes");
  d.count("More than 81,000 refugees", 81000, "lower", "refugees");
  d.count("Some 20,000", 20000, "approx", "");
  d.count("300 people", 300, "exact", "people");
  auto fs = d.run("2023-09-14");
  CHECK(d.fact(fs, "25 rescue teams").location == "LY");   // sent by Egypt, to the story's country
  CHECK(d.fact(fs, "three aircraft").location == "LY");
  CHECK(d.fact(fs, "$10 million").location == "LY");       // the donors of the other clauses say nothing
  CHECK(d.fact(fs, "120 firefighters").location == "LY");  // a list of donors
  CHECK(d.fact(fs, "150 boreholes").location == "NA-CA");  // "bordering Zambia and Botswana": landmarks
  CHECK(d.fact(fs, "More than 81,000 refugees").location == "LY");  // returned from: where they were
  CHECK(d.fact(fs, "Some 20,000").location == "LY");       // arrivals fleeing El Fasher
  CHECK(d.fact(fs, "300 people").location == "PS");        // an evacuation happens where they were
}

TEST_CASE("claims: titles after the name, 'according to an X tally', descriptions before an acronym", "[claims]") {
  Doc d(
      "Cyclone Tamara killed 21 people, the national disaster office BNGRC said.\n"
      "In Toamasina, winds tore the roofs off 4,300 houses, the office said.\n"
      "Othman Abduljaleel, health minister in the eastern-based administration, said 3,000 bodies had been buried.\n"
      "The war has killed at least 20,000 people, according to an AFP tally based on UN figures.\n"
      "The reservoir has fallen to 28 percent, according to the state operator Celec.\n"
      "The figure was up from 12 deaths a year before, CMAA vice-president Ly Thuch told Xinhua.\n"
      "Police chief Normil Rameau, 57, said the force had about 9,000 officers.");
  d.place("Toamasina", "MG", "MG-A");
  d.agency("BNGRC", "BNGRC");
  d.agency("AFP", "Agence France-Presse");
  d.agency("UN", "United Nations");
  d.agency("Celec", "Celec");
  d.agency("CMAA", "CMAA");
  d.agency("Xinhua", "Xinhua");
  d.agency("Police", "Police (HT)");
  d.count("21 people", 21, "exact", "people");
  d.count("4,300 houses", 4300, "exact", "houses");
  d.count("3,000 bodies", 3000, "exact", "bodies");
  d.count("at least 20,000 people", 20000, "lower", "people");
  d.count("28 percent", 28, "exact", "percent", nf::Kind::Percent);
  d.count("12 deaths", 12, "exact", "deaths");
  d.count("about 9,000 officers", 9000, "approx", "officers");
  auto fs = d.run("2025-02-03");
  CHECK(d.fact(fs, "21 people").source == "BNGRC");
  CHECK(d.fact(fs, "4,300 houses").source == "BNGRC");  // "the office": described before the acronym
  CHECK(d.fact(fs, "3,000 bodies").source == "Health Ministry");
  CHECK(d.fact(fs, "at least 20,000 people").source == "Agence France-Presse");
  CHECK(d.fact(fs, "28 percent").source == "Celec");
  CHECK(d.fact(fs, "12 deaths").source == "CMAA");
  CHECK(d.fact(fs, "about 9,000 officers").source == "Police (HT)");  // the age between commas
}

TEST_CASE("claims: superlatives, conditions, 'and that' and relative clauses after the count do not date it", "[claims]") {
  Doc d(
      "About 1.4 million people face hunger because of the worst drought in a century.\n"
      "The plants were generating at 45 percent of capacity after the driest year in six decades.\n"
      "Farmers lost about 12,000 cattle this year and that maize output fell 53 percent.\n"
      "WFP would cut rations for 1.2 million people from May unless it received $110 million.\n"
      "The ministry said 270 rescuers had been sent to the region, which was also hit by mudflows in 2023 that killed eight people.\n"
      "The storm, the strongest to hit the country in decades, damaged more than 120,000 houses.");
  d.count("About 1.4 million people", 1.4e6, "approx", "people");
  d.temporal(nf::Kind::Duration, "a century", "P100Y");
  d.count("45 percent", 45, "exact", "percent", nf::Kind::Percent);
  d.temporal(nf::Kind::Duration, "six decades", "P60Y");
  d.count("about 12,000 cattle", 12000, "approx", "cattle");
  d.temporal(nf::Kind::Date, "this year", "2024", "2024-01-01", "2024-12-31");
  d.count("53 percent", 53, "exact", "percent", nf::Kind::Percent);
  d.count("1.2 million people", 1.2e6, "exact", "people");
  d.temporal(nf::Kind::Date, "May", "2024-05", "2024-05-01", "2024-05-31");
  d.count("$110 million", 110e6, "exact", "USD", nf::Kind::Money);
  d.count("270 rescuers", 270, "exact", "rescuers");
  d.temporal(nf::Kind::Date, "2023", "2023", "2023-01-01", "2023-12-31");
  d.count("eight people", 8, "exact", "people");
  nf::Mention decades = d.make(nf::Kind::Duration, "decades", 1);  // not "six decades"
  decades.value = "PXE";
  d.ms.push_back(decades);
  d.count("more than 120,000 houses", 120000, "lower", "houses");
  auto fs = d.run("2024-03-12");
  CHECK(d.fact(fs, "About 1.4 million people").time == "");  // "the worst ... in a century"
  CHECK(d.fact(fs, "45 percent").time == "");
  CHECK(d.fact(fs, "about 12,000 cattle").time == "2024");
  CHECK(d.fact(fs, "53 percent").time == "");                 // "and that": a report of its own
  CHECK(d.fact(fs, "1.2 million people").time == "2024-05");
  CHECK(d.fact(fs, "$110 million").time == "");               // "unless": a condition of its own
  CHECK(d.fact(fs, "270 rescuers").time == "");               // ", which ...": about the region
  CHECK(d.fact(fs, "eight people").time == "2023");
  CHECK(d.fact(fs, "more than 120,000 houses").time == "");  // "the strongest to hit the country in decades"
}

TEST_CASE("claims: a rate ('three cyclones a year') has no period; a gift of money is no attribution", "[claims]") {
  Doc d(
      "Madagascar is hit by about three cyclones a year.\n"
      "Floods killed 20 people in a year.\n"
      "Egypt sent teams, while the United Nations released $10 million from its emergency fund.\n"
      "The United Nations released figures showing 300 deaths.");
  d.count("about three cyclones", 3, "approx", "cyclones");
  d.temporal(nf::Kind::Duration, "a year", "P1Y");
  d.count("20 people", 20, "exact", "people");
  nf::Mention y = d.make(nf::Kind::Duration, "a year", 1);
  y.value = "P1Y";
  d.ms.push_back(y);
  d.agency("United Nations", "United Nations");
  d.agency("United Nations", "United Nations", 1);
  d.count("$10 million", 10e6, "exact", "USD", nf::Kind::Money);
  d.count("300 deaths", 300, "exact", "deaths");
  auto fs = d.run("2025-02-03");
  CHECK(d.fact(fs, "about three cyclones").time == "");  // a rate
  CHECK(d.fact(fs, "20 people").time == "P1Y");
  CHECK(d.fact(fs, "$10 million").source == "");         // the UN gives it, it does not report it
  CHECK(d.fact(fs, "300 deaths").source == "United Nations");
}

TEST_CASE("claims: a province among several ('the departments of Colon and Atlantida') gives its country", "[claims]") {
  Doc d(
      "Some 12,400 people were in 94 shelters, most of them in the northern departments of Colon and Atlantida.\n"
      "Displacement rose by 22% since June, with the sharpest increase in the Artibonite and Centre departments.\n"
      "In Colon, the river cut off 18 communities.");
  d.place("Atlantida", "HN", "HN-AT");
  d.place("Artibonite", "HT", "HT-AR");
  d.place("Colon", "HN", "HN-CL", 1);
  d.count("Some 12,400 people", 12400, "approx", "people");
  d.count("22%", 22, "exact", "percent", nf::Kind::Percent);
  d.count("18 communities", 18, "exact", "communities");
  auto fs = d.run("2024-11-20");
  CHECK(d.fact(fs, "Some 12,400 people").location == "HN");
  CHECK(d.fact(fs, "22%").location == "HT");
  CHECK(d.fact(fs, "18 communities").location == "HN-CL");
}

TEST_CASE("claims: a place that names a virus or a strain is no place ('Sudan virus disease')", "[claims]") {
  Doc d(
      "KAMPALA - Uganda has confirmed nine cases of Sudan virus disease, including one death.\n"
      "Sudan has recorded 300 cases of cholera.");
  d.article.dateline.found = true;
  d.article.dateline.span = nf::Span{0, 7};
  d.article.dateline.place_span = nf::Span{0, 7};
  d.place("KAMPALA", "UG", "UG-C");
  d.place("Uganda", "UG");
  d.place("Sudan", "SD");
  d.place("Sudan", "SD", "", 1);
  d.count("nine cases", 9, "exact", "cases");
  d.count("one death", 1, "exact", "death");
  d.count("300 cases", 300, "exact", "cases");
  auto fs = d.run("2025-02-02");
  CHECK(d.fact(fs, "nine cases").location == "UG");
  CHECK(d.fact(fs, "one death").location == "UG");
  CHECK(d.fact(fs, "300 cases").location == "SD");
}

TEST_CASE("claims: demonyms inside agency names, destinations in lists, 'the committee', 'the education ministry'", "[claims]") {
  Doc d(
      "OUAGADOUGOU (AA) - Violence has displaced 2 million people in Burkina Faso.\n"
      "In Djibo, 300,000 people depend on food aid, according to the Norwegian Refugee Council.\n"
      "Some 8,000 refugees have fled to neighbouring Mali and Niger this year.\n"
      "Floods killed 21 people, the Committee of Emergency Situations said.\n"
      "The water destroyed 300 homes, the committee said in a statement.\n"
      "Some 34 schools will remain closed, the education ministry said.");
  d.article.dateline.found = true;
  d.article.dateline.span = nf::Span{0, 16};
  d.article.dateline.place_span = nf::Span{0, 11};
  d.place("OUAGADOUGOU", "BF", "BF-03");
  d.place("Burkina Faso", "BF");
  d.place("Djibo", "BF", "BF-12");
  d.place("Mali", "ML");
  d.place("Niger", "NE");
  d.agency("Norwegian Refugee Council", "Norwegian Refugee Council");
  d.agency("Committee of Emergency Situations", "Committee of Emergency Situations (BF)");
  d.count("2 million people", 2e6, "exact", "people");
  d.count("300,000 people", 300000, "exact", "people");
  d.count("Some 8,000 refugees", 8000, "approx", "refugees");
  d.count("21 people", 21, "exact", "people");
  d.count("300 homes", 300, "exact", "homes");
  d.count("Some 34 schools", 34, "approx", "schools");
  auto fs = d.run("2023-06-05");
  CHECK(d.fact(fs, "300,000 people").location == "BF-12");  // "Norwegian" names a council, not a country here
  CHECK(d.fact(fs, "Some 8,000 refugees").location == "BF");  // "to Mali and Niger": destinations
  CHECK(d.fact(fs, "300 homes").source == "Committee of Emergency Situations (BF)");
  CHECK(d.fact(fs, "Some 34 schools").source == "Education Ministry (BF)");
}

TEST_CASE("claims: a date inside an apposition to a name does not date the count after it", "[claims]") {
  Doc d(
      "In Djibo, a town under blockade for two years, 300,000 people depend on convoys.\n"
      "In January, the month of the floods, 400 homes were lost.\n"
      "On Monday, a day after the storm, rescuers found 40 bodies.");
  d.temporal(nf::Kind::Duration, "two years", "P2Y");
  d.count("300,000 people", 300000, "exact", "people");
  d.temporal(nf::Kind::Date, "January", "2024-01", "2024-01-01", "2024-01-31");
  d.count("400 homes", 400, "exact", "homes");
  d.temporal(nf::Kind::Date, "Monday", "2024-06-03", "2024-06-03", "2024-06-03");
  d.count("40 bodies", 40, "exact", "bodies");
  auto fs = d.run("2024-06-05");
  CHECK(d.fact(fs, "300,000 people").time == "");  // the blockade's duration
  CHECK(d.fact(fs, "400 homes").time == "2024-01");
  CHECK(d.fact(fs, "40 bodies").time == "2024-06-03");
}

TEST_CASE("claims: a demonym names the dateline's country as well as its name does", "[claims]") {
  const std::string body =
      "LUSAKA, Feb. 29 (Xinhua) -- The Zambian president declared the drought a national disaster.\n"
      "Officials said 84 districts have been hit by the dry spell.\n";
  const std::string elsewhere =
      "BRUSSELS, May 2 (Reuters) - Spanish officials said 84 boats arrived in the Canaries.\n"
      "Officials said 12 boats were lost.\n";
  auto location_of = [](const std::string& text, const std::string& count) {
    nf::ArticleResult r = nf::test::run_text(text, "2024-03-01");
    for (const auto& f : r.facts)
      if (text.substr(f.span.start, f.span.size()) == count) return f.location;
    return std::string("(no fact)");
  };
  CHECK(location_of(body, "84 districts") == "ZM");
  CHECK(location_of(elsewhere, "12 boats").empty());  // a Spanish story filed from Brussels
}

TEST_CASE("claims: the lead's one province, an agency's seat, currencies, donors by demonym or 'by'", "[claims]") {
  auto fact_of = [](const std::string& text, const std::string& count, const char* ref = "2025-05-20") {
    nf::ArticleResult r = nf::test::run_text(text, ref);
    for (const auto& f : r.facts)
      if (text.substr(f.span.start, f.span.size()) == count) return f;
    return nf::Fact{};
  };
  // The lead places the story in one province; a later sentence with no place of its own is
  // there too (not just the dateline's country). A lead that names no province, or a story
  // that names two, keeps the country.
  const std::string lead =
      "NAIROBI, May 20 (AFP) - Floods have killed 30 people in Kenya's Garissa county, officials said.\n"
      "Another 12 people are missing.\n";
  CHECK(fact_of(lead, "Another 12 people").location == "KE-07");
  // A sentence that names another country looks beyond the province ("Uganda sent ...").
  const std::string donor =
      "NAIROBI, May 20 (AFP) - Floods have killed 30 people in Kenya's Garissa county, officials said.\n"
      "Uganda sent 40 rescuers.\n";
  CHECK(fact_of(donor, "40 rescuers").location == "KE");
  const std::string national =
      "NAIROBI, May 20 (AFP) - Floods have killed 30 people across Kenya, officials said.\n"
      "In Garissa county, 9 people died.\n"
      "Another 12 people are missing.\n";
  CHECK(fact_of(national, "Another 12 people").location == "KE");
  const std::string two =
      "NAIROBI, May 20 (AFP) - Floods have killed 30 people in Kenya's Garissa county, officials said.\n"
      "In Kisumu county, 9 people died.\n"
      "Another 12 people are missing.\n";
  CHECK(fact_of(two, "Another 12 people").location == "KE");
  // "the office in Nairobi said": where the source sits, not where the count happened.
  const std::string seat =
      "In Somalia, floods forced 4,000 people from their homes, the UN humanitarian office in Nairobi said.\n";
  CHECK(fact_of(seat, "4,000 people").location == "SO");
  // ... but with nothing else in the sentence, the seat's country (not its province) beats a
  // dateline abroad.
  const std::string abroad =
      "WELLINGTON, April 8 (Reuters) - A cyclone has killed four people in Fiji.\n"
      "It forced 6,000 people into shelters, the National Disaster Management Office in Suva said.\n";
  CHECK(fact_of(abroad, "6,000 people").location == "FJ");
  // A share after a lead about one province is often the nation's.
  const std::string share =
      "NAIROBI, May 20 (AFP) - Floods have killed 30 people in Kenya's Garissa county, officials said.\n"
      "Inflation rose to 4 percent.\n";
  CHECK(fact_of(share, "4 percent").location == "KE");
  // A currency's country is no place; nor is a donor's, also by its demonym or after "by".
  const std::string gifts =
      "HONIARA, May 20 (Reuters) - A cyclone destroyed 300 homes in the Solomon Islands.\n"
      "Japan pledged 2 million Japanese yen in aid, and a Japanese navy ship carried 40 tonnes of rice.\n"
      "Officials said 5,000 tents donated by China would arrive next week.\n";
  CHECK(fact_of(gifts, "2 million Japanese yen").location == "SB");
  CHECK(fact_of(gifts, "5,000 tents").location == "SB");
  // "migrants trying to reach Italy": a destination, not where they were stopped.
  const std::string reach =
      "The coast guard stopped 700 migrants trying to reach Spain off the coast of Nouadhibou.\n";
  CHECK(fact_of(reach, "700 migrants").location.rfind("MR", 0) == 0);
}

TEST_CASE("claims: 'its spokesman', 'the agency' as a speaker, forecasts and estimates as attribution", "[claims]") {
  auto fact_of = [](const std::string& text, const std::string& count) {
    nf::ArticleResult r = nf::test::run_text(text, "2025-05-20");
    for (const auto& f : r.facts)
      if (text.substr(f.span.start, f.span.size()) == count) return f;
    return nf::Fact{};
  };
  const std::string its = "The World Food Programme fed 20,000 families in May, its spokesman Tomson Phiri said.\n";
  CHECK(fact_of(its, "20,000 families").source == "World Food Programme");
  // "the agency" speaks: the nearest agency that spoke before, not one that was told something.
  const std::string told =
      "More than 300 people died, UNICEF said.\n"
      "The government put the toll higher, telling the United Nations that 500 people died.\n"
      "Some 9,000 children are out of school, the agency said.\n";
  CHECK(fact_of(told, "Some 9,000 children").source == "UNICEF");
  const std::string forecast =
      "The World Bank said exports fell 12 percent.\n"
      "The bank expects growth of 4.5 percent in 2026.\n"
      "The bank put the cost of the damage at $2 billion.\n";
  CHECK(fact_of(forecast, "4.5 percent").source == "World Bank");
  CHECK(fact_of(forecast, "$2 billion").source == "World Bank");
}

TEST_CASE("claims: a date told to someone, a comparison's base", "[claims]") {
  auto fact_of = [](const std::string& text, const std::string& count) {
    nf::ArticleResult r = nf::test::run_text(text, "2025-05-20");
    for (const auto& f : r.facts)
      if (text.substr(f.span.start, f.span.size()) == count) return f;
    return nf::Fact{};
  };
  const std::string told = "The agency put the toll higher, telling the United Nations on Sunday that 2,000 people were missing.\n";
  CHECK(fact_of(told, "2,000 people").time.empty());
  const std::string base =
      "Some 30,000 people arrived so far this year, down 20% from the same period last year, with about 4,000 of them from Libya.\n";
  // (Its share of "so far this year" is not inferred yet: no time rather than the base's year.)
  CHECK(fact_of(base, "about 4,000").time != "2024");
}

TEST_CASE("claims: a dateline's country named only as a donor, a currency, a seat or where a statement was made is no story's country", "[claims]") {
  auto location_of = [](const std::string& text, const std::string& count) {
    nf::ArticleResult r = nf::test::run_text(text, "2025-04-08");
    for (const auto& f : r.facts)
      if (text.substr(f.span.start, f.span.size()) == count) return f.location;
    return std::string("(no fact)");
  };
  // Filed from Wellington about Fiji: New Zealand gives aid, in its own dollars.
  const std::string donor =
      "WELLINGTON, April 8 (Reuters) - A cyclone has killed four people in Fiji.\n"
      "New Zealand will send 1 million New Zealand dollars in aid.\n"
      "Officials said 300 homes were destroyed.\n";
  CHECK(location_of(donor, "300 homes").empty());
  CHECK(location_of(donor, "1 million New Zealand dollars").empty());
  // Filed from Geneva about Sudan: Geneva is only where reporters were told.
  const std::string told =
      "GENEVA, April 8 (Reuters) - Cholera has killed 300 people in Sudan, a WHO spokesman told reporters in Geneva.\n"
      "Some 1,200 new cases were recorded last week.\n";
  CHECK(location_of(told, "Some 1,200 new cases").empty());
  // The dateline's country named as a place of the story still stands for it.
  const std::string home =
      "WELLINGTON, April 8 (Reuters) - Floods have killed four people in New Zealand.\n"
      "Officials said 300 homes were destroyed.\n";
  CHECK(location_of(home, "300 homes") == "NZ");
}

TEST_CASE("claims: where a people work or live abroad is no place of their count; a plural demonym names its country", "[claims]") {
  auto location_of = [](const std::string& text, const std::string& count) {
    nf::ArticleResult r = nf::test::run_text(text, "2025-05-02");
    for (const auto& f : r.facts)
      if (text.substr(f.span.start, f.span.size()) == count) return f.location;
    return std::string("(no fact)");
  };
  const std::string remit =
      "Money sent home by Filipinos working in Japan rose to $2.1 billion last year, the central bank said.\n";
  CHECK(location_of(remit, "$2.1 billion") == "PH");
  const std::string plural = "Tajiks living in Kazakhstan sent home $900 million last year, the central bank said.\n";
  CHECK(location_of(plural, "$900 million") == "TJ");
  // Not a people's word: the place stays ("engineers working in Qatar").
  const std::string workers = "Some 4,000 engineers working in Qatar lost their jobs last year.\n";
  CHECK(location_of(workers, "Some 4,000 engineers") == "QA");
}

TEST_CASE("claims: 'fleeing the war in neighbouring X' is an origin four words away", "[claims]") {
  Doc d("Officials declared an outbreak in Gambella, where some 200 cholera cases were recorded among people fleeing the war in neighbouring Sudan.\n");
  d.place("Gambella", "ET", "ET-GA");
  d.count("some 200 cholera cases", 200, "approx", "cases");
  d.place("Sudan", "SD");
  auto fs = d.run("2025-05-02");
  CHECK(d.fact(fs, "some 200 cholera cases").location == "ET-GA");
}

TEST_CASE("claims: a province of a country the sentence does not name, beside another country's places, is a homonym", "[claims]") {
  // iso-codes knows Chaco only as Argentina's province; the sentence is about Paraguay's Chaco.
  Doc d("Paraguay declared an emergency in three departments of the Chaco region.\n"
        "Argentina's Chaco province reported 40 fires.\n");
  d.place("Paraguay", "PY");
  d.count("three departments", 3, "exact", "departments");
  d.place("Chaco", "AR", "AR-H");
  d.place("Argentina", "AR");
  d.count("40 fires", 40, "exact", "fires");
  d.place("Chaco", "AR", "AR-H", 1);
  auto fs = d.run("2025-09-09");
  CHECK(d.fact(fs, "three departments").location == "PY");
  CHECK(d.fact(fs, "40 fires").location == "AR-H");  // named with its country
  // Outside the count's clause, the sentence's countries decide; inside it, the clause's.
  Doc e("Paraguay declared an emergency in the Chaco region after a drought left 8,000 families without water.\n"
        "Floods cut power to 12,000 customers in Mwanza, while Uganda reported two cases.\n");
  e.place("Paraguay", "PY");
  e.place("Chaco", "AR", "AR-H");
  e.count("8,000 families", 8000, "exact", "families");
  e.count("12,000 customers", 12000, "exact", "customers");
  e.place("Mwanza", "TZ", "TZ-18");
  e.place("Uganda", "UG");
  e.count("two cases", 2, "exact", "cases");
  auto gs = e.run("2025-09-09");
  CHECK(e.fact(gs, "8,000 families").location == "PY");
  CHECK(e.fact(gs, "12,000 customers").location == "TZ-18");
}

TEST_CASE("claims: ', 31 percent more than ...' takes the place of the count it compares", "[claims]") {
  Doc d("Kenya received 9,800 deportees from Saudi Arabia in January, 31 percent more than a year earlier.\n"
        "Prices rose 12 percent in Kenya, 3 percent higher than in Uganda.\n");
  d.place("Kenya", "KE");
  d.count("9,800 deportees", 9800, "exact", "deportees");
  d.place("Saudi Arabia", "SA");
  d.count("31 percent", 31, "exact", "percent", nf::Kind::Percent);
  d.count("12 percent", 12, "exact", "percent", nf::Kind::Percent);
  d.place("Kenya", "KE", "", 1);
  d.count("3 percent", 3, "exact", "percent", nf::Kind::Percent);
  d.place("Uganda", "UG");
  auto fs = d.run("2025-03-11");
  CHECK(d.fact(fs, "9,800 deportees").location == "KE");
  CHECK(d.fact(fs, "31 percent").location == "KE");
  CHECK(d.fact(fs, "3 percent").location == "KE");  // its own clause names only the base's place
}

TEST_CASE("claims: a source's seat abroad does not beat the story's own country", "[claims]") {
  auto location_of = [](const std::string& text, const std::string& count) {
    nf::ArticleResult r = nf::test::run_text(text, "2025-05-02");
    for (const auto& f : r.facts)
      if (text.substr(f.span.start, f.span.size()) == count) return f.location;
    return std::string("(no fact)");
  };
  const std::string abroad =
      "MOGADISHU, May 2 (Reuters) - Floods have hit southern Somalia.\n"
      "The floods forced 4,000 people from their homes, the UN humanitarian office in Nairobi said.\n";
  CHECK(location_of(abroad, "4,000 people") == "SO");
}

TEST_CASE("claims: the lead's province stands for the story when the dateline's own place is in it", "[claims]") {
  auto location_of = [](const std::string& text, const std::string& count) {
    nf::ArticleResult r = nf::test::run_text(text, "2025-05-20");
    for (const auto& f : r.facts)
      if (text.substr(f.span.start, f.span.size()) == count) return f.location;
    return std::string("(no fact)");
  };
  // The dateline's city lies in the province the lead names; a later paragraph names another
  // province once. A sentence with no place of its own stays in the lead's province.
  const std::string agree =
      "GARISSA, Kenya, May 20 (Reuters) - Rescuers moved 2,300 people out of flooded villages in Garissa county on Monday, officials said.\n"
      "Floods swept through 9 wards of the county, where more than 4,100 homes were submerged.\n"
      "Aid workers in Kisumu county sent 20 boats.\n";
  CHECK(location_of(agree, "more than 4,100 homes") == "KE-07");
  // A count of the lead province's own kind of unit spans several of them: the country's.
  CHECK(location_of(agree + "Officials estimate that 600 farmers lost crops in 5 counties.\n", "5 counties") == "KE");
  // A dateline in another province than the lead's keeps the country when a second province
  // is named.
  const std::string apart =
      "NAIROBI, May 20 (Reuters) - Rescuers moved 2,300 people out of flooded villages in Garissa county on Monday, officials said.\n"
      "Floods swept through 9 wards of the county, where more than 4,100 homes were submerged.\n"
      "Aid workers in Kisumu county sent 20 boats.\n";
  CHECK(location_of(apart, "more than 4,100 homes") == "KE");
  // A dateline that ends its own sentence ("GARISSA, May 20. /KNA/."): the lead is the sentence
  // after it.
  const std::string own_sentence =
      "GARISSA, May 20. /KNA/. Rescuers moved 2,300 people out of flooded villages in Garissa county on Monday, officials said.\n"
      "Floods swept through 9 wards of the county, where more than 4,100 homes were submerged.\n"
      "Aid workers in Kisumu county sent 20 boats.\n";
  CHECK(location_of(own_sentence, "more than 4,100 homes") == "KE-07");
}

namespace {
// The location of the fact whose count reads `count`, extracting `text` on `ref`.
std::string location_in(const std::string& text, const std::string& count, const std::string& ref = "2025-05-20") {
  nf::ArticleResult r = nf::test::run_text(text, ref);
  for (const auto& f : r.facts)
    if (text.substr(f.span.start, f.span.size()) == count) return f.location;
  return "(no fact)";
}
}  // namespace

TEST_CASE("claims: a story with no dateline is about the one country its lead names, when the story names it most", "[claims]") {
  const std::string story =
      "The Ministry of Health of Zambia said on Monday that cholera had killed 120 people since October.\n"
      "Some 40 treatment centres are operating across the country, according to the ministry.\n"
      "The World Health Organization said it had delivered 500,000 doses of oral vaccine.\n"
      "Health authorities in neighbouring Malawi have stepped up screening.\n"
      "Cholera is endemic in Zambia, where 3,000 people are in hospital.\n";
  CHECK(location_in(story, "Some 40 treatment centres") == "ZM");
  CHECK(location_in(story, "500,000 doses") == "ZM");
  // A lead about two countries names no one story country.
  const std::string two =
      "Floods in Kenya and Uganda have killed 40 people since Sunday, officials said.\n"
      "Some 30 schools remain closed, the officials said.\n";
  CHECK(location_in(two, "Some 30 schools").empty());
}

TEST_CASE("claims: a people counted returning home or working abroad are their demonym's country's", "[claims]") {
  const std::string returns =
      "ISLAMABAD, March 3 (Reuters) - More than 5,000 Afghan refugees have returned home from Pakistan since January, the UN refugee agency said.\n"
      "About 30,000 Afghans remain registered with the agency in Pakistan, it said.\n";
  CHECK(location_in(returns, "More than 5,000 Afghan refugees") == "AF");
  CHECK(location_in(returns, "About 30,000 Afghans") == "PK");  // residents of the host
  const std::string abroad =
      "DHAKA, April 2 (Xinhua) -- The labour ministry said about 1.2 million Bangladeshi workers were employed abroad last year, most of them in Saudi Arabia.\n";
  CHECK(location_in(abroad, "about 1.2 million Bangladeshi workers") == "BD");
}

TEST_CASE("claims: peoples of several countries compared in a sentence with no place are the dateline country's residents", "[claims]") {
  const std::string story =
      "DOHA, Nov 3 (QNA) -- The population of Qatar stood at 3 million at the end of June, the statistics authority said.\n"
      "Nepalis were the second-largest community with about 400,000 people, followed by Filipinos at 250,000, the authority said.\n";
  CHECK(location_in(story, "about 400,000 people") == "QA");
  CHECK(location_in(story, "250,000") == "QA");
}

TEST_CASE("claims: ', where ...' after a place is in that place; a place that borders others is still the place", "[claims]") {
  const std::string story =
      "KHARTOUM, May 3 (Reuters) - Sudan's Red Crescent said it had sheltered 3,000 people in Kassala state, where more than 80 villages remain cut off.\n"
      "Kassala, home to about 1.2 million people, borders Eritrea and Ethiopia.\n";
  CHECK(location_in(story, "more than 80 villages", "2025-05-03") == "SD-KA");
  CHECK(location_in(story, "about 1.2 million people", "2025-05-03") == "SD-KA");
}

TEST_CASE("claims: a sum after a lead about one province is that province's when its sentence says 'the county'", "[claims]") {
  const std::string story =
      "GARISSA, Kenya, May 20 (Reuters) - Rescuers moved 2,300 people out of flooded villages in Garissa county on Monday, officials said.\n"
      "The governor of the county said 40 million shillings would be set aside for repairs.\n"
      "The central bank said inflation rose to 4.1 percent in April.\n";
  CHECK(location_in(story, "40 million shillings") == "KE-07");
  CHECK(location_in(story, "4.1 percent") == "KE");  // no word for the county: the nation's
}

TEST_CASE("claims: Spain's island provinces by their English names ('the Canary Islands', 'the Balearic Islands')", "[claims][places]") {
  const std::string story =
      "MADRID, Aug 14 (Reuters) - Some 1,200 migrants reached the Canary Islands by boat from Senegal this week, the Interior Ministry said.\n"
      "Another 640 people landed on the Balearic Islands from Algeria, it said.\n";
  CHECK(location_in(story, "Some 1,200 migrants", "2025-08-14") == "ES-CN");
  CHECK(location_in(story, "Another 640 people", "2025-08-14") == "ES-IB");
}

namespace {
// The source of the fact whose count reads `count`, extracting `text` on `ref`.
std::string source_in(const std::string& text, const std::string& count, const std::string& ref = "2025-05-20") {
  nf::ArticleResult r = nf::test::run_text(text, ref);
  for (const auto& f : r.facts)
    if (text.substr(f.span.start, f.span.size()) == count) return f.source;
  return "(no fact)";
}
}  // namespace

TEST_CASE("claims: 'put the <measure> at' and 'registered with' attribute", "[claims]") {
  const std::string put =
      "LUSAKA, May 20 (Reuters) - Cholera has spread to six provinces.\n"
      "The World Health Organization put the case fatality rate at 2.1 percent and said it had shipped 800,000 doses.\n";
  CHECK(source_in(put, "2.1 percent") == "World Health Organization");
  CHECK(source_in(put, "800,000 doses") == "World Health Organization");
  const std::string registered =
      "BEIRUT, May 20 (Reuters) - The UN refugee agency UNHCR said on Monday that 40,000 Syrians had gone home this year.\n"
      "About 750,000 Syrians remain registered with the agency in Lebanon, most of them in the Bekaa valley.\n";
  CHECK(source_in(registered, "About 750,000 Syrians") == "UNHCR");
}

TEST_CASE("claims: sources by a possessive, a press service, 'the lender', 'the regional body', 'put ... losses at'", "[claims]") {
  // "according to its Ministry of Health": a possessive determiner before the source.
  const std::string its =
      "YAOUNDE, March 3 (AFP) - Floods cut roads in the Far North region, officials said.\n"
      "Cameroon has reported 75 cholera cases since January, according to its Ministry of Public Health.\n";
  CHECK(source_in(its, "75 cholera cases", "2025-03-03") == "Public Health Ministry (CM)");
  // "the ministry's press service said": a service of the agency speaks for it.
  const std::string press =
      "BISHKEK, April 2 (TASS) - Mudflows hit 12 villages, the Emergencies Ministry said on Tuesday.\n"
      "About 40 houses were damaged, the ministry's press service said.\n";
  CHECK(source_in(press, "About 40 houses", "2025-04-02") == source_in(press, "12 villages", "2025-04-02"));
  CHECK_FALSE(source_in(press, "About 40 houses", "2025-04-02").empty());
  // "the lender": a bank named before.
  const std::string lender =
      "ABIDJAN, May 6 (Reuters) - The African Development Bank approved $120 million to rebuild roads in Malawi, the lender said in a statement.\n";
  CHECK(source_in(lender, "$120 million", "2025-05-06") == "African Development Bank");
  // "the regional body": the organisation named before.
  const std::string body =
      "MASERU, May 6 (AP) - The Southern African Development Community will send 60 observers to the vote, the regional body said.\n";
  CHECK(source_in(body, "60 observers", "2025-05-06") == "Southern African Development Community");
  // "put early crop and livestock losses at": the measure may come without "the".
  const std::string put =
      "SUVA, Feb 3 (AP) - The Ministry of Agriculture put early crop and livestock losses at 12 million Fijian dollars.\n";
  CHECK(source_in(put, "12 million Fijian dollars", "2025-02-03") == "Agriculture Ministry (FJ)");
}

TEST_CASE("claims: a later sentence naming who published the figures", "[claims]") {
  // "The figure was published last week by X", "Those figures were confirmed by X", "The
  // regional breakdown was published by X": the sentence before is X's.
  const std::string pub =
      "LIMA, June 3 (EFE) - Peru's annual inflation stood at 3.1% in May. The figure was published last week by the National Institute of Statistics and Informatics (INEI).\n"
      "Bolivia's jobless rate rose to 4.2% in April. Those figures were confirmed by the National Statistics Institute (INE).\n"
      "In the Arequipa region, the jobless rate stood at 6.3 percent. The regional breakdown was published by the INEI on its website.\n";
  CHECK_FALSE(source_in(pub, "3.1%", "2025-06-03").empty());
  CHECK_FALSE(source_in(pub, "4.2%", "2025-06-03").empty());
  CHECK_FALSE(source_in(pub, "6.3 percent", "2025-06-03").empty());
}

TEST_CASE("claims: 'to Spain's Canary Islands' is a destination past the possessive", "[claims]") {
  const std::string story =
      "BRUSSELS, Aug 14 (Reuters) - Crossings on the central Mediterranean route fell to 9,000, while crossings on the route to Spain's Canary Islands rose 12 percent, the EU border agency said.\n";
  CHECK(location_in(story, "9,000", "2025-08-14").empty());
  CHECK(location_in(story, "12 percent", "2025-08-14") == "ES-CN");
}

TEST_CASE("claims: every plural administrative word has its singular", "[claims]") {
  const nf::WordTable singular(claim_rules(), "claim_admin_singular");
  for (const std::string& w : nf::macro_words(claim_rules(), "claim_admin_plural")) {
    INFO(w);
    CHECK(singular.find(w) != nullptr);
  }
}

TEST_CASE("claims: a measure's clause (a quake's magnitude) owns no province; a list before a plural word is its country", "[claims]") {
  const std::string quake =
      "JAKARTA, March 4 (Reuters) - A magnitude 5.6 earthquake struck Indonesia's West Java province on Monday, killing at least 12 people and injuring 300 others, the disaster agency said.\n";
  CHECK(location_in(quake, "at least 12 people", "2025-03-04") == "ID-JB");
  CHECK(location_in(quake, "300 others", "2025-03-04") == "ID-JB");
  const std::string list =
      "KABUL, March 4 (Reuters) - More than 9,000 Afghans returned from Iran last week, the UN migration agency said.\n"
      "Another 20,000 people displaced inside the country went back to their villages, mostly in Kandahar, Helmand and Herat provinces, the agency said.\n";
  CHECK(location_in(list, "Another 20,000 people", "2025-03-04") == "AF");
}

TEST_CASE("claims: a sentence about the whole country takes the country, not the lead's province", "[claims]") {
  const std::string story =
      "GARISSA, Kenya, May 20 (Reuters) - Rescuers moved 2,300 people out of flooded villages in Garissa county on Monday, officials said.\n"
      "Another 400 families are sheltering in schools, the Red Cross said.\n"
      "The government has deployed 60 boats across the country, the interior ministry said.\n"
      "Some 35 roads were cut nationwide, it said.\n";
  CHECK(location_in(story, "Another 400 families") == "KE-07");
  CHECK(location_in(story, "60 boats") == "KE");
  CHECK(location_in(story, "Some 35 roads") == "KE");
}

TEST_CASE("claims: 'X said it would send' makes X a donor", "[claims]") {
  const std::string story =
      "SUVA, Fiji, Feb 10 (Reuters) - Floods have killed 12 people in Fiji since Friday, the National Disaster Management Office said.\n"
      "Australia and New Zealand said they would send relief teams, and Australia announced 3 million dollars in aid.\n";
  CHECK(location_in(story, "3 million dollars", "2025-02-10") == "FJ");
}

TEST_CASE("claims: a second verb of the same subject keeps the place of the first clause", "[claims]") {
  const std::string story =
      "NAIROBI, May 20 (Reuters) - Floods hit Kenya's coast on Sunday.\n"
      "Police said their teams rescued 80 people from cars in Mombasa, and evacuated more than 1,500 residents to schools on Sunday.\n";
  CHECK(location_in(story, "80 people") == "KE-28");
  CHECK(location_in(story, "more than 1,500 residents") == "KE-28");
}

TEST_CASE("claims: two districts of one province named with a plural word give that province", "[claims][places]") {
  const std::string story =
      "KIGALI, May 6 (Reuters) - Heavy rains have killed at least 20 people across Rwanda since Friday, the emergency ministry said.\n"
      "In Musanze and Burera districts, 15 people died and 800 houses collapsed, the ministry said, adding that 3,000 residents of the two districts had been moved.\n";
  CHECK(location_in(story, "15 people", "2025-05-06") == "RW-03");
  CHECK(location_in(story, "800 houses", "2025-05-06") == "RW-03");
  CHECK(location_in(story, "3,000 residents", "2025-05-06") == "RW-03");
  // Districts of two provinces: their country.
  const std::string two =
      "KIGALI, May 6 (Reuters) - In Musanze and Huye districts, 15 people died, the ministry said.\n";
  CHECK(location_in(two, "15 people", "2025-05-06") == "RW");
}

namespace {
// The time of the fact whose count reads `count`, extracting `text` on `ref`.
std::string time_in(const std::string& text, const std::string& count, const std::string& ref = "2025-05-20") {
  nf::ArticleResult r = nf::test::run_text(text, ref);
  for (const auto& f : r.facts)
    if (text.substr(f.span.start, f.span.size()) == count) return f.time;
  return "(no fact)";
}
}  // namespace

TEST_CASE("claims: rain, a downpour or an avalanche that fell over a period dates its toll", "[claims]") {
  // Like "the storm that hit Oman at the weekend has killed 11".
  const std::string story =
      "DHAKA, July 8 (Reuters) - Heavy rain that fell on Chittagong over the past four days has killed at least 19 people, the disaster ministry said.\n"
      "An avalanche that struck the Gilgit valley on Sunday buried 11 climbers, police said.\n";
  CHECK(time_in(story, "at least 19 people", "2025-07-08") == "P4D");
  CHECK(time_in(story, "11 climbers", "2025-07-08") == "2025-07-06");
}

TEST_CASE("claims: 'over the past two weeks on suspicion of' is a period, not an offset", "[claims]") {
  // "on" after "the past N units" opens a phrase ("on suspicion", "on the island"); only a
  // bare duration is an offset before it ("two years on").
  const std::string story =
      "DOHA, March 10 (QNA) - Police arrested 31 people over the past two weeks on suspicion of fraud, the Interior Ministry said.\n"
      "Two years on, 400 families still live in tents, the Red Crescent said.\n";
  CHECK(time_in(story, "31 people", "2025-03-10") == "P2W");
  CHECK(time_in(story, "400 families", "2025-03-10").empty());
}

TEST_CASE("claims: an event's relative clause dates its toll; 'and that its 2025 appeal' dates the appeal; a '14-year war' is no period", "[claims]") {
  const std::string toll =
      "HAVANA, Nov 4 (Reuters) - The death toll from the hurricane that struck western Cuba on Saturday has risen to 14, civil defence officials said on Tuesday.\n";
  CHECK(time_in(toll, "14", "2025-11-04") == "2025-11-01");
  const std::string mission =
      "JUBA, May 20 (Reuters) - A mission that arrived in March has about 400 officers, the UN said.\n";
  CHECK(time_in(mission, "about 400 officers").empty());  // not an event: the date is the arrival's
  const std::string appeal =
      "GENEVA, May 20 (Reuters) - The UN said 3.1 million people in Chad need aid, and that its 2025 appeal of $1.4 billion was only 9 percent funded.\n";
  CHECK(time_in(appeal, "$1.4 billion") == "2025");
  CHECK(time_in(appeal, "9 percent") == "2025");
  const std::string war =
      "DAMASCUS, May 20 (Reuters) - The ministry said about 90,000 homes were destroyed during the 14-year war.\n";
  CHECK(time_in(war, "about 90,000 homes").empty());
}

TEST_CASE("claims: an apposition between a source and its verb; a central bank's rate decision is its own figure", "[claims]") {
  const std::string ngo =
      "MADRID, May 20 (Reuters) - Caritas, a Catholic charity, estimates that 4,000 families lost their homes.\n";
  CHECK(source_in(ngo, "4,000 families") == "Caritas");
  const std::string bank =
      "BAKU, May 20 (Reuters) - The Central Bank of Azerbaijan kept its refinancing rate at 7.25 percent on Tuesday and said it expected inflation of about 5 percent this year.\n";
  CHECK(!source_in(bank, "7.25 percent").empty());
  CHECK(source_in(bank, "7.25 percent") == source_in(bank, "about 5 percent"));
}

TEST_CASE("claims: an event's date stops at the comma of a report that follows", "[claims]") {
  const std::string toll =
      "HAVANA, Nov 4 (Reuters) - The death toll from the hurricane that struck western Cuba on Saturday has risen to 14, officials said on Tuesday, adding that three people were still missing.\n";
  CHECK(time_in(toll, "14", "2025-11-04") == "2025-11-01");
  CHECK(time_in(toll, "three people", "2025-11-04").empty());
}

TEST_CASE("claims: a local body's seat gives its province, a national body's its country", "[claims]") {
  const std::string story =
      "Heavy rains have hit eastern Kenya for a week.\n"
      "The referral hospital in Garissa said it had admitted 120 patients with cholera.\n"
      "The health ministry in Nairobi said 40 people had died.\n";
  CHECK(location_in(story, "120 patients") == "KE-07");
  CHECK(location_in(story, "40 people") == "KE");
}

TEST_CASE("claims: a demonym before a language noun names a language, not a country", "[claims][places]") {
  // "known by its Spanish initials": the language of a name says nothing of where the count is.
  const std::string story =
      "LIMA, March 3 (Reuters) - Floods damaged more than 4,000 homes in the north of the country, Peru's civil defence institute said on Monday.\n"
      "The institute, known by its Spanish initials INDECI, registered 12,000 people affected in 2024.\n";
  CHECK(location_in(story, "12,000 people") == "PE");
}

TEST_CASE("claims: a count over the whole world takes no country", "[claims]") {
  // "worldwide", "globally", "around the world": the count is no country's, not the story's.
  const std::string story =
      "DHAKA, May 4 (Reuters) - Dengue has killed 120 people in Bangladesh this year, the health directorate said.\n"
      "More than 4,100 dengue deaths have been recorded worldwide since January, the WHO said.\n"
      "Globally, 90 countries have reported outbreaks this year, it said.\n"
      "Around the world, some 2.3 million people were infected last year, the agency said.\n"
      "Ten of them asked for vaccines, the WHO said.\n";
  CHECK(location_in(story, "120 people", "2025-05-04") == "BD");
  CHECK(location_in(story, "More than 4,100 dengue deaths", "2025-05-04").empty());
  CHECK(location_in(story, "90 countries", "2025-05-04").empty());
  CHECK(location_in(story, "some 2.3 million people", "2025-05-04").empty());
  // "across the region" is not the world: after a lead about one province it is that province.
  const std::string region =
      "GARISSA, Kenya, May 20 (Reuters) - Floods drove 2,300 people from their homes in Garissa county on Monday, officials said.\n"
      "Across the region, 40 schools were closed, the Red Cross said.\n";
  CHECK(location_in(region, "40 schools") == "KE-07");
}

TEST_CASE("claims: where the counted came from gives way to where they were counted", "[claims]") {
  const std::string story =
      "DJIBOUTI, May 4 (AFP) - More than 150 migrants from Somalia were intercepted off Obock on Sunday, the coast guard said.\n"
      "About 60 people from Eritrea were detained in Sudan's Kassala state, officials said.\n";
  CHECK(location_in(story, "More than 150 migrants", "2025-05-04") == "DJ-OB");
  CHECK(location_in(story, "About 60 people", "2025-05-04") == "SD-KA");
  // Alone in its clause, the origin is still no place of an arrival; the story's country follows.
  const std::string alone =
      "MANILA, May 4 (Reuters) - About 300 Filipino workers from Kuwait arrived home on Sunday, the labour department said.\n";
  CHECK(location_in(alone, "About 300 Filipino workers", "2025-05-04") == "PH");
}

TEST_CASE("claims: a people's workers in another country are their own country's", "[claims]") {
  // Like "Tajiks working in Russia": nationals counted abroad as workers.
  const std::string story =
      "KATHMANDU, May 4 (Reuters) - About 1,200 Nepali workers in Malaysia will be flown home this month, the labour ministry said.\n"
      "Some 300 Nepali migrant workers in Qatar died last year, it said.\n";
  CHECK(location_in(story, "About 1,200 Nepali workers", "2025-05-04") == "NP");
  CHECK(location_in(story, "Some 300 Nepali migrant workers", "2025-05-04") == "NP");
}

TEST_CASE("claims: a people named as foreign nationals beside a count are no place of it", "[claims]") {
  // "with Bangladeshi nationals making up 30 percent": a share of the residents of the story's
  // country by nationality, not a count in that nationality's country.
  const std::string story =
      "MUSCAT, June 3 (ONA) - Oman's population grew 4 percent last year, the statistics centre said on Tuesday.\n"
      "Foreign residents numbered 2.3 million at the end of 2025, with Bangladeshi nationals making up about 30 percent of them, the centre said.\n"
      "Police arrested 19 people after Pakistani expatriates protested unpaid wages, it said.\n";
  CHECK(location_in(story, "2.3 million", "2025-06-03") == "OM");
  CHECK(location_in(story, "about 30 percent", "2025-06-03") == "OM");
  CHECK(location_in(story, "19 people", "2025-06-03") == "OM");
  // A people not named as foreign nationals still names its country.
  const std::string own =
      "NAIROBI, June 3 (Reuters) - Floods cut roads across the region on Tuesday.\n"
      "About 5,000 people were moved to camps, Somali officials said.\n";
  CHECK(location_in(own, "About 5,000 people", "2025-06-03") == "SO");
}

TEST_CASE("claims: a people's word before armed forces names who acts, not where", "[claims]") {
  // "Russian troops detained 40 civilians": the troops' country is the actor's; the count is
  // where the story is (its places, else the dateline's country).
  const std::string story =
      "KHARKIV, Ukraine, May 4 (AP) - Shelling damaged 30 homes in the region on Sunday, Ukraine's emergency service said.\n"
      "Russian troops detained at least 40 civilians, including six children, in border villages, officials said.\n"
      "The Russian army said its forces had taken 12 villages in the past week.\n";
  CHECK(location_in(story, "at least 40 civilians", "2025-05-04") == "UA");
  CHECK(location_in(story, "six children", "2025-05-04") == "UA");
  CHECK(location_in(story, "12 villages", "2025-05-04") == "UA");
}

TEST_CASE("claims: the counted's origin in a neighbouring country is no place of the count", "[claims]") {
  // "from neighbouring Panama": the neighbour is not the story's country; the seat of the local
  // police or the dateline's country places the count.
  const std::string story =
      "SAN JOSE, Costa Rica, May 4 (AP) - Costa Rica's migration office said arrivals rose 12 percent in April.\n"
      "Police in Limon said they detained two men for smuggling 35 migrants from neighbouring Panama.\n";
  const std::string men = location_in(story, "two men", "2025-05-04");
  const std::string migrants = location_in(story, "35 migrants", "2025-05-04");
  CHECK(men.rfind("CR", 0) == 0);
  CHECK(migrants.rfind("CR", 0) == 0);
  // Without "neighbouring" the origin stays the place when nothing else places the count.
  const std::string gaza =
      "CAIRO, May 4 (Reuters) - Egypt reopened the crossing on Sunday.\n"
      "Medics evacuated 300 people from Gaza, the Red Crescent said.\n";
  CHECK(location_in(gaza, "300 people", "2025-05-04") == "PS");
}

TEST_CASE("claims: among a sentence's countries outside the count's clause, the story's own places the count", "[claims]") {
  // Partners, sources and co-hosts named beside the story's country do not make its count
  // ambiguous: "with the United States and Britain the largest sources".
  const std::string story =
      "ACCRA, May 4 (Reuters) - Ghana's central bank held its key rate on Monday.\n"
      "Remittances from Ghanaians abroad rose 9 percent to $4.1 billion last year, the bank said, with the United States and Britain the largest sources.\n"
      "Ghana imports most of its rice from Vietnam, and the price of a bag has risen 20 percent since January, traders said.\n";
  CHECK(location_in(story, "9 percent", "2025-05-04") == "GH");
  CHECK(location_in(story, "$4.1 billion", "2025-05-04") == "GH");
  CHECK(location_in(story, "20 percent", "2025-05-04") == "GH");
  // Not when the story's country is not among them: two foreign countries stay undecided.
  const std::string abroad =
      "ACCRA, May 4 (Reuters) - Ghana's central bank held its key rate on Monday.\n"
      "Cocoa exports rose 7 percent, traders said, with Benin and Niger the largest buyers.\n";
  CHECK(location_in(abroad, "7 percent", "2025-05-04").empty());
}

TEST_CASE("claims: a capital that stands for its government as a donor is no place", "[claims]") {
  const std::string story =
      "APIA, Jan 20 (AP) — A cyclone destroyed 300 homes on Sunday, Samoa's disaster office said.\n"
      "Canberra will provide 2 million Australian dollars in emergency aid, officials said.\n";
  CHECK(location_in(story, "2 million Australian dollars", "2025-01-20") == "WS");
}

TEST_CASE("claims: 'a worldwide search' does not take a count out of its country", "[claims]") {
  // An adjective after an article ("a worldwide search") says nothing of the count's scope.
  const std::string story =
      "LIMA, May 4 (Reuters) - Peru's government ordered an inquiry on Sunday.\n"
      "A worldwide search and a reward of 50,000 soles have not found the suspect, officials said.\n";
  CHECK(location_in(story, "50,000 soles", "2025-05-04") == "PE");
}

TEST_CASE("claims: those sent to a province of the story's own country are counted there", "[claims]") {
  // A destination in the dateline's country that has a province code is where the sent are;
  // one abroad stays no place of the count ("fled to neighbouring Malawi").
  const std::string story =
      "MAPUTO, March 4 (Reuters) - Mozambique's government has sent 600 soldiers to Cabo Delgado province, the defence ministry said.\n"
      "About 3,000 people fled to neighbouring Malawi's Nsanje district, the UN said.\n";
  CHECK(location_in(story, "600 soldiers", "2025-03-04") == "MZ-P");
  CHECK(location_in(story, "About 3,000 people", "2025-03-04") == "MZ");
}

TEST_CASE("claims: a country's government or minister that gives makes the country a donor", "[claims]") {
  // "New Zealand's foreign minister announced", "The Australian government pledged": the donor
  // is the country through its government; its money is no place (the story's country follows).
  const std::string story =
      "NUKU'ALOFA, Jan 20 (Reuters) - A cyclone destroyed 300 homes in Tonga on Sunday, the disaster office said.\n"
      "New Zealand's foreign minister announced 1.5 million New Zealand dollars in aid on Monday.\n"
      "The United States government pledged $500,000 for rebuilding.\n"
      "Australia's government has provided 2 million Australian dollars, officials said.\n";
  CHECK(location_in(story, "1.5 million New Zealand dollars", "2025-01-20") == "TO");
  CHECK(location_in(story, "$500,000", "2025-01-20") == "TO");
  CHECK(location_in(story, "2 million Australian dollars", "2025-01-20") == "TO");
  // Not a report: "Fiji's government said 40 homes were destroyed" keeps Fiji.
  const std::string report =
      "SUVA, Jan 20 (Reuters) - Fiji's government said 40 homes were destroyed on Vanua Levu.\n";
  CHECK(location_in(report, "40 homes", "2025-01-20") == "FJ-N");
}

TEST_CASE("claims: 'across the region' is beyond the country when no province leads the story", "[claims]") {
  // No province in the lead: the region is the countries around ("the Horn of Africa").
  const std::string story =
      "ADDIS ABABA, May 4 (Reuters) - Drought has left 4.5 million people in Ethiopia in need of food aid, the UN said.\n"
      "Across the region, some 20 million people face hunger this year, it said.\n";
  CHECK(location_in(story, "4.5 million people", "2025-05-04") == "ET");
  CHECK(location_in(story, "some 20 million people", "2025-05-04").empty());
}

TEST_CASE("claims: a second report (', adding that', ', which said', 'and to') keeps its own time", "[claims]") {
  // The time of a count is found in the clause of its own verb: a date on the other side of a
  // report that opens a new clause dates that clause, not the count.
  const std::string screening =
      "ANTANANARIVO, March 4 (AFP) - Health teams have screened more than 5,000 travellers since January, the ministry spokesman told reporters, adding that 26 children were among the suspected cases.\n"
      "In Pakse and Champasak, 1,200 homes were flooded and nine bridges were washed away, the ministry said, adding that three people had drowned since Friday.\n"
      "At least 18 migrants have died on the route since February, according to the Bolivian Red Cross, which said it had found 7 bodies near Pisiga.\n"
      "The electoral commission plans to open 230 polling stations and to train 2,000 poll workers in November, its chairman said.\n";
  CHECK(time_in(screening, "26 children", "2025-03-04").empty());
  CHECK(time_in(screening, "more than 5,000 travellers", "2025-03-04") == "2025-01");
  CHECK(time_in(screening, "nine bridges", "2025-03-04").empty());
  CHECK(time_in(screening, "three people", "2025-03-04") == "2025-02-28");
  CHECK(time_in(screening, "7 bodies", "2025-03-04").empty());
  CHECK(time_in(screening, "At least 18 migrants", "2025-03-04") == "2025-02");
  CHECK(time_in(screening, "230 polling stations", "2025-03-04").empty());
  CHECK(time_in(screening, "2,000 poll workers", "2025-03-04") == "2025-11");
  // A date in the count's own clause is still taken.
  const std::string own =
      "VIENTIANE, June 2 (Xinhua) - Floods cut roads in Attapeu, the ministry said, adding that 410 families had been moved to shelters on Sunday.\n"
      "Landslides blocked the road, according to the Lao Red Cross, which said it had evacuated 95 people on Saturday.\n";
  CHECK(time_in(own, "410 families", "2025-06-02") == "2025-06-01");
  CHECK(time_in(own, "95 people", "2025-06-02") == "2025-05-31");
}

TEST_CASE("claims: a relative clause after the count that holds a count of its own keeps its date", "[claims]") {
  // "sites that were sheltering 9,800 people by Tuesday": the date is the other count's.
  const std::string shelters =
      "TEGUCIGALPA, Oct 3 (AFP) - The housing ministry said it had opened 22 shelters in Choluteca that were housing about 4,100 people by Monday night.\n"
      "Gunmen killed 12 people who were attending a wedding in Tumaco on Saturday, police said.\n";
  CHECK(time_in(shelters, "22 shelters", "2025-10-03").empty());
  CHECK(time_in(shelters, "about 4,100 people", "2025-10-03").rfind("2025-09-29", 0) == 0);
  CHECK(time_in(shelters, "12 people", "2025-10-03") == "2025-09-27");
}

TEST_CASE("claims: 'the gendarmerie said' names the body mentioned before whose name ends in that word", "[claims]") {
  // A definite description by the head word of a body named a sentence or two before.
  const std::string story =
      "DJIBOUTI, May 4 (AFP) - Coast guard patrols intercepted nine boats carrying 310 migrants off Obock over the past week, the Djiboutian Gendarmerie said on Sunday.\n"
      "Among those on board were 44 women and 61 minors, the gendarmerie said.\n"
      "Nine suspected smugglers were arrested in Tadjourah, the garrison said.\n";
  const std::string first = source_in(story, "310 migrants", "2025-05-04");
  REQUIRE_FALSE(first.empty());
  CHECK(source_in(story, "44 women", "2025-05-04") == first);
  CHECK(source_in(story, "Nine suspected smugglers", "2025-05-04").empty());  // no body ends in "garrison"
}

TEST_CASE("claims: 'it said' does not refer to a coordinated subject ('Police and soldiers') of what it reports", "[claims]") {
  const std::string story =
      "HONIARA, Feb 9 (Reuters) - Rising rivers flooded 12 villages on Guadalcanal, the National Disaster Management Office said on Monday.\n"
      "The Mataniko river rose two metres overnight, the office said. Police and soldiers moved 240 residents to higher ground, it said.\n";
  const std::string office = source_in(story, "12 villages", "2025-02-09");
  REQUIRE_FALSE(office.empty());
  CHECK(source_in(story, "240 residents", "2025-02-09") == office);
}
