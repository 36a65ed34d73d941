#include "extractor/ingest/format_detect.h"

#include <cctype>
#include <string>

namespace nf {
namespace {

bool starts_with_ci(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(s[i])) != std::tolower(static_cast<unsigned char>(prefix[i]))) return false;
  return true;
}

std::string_view skip_space(std::string_view s) {
  size_t i = 0;
  while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
  return s.substr(i);
}

// The local name of the first element ("rss", "feed", "RDF" for rdf:RDF), "" when none.
std::string root_element(std::string_view s) {
  for (int guard = 0; guard < 64; ++guard) {
    s = skip_space(s);
    if (s.empty() || s[0] != '<') return "";
    size_t close;
    if (s.substr(0, 4) == "<!--") {
      close = s.find("-->");
      if (close != std::string_view::npos) close += 2;
    }
    else if (s.substr(0, 2) == "<?" || s.substr(0, 2) == "<!")
      close = s.find('>');
    else {
      size_t e = 1;
      while (e < s.size() && !std::isspace(static_cast<unsigned char>(s[e])) && s[e] != '>' && s[e] != '/') ++e;
      std::string name(s.substr(1, e - 1));
      size_t colon = name.find(':');
      return colon == std::string::npos ? name : name.substr(colon + 1);
    }
    if (close == std::string_view::npos) return "";
    s = s.substr(close + 1);
  }
  return "";
}

}  // namespace

InputFormat detect_format(std::string_view bytes) {
  std::string_view s = bytes.substr(0, 65536);
  if (s.substr(0, 3) == "\xEF\xBB\xBF") s = s.substr(3);
  s = skip_space(s);
  if (s.empty()) return InputFormat::Text;
  if (s[0] == '{') return InputFormat::JsonLines;
  if (s[0] != '<') return InputFormat::Text;
  if (starts_with_ci(s, "<!doctype html") || starts_with_ci(s, "<html")) return InputFormat::Html;
  std::string root = root_element(s);
  for (char& c : root) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (root == "rss" || root == "rdf") return InputFormat::Rss;
  if (root == "feed") return InputFormat::Atom;
  if (root == "nitf") return InputFormat::Nitf;
  if (root == "newsitem" || root == "newsmessage") return InputFormat::NewsML;
  return InputFormat::Html;  // any other markup: HTML (or a fragment of it)
}

const char* format_name(InputFormat f) {
  switch (f) {
    case InputFormat::Text: return "text";
    case InputFormat::JsonLines: return "jsonl";
    case InputFormat::Html: return "html";
    case InputFormat::Rss: return "rss";
    case InputFormat::Atom: return "atom";
    case InputFormat::Nitf: return "nitf";
    case InputFormat::NewsML: return "newsml";
  }
  return "text";
}

}  // namespace nf
