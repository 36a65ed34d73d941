#include "extractor/rules/gazetteer_index.h"

#include <geonames/geonames.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <map>
#include <mutex>
#include <sstream>

#include "extractor/rules/admin1_match.h"
#include "extractor/rules/gazetteer_fold.h"
#include "extractor/rules/gazetteer_json.h"
#include "extractor/rules/gazetteer_mo.h"
#include "extractor/rules/rule_library.h"
#include "extractor/text/split.h"

namespace nf {
namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return {};
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string source_path(const RuleLibrary& rules, const char* key) {
  const std::string* p = rules.lookup("geo_sources", key);
  if (!p) throw RuleError(std::string("table geo_sources has no entry ") + key);
  return *p;
}

// "Ciudad de México (es)" -> "Ciudad de México"; iso-codes marks language variants that way.
std::string strip_parenthetical(const std::string& s) {
  size_t p = s.find(" (");
  return p == std::string::npos ? s : s.substr(0, p);
}

std::set<std::string> folded_set(const RuleLibrary& rules, const char* macro) {
  std::set<std::string> out;
  for (const std::string& w : rules.list(macro)) out.insert(fold_phrase(w));
  return out;
}

// Other ways news writes a folded place name: without an Arabic article ("al hasakah" ->
// "hasakah", "ar raqqah" -> "raqqah") and two words run together ("mirpur khas" ->
// "mirpurkhas"). `articles` are the folded articles of rules/places (geo_name_article).
std::vector<std::string> name_variants(const std::string& key, const std::set<std::string>& articles) {
  std::vector<std::string> out;
  size_t sp = key.find(' '), dash = key.find('-');
  size_t cut = std::min(sp, dash);
  if (cut != std::string::npos && articles.count(key.substr(0, cut))) {
    std::string rest = key.substr(cut + 1);
    if (rest.size() >= 4) out.push_back(rest);
  }
  if (sp != std::string::npos && key.find(' ', sp + 1) == std::string::npos && key.find('-') == std::string::npos &&
      key.size() - sp - 1 >= 3 && !articles.count(key.substr(0, sp)))
    out.push_back(key.substr(0, sp) + key.substr(sp + 1));
  return out;
}

}  // namespace

void PhraseIndex::remember(const std::string& key) {
  if (filter_.empty()) filter_.assign(kFilterBits / 64, 0);
  size_t h = std::hash<std::string>{}(key);
  filter_[bit_a(h) >> 6] |= uint64_t{1} << (bit_a(h) & 63);
  filter_[bit_b(h) >> 6] |= uint64_t{1} << (bit_b(h) & 63);
}

void PhraseIndex::add(const std::string& key, uint32_t id) {
  if (key.empty()) return;
  remember(key);
  Node& n = map_[key];
  for (uint32_t x : n.ids)
    if (x == id) return;
  n.ids.push_back(id);
  size_t tokens = 1;
  for (size_t p = key.find(' '); p != std::string::npos; p = key.find(' ', p + 1)) {
    std::string prefix = key.substr(0, p);
    remember(prefix);
    map_[prefix].prefix = true;
    ++tokens;
  }
  if (tokens > max_tokens_) max_tokens_ = tokens;
}

