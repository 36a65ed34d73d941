#include "extractor/claims/place_arg.h"

#include <algorithm>
#include <map>
#include <set>
#include <sstream>

#include "extractor/claims/lexicon.h"
#include "extractor/rules/rule_library.h"
#include "extractor/text/possessive.h"

namespace nf {
namespace {

struct Signal {
  std::string country, admin1;
  int mention;
  Span span;
  size_t distance;  // bytes from the count, for picking the arg among equals
  bool destination = false;  // "to Malaysia", "into Chad"
  bool origin = false;       // "from the United States"
  int listed_with = -1;      // the first place of the list ("X, Y and Z") this one belongs to
  bool other_claim = false;  // stands in the clause of another count of the sentence
  bool landmark = false;     // "bordering Zambia and Botswana": beside the place, not it
  bool donor = false;        // "Egypt sent 25 rescue teams": who gives, not where
  bool fled = false;         // after the count: "... among people fleeing the war in Sudan"
  bool plural = false;       // before or after a plural unit word: "Hama governorates", "the provinces of X"
  std::string plural_admin1;  // then the admin1 it had
};

// A list shares its members' roles: "bordering Zambia and Botswana" makes both landmarks,
// "Chile, France and Venezuela have sent" makes all three donors.
void share_roles(std::vector<Signal>& sig) {
  for (Signal& s : sig) {
    if (s.listed_with < 0) continue;
    for (const Signal& o : sig) {
      if (o.listed_with != s.listed_with) continue;
      s.landmark = s.landmark || o.landmark;
      s.donor = s.donor || o.donor;
      s.origin = s.origin || o.origin;
      s.destination = s.destination || o.destination;  // "fled to Mali and Niger"
    }
  }
  // "in Aleppo, Idlib and Hama governorates": the plural word covers the whole list, whose
  // country it gives; "in Rubavu and Nyabihu districts", two known units of one province, give
  // that province. A list of one ("the Artibonite and Centre departments", Centre unknown)
  // cannot tell: its country.
  std::map<int, std::pair<int, std::set<std::string>>> lists;  // first member -> {members, admin1s}
  std::set<int> plural_lists;
  for (const Signal& s : sig) {
    auto& [members, codes] = lists[s.listed_with >= 0 ? s.listed_with : -2 - s.mention];
    ++members;
    codes.insert(s.plural ? s.plural_admin1 : s.admin1);
    if (s.plural) plural_lists.insert(s.listed_with >= 0 ? s.listed_with : -2 - s.mention);
  }
  for (Signal& s : sig) {
    const int list = s.listed_with >= 0 ? s.listed_with : -2 - s.mention;
    if (!plural_lists.count(list)) continue;
    const auto& [members, codes] = lists[list];
    s.admin1 = members >= 2 && codes.size() == 1 ? *codes.begin() : std::string();
  }
}

// Places joined by commas, "and", "or" form one list; each signal gets the index of the first.
void mark_lists(std::vector<Signal>& sig, std::string_view body) {
  std::vector<size_t> order(sig.size());
  for (size_t i = 0; i < sig.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return sig[a].span.start < sig[b].span.start; });
  for (size_t n = 1; n < order.size(); ++n) {
    Signal& prev = sig[order[n - 1]];
    Signal& cur = sig[order[n]];
    if (prev.span.end > cur.span.start) continue;
    std::string between = ascii_lower(body.substr(prev.span.end, cur.span.start - prev.span.end));
    std::string rest;
    for (char c : between) rest += c == ',' ? ' ' : c;
    std::istringstream words(rest);
    bool joined = true;
    int count = 0;
    for (std::string w; words >> w; ++count) joined = joined && (w == "and" || w == "or" || w == "&" || w == "the");
    if (!joined || between.size() > 10) continue;  // at most ", and the "
    if (prev.listed_with < 0) prev.listed_with = prev.mention;
    cur.listed_with = prev.listed_with;
  }
}

// "the UN humanitarian office in Nairobi", "IOM at Geneva": a place right after an agency's
// name and "in"/"at" is where the agency sits.
bool agency_seat(std::string_view body, Span agency, Span place) {
  std::string between = ascii_lower(body.substr(agency.end, place.start - agency.end));
  return between == " in " || between == " at " || between == " based in ";
}

// Mention kinds as bits, for asking which kinds of mention a span lies inside.
using KindMask = unsigned;
constexpr KindMask mask(Kind k) { return 1u << static_cast<unsigned>(k); }
constexpr KindMask kNumeric = mask(Kind::Count) | mask(Kind::Percent) | mask(Kind::Money) | mask(Kind::Quantity);

// `span` lies inside a mention of one of `kinds` in sentence `sentence` (-1: any sentence):
// "New Zealand" in "1 million New Zealand dollars", "Norwegian" in "the Norwegian Refugee Council".
bool inside_mention(const std::vector<Mention>& mentions, int sentence, Span span, KindMask kinds) {
  for (const Mention& o : mentions)
    if ((sentence < 0 || o.sentence == sentence) && (kinds & mask(o.kind)) && o.span.contains(span)) return true;
  return false;
}

// The place at `m` and another place mention of its sentence are joined by a hyphen or a dash
// with nothing else between ("Tashkent-Almaty", "Dakar–Bamako"): the ends of a route.
bool route_end(std::string_view body, const std::vector<Mention>& mentions, const Mention& m) {
  auto dash = [](std::string_view between) {
    return between == "-" || between == "\xE2\x80\x93" || between == "\xE2\x80\x94";  // - – —
  };
  for (const Mention& o : mentions) {
    if (o.kind != Kind::Location || o.sentence != m.sentence || o.span.overlaps(m.span)) continue;
    if (o.span.start >= m.span.end && o.span.start - m.span.end <= 3 && dash(body.substr(m.span.end, o.span.start - m.span.end)))
      return true;
    if (o.span.end <= m.span.start && m.span.start - o.span.end <= 3 && dash(body.substr(o.span.end, m.span.start - o.span.end)))
      return true;
  }
  return false;
}

size_t gap(Span a, Span b) { return a.end <= b.start ? b.start - a.end : (b.end <= a.start ? a.start - b.end : 0); }

// In the count's clause: the place named after it ("arrived in Bangladesh", "3,000 in
// Punjab"), unless it is a destination, else the nearest one before it ("an outbreak in Sudan
// has killed 172"). A place right next to one of the same country that has a province code
// gives way to it ("Nigeria's Kaduna State" -> NG-KD).
// `home`: the story's country (the dateline's, when the story names it); a destination there with
// a province code ("sent 600 soldiers to Cabo Delgado province") is where the sent are counted.
// `gift`: the sentence names a donor; a destination after the count ("$30 million in aid for
// Yemen") is then where the given things go, the count's place.
std::optional<PlaceHit> nearest(const std::vector<Signal>& sig, const std::vector<Signal>& sentence, Span count,
                                const std::string& home, bool gift) {
  const Signal* after = nullptr;
  const Signal* before = nullptr;
  for (const Signal& s : sig) {
    if (s.span.start >= count.end) {
      const bool inland = s.destination && !home.empty() && s.country == home && !s.admin1.empty();
      if ((!s.destination || inland || gift) && (!after || s.span.start < after->span.start)) after = &s;
    } else if (!before || s.span.start > before->span.start) {
      before = &s;
    }
  }
  // "150 migrants from Somalia were intercepted off Obock": an origin gives way to a place of
  // another country after it in the clause (not a destination).
  if (after && after->origin) {
    const Signal* there = nullptr;
    for (const Signal& s : sig)
      if (s.span.start > after->span.start && !s.destination && !s.origin && s.country != after->country &&
          (!there || s.span.start < there->span.start))
        there = &s;
    if (there) after = there;
  }
  // "Guatemala received 7,500 deportees from the United States": the origin gives way.
  if (after && after->origin && before && before->country != after->country) after = nullptr;
  const Signal* best = after ? after : before;
  if (!best) return std::nullopt;
  // A list of places ("in Kelantan and Terengganu", "the provinces of Nampula, Zambezia and
  // Niassa"): the count covers them all, so their one country, or nothing when they differ.
  std::set<std::string> listed_countries, listed_codes;
  for (const Signal& s : sentence) {
    if (s.listed_with != best->listed_with || s.listed_with < 0) continue;
    listed_countries.insert(s.country);
    listed_codes.insert(s.admin1.empty() ? s.country : s.admin1);
  }
  if (listed_codes.size() > 1) {
    if (listed_countries.size() != 1) return std::nullopt;
    return PlaceHit{*listed_countries.begin(), best->mention, best->span};
  }
  if (best->admin1.empty()) {
    // "in Pakistan's northwestern Khyber Pakhtunkhwa province": the clause's one province of
    // that country says where, more precisely.
    std::set<std::string> provinces;
    const Signal* province = nullptr;
    for (const Signal& s : sig)
      if (!s.admin1.empty() && s.country == best->country && !s.destination) provinces.insert(s.admin1), province = &s;
    if (provinces.size() == 1) best = province;
  }
  if (best->admin1.empty()) {
    constexpr size_t kAdjacent = 6;  // bytes: "’s ", ", "
    for (const Signal& s : sig)
      if (!s.admin1.empty() && s.country == best->country && gap(s.span, best->span) <= kAdjacent) best = &s;
  }
  return PlaceHit{best->admin1.empty() ? best->country : best->admin1, best->mention, best->span};
}

// In the sentence: one country among the signals, its admin1 where all that name one agree.
std::optional<PlaceHit> one_country(const std::vector<Signal>& sig) {
  if (sig.empty()) return std::nullopt;
  std::set<std::string> countries, admin1s;
  for (const Signal& s : sig) {
    countries.insert(s.country);
    if (!s.admin1.empty() && !s.other_claim) admin1s.insert(s.admin1);
  }
  if (countries.size() != 1) return std::nullopt;
  std::string code = admin1s.size() == 1 ? *admin1s.begin() : *countries.begin();
  const Signal* best = nullptr;
  for (const Signal& s : sig)
    if ((s.admin1 == code || s.country == code) && (!best || s.distance < best->distance)) best = &s;
  if (!best) best = &sig.front();
  return PlaceHit{code, best->mention, best->span, PlaceVia::Sentence};
}

}  // namespace

