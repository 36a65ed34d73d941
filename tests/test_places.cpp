// Places and their ISO 3166-2 codes as the press names them: tests/data/places_admin1_press.tsv
// holds provinces and province capitals of 50 non-Western countries in their common English
// spelling ("Battambang province", "Nineveh", "Jalal-Abad region", "Mosul") with the code a
// reader expects. Each is run in a short two-sentence story that also names the country, the
// way an article gives its context; the place must be found with its country and its code.
#include <catch2/catch.hpp>

#include <cstdint>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "extractor/rules/admin1_match.h"
#include "extractor/rules/gazetteer_mo.h"
#include "test_support.h"

namespace {

// The country as a story names it (the test data's countries only).
const std::map<std::string, std::string>& country_names() {
  static const std::map<std::string, std::string> names = {
      {"AF", "Afghanistan"}, {"PK", "Pakistan"},   {"IN", "India"},       {"BD", "Bangladesh"},
      {"MM", "Myanmar"},     {"TH", "Thailand"},   {"KH", "Cambodia"},    {"LA", "Laos"},
      {"VN", "Vietnam"},     {"PH", "the Philippines"}, {"ID", "Indonesia"}, {"MY", "Malaysia"},
      {"CN", "China"},       {"KG", "Kyrgyzstan"}, {"KZ", "Kazakhstan"},  {"UZ", "Uzbekistan"},
      {"TJ", "Tajikistan"},  {"IR", "Iran"},       {"IQ", "Iraq"},        {"SY", "Syria"},
      {"YE", "Yemen"},       {"SA", "Saudi Arabia"}, {"TR", "Turkey"},    {"EG", "Egypt"},
      {"LY", "Libya"},       {"SD", "Sudan"},      {"SS", "South Sudan"}, {"ET", "Ethiopia"},
      {"SO", "Somalia"},     {"KE", "Kenya"},      {"UG", "Uganda"},      {"TZ", "Tanzania"},
      {"CD", "DR Congo"},    {"NG", "Nigeria"},    {"ML", "Mali"},        {"BF", "Burkina Faso"},
      {"NE", "Niger"},       {"CM", "Cameroon"},   {"MZ", "Mozambique"},  {"MG", "Madagascar"},
      {"MW", "Malawi"},      {"ZW", "Zimbabwe"},   {"LK", "Sri Lanka"},   {"NP", "Nepal"},
      {"CO", "Colombia"},    {"MX", "Mexico"},     {"HT", "Haiti"},       {"HN", "Honduras"},
      {"UA", "Ukraine"},     {"RU", "Russia"},     {"RW", "Rwanda"},      {"TL", "Timor-Leste"},
      {"OM", "Oman"},        {"VU", "Vanuatu"},    {"SB", "Solomon Islands"}, {"MR", "Mauritania"},
      {"SV", "El Salvador"}, {"AZ", "Azerbaijan"}, {"TD", "Chad"},        {"SN", "Senegal"},
      {"GE", "Georgia"},     {"AM", "Armenia"},    {"BT", "Bhutan"},      {"MN", "Mongolia"},
      {"MV", "the Maldives"}, {"FJ", "Fiji"},     {"AO", "Angola"}};
  return names;
}

struct Tally {
  int total = 0, found = 0, country = 0, code = 0;
  double pct(int n) const { return total ? 100.0 * n / total : 0; }
  std::string report(const std::string& name) const {
    std::ostringstream o;
    o.setf(std::ios::fixed);
    o.precision(1);
    o << name << ": " << total << " names, found " << pct(found) << "%, right country " << pct(country)
      << "%, right ISO 3166-2 code " << pct(code) << "%\n";
    return o.str();
  }
};

}  // namespace

