// Datelines (extractor/ingest/dateline.cpp, rules/ingest/dateline.xml): one line per case,
// body in, place / date / wire / span out, with the published and fallback dates pinned.
#include <catch2/catch.hpp>

#include "extractor/ingest/dateline.h"
#include "extractor/rules/rule_library.h"
#include "tests/test_support.h"

namespace {

struct Case {
  const char* body;
  const char* published;  // Article::published
  const char* fallback;   // fallback reference date
  const char* place;      // nullptr: no dateline
  const char* date;
  const char* wire;
  const char* span;       // the dateline's text
};

const Case kCases[] = {
    // The seed's odd shape, and the shapes of issue 2.
    {"Islamabad 23, Apr , 2025: Afghans leave Pakistan in large numbers once again.", "", "", "Islamabad", "2025-04-23", "", "Islamabad 23, Apr , 2025"},
    {"KABUL, March 3 (Reuters) - Taliban officials said on Monday that aid had arrived.", "2025-03-04", "", "KABUL", "2025-03-03", "Reuters", "KABUL, March 3 (Reuters)"},
    {"KABUL, March 3 (Reuters) - Taliban officials said on Monday that aid had arrived.", "", "2024-03-05", "KABUL", "2024-03-03", "Reuters", "KABUL, March 3 (Reuters)"},
    {"KABUL, March 3 (Reuters) - Taliban officials said on Monday that aid had arrived.", "", "", "KABUL", "XXXX-03-03", "Reuters", "KABUL, March 3 (Reuters)"},
    {"GENEVA, 12 June 2024: The World Health Organization reported 300 new cases.", "", "", "GENEVA", "2024-06-12", "", "GENEVA, 12 June 2024"},
    {"NAIROBI — Tuesday, Oct. 8, 2024 — Floods have displaced more than 20,000 people in the north.", "", "", "NAIROBI", "2024-10-08", "", "NAIROBI — Tuesday, Oct. 8, 2024"},
    {"WASHINGTON (AP) — The Senate voted 51-49 on Thursday to pass the measure after a long debate.", "", "", "WASHINGTON", "", "AP", "WASHINGTON (AP)"},
    {"LONDON, Jan 5 (AFP) - British police arrested 12 people overnight, officials said.", "2025-01-06", "", "LONDON", "2025-01-05", "AFP", "LONDON, Jan 5 (AFP)"},
    {"SÃO PAULO, Brazil — Heavy rains killed at least 40 people in the state over the weekend.", "", "", "SÃO PAULO, Brazil", "", "", "SÃO PAULO, Brazil"},
    // More wire and regional shapes.
    {"NEW DELHI, Jan 5 (IANS) The government on Sunday said that 3,000 villages were affected.", "", "2025-01-07", "NEW DELHI", "2025-01-05", "IANS", "NEW DELHI, Jan 5 (IANS)"},
    {"Bogota, Mar 5 (EFE).- Clashes have forced more than 5,200 people to flee their homes.", "", "2025-03-06", "Bogota", "2025-03-05", "EFE", "Bogota, Mar 5 (EFE)"},
    {"LA PAZ, Sep 20 (EFE).- Forest fires have burned 3.8 million hectares in Bolivia.", "", "2024-09-21", "LA PAZ", "2024-09-20", "EFE", "LA PAZ, Sep 20 (EFE)"},
    // Month names of the wire's own language (AFP and MAP in French, EFE in Spanish, Lusa in
    // Portuguese) before an English story.
    {"Dakar, 3 mai (AFP) - Floods have forced 4,000 people from their homes in the east.", "", "2025-05-04", "Dakar", "2025-05-03", "AFP", "Dakar, 3 mai (AFP)"},
    {"Casablanca, 17 févr. (MAP) - The central bank kept its key rate at 2.5 percent.", "", "2025-02-18", "Casablanca", "2025-02-17", "MAP", "Casablanca, 17 févr. (MAP)"},
    {"Quito, 9 ene (EFE).- Power cuts of up to 14 hours a day hit the capital on Monday.", "", "2025-01-10", "Quito", "2025-01-09", "EFE", "Quito, 9 ene (EFE)"},
    {"Maputo, 21 dez (Lusa) - Cyclone rains destroyed 1,200 homes in Nampula province.", "", "2025-12-22", "Maputo", "2025-12-21", "Lusa", "Maputo, 21 dez (Lusa)"},
    {"Niamey, 12 août (AFP) - Heavy rains have killed 31 people since June, officials said.", "", "2025-08-13", "Niamey", "2025-08-12", "AFP", "Niamey, 12 août (AFP)"},
    {"By Agnes Nantaba\nKAMPALA \xE2\x80\x94 Uganda has confirmed nine cases of the disease, officials said.", "", "", "KAMPALA", "", "", "KAMPALA"},
    // Only a space after it: a date and a wire credit must both be there, and a capital after.
    {"Paris, May 30 the ministry said that 3,000 villages were affected by the floods.", "", "2025-06-01", nullptr, nullptr, nullptr, nullptr},
    {"Officials (the ministry) Said that 3,000 villages were affected by the floods.", "", "", nullptr, nullptr, nullptr, nullptr},
    {"Lahore, May 30 (PTI) the figures were released late on Friday by the ministry.", "", "2025-06-01", nullptr, nullptr, nullptr, nullptr},
    {"NEW DELHI, Jan 5 (IANS): The government on Sunday said that 3,000 villages were affected.", "", "2025-01-07", "NEW DELHI", "2025-01-05", "IANS", "NEW DELHI, Jan 5 (IANS)"},
    {"BEIJING, Jan. 5 (Xinhua) -- China's exports rose 7 percent in December, data showed.", "2025-01-05", "", "BEIJING", "2025-01-05", "Xinhua", "BEIJING, Jan. 5 (Xinhua)"},
    {"ANKARA (AA) - Turkish authorities detained 25 suspects in operations across 10 provinces.", "", "", "ANKARA", "", "Anadolu", "ANKARA (AA)"},
    {"Lahore, April 23 (APP): The Punjab government has approved 500 new schools for the province.", "2025-04-24", "", "Lahore", "2025-04-23", "APP", "Lahore, April 23 (APP)"},
    {"ISLAMABAD: The federal cabinet on Tuesday approved a relief package worth Rs 10 billion for the flood victims.", "", "", "ISLAMABAD", "", "", "ISLAMABAD"},
    {"Karachi, Sept 14: Rescue workers recovered 17 bodies from the collapsed building on Saturday.", "", "2025-09-20", "Karachi", "2025-09-14", "", "Karachi, Sept 14"},
    {"DAR ES SALAAM, Tanzania, May 2, 2024 (Reuters) - Tanzania's central bank held its rate.", "", "", "DAR ES SALAAM, Tanzania", "2024-05-02", "Reuters", "DAR ES SALAAM, Tanzania, May 2, 2024 (Reuters)"},
    {"Rio de Janeiro, 3rd March 2023 - Police said 9 people died in the operation in the north of the city.", "", "", "Rio de Janeiro", "2023-03-03", "", "Rio de Janeiro, 3rd March 2023"},
    {"PORT-AU-PRINCE, Haiti (AP) — Gangs attacked two police stations overnight, officials said.", "", "", "PORT-AU-PRINCE, Haiti", "", "AP", "PORT-AU-PRINCE, Haiti (AP)"},
    {"MANILA, Philippines, Friday (Reuters) - A typhoon forced 100,000 people from their homes.", "", "", "MANILA, Philippines", "", "Reuters", "MANILA, Philippines, Friday (Reuters)"},
    // Wire credits between slashes (PANA, NAMPA, TASS), also after a full stop.
    {"WINDHOEK, May 21 /NAMPA/ - About 1.4 million Namibians face hunger, the office said.", "", "2024-05-22", "WINDHOEK", "2024-05-21", "NAMPA", "WINDHOEK, May 21 /NAMPA/"},
    {"BISHKEK, July 8. /TASS/. Mudflows have destroyed 47 houses in the south, the ministry said.", "", "2024-07-09", "BISHKEK", "2024-07-08", "TASS", "BISHKEK, July 8. /TASS/."},
    // The year of an undated dateline across New Year: one year before the published date.
    {"MOSCOW, Dec. 31 (Reuters) - Russia said it shot down 20 drones overnight over its regions.", "2025-01-02", "", "MOSCOW", "2024-12-31", "Reuters", "MOSCOW, Dec. 31 (Reuters)"},
    // After a headline line, and after a byte-order mark.
    {"Floods displace thousands in Kenya\nNAIROBI, May 2 (Reuters) - Floods have displaced 20,000.", "2024-05-02", "", "NAIROBI", "2024-05-02", "Reuters", "NAIROBI, May 2 (Reuters)"},
    {"\xEF\xBB\xBFGENEVA, 12 June 2024: The agency said 300 people had arrived in the camp on Monday.", "", "", "GENEVA", "2024-06-12", "", "GENEVA, 12 June 2024"},
    // An impossible day leaves the date empty but keeps the place.
    {"CAIRO, Feb. 30 (Reuters) - Egypt's inflation rose to 30 percent in January, data showed.", "", "2025-03-01", "CAIRO", "", "Reuters", "CAIRO, Feb. 30 (Reuters)"},
    // Negatives: headlines, kickers, story sentences.
    {"Afghans Leave Pakistan In Large Numbers Once Again\nMore than 100,000 individuals returned to their homeland in three weeks.", "", "", nullptr, nullptr, nullptr, nullptr},
    {"Pakistan Floods: More Than 1,000 Dead As Rains Continue Across The South Of The Country", "", "", nullptr, nullptr, nullptr, nullptr},
    {"BREAKING: The central bank raised interest rates by 50 basis points on Thursday afternoon.", "", "", nullptr, nullptr, nullptr, nullptr},
    {"UPDATE 2 - Oil prices rise as supply fears grow", "", "", nullptr, nullptr, nullptr, nullptr},
    {"The United Nations said on Tuesday that 13,000 people had been detained in April.", "", "", nullptr, nullptr, nullptr, nullptr},
    {"Floods Hit Pakistan, June 3", "", "", nullptr, nullptr, nullptr, nullptr},
    {"WHO: Cases", "", "", nullptr, nullptr, nullptr, nullptr},
    {"In April, 2025: more than 100,000 Afghans returned home, the ministry said in a statement.", "", "", nullptr, nullptr, nullptr, nullptr},
    {"Officials in the capital said on Monday, March 3, that 200 people had been evacuated.", "", "", nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

TEST_CASE("datelines: place, date, wire and span of many shapes; headlines are not datelines", "[ingest][dateline]") {
  nf::DatelineReader reader(nf::test::extractor().rules());
  for (const Case& c : kCases) {
    nf::Article a;
    a.body = c.body;
    a.published = c.published;
    reader.read(a, c.fallback);
    INFO("body: " << c.body << "\npublished " << c.published << ", fallback " << c.fallback);
    if (!c.place) {
      CHECK_FALSE(a.dateline.found);
      if (a.dateline.found) INFO("found place " << a.dateline.place);
      continue;
    }
    REQUIRE(a.dateline.found);
    CHECK(a.dateline.place == c.place);
    CHECK(a.dateline.date == c.date);
    CHECK(a.dateline.wire == c.wire);
    std::string span = a.body.substr(a.dateline.span.start, a.dateline.span.size());
    CHECK(span == c.span);
    std::string place = a.body.substr(a.dateline.place_span.start, a.dateline.place_span.size());
    CHECK(place == c.place);
  }
}

TEST_CASE("datelines: the seed article's dateline spans bytes 0 to 24", "[ingest][dateline]") {
  nf::DatelineReader reader(nf::test::extractor().rules());
  nf::Article a;
  a.body = "Islamabad 23, Apr , 2025: Afghans leave Pakistan in large numbers once again.";
  reader.read(a, "");
  REQUIRE(a.dateline.found);
  CHECK(a.dateline.span.start == 0);
  CHECK(a.dateline.span.end == 24);
  CHECK(a.dateline.place_span.end == 9);
}

TEST_CASE("datelines: the date's own span; a date in the wire's language becomes a date mention", "[ingest][dateline]") {
  nf::DatelineReader reader(nf::test::extractor().rules());
  nf::Article a;
  a.body = "Islamabad 23, Apr , 2025: Afghans leave Pakistan in large numbers once again.";
  reader.read(a, "");
  REQUIRE(a.dateline.found);
  CHECK(a.body.substr(a.dateline.date_span.start, a.dateline.date_span.size()) == "23, Apr , 2025");

  // "4 mai", "14 oct": no English date rule reads them; the dateline reader does, and its date
  // is then a temporal mention, not a count "4".
  struct Wire {
    const char* body;
    const char* text;
    const char* value;
  };
  for (const Wire& w : {Wire{"Lomé, 4 mai (AFP) - Floods forced 300 people from their homes.", "4 mai", "2026-05-04"},
                        Wire{"Tegucigalpa, 14 oct (EFE).- Rains killed 12 people on Monday.", "14 oct", "2025-10-14"},
                        Wire{"Maputo, 8 avril (Lusa) - Cyclone Idai left 40 dead.", "8 avril", "2026-04-08"}}) {
    INFO(w.body);
    nf::ArticleResult r = nf::test::run_text(w.body, std::string(w.value).substr(0, 4) + "-11-20");
    bool date = false, count_inside = false;
    for (const nf::Mention& m : r.mentions) {
      std::string text(m.text(w.body));
      if (m.kind == nf::Kind::Date && text == w.text) {
        date = true;
        CHECK(m.value == w.value);
      }
      if (nf::is_numeric(m.kind) && m.span.start < std::string_view(w.body).find('(')) count_inside = true;
    }
    CHECK(date);
    CHECK_FALSE(count_inside);
  }
  // An English dateline's date keeps the mention its rule made.
  nf::ArticleResult r = nf::test::run_text("ACCRA, June 17 (Reuters) - Floods killed 20 people.", "2026-06-17");
  bool rule_date = false;
  for (const nf::Mention& m : r.mentions)
    if (m.kind == nf::Kind::Date && m.rule != "dateline.date" && m.span.start == 7) rule_date = true;
  CHECK(rule_date);
}