PlaceFinder::PlaceFinder(const RuleLibrary& rules)
    : breaks_(macro_words(rules, "claim_clause_break")), destination_(macro_words(rules, "claim_destination")),
      origin_(macro_words(rules, "claim_origin")), change_(macro_words(rules, "claim_change_ellipsis")),
      change_after_(macro_words(rules, "claim_change_after")),
      admin_plural_(macro_words(rules, "claim_admin_plural")), admin_singular_(rules, "claim_admin_singular"),
      homeward_(macro_words(rules, "claim_homeward")),
      abroad_(macro_words(rules, "claim_abroad")), foreign_people_(macro_words(rules, "claim_foreign_people")),
      armed_force_(macro_words(rules, "claim_armed_force")), people_apposition_(macro_words(rules, "claim_people_apposition")), neighbour_(macro_words(rules, "claim_neighbour")),
      relative_place_(macro_words(rules, "claim_relative_place")),
      province_anaphor_(macro_words(rules, "claim_province_anaphor")), province_back_(macro_words(rules, "claim_province_back")), province_back_prep_(macro_words(rules, "claim_province_back_prep")),
      donor_(macro_words(rules, "claim_donor_verb")), donor_intent_(macro_words(rules, "claim_donor_intent")),
      donor_pronoun_(macro_words(rules, "claim_donor_pronoun")), donor_body_(macro_words(rules, "claim_donor_body")), arrival_(macro_words(rules, "claim_arrival_lemma")), local_body_(macro_words(rules, "claim_local_body")),
      aux_(macro_words(rules, "claim_aux")), donor_adverb_(macro_words(rules, "claim_donor_adverb")), apposition_article_(macro_words(rules, "claim_apposition_article")), place_modifier_(macro_words(rules, "claim_place_modifier")),
      demonyms_(rules) {
  flight_ = std::make_unique<RE2>("(?i)\\b(?:" + macro_alternation(rules, "claim_flight") + ")\\s+(?:[\\p{L}'\xE2\x80\x99-]+\\s+){0,4}$");
  if (!flight_->ok()) throw RuleError("claim_flight: " + flight_->error());
  diaspora_ = std::make_unique<RE2>("(\\p{Lu}[\\p{L}'\xE2\x80\x99-]*)\\s+(?i:" + macro_alternation(rules, "claim_diaspora_frame") + ")\\s+(?:the\\s+)?$");
  if (!diaspora_->ok()) throw RuleError("claim_diaspora_frame: " + diaspora_->error());
  name_part_ = std::make_unique<RE2>("^\\s+(?i:" + macro_alternation(rules, "claim_place_in_name") + ")\\b");
  if (!name_part_->ok()) throw RuleError("claim_place_in_name: " + name_part_->error());
  const std::string plural = "(?:" + macro_alternation(rules, "claim_admin_plural") + ")";
  const std::string name = "\\p{Lu}[\\p{L}'\xE2\x80\x99-]*(?:\\s+\\p{Lu}[\\p{L}'\xE2\x80\x99-]*){0,2}";
  // Capitalized names, commas, "and", "or", "the" up to the place (a Kleene star keeps RE2's DFA small).
  plural_before_ = std::make_unique<RE2>("(?i:\\b" + plural + ")\\s+of\\s+(?:\\s|,|\\band\\b|\\bor\\b|\\bthe\\b|\\p{Lu}[\\p{L}'\xE2\x80\x99-]*)*$");
  plural_after_ = std::make_unique<RE2>("^(?:\\s+(?:and|or)\\s+(?:the\\s+)?" + name + ")?\\s+(?i:" + plural + ")\\b");
  // "its Tarkwa and Damang mines": a second name and a plural common noun after the place make a
  // list of places (of mines, camps, towns), whatever the gazetteer knows of the second.
  listed_plural_ = std::make_unique<RE2>("^\\s+(?:and|or)\\s+" + name + "\\s+\\p{Ll}+s\\b");
  if (!listed_plural_->ok()) throw RuleError("listed_plural: " + listed_plural_->error());
  if (!plural_before_->ok()) throw RuleError("claim_admin_plural: " + plural_before_->error());
  if (!plural_after_->ok()) throw RuleError("claim_admin_plural: " + plural_after_->error());
  landmark_ = std::make_unique<RE2>("(?i)\\b" + macro_alternation(rules, "claim_landmark") + "\\s+(?:the\\s+)?$");
  if (!landmark_->ok()) throw RuleError("claim_landmark: " + landmark_->error());
  frame_ = std::make_unique<RE2>("(?i)\\b" + macro_alternation(rules, "claim_statement_frame") + "\\b[^,;:]*$");
  national_ = std::make_unique<RE2>("\\b" + macro_alternation(rules, "claim_national") + "\\b");
  if (!national_->ok()) throw RuleError("claim_national: " + national_->error());
  // The word before is captured: "a worldwide search" is an adjective, not the count's scope.
  worldwide_ = std::make_unique<RE2>("(?:^|([\\p{L}]+)\\s+)(?:" + macro_alternation(rules, "claim_worldwide") + ")\\b");
  if (!worldwide_->ok()) throw RuleError("claim_worldwide: " + worldwide_->error());
  regionwide_ = std::make_unique<RE2>("\\b(?:" + macro_alternation(rules, "claim_regionwide") + ")\\b");
  if (!regionwide_->ok()) throw RuleError("claim_regionwide: " + regionwide_->error());
  if (!frame_->ok()) throw RuleError("claim_statement_frame: " + frame_->error());
}
PlaceFinder::~PlaceFinder() = default;