TEST_CASE("provinces and their capitals as the press spells them get their ISO 3166-2 code", "[places][places-press]") {
  std::ifstream in(nf::test::source_dir() + "/tests/data/places_admin1_press.tsv");
  REQUIRE(in);
  std::map<std::string, Tally> tallies;
  std::ostringstream misses;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    std::string kind, phrase, cc, code;
    std::getline(fields, kind, '\t');
    std::getline(fields, phrase, '\t');
    std::getline(fields, cc, '\t');
    std::getline(fields, code, '\t');
    REQUIRE(country_names().count(cc));
    std::string lead = "Floods hit ";
    std::string body = lead + phrase + " on Monday, officials said. The government of " + country_names().at(cc) +
                       " sent aid.";
    nf::ArticleResult r = nf::test::run_text(body, "2025-04-23");
    size_t start = lead.size(), end = start + phrase.size();
    const nf::Mention* hit = nullptr;
    for (const nf::Mention& m : r.mentions)
      if (m.kind == nf::Kind::Location && m.span.start < end && start < m.span.end) {
        hit = &m;
        break;
      }
    for (const std::string& group : {std::string("all"), kind}) {
      Tally& t = tallies[group];
      ++t.total;
      t.found += hit != nullptr;
      t.country += hit && hit->country == cc;
      t.code += hit && hit->admin1 == code;
    }
    if (!hit || hit->admin1 != code)
      misses << "  " << kind << " " << phrase << " (" << code << "): "
             << (hit ? std::string(hit->text(body)) + " = " + hit->country + " " + hit->admin1 : "not found") << "\n";
  }
  WARN(tallies["province"].report("provinces") << tallies["city"].report("capitals") << tallies["all"].report("all")
                                               << "misses:\n" << misses.str());
  REQUIRE(tallies["all"].total >= 700);
  // Floors under the figures measured. First run (the list written before it, session 5): found
  // 87.2%, right country 86.2%, right code 71.2% (provinces 73.5%, capitals 67.0%). After
  // linking GeoNames' province names to ISO 3166-2 (translations, transliteration folds,
  // compass words, rules/places/state_codes.tsv) and naming them: 92.2%, 91.4%, 85.0%; with
  // Persian compass words and the spellings two languages' translations agree on: 93.2%,
  // 92.8%, 87.0% (provinces 90.3%, capitals 81.0%); a first-level subdivision before a
  // lower-level one of the same name (Nepal's provinces, zones): code 87.5%. Session 8: 68 rows
  // for 12 more countries (830 in all), 14 of them missed on their first run; after aliases
  // (Socotra, Timor-Leste's Portuguese names, Rwanda's districts ...): found 93.6%, country
  // 93.3%, code 88.3%. Session 9: 65 rows for 5 more countries (Georgia, Armenia, Bhutan,
  // Mongolia, the Maldives; 895 in all), 17 of them missed on their first run (Adjara, Mongolia's
  // aimags by their press spellings, Malé ...): found 93.4%, country 93.0%, code 90.2%; after
  // aliases for press spellings neither source holds (aliases.tsv: Adjara, the aimags, Nepal's
  // renamed provinces, Yemen's and Laos' provinces, Lower Shabelle ...): found 97.0%, country
  // 96.6%, code 95.8% (provinces 99.5 / 99.3 / 98.8%). Later rows of session 9 (Nepal's districts
  // and towns, places no source had, 918 in all) and the capitals of the session-5 rows by their
  // press names (Cali, Acapulco, Kazan, Gondar, Wad Madani, Garowe ...: GeoNames names them
  // "Santiago de Cali", "Gonder", "Wad Medani", "Garoowe"): found 99.5%, country 99.2%, code
  // 98.6% (capitals 99.4 / 99.1 / 98.2%).
  const Tally& all = tallies["all"];
  CHECK(all.pct(all.found) >= 98);
  CHECK(all.pct(all.country) >= 98);
  CHECK(all.pct(all.code) >= 97);
  CHECK(tallies["province"].pct(tallies["province"].code) >= 97);
  CHECK(tallies["city"].pct(tallies["city"].code) >= 96);
}

TEST_CASE("Admin1Matcher links romanizations of one province and refuses unsure ones", "[places]") {
  nf::Admin1Matcher m({"state of"}, {{"dzh", "y"}, {"zh", "y"}, {"j", "y"}, {"kh", "h"}, {"w", "v"}});
  m.add("KG", "dzhalal-abad", "KG-J");
  m.add("KG", "osh", "KG-O");
  m.add("IQ", "ninawa", "IQ-NI");
  m.add("IQ", "anbar", "IQ-AN");
  m.add("KH", "baat dambang", "KH-2");
  m.add_alias("KH", "battambang", "KH-2");
  m.add("KH", "siem reab", "KH-17");
  CHECK(m.transliterate("dzhalal-abad") == m.transliterate("jalal-abad"));
  CHECK(m.find("KG", "jalal-abad") == "KG-J");
  CHECK(m.find("IQ", "nineveh") == "IQ-NI");  // "nv" both, one governorate only
  CHECK(m.find("KH", "battambang") == "KH-2");  // another language's name
  CHECK(m.find("KH", "kampot").empty());
  // Two subdivisions with the same transliterated skeleton: no code.
  m.add("XX", "zhalan", "XX-1");
  m.add("XX", "yalon", "XX-2");
  CHECK(m.find("XX", "jalin").empty());
}

