#include "extractor/ingest/metadata_dateline.h"

#include <cctype>
#include <string_view>

namespace nf {
namespace {

// White space runs to one space, trimmed.
std::string collapse(std::string_view s) {
  std::string out;
  for (char c : s) {
    bool space = std::isspace(static_cast<unsigned char>(c)) != 0;
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// Position of `needle` in `hay` ignoring ASCII case, npos when absent.
size_t find_ci(std::string_view hay, std::string_view needle, size_t from = 0) {
  if (needle.empty() || needle.size() > hay.size()) return std::string_view::npos;
  for (size_t i = from; i + needle.size() <= hay.size(); ++i) {
    size_t k = 0;
    while (k < needle.size() && std::tolower(static_cast<unsigned char>(hay[i + k])) ==
                                    std::tolower(static_cast<unsigned char>(needle[k])))
      ++k;
    if (k == needle.size()) return i;
  }
  return std::string_view::npos;
}

}  // namespace

void attach_metadata_dateline(Article& article, std::string text, std::string place, const std::string& date) {
  text = collapse(text);
  place = collapse(place);
  if (place.empty()) place = collapse(text.substr(0, text.find_first_of(",(")));
  if (text.empty()) text = place;
  if (place.empty() || article.body.empty()) return;

  Dateline d;
  d.found = true;
  d.place = place;
  d.date = date;
  size_t start = article.body.find_first_not_of(" \t\r\n");
  if (start != std::string::npos && find_ci(std::string_view(article.body).substr(start, place.size()), place) == 0) {
    // The story opens with the place: its own dateline, which the dateline reader reads.
    d.span = d.place_span = Span{start, start + place.size()};
  } else {
    article.body = text + "\n" + article.body;
    d.span = Span{0, text.size()};
    size_t at = find_ci(text, place);
    d.place_span = at == std::string::npos ? Span{0, 0} : Span{at, at + place.size()};
  }
  article.dateline = std::move(d);
}

}  // namespace nf