const char* place_via_name(PlaceVia v) {
  switch (v) {
    case PlaceVia::Clause: return "clause";
    case PlaceVia::Sentence: return "sentence";
    case PlaceVia::Seat: return "seat";
    case PlaceVia::LeadProvince: return "lead-province";
    case PlaceVia::Dateline: return "dateline";
    case PlaceVia::Story: return "story-country";
    case PlaceVia::Homeward: return "homeward";
    case PlaceVia::Anaphor: return "province-anaphor";
  }
  return "?";
}

bool PlaceFinder::seat_of(const ArticleContext& ctx, const std::vector<Mention>& mentions, const Mention& place) {
  return seat_agency(ctx, mentions, place) != nullptr;
}

const Mention* PlaceFinder::seat_agency(const ArticleContext& ctx, const std::vector<Mention>& mentions, const Mention& place) {
  // Only the agencies of the place's sentence that end before it (mentions need not be sorted).
  for (const Mention& o : mentions)
    if (o.kind == Kind::Agency && o.sentence == place.sentence && o.span.end <= place.span.start &&
        agency_seat(ctx.body, o.span, place.span))
      return &o;
  return nullptr;
}

bool PlaceFinder::local_body(const ArticleContext& ctx, const Mention& agency) const {
  // The agency's words as written, and the word before it ("the provincial health department").
  SentenceView sv(ctx, agency.sentence);
  if (!sv.valid()) return false;
  long first = sv.last_token_ending_by(agency.span.start);
  for (size_t i = first >= static_cast<long>(sv.begin()) ? static_cast<size_t>(first) : sv.begin();
       i < sv.end() && sv.token(i).start < agency.span.end; ++i)
    if (local_body_.count(sv.word(i))) return true;
  return false;
}

bool PlaceFinder::gives(const SentenceView& sv, Span place) const {
  // "New Zealand's foreign minister announced", "The United States government pledged": the
  // country gives through its government (a possessive, then up to four words of a body).
  const size_t ap = possessive_prefix(sv.body().substr(place.end));
  size_t i = sv.first_token_at_or_after(place.end + ap);
  for (int k = 0; k < 4 && i < sv.end() && donor_body_.count(sv.word(i)); ++k) ++i;
  return gives_from(sv, i);
}

bool PlaceFinder::gives_from(const SentenceView& sv, size_t i) const {
  // "Japan said it would send ...", "Australia and New Zealand said they would send ...".
  if (i + 1 < sv.end() && donor_intent_.count(sv.word(i))) {
    size_t j = i + 1;
    if (sv.word(j) == "that") ++j;
    if (j < sv.end() && donor_pronoun_.count(sv.word(j))) i = j + 1;
  }
  for (; i < sv.end(); ++i) {
    std::string w = sv.word(i);
    if (aux_.count(w) || donor_adverb_.count(w)) continue;
    // "Nepal announced that 200 people died": a report, not a gift.
    return donor_.count(w) > 0 && !(i + 1 < sv.end() && sv.word(i + 1) == "that");
  }
  return false;
}

