// What an article says about where it is: the dateline's country and the countries of the
// places it names. Used to choose among places of the same name ("Georgia", "Paris",
// "Punjab") and to give national bodies without an explicit country the article's country.
//
//   nf::PlaceContext pc;
//   pc.build(gaz, ctx, mentions);                   // after the gazetteer's location mentions
//   const nf::Place& p = gaz.places[pc.choose(gaz, candidate_ids)];
//   pc.article_country                               // "PK" for a story datelined Islamabad
#pragma once
#include <map>
#include <set>
#include <string>
#include <vector>

#include "extractor/model/mention.h"
#include "extractor/normalize/context.h"
#include "extractor/rules/gazetteer_index.h"

namespace nf {

struct PlaceContext {
  std::string dateline_country;           // "" when the dateline names no known place
  std::map<std::string, int> countries;   // country -> places named in the article that lie in it
  std::string article_country;            // dateline country, else the most named country
  std::set<std::string> named_countries;  // countries the article names as countries

  void build(const Gazetteers& g, const ArticleContext& ctx, const std::vector<Mention>& mentions);
  // The best of same-name candidates: the dateline's country, then countries named elsewhere,
  // then the kind of place (country > region > province > city) and population. `neighbor` is
  // the country of a place named just before ("Atlanta, Georgia").
  uint32_t choose(const Gazetteers& g, const std::vector<uint32_t>& ids, const std::string& neighbor = "") const;
  // A town the gazetteer knows only abroad, in a story datelined elsewhere that never names the
  // town's country ("Chala" in a story from Lima): most likely a local place the gazetteer
  // lacks, so it takes the dateline's country rather than a far-off namesake's.
  bool local_unknown(const Gazetteers& g, const std::vector<uint32_t>& ids) const;
  // Every place of these ids is a town abroad, in a country the story datelined elsewhere never
  // names: with an administrative word ("Rasht districts" in a story from Dushanbe) the name
  // is a local unit the gazetteer lacks, however big the foreign town (Iran's Rasht).
  bool foreign_only(const Gazetteers& g, const std::vector<uint32_t>& ids) const;
  // Country of a folded place name or demonym ("kenya", "afghan"), "" when unknown.
  std::string country_of_name(const Gazetteers& g, const std::string& folded) const;
  // Country given just before `pos`: a possessive place ("Pakistan’s ") or a demonym or place
  // ("Pakistani ", "Kenya ") right before it. "" when none.
  std::string country_before(const Gazetteers& g, const ArticleContext& ctx, const std::vector<Mention>& ms,
                             size_t pos) const;
};

}  // namespace nf
