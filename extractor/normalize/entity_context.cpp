#include "extractor/normalize/entity_context.h"

#include <cmath>

#include "extractor/rules/gazetteer_fold.h"
#include "extractor/text/possessive.h"

namespace nf {
namespace {

double base_score(const Place& p) {
  switch (p.type) {
    case PlaceType::Country: return 3.4;
    case PlaceType::Region: return 2.5;
    case PlaceType::Admin1: return 2.2;  // a province outranks a foreign town of ~500k (Bali, not Bali in India)
    case PlaceType::City: break;
  }
  double lg = p.population > 0 ? std::log10(static_cast<double>(p.population)) : 4.0;
  return 1.0 + std::min(std::max(lg - 4.0, 0.0), 3.0) / 1.5;  // 10k: 1.0, 1M: 2.33, 10M: 3.0
}

std::vector<uint32_t> ids_of(const Mention& m) {
  std::vector<uint32_t> out;
  const std::string* s = find_attr(m.attrs, "places");
  if (!s) return out;
  size_t start = 0;
  while (start < s->size()) {
    size_t comma = s->find(',', start);
    out.push_back(static_cast<uint32_t>(std::stoul(s->substr(start, comma - start))));
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return out;
}

}  // namespace

void PlaceContext::build(const Gazetteers& g, const ArticleContext& ctx, const std::vector<Mention>& mentions) {
  for (const Mention& m : mentions) {
    if (m.kind != Kind::Location) continue;
    std::vector<uint32_t> ids = ids_of(m);
    if (ids.empty()) continue;
    for (uint32_t id : ids)
      if (g.places[id].type == PlaceType::Country) named_countries.insert(g.places[id].country);
    std::string cc = g.one_country(ids);
    if (!cc.empty()) ++countries[cc];
  }
  // "Israeli strikes", "Afghan refugees": a demonym names its country as well as the country's name.
  for (const Token& t : ctx.segmentation.tokens) {
    if (!t.is(kTokUpper) || t.end - t.start < 4) continue;
    auto d = g.demonyms.find(fold_token(ctx.body.substr(t.start, t.end - t.start)));
    if (d != g.demonyms.end()) named_countries.insert(d->second);
  }
  // The dateline's place is chosen like any other, with the countries the article's places
  // lie in: "San Salvador" in a story that names El Salvador is its capital, not the Bahamas'
  // island district of that name.
  const Dateline& dl = ctx.article.dateline;
  if (!dl.place.empty())
    if (const PhraseIndex::Node* n = g.place_names.find(fold_phrase(dl.place)); n && !n->ids.empty())
      dateline_country = g.places[choose(g, n->ids)].country;
  article_country = dateline_country;
  if (article_country.empty()) {
    int best = 0;
    for (const auto& [cc, n] : countries)
      if (n > best) {
        best = n;
        article_country = cc;
      }
  }
}

uint32_t PlaceContext::choose(const Gazetteers& g, const std::vector<uint32_t>& ids, const std::string& neighbor) const {
  uint32_t best = ids.at(0);
  double best_score = -1;
  for (uint32_t id : ids) {
    const Place& p = g.places[id];
    double s = base_score(p);
    if (!p.country.empty() && p.country == dateline_country) s += 4;
    if (!p.country.empty() && p.country == neighbor) s += 3;
    // A place in a country the article names; also a country whose name is shared ("Congo")
    // when the article names that one unambiguously ("the Democratic Republic of Congo").
    if (countries.count(p.country)) s += 1;
    if (!p.admin1.empty()) s += 0.05;  // between equals, the one coded to its province
    if (s > best_score) {
      best_score = s;
      best = id;
    }
  }
  return best;
}

bool PlaceContext::foreign_only(const Gazetteers& g, const std::vector<uint32_t>& ids) const {
  if (dateline_country.empty() || ids.empty()) return false;
  for (uint32_t id : ids) {
    const Place& p = g.places[id];
    if (p.type != PlaceType::City || p.country == dateline_country || named_countries.count(p.country)) return false;
  }
  return true;
}

bool PlaceContext::local_unknown(const Gazetteers& g, const std::vector<uint32_t>& ids) const {
  if (!foreign_only(g, ids)) return false;
  for (uint32_t id : ids)
    if (g.places[id].population >= 100000) return false;
  return true;
}

std::string PlaceContext::country_of_name(const Gazetteers& g, const std::string& folded) const {
  auto d = g.demonyms.find(folded);
  if (d != g.demonyms.end()) return d->second;
  if (const PhraseIndex::Node* n = g.place_names.find(folded))
    if (!n->ids.empty()) return g.places[choose(g, n->ids)].country;
  return {};
}

std::string PlaceContext::country_before(const Gazetteers& g, const ArticleContext& ctx, const std::vector<Mention>& ms,
                                         size_t pos) const {
  std::string_view body = ctx.body;
  size_t p = pos;
  while (p > 0 && body[p - 1] == ' ') --p;
  // A location mention ending right there, possibly followed by a possessive.
  for (const Mention& m : ms) {
    if (m.kind != Kind::Location || m.span.end > p || m.country.empty()) continue;
    std::string_view gap = body.substr(m.span.end, p - m.span.end);
    // "Kenya ", "Pakistan's ", "the Philippines' ".
    if (gap.empty() || possessive_prefix(gap) == gap.size() || gap == "'" || gap == "\xE2\x80\x99") return m.country;
  }
  // A demonym right before: "the Pakistani government".
  size_t w = p;
  while (w > 0 && body[w - 1] != ' ' && body[w - 1] != '\n' && body[w - 1] != '(' && body[w - 1] != '"') --w;
  if (w < p) {
    auto d = g.demonyms.find(fold_token(body.substr(w, p - w)));
    if (d != g.demonyms.end()) return d->second;
  }
  return {};
}

}  // namespace nf
