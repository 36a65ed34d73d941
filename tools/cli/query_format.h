// Text output helpers for the query commands: JSON strings, RFC 4180 CSV fields, and a table
// aligned for a terminal (widths counted in code points, long cells cut with "…").
//
//   std::cout << nf::cli::json_string("say \"hi\"") << "\n";        // "say \"hi\""
//   nf::cli::write_table(std::cout, {"id", "text"}, rows, {12, 40});
#pragma once
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace nf::cli {

std::string json_string(const std::string& s);            // quoted and escaped
std::string json_string_or_null(const std::string& s);    // "" -> null
std::string json_number(std::optional<double> v);         // shortest form; null when empty or not finite
std::string csv_field(const std::string& s);              // quoted only when it must be (RFC 4180)
std::string number_text(std::optional<double> v);         // "100000", "0.5", "" when empty

size_t display_width(const std::string& utf8);            // code points
std::string truncate_display(const std::string& utf8, size_t width);  // at most `width` code points
std::string single_line(const std::string& s);            // newlines and tabs -> spaces

// Writes header + rows, columns separated by two spaces, each cell cut to its max width
// (0 = no limit). Rows must have as many cells as the header.
void write_table(std::ostream& out, const std::vector<std::string>& header,
                 const std::vector<std::vector<std::string>>& rows, const std::vector<size_t>& max_widths);

}  // namespace nf::cli
