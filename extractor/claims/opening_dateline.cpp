#include "extractor/claims/opening_dateline.h"

namespace nf {
namespace {

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

}  // namespace

OpeningDateline opening_dateline(const ArticleContext& ctx, const std::vector<Mention>& mentions) {
  OpeningDateline out;
  if (ctx.article.dateline.found) return out;
  std::string_view body = ctx.body;
  size_t first = 0;
  while (first < body.size() && is_space(body[first])) ++first;
  for (size_t k = 0; k < mentions.size(); ++k) {
    const Mention& m = mentions[k];
    if (m.kind != Kind::Location) continue;
    if (m.span.start != first || m.country.empty()) return out;
    size_t next = m.span.end;
    while (next < body.size() && body[next] == ' ') ++next;
    bool opens = next < body.size() && (body[next] == ',' || body[next] == '(' || body[next] == '-' ||
                                        body.compare(next, 3, "\xE2\x80\x94") == 0 ||
                                        body.compare(next, 3, "\xE2\x80\x93") == 0);
    if (!opens) return out;
    out.place = static_cast<int>(k);
    out.span = m.span;
    // ", May 30": a temporal mention right after the place is the dateline's date.
    size_t at = next < body.size() && body[next] == ',' ? next + 1 : next;
    while (at < body.size() && body[at] == ' ') ++at;
    for (const Mention& t : mentions)
      if (is_temporal(t.kind) && t.span.start == at) out.span.end = t.span.end;
    // " (PTI)": the wire service.
    at = out.span.end;
    while (at < body.size() && body[at] == ' ') ++at;
    if (at < body.size() && body[at] == '(') {
      size_t close = body.find(')', at);
      if (close != std::string_view::npos && close - at <= 40) out.span.end = close + 1;
    }
    return out;
  }
  return out;
}

}  // namespace nf
