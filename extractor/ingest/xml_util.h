// Helpers shared by the XML readers (RSS, Atom, NITF, NewsML-G2): namespace-blind element
// lookup by local name, text content, and the line of a parse error.
//
//   pugi::xml_node title = nf::xml::child(item, "title");   // matches <title> and <dc:title>
//   std::string t = nf::xml::text(title);
#pragma once
#include <pugixml.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace nf::xml {

// The name without its namespace prefix ("content:encoded" -> "encoded").
std::string_view local_name(const char* name);
// First child element whose qualified name is `name`, else whose local name is `name`.
pugi::xml_node child(const pugi::xml_node& parent, const char* name);
// All child elements with that local name, in document order.
std::vector<pugi::xml_node> children(const pugi::xml_node& parent, const char* name);
// First descendant element (depth first) with that local name.
pugi::xml_node descendant(const pugi::xml_node& parent, const char* name);
// Concatenated text of the element and its descendants (CDATA included), trimmed.
std::string text(const pugi::xml_node& n);
// The element's children serialized as markup (for inline XHTML), or its text when it has none.
std::string inner_markup(const pugi::xml_node& n);
// 1-based line of a byte offset.
int line_of(std::string_view bytes, ptrdiff_t offset);

}  // namespace nf::xml
