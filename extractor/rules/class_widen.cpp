#include "extractor/rules/class_widen.h"
#include "extractor/rules/regex_class.h"

namespace nf {

namespace {

constexpr std::string_view kAny = "(?s:.)";

// Whether a bracketed class holds a property escape (\p or \P) of its own.
bool holds_property(std::string_view cls) {
  for (size_t k = 1; k + 1 < cls.size(); ++k) {
    if (cls[k] != '\\') continue;
    if (cls[k + 1] == 'p' || cls[k + 1] == 'P') return true;
    ++k;  // skip the escaped character
  }
  return false;
}

}  // namespace

std::optional<std::string> widened_classes(std::string_view p) {
  std::vector<RegexPiece> pieces;
  if (!regex_pieces(p, pieces)) return std::nullopt;
  std::string out;
  out.reserve(p.size());
  for (const RegexPiece& piece : pieces) {
    bool property = piece.type == RegexPiece::Property || (piece.type == RegexPiece::Class && holds_property(piece.text));
    out += property ? kAny : piece.text;
  }
  return out;
}

}  // namespace nf