Gazetteers::Gazetteers(const RuleLibrary& rules) {
  person_like = folded_set(rules, "geo_person_like");
  titles = folded_set(rules, "geo_title");
  function_words = folded_set(rules, "geo_function_word");
  for (const auto& [k, v] : rules.table("geo_demonym")) demonyms[fold_phrase(k)] = v;

  // Lower-case words of the system dictionary: a place named like one ("Mobile", "Police")
  // needs stronger evidence than a capital letter at the start of a sentence.
  {
    std::istringstream in(slurp(source_path(rules, "dictionary")));
    common_words.reserve(80000);
    for (std::string w; std::getline(in, w);)
      if (!w.empty() && w[0] >= 'a' && w[0] <= 'z' && w.find('\'') == std::string::npos) common_words.insert(w);
    // The dictionary is American: its British spellings too ("centre", "harbour"), which news
    // from Africa and Asia writes ("the Centre for ...", not Burkina Faso's Centre region).
    std::vector<std::string> british;
    for (const std::string& w : common_words) {
      if (w.size() >= 5 && w.compare(w.size() - 2, 2, "er") == 0 && std::string("aeiou").find(w[w.size() - 3]) == std::string::npos)
        british.push_back(w.substr(0, w.size() - 2) + "re");
      if (w.size() >= 5 && w.compare(w.size() - 2, 2, "or") == 0) british.push_back(w.substr(0, w.size() - 2) + "our");
    }
    common_words.insert(british.begin(), british.end());
  }
  auto all_common = [&](const std::string& key) {
    for (const std::string& t : split(key, ' '))
      if (!common_words.count(t) && !function_words.count(t)) return false;
    return true;
  };

  auto add_place = [&](Place p, const std::vector<std::string>& names) {
    uint32_t id = static_cast<uint32_t>(places.size());
    places.push_back(std::move(p));
    for (const std::string& n : names) place_names.add(fold_phrase(n), id);
    return id;
  };
  std::set<std::string> name_articles = folded_set(rules, "geo_name_article");
  // A subdivision's or city's name as news also writes it; a variant that is a dictionary
  // word alone ("Ain", "Bay") or the name of a country is left out.
  std::set<std::string> final_h_countries;  // Arabic names: "Baqubah" is also "Baquba"
  for (const std::string& cc : rules.list("geo_final_h_country")) final_h_countries.insert(cc);
  // A first word the press abbreviates ("saint catherine" -> "st catherine", "st. catherine"),
  // folded: (word, other spelling) pairs from rules/places/name_abbreviations.tsv.
  std::vector<std::pair<std::string, std::string>> abbreviations;
  for (const auto& [word, others] : rules.table("geo_name_abbreviation"))
    for (const std::string& other : split(others, '|'))
      if (!other.empty()) abbreviations.emplace_back(fold_phrase(word), fold_phrase(other));
  auto add_variants = [&](uint32_t id, const std::string& key) {
    std::vector<std::string> variants = name_variants(key, name_articles);
    for (const auto& [word, other] : abbreviations)
      if (key.size() > word.size() + 1 && key.compare(0, word.size(), word) == 0 && key[word.size()] == ' ')
        variants.push_back(other + key.substr(word.size()));
    // "Tacloban City", "Davao City": the press often leaves "City" out.
    if (key.size() > 9 && key.compare(key.size() - 5, 5, " city") == 0 && key.find(' ') == key.size() - 5)
      variants.push_back(key.substr(0, key.size() - 5));
    // An Arabic name's final "ah" (ta marbuta) is often written "a" ("Samawah", "Hillah").
    if (final_h_countries.count(places[id].country)) {
      size_t n = variants.size();
      for (size_t k = 0; k <= n; ++k) {
        const std::string& v = k < n ? variants[k] : key;
        if (v.size() >= 6 && v.compare(v.size() - 2, 2, "ah") == 0) variants.push_back(v.substr(0, v.size() - 1));
      }
    }
    for (const std::string& v : variants) {
      if (v.find(' ') == std::string::npos && all_common(v)) continue;
      if (const PhraseIndex::Node* n = place_names.find(v); n && any_country(n->ids)) continue;
      place_names.add(v, id);
    }
  };

  // Countries (ISO 3166-1): the common name where iso-codes has one ("Iran", not "Iran, Islamic Republic of").
  std::string iso1 = slurp(source_path(rules, "iso_3166_1"));
  if (iso1.empty()) throw RuleError("cannot read " + source_path(rules, "iso_3166_1"));
  for (const JsonRecord& r : read_json_records(iso1, "3166-1")) {
    auto get = [&](const char* k) {
      auto it = r.find(k);
      return it == r.end() ? std::string() : it->second;
    };
    Place p;
    p.country = get("alpha_2");
    p.name = get("common_name").empty() ? get("name") : get("common_name");
    p.type = PlaceType::Country;
    std::vector<std::string> names{get("name")};
    if (!get("common_name").empty()) names.push_back(get("common_name"));
    if (!get("official_name").empty()) names.push_back(get("official_name"));
    std::string cc = p.country;
    country_ids[cc] = add_place(std::move(p), names);
  }

  // First-level subdivisions (ISO 3166-2 entries without a parent).
  std::string suffix_alt;
  std::vector<std::string> suffixes;
  for (const std::string& s : rules.list("geo_state_suffix")) suffixes.push_back(fold_phrase(s));
  auto strip_suffix = [&](std::string key) {
    for (const std::string& s : suffixes) {
      if (key.size() > s.size() + 1 && key.compare(key.size() - s.size(), s.size(), s) == 0 &&
          key[key.size() - s.size() - 1] == ' ')
        return key.substr(0, key.size() - s.size() - 1);
    }
    return key;
  };
  std::map<std::string, std::string> admin1_by_name;  // "PK|balochistan" -> PK-BA
  std::vector<std::string> state_prefixes;
  for (const std::string& s : rules.list("geo_state_prefix")) state_prefixes.push_back(fold_phrase(s));
  // GeoNames' spelling of a state -> its ISO code.
  Admin1Matcher admin1_match(state_prefixes, rules.table("geo_translit_fold"));
  std::vector<std::string> adjective_endings;  // "Dzhalal-Abadskaya oblast'" -> "Dzhalal-Abad"
  for (const std::string& s : rules.list("geo_state_adjective_ending")) adjective_endings.push_back(fold_phrase(s));
  // "Nord-Kivu", "Sumatera Utara", "Shamal Sina'": a compass word of another language, in
  // English and first ("north kivu", "north sumatera"), as GeoNames and the press write them;
  // "" when the name has none.
  std::set<std::string> compass_joiners = folded_set(rules, "geo_compass_joiner");
  auto compass_variant = [&](const std::string& key) {
    std::vector<std::string> words;
    std::string compass, w;
    for (char c : key + " ") {
      if (c != ' ' && c != '-') {
        w += c;
        continue;
      }
      if (w.empty()) continue;
      if (compass_joiners.count(w)) {  // Persian ezafe: "Khorāsān-e Shomālī"
        w.clear();
        continue;
      }
      const std::string* english = compass.empty() ? rules.lookup("geo_compass_word", w) : nullptr;
      if (english) compass = *english;
      else words.push_back(w);
      w.clear();
    }
    if (compass.empty() || words.empty()) return std::string();
    std::string v = compass;
    for (const std::string& x : words) v += " " + x;
    return v;
  };
  // The keys the matcher knows a subdivision by: its name without the state word, without an
  // Arabic article, without a Russian-style adjectival ending.
  auto matcher_keys = [&](const std::string& key) {
    std::vector<std::string> keys{key};
    for (const std::string& v : name_variants(key, name_articles))
      if (v.find(' ') != std::string::npos || v.size() >= 4) keys.push_back(v);
    if (std::string v = compass_variant(key); !v.empty()) keys.push_back(v);
    for (const std::string& e : adjective_endings)
      if (key.size() > e.size() + 3 && key.compare(key.size() - e.size(), e.size(), e) == 0) {
        std::string stem = key.substr(0, key.size() - e.size());
        while (!stem.empty() && (stem.back() == '\'' || stem.back() == '-')) stem.pop_back();
        keys.push_back(stem);
        break;
      }
    return keys;
  };
  // Other languages' names of the subdivisions (iso-codes' translations), Latin script only.
  MoTranslations translations;
  if (const std::string* pattern = rules.lookup("geo_sources", "iso_3166_2_translations"))
    read_mo_files(*pattern, translations);
  auto latin_key = [](const std::string& folded) {
    for (char c : folded)
      if (!((c >= 'a' && c <= 'z') || c == ' ' || c == '-' || c == '\'' || c == '.')) return false;
    return !folded.empty();
  };
  std::map<std::string, uint32_t> own_admin1;  // ISO 3166-2 code -> the subdivision's own place
  std::string iso2 = slurp(source_path(rules, "iso_3166_2"));
  if (iso2.empty()) throw RuleError("cannot read " + source_path(rules, "iso_3166_2"));
  // Entries with a parent are kept too: Indonesia's and the Philippines' provinces, Sri Lanka's
  // and Bangladesh's districts sit under geographical regions there ("Bali" under "Nusa Tenggara").
  // Their admin1 is the parent's code (a Bangladeshi district lies in its division), unless the
  // parent is only a geographical grouping (Indonesia's island groups): then their own.
  std::vector<JsonRecord> iso2_records = read_json_records(iso2, "3166-2");
  std::map<std::string, std::string> iso2_type;
  for (const JsonRecord& r : iso2_records)
    if (r.count("code") && r.count("type")) iso2_type[r.at("code")] = r.at("type");
  // A first-level subdivision's name ("CC|key"): a lower-level one of the same name (Nepal's
  // old Bagmati zone, within a development region, beside today's Bagmati Province) gives way.
  std::set<std::string> first_level_names;
  for (const JsonRecord& r : iso2_records) {
    auto code = r.find("code"), name = r.find("name");
    if (code == r.end() || name == r.end() || code->second.size() < 4 || r.count("parent")) continue;
    std::string type = r.count("type") ? r.at("type") : "";
    for (char& c : type) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (type.find("geographical") != std::string::npos) continue;  // Indonesia's island groups
    first_level_names.insert(code->second.substr(0, 2) + "|" + strip_suffix(fold_phrase(strip_parenthetical(name->second))));
  }
  for (const JsonRecord& r : iso2_records) {
    auto code = r.find("code"), name = r.find("name");
    if (code == r.end() || name == r.end() || code->second.size() < 4) continue;
    Place p;
    p.name = strip_parenthetical(name->second);
    p.country = code->second.substr(0, 2);
    p.admin1 = code->second;
    if (auto parent = r.find("parent"); parent != r.end()) {
      std::string pcode = p.country + "-" + parent->second;
      std::string ptype = iso2_type.count(pcode) ? iso2_type[pcode] : "";
      for (char& c : ptype) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (ptype.find("geographical") == std::string::npos) p.admin1 = pcode;
    }
    p.type = PlaceType::Admin1;
    std::string key = fold_phrase(p.name);
    if (p.admin1 != code->second && first_level_names.count(p.country + "|" + strip_suffix(key))) continue;
    admin1_by_name.emplace(p.country + "|" + strip_suffix(key), p.admin1);
    for (const std::string& k : matcher_keys(strip_suffix(key))) admin1_match.add(p.country, k, p.admin1);
    std::map<std::string, int> agreed;  // Latin-script translations -> languages giving them
    if (auto tr = translations.find(name->second); tr != translations.end())
      for (const std::string& other : tr->second) {
        std::string folded = strip_suffix(fold_phrase(other));
        if (!latin_key(folded)) continue;
        ++agreed[folded];
        for (const std::string& k : matcher_keys(folded)) admin1_match.add_alias(p.country, k, p.admin1);
      }
    bool own = p.admin1 == code->second;
    std::string own_code = code->second;
    // "Central", "Unity": common words, not names on their own ("Western Cape" stays); nor is
    // "Niger", a country's name. With the word for their kind of subdivision they are names:
    // "the Central department", "Unity state", "Plateau state", "Niger state".
    std::string kind_word;
    if (auto type = r.find("type"); type != r.end()) {
      std::string t = fold_phrase(type->second);
      if (std::find(suffixes.begin(), suffixes.end(), t) != suffixes.end()) kind_word = t;
    }
    bool common = (all_common(key) && key.find(' ') == std::string::npos) || key.size() < 4;
    const PhraseIndex::Node* same = place_names.find(key);
    bool names_country = same && any_country(same->ids);
    if (common) {
      if (kind_word.empty() || key.size() < 3) continue;
      uint32_t id = add_place(std::move(p), {});
      place_names.add(key + " " + kind_word, id);
      if (own) own_admin1.emplace(own_code, id);
      continue;
    }
    uint32_t id = add_place(std::move(p), {strip_parenthetical(name->second)});
    // "Upper East Region", "Jenin Governorate": the name with the word for its kind.
    if (!kind_word.empty()) place_names.add(key + " " + kind_word, id);
    if (std::string v = compass_variant(strip_suffix(key)); !v.empty()) place_names.add(v, id);  // "North Kivu"
    // A spelling two languages' translations agree on is the international one, mostly the
    // English press's: "Attapeu" (ISO "Attapu"), "Mondulkiri" ("Mondol Kiri"), "Derna" ("Darnah").
    for (const auto& [other, languages] : agreed) {
      if (languages < 2 || other == strip_suffix(key) || other.size() < 4) continue;
      if (other.find(' ') == std::string::npos && all_common(other)) continue;
      if (const PhraseIndex::Node* node = place_names.find(other); node && any_country(node->ids)) continue;
      place_names.add(other, id);
    }
    if (own) own_admin1.emplace(own_code, id);
    add_variants(id, key);
    // "Sichuan Sheng", "Nei Mongol Zizhiqu": news names the province without the word for one.
    std::string bare = strip_suffix(key);
    const PhraseIndex::Node* bare_node = place_names.find(bare);
    bool country_named = bare_node && any_country(bare_node->ids);
    if (bare != key && bare.size() >= 4 && !(bare.find(' ') == std::string::npos && all_common(bare)) && !country_named) {
      place_names.add(bare, id);
      add_variants(id, bare);
    }
  }

  // Cities (GeoNames through libgeonames): admin1 where the state's name is an ISO 3166-2 name,
  // also when the two sources romanize it differently (admin1_match.h).
  std::map<std::string, std::pair<std::string, std::string>> state_names;  // "CC|state" -> (state, code)
  // First-level subdivisions that are a city ("Male" MV-MLE, type City; "Tbilisi", "Dushanbe"
  // Capital territory): the city of that name is that subdivision, whatever state GeoNames
  // gives it (Malé lies in "Kaafu Atoll" there).
  std::map<std::string, std::string> city_subdivisions;  // "CC|folded name" -> code
  for (const JsonRecord& r : iso2_records) {
    auto code = r.find("code"), name = r.find("name"), type = r.find("type");
    if (code == r.end() || name == r.end() || type == r.end() || code->second.size() < 4 || r.count("parent")) continue;
    const std::string t = fold_phrase(type->second);
    if (t.find("city") != std::string::npos || t.find("capital") != std::string::npos)
      city_subdivisions.emplace(code->second.substr(0, 2) + "|" + fold_phrase(strip_parenthetical(name->second)), code->second);
  }
  int n = geonames_get_n_cities();
  for (int i = 0; i < n; ++i) {
    GeonamesCity* c = geonames_get_city(i);
    if (!c) continue;
    Place p;
    p.name = geonames_city_get_name(c);
    p.country = geonames_city_get_country_code(c);
    p.lat = geonames_city_get_latitude(c);
    p.lon = geonames_city_get_longitude(c);
    p.population = geonames_city_get_population(c);
    p.type = PlaceType::City;
    const char* state = geonames_city_get_state(c);
    if (state && *state) {
      std::string key = strip_suffix(fold_phrase(state));
      auto it = admin1_by_name.find(p.country + "|" + key);
      std::string full = p.country + "|" + state;
      auto known = state_names.find(full);
      if (known != state_names.end()) {
        p.admin1 = known->second.second;
      } else {
        const std::string* fixed = rules.lookup("geo_state_code", full);
        p.admin1 = fixed ? *fixed : it != admin1_by_name.end() ? it->second : admin1_match.find(p.country, key);
        // "in:MG-F": the state lies within that subdivision; its towns get the code, its name
        // does not name the subdivision.
        bool within = p.admin1.rfind("in:", 0) == 0;
        if (within) p.admin1 = p.admin1.substr(3);
        state_names.emplace(full, std::make_pair(within ? std::string() : std::string(state), p.admin1));
      }
    }
    geonames_city_free(c);
    std::string key = fold_phrase(p.name);
    if (auto own = city_subdivisions.find(p.country + "|" + key); own != city_subdivisions.end()) p.admin1 = own->second;
    // A town in a state no code links ("West Bank" for Tubas) is the seat of the subdivision
    // of its own name in its country, when there is one.
    if (p.admin1.empty())
      if (auto seat = admin1_by_name.find(p.country + "|" + key); seat != admin1_by_name.end()) p.admin1 = seat->second;
    // "Of", "Ede": too short to tell from words and initials, unless a large city that is no
    // dictionary word ("Osh", "Ufa"; "Bo", which the matcher takes only before a unit's word:
    // "Bo district").
    if (key.size() < 2 || (key.size() <= 3 && (p.population < 100000 || common_words.count(key)))) continue;
    std::string name = p.name;
    add_variants(add_place(std::move(p), {name}), key);
  }

  // GeoNames' names of the provinces its cities lie in are the English press's more often than
  // ISO 3166-2's ("Battambang" for "Baat Dambang", "Jalal-Abad" for "Dzhalal-Abadskaya oblast'",
  // "Tigray" for "Tigrai"): once linked to a code, they name that subdivision too, under the
  // same conditions as its ISO name (no lone dictionary word, no country's name).
  for (const auto& [full, state_code] : state_names) {
    auto own = own_admin1.find(state_code.second);
    if (state_code.first.empty() || state_code.second.empty() || own == own_admin1.end()) continue;
    // The name without its state word: "Issyk-Kul" for "Issyk-Kul Region" (the word stays
    // outside the span, as for ISO names).
    for (const std::string& k : {strip_suffix(fold_phrase(state_code.first))}) {
      if (k.size() < 4 || (k.find(' ') == std::string::npos && all_common(k))) continue;
      if (const PhraseIndex::Node* node = place_names.find(k); node && any_country(node->ids)) continue;
      place_names.add(k, own->second);
    }
  }

  // What the sources lack: common names and regions (rules/places/aliases.tsv).
  // Value forms: "country:GB", "admin1:PK-KP", or "Name;CC;ADMIN1;lat;lon[;population]".
  std::map<std::string, uint32_t> admin1_ids;
  for (uint32_t id = 0; id < places.size(); ++id)
    if (places[id].type == PlaceType::Admin1) admin1_ids.emplace(places[id].admin1, id);
  std::map<std::string, uint32_t> alias_places;  // canonical "Name;CC;ADMIN1" -> id
  for (const auto& [alias, value] : rules.table("geo_alias")) {
    std::string key = fold_phrase(alias);
    if (value.rfind("country:", 0) == 0) {
      auto it = country_ids.find(value.substr(8));
      if (it == country_ids.end()) throw RuleError("geo_alias " + alias + ": unknown country " + value);
      place_names.add(key, it->second);
    } else if (value.rfind("admin1:", 0) == 0) {
      auto it = admin1_ids.find(value.substr(7));
      if (it == admin1_ids.end()) throw RuleError("geo_alias " + alias + ": unknown subdivision " + value);
      place_names.add(key, it->second);
    } else {
      std::vector<std::string> f = split(value, ';');
      if (f.size() < 3) throw RuleError("geo_alias " + alias + ": want Name;CC;ADMIN1[;lat;lon], got " + value);
      std::string canon = f[0] + ";" + f[1] + ";" + f[2];
      auto it = alias_places.find(canon);
      if (it == alias_places.end()) {
        Place p;
        p.name = f[0];
        p.country = f[1];
        p.admin1 = f[2];
        p.type = f[1].empty() ? PlaceType::Region : (f[2].empty() ? PlaceType::Region : PlaceType::Admin1);
        if (f.size() >= 5 && !f[3].empty() && !f[4].empty()) {
          p.lat = std::stod(f[3]);
          p.lon = std::stod(f[4]);
        }
        if (f.size() >= 6 && !f[5].empty()) {  // a population makes it a city
          p.population = static_cast<uint32_t>(std::stoul(f[5]));
          p.type = PlaceType::City;
        }
        it = alias_places.emplace(canon, add_place(std::move(p), {})).first;
      }
      place_names.add(key, it->second);
    }
  }

  // International and national bodies (rules/agencies): alias -> "Canonical;ACRONYM;CC".
  std::map<std::string, uint32_t> body_ids;
  for (const auto& [alias, value] : rules.table("org_alias")) {
    std::vector<std::string> f = split(value, ';');
    if (f.size() != 3) throw RuleError("org_alias " + alias + ": want Canonical;ACRONYM;CC, got " + value);
    auto it = body_ids.find(f[0]);
    if (it == body_ids.end()) {
      it = body_ids.emplace(f[0], static_cast<uint32_t>(bodies.size())).first;
      bodies.push_back(Body{f[0], f[1], f[2]});
    }
    body_names.add(fold_phrase(alias), it->second);
    // "UN migration agency" is also "United Nations migration agency" and "U.N. migration
    // agency": the three spellings of the first word name the same body.
    for (const char* un : {"UN ", "U.N. ", "United Nations "}) {
      size_t n = std::char_traits<char>::length(un);
      if (alias.size() <= n || fold_phrase(alias.substr(0, n)) != fold_phrase(un)) continue;
      for (const char* other : {"UN ", "U.N. ", "United Nations "})
        body_names.add(fold_phrase(other + alias.substr(n)), it->second);
      break;
    }
    body_names.add(fold_phrase(f[0]), it->second);
    if (!f[1].empty()) body_names.add(fold_phrase(f[1]), it->second);
  }
}

bool Gazetteers::any_country(const std::vector<uint32_t>& ids) const {
  for (uint32_t id : ids)
    if (places[id].type == PlaceType::Country) return true;
  return false;
}

std::string Gazetteers::one_country(const std::vector<uint32_t>& ids) const {
  if (ids.empty()) return {};
  const std::string& cc = places[ids[0]].country;
  for (uint32_t id : ids)
    if (places[id].country != cc) return {};
  return cc;
}

std::shared_ptr<const Gazetteers> Gazetteers::shared(const RuleLibrary& rules) {
  static std::mutex mu;
  static std::map<std::string, std::weak_ptr<const Gazetteers>> cache;
  std::lock_guard<std::mutex> lock(mu);
  std::string key = rules.directory() + "\n" + rules.content_hash();
  if (auto sp = cache[key].lock()) return sp;
  auto sp = std::make_shared<const Gazetteers>(rules);
  cache[key] = sp;
  return sp;
}

}  // namespace nf
