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
// and the next one at least 15 points further). Anything less sure gives no code.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace nf {

class Admin1Matcher {
 public:
  explicit Admin1Matcher(std::vector<std::string> prefixes) : prefixes_(std::move(prefixes)) {}

  void add(const std::string& country, const std::string& key, const std::string& code);

  // The subdivision's code, or "" when no match is sure.
  std::string find(const std::string& country, const std::string& key) const;

 private:
  struct Entry {
    std::string key, skeleton, code;
  };
  std::vector<std::string> prefixes_;
  std::map<std::string, std::vector<Entry>> by_country_;
};

}  // namespace nf
