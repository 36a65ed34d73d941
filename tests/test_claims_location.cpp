// The location of a count on whole invented wire stories (the full pipeline: places, agencies,
// claims), for the rules that weigh a foreign country named in the count's sentence: the count's
// place is where the counted event happens or the counted things go, not the country of a giver,
// of the body that speaks, of a trade partner or of those counted.
#include <catch2/catch.hpp>

#include <string>

#include "tests/test_support.h"

namespace {

std::string location_of(const nf::ArticleResult& r, const std::string& body, const std::string& text) {
  for (const auto& f : r.facts)
    if (body.substr(f.span.start, f.span.size()) == text) return f.location;
  return "(no fact)";
}

}  // namespace

TEST_CASE("location: a country that gives through a body of its own is no place of the gift", "[claims][location]") {
  const std::string body =
      "LILONGWE, March 3 (Reuters) - Floods have killed 31 people in Malawi, officials said.\n"
      "Zambia's Disaster Management Unit said it had sent 60 rescuers and four boats across the border on Monday.\n";
  nf::ArticleResult r = nf::test::run_text(body, "2025-03-03");
  CHECK(location_of(r, body, "60 rescuers") == "MW");
  CHECK(location_of(r, body, "four boats") == "MW");
  // A body that counts on its own soil keeps its country.
  const std::string body2 =
      "RABAT, Oct 2 (Reuters) - Moroccan authorities stopped 800 migrants near Nador, officials said.\n"
      "Spain's interior ministry said 4,100 migrants had reached its shores since January.\n";
  nf::ArticleResult r2 = nf::test::run_text(body2, "2025-10-02");
  CHECK(location_of(r2, body2, "4,100 migrants") == "ES");
}

TEST_CASE("location: a trade partner is no place of the count", "[claims][location]") {
  const std::string body =
      "ULAANBAATAR, May 9 (Reuters) - Mongolia's economy grew 5 percent in the first quarter, the statistics office said.\n"
      "Coal exports to China rose sharply and brought in about $2.1 billion, accounting for nearly 60 percent of the country's export earnings.\n"
      "Mongolia sold copper concentrate worth $730 million to buyers in Japan and South Korea.\n";
  nf::ArticleResult r = nf::test::run_text(body, "2025-05-09");
  CHECK(location_of(r, body, "about $2.1 billion") == "MN");
  CHECK(location_of(r, body, "nearly 60 percent") == "MN");
  CHECK(location_of(r, body, "$730 million") == "MN");
}

TEST_CASE("location: a donor named twice gives under both names; its gift goes where it is for", "[claims][location]") {
  const std::string body =
      "SUVA, Feb 11 (AFP) - Cyclone Mala destroyed 900 homes in Fiji, the government said.\n"
      "India has sent a team of eight engineers and 40 million rupees in funding, the India High Commission in Suva said.\n";
  nf::ArticleResult r = nf::test::run_text(body, "2025-02-11");
  CHECK(location_of(r, body, "eight engineers") == "FJ");
  const std::string body2 =
      "RIYADH, June 4 (SPA) - Saudi Arabia has pledged $30 million in humanitarian aid for Yemen, the foreign ministry said.\n";
  nf::ArticleResult r2 = nf::test::run_text(body2, "2025-06-04");
  CHECK(location_of(r2, body2, "$30 million") == "YE");
}

TEST_CASE("location: where the sent come from is no place of the count", "[claims][location]") {
  const std::string body =
      "BEIRUT, Aug 2 (Reuters) - Wildfires have burned 3,000 hectares of forest in Lebanon, the civil defence said.\n"
      "The European Union said it had deployed 30 firefighters from Cyprus on Tuesday.\n"
      "Rescuers evacuated 300 people from Tyre overnight.\n";
  nf::ArticleResult r = nf::test::run_text(body, "2025-08-02");
  CHECK(location_of(r, body, "30 firefighters") == "LB");
  CHECK(location_of(r, body, "300 people") == "LB-JA");  // "evacuated ... from Tyre" keeps Tyre
}

TEST_CASE("location: the nationality of those counted is no place of the count", "[claims][location]") {
  const std::string body =
      "SANAA, Jan 9 (AFP) - A boat carrying migrants capsized off Yemen, the IOM said.\n"
      "The agency said 64 survivors, most of them Somalis, were taken to a reception centre in Aden.\n";
  nf::ArticleResult r = nf::test::run_text(body, "2025-01-09");
  CHECK(location_of(r, body, "64 survivors") == "YE-AD");
}

