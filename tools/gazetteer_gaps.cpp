// Lists the first-level subdivisions (states) GeoNames gives its cities that the gazetteer could
// not link to an ISO 3166-2 code: their cities carry no admin1, so facts placed in them get only
// a country. Each line: "CC|state", the number of cities and their population, largest first.
// A line here is a candidate for rules/places/state_codes.tsv (checked by hand against
// /usr/share/iso-codes/json/iso_3166-2.json) or a state ISO 3166-2 does not have.
//
//   build/gazetteer_gaps                  # $NEWSFACTS_RULES, else the source tree's rules/
//   build/gazetteer_gaps --rules DIR --summary
#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include <geonames/geonames.h>

#include "extractor/rules/gazetteer_index.h"
#include "extractor/rules/rule_library.h"

int main(int argc, char** argv) {
  std::string rules_dir = std::getenv("NEWSFACTS_RULES") ? std::getenv("NEWSFACTS_RULES") : NEWSFACTS_DEFAULT_RULES;
  bool summary = false;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--rules") && i + 1 < argc) {
      rules_dir = argv[++i];
    } else if (!std::strcmp(argv[i], "--summary")) {
      summary = true;
    } else {
      std::cerr << "usage: gazetteer_gaps [--rules DIR] [--summary]\n";
      return 2;
    }
  }
  try {
    nf::RuleLibrary rules = nf::RuleLibrary::load(rules_dir);
    nf::Gazetteers gaz(rules);
    // The gazetteer's cities by (country, name, population): its Place keeps no state name.
    std::map<std::tuple<std::string, std::string, long>, const nf::Place*> cities;
    for (const nf::Place& p : gaz.places)
      if (p.type == nf::PlaceType::City) cities.emplace(std::make_tuple(p.country, p.name, p.population), &p);
    struct Gap { int cities = 0; long population = 0; };
    std::map<std::string, Gap> gaps;
    int with_state = 0, uncoded = 0;
    for (int i = 0, n = geonames_get_n_cities(); i < n; ++i) {
      GeonamesCity* c = geonames_get_city(i);
      if (!c) continue;
      const char* state = geonames_city_get_state(c);
      auto it = cities.find(std::make_tuple(std::string(geonames_city_get_country_code(c)),
                                            std::string(geonames_city_get_name(c)),
                                            static_cast<long>(geonames_city_get_population(c))));
      if (state && *state && it != cities.end()) {
        ++with_state;
        if (it->second->admin1.empty()) {
          ++uncoded;
          Gap& g = gaps[it->second->country + "|" + state];
          ++g.cities;
          g.population += it->second->population;
        }
      }
      geonames_city_free(c);
    }
    std::vector<std::pair<std::string, Gap>> sorted(gaps.begin(), gaps.end());
    std::sort(sorted.begin(), sorted.end(),
              [](const auto& a, const auto& b) { return a.second.population > b.second.population; });
    if (!summary)
      for (const auto& [state, g] : sorted) std::cout << state << "\t" << g.cities << "\t" << g.population << "\n";
    std::cout << "# " << gaps.size() << " states without a code; " << uncoded << " of " << with_state
              << " cities with a state have no admin1\n";
  } catch (const std::exception& e) {
    std::cerr << "gazetteer_gaps: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