TEST_CASE("gettext catalogs give other spellings of subdivision names", "[places]") {
  // A .mo catalog with two entries: "Baat Dambang" -> "Battambang", "Kampot" -> itself.
  std::vector<std::pair<std::string, std::string>> entries = {{"Baat Dambang", "Battambang"}, {"Kampot", "Kampot"}};
  auto le32 = [](std::string& s, uint32_t v) {
    for (int i = 0; i < 4; ++i) s.push_back(static_cast<char>(v >> (8 * i) & 0xFF));
  };
  uint32_t n = static_cast<uint32_t>(entries.size()), orig = 28, trans = orig + 8 * n, strings = trans + 8 * n;
  std::string head, tables, data;
  le32(head, 0x950412de);
  le32(head, 0);
  le32(head, n);
  le32(head, orig);
  le32(head, trans);
  le32(head, 0);
  le32(head, 0);
  std::string orig_table, trans_table;
  for (int pass = 0; pass < 2; ++pass)
    for (const auto& [o, t] : entries) {
      const std::string& s = pass == 0 ? o : t;
      le32(pass == 0 ? orig_table : trans_table, static_cast<uint32_t>(s.size()));
      le32(pass == 0 ? orig_table : trans_table, strings + static_cast<uint32_t>(data.size()));
      data += s + '\0';
    }
  std::string bytes = head + orig_table + trans_table + data;
  nf::MoTranslations t;
  REQUIRE(nf::read_mo_catalog(bytes, t));
  REQUIRE(t.count("Baat Dambang"));
  CHECK(t["Baat Dambang"] == std::vector<std::string>{"Battambang"});
  CHECK(t.count("Kampot") == 0);  // a translation equal to its original says nothing
  nf::MoTranslations none;
  CHECK_FALSE(nf::read_mo_catalog("not a catalog", none));
  CHECK_FALSE(nf::read_mo_catalog(bytes.substr(0, 40), none));
}

TEST_CASE("a large town with a two-letter name is a place only where the text calls it a unit", "[places]") {
  auto location = [](const std::string& text, const std::string& name) {
    nf::ArticleResult r = nf::test::run_text(text, "2025-08-01");
    for (const nf::Mention& m : r.mentions)
      if (m.kind == nf::Kind::Location && text.substr(m.span.start, name.size()) == name) return m.country + "/" + m.admin1;
    return std::string("(none)");
  };
  // GeoNames' Bo (Sierra Leone, Southern Province).
  CHECK(location("FREETOWN, Aug 1 (Reuters) - Seven cases were recorded in Bo district.\n", "Bo") == "SL/SL-S");
  CHECK(location("Kenema district had 19 cases, while Bo District had seven.\n", "Bo") == "SL/SL-S");
  // Alone, a two-letter word is a name or an initial, not the town.
  CHECK(location("Bo said the talks would resume.\n", "Bo") == "(none)");
  CHECK(location("THE BO REPORT found 12 errors.\n", "BO") == "(none)");
}

TEST_CASE("a capital that is its own subdivision gets that code; an accent tells a name from a word", "[places]") {
  auto location = [](const std::string& text, const std::string& name) {
    nf::ArticleResult r = nf::test::run_text(text, "2025-08-01");
    for (const nf::Mention& m : r.mentions)
      if (m.kind == nf::Kind::Location && text.substr(m.span.start, name.size()) == name) return m.country + "/" + m.admin1;
    return std::string("(none)");
  };
  // ISO 3166-2 makes Malé a subdivision of its own (MV-MLE, type City); GeoNames puts the city
  // in Kaafu atoll. "Malé" with its accent is no English word.
  CHECK(location("Floods hit Malé on Monday, officials in the Maldives said.\n", "Malé") == "MV/MV-MLE");
  CHECK(location("COLOMBO, Aug 1 (Reuters) - Rains flooded streets in Malé, the Maldives' capital.\n", "Malé") == "MV/MV-MLE");
  // Without the accent, a word at a sentence's start stays a word.
  CHECK(location("Male nurses said 12 wards were closed.\n", "Male") == "(none)");
}
