// The gazetteers behind place and agency matching, built once per process from real data:
// countries and first-level subdivisions from iso-codes (ISO 3166-1, 3166-2), cities from
// GeoNames (libgeonames), and what those lack from rules/places and rules/agencies (common
// names, regions, international bodies with their aliases).
//
//   auto gaz = nf::Gazetteers::shared(rules);            // built on first use, then cached
//   if (const nf::PhraseIndex::Node* n = gaz->place_names.find("khyber pakhtunkhwa"))
//     for (uint32_t id : n->ids) std::cout << gaz->places[id].admin1 << "\n";   // PK-KP
//
// Keys are folded token sequences (gazetteer_fold.h) joined by one space; a node also says
// whether longer keys start with it, so a matcher extends a phrase token by token.
// Immutable after construction: share between threads.
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace nf {

class RuleLibrary;

enum class PlaceType : uint8_t { Country, Admin1, City, Region };

struct Place {
  std::string name;     // canonical name ("Pakistan", "Khyber Pakhtunkhwa", "Kabul")
  std::string country;  // ISO 3166-1 alpha-2, "" for regions spanning countries
  std::string admin1;   // ISO 3166-2, "" when unknown
  std::optional<double> lat, lon;
  uint32_t population = 0;
  PlaceType type = PlaceType::City;
};

struct Body {  // an agency or international organisation
  std::string name;     // canonical name ("UNHCR", "World Food Programme")
  std::string acronym;  // "" when none
  std::string country;  // ISO 3166-1 alpha-2 for national bodies, "" for international ones
};

class PhraseIndex {
 public:
  struct Node {
    std::vector<uint32_t> ids;
    bool prefix = false;  // some longer key starts with this key and a space
  };
  void add(const std::string& key, uint32_t id);
  const Node* find(const std::string& key) const {
    if (!may_hold(std::hash<std::string>{}(key))) return nullptr;
    auto it = map_.find(key);
    return it == map_.end() ? nullptr : &it->second;
  }
  size_t size() const { return map_.size(); }
  size_t max_tokens() const { return max_tokens_; }

 private:
  // A Bloom filter over the keys (two bits of each key's hash): most words looked up are in no
  // gazetteer, and the filter, small enough to stay in cache, answers them without touching
  // the large hash table.
  static constexpr size_t kFilterBits = size_t{1} << 22;
  static size_t bit_a(size_t h) { return h & (kFilterBits - 1); }
  static size_t bit_b(size_t h) { return ((h >> 32) ^ (h * 0x9E3779B97F4A7C15ull)) & (kFilterBits - 1); }
  bool may_hold(size_t h) const {
    if (filter_.empty()) return false;
    return (filter_[bit_a(h) >> 6] >> (bit_a(h) & 63) & 1) && (filter_[bit_b(h) >> 6] >> (bit_b(h) & 63) & 1);
  }
  void remember(const std::string& key);

  std::unordered_map<std::string, Node> map_;
  std::vector<uint64_t> filter_;
  size_t max_tokens_ = 0;
};

struct Gazetteers {
  std::vector<Place> places;
  PhraseIndex place_names;
  std::vector<Body> bodies;
  PhraseIndex body_names;

  std::unordered_set<std::string> common_words;  // lower-case words of the system dictionary
  std::set<std::string> person_like;     // place names that are also given names (folded)
  std::set<std::string> titles;          // person titles (folded): a name after one is a person
  std::set<std::string> function_words;  // lower-case words allowed inside names
  std::unordered_map<std::string, std::string> demonyms;  // folded demonym -> ISO alpha-2
  std::unordered_map<std::string, uint32_t> country_ids;  // ISO alpha-2 -> index in places

  // One of `ids` is a country ("Georgia": the country and the US state).
  bool any_country(const std::vector<uint32_t>& ids) const;
  // The country all of `ids` lie in; "" when they differ or one of them has none.
  std::string one_country(const std::vector<uint32_t>& ids) const;

  // Built from the rules' tables and the installed data sources; throws RuleError on bad data.
  explicit Gazetteers(const RuleLibrary& rules);
  // One instance per rules directory and content, built on first use (thread-safe).
  static std::shared_ptr<const Gazetteers> shared(const RuleLibrary& rules);
};

}  // namespace nf
