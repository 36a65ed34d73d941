// A small reader for the JSON files of Debian's iso-codes (arrays of flat string objects):
// enough JSON to read /usr/share/iso-codes/json/iso_3166-*.json without a JSON library.
//
//   auto rows = nf::read_json_records(text, "3166-1");   // [{"alpha_2":"AF","name":...}, ...]
//   for (const auto& r : rows) std::cout << r.at("name") << "\n";
//
// Only string members of the objects are kept; numbers, nested arrays and objects are skipped.
#pragma once
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace nf {

struct JsonError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

using JsonRecord = std::map<std::string, std::string>;

// The objects of the array under top-level key `array_key`. Throws JsonError on malformed input.
std::vector<JsonRecord> read_json_records(std::string_view text, std::string_view array_key);

}  // namespace nf
