#include "extractor/normalize/entities.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <cmath>
#include <map>
#include <set>

#include "extractor/normalize/agency_name.h"
#include "extractor/normalize/entity_context.h"
#include "extractor/rules/gazetteer_fold.h"
#include "extractor/rules/gazetteer_index.h"
#include "extractor/rules/rule_library.h"
#include "extractor/normalize/entity_util.h"

namespace nf {
namespace {

std::vector<uint32_t> parse_ids(const std::string& s) {
  std::vector<uint32_t> out;
  size_t start = 0;
  while (start < s.size()) {
    size_t comma = s.find(',', start);
    out.push_back(static_cast<uint32_t>(std::stoul(s.substr(start, comma - start))));
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return out;
}

void fill_place(Mention& m, const Place& p, const RuleLibrary& rules) {
  const std::string* common = p.type == PlaceType::Country ? rules.lookup("geo_country_name", p.country) : nullptr;
  m.value = common ? *common : p.name;
  m.country = p.country;
  m.admin1 = p.admin1;
  m.lat = p.lat;
  m.lon = p.lon;
}

}  // namespace

struct EntityNormalizer::Impl {
  const RuleLibrary* rules = nullptr;
  std::shared_ptr<const Gazetteers> gaz;
  std::unique_ptr<AgencyNamer> agencies;

