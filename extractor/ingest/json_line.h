// A small JSON reader for JSON lines input: parses one object and keeps its top-level
// string, number and boolean members (nested objects and arrays are skipped).
//
//   nf::JsonObject o;
//   std::string err;
//   if (nf::parse_json_object(line, o, err)) use(o.get("text"));
#pragma once
#include <map>
#include <string>
#include <string_view>

namespace nf {

struct JsonObject {
  std::map<std::string, std::string> members;  // name -> decoded value (numbers as written)
  // The member's value, or "" when absent, null or not a scalar.
  const std::string* find(const std::string& name) const;
};

// Parses `text` as exactly one JSON object (surrounding white space allowed). On failure returns
// false and sets `error` ("expected ':' at column 17").
bool parse_json_object(std::string_view text, JsonObject& out, std::string& error);

}  // namespace nf
