#include "extractor/ingest/json_line.h"

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
      if (i >= s.size()) return fail("unterminated string");
      char c = s[i++];
      if (c == '"') return true;
      if (static_cast<unsigned char>(c) < 0x20) return fail("control character in string");
      if (c != '\\') {
        out += c;
        continue;
      }
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
  // Parses any value; scalars are written to out (numbers as written), set = false for null,
  // objects and arrays.
  bool value(std::string& out, bool& set) {
    ws();
    set = false;
    if (i >= s.size()) return fail("expected a value");
    char c = s[i];
    if (c == '"') {
      set = true;
      return string(out);
    }
    if (c == '{' || c == '[') {
      if (++depth > 64) return fail("nesting too deep");
      char close = c == '{' ? '}' : ']';
      ++i;
      ws();
      if (i < s.size() && s[i] == close) {
        ++i;
        --depth;
        return true;
      }
      while (true) {
        ws();
        std::string ignored;
        bool b;
        if (c == '{') {
          if (!string(ignored)) return false;
          ws();
          if (i >= s.size() || s[i] != ':') return fail("expected ':'");
          ++i;
          ignored.clear();
        }
        if (!value(ignored, b)) return false;
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
          out = lit;
          set = true;
        }
        return true;
      }
    }
    size_t b = i;
    if (i < s.size() && s[i] == '-') ++i;
    while (i < s.size() && (std::strchr("0123456789.eE+-", s[i]) != nullptr)) ++i;
    if (i == b || (i == b + 1 && s[b] == '-')) return fail("unexpected character");
    out = std::string(s.substr(b, i - b));
    set = true;
    return true;
  }
};

}  // namespace

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
  ++p.i;
  p.ws();
  bool ok = true;
  if (p.i < text.size() && text[p.i] == '}') {
    ++p.i;
  } else {
    while (ok) {
      p.ws();
      std::string name, v;
      bool set = false;
      ok = p.string(name);
      if (!ok) break;
      p.ws();
      if (p.i >= text.size() || text[p.i] != ':') {
        ok = p.fail("expected ':'");
        break;
      }
      ++p.i;
      ok = p.value(v, set);
      if (!ok) break;
      if (set) out.members[name] = std::move(v);
      p.ws();
      if (p.i < text.size() && text[p.i] == ',') {
        ++p.i;
        continue;
      }
      if (p.i < text.size() && text[p.i] == '}') {
        ++p.i;
        break;
      }
      ok = p.fail("expected ',' or '}'");
    }
  }
  if (ok) {
    p.ws();
    if (p.i != text.size()) ok = p.fail("text after the object");
  }
  error = p.error;
  return ok;
}

}  // namespace nf
