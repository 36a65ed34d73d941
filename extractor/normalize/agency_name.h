// Agency mentions named: each mention's canonical value, country and acronym from the alias
// table or from its pattern ("the Pakistani interior ministry" -> Interior Ministry (PK)), then
// the links within the article (an acronym defined once, a short name, an appositive, a
// national society named again). Split in two files: agency_name.cpp names each mention,
// agency_links.cpp links them. Used by EntityNormalizer after the locations are normalized.
//
//   nf::AgencyNamer namer(rules);
//   namer.run(mentions, ctx, place_context);  // drops agency mentions it cannot name
#pragma once
#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "extractor/model/mention.h"
#include "extractor/normalize/context.h"
#include "extractor/normalize/entity_context.h"
#include "extractor/rules/gazetteer_index.h"

namespace re2 {
class RE2;
}

namespace nf {

class RuleLibrary;

class AgencyNamer {
 public:
  explicit AgencyNamer(const RuleLibrary& rules);
  ~AgencyNamer();
  void run(std::vector<Mention>& ms, const ArticleContext& ctx, const PlaceContext& pc) const;

 private:
  // agency_name.cpp: one mention at a time.
  void name_each(std::vector<Mention>& ms, const ArticleContext& ctx, const PlaceContext& pc) const;
  void split_joined(std::vector<Mention>& ms, const ArticleContext& ctx) const;
  void named_organisation(Mention& m, const ArticleContext& ctx, const PlaceContext& pc) const;
  void named_by_country(Mention& m, const ArticleContext& ctx, const PlaceContext& pc) const;
  bool civic_country_tail(Mention& m, const ArticleContext& ctx, const PlaceContext& pc) const;
  void national_society(Mention& m, const ArticleContext& ctx, const PlaceContext& pc) const;
  bool state_body(Mention& m, const ArticleContext& ctx, const PlaceContext& pc, std::string name, const std::string& suffix) const;
  bool table_tail(Mention& m, const ArticleContext& ctx, const PlaceContext& pc) const;
  // "Ministry of Public Health" + " and the Fight against AIDS": the words after "and the"
  // (org_and_the_tail) join the name when no other mention took them and none of them is a
  // body's head word. Returns the words joined ("" when none).
  std::string and_the_tail(Mention& m, const ArticleContext& ctx, const std::vector<Mention>& ms) const;
  std::string society_of(const std::string& key, const std::string& cc) const;
  std::string country_named(const std::string& folded, const PlaceContext& pc) const;
  bool source_position(const ArticleContext& ctx, Span sp) const;
  std::string opening_country(const ArticleContext& ctx, const PlaceContext& pc, const std::vector<Mention>& ms,
                              const Mention& m) const;
  static std::vector<size_t> lower_words_after(const ArticleContext& ctx, size_t p, int max);
  std::string country_just_before(const ArticleContext& ctx, const PlaceContext& pc, size_t pos) const;
  bool mission_head(std::string_view text) const;
  bool caps_sentence(const ArticleContext& ctx, int sentence) const;
  bool lead_word(const std::string& word) const;
  bool province_word(std::string_view word) const { return admin_caps.count(std::string(word)) > 0; }
  // The alias table's body named by the whole of `text` ("Central Bank of Nigeria", "The World
  // Health Organization" once "The" is gone): the mention takes its name, acronym and country.
  // False when the table knows no such body.
  bool take_table_body(Mention& m, std::string_view text) const;
  static void assign_body(Mention& m, const Body& b);
  // "the UN's food agency": a body of the table named with its owner's possessive (the
  // table's "UN food agency"); widens `m` over it. False when the table knows no such body, or
  // in an apposition to a name ("Frontex, the European Union's border agency": the owner).
  bool owned_body(Mention& m, const ArticleContext& ctx, const std::vector<Mention>& ms) const;
  // Whether a name opens with a word (or two) of no one country ("Pan American ...", "Africa
  // CDC", "East African Community"): such a body takes no country.
  bool international(std::string_view name) const;

  // agency_links.cpp: mentions of one body across the article.
  void appositives(std::vector<Mention>& ms, const ArticleContext& ctx) const;
  void initials(std::vector<Mention>& ms, const ArticleContext& ctx, const PlaceContext& pc) const;
  size_t loose_initials(std::string_view body, size_t open, const std::string& acr, bool caps) const;
  size_t translated_name(std::string_view body, size_t open) const;
  void acronyms(std::vector<Mention>& ms, const ArticleContext& ctx) const;
  // A capitalized word that is no place, people, dictionary word or month ("Tanesco").
  bool short_name_word(std::string_view w) const;
  // The short name that words right after `m` introduce ("..., known by its French acronym
  // ANACIM", "(ONPC, its French acronym)"; org_short_name_intro, org_short_name_gloss), "" else.
  std::string introduced_short_name(const ArticleContext& ctx, const Mention& m) const;
  void phrase_names(std::vector<Mention>& ms, const ArticleContext& ctx, const std::map<std::string, size_t>& phrases) const;
  void short_names(std::vector<Mention>& ms, const ArticleContext& ctx) const;
  void societies(std::vector<Mention>& ms, const ArticleContext& ctx) const;
  void central_banks(std::vector<Mention>& ms, const ArticleContext& ctx) const;
  void aliases(std::vector<Mention>& ms, const ArticleContext& ctx) const;
  // "India's Border Roads Organisation ... the Border Roads Organisation": a name given the
  // article's country for want of any other (attr country_default) takes the value of an
  // earlier mention of the same name whose country was named.
  static void same_names(std::vector<Mention>& ms, const ArticleContext& ctx);

  const RuleLibrary* rules = nullptr;
  std::shared_ptr<const Gazetteers> gaz;
  std::set<std::string> name_heads;   // words that end a body's name (Authority, Army, Bank...)
  std::set<std::string> admin_caps;   // "State", "Province" after a name: a province's, not a country's
  std::set<std::string> person_like;  // countries named like people ("Jordan", "Chad")
  std::set<std::string> act_verbs;    // org_act_verb: "said", "reported" after a source's name
  std::vector<std::string> source_before;  // org_source_before: "according to" before a source's name
  std::vector<std::string> lead_suffixes;  // org_lead_suffix: "-run" in "Taliban-run Ministry"
  std::vector<std::string> place_opening;  // org_place_opening: "In" opening a sentence about another country
  std::set<std::string> modifier_before;   // org_modifier_before: "an" in "an army post"
  std::set<std::string> modifier_generic;  // org_modifier_generic: "army", "military"
  std::set<std::string> speaker_words;     // org_speaker_word: "spokesman" after "an army"
  std::unique_ptr<re2::RE2> and_the;  // " and the " + org_and_the_tail, anchored
  std::unique_ptr<re2::RE2> short_name_cue;  // org_short_name_intro X | (X, org_short_name_gloss)
};

}  // namespace nf