bool PlaceFinder::apposed_people(const SentenceView& sv, const Token& t) const {
  const long p = sv.last_token_ending_by(t.start);
  if (p < static_cast<long>(sv.begin())) return false;
  const std::string w = sv.word(static_cast<size_t>(p));
  return people_apposition_.count(w) > 0 ||
         (p > static_cast<long>(sv.begin()) && people_apposition_.count(sv.word(static_cast<size_t>(p - 1)) + " " + w) > 0);
}

bool PlaceFinder::given_by(const SentenceView& sv, Span place) const {
  long prev = sv.last_token_ending_by(place.start);
  return prev > static_cast<long>(sv.begin()) && sv.word(static_cast<size_t>(prev)) == "by" &&
         donor_.count(sv.word(static_cast<size_t>(prev - 1))) > 0;
}

bool PlaceFinder::names_story_place(const ArticleContext& ctx, const std::vector<Mention>& mentions, const Mention& m) const {
  SentenceView sv(ctx, m.sentence);
  if (!sv.valid()) return false;
  if (inside_mention(mentions, m.sentence, m.span, kNumeric)) return false;  // "New Zealand dollars"
  if (seat_of(ctx, mentions, m) || gives(sv, m.span) || given_by(sv, m.span)) return false;
  std::string_view lead = ctx.body.substr(sv.span().start, m.span.start - sv.span().start);
  return !RE2::PartialMatch(re2::StringPiece(lead.data(), lead.size()), *frame_);  // "told reporters in Geneva"
}

int PlaceFinder::story_country(const ArticleContext& ctx, const std::vector<Mention>& mentions) const {
  // "The Ministry of Health of Angola said on Wednesday that cholera has killed 246 people ...":
  // a story with no dateline is about the one country its lead (its first or second sentence)
  // names as a place of its own, when no other country is named as often.
  constexpr int kLeadSentences = 2;
  std::map<std::string, int> times;
  std::vector<size_t> places;  // the location mentions that name a place of the story
  int lead = -1;
  for (size_t k = 0; k < mentions.size(); ++k) {
    const Mention& m = mentions[k];
    if (m.kind != Kind::Location || m.country.empty() || !names_story_place(ctx, mentions, m)) continue;
    places.push_back(k);
    ++times[m.country];
    if (lead < 0 || m.sentence < lead) lead = m.sentence;
  }
  if (lead < 0 || lead >= kLeadSentences) return -1;
  int first = -1;
  std::set<std::string> lead_countries;
  for (size_t k : places) {
    const Mention& m = mentions[k];
    if (m.sentence != lead) continue;
    lead_countries.insert(m.country);
    if (first < 0 || m.span.start < mentions[first].span.start) first = static_cast<int>(k);
  }
  if (lead_countries.size() != 1) return -1;
  const std::string& country = *lead_countries.begin();
  for (const auto& [other, n] : times)
    if (other != country && n >= times.at(country)) return -1;
  return first;
}

DatelineCountry PlaceFinder::dateline_country(const ArticleContext& ctx, const std::vector<Mention>& mentions,
                                              const OpeningDateline& opening) const {
  const Dateline& dl = ctx.article.dateline;
  DatelineCountry out;
  out.place = opening.place;
  for (size_t k = 0; k < mentions.size(); ++k) {
    const Mention& m = mentions[k];
    if (m.kind != Kind::Location || m.country.empty()) continue;
    if ((dl.found && m.span.overlaps(dl.span)) || static_cast<int>(k) == out.place) {
      if (out.place < 0) out.place = static_cast<int>(k);
      continue;
    }
    // A donor ("New Zealand will send"), a currency, a source's seat or where a statement was
    // made ("told reporters in Geneva") does not make the story the dateline country's.
    if (out.place >= 0 && !out.named && m.country == mentions[out.place].country) out.named = names_story_place(ctx, mentions, m);
  }
  if (out.place < 0) {
    out.story = story_country(ctx, mentions);
    return out;
  }
  const std::string& country = mentions[out.place].country;
  if (!out.named) {
    // The story names the dateline's country by its people's word ("LUSAKA ... the Zambian president").
    const std::vector<Token>& tokens = ctx.segmentation.tokens;
    demonyms_.each(ctx.body, tokens, 0, tokens.size(), [&](const Token& t, const std::string& c) {
      const Span word{t.start, t.end};
      if (out.named || c != country || (dl.found && word.overlaps(dl.span))) return;
      // "2 million Japanese yen": a currency's people name no place of the story.
      if (inside_mention(mentions, -1, word, kNumeric)) return;
      out.named = true;
    });
  }
  // The lead's one province: the story names exactly one province of the dateline's country
  // (the dateline's own place aside, and a source's seat), and its lead sentence names it.
  // Or the lead names one province only and the dateline's own place lies in it ("MAKHACHKALA
  // ... in Dagestan"): the two agree, so another province named later does not undo it.
  int lead = mentions[out.place].sentence;
  // A dateline that ends its own sentence or two ("MAKHACHKALA, July 8. /TASS/."): the lead is
  // the sentence after it.
  const auto& sentences = ctx.segmentation.sentences;
  if (dl.found && mentions[out.place].span.overlaps(dl.span))
    while (lead + 1 < static_cast<int>(sentences.size()) && sentences[lead].end <= dl.span.end + 1) ++lead;
  std::set<std::string> provinces, lead_provinces;
  int in_lead = -1;
  for (size_t k = 0; k < mentions.size(); ++k) {
    const Mention& m = mentions[k];
    if (m.kind != Kind::Location || m.country != country || m.admin1.empty() || static_cast<int>(k) == out.place) continue;
    if ((dl.found && m.span.overlaps(dl.span)) || (opening.place >= 0 && m.span.overlaps(opening.span))) continue;
    if (seat_of(ctx, mentions, m)) continue;
    provinces.insert(m.admin1);
    if (m.sentence == lead) lead_provinces.insert(m.admin1);
    if (m.sentence == lead && in_lead < 0) in_lead = static_cast<int>(k);
  }
  const std::string& home = mentions[out.place].admin1;
  // Not a possessive ("following Islamabad's decision"): a seat of power standing for its
  // government, not where the story happens.
  const bool possessive = in_lead >= 0 && possessive_prefix(ctx.body.substr(mentions[in_lead].span.end)) > 0;
  const bool agrees = !home.empty() && lead_provinces.size() == 1 && *lead_provinces.begin() == home && !possessive;
  if ((provinces.size() == 1 || agrees) && in_lead >= 0) out.lead_province = in_lead;
  return out;
}

