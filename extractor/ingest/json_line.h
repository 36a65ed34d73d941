// A small JSON reader: any JSON text as a tree (JsonValue), and, for JSON lines input, one object
// with its top-level scalar members (JsonObject). The tests read newsfacts' own JSON lines
// output with the same parser.
//
//   nf::JsonObject o;
//   std::string err;
//   if (nf::parse_json_object(line, o, err)) use(o.find("text"));
//   nf::JsonValue v;
//   if (nf::parse_json(line, v, err)) use(v["args"].items[0]["role"].str);
#pragma once
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace nf {

struct JsonValue {
  enum Type { Null, Bool, Number, String, Array, Object } type = Null;
  bool boolean = false;
  double num = 0;
  std::string str;  // strings decoded; numbers as written ("-1.5e3"); "true"/"false" for booleans
  std::vector<JsonValue> items;             // Array
  std::map<std::string, JsonValue> fields;  // Object
  bool is_null() const { return type == Null; }
  bool has(const std::string& key) const { return fields.count(key) > 0; }
  const JsonValue& operator[](const std::string& key) const;  // a Null value when absent
};

// Parses `text` as exactly one JSON value (surrounding white space allowed). On failure returns
// false and sets `error` ("expected ':' at column 17").
bool parse_json(std::string_view text, JsonValue& out, std::string& error);

struct JsonObject {
  std::map<std::string, std::string> members;  // name -> decoded value (numbers as written)
  // The member's value, or nullptr when absent, null or not a scalar.
  const std::string* find(const std::string& name) const;
};

// Parses `text` as exactly one JSON object and keeps its top-level string, number and boolean
// members (nested objects and arrays are skipped). On failure returns false and sets `error`.
bool parse_json_object(std::string_view text, JsonObject& out, std::string& error);

}  // namespace nf
