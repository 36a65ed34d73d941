// Picks where a count happened: a place in the count's own clause (the one after the count,
// else the one before; its province code when it has one), else the one country its sentence
// is about (places, demonyms such as "Afghans"), else the dateline's country when the sentence
// names no place at all and the story names that country somewhere. A list of places
// ("in Kelantan and Terengganu") gives their one country; a landmark ("on the border with
// Myanmar") is not a place of the count; a province in another count's clause is that count's.
// An origin after the count ("deportees from the United States") gives way to a place of
// another country before it; a place where a statement was made ("Speaking in X, ...") is no
// place of the count; "..., up 24% from ..." takes the place of the count it changes. A donor
// ("Egypt sent 25 rescue teams") and places beside a landmark ("bordering Zambia and Botswana")
// are no place of the count, nor the origin of those who return or arrive ("returned from
// Lebanon", "arrived ..., fleeing attacks around El Fasher"); then the dateline's country.
// More than one country at a level: no location (not guessed).
//
//   nf::PlaceFinder where(rules);
//   nf::DatelineCountry dc = where.dateline_country(ctx, mentions, opening);  // once per article
//   if (auto p = where.find(ctx, count, mentions, opening, dc)) fact.location = p->code;  // "PK-BA", "AF"
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <re2/re2.h>

#include "extractor/claims/demonym.h"
#include "extractor/claims/opening_dateline.h"
#include "extractor/claims/sentence_view.h"
#include "extractor/claims/word_table.h"
#include "extractor/model/mention.h"

namespace nf {

class RuleLibrary;

// The dateline's place (the reader's dateline or the body's opening one) and whether the story
// names its country too, by name or demonym: computed once per article (dateline_country()).
struct DatelineCountry {
  int place = -1;      // the location mention of the dateline; -1: none
  bool named = false;  // the story names that country outside its dateline
  int lead_province = -1;  // the one province of that country the story names, named in its lead
  // No dateline: the one country the lead names as a place of its own, when the story names it
  // more often than any other country (a location mention; -1: none).
  int story = -1;
};

// Which decision placed a count (for measuring each path's accuracy, tests/test_claims_corpus.cpp).
enum class PlaceVia { Clause, Sentence, Seat, LeadProvince, Dateline, Story, Homeward, Anaphor };
const char* place_via_name(PlaceVia v);

struct PlaceHit {
  std::string code;  // ISO 3166-2 or ISO 3166-1 alpha-2
  int mention = -1;  // the location mention, -1 when it came from a demonym word
  Span span;
  PlaceVia via = PlaceVia::Clause;
};

class PlaceFinder {
 public:
  explicit PlaceFinder(const RuleLibrary& rules);
  ~PlaceFinder();
  PlaceFinder(PlaceFinder&&) noexcept = default;
  // Once per article: the dateline's place and whether the story names its country.
  DatelineCountry dateline_country(const ArticleContext& ctx, const std::vector<Mention>& mentions,
                                   const OpeningDateline& opening) const;
  // `opening`: the article's opening dateline (opening_dateline(), computed once per article);
  // `dateline`: dateline_country() of the same article.
  // `predicate`: the count's event lemma ("return": an origin is not where it counts).
  std::optional<PlaceHit> find(const ArticleContext& ctx, const Mention& count, const std::vector<Mention>& mentions,
                               const OpeningDateline& opening, const DatelineCountry& dateline,
                               std::string_view predicate = {}) const;

