#include "extractor/ingest/xml_util.h"

#include <algorithm>
#include <cstring>
#include <sstream>

namespace nf::xml {

std::string_view local_name(const char* name) {
  const char* colon = std::strrchr(name, ':');
  return colon ? std::string_view(colon + 1) : std::string_view(name);
}

pugi::xml_node child(const pugi::xml_node& parent, const char* name) {
  pugi::xml_node exact = parent.child(name);
  if (exact) return exact;
  for (pugi::xml_node c : parent.children())
    if (c.type() == pugi::node_element && local_name(c.name()) == name) return c;
  return {};
}

std::vector<pugi::xml_node> children(const pugi::xml_node& parent, const char* name) {
  std::vector<pugi::xml_node> out;
  for (pugi::xml_node c : parent.children())
    if (c.type() == pugi::node_element && local_name(c.name()) == name) out.push_back(c);
  return out;
}

pugi::xml_node descendant(const pugi::xml_node& parent, const char* name) {
  for (pugi::xml_node c : parent.children()) {
    if (c.type() != pugi::node_element) continue;
    if (local_name(c.name()) == name) return c;
    if (pugi::xml_node d = descendant(c, name)) return d;
  }
  return {};
}

namespace {
void collect(const pugi::xml_node& n, std::string& out) {
  for (pugi::xml_node c : n.children()) {
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) out += c.value();
    else if (c.type() == pugi::node_element) collect(c, out);
  }
}
std::string trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}
}  // namespace

std::string text(const pugi::xml_node& n) {
  std::string out;
  collect(n, out);
  return trim(out);
}

std::string inner_markup(const pugi::xml_node& n) {
  std::ostringstream ss;
  bool elements = false;
  for (pugi::xml_node c : n.children()) {
    if (c.type() == pugi::node_element) elements = true;
    c.print(ss, "", pugi::format_raw);
  }
  return elements ? ss.str() : text(n);
}

int line_of(std::string_view bytes, ptrdiff_t offset) {
  if (offset < 0) return 0;
  size_t end = std::min(static_cast<size_t>(offset), bytes.size());
  return 1 + static_cast<int>(std::count(bytes.begin(), bytes.begin() + static_cast<ptrdiff_t>(end), '\n'));
}

}  // namespace nf::xml
