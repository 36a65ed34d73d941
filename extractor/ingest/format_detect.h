// Tells an input's format from its first bytes, never from its file name.
//
//   nf::InputFormat f = nf::detect_format(bytes);   // "<rss ..." -> InputFormat::Rss
//
// Sniffed after an optional UTF-8 byte-order mark, white space, the XML declaration, comments
// and a DOCTYPE: <rss / <rdf:RDF -> Rss, <feed -> Atom, <nitf -> Nitf, <newsItem /
// <newsMessage -> NewsML, <html / <!DOCTYPE html / any other markup -> Html, '{' -> JsonLines,
// anything else -> Text.
#pragma once
#include <string_view>

namespace nf {

enum class InputFormat { Text, JsonLines, Html, Rss, Atom, Nitf, NewsML };

InputFormat detect_format(std::string_view bytes);
const char* format_name(InputFormat f);  // "text", "jsonl", "html", "rss", "atom", "nitf", "newsml"

}  // namespace nf