 private:
  WordSet breaks_;
  WordSet destination_;
  WordSet origin_;                 // "from the United States" after the count
  WordSet change_;                 // "up 24% from ...": a change takes its count's place
  WordSet change_after_;           // ", 31 percent more than ...": so does a count that compares
  WordSet admin_plural_;           // "15 provinces": a count of the lead province's kind spans several
  WordTable admin_singular_;       // claim_admin_singular: "provinces" -> "province"
  WordSet homeward_;               // "5,000 Afghan refugees returned home": the demonym's country
  WordSet abroad_;                 // "1.9 million Uzbek citizens were working abroad": the same
  WordSet foreign_people_;         // "Bangladeshi nationals": a nationality abroad, no place
  WordSet armed_force_;            // "Russian troops": the actor's people, no place
  WordSet people_apposition_;      // "64 survivors, most of them Somalis": who the counted are
  WordSet neighbour_;              // "from neighbouring Guatemala": an origin abroad
  WordSet relative_place_;         // "in Kassala state, where ...": the clause is in that place
  WordSet province_anaphor_;       // "the head of the republic": the lead's province
  WordSet province_back_;          // "in the district": the province the sentence before names
  WordSet province_back_prep_;     // ... after these prepositions
  std::unique_ptr<RE2> frame_;     // "Speaking at a ceremony in" + place
  std::unique_ptr<RE2> landmark_;  // "on the border with" + place
  std::unique_ptr<RE2> flight_;    // "fleeing attacks around" + place: an origin
  std::unique_ptr<RE2> diaspora_;  // "Tajiks working in" + place: where a people work abroad
  std::unique_ptr<RE2> name_part_;  // place + "virus": part of a name
  std::unique_ptr<RE2> plural_before_, plural_after_;  // "the provinces of X and Y", "X and Y provinces"
  std::unique_ptr<RE2> listed_plural_;  // "its Tarkwa and Damang mines": a list of two, one unknown
  WordSet donor_;                  // "Egypt sent ...": a place before these verbs gives, not hosts
  WordSet donor_intent_;           // "Japan said it would send": a report verb ...
  WordSet donor_pronoun_;          // ... and its subject's pronoun before a donor verb
  WordSet donor_body_;  // "government", "foreign minister": a country giving through its body
  std::unique_ptr<RE2> national_;  // "across the country", "nationwide": not the lead's province
  std::unique_ptr<RE2> regionwide_;  // "across the region": beyond the country when no province leads
  std::unique_ptr<RE2> worldwide_;  // "worldwide", "globally": no country's count
  WordSet arrival_;                // lemmas whose origins are no place of the count
  // The place mention at `place` is where an agency of its sentence sits ("the office in Suva").
  static bool seat_of(const ArticleContext& ctx, const std::vector<Mention>& mentions, const Mention& place);
  // ... and which agency sits there (nullptr: none).
  static const Mention* seat_agency(const ArticleContext& ctx, const std::vector<Mention>& mentions, const Mention& place);
  // The agency is a local body ("Police", "the provincial health department", "... Hospital"),
  // not a national one ("the health ministry in Sanaa"): its seat's province is the count's.
  bool local_body(const ArticleContext& ctx, const Mention& agency) const;
  WordSet local_body_;             // claim_local_body
  // The place at `place` gives what is counted: "Egypt sent", "Australia has pledged" ...
  bool gives(const SentenceView& sv, Span place) const;
  // ... the giving verb from the token at `i` on (after the giver's words): "said it had sent".
  bool gives_from(const SentenceView& sv, size_t i) const;
  // ... or "tents donated by China".
  bool given_by(const SentenceView& sv, Span place) const;
  // The people's word at `t` follows "most of them", "mostly" ...: the nationality of the counted.
  bool apposed_people(const SentenceView& sv, const Token& t) const;
  // No dateline: the lead's one country, the one the story names most (DatelineCountry::story).
  int story_country(const ArticleContext& ctx, const std::vector<Mention>& mentions) const;
  // The place mention `m` names a place of the story: not a donor, a currency ("New Zealand
  // dollars"), a source's seat or where a statement was made ("told reporters in Geneva").
  bool names_story_place(const ArticleContext& ctx, const std::vector<Mention>& mentions, const Mention& m) const;
  WordSet aux_;
  WordSet donor_adverb_;  // "have each sent": between a donor's auxiliary and its verb
  WordSet apposition_article_;  // "a", "an": "a worldwide search" is no count's scope
  WordSet place_modifier_;         // "the", "neighbouring": between a preposition and its place
  DemonymReader demonyms_;         // geo_demonym
};

}  // namespace nf
