// Text output helpers for the query commands (query_format.h).
#include "tools/cli/query_format.h"

#include <cmath>
#include <cstdio>

#include "extractor/model/mention.h"
#include "storage/json_lines.h"

namespace nf::cli {

// The same escaping as extract's JSON lines (every control character; invalid UTF-8 -> \ufffd).
std::string json_string(const std::string& s) {
  std::string out;
  append_json_string(out, s);
  return out;
}

std::string json_string_or_null(const std::string& s) { return s.empty() ? "null" : json_string(s); }

std::string json_number(std::optional<double> v) {
  if (!v || !std::isfinite(*v)) return "null";
  return nf::format_number(*v);
}

std::string number_text(std::optional<double> v) { return v ? nf::format_number(*v) : std::string(); }

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

size_t display_width(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

std::string truncate_display(const std::string& s, size_t width) {
  if (width == 0 || display_width(s) <= width) return s;
  size_t keep = width - 1, seen = 0, i = 0;
  for (; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
      if (seen == keep) break;
      ++seen;
    }
  }
  return s.substr(0, i) + "…";
}

std::string single_line(const std::string& s) {
  std::string out = s;
  for (char& c : out)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return out;
}

void write_table(std::ostream& out, const std::vector<std::string>& header,
                 const std::vector<std::vector<std::string>>& rows, const std::vector<size_t>& max_widths) {
  const size_t n = header.size();
  auto cell = [&](const std::string& s, size_t col) {
    return truncate_display(single_line(s), col < max_widths.size() ? max_widths[col] : 0);
  };
  std::vector<size_t> width(n, 0);
  for (size_t c = 0; c < n; ++c) width[c] = display_width(cell(header[c], c));
  for (const auto& row : rows)
    for (size_t c = 0; c < n && c < row.size(); ++c) width[c] = std::max(width[c], display_width(cell(row[c], c)));
  auto line = [&](const std::vector<std::string>& row) {
    std::string text;
    for (size_t c = 0; c < n; ++c) {
      std::string v = c < row.size() ? cell(row[c], c) : std::string();
      text += v;
      if (c + 1 < n) text += std::string(width[c] - display_width(v) + 2, ' ');
    }
    while (!text.empty() && text.back() == ' ') text.pop_back();
    out << text << "\n";
  };
  line(header);
  std::vector<std::string> rule;
  for (size_t c = 0; c < n; ++c) rule.push_back(std::string(width[c], '-'));
  line(rule);
  for (const auto& row : rows) line(row);
}

}  // namespace nf::cli
