#include "extractor/rules/gazetteer_json.h"

#include <cstdint>

namespace nf {
namespace {

class Reader {
 public:
  explicit Reader(std::string_view t) : t_(t) {}

  void ws() {
    while (p_ < t_.size() && (t_[p_] == ' ' || t_[p_] == '\n' || t_[p_] == '\r' || t_[p_] == '\t')) ++p_;
  }
  char peek() {
    ws();
    return p_ < t_.size() ? t_[p_] : '\0';
  }
  void expect(char c) {
    if (peek() != c) fail(std::string("expected '") + c + "'");
    ++p_;
  }
  [[noreturn]] void fail(const std::string& why) const {
    throw JsonError("JSON: " + why + " at byte " + std::to_string(p_));
  }

  static void put_utf8(std::string& out, uint32_t cp) {
    if (cp < 0x80) {
      out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
      out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
      out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
      out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
      out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
      out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
  }

  uint32_t hex4() {
    if (p_ + 4 > t_.size()) fail("short \\u escape");
    uint32_t v = 0;
    for (int i = 0; i < 4; ++i) {
      char c = t_[p_++];
      v <<= 4;
      if (c >= '0' && c <= '9') v |= static_cast<uint32_t>(c - '0');
      else if (c >= 'a' && c <= 'f') v |= static_cast<uint32_t>(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F') v |= static_cast<uint32_t>(c - 'A' + 10);
      else fail("bad \\u escape");
    }
    return v;
  }

  std::string str() {
    expect('"');
    std::string out;
    while (p_ < t_.size() && t_[p_] != '"') {
      char c = t_[p_++];
      if (c != '\\') {
        out.push_back(c);
        continue;
      }
      if (p_ >= t_.size()) fail("dangling escape");
      char e = t_[p_++];
      switch (e) {
        case 'n': out.push_back('\n'); break;
        case 't': out.push_back('\t'); break;
        case 'r': out.push_back('\r'); break;
        case 'b': out.push_back('\b'); break;
        case 'f': out.push_back('\f'); break;
        case 'u': {
          uint32_t cp = hex4();
          if (cp >= 0xD800 && cp < 0xDC00 && p_ + 6 <= t_.size() && t_[p_] == '\\' && t_[p_ + 1] == 'u') {
            p_ += 2;
            uint32_t lo = hex4();
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
          }
          put_utf8(out, cp);
          break;
        }
        default: out.push_back(e);
      }
    }
    if (p_ >= t_.size()) fail("unterminated string");
    ++p_;
    return out;
  }

  // Skips any value; returns its text when it is a string.
  bool value(std::string* s) {
    char c = peek();
    if (c == '"') {
      std::string v = str();
      if (s) *s = std::move(v);
      return true;
    }
    if (c == '{' || c == '[') {
      char close = c == '{' ? '}' : ']';
      ++p_;
      if (peek() == close) {
        ++p_;
        return false;
      }
      for (;;) {
        if (close == '}') {
          str();
          expect(':');
        }
        value(nullptr);
        if (peek() == ',') {
          ++p_;
          continue;
        }
        expect(close);
        return false;
      }
    }
    while (p_ < t_.size() && t_[p_] != ',' && t_[p_] != '}' && t_[p_] != ']') ++p_;  // number, true, null
    return false;
  }

  JsonRecord object() {
    JsonRecord r;
    expect('{');
    if (peek() == '}') {
      ++p_;
      return r;
    }
    for (;;) {
      std::string k = str();
      expect(':');
      std::string v;
      if (value(&v)) r[k] = std::move(v);
      if (peek() == ',') {
        ++p_;
        continue;
      }
      expect('}');
      return r;
    }
  }

  std::vector<JsonRecord> records(std::string_view key) {
    std::vector<JsonRecord> out;
    expect('{');
    while (peek() != '}') {
      std::string k = str();
      expect(':');
      if (k == key && peek() == '[') {
        ++p_;
        while (peek() != ']') {
          out.push_back(object());
          if (peek() == ',') ++p_;
        }
        ++p_;
      } else {
        value(nullptr);
      }
      if (peek() == ',') ++p_;
      else if (peek() != '}') fail("expected ',' or '}'");
    }
    return out;
  }

 private:
  std::string_view t_;
  size_t p_ = 0;
};

}  // namespace

std::vector<JsonRecord> read_json_records(std::string_view text, std::string_view array_key) {
  return Reader(text).records(array_key);
}

}  // namespace nf
