#include "extractor/normalize/entities.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <cmath>
#include <map>
#include <set>

#include "extractor/normalize/entity_context.h"
#include "extractor/rules/gazetteer_fold.h"
#include "extractor/rules/gazetteer_index.h"
#include "extractor/rules/rule_library.h"

namespace nf {
namespace {

std::string attr(const Mention& m, std::string_view name) {
  const std::string* v = find_attr(m.attrs, name);
  return v ? *v : std::string();
}

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

bool is_place(const Gazetteers& g, const std::string& key) {
  const PhraseIndex::Node* n = g.place_names.find(key);
  return n && !n->ids.empty();
}

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

// "armed forces" -> "Armed Forces"
std::string title_case(std::string s) {
  bool start = true;
  for (char& c : s) {
    if (start && c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
    start = c == ' ' || c == '-';
  }
  return s;
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

  void locations(std::vector<Mention>& ms, const ArticleContext& ctx, PlaceContext& pc) const;
  void agencies(std::vector<Mention>& ms, const ArticleContext& ctx, const PlaceContext& pc) const;
  void acronyms(std::vector<Mention>& ms, const ArticleContext& ctx) const;
  void named_organisation(Mention& m, const ArticleContext& ctx, const PlaceContext& pc) const;
  void short_names(std::vector<Mention>& ms, const ArticleContext& ctx) const;
  bool caps_sentence(const ArticleContext& ctx, int sentence) const;
  void appositives(std::vector<Mention>& ms, const ArticleContext& ctx) const;
  void split_joined(std::vector<Mention>& ms, const ArticleContext& ctx) const;
  void national_society(Mention& m, const ArticleContext& ctx, const PlaceContext& pc) const;
  std::string society_of(const std::string& key, const std::string& cc) const;
  bool table_tail(Mention& m, const ArticleContext& ctx, const PlaceContext& pc) const;
  void societies(std::vector<Mention>& ms, const ArticleContext& ctx) const;
  void initials(std::vector<Mention>& ms, const ArticleContext& ctx, const PlaceContext& pc) const;
  std::string country_named(const std::string& folded, const PlaceContext& pc) const;
  bool state_body(Mention& m, const ArticleContext& ctx, const PlaceContext& pc, std::string name, const std::string& suffix) const;
  std::set<std::string> name_heads;  // words that end a body's name (Authority, Army, Bank...)
  std::set<std::string> admin_words;  // "district", "province", "valley" after a place's name
  std::set<std::string> admin_caps;   // "State", "Province" after a name: a province's, not a country's
  std::set<std::string> person_like;  // countries named like people ("Jordan", "Chad")
  void named_by_country(Mention& m, const ArticleContext& ctx, const PlaceContext& pc) const;
  bool province_word(std::string_view word) const { return admin_caps.count(std::string(word)) > 0; }
};

EntityNormalizer::EntityNormalizer(const RuleLibrary& rules) : impl_(std::make_unique<Impl>()) {
  impl_->rules = &rules;
  impl_->gaz = Gazetteers::shared(rules);
  for (const char* macro : {"org_body_suffix", "org_dept_word"})
    for (const std::string& w : rules.list(macro)) impl_->name_heads.insert(w);
  for (const std::string& w : rules.list("geo_admin_word_lower")) impl_->admin_words.insert(w);
  for (const std::string& w : rules.list("geo_admin_word_cap")) impl_->admin_caps.insert(w);
  for (const std::string& w : rules.list("geo_person_like")) impl_->person_like.insert(fold_phrase(w));
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

// "the National Disaster Management Authority and the Pakistan Army": two bodies joined by
// "and" where the first already ends in a head word; each is a mention of its own.
void EntityNormalizer::Impl::split_joined(std::vector<Mention>& ms, const ArticleContext& ctx) const {
  std::vector<Mention> added;
  for (Mention& m : ms) {
    if (m.kind != Kind::Agency || (m.rule != "org.body" && m.rule != "org.dept_named")) continue;
    std::string_view text = m.text(ctx.body);
    for (size_t k = text.find(" and "); k != std::string_view::npos; k = text.find(" and ", k + 1)) {
      std::string_view left = text.substr(0, k), right = text.substr(k + 5);
      if (right.substr(0, 4) == "the ") right.remove_prefix(4);
      size_t lsp = left.rfind(' '), rsp = right.find(' ');
      if (lsp == std::string_view::npos || rsp == std::string_view::npos || right.empty() ||
          !std::isupper(static_cast<unsigned char>(right[0])))
        continue;
      std::string left_head(left.substr(lsp + 1)), right_first(right.substr(0, rsp));
      if (!name_heads.count(left_head) || name_heads.count(right_first)) continue;
      auto part = [&](std::string_view piece) {
        Mention p = m;
        p.span = Span{m.span.start + static_cast<size_t>(piece.data() - text.data()),
                      m.span.start + static_cast<size_t>(piece.data() - text.data()) + piece.size()};
        size_t sp = piece.rfind(' ');
        std::string head(piece.substr(sp + 1)), rest(piece.substr(0, sp));
        p.attrs.clear();
        for (const auto& [k2, v] : m.attrs) {
          if (k2 == "name" || k2 == "dept") p.attrs.emplace_back(k2, rest);
          else if (k2 == "head" || k2 == "suffix") p.attrs.emplace_back(k2, head);
          else if (k2 == "place") p.attrs.emplace_back(k2, "");
          else p.attrs.emplace_back(k2, v);
        }
        return p;
      };
      added.push_back(part(left));
      m = part(right);
      break;
    }
  }
  for (Mention& m : added) ms.push_back(std::move(m));
  std::stable_sort(ms.begin(), ms.end(), [](const Mention& a, const Mention& b) {
    return a.span.start != b.span.start ? a.span.start < b.span.start : a.span.end < b.span.end;
  });
}

// The national society of `cc` that the alias table knows for a society `key` ("red crescent",
// "IR" -> "Iranian Red Crescent"); "" when it knows none.
std::string EntityNormalizer::Impl::society_of(const std::string& key, const std::string& cc) const {
  for (const Body& b : gaz->bodies)
    if (b.country == cc && fold_phrase(b.name).find(key) != std::string::npos) return b.name;
  return {};
}

// The country a folded word names as a country or a people ("kenya", "sudanese"); "" for
// anything else, a town or a province included ("Sindh Police" keeps its name).
std::string EntityNormalizer::Impl::country_named(const std::string& folded, const PlaceContext& pc) const {
  if (gaz->demonyms.count(folded)) return pc.country_of_name(*gaz, folded);
  const PhraseIndex::Node* n = gaz->place_names.find(folded);
  if (!n || !gaz->any_country(n->ids)) return {};
  return pc.country_of_name(*gaz, folded);
}

// The mention's words after a body of the table or a country's name are a body the table
// knows: it takes that body's name ("United Nations Office for the Coordination of Humanitarian
// Affairs" -> OCHA). False when no such split exists.
bool EntityNormalizer::Impl::table_tail(Mention& m, const ArticleContext& ctx, const PlaceContext& pc) const {
  std::string key = fold_phrase(m.text(ctx.body));
  for (size_t sp = key.find(' '); sp != std::string::npos; sp = key.find(' ', sp + 1)) {
    std::string head = key.substr(0, sp), rest = key.substr(sp + 1);
    if (head == "the") continue;
    if (head.compare(0, 4, "the ") == 0) head = head.substr(4);
    const PhraseIndex::Node* b = gaz->body_names.find(rest);
    if (!b || b->ids.empty()) continue;
    const PhraseIndex::Node* h = gaz->body_names.find(head);
    if ((!h || h->ids.empty()) && country_named(head, pc).empty()) continue;
    const Body& body = gaz->bodies[b->ids[0]];
    m.value = body.name;
    m.acronym = body.acronym;
    m.country = body.country;
    return true;
  }
  return false;
}

// "the Indonesian Red Cross", "Pakistan Red Crescent", "Iran's Red Crescent": a national
// society, named with its country; the alias table's name for that country's society when it
// has one.
void EntityNormalizer::Impl::national_society(Mention& m, const ArticleContext& ctx, const PlaceContext& pc) const {
  std::string key = fold_phrase(m.text(ctx.body));
  if (!rules->lookup("org_national_society", key)) return;
  size_t p = m.span.start;
  if (p < 2 || ctx.body[p - 1] != ' ') return;
  size_t e = p - 1;  // end of the word before, past a possessive
  bool possessive = false;
  for (std::string_view ap : {"'s", "\xE2\x80\x99s"})
    if (e >= ap.size() && ctx.body.substr(e - ap.size(), ap.size()) == ap) {
      e -= ap.size();
      possessive = true;
      break;
    }
  size_t w = e;
  while (w > 0 && std::isalpha(static_cast<unsigned char>(ctx.body[w - 1]))) --w;
  if (w == e || !std::isupper(static_cast<unsigned char>(ctx.body[w]))) return;
  std::string cc = pc.country_of_name(*gaz, fold_token(ctx.body.substr(w, e - w)));
  if (cc.empty()) return;
  std::string society(m.text(ctx.body));
  if (!possessive) m.span.start = w;  // "Indonesian Red Cross" is the name; "Iran's" is not
  std::string known = society_of(key, cc);
  m.value = known.empty() ? society + " (" + cc + ")" : known;
  m.country = cc;
}

// A state's body named with its country ("Pakistan Army", "Sudanese Armed Forces", "Border
// Guard Bangladesh", "Kenya Red Cross Society"): the value without the country, the country in
// parentheses; a national society takes the table's name for it. False when it is none.
bool EntityNormalizer::Impl::state_body(Mention& m, const ArticleContext& ctx, const PlaceContext& pc, std::string name,
                                        const std::string& suffix) const {
  std::string folded = fold_phrase(name + " " + suffix);
  size_t sp = name.find(' ');
  std::string first = fold_phrase(name.substr(0, sp));
  if (rules->lookup("org_international_word", first)) return false;
  // A country of two or three words ("Sri Lanka Navy", "South Sudan Red Cross Society").
  for (size_t sp2 = sp; sp2 != std::string::npos && country_named(first, pc).empty();) {
    size_t next = name.find(' ', sp2 + 1);
    std::string longer = fold_phrase(name.substr(0, next));
    if (std::count(longer.begin(), longer.end(), ' ') > 2) break;
    if (!country_named(longer, pc).empty()) {
      first = longer;
      sp = next;
      break;
    }
    sp2 = next;
  }
  for (const auto& [key, unused] : rules->table("org_national_society")) {
    if (folded.find(key) == std::string::npos) continue;
    std::string cc = sp == std::string::npos ? "" : country_named(first, pc);
    if (cc.empty()) return false;
    std::string known = society_of(key, cc);
    m.value = known.empty() ? name.substr(sp + 1) + " " + suffix + " (" + cc + ")" : known;
    m.country = cc;
    return true;
  }
  bool is_public = rules->lookup("org_public_head", fold_phrase(suffix)) != nullptr;
  if (!is_public && !rules->lookup("org_state_head", fold_phrase(suffix))) return false;
  std::string cc;
  if (!first.empty()) cc = country_named(first, pc);
  if (!cc.empty()) {
    name = sp == std::string::npos ? "" : name.substr(sp + 1);
  } else {
    // "Border Guard Bangladesh": the country's name right after the head word.
    size_t p = m.span.end;
    if (p + 1 < ctx.body.size() && ctx.body[p] == ' ' && std::isupper(static_cast<unsigned char>(ctx.body[p + 1]))) {
      size_t q = p + 1;
      while (q < ctx.body.size() && std::isalpha(static_cast<unsigned char>(ctx.body[q]))) ++q;
      std::string word = fold_token(ctx.body.substr(p + 1, q - p - 1));
      const PhraseIndex::Node* n = gaz->place_names.find(word);
      if (n && gaz->any_country(n->ids)) {
        cc = pc.country_of_name(*gaz, word);
        m.span.end = q;
      }
    }
  }
  if (cc.empty() && is_public) cc = pc.article_country;  // "Grain Marketing Board" in a Harare story
  if (cc.empty()) return false;
  m.value = (name.empty() ? "" : name + " ") + title_case(suffix) + " (" + cc + ")";
  m.country = cc;
  return true;
}

void EntityNormalizer::Impl::agencies(std::vector<Mention>& ms, const ArticleContext& ctx, const PlaceContext& pc) const {
  split_joined(ms, ctx);
  const Gazetteers& g = *gaz;
  const Dateline& dl = ctx.article.dateline;
  for (Mention& m : ms) {
    if (m.kind != Kind::Agency) continue;
    std::string_view text = m.text(ctx.body);
    bool in_parens = m.span.start > 0 && m.span.end < ctx.body.size() && ctx.body[m.span.start - 1] == '(' &&
                     ctx.body[m.span.end] == ')';
    // A wire credit is the article's wire, not a mention: anything in parentheses in the
    // dateline or named as its wire ("KARACHI, Aug 14 (APP):"), and a wire service of the
    // table in the dateline or in parentheses anywhere ("(Reuters)").
    bool in_dateline = dl.found && dl.span.contains(m.span);
    bool wire = m.rule == "gazetteer.agencies" && rules->lookup("org_wire", text) != nullptr;
    if ((in_dateline && (in_parens || wire || (!dl.wire.empty() && text == dl.wire))) || (wire && in_parens)) {
      m.attrs.emplace_back("drop", "1");
      continue;
    }
    if (m.rule == "gazetteer.agencies") {
      const Body& b = g.bodies[std::stoul(attr(m, "body"))];
      m.value = b.name;
      m.acronym = b.acronym;
      m.country = b.country;
      national_society(m, ctx, pc);
      continue;
    }
    if (m.rule == "org.company" || m.rule == "org.body" || m.rule == "org.body_in" || m.rule == "org.acronym" ||
        m.rule == "org.described" || m.rule == "org.apposed" || m.rule == "org.bank_of" || m.rule == "org.country_named") {
      named_organisation(m, ctx, pc);
      continue;
    }
    // "Police said", "Security forces killed": a generic body in capitals only opens a sentence
    // ("Police Chief", "POLICE" in a headline are no mention).
    if (m.rule == "org.generic" && !text.empty() && std::isupper(static_cast<unsigned char>(text[0]))) {
      bool opens = false;
      if (m.sentence >= 0 && static_cast<size_t>(m.sentence) < ctx.segmentation.sentences.size()) {
        size_t b = ctx.segmentation.sentences[m.sentence].start;
        if (dl.found && dl.span.start >= b && dl.span.end <= m.span.start) b = dl.span.end;  // "NAIROBI - Police said"
        // Only capitals, digits and punctuation before it: "NAIROBI - Police said".
        while (b < m.span.start && !std::islower(static_cast<unsigned char>(ctx.body[b]))) ++b;
        opens = b == m.span.start;
      }
      bool caps = text.size() > 1 && std::isupper(static_cast<unsigned char>(text[1]));
      if (!opens || caps) {
        m.attrs.emplace_back("drop", "1");
        continue;
      }
    }
    // National bodies by pattern: name, head word, country.
    std::string dept = attr(m, "dept"), head = attr(m, "head"), place = attr(m, "place"), tail = attr(m, "tail");
    // "General Inspectorate for Emergency Situations": the tail is part of the name, unless it
    // is a day or a month ("the Authority on Monday said").
    if (!tail.empty()) {
      size_t sp = tail.find(' ');
      std::string word = tail.substr(sp + 1);
      if (word.compare(0, 4, "the ") == 0) word = word.substr(4);
      word = fold_token(word.substr(0, word.find(' ')));
      if (rules->lookup("org_not_name", word)) {
        size_t at = text.rfind(" " + tail);
        if (at != std::string_view::npos) m.span.end = m.span.start + at;
        tail.clear();
        text = m.text(ctx.body);
      }
    }
    // Words before the name that are not part of it ("The", "But", "its").
    for (;;) {
      size_t sp = dept.find(' ');
      std::string first = dept.substr(0, sp);
      if (first.empty() || !rules->lookup("org_lead_word", first)) break;
      size_t cut = sp == std::string::npos ? dept.size() : sp + 1;
      if (text.substr(0, cut) == std::string_view(dept).substr(0, cut)) m.span.start += cut;
      dept = dept.substr(cut);
      text = m.text(ctx.body);
    }
    while (m.span.start < m.span.end && ctx.body[m.span.start] == ' ') ++m.span.start;
    text = m.text(ctx.body);
    // "Central Bank of Nigeria": a pattern's whole name is a body of the table; the table's.
    if (m.rule != "org.generic")
      if (const PhraseIndex::Node* n = g.body_names.find(fold_phrase(text)); n && !n->ids.empty()) {
        const Body& b = g.bodies[n->ids[0]];
        m.value = b.name;
        m.acronym = b.acronym;
        m.country = b.country;
        continue;
      }
    // "United Nations Office for the Coordination of Humanitarian Affairs", "UN World Food
    // Programme": a body of the table named after another body or a country; the table's.
    if (table_tail(m, ctx, pc)) continue;
    // "The Ministry of Health said": with "The" gone no word is left before the head, and the
    // phrase after "of" names the department, not a place.
    if (m.rule == "org.dept_of_place" && dept.empty() && !place.empty() &&
        pc.country_of_name(g, fold_phrase(place)).empty()) {
      dept = place;
      place.clear();
      while (m.span.start < m.span.end && ctx.body[m.span.start] == ' ') ++m.span.start;
      text = m.text(ctx.body);
    }
    // "the Election Commission of Pakistan and the ...": a country before "and" ends the name.
    if (m.rule == "org.dept_of_place" && pc.country_of_name(g, fold_phrase(place)).empty())
      for (std::string_view sep : {" and ", ", ", " & "}) {
        size_t at = place.find(sep);
        if (at == std::string::npos || pc.country_of_name(g, fold_phrase(place.substr(0, at))).empty()) continue;
        size_t cut = text.rfind(place);
        if (cut != std::string_view::npos) m.span.end = m.span.start + cut + at;
        place = place.substr(0, at);
        text = m.text(ctx.body);
        break;
      }
    std::string country;
    // "Bangladesh Bureau of Statistics": a country's name alone before the head of a name
    // whose "of" phrase names no place.
    bool named_of = (m.rule == "org.dept_of_place" && !place.empty() && pc.country_of_name(g, fold_phrase(place)).empty()) ||
                    !tail.empty();
    if ((named_of || m.rule == "org.dept_named") && dept.find(' ') == std::string::npos) {
      std::string cc = country_named(fold_phrase(dept), pc);
      if (!cc.empty()) {
        country = cc;
        dept.clear();
      }
    }
    // "Australian Department of Foreign Affairs and Trade": with the country gone, the "of"
    // phrase names the department ("Foreign Affairs and Trade Department (AU)").
    if (m.rule == "org.dept_of_place" && dept.empty() && !country.empty() && !place.empty() &&
        (head == "Ministry" || head == "Department") && pc.country_of_name(g, fold_phrase(place)).empty()) {
      dept = place;
      place.clear();
    }
    // A demonym or a place at the head of the name: "Afghan Refugee Ministry", "Kenya Police".
    for (;;) {
      size_t sp = dept.find(' ');
      if (sp == std::string::npos) break;
      std::string first = fold_phrase(dept.substr(0, sp));
      // "Niger State Emergency Management Agency": a province named like a country.
      size_t sp2 = dept.find(' ', sp + 1);
      if (province_word(std::string_view(dept).substr(sp + 1, sp2 == std::string::npos ? std::string::npos : sp2 - sp - 1))) break;
      // "Union Health Ministry": a town named like a common word is no country.
      if (g.common_words.count(first) && !g.demonyms.count(first)) {
        const PhraseIndex::Node* n = g.place_names.find(first);
        if (!n || !g.any_country(n->ids)) break;
      }
      // A country's name or people goes into the parentheses; a province's or a town's
      // stays in the name ("Tigray Regional Health Bureau (ET)", "Punjab Police (PK)").
      std::string cc = country_named(first, pc);
      if (cc.empty()) {
        if (country.empty()) country = pc.country_of_name(g, first);
        break;
      }
      country = cc;
      dept = dept.substr(sp + 1);
    }
    if (m.rule != "org.generic" && m.rule != "org.government_of" && m.rule != "org.national_government" && dept.empty() &&
        country.empty() && tail.empty()) {
      m.attrs.emplace_back("drop", "1");
      continue;
    }
    if (!place.empty()) {
      std::string cc = pc.country_of_name(g, fold_phrase(place));
      if (!cc.empty()) country = cc;
      else if (m.rule == "org.government_of") dept = "of " + place;
      else if (m.rule == "org.dept_of_place") head += " of " + place;  // "National Bureau of Statistics": no place, part of the name
    }
    if (!attr(m, "need_country").empty() && country.empty()) {  // "the Kenyan government", not "the new government"
      m.attrs.emplace_back("drop", "1");
      continue;
    }
    // "UN Integrated Office", "International ... Commission": no one country's body.
    bool international = rules->lookup("org_international_word", fold_phrase(dept.substr(0, dept.find(' ')))) != nullptr;
    if (country.empty() && !international) country = pc.country_before(g, ctx, ms, m.span.start);
    if (country.empty() && !international) country = pc.article_country;
    std::string name;
    if (m.rule == "org.generic" || m.rule == "org.government_of" || m.rule == "org.national_government") {
      name = title_case(fold_phrase(head));
      if (!dept.empty()) name += " " + dept;
    } else {
      name = dept.empty() ? head : dept + " " + head;
      if (!tail.empty()) name += " " + tail;
    }
    m.value = name;
    m.country = country;
    if (!country.empty() && starts_with(dept, "of ") == false) m.value += " (" + country + ")";
  }
  ms.erase(std::remove_if(ms.begin(), ms.end(), [](const Mention& m) { return find_attr(m.attrs, "drop") != nullptr; }),
           ms.end());
}

bool EntityNormalizer::Impl::caps_sentence(const ArticleContext& ctx, int sentence) const {
  if (sentence < 0 || static_cast<size_t>(sentence) >= ctx.segmentation.sentences.size()) return false;
  const Sentence& s = ctx.segmentation.sentences[sentence];
  size_t words = 0, caps = 0;
  for (size_t k = s.first_token; k < s.first_token + s.token_count; ++k) {
    const Token& t = ctx.segmentation.tokens[k];
    if (!t.is(kTokWord) || t.end - t.start < 3) continue;
    ++words;
    if (t.is(kTokAllCaps)) ++caps;
  }
  return words >= 2 && caps * 10 >= words * 6;
}

// Companies, parties and other named bodies: the name as written, without leading words
// such as "The"; a country where the name starts with a place ("Pakistan Army").
void EntityNormalizer::Impl::named_organisation(Mention& m, const ArticleContext& ctx, const PlaceContext& pc) const {
  const Gazetteers& g = *gaz;
  std::string name = attr(m, "name");
  auto strip_lead = [&] {
    for (;;) {
      size_t sp = name.find(' ');
      std::string first = name.substr(0, sp);
      if (first.empty() || !rules->lookup("org_lead_word", first)) break;
      std::string_view text = m.text(ctx.body);
      size_t cut = sp == std::string::npos ? name.size() : sp + 1;
      if (text.substr(0, cut) == std::string_view(name).substr(0, cut)) m.span.start += cut;
      name = name.substr(cut);
    }
  };
  strip_lead();
  // "Shares of Apple Inc.": a capitalized common word and a connector start the sentence, not the name.
  bool opens_sentence = false;
  if (m.sentence >= 0 && static_cast<size_t>(m.sentence) < ctx.segmentation.sentences.size()) {
    size_t b = ctx.segmentation.sentences[m.sentence].start;
    // After a dateline in capitals too: "NEW DELHI - Teams of the National ... Force".
    const Dateline& dl = ctx.article.dateline;
    if (dl.found && dl.span.start >= b && dl.span.end <= m.span.start) {
      b = dl.span.end;
      while (b < m.span.start && !std::isalnum(static_cast<unsigned char>(ctx.body[b]))) ++b;
    }
    opens_sentence = b == m.span.start;
  }
  for (; opens_sentence;) {
    size_t sp1 = name.find(' ');
    if (sp1 == std::string::npos) break;
    size_t sp2 = name.find(' ', sp1 + 1);
    if (sp2 == std::string::npos) break;
    std::string first = fold_token(name.substr(0, sp1)), second = name.substr(sp1 + 1, sp2 - sp1 - 1);
    if (!gaz->common_words.count(first) || !gaz->function_words.count(second)) break;
    m.span.start += sp2 + 1;
    name = name.substr(sp2 + 1);
  }
  strip_lead();  // "Teams of the National Disaster Response Force"
  if (m.rule == "org.bank_of" || m.rule == "org.country_named") return named_by_country(m, ctx, pc);
  std::string key = fold_phrase(name);
  auto drop = [&] { m.attrs.emplace_back("drop", "1"); };
  if (key.empty()) return drop();
  if (m.rule == "org.acronym") {
    // Capitals of a dateline ("COX'S BAZAR, Bangladesh (BSS) -") or of a hyphenated name in
    // capitals ("PORT-AU-PRINCE") are no acronym.
    const Dateline& dl = ctx.article.dateline;
    if (dl.found && dl.span.contains(m.span)) return drop();
    auto upper_at = [&](size_t p) { return p < ctx.body.size() && std::isupper(static_cast<unsigned char>(ctx.body[p])) != 0; };
    if ((m.span.start > 1 && ctx.body[m.span.start - 1] == '-' && upper_at(m.span.start - 2)) ||
        (m.span.end + 1 < ctx.body.size() && ctx.body[m.span.end] == '-' && upper_at(m.span.end + 1)))
      return drop();  // not "NATO-led", "UN-backed"
    if (rules->lookup("org_not_acronym", key) || (key.size() > 3 && g.common_words.count(key)) || is_place(g, key) ||
        g.demonyms.count(key) || caps_sentence(ctx, m.sentence))
      return drop();
    // Part of a phrase in capitals ("NEW DELHI (Reuters)"), not an acronym on its own.
    auto caps_word_at = [&](size_t p) { return p + 1 < ctx.body.size() && std::isupper(static_cast<unsigned char>(ctx.body[p])) &&
                                                std::isupper(static_cast<unsigned char>(ctx.body[p + 1])); };
    if (m.span.end + 1 < ctx.body.size() && ctx.body[m.span.end] == ' ' && caps_word_at(m.span.end + 1)) return drop();
    if (m.span.start >= 3 && ctx.body[m.span.start - 1] == ' ' && std::isupper(static_cast<unsigned char>(ctx.body[m.span.start - 2])) &&
        std::isupper(static_cast<unsigned char>(ctx.body[m.span.start - 3])))
      return drop();
  }
  std::string_view text = m.text(ctx.body);
  while (!text.empty() && (text.back() == ',' || text.back() == ' ')) text.remove_suffix(1);
  m.span.end = m.span.start + text.size();
  m.value = std::string(text);
  // "The World Health Organization": once its leading words are gone, a name the table knows.
  if (m.rule == "org.body" || m.rule == "org.company")
    if (const PhraseIndex::Node* n = g.body_names.find(fold_phrase(text)); n && !n->ids.empty()) {
      const Body& b = g.bodies[n->ids[0]];
      m.value = b.name;
      m.acronym = b.acronym;
      m.country = b.country;
      return;
    }
  size_t sp = key.find(' ');
  if (m.rule == "org.body" && state_body(m, ctx, pc, name, attr(m, "suffix")))
    return;
  // "National Institute for Disaster Risk Management and Reduction (INGD)": a state's body as
  // written, with the country of its first word or, for a civil body, the article's.
  if (m.rule == "org.body_in") {
    if (table_tail(m, ctx, pc)) return;
    std::string first = key.substr(0, key.find(' '));
    if (rules->lookup("org_international_word", first)) return;
    std::string cc = country_named(first, pc);
    if (!cc.empty()) {
      m.value = m.value.substr(m.value.find(' ') + 1);
    } else if (rules->lookup("org_public_head", fold_phrase(attr(m, "suffix")))) {
      cc = pc.article_country;
    }
    if (!cc.empty()) {
      m.value += " (" + cc + ")";
      m.country = cc;
    }
    return;
  }
  if (m.rule == "org.body") m.country = pc.country_of_name(g, key.substr(0, sp));
  if (m.rule == "org.described" || m.rule == "org.apposed") {
    size_t sp1 = key.find(' ');
    if (rules->lookup("org_not_name", key.substr(0, sp1)) || is_place(g, key) || g.demonyms.count(key)) return drop();
    m.attrs.emplace_back("short", name);
  }
  if (m.rule == "org.company" && !is_place(g, key) &&
      rules->lookup("org_short_name_suffix", attr(m, "suffix")))
    m.attrs.emplace_back("short", name);
}

// "Bank of Zambia", "Kenya Power raised", "Statistics Indonesia said": a body named by its
// country and one more word, the name as written with that country. Not two places, not a
// direction or an adverb with a country ("Northern Nigeria reported"), not a longer name's end
// ("Papua New Guinea said"), not a country named like a person ("Michael Jordan said").
void EntityNormalizer::Impl::named_by_country(Mention& m, const ArticleContext& ctx, const PlaceContext& pc) const {
  const Gazetteers& g = *gaz;
  auto drop = [&] { m.attrs.emplace_back("drop", "1"); };
  std::string_view text = m.text(ctx.body);
  if (m.rule == "org.bank_of" && (text.substr(0, 4) == "The " || text.substr(0, 4) == "the ")) {
    m.span.start += 4;
    text = m.text(ctx.body);
  }
  std::string key = fold_phrase(text);
  if (const PhraseIndex::Node* n = g.body_names.find(key); n && !n->ids.empty()) {
    const Body& b = g.bodies[n->ids[0]];
    m.value = b.name;
    m.acronym = b.acronym;
    m.country = b.country;
    return;
  }
  if (is_place(g, key)) return drop();
  std::string country;
  if (m.rule == "org.bank_of") {
    std::string place = fold_phrase(attr(m, "name"));
    country = country_named(place, pc);
    if (country.empty() || g.demonyms.count(place)) return drop();
  } else {
    size_t sp = key.find(' ');
    if (sp == std::string::npos) return drop();
    std::string a = key.substr(0, sp), b = key.substr(sp + 1);
    bool a_country = !country_named(a, pc).empty() && !g.demonyms.count(a) && !person_like.count(a);
    bool b_country = !country_named(b, pc).empty() && !g.demonyms.count(b) && !person_like.count(b);
    if (a_country == b_country) return drop();
    const std::string& other = a_country ? b : a;
    country = country_named(a_country ? a : b, pc);
    if (is_place(g, other) || g.demonyms.count(other) || rules->lookup("org_not_name", other) ||
        rules->lookup("org_lead_word", other) || rules->lookup("org_country_body_not", other))
      return drop();
    // "Papua New Guinea": a capitalized word before it makes it part of a longer name.
    size_t p = m.span.start;
    if (p >= 2 && ctx.body[p - 1] == ' ') {
      size_t w = p - 1;
      while (w > 0 && std::isalpha(static_cast<unsigned char>(ctx.body[w - 1]))) --w;
      if (w < p - 1 && std::isupper(static_cast<unsigned char>(ctx.body[w])) &&
          !rules->lookup("org_lead_word", fold_token(ctx.body.substr(w, p - 1 - w))))
        return drop();
    }
  }
  m.value = std::string(text);
  m.country = country;
  m.attrs.emplace_back("short", std::string(text));
}

// "Apple Inc. ... Apple said": a company's name without its suffix names it again.
void EntityNormalizer::Impl::short_names(std::vector<Mention>& ms, const ArticleContext& ctx) const {
  std::vector<std::pair<std::string, size_t>> names;
  for (size_t i = 0; i < ms.size(); ++i)
    if (ms[i].kind == Kind::Agency)
      if (const std::string* s = find_attr(ms[i].attrs, "short")) names.emplace_back(*s, i);
  if (names.empty()) return;
  std::vector<Mention> added;
  auto is_letter = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80); };
  for (const auto& [name, def_index] : names) {
    for (size_t p = ctx.body.find(name); p != std::string_view::npos; p = ctx.body.find(name, p + 1)) {
      size_t e = p + name.size();
      if ((p > 0 && is_letter(ctx.body[p - 1])) || (e < ctx.body.size() && is_letter(ctx.body[e]))) continue;
      // At the start of a sentence any word has a capital: there only a name that is no
      // lower-case word ("Boeing said", not "Apple prices").
      size_t b = p;
      while (b > 0 && ctx.body[b - 1] == ' ') --b;
      bool opening = b == 0 || ctx.body[b - 1] == '.' || ctx.body[b - 1] == '\n' || ctx.body[b - 1] == '"';
      if (opening && gaz->common_words.count(fold_phrase(name))) continue;
      // Not when another capitalized word follows ("Apple Corps"): that is another name.
      if (e + 1 < ctx.body.size() && ctx.body[e] == ' ' && std::isupper(static_cast<unsigned char>(ctx.body[e + 1]))) continue;
      Span sp{p, e};
      // The table knows the short name ("Apple"): in this article it names the body spelled out.
      for (Mention& m : ms)
        if (m.kind == Kind::Agency && m.rule == "gazetteer.agencies" && m.span.start == sp.start && m.span.end == sp.end) {
          m.value = ms[def_index].value;
          m.country = ms[def_index].country.empty() ? m.country : ms[def_index].country;
        }
      bool covered = std::any_of(ms.begin(), ms.end(), [&](const Mention& m) { return m.kind == Kind::Agency && m.span.overlaps(sp); }) ||
                     std::any_of(added.begin(), added.end(), [&](const Mention& m) { return m.span.overlaps(sp); });
      if (covered) continue;
      Mention m;
      m.kind = Kind::Agency;
      m.span = sp;
      m.rule = "entity.short_name";
      m.value = ms[def_index].value;
      m.country = ms[def_index].country;
      for (size_t si = 0; si < ctx.segmentation.sentences.size(); ++si)
        if (ctx.segmentation.sentences[si].start <= sp.start && sp.end <= ctx.segmentation.sentences[si].end)
          m.sentence = static_cast<int>(si);
      added.push_back(std::move(m));
    }
  }
  for (Mention& m : added) ms.push_back(std::move(m));
  std::stable_sort(ms.begin(), ms.end(), [](const Mention& a, const Mention& b) {
    return a.span.start != b.span.start ? a.span.start < b.span.start : a.span.end < b.span.end;
  });
}

// "the World Food Programme (WFP)": the acronym names the same body wherever it recurs.
void EntityNormalizer::Impl::acronyms(std::vector<Mention>& ms, const ArticleContext& ctx) const {
  std::map<std::string, size_t> defined;  // acronym -> index of the defining mention
  for (size_t i = 0; i < ms.size(); ++i) {
    Mention& m = ms[i];
    if (m.kind != Kind::Agency) continue;
    size_t p = m.span.end;
    while (p < ctx.body.size() && ctx.body[p] == ' ') ++p;
    if (p >= ctx.body.size() || ctx.body[p] != '(') continue;
    size_t close = ctx.body.find(')', p);
    if (close == std::string_view::npos || close - p > 14 || close - p < 3) continue;
    std::string_view inner = ctx.body.substr(p + 1, close - p - 1);
    while (!inner.empty() && inner.front() == ' ') inner.remove_prefix(1);
    while (!inner.empty() && inner.back() == ' ') inner.remove_suffix(1);
    std::string acr(inner);
    if (acr.size() < 2) continue;
    if (!std::all_of(acr.begin(), acr.end(), [](char c) { return (c >= 'A' && c <= 'Z') || c == '-' || c == '&'; }))
      continue;
    if (m.acronym.empty()) m.acronym = acr;
    defined.emplace(acr, i);
  }
  if (defined.empty()) return;
  std::vector<Mention> added;
  std::vector<Span> found;  // where a defined acronym recurs: no place there ("NEMA" is no town)
  for (const Token& t : ctx.segmentation.tokens) {
    std::string_view word = ctx.body.substr(t.start, t.end - t.start);
    bool possessive = false;  // "NEMA's director-general"
    for (std::string_view ap : {"'s", "\xE2\x80\x99s"})
      if (word.size() > ap.size() && word.substr(word.size() - ap.size()) == ap) {
        word.remove_suffix(ap.size());
        possessive = true;
        break;
      }
    if (!t.is(kTokAllCaps) && !possessive) continue;
    auto it = defined.find(std::string(word));
    if (it == defined.end()) continue;
    const Mention& def = ms[it->second];
    Span sp{t.start, t.start + word.size()};
    found.push_back(sp);
    auto covering = std::find_if(ms.begin(), ms.end(), [&](const Mention& m) {
      return m.kind == Kind::Agency && m.span.start == sp.start && m.span.end == sp.end;
    });
    if (covering != ms.end()) {
      covering->value = def.value;
      covering->country = def.country;
      covering->acronym = def.acronym;
      continue;
    }
    bool overlapped = std::any_of(ms.begin(), ms.end(), [&](const Mention& m) { return m.kind == Kind::Agency && m.span.overlaps(sp); });
    if (overlapped) continue;
    Mention m;
    m.kind = Kind::Agency;
    m.span = sp;
    m.rule = "entity.acronym";
    m.value = def.value;
    m.country = def.country;
    m.acronym = def.acronym;
    for (size_t si = 0; si < ctx.segmentation.sentences.size(); ++si)
      if (ctx.segmentation.sentences[si].start <= sp.start && sp.end <= ctx.segmentation.sentences[si].end)
        m.sentence = static_cast<int>(si);
    added.push_back(std::move(m));
  }
  for (Mention& m : added) ms.push_back(std::move(m));
  ms.erase(std::remove_if(ms.begin(), ms.end(), [&](const Mention& m) {
             return m.kind == Kind::Location && std::any_of(found.begin(), found.end(), [&](const Span& sp) {
                      return sp.start == m.span.start && sp.end == m.span.end;
                    });
           }),
           ms.end());
  std::stable_sort(ms.begin(), ms.end(), [](const Mention& a, const Mention& b) {
    return a.span.start != b.span.start ? a.span.start < b.span.start : a.span.end < b.span.end;
  });
}

// "Inter-Services Public Relations (ISPR)", "Disaster Management Centre (DMC)": capitalized
// words whose initials spell the acronym in parentheses after them are a body's name, whatever
// its last word; it replaces shorter agency mentions inside it. A country word opening it, or
// for a civil body the article's country, goes into the parentheses.
void EntityNormalizer::Impl::initials(std::vector<Mention>& ms, const ArticleContext& ctx, const PlaceContext& pc) const {
  std::string_view body = ctx.body;
  std::vector<Mention> added;
  for (size_t open = body.find(" ("); open != std::string_view::npos; open = body.find(" (", open + 1)) {
    size_t close = body.find(')', open);
    if (close == std::string_view::npos || close - open < 4 || close - open > 10) continue;
    std::string acr(body.substr(open + 2, close - open - 2));
    if (!std::all_of(acr.begin(), acr.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) continue;
    // Words back from the parenthesis: capitalized ones give their initials (each part of a
    // hyphenated word), connectors none.
    size_t end = open, p = open;
    std::string letters;
    size_t start = std::string_view::npos;
    for (int words = 0; words < 10 && p > 0; ++words) {
      size_t w = p;
      while (w > 0 && body[w - 1] != ' ' && body[w - 1] != '\n' && body[w - 1] != '(' && body[w - 1] != '"') --w;
      std::string_view word = body.substr(w, p - w);
      if (word.empty()) break;
      bool capital = std::isupper(static_cast<unsigned char>(word[0])) != 0;
      std::string lower = fold_token(word);
      bool connector = lower == "and" || lower == "of" || lower == "for" || lower == "the" || lower == "on" || lower == "&";
      if (!capital && !connector) break;
      if (capital) {
        std::string part;
        for (size_t k = 0; k < word.size(); ++k)
          if (k == 0 || (word[k - 1] == '-' && std::isupper(static_cast<unsigned char>(word[k])))) part.push_back(word[k]);
        letters = part + letters;
        if (letters == acr) start = w;
        if (letters.size() >= acr.size()) break;
      }
      if (w < 2 || body[w - 1] != ' ') break;
      p = w - 1;
    }
    if (start == std::string_view::npos) continue;
    // Leading "The" is no part of the name.
    std::string_view name = body.substr(start, end - start);
    if (name.substr(0, 4) == "The ") continue;
    Span sp{start, end};
    bool known = std::any_of(ms.begin(), ms.end(), [&](const Mention& m) {
      return m.kind == Kind::Agency && m.span.start == sp.start && m.span.end == sp.end;
    });
    bool wider = std::any_of(ms.begin(), ms.end(), [&](const Mention& m) {
      return m.kind == Kind::Agency && m.span.start <= sp.start && m.span.end >= sp.end;
    });
    if (known || wider) continue;
    Mention m;
    m.kind = Kind::Agency;
    m.span = sp;
    m.rule = "entity.initials";
    m.value = std::string(name);
    std::string key = fold_phrase(name);
    std::string first = key.substr(0, key.find(' '));
    if (const PhraseIndex::Node* b = gaz->body_names.find(key); b && !b->ids.empty()) {
      const Body& bd = gaz->bodies[b->ids[0]];
      m.value = bd.name;
      m.country = bd.country;
    } else if (!rules->lookup("org_international_word", first)) {
      std::string cc = country_named(first, pc);
      std::string last = key.substr(key.rfind(' ') + 1);
      if (!cc.empty()) m.value = m.value.substr(m.value.find(' ') + 1);
      if (cc.empty() && rules->lookup("org_public_head", last)) cc = pc.country_before(*gaz, ctx, ms, sp.start);
      if (cc.empty() && rules->lookup("org_public_head", last)) cc = pc.article_country;
      if (!cc.empty()) {
        m.value += " (" + cc + ")";
        m.country = cc;
      }
    }
    for (size_t si = 0; si < ctx.segmentation.sentences.size(); ++si)
      if (ctx.segmentation.sentences[si].start <= sp.start && sp.end <= ctx.segmentation.sentences[si].end)
        m.sentence = static_cast<int>(si);
    added.push_back(std::move(m));
  }
  if (added.empty()) return;
  ms.erase(std::remove_if(ms.begin(), ms.end(), [&](const Mention& m) {
             return m.kind == Kind::Agency && std::any_of(added.begin(), added.end(), [&](const Mention& a) {
                      return a.span.start <= m.span.start && m.span.end <= a.span.end;
                    });
           }),
           ms.end());
  for (Mention& m : added) ms.push_back(std::move(m));
  std::stable_sort(ms.begin(), ms.end(), [](const Mention& a, const Mention& b) {
    return a.span.start != b.span.start ? a.span.start < b.span.start : a.span.end < b.span.end;
  });
}

// "The Kenya Red Cross said ... the Red Cross added": the bare society's name, in an article
// that names one country's society, names that society again.
void EntityNormalizer::Impl::societies(std::vector<Mention>& ms, const ArticleContext& ctx) const {
  for (const auto& [key, unused] : rules->table("org_national_society")) {
    const Mention* national = nullptr;
    bool one = true;
    for (const Mention& m : ms)
      if (m.kind == Kind::Agency && !m.country.empty() && fold_phrase(m.value).find(key) != std::string::npos) {
        one = one && (!national || national->value == m.value);
        national = &m;
      }
    if (!national || !one) continue;
    for (Mention& m : ms)
      if (m.kind == Kind::Agency && m.country.empty() && fold_phrase(m.text(ctx.body)) == key) {
        m.value = national->value;
        m.country = national->country;
      }
  }
}

// "The United Nations refugee agency, UNHCR, ...": an appositive names the same body.
void EntityNormalizer::Impl::appositives(std::vector<Mention>& ms, const ArticleContext& ctx) const {
  std::vector<size_t> idx;
  for (size_t i = 0; i < ms.size(); ++i)
    if (ms[i].kind == Kind::Agency) idx.push_back(i);
  for (size_t k = 0; k + 1 < idx.size(); ++k) {
    Mention& a = ms[idx[k]];
    Mention& b = ms[idx[k + 1]];
    if (b.span.start < a.span.end) continue;
    std::string_view gap = ctx.body.substr(a.span.end, b.span.start - a.span.end);
    if (gap != ", " && gap != " - " && gap != " – ") continue;
    bool a_table = a.rule == "gazetteer.agencies", b_table = b.rule == "gazetteer.agencies";
    // The named body (from the table) gives its name to the description next to it.
    if (b_table && !a_table) {
      a.value = b.value;
      a.acronym = b.acronym;
      a.country = b.country;
    } else if (a_table && !b_table) {
      b.value = a.value;
      b.acronym = a.acronym;
      b.country = a.country;
    } else if (a_table && b_table && !b.acronym.empty() && b.acronym == std::string(b.text(ctx.body)) &&
               a.acronym.empty()) {
      a.acronym = b.acronym;
    }
  }
}

void EntityNormalizer::run(std::vector<Mention>& mentions, const ArticleContext& ctx) const {
  PlaceContext pc;
  impl_->locations(mentions, ctx, pc);
  impl_->agencies(mentions, ctx, pc);
  impl_->appositives(mentions, ctx);
  impl_->initials(mentions, ctx, pc);
  impl_->acronyms(mentions, ctx);
  impl_->short_names(mentions, ctx);
  impl_->societies(mentions, ctx);
  for (Mention& m : mentions)
    if ((m.kind == Kind::Person) && m.value.empty())
      if (const std::string* v = find_attr(m.attrs, "value")) m.value = *v;
}

}  // namespace nf
