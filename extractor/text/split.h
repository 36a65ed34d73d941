// Splits a string at every separator byte, keeping empty pieces ("a;;b" -> a, "", b), for the
// small fixed formats of rule tables and values ("2025-04-23", "KE;Kenya;-1.3").
//
//   for (const std::string& part : nf::split(value, ';')) ...
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace nf {

inline std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  for (;;) {
    size_t p = s.find(sep, start);
    out.emplace_back(s.substr(start, p == std::string_view::npos ? std::string_view::npos : p - start));
    if (p == std::string_view::npos) return out;
    start = p + 1;
  }
}

}  // namespace nf
