// Finds the ISO 3166-2 subdivision a GeoNames state name refers to when the two sources spell
// it differently: GeoNames writes English or older transliterations ("Fergana", "Oromiya",
// "Catalonia", "State of Uttar Pradesh"), iso-codes the official romanization ("Farg'ona",
// "Oromia", "Catalunya", "Uttar Pradesh"). Without this, a city's province code is lost.
//
//   Admin1Matcher m({"state of", "estado de"});
//   m.add("UZ", "farg'ona", "UZ-FA");
//   m.find("UZ", "fergana") == "UZ-FA"
//
// Keys are folded phrases (fold_phrase) without the state suffix ("region", "province").
// A match is, in order: the same key; the same key after a known prefix; the same consonant
// skeleton (letters without vowels, doubled letters once) held by one subdivision of the
// country only; the key plus an ending of at most three letters ("kharkiv" for "kharkivska")
// in one subdivision only; else one clearly closest key by edit distance (at most 15% of the length,
// and the next one at least 15 points further); else, weaker, the same key as one of the
// subdivision's other-language names (add_alias: iso-codes' translations, "Battambang" for
// "Baat Dambang"); else the same consonant skeleton after transliteration folding (rules/places
// translit_folds.tsv: "dzh" -> "j", "kh" -> "h", "w" -> "v"..., a final "h" dropped), held by
// one subdivision only. Anything less sure gives no code.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace nf {

class Admin1Matcher {
 public:
  explicit Admin1Matcher(std::vector<std::string> prefixes,
                         std::map<std::string, std::string, std::less<>> translit = {})
      : prefixes_(std::move(prefixes)), translit_(std::move(translit)) {}

  // The subdivision's own name (and spellings derived from it).
  void add(const std::string& country, const std::string& key, const std::string& code);
  // Another language's name for it: matched only where the subdivision's own names match nothing.
  void add_alias(const std::string& country, const std::string& key, const std::string& code);

  // The letters of `key` folded by the transliteration table ("dzhalal" -> "jalal"), as the
  // last step of find() compares them.
  std::string transliterate(const std::string& key) const;

  // The subdivision's code, or "" when no match is sure.
  std::string find(const std::string& country, const std::string& key) const;

 private:
  struct Entry {
    std::string key, skeleton, translit_skeleton, code;
    bool alias = false;
  };
  std::vector<std::string> prefixes_;
  std::map<std::string, std::string, std::less<>> translit_;  // from -> to, longest "from" first wins
  std::map<std::string, std::vector<Entry>> by_country_;
};

}  // namespace nf