TEST_CASE("location: partners listed with 'and the' share their role", "[claims][location]") {
  const std::string body =
      "WINDHOEK, July 1 (Reuters) - Namibia's uranium output rose in the second quarter, the mines ministry said.\n"
      "Namibia sold uranium oxide worth $300 million to buyers in Belgium and the United States in the first half of the year.\n";
  nf::ArticleResult r = nf::test::run_text(body, "2025-07-01");
  CHECK(location_of(r, body, "$300 million") == "NA");
}

TEST_CASE("location: a known place listed with an unknown one before a plural noun gives its country", "[claims][location]") {
  // "its Tarkwa and Damang mines": two places, the gazetteer knows one; the count covers both.
  const std::string body =
      "ACCRA, March 2 (Reuters) - Gold output in Ghana fell in February, the Minerals Commission said.\n"
      "The company has laid off 900 workers at its Tarkwa and Damang mines since January, a spokesman said.\n";
  nf::ArticleResult r = nf::test::run_text(body, "2025-03-02");
  CHECK(location_of(r, body, "900 workers") == "GH");
  // One place before its kind keeps its province.
  const std::string body2 =
      "ACCRA, March 2 (Reuters) - Gold output in Ghana fell in February, the Minerals Commission said.\n"
      "The company has laid off 900 workers at its Tarkwa mines since January, a spokesman said.\n";
  nf::ArticleResult r2 = nf::test::run_text(body2, "2025-03-02");
  CHECK(location_of(r2, body2, "900 workers") == "GH-WP");
}

TEST_CASE("location: a gulf or bay named after a province is no place of the count", "[claims][location]") {
  // Water along several provinces (or countries): the story's country, not the namesake's.
  const std::string body =
      "MEXICO CITY, June 3 (Reuters) - A storm hit Mexico's Gulf coast on Monday, officials said.\n"
      "The navy rescued 14 fishermen in the Bay of Campeche on Tuesday.\n";
  nf::ArticleResult r = nf::test::run_text(body, "2025-06-03");
  CHECK(location_of(r, body, "14 fishermen") == "MX");
}

TEST_CASE("location: donors that have 'each' or 'jointly' sent are donors", "[claims][location]") {
  const std::string body =
      "BEIRUT, Aug 2 (Reuters) - Wildfires have burned 3,000 hectares of forest in Lebanon, the civil defence said.\n"
      "Cyprus and Jordan have each sent three water-bombing planes.\n";
  nf::ArticleResult r = nf::test::run_text(body, "2025-08-02");
  CHECK(location_of(r, body, "three water-bombing planes") == "LB");
}

TEST_CASE("location: places joined by a hyphen name a route, no place of the count", "[claims][location]") {
  const std::string body =
      "BISHKEK, May 5 (AKIpress) - Mudflows hit northern Kyrgyzstan on Sunday, the emergencies ministry said.\n"
      "A stretch of the Bishkek-Osh highway was washed away near Karakol, stranding 120 vehicles.\n";
  nf::ArticleResult r = nf::test::run_text(body, "2025-05-05");
  CHECK(location_of(r, body, "120 vehicles") == "KG-Y");
}

TEST_CASE("location: 'in the county' refers back to the province the sentence before names", "[claims][location]") {
  const std::string body =
      "NAIROBI, May 2 (Reuters) - Floods have killed 40 people across Kenya, officials said.\n"
      "Nine people died in Garissa on Sunday, police said.\n"
      "Another 300 families in the county have been moved to schools.\n"
      "In Tana River, 2,000 acres of crops were destroyed.\n";
  nf::ArticleResult r = nf::test::run_text(body, "2025-05-02");
  CHECK(location_of(r, body, "Another 300 families") == "KE-07");
}

TEST_CASE("location: a people counted fleeing to other countries are their own country's", "[claims][location]") {
  const std::string body =
      "GENEVA, March 4 (Reuters) - Drought in Somalia has displaced thousands this year, UNHCR said.\n"
      "The agency estimates that 900,000 Somalis have fled to neighbouring countries, mostly Kenya and Ethiopia.\n";
  nf::ArticleResult r = nf::test::run_text(body, "2025-03-04");
  CHECK(location_of(r, body, "900,000 Somalis") == "SO");
}
