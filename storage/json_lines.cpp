#include "storage/json_lines.h"

#include <charconv>
#include <cmath>

#include "storage/codepoints.h"

namespace nf {
namespace {

constexpr char kHex[] = "0123456789abcdef";

// Length of the valid UTF-8 sequence at s[i], or 0 when it is not valid (RFC 3629:
// no overlongs, no surrogates, nothing above U+10FFFF).
size_t utf8_sequence(std::string_view s, size_t i) {
  auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = b(i);
  size_t n = s.size() - i;
  auto cont = [&](size_t k) { return (b(k) & 0xC0) == 0x80; };
  if (c >= 0xC2 && c <= 0xDF) return n >= 2 && cont(i + 1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (n < 3 || !cont(i + 1) || !cont(i + 2)) return 0;
    if (c == 0xE0 && b(i + 1) < 0xA0) return 0;   // overlong
    if (c == 0xED && b(i + 1) >= 0xA0) return 0;  // surrogate
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (n < 4 || !cont(i + 1) || !cont(i + 2) || !cont(i + 3)) return 0;
    if (c == 0xF0 && b(i + 1) < 0x90) return 0;   // overlong
    if (c == 0xF4 && b(i + 1) >= 0x90) return 0;  // above U+10FFFF
    return 4;
  }
  return 0;
}

void key(std::string& out, const char* name, bool first = false) {
  if (!first) out += ',';
  out += '"';
  out += name;
  out += "\":";
}

void str_or_null(std::string& out, const char* name, const std::string& v) {
  key(out, name);
  if (v.empty()) out += "null";
  else append_json_string(out, v);
}

void number(std::string& out, double v) {
  if (std::isfinite(v)) out += format_number(v);
  else out += "null";
}

void num_or_null(std::string& out, const char* name, const std::optional<double>& v) {
  key(out, name);
  if (v) number(out, *v);
  else out += "null";
}

void integer(std::string& out, const char* name, size_t v) {
  key(out, name);
  char digits[24];  // as std::to_string prints it, without building a string (four per mention)
  out.append(digits, std::to_chars(digits, digits + sizeof digits, v).ptr);
}

// start, end, cstart, cend, text of a span.
void span_fields(std::string& out, std::string_view body, const CodepointIndex& cp, const Span& s) {
  integer(out, "start", s.start);
  integer(out, "end", s.end);
  integer(out, "cstart", cp.at(s.start));
  integer(out, "cend", cp.at(s.end));
  key(out, "text");
  append_json_string(out, s.end <= body.size() && s.start <= s.end ? body.substr(s.start, s.end - s.start)
                                                                    : std::string_view());
}

void field_value(std::string& out, const Field& f) {
  switch (f.type) {
    case Field::Null: out += "null"; break;
    case Field::String: append_json_string(out, f.str); break;
    case Field::Number:  // f.str is format_number(f.num) (mention_fields), as number() would print
      if (std::isfinite(f.num)) out += f.str;
      else out += "null";
      break;
    case Field::Bool: out += f.str; break;
  }
}

void article_record(std::string& out, const Article& a, const ArticleResult& r) {
  out += "{\"record\":\"article\"";
  key(out, "article");
  append_json_string(out, a.id);
  str_or_null(out, "source", a.source);
  str_or_null(out, "title", a.title);
  str_or_null(out, "published", a.published);
  key(out, "dateline");
  if (a.dateline.found) {
    out += '{';
    key(out, "place", true);
    if (a.dateline.place.empty()) out += "null";
    else append_json_string(out, a.dateline.place);
    str_or_null(out, "date", a.dateline.date);
    integer(out, "start", a.dateline.span.start);
    integer(out, "end", a.dateline.span.end);
    out += '}';
  } else {
    out += "null";
  }
  str_or_null(out, "url", a.url);
  str_or_null(out, "format", a.format);
  str_or_null(out, "wire", a.dateline.wire);
  str_or_null(out, "reference_date", r.reference_date);
  key(out, "content_hash");
  append_json_string(out, r.content_hash);
  out += "}\n";
}

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
  out += '"';
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
          if (c < 0x20 || c == 0x7F) {
            out += "\\u00";
            out += kHex[c >> 4];
            out += kHex[c & 15];
          } else {
            out += static_cast<char>(c);
          }
      }
      ++i;
      continue;
    }
    size_t n = utf8_sequence(s, i);
    if (n == 0) {
      out += "\\ufffd";
      ++i;
    } else {
      out.append(s.data() + i, n);
      i += n;
    }
  }
  out += '"';
}

void append_records(std::string& out, const Article& a, const ArticleResult& r) {
  std::string_view body = a.body;
  CodepointIndex cp(body);
  article_record(out, a, r);

  for (const Mention& m : r.mentions) {
    std::vector<Field> fields = mention_fields(m);
    out += "{\"record\":\"mention\"";
    key(out, "article");
    append_json_string(out, a.id);
    // mention_fields() starts with kind; the span goes right after it, as in DESIGN.md.
    size_t i = 0;
    if (!fields.empty() && fields[0].name == "kind") {
      key(out, "kind");
      field_value(out, fields[0]);
      i = 1;
    }
    span_fields(out, body, cp, m.span);
    for (; i < fields.size(); ++i) {
      key(out, fields[i].name.c_str());
      field_value(out, fields[i]);
    }
    out += "}\n";
  }

  for (const Fact& f : r.facts) {
    out += "{\"record\":\"fact\"";
    key(out, "article");
    append_json_string(out, a.id);
    str_or_null(out, "id", f.id);
    span_fields(out, body, cp, f.span);
    key(out, "value");
    number(out, f.number);
    str_or_null(out, "bound", f.bound);
    num_or_null(out, "lower", f.lower);
    num_or_null(out, "upper", f.upper);
    str_or_null(out, "unit", f.unit);
    str_or_null(out, "predicate", f.predicate);
    str_or_null(out, "time", f.time);
    str_or_null(out, "time_begin", f.time_begin);
    str_or_null(out, "time_end", f.time_end);
    str_or_null(out, "location", f.location);
    str_or_null(out, "source", f.source);
    key(out, "args");
    out += '[';
    for (size_t k = 0; k < f.args.size(); ++k) {
      if (k) out += ',';
      out += '{';
      key(out, "role", true);
      append_json_string(out, f.args[k].role);
      span_fields(out, body, cp, f.args[k].span);
      out += '}';
    }
    out += "]}\n";
  }
}

}  // namespace nf