std::optional<PlaceHit> PlaceFinder::find(const ArticleContext& ctx, const Mention& count,
                                          const std::vector<Mention>& mentions, const OpeningDateline& opening,
                                          const DatelineCountry& dateline, std::string_view predicate) const {
  SentenceView sv(ctx, count.sentence);
  if (!sv.valid()) return std::nullopt;
  const Dateline& dl = ctx.article.dateline;
  Span clause = sv.clause(count.span, breaks_);
  // The clauses of the sentence's other counts: a province there is theirs ("54 people died
  // across the country, with 32 deaths in Odisha").
  std::vector<Span> other_clauses;
  for (const Mention& m : mentions)
    // Not a measure ("A magnitude 5.6 earthquake struck X province, killing 12"): it makes no
    // claim of its own to hold the province.
    if (is_numeric(m.kind) && m.kind != Kind::Quantity && m.sentence == count.sentence && !m.span.overlaps(count.span))
      other_clauses.push_back(sv.clause(m.span, breaks_));

  std::vector<Signal> all, in_clause, in_sentence;
  // "deployed 30 firefighters from Cyprus": a giving verb before the count in its clause; an
  // origin after the count is then where the sent come from, not where they count.
  bool sending = false;
  for (size_t i = sv.first_token_at_or_after(clause.start); i < sv.end() && sv.token(i).end <= count.span.start; ++i)
    sending = sending || donor_.count(sv.word(i)) > 0;
  std::set<std::string> seats;  // countries of the sentence's agency seats ("the office in Suva")
  int seat_mention = -1;
  std::string seat_province;  // "Police in Cox's Bazar said": a local body's seat gives its province
  std::string abroad_people;  // "1,200 Nepali workers in Malaysia": the count's people's country
  for (size_t k = 0; k < mentions.size(); ++k) {
    const Mention& m = mentions[k];
    if (m.kind != Kind::Location || m.country.empty()) continue;
    if ((dl.found && m.span.overlaps(dl.span)) || static_cast<int>(k) == dateline.place) continue;
    if (m.sentence != count.sentence) continue;
    // "1 million New Zealand dollars": a currency's or a counted people's country is no place.
    // "the UN humanitarian office in Nairobi said": where the source sits, not the count.
    if (inside_mention(mentions, count.sentence, m.span, kNumeric)) continue;
    // "the Tashkent-Almaty highway": places joined by a hyphen or dash name a route, no place.
    if (route_end(ctx.body, mentions, m)) continue;
    if (const Mention* agency = seat_agency(ctx, mentions, m)) {
      seats.insert(m.country);
      seat_mention = static_cast<int>(k);
      seat_province = local_body(ctx, *agency) ? m.admin1 : std::string();
      continue;
    }
    std::string_view lead = ctx.body.substr(sv.span().start, m.span.start - sv.span().start);
    // "Speaking at a ceremony in Kahramanmaras": where the statement was made.
    if (RE2::PartialMatch(re2::StringPiece(lead.data(), lead.size()), *frame_)) continue;
    Signal s{m.country, m.admin1, static_cast<int>(k), m.span, gap(m.span, count.span)};
    // "on the border with Myanmar": a landmark, not where the count happened.
    s.landmark = RE2::PartialMatch(re2::StringPiece(lead.data(), lead.size()), *landmark_);
    // "Tajiks working in Russia": where a people work or live abroad; their word names the count's country.
    re2::StringPiece people;
    if (RE2::PartialMatch(re2::StringPiece(lead.data(), lead.size()), *diaspora_, &people))
      if (const std::string* c = demonyms_.country(std::string_view(people.data(), people.size()))) {
        s.landmark = true;
        // "About 1,200 Nepali workers in Malaysia": the count's own people are abroad.
        const size_t at = static_cast<size_t>(people.data() - ctx.body.data());
        if (count.span.contains(Span{at, at + people.size()}) && *c != m.country) abroad_people = *c;
      }
    // "fleeing attacks around El Fasher": where the counted came from.
    s.origin = RE2::PartialMatch(re2::StringPiece(lead.data(), lead.size()), *flight_);
    s.fled = s.origin && m.span.start >= count.span.end;
    // "the departments of Colon and Atlantida", "the Artibonite and Centre departments": one of
    // several provinces, even when the gazetteer knows only one of them, stands for its country.
    std::string_view trail = ctx.body.substr(m.span.end, sv.span().end - m.span.end);
    // "Sudan virus disease", "the Marburg strain": a name, not a place.
    if (RE2::PartialMatch(re2::StringPiece(trail.data(), trail.size()), *name_part_)) continue;
    if (RE2::PartialMatch(re2::StringPiece(lead.data(), lead.size()), *plural_before_) ||
        RE2::PartialMatch(re2::StringPiece(trail.data(), trail.size()), *plural_after_) ||
        RE2::PartialMatch(re2::StringPiece(trail.data(), trail.size()), *listed_plural_))
      s.plural = true, s.plural_admin1 = s.admin1, s.admin1.clear();
    // "Egypt sent 25 rescue teams", "Australia has pledged": the donor of what is counted.
    s.donor = gives(sv, m.span);
    // "Zambia's Disaster Management Unit said it had sent 60 rescuers": a country gives through
    // a body of its own whose name follows it (or opens with it: "Zambia Disaster Unit").
    if (!s.donor) {
      const size_t ap = possessive_prefix(ctx.body.substr(m.span.end));
      for (const Mention& o : mentions)
        if (o.kind == Kind::Agency && o.sentence == count.sentence && o.span.end > m.span.end &&
            ((ap && o.span.start >= m.span.end + ap &&
              ctx.body.substr(m.span.end + ap, o.span.start - m.span.end - ap).find_first_not_of(' ') == std::string_view::npos) ||
             (o.span.contains(m.span) && o.span.start == m.span.start)))
          s.donor = s.donor || gives_from(sv, sv.first_token_at_or_after(o.span.end));
    }
    // A people's name tagged as a place ("the Somali government") names its country.
    if (const std::string* c = demonyms_.country(m.text(ctx.body))) s.country = *c, s.admin1.clear();
    // "to Spain's Canary Islands": a possessive place stands between the place and its preposition.
    size_t head = m.span.start;
    for (const Mention& o : mentions) {
      if (o.kind != Kind::Location || o.sentence != count.sentence || o.span.end >= head) continue;
      size_t ap = possessive_prefix(ctx.body.substr(o.span.end));
      if (ap && o.span.end + ap <= head &&
          ctx.body.substr(o.span.end + ap, head - o.span.end - ap).find_first_not_of(' ') == std::string_view::npos)
        head = o.span.start;
    }
    long prev = sv.last_token_ending_by(head);
    // "tents donated by China": the donor of what is counted.
    s.donor = s.donor || given_by(sv, m.span);
    // "to the", "to neighbouring", "from northern": the preposition before the place's modifiers.
    bool neighbour = false;
    for (int skip = 0; skip < 3 && prev >= static_cast<long>(sv.begin()) && place_modifier_.count(sv.word(static_cast<size_t>(prev)));
         ++skip)
      neighbour = neighbour || neighbour_.count(sv.word(static_cast<size_t>(prev--))) > 0;
    s.destination = prev >= static_cast<long>(sv.begin()) && destination_.count(sv.word(static_cast<size_t>(prev))) > 0;
    // "trying to reach Italy": a destination of two words.
    s.destination = s.destination || (prev > static_cast<long>(sv.begin()) &&
                                      destination_.count(sv.word(static_cast<size_t>(prev - 1)) + " " + sv.word(static_cast<size_t>(prev))) > 0);
    s.origin = s.origin || (prev >= static_cast<long>(sv.begin()) && origin_.count(sv.word(static_cast<size_t>(prev))) > 0);
    // "47 people from neighbouring Guatemala": an origin abroad, no place of the count.
    s.landmark = s.landmark || (s.origin && neighbour);
    s.landmark = s.landmark || (s.origin && sending && m.span.start >= count.span.end);
    // Only a place after the count: "..., with 32 deaths in Odisha" is that count's; one before
    // it ("rescued 80 people in Mombasa, and evacuated 1,500 residents") is shared by the verbs
    // of one subject.
    for (Span oc : other_clauses)
      s.other_claim = s.other_claim || (oc.contains(m.span) && !clause.contains(m.span) && m.span.start >= count.span.end);
    all.push_back(s);
  }
  mark_lists(all, ctx.body);
  share_roles(all);
  // Those who return, arrive or are deported come from their origin: it is not where they count.
  const bool arrival = !predicate.empty() && arrival_.count(std::string(predicate)) > 0;
  // "Japan pledged ..., and a Japanese navy ship carried ...": the donor's people give too.
  std::set<std::string> donors;
  for (const Signal& s : all)
    if (s.donor) donors.insert(s.country);
  // "New Zealand has sent six nurses ..., the New Zealand High Commission in Apia said": a donor
  // named twice gives under both names (the country's name, not a province it sends to).
  for (Signal& s : all) s.donor = s.donor || (donors.count(s.country) > 0 && s.admin1.empty() && !s.destination);
  all.erase(std::remove_if(all.begin(), all.end(),
                           [&](const Signal& s) { return s.landmark || s.donor || s.fled || (arrival && s.origin); }),
            all.end());
  // "Paraguay declared an emergency in three departments of the Chaco region" (iso-codes knows
  // Chaco only as Argentina's province): a province (a subdivision's own name, which has no
  // coordinates) of a country the count's clause never names, beside a country it does name,
  // is that country's namesake or a region across the border, no place of the count.
  // Countries the count's clause names as such or by their people, not as a destination or an
  // origin ("... would import maize from Zambia" beside "died in Masvingo").
  // A province in the count's own clause needs that clause to name the other country ("cut
  // power to 12,000 customers in Mwanza, while Uganda's ministry ..." keeps Mwanza); one outside
  // it, the sentence.
  std::set<std::string> named, named_in_clause;
  auto name_country = [&](Span where, const std::string& c) {
    named.insert(c);
    if (clause.contains(where)) named_in_clause.insert(c);
  };
  for (const Signal& s : all) {
    if (s.mention < 0 || !mentions[s.mention].admin1.empty() || s.destination || s.origin) continue;
    // Not inside an agency's name ("the Pakistan Red Crescent Society").
    if (!inside_mention(mentions, count.sentence, s.span, mask(Kind::Agency))) name_country(s.span, s.country);
  }
  demonyms_.each(ctx.body, ctx.segmentation.tokens, sv.begin(), sv.end(), [&](const Token& t, const std::string& c) {
    // Not inside a name or a count ("the Norwegian Refugee Council", "12 Americans").
    if (inside_mention(mentions, count.sentence, Span{t.start, t.end}, mask(Kind::Agency) | mask(Kind::Location) | kNumeric))
      return;
    if (apposed_people(sv, t)) return;  // "most of them Somalis"
    name_country(Span{t.start, t.end}, c);
  });
  all.erase(std::remove_if(all.begin(), all.end(),
                           [&](const Signal& s) {
                             const std::set<std::string>& named_here = clause.contains(s.span) ? named_in_clause : named;
                             if (s.mention < 0 || named.count(s.country)) return false;
                             const Mention& m = mentions[s.mention];
                             return !m.admin1.empty() && !m.lat && !named_here.empty();
                           }),
            all.end());
  // "in Kassala state, where more than 80 villages remain cut off": a clause that opens on
  // "where" is in the place just before it (a word such as "state" may stand between).
  int antecedent = -1;
  if (size_t first = sv.first_token_at_or_after(clause.start); first < sv.end() && relative_place_.count(sv.word(first))) {
    for (size_t i = 0; i < all.size(); ++i) {
      if (all[i].span.end > clause.start) continue;
      // Between the place and the clause: commas and at most one word of letters ("state").
      size_t words = 0;
      bool plain = true;
      for (size_t j = sv.first_token_at_or_after(all[i].span.end); plain && j < sv.end() && sv.token(j).end <= clause.start; ++j) {
        std::string_view t = sv.text(j);
        const bool letters = std::all_of(t.begin(), t.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
        plain = letters || t == ",";
        words += letters;
      }
      if (plain && words <= 1 && (antecedent < 0 || all[i].span.start > all[antecedent].span.start)) antecedent = static_cast<int>(i);
    }
  }
  for (size_t i = 0; i < all.size(); ++i) {
    Signal s = all[i];
    if (static_cast<int>(i) == antecedent) s.other_claim = false;
    if (clause.contains(s.span) || static_cast<int>(i) == antecedent) in_clause.push_back(s);
    if (!(s.destination && s.span.start >= count.span.end)) in_sentence.push_back(s);
  }
  // "..., 31 percent more than in 2024", "..., 3 percent higher than in Uganda": a count that
  // opens its clause and compares is a change of the count before it, and takes its place.
  if (clause.start < count.span.start &&
      ctx.body.substr(clause.start, count.span.start - clause.start).find_first_not_of(" ,;:") == std::string_view::npos) {
    size_t i = sv.first_token_at_or_after(count.span.end);
    if (i + 1 < sv.end() && change_after_.count(sv.word(i) + " " + sv.word(i + 1))) {
      const Mention* prev = nullptr;
      for (const Mention& m : mentions)
        if (is_numeric(m.kind) && m.kind != Kind::Quantity && m.sentence == count.sentence && m.span.end <= clause.start &&
            (!prev || m.span.start > prev->span.start))
          prev = &m;
      if (prev) return find(ctx, *prev, mentions, opening, dateline, predicate);
    }
  }
  // "More than 5,000 Afghan refugees have returned home from Pakistan", "1.9 million Uzbek
  // citizens were working abroad, most of them in Russia": a people counted going home or
  // counted abroad are their own country's, unless their clause names a place of it.
  {
    std::string people;
    const size_t from = sv.first_token_at_or_after(count.span.start), to = sv.first_token_at_or_after(count.span.end);
    demonyms_.each(ctx.body, ctx.segmentation.tokens, from, to, [&](const Token&, const std::string& c) {
      if (people.empty()) people = c;
    });
    const bool arrival_event = !predicate.empty() && arrival_.count(std::string(predicate)) > 0;
    bool away = false;
    for (size_t i = to; !people.empty() && !away && i < sv.end() && sv.token(i).start < clause.end; ++i)
      away = abroad_.count(sv.word(i)) > 0 || (arrival_event && homeward_.count(sv.word(i)) > 0);
    bool own = false;
    for (const Signal& s : in_clause) own = own || s.country == people;
    if (away && !own) return PlaceHit{people, -1, count.span, PlaceVia::Homeward};
    if (!abroad_people.empty()) return PlaceHit{abroad_people, -1, count.span, PlaceVia::Homeward};
  }
  // "More than 4,100 deaths have been recorded worldwide", "Globally, 90 countries ...": a count
  // whose clause names no place, in a sentence that looks at the whole world up to the end of
  // that clause, is no country's.
  if (in_clause.empty()) {
    const std::string_view upto = ctx.body.substr(sv.span().start, clause.end - sv.span().start);
    re2::StringPiece rest(upto.data(), upto.size()), before;
    while (RE2::FindAndConsume(&rest, *worldwide_, &before)) {
      std::string w = ascii_lower(std::string_view(before.data(), before.size()));
      if (!apposition_article_.count(w) && w != "the") return std::nullopt;
    }
    // "Across the region, some 20 million people face hunger": beyond the country, unless a
    // province leads the story (then the region is that province).
    if (dateline.lead_province < 0 && RE2::PartialMatch(re2::StringPiece(upto.data(), upto.size()), *regionwide_))
      return std::nullopt;
  }
  if (!in_clause.empty())
    if (auto hit = nearest(in_clause, all, count.span,
                           dateline.place >= 0 && dateline.named ? mentions[dateline.place].country : std::string(),
                           !donors.empty()))
      return hit;

  // "..., up 24% from the same month last year": the change is the count's before it.
  if (in_clause.empty() && clause.start < count.span.start) {
    std::string lead = ascii_lower(ctx.body.substr(clause.start, count.span.start - clause.start));
    size_t a = lead.find_first_not_of(" ,;:"), b = lead.find_last_not_of(' ');
    lead = a == std::string::npos ? "" : lead.substr(a, b - a + 1);
    if (change_.count(lead)) {
      const Mention* prev = nullptr;
      for (const Mention& m : mentions)
        if (is_numeric(m.kind) && m.kind != Kind::Quantity && m.sentence == count.sentence && m.span.end <= clause.start)
          prev = &m;
      if (prev) return find(ctx, *prev, mentions, opening, dateline, predicate);
    }
  }

  // Demonyms ("Afghans", "Pakistani") name the country a sentence is about.
  demonyms_.each(ctx.body, ctx.segmentation.tokens, sv.begin(), sv.end(), [&](const Token& t, const std::string& c) {
    const Span word{t.start, t.end};
    // A demonym inside a count is what is counted ("including 12 Americans"), not a place;
    // words of a place mention were weighed above (a landmark "Myanmar" stays out); a demonym
    // inside an agency's name names no country ("the Norwegian Refugee Council").
    if (inside_mention(mentions, count.sentence, word, kNumeric | mask(Kind::Location) | mask(Kind::Agency))) return;
    if (dl.found && word.overlaps(dl.span)) return;
    if (donors.count(c)) return;
    // "64 survivors, most of them Somalis, were taken to Aden": who the counted are.
    if (apposed_people(sv, t)) return;
    // "Bangladeshi nationals", "Pakistani expatriates": foreigners where the story is.
    // "Russian troops", "Israeli fire": the actor's people, not the count's place.
    if (size_t next = sv.first_token_at_or_after(t.end);
        next < sv.end() && (foreign_people_.count(sv.word(next)) || armed_force_.count(sv.word(next)) ||
                            (next + 1 < sv.end() && armed_force_.count(sv.word(next) + " " + sv.word(next + 1)))))
      return;
    in_sentence.push_back(Signal{c, "", -1, word, gap(word, count.span)});
  });
  // "Indians remained the largest expatriate community with about 1 million people, followed by
  // Egyptians at 657,000": peoples of several countries compared in a sentence that names no
  // place are residents of the story's country, not a place each.
  std::set<std::string> peoples;
  bool placed = false;
  for (const Signal& s : in_sentence) {
    if (s.mention < 0) peoples.insert(s.country);
    else placed = true;
  }
  if (!placed && peoples.size() > 1) in_sentence.clear();
  if (!in_sentence.empty()) {
    if (auto hit = one_country(in_sentence)) return hit;
    // Several countries, none in the count's clause: the story's own among them places the
    // count ("Remittances from Ghanaians rose 9 percent, with the United States and Britain the
    // largest sources"); the others are its partners, sources or co-hosts. Not a place the
    // counted come from or go to ("died trying to reach Spain ..., on the route from Mauritania").
    // Nor for those who return or arrive: they move between the countries named.
    if (dateline.place >= 0 && dateline.named && !arrival) {
      std::vector<Signal> home;
      for (const Signal& s : in_sentence)
        if (s.country == mentions[dateline.place].country && !s.origin && !s.destination) home.push_back(s);
      if (!home.empty()) return one_country(home);
    }
    return std::nullopt;
  }
  // Nothing else in the sentence: the country where its source sits ("... forced 6,300 people
  // into shelters, the disaster office in Suva said" filed from Wellington), not its province.
  // Not over a story about another country ("MOGADISHU ... the UN office in Nairobi said").
  if (seats.size() == 1 && !(dateline.place >= 0 && dateline.named && mentions[dateline.place].country != *seats.begin()))
    return PlaceHit{seat_province.empty() ? *seats.begin() : seat_province, seat_mention, mentions[seat_mention].span, PlaceVia::Seat};

  // The dateline says where the reporter files from; it stands for the story's place only
  // when the story names that country too (not "BRUSSELS" over a story about Spain), by its
  // name or by its people's ("LUSAKA ... the Zambian president"): dateline_country().
  if (dateline.place >= 0 && dateline.named) {
    // "Floods killed 30 in Kenya's Garissa county ..." then "Another 12 are missing": a lead
    // about one province, in a story that names no other of that country, places the rest.
    // Not where the sentence names another country, even as a donor ("Egypt sent 25 rescue
    // teams"): such a sentence looks beyond the province.
    const Mention& m = mentions[dateline.place];
    // "Seven people died in Sarpang ..." then "Another 146 families in the district have been
    // moved": "in the district" (not "wards of the county") refers back to the one province of the story's country that the
    // sentence before names (not the dateline's place, not a source's seat).
    if (count.sentence > 0) {
      bool back = false;
      for (size_t i = sv.begin() + 1; i + 1 < sv.end() && !back; ++i)
        back = sv.word(i) == "the" && province_back_.count(sv.word(i + 1)) && province_back_prep_.count(sv.word(i - 1)) &&
               (i + 2 >= sv.end() || sv.word(i + 2) != "of");
      int antecedent = -1;
      std::set<std::string> codes;
      for (size_t k = 0; back && k < mentions.size(); ++k) {
        const Mention& o = mentions[k];
        if (o.kind != Kind::Location || o.sentence != count.sentence - 1 || o.country != m.country || o.admin1.empty()) continue;
        if (static_cast<int>(k) == dateline.place || (dl.found && o.span.overlaps(dl.span)) || seat_of(ctx, mentions, o)) continue;
        codes.insert(o.admin1);
        antecedent = static_cast<int>(k);
      }
      if (codes.size() == 1) return PlaceHit{*codes.begin(), antecedent, mentions[antecedent].span, PlaceVia::Anaphor};
    }
    // Counts of things only: a share or a sum after such a lead is often the nation's
    // ("unemployment stood at 15.7 percent", "growth of 6.5 percent").
    // ... unless the sentence refers back to a province ("The head of the republic said 1.2
    // billion rubles would be allocated"): "the" + a province's word, not "the Republic of ...".
    bool province_anaphor = false;
    for (size_t i = sv.begin(); i + 1 < sv.end() && !province_anaphor; ++i)
      province_anaphor = sv.word(i) == "the" && province_anaphor_.count(sv.word(i + 1)) && (i + 2 >= sv.end() || sv.word(i + 2) != "of");
    // Not a sentence about the whole country ("across the country", "nationwide", "The government
    // has set aside ...").
    const std::string_view text = ctx.body.substr(sv.span().start, sv.span().size());
    const bool national = RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), *national_);
    if (dateline.lead_province >= 0 && (count.kind == Kind::Count || province_anaphor) && !national &&
        count.sentence > mentions[dateline.lead_province].sentence) {
      bool foreign = false;
      for (const Mention& o : mentions)
        foreign = foreign || (o.kind == Kind::Location && o.sentence == count.sentence && !o.country.empty() && o.country != m.country);
      demonyms_.each(ctx.body, ctx.segmentation.tokens, sv.begin(), sv.end(),
                     [&](const Token&, const std::string& c) { foreign = foreign || c != m.country; });
      const Mention& p = mentions[dateline.lead_province];
      // "... in the province of Chiang Rai" then "farmers have lost crops in 15 provinces": a
      // count of the lead province's own kind of unit spans several of them.
      SentenceView lv(ctx, p.sentence);
      for (const Mention& o : mentions) {
        if (foreign || !is_numeric(o.kind) || o.sentence != count.sentence || !lv.valid()) continue;
        size_t last = sv.first_token_at_or_after(o.span.start), end = sv.first_token_at_or_after(o.span.end);
        if (end == last || !admin_plural_.count(sv.word(end - 1))) continue;
        const std::string* unit = admin_singular_.find(sv.text(end - 1));
        for (size_t i = lv.begin(); unit && i < lv.end() && !foreign; ++i) foreign = lv.word(i) == *unit;
      }
      if (!foreign) return PlaceHit{p.admin1, dateline.lead_province, p.span, PlaceVia::LeadProvince};
    }
    return PlaceHit{m.country, dateline.place, m.span, PlaceVia::Dateline};
  }
  // No dateline: the one country the story is about (dateline_country()).
  if (dateline.place < 0 && dateline.story >= 0) {
    const Mention& m = mentions[dateline.story];
    return PlaceHit{m.country, dateline.story, m.span, PlaceVia::Story};
  }
  return std::nullopt;
}

}  // namespace nf
