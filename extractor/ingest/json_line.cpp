#include "extractor/ingest/json_line.h"

#include <cstdlib>
#include <cstring>

#include "extractor/ingest/utf8.h"

namespace nf {
namespace {

struct Parser {
  std::string_view s;
  size_t i = 0;
  std::string error;
  int depth = 0;

  bool fail(const std::string& what) {
    if (error.empty()) error = what + " at column " + std::to_string(i + 1);
    return false;
  }
  void ws() {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n')) ++i;
  }
  bool hex4(unsigned& v) {
    if (i + 4 > s.size()) return fail("truncated \\u escape");
    v = 0;
    for (int k = 0; k < 4; ++k) {
      char c = s[i++];
      v <<= 4;
      if (c >= '0' && c <= '9') v |= static_cast<unsigned>(c - '0');
      else if (c >= 'a' && c <= 'f') v |= static_cast<unsigned>(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F') v |= static_cast<unsigned>(c - 'A' + 10);
      else return fail("bad \\u escape");
    }
    return true;
  }
  bool string(std::string& out) {
    if (i >= s.size() || s[i] != '"') return fail("expected '\"'");
    ++i;
    while (true) {
      // Copy the run of plain characters at once (bodies of JSON lines input are long).
      size_t run = i;
      while (run < s.size() && s[run] != '"' && s[run] != '\\' && static_cast<unsigned char>(s[run]) >= 0x20) ++run;
      out.append(s.data() + i, run - i);
      i = run;
      if (i >= s.size()) return fail("unterminated string");
      char c = s[i++];
      if (c == '"') return true;
      if (c != '\\') return --i, fail("control character in string");
      if (i >= s.size()) return fail("unterminated string");
      char e = s[i++];
      switch (e) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          unsigned cp;
          if (!hex4(cp)) return false;
          if (cp >= 0xD800 && cp <= 0xDBFF && i + 6 <= s.size() && s[i] == '\\' && s[i + 1] == 'u') {
            size_t save = i;
            i += 2;
            unsigned lo;
            if (!hex4(lo)) return false;
            if (lo >= 0xDC00 && lo <= 0xDFFF) cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            else i = save;  // lone high surrogate: U+FFFD, the next escape read on its own
          }
          append_utf8(out, cp);
          break;
        }
        default: return fail(std::string("bad escape \\") + e);
      }
    }
  }
  bool value(JsonValue& out) {
    ws();
    if (i >= s.size()) return fail("expected a value");
    char c = s[i];
    if (c == '"') {
      out.type = JsonValue::String;
      return string(out.str);
    }
    if (c == '{' || c == '[') {
      if (++depth > 64) return fail("nesting too deep");
      const bool object = c == '{';
      const char close = object ? '}' : ']';
      out.type = object ? JsonValue::Object : JsonValue::Array;
      ++i;
      ws();
      if (i < s.size() && s[i] == close) {
        ++i;
        --depth;
        return true;
      }
      while (true) {
        ws();
        if (object) {
          std::string name;
          if (!string(name)) return false;
          ws();
          if (i >= s.size() || s[i] != ':') return fail("expected ':'");
          ++i;
          JsonValue v;
          if (!value(v)) return false;
          out.fields[std::move(name)] = std::move(v);
        } else {
          out.items.emplace_back();
          if (!value(out.items.back())) return false;
        }
        ws();
        if (i < s.size() && s[i] == ',') {
          ++i;
          continue;
        }
        if (i < s.size() && s[i] == close) {
          ++i;
          --depth;
          return true;
        }
        return fail(std::string("expected ',' or '") + close + "'");
      }
    }
    for (const char* lit : {"true", "false", "null"}) {
      size_t n = std::strlen(lit);
      if (s.substr(i, n) == lit) {
        i += n;
        if (lit[0] != 'n') {
          out.type = JsonValue::Bool;
          out.boolean = lit[0] == 't';
          out.str = lit;
        }
        return true;
      }
    }
    size_t b = i;
    if (i < s.size() && s[i] == '-') ++i;
    while (i < s.size() && (std::strchr("0123456789.eE+-", s[i]) != nullptr)) ++i;
    if (i == b || (i == b + 1 && s[b] == '-')) return fail("unexpected character");
    out.type = JsonValue::Number;
    out.str = std::string(s.substr(b, i - b));
    out.num = std::strtod(out.str.c_str(), nullptr);
    return true;
  }
};

}  // namespace

const JsonValue& JsonValue::operator[](const std::string& key) const {
  static const JsonValue null_value;
  auto it = fields.find(key);
  return it == fields.end() ? null_value : it->second;
}

bool parse_json(std::string_view text, JsonValue& out, std::string& error) {
  Parser p;
  p.s = text;
  bool ok = p.value(out);
  if (ok) {
    p.ws();
    if (p.i != text.size()) ok = p.fail("text after the value");
  }
  error = p.error;
  return ok;
}

const std::string* JsonObject::find(const std::string& name) const {
  auto it = members.find(name);
  return it == members.end() ? nullptr : &it->second;
}

bool parse_json_object(std::string_view text, JsonObject& out, std::string& error) {
  Parser p;
  p.s = text;
  p.ws();
  if (p.i >= text.size() || text[p.i] != '{') {
    p.fail("expected '{'");
    error = p.error;
    return false;
  }
  JsonValue v;
  bool ok = p.value(v);
  if (ok) {
    p.ws();
    if (p.i != text.size()) ok = p.fail("text after the object");
  }
  error = p.error;
  if (!ok) return false;
  for (auto& [name, member] : v.fields)
    if (member.type == JsonValue::String || member.type == JsonValue::Number || member.type == JsonValue::Bool)
      out.members[name] = std::move(member.str);
  return true;
}

}  // namespace nf
