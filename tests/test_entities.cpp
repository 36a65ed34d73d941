// Places and agencies on the seed article and on small cases of disambiguation and aliasing:
// the canonical value, country and subdivision of each, as DESIGN.md's contract gives them.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "extractor/rules/admin1_match.h"
#include "extractor/rules/gazetteer_fold.h"
#include "extractor/rules/gazetteer_index.h"
#include "tests/test_support.h"

namespace {

struct Seen {
  std::string kind, text, value, country, admin1;
};

std::vector<Seen> entities(const nf::ArticleResult& r, const std::string& body) {
  std::vector<Seen> out;
  for (const nf::Mention& m : r.mentions)
    if (m.kind == nf::Kind::Location || m.kind == nf::Kind::Agency)
      out.push_back({nf::kind_name(m.kind), std::string(m.text(body)), m.value, m.country, m.admin1});
  return out;
}

bool has(const std::vector<Seen>& v, const std::string& kind, const std::string& text, const std::string& value,
         const std::string& country, const std::string& admin1 = "*") {
  for (const Seen& s : v)
    if (s.kind == kind && s.text == text && s.value == value && s.country == country && (admin1 == "*" || s.admin1 == admin1))
      return true;
  return false;
}

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

TEST_CASE("seed article: places with country and province, agencies with aliases and country", "[entities]") {
  std::string body = read(nf::test::shared_dir() + "/seed/000_ab4a5320d3b9f4a3.txt");
  REQUIRE(!body.empty());
  nf::ArticleResult r = nf::test::run_text(body, "2025-04-23");
  auto e = entities(r, body);
  CHECK(has(e, "location", "Pakistan", "Pakistan", "PK"));
  CHECK(has(e, "location", "Afghanistan", "Afghanistan", "AF"));
  CHECK(has(e, "location", "Kabul", "Kabul", "AF"));
  CHECK(has(e, "location", "Islamabad", "Islamabad", "PK"));
  CHECK(has(e, "location", "Balochistan", "Balochistan", "PK", "PK-BA"));
  CHECK(has(e, "location", "Khyber Pakhtunkhwa", "Khyber Pakhtunkhwa", "PK", "PK-KP"));
  CHECK(has(e, "location", "Japan", "Japan", "JP"));
  CHECK(has(e, "agency", "Government of Japan", "Government (JP)", "JP"));
  CHECK(has(e, "agency", "United Nations refugee agency", "UNHCR", ""));
  CHECK(has(e, "agency", "UNHCR", "UNHCR", ""));
  // "Pakistan’s Interior Ministry" by the possessive; the later "Interior Ministry data" by context.
  int interior = 0;
  for (const Seen& s : e)
    if (s.kind == "agency" && s.text == "Interior Ministry") {
      ++interior;
      CHECK(s.value == "Interior Ministry (PK)");
      CHECK(s.country == "PK");
    }
  CHECK(interior == 2);
  // Demonyms are not places; "Afghans" must not come out as a location.
  for (const Seen& s : e) CHECK_FALSE((s.kind == "location" && (s.text == "Afghans" || s.text == "Afghan")));
}

TEST_CASE("same-name places follow the article's own context", "[entities]") {
  auto first = [](const std::string& text, const std::string& span) {
    nf::ArticleResult r = nf::test::run_text(text, "2025-04-23");
    for (const nf::Mention& m : r.mentions)
      if (m.kind == nf::Kind::Location && m.text(text) == span) return m.country + "/" + m.admin1;
    return std::string("none");
  };
  CHECK(first("Georgia and Armenia signed a deal.", "Georgia") == "GE/");
  CHECK(first("Storms hit Atlanta, Georgia on Monday.", "Georgia") == "US/US-GA");
  CHECK(first("The talks in Paris ended.", "Paris") == "FR/FR-IDF");
  CHECK(first("Floods in Lahore and Punjab killed 12.", "Punjab") == "PK/PK-PB");
  CHECK(first("Floods in Amritsar and Punjab killed 12.", "Punjab") == "IN/IN-PB");
  CHECK(first("Michael Jordan scored.", "Jordan") == "none");
  CHECK(first("Aid reached Niger and Nigeria.", "Niger") == "NE/");
}

TEST_CASE("a dateline's place is chosen with the countries the story names", "[entities]") {
  // "San Salvador" is El Salvador's capital and department and an island district of the
  // Bahamas; a story that names El Salvador or its towns is datelined in El Salvador.
  const std::string text =
      "SAN SALVADOR, March 4 (AFP) - The Interior Ministry said on Tuesday that floods had "
      "forced 2,300 people from their homes in Soyapango and Ilopango.\n"
      "Rescue teams from across El Salvador were sent to the two towns, the ministry added.\n";
  nf::ArticleResult r = nf::test::run_text(text, "2025-03-04");
  std::vector<Seen> seen = entities(r, text);
  CHECK(has(seen, "location", "SAN SALVADOR", "San Salvador", "SV"));
  CHECK(has(seen, "agency", "Interior Ministry", "Interior Ministry (SV)", "SV"));
}

TEST_CASE("a GeoNames state spelled otherwise finds its ISO 3166-2 code, only when sure", "[entities][gazetteer]") {
  nf::Admin1Matcher m({"state of", "estado de"});
  m.add("UZ", "farg'ona", "UZ-FA");
  m.add("UZ", "namangan", "UZ-NG");
  m.add("UA", "kharkivska", "UA-63");
  m.add("UA", "khersonska", "UA-65");
  m.add("IN", "uttar pradesh", "IN-UP");
  m.add("MY", "pahang", "MY-06");
  m.add("MY", "pulau pinang", "MY-07");
  m.add("EE", "harku", "EE-198");
  m.add("EE", "harjumaa", "EE-37");
  CHECK(m.find("UZ", "namangan") == "UZ-NG");
  CHECK(m.find("UZ", "fergana") == "UZ-FA");            // same consonants
  CHECK(m.find("UA", "kharkiv") == "UA-63");            // adjectival ending
  CHECK(m.find("IN", "state of uttar pradesh") == "IN-UP");
  CHECK(m.find("MY", "penang").empty());                // p-n-ng is not p-h-ng: no guess
  CHECK(m.find("EE", "harju") == "EE-37");             // harju + maa, not the one-letter-off harku
  CHECK(m.find("KZ", "almaty").empty());                // a country without entries
}

TEST_CASE("gazetteer keys fold case, diacritics and apostrophes", "[entities][gazetteer]") {
  CHECK(nf::fold_token("Côte") == "cote");
  CHECK(nf::fold_token("d’Ivoire") == "d'ivoire");
  CHECK(nf::fold_token("SÃO") == "sao");
  CHECK(nf::fold_phrase("Khyber   Pakhtunkhwa") == "khyber pakhtunkhwa");
  auto gaz = nf::Gazetteers::shared(nf::test::extractor().rules());
  CHECK(gaz->places.size() > 20000);  // ISO 3166-1 + 3166-2 + GeoNames cities
  CHECK(gaz->demonyms.at("afghans") == "AF");
  const nf::PhraseIndex::Node* n = gaz->place_names.find("balochistan");
  REQUIRE(n);
  bool pk_ba = false;
  for (uint32_t id : n->ids) pk_ba |= gaz->places[id].admin1 == "PK-BA";
  CHECK(pk_ba);
}

TEST_CASE("agency mentions: a lower-case body that describes a name is no mention of its own", "[entities]") {
  // Every agency mention of the text, as "span=value".
  auto agencies = [](const std::string& text) {
    nf::ArticleResult r = nf::test::run_text(text, "2025-04-23");
    std::vector<std::string> out;
    for (const nf::Mention& m : r.mentions)
      if (m.kind == nf::Kind::Agency) out.push_back(std::string(m.text(text)) + "=" + m.value);
    return out;
  };
  using V = std::vector<std::string>;
  CHECK(agencies("DERNA - The Turkish disaster agency AFAD set up field hospitals.") == V{"AFAD=AFAD"});
  CHECK(agencies("MANILA - The state weather bureau PAGASA said so.") == V{"PAGASA=PAGASA"});
  CHECK(agencies("BISHKEK - Kyrgyzhydromet, the state weather service, warned of mudflows.") ==
        V{"Kyrgyzhydromet=Kyrgyzhydromet"});
  // A lower-case description, then the body's initials between commas or in parentheses: the
  // initials are the body, named as written, and the description no mention of its own.
  CHECK(agencies("NIAMEY - The national meteorological service, DMN, warned of floods. DMN said more rain would fall.") ==
        V{"DMN=DMN", "DMN=DMN"});
  CHECK(agencies("QUITO - The country's geophysical institute (IGEPN) said ash fell on 12 towns.") == V{"IGEPN=IGEPN"});
  CHECK(agencies("KIGALI - The state statistics office, NISR, said inflation eased.") == V{"NISR=NISR"});
  // An apposition with a country's possessive: the name is that country's body, and the
  // description no mention of its own.
  CHECK(agencies("LIMA - Senapred, Chile's disaster agency, said two people died in Arica.") == V{"Senapred=Senapred (CL)"});
  // Another country's body named with its possessive, later without: its country both times.
  CHECK(agencies("KABUL - Pakistan's Frontier Works Organisation said it had reopened three roads. "
                 "The Frontier Works Organisation added that 40 trucks crossed.") ==
        V{"Frontier Works Organisation=Frontier Works Organisation (PK)", "Frontier Works Organisation=Frontier Works Organisation (PK)"});
  // "UN agencies": the agencies, not the UN; "NZ$" a currency, not a body.
  CHECK(agencies("JUBA - Aid will be channelled through UN agencies and local charities.").empty());
  CHECK(agencies("SUVA - Canberra pledged A$400,000 and Wellington NZ$250,000.").empty());
  // A list is no apposition: "the health ministry, UNICEF and WHO" are three bodies.
  CHECK(agencies("LUSAKA - The health ministry, UNICEF, and WHO said so.") ==
        V{"health ministry=Health Ministry (ZM)", "UNICEF=UNICEF", "WHO=World Health Organization"});
  // A place or an opening word before the comma is no name the body could describe.
  CHECK(agencies("LUSAKA - In Ndola, the provincial health office said 212 cases were confirmed.") ==
        V{"provincial health office=Provincial Health Office (ZM)"});
  CHECK(agencies("KATHMANDU - Later, the district health office said 12 people died.") ==
        V{"district health office=District Health Office (NP)"});
  // Alone, the same words are the country's body.
  CHECK(agencies("MANILA - The state weather bureau said so.") == V{"weather bureau=Weather Bureau (PH)"});
  // "the UN health agency" is no country's body.
  CHECK(agencies("GENEVA - A global health agency said so.").empty());
  CHECK(agencies("GENEVA - The UN health agency said so.") == V{"UN health agency=World Health Organization"});
  // "the government" only as the subject of a claim, in a story whose country is known.
  CHECK(agencies("DHAKA - The ILO urged the government to speed up reforms.") == V{"ILO=International Labour Organization"});
  CHECK(agencies("The government said so.").empty());
  // "Iran's Red Crescent Society": the country's society by the possessive before it.
  CHECK(agencies("TEHRAN - Iran's Red Crescent Society said 40 teams deployed.") == V{"Red Crescent Society=Iranian Red Crescent"});
  // A place's initials are the place: no body, not the table's Danish Refugee Council (DRC).
  CHECK(agencies("KINSHASA - Fighting in the Democratic Republic of Congo (DRC) displaced 40,000, and DRC troops fled.").empty());
  // An acronym defined in the article wins over the alias table's meaning of the same letters.
  CHECK(agencies("LIMA - The National Center for Epidemiology, Prevention and Disease Control (CDC) said so. CDC added that.") ==
        V{"National Center for Epidemiology, Prevention and Disease Control=National Center for Epidemiology, Prevention and Disease Control (PE)",
          "CDC=National Center for Epidemiology, Prevention and Disease Control (PE)",
          "CDC=National Center for Epidemiology, Prevention and Disease Control (PE)"});
  // A short name of several words in parentheses: the table's acronym inside it gives way.
  CHECK(agencies("LUSAKA - The Zambia Centre for Disease Control (Zambia CDC) said so. Zambia CDC added that.") ==
        V{"Zambia Centre for Disease Control=Centre for Disease Control (ZM)", "Zambia CDC=Centre for Disease Control (ZM)",
          "Zambia CDC=Centre for Disease Control (ZM)"});
  // Within an article, a later short mention of a body named in full earlier (same country,
  // same head, its words all in the full name's) takes the full body's value.
  CHECK(agencies("ALGIERS - Algeria's Ministry of National Defence said 12 migrants were rescued. The defence ministry said "
                 "the National Coast Guard found two boats. Coast guard vessels searched the area.") ==
        V{"Ministry of National Defence=National Defence Ministry (DZ)", "defence ministry=National Defence Ministry (DZ)",
          "National Coast Guard=National Coast Guard (DZ)", "Coast guard=National Coast Guard (DZ)"});
  // Another body with the same head, or two full bodies the short one fits both: no collapse.
  CHECK(agencies("NAIROBI - The Ministry of Public Health said so. The interior ministry added that.") ==
        V{"Ministry of Public Health=Public Health Ministry (KE)", "interior ministry=Interior Ministry (KE)"});
  CHECK(agencies("ISLAMABAD - The National Disaster Management Authority and the Provincial Disaster Management Authority said so. "
                 "The disaster management authority added that.") ==
        V{"National Disaster Management Authority=National Disaster Management Authority (PK)",
          "Provincial Disaster Management Authority=Provincial Disaster Management Authority (PK)",
          "disaster management authority=Disaster Management Authority (PK)"});
  // A short mention with a seat of its own ("the city council in Zomba") is another body.
  CHECK(agencies("BLANTYRE - Blantyre City Council said 40 homes fell, while the city council in Zomba reported 3.") ==
        V{"Blantyre City Council=Blantyre City Council (MW)", "city council=City Council (MW)"});
  CHECK(agencies("BLANTYRE - Blantyre City Council said 40 homes fell, and the city council in Blantyre added 3.") ==
        V{"Blantyre City Council=Blantyre City Council (MW)", "city council=Blantyre City Council (MW)"});
  // "the UN's Population Fund": the table's "UN Population Fund", with nothing inside it.
  CHECK(agencies("GENEVA - The UN's Population Fund said 12 died.") == V{"UN's Population Fund=United Nations Population Fund"});
  // "United Nations" and "U.N." spell the "UN" of every "UN ... agency" alias.
  CHECK(agencies("TRIPOLI - The United Nations migration agency said 40 people were missing.") ==
        V{"United Nations migration agency=International Organization for Migration"});
  CHECK(agencies("TRIPOLI - The U.N. children's agency said so.") == V{"U.N. children's agency=UNICEF"});
}