  void locations(std::vector<Mention>& ms, const ArticleContext& ctx, PlaceContext& pc) const;
  std::set<std::string> admin_words;  // "district", "province", "valley" after a place's name
};

EntityNormalizer::EntityNormalizer(const RuleLibrary& rules) : impl_(std::make_unique<Impl>()) {
  impl_->rules = &rules;
  impl_->gaz = Gazetteers::shared(rules);
  impl_->agencies = std::make_unique<AgencyNamer>(rules);
  for (const std::string& w : rules.list("geo_admin_word_lower")) impl_->admin_words.insert(w);
}
EntityNormalizer::~EntityNormalizer() = default;
EntityNormalizer::EntityNormalizer(EntityNormalizer&&) noexcept = default;

void EntityNormalizer::Impl::locations(std::vector<Mention>& ms, const ArticleContext& ctx, PlaceContext& pc) const {
  const Gazetteers& g = *gaz;
  // Place names from patterns ("Kunar province"): the gazetteer may know the name.
  for (Mention& m : ms) {
    if (m.kind != Kind::Location || !starts_with(m.rule, "location.")) continue;
    // "In Syangja district": a capitalized word that opens the sentence is not part of the name.
    std::string name = attr(m, "name");
    for (;;) {
      size_t sp = name.find(' ');
      if (sp == std::string::npos || !rules->lookup("org_lead_word", name.substr(0, sp))) break;
      if (m.text(ctx.body).substr(0, sp + 1) != std::string_view(name).substr(0, sp + 1)) break;
      m.span.start += sp + 1;
      name = name.substr(sp + 1);
    }
    std::string key = fold_phrase(name);
    bool common = true;
    size_t start = 0;
    while (start <= key.size()) {
      size_t sp = key.find(' ', start);
      std::string w = key.substr(start, sp == std::string::npos ? std::string::npos : sp - start);
      if (!g.common_words.count(w) && !g.function_words.count(w)) common = false;
      if (sp == std::string::npos) break;
      start = sp + 1;
    }
    // "European division", "Victorian state": an adjective, not a name, unless the gazetteer knows it.
    auto ends = [&](const char* suf) { return key.size() > 4 && key.compare(key.size() - std::strlen(suf), std::strlen(suf), suf) == 0; };
    // A demonym that is also a province's name names the province here ("Ethiopia's Afar region").
    bool adjective = (g.demonyms.count(key) || ends("ian") || ends("ean") || ends("ese") || ends("ish")) && !is_place(g, key);
    if (common || adjective || key.empty()) {
      m.attrs.emplace_back("drop", "1");
      continue;
    }
    if (const PhraseIndex::Node* n = g.place_names.find(key)) {
      std::string ids;
      for (uint32_t id : n->ids) ids += (ids.empty() ? "" : ",") + std::to_string(id);
      m.attrs.emplace_back("places", ids);
    }
  }
  ms.erase(std::remove_if(ms.begin(), ms.end(), [](const Mention& m) { return find_attr(m.attrs, "drop") != nullptr; }),
           ms.end());

  pc.build(g, ctx, ms);
  // Names that an administrative word marks as a local unit where the gazetteer knows only a
  // foreign town ("Nurobod and Rasht districts"): the same name alone is that unit too.
  std::set<std::string> local_units;
  for (const Mention& m : ms) {
    if (m.kind != Kind::Location) continue;
    const std::string* ids = find_attr(m.attrs, "places");
    if (!ids || !pc.foreign_only(g, parse_ids(*ids))) continue;
    size_t p = m.span.end, q = p + 1;
    if (starts_with(m.rule, "location.admin")) {
      local_units.insert(fold_phrase(m.text(ctx.body)));
      continue;
    }
    if (p >= ctx.body.size() || ctx.body[p] != ' ') continue;
    while (q < ctx.body.size() && ctx.body[q] >= 'a' && ctx.body[q] <= 'z') ++q;
    if (admin_words.count(std::string(ctx.body.substr(p + 1, q - p - 1))))
      local_units.insert(fold_phrase(m.text(ctx.body)));
  }
  const Mention* prev = nullptr;
  for (size_t k = 0; k < ms.size(); ++k) {
    Mention& m = ms[k];
    if (m.kind != Kind::Location) continue;
    std::string ids = attr(m, "places");
    bool pattern = starts_with(m.rule, "location.");
    std::string neighbor;
    if (prev && prev->span.end <= m.span.start && ctx.body.substr(prev->span.end, m.span.start - prev->span.end) == ", ")
      neighbor = prev->country;
    // "Concepción, Paraguay", "Dikwa, Borno State": a place named right after, of one country only.
    for (size_t j = k + 1; neighbor.empty() && j < ms.size() && ms[j].span.start <= m.span.end + 2; ++j) {
      if (ms[j].kind != Kind::Location || ctx.body.substr(m.span.end, ms[j].span.start - m.span.end) != ", ") continue;
      std::string next_ids = attr(ms[j], "places");
      if (!next_ids.empty()) neighbor = g.one_country(parse_ids(next_ids));
    }
    prev = &m;
    if (!ids.empty()) {
      std::vector<uint32_t> candidates = parse_ids(ids);
      bool local = neighbor.empty() && (pattern ? local_units.count(fold_phrase(m.text(ctx.body))) > 0
                                                : pc.local_unknown(g, candidates) ||
                                                      local_units.count(fold_phrase(m.text(ctx.body))) > 0);
      if (local) {
        m.value = std::string(m.text(ctx.body));
        m.country = pc.dateline_country;
        continue;
      }
      const Place& p = g.places[pc.choose(g, candidates, neighbor)];
      if (!pattern) {
        fill_place(m, p, *rules);
        continue;
      }
      m.country = p.country;
      m.admin1 = p.admin1;  // a province's own code, or the province a town of that name lies in
    } else if (pattern) {
      m.country = pc.article_country;
    }
    if (pattern) m.value = std::string(m.text(ctx.body));
  }
}

void EntityNormalizer::run(std::vector<Mention>& mentions, const ArticleContext& ctx) const {
  PlaceContext pc;
  impl_->locations(mentions, ctx, pc);
  impl_->agencies->run(mentions, ctx, pc);
  for (Mention& m : mentions)
    if ((m.kind == Kind::Person) && m.value.empty())
      if (const std::string* v = find_attr(m.attrs, "value")) m.value = *v;
}

}  // namespace nf
