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
#include "extractor/rules/rule_library.h"

namespace nf {
namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return {};
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  for (;;) {
    size_t p = s.find(sep, start);
    out.push_back(s.substr(start, p == std::string::npos ? std::string::npos : p - start));
    if (p == std::string::npos) return out;
    start = p + 1;
  }
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
  auto add_variants = [&](uint32_t id, const std::string& key) {
    for (const std::string& v : name_variants(key, name_articles)) {
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
  Admin1Matcher admin1_match(state_prefixes);  // GeoNames' spelling of a state -> its ISO code
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
    admin1_by_name.emplace(p.country + "|" + strip_suffix(key), p.admin1);
    admin1_match.add(p.country, strip_suffix(key), p.admin1);
    // "Central", "Unity": common words, not names on their own ("Western Cape" stays).
    if ((all_common(key) && key.find(' ') == std::string::npos) || key.size() < 4) continue;
    uint32_t id = add_place(std::move(p), {strip_parenthetical(name->second)});
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
      p.admin1 = it != admin1_by_name.end() ? it->second : admin1_match.find(p.country, key);
    }
    geonames_city_free(c);
    std::string key = fold_phrase(p.name);
    // "Of", "Bo", "Ede": too short to tell from words and initials, unless a large city that
    // is no dictionary word ("Osh", "Ufa").
    if (key.size() < 3 || (key.size() == 3 && (p.population < 100000 || common_words.count(key)))) continue;
    std::string name = p.name;
    add_variants(add_place(std::move(p), {name}), key);
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
