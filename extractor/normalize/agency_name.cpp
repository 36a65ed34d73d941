#include "extractor/normalize/agency_name.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include <re2/re2.h>

#include "extractor/rules/gazetteer_fold.h"
#include "extractor/rules/gazetteer_index.h"
#include "extractor/rules/rule_library.h"
#include "extractor/normalize/entity_util.h"
#include "extractor/text/possessive.h"
#include "extractor/text/split.h"

namespace nf {
namespace {

// "armed forces" -> "Armed Forces"
std::string title_case(std::string s) {
  bool start = true;
  for (char& c : s) {
    if (start && c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
    start = c == ' ' || c == '-';
  }
  return s;
}

// A token's text, as a key for the word sets.
std::string word_of(std::string_view body, const Token& t) { return std::string(t.text(body)); }

// "Statistics (BW)": a body's country, when known, closes its value.
void add_country(Mention& m, const std::string& cc) {
  if (cc.empty()) return;
  m.value += " (" + cc + ")";
  m.country = cc;
}

// A word of lower-case letters and hyphens ("neighbouring", "war-torn").
bool lower_word(std::string_view body, const Token& t) {
  if (!t.is(kTokWord) || !std::islower(static_cast<unsigned char>(body[t.start]))) return false;
  for (size_t k = t.start; k < t.end; ++k)
    if (!std::islower(static_cast<unsigned char>(body[k])) && body[k] != '-') return false;
  return true;
}

}  // namespace

AgencyNamer::AgencyNamer(const RuleLibrary& lib) : rules(&lib), gaz(Gazetteers::shared(lib)) {
  for (const char* macro : {"org_body_suffix", "org_dept_word"})
    for (const std::string& w : lib.list(macro)) name_heads.insert(w);
  for (const std::string& w : lib.list("geo_admin_word_cap")) admin_caps.insert(w);
  for (const std::string& w : lib.list("geo_person_like")) person_like.insert(fold_phrase(w));
  for (const std::string& w : lib.list("org_act_verb")) act_verbs.insert(w);
  source_before = lib.list("org_source_before");
  place_opening = lib.list("org_place_opening");
  lead_suffixes = lib.list("org_lead_suffix");
  for (const std::string& w : lib.list("org_modifier_before")) modifier_before.insert(w);
  for (const std::string& w : lib.list("org_modifier_generic")) modifier_generic.insert(w);
  for (const std::string& w : lib.list("org_speaker_word")) speaker_words.insert(w);
  RE2::Options o;
  o.set_encoding(RE2::Options::EncodingUTF8);
  o.set_log_errors(false);
  and_the = std::make_unique<RE2>(" and the (" + lib.expand_macros("%org_and_the_tail", MacroOrder::LongestFirst) + ")", o);
  if (!and_the->ok()) throw RuleError("org_and_the_tail: " + and_the->error());
  short_name_cue = std::make_unique<RE2>("(?:" + lib.expand_macros("%org_short_name_intro", MacroOrder::LongestFirst) +
                                             "),? (\\p{Lu}\\p{L}{1,11})\\b| \\((\\p{Lu}\\p{L}{1,11}), (?:" +
                                             lib.expand_macros("%org_short_name_gloss", MacroOrder::LongestFirst) + ")\\)",
                                         o);
  if (!short_name_cue->ok()) throw RuleError("org_short_name_intro: " + short_name_cue->error());
}

AgencyNamer::~AgencyNamer() = default;

// "The", "But", "its" (org_lead_word), or a word made with a suffix of org_lead_suffix
// ("Taliban-run", "Geneva-based"): before a name, no part of it.
bool AgencyNamer::lead_word(const std::string& word) const {
  if (rules->lookup("org_lead_word", word)) return true;
  for (const std::string& suffix : lead_suffixes)
    if (word.size() > suffix.size() + 1 && word.compare(word.size() - suffix.size(), suffix.size(), suffix) == 0) return true;
  return false;
}

std::string AgencyNamer::and_the_tail(Mention& m, const ArticleContext& ctx, const std::vector<Mention>& ms) const {
  re2::StringPiece text(ctx.body.data(), ctx.body.size()), g[2];
  if (!and_the->Match(text, m.span.end, ctx.body.size(), RE2::ANCHOR_START, g, 2)) return {};
  Span tail{static_cast<size_t>(g[1].data() - ctx.body.data()), static_cast<size_t>(g[1].data() - ctx.body.data() + g[1].size())};
  // Another body or a place there ("and the World Health Organization", "and the Red Cross").
  if (std::any_of(ms.begin(), ms.end(), [&](const Mention& o) {
        if (o.rule == "org.acronym" && rules->lookup("org_not_acronym", fold_phrase(o.text(ctx.body)))) return false;  // "AIDS"
        return (o.kind == Kind::Agency || o.kind == Kind::Location) && &o != &m && o.span.overlaps(tail);
      }))
    return {};
  std::string words(g[1].data(), g[1].size());
  const PhraseIndex::Node* body = gaz->body_names.find(fold_phrase(words));
  if ((body && !body->ids.empty()) || is_place(*gaz, fold_phrase(words))) return {};
  for (const std::string& w : split(words, ' '))
    if (name_heads.count(w)) return {};  // "and the Ministry of Education", "and the Police"
  if (m.sentence >= 0 && static_cast<size_t>(m.sentence) < ctx.segmentation.sentences.size() &&
      tail.end > ctx.segmentation.sentences[m.sentence].end)
    return {};
  m.span.end = tail.end;
  return words;
}

bool AgencyNamer::international(std::string_view name) const {
  std::string key = fold_phrase(name);
  size_t sp = key.find(' ');
  if (rules->lookup("org_international_word", key.substr(0, sp))) return true;
  if (sp == std::string::npos) return false;
  size_t sp2 = key.find(' ', sp + 1);
  return rules->lookup("org_international_word", key.substr(0, sp2)) != nullptr;
}

void AgencyNamer::assign_body(Mention& m, const Body& b) {
  m.value = b.name;
  m.acronym = b.acronym;
  m.country = b.country;
}

bool AgencyNamer::owned_body(Mention& m, const ArticleContext& ctx, const std::vector<Mention>& ms) const {
  std::string_view body = ctx.body;
  if (m.span.start >= 6 && body.compare(m.span.start - 6, 6, ", the ") == 0 &&
      std::any_of(ms.begin(), ms.end(), [&](const Mention& o) { return o.kind == Kind::Agency && o.span.end == m.span.start - 6; }))
    return false;
  size_t p = m.span.end;
  if (p < body.size() && body[p] == '.') ++p;  // "U.N" + ".'s"
  size_t ending = possessive_prefix(body.substr(p));
  std::string_view text = m.text(body);
  if (ending == 0 && !text.empty() && text.back() == 's')  // "United Nations'"
    ending = body.compare(p, 1, "'") == 0 ? 1 : body.compare(p, 3, "\xE2\x80\x99") == 0 ? 3 : 0;
  if (ending == 0 || body.compare(p + ending, 1, " ") != 0) return false;
  std::vector<std::string> owners{fold_phrase(text)};
  if (m.value == "United Nations") owners.insert(owners.end(), {"un", "united nations"});
  const Segmentation& seg = ctx.segmentation;
  std::string words;
  size_t best_end = 0;
  const Body* best = nullptr;
  size_t t = token_starting_at(seg, p + ending + 1);
  for (int k = 0; k < 4 && t < seg.tokens.size() && seg.tokens[t].is(kTokWord); ++k, ++t) {
    words += (words.empty() ? "" : " ") + fold_token(seg.tokens[t].text(body));
    for (const std::string& owner : owners)
      if (const PhraseIndex::Node* n = gaz->body_names.find(owner + " " + words); n && !n->ids.empty()) {
        best = &gaz->bodies[n->ids[0]];
        best_end = seg.tokens[t].end;
      }
    if (t + 1 < seg.tokens.size() && seg.tokens[t + 1].start != seg.tokens[t].end + 1) break;
  }
  if (!best) return false;
  m.span.end = best_end;
  assign_body(m, *best);
  return true;
}

bool AgencyNamer::take_table_body(Mention& m, std::string_view text) const {
  const PhraseIndex::Node* n = gaz->body_names.find(fold_phrase(text));
  if (!n || n->ids.empty()) return false;
  assign_body(m, gaz->bodies[n->ids[0]]);
  return true;
}

namespace {
// "U.N" matched before its last period ("the U.N. said"): dotted initials keep the period,
// as they are written and as CoNLL-style gold spans them.
void keep_initials_period(std::vector<Mention>& ms, std::string_view body) {
  for (Mention& m : ms) {
    if (m.kind != Kind::Agency) continue;
    std::string_view text = m.text(body);
    if (text.size() >= 3 && std::isupper(static_cast<unsigned char>(text.back())) && text[text.size() - 2] == '.' &&
        m.span.end < body.size() && body[m.span.end] == '.')
      ++m.span.end;
  }
}
}  // namespace

void AgencyNamer::run(std::vector<Mention>& ms, const ArticleContext& ctx, const PlaceContext& pc) const {
  name_each(ms, ctx, pc);
  appositives(ms, ctx);
  initials(ms, ctx, pc);
  acronyms(ms, ctx);
  short_names(ms, ctx);
  societies(ms, ctx);
  central_banks(ms, ctx);
  aliases(ms, ctx);
  same_names(ms, ctx);
  keep_initials_period(ms, ctx.body);
}

// "the National Disaster Management Authority and the Pakistan Army": two bodies joined by
// "and" where the first already ends in a head word; each is a mention of its own.
void AgencyNamer::split_joined(std::vector<Mention>& ms, const ArticleContext& ctx) const {
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
std::string AgencyNamer::society_of(const std::string& key, const std::string& cc) const {
  for (const Body& b : gaz->bodies)
    if (b.country == cc && fold_phrase(b.name).find(key) != std::string::npos) return b.name;
  return {};
}

// The country a folded word names as a country or a people ("kenya", "sudanese"); "" for
// anything else, a town or a province included ("Sindh Police" keeps its name).
std::string AgencyNamer::country_named(const std::string& folded, const PlaceContext& pc) const {
  // "U.S.", "U.K.": initials with their dots name the country as "US", "UK" do.
  if (folded.find('.') != std::string::npos && folded.size() <= 8) {
    std::string bare;
    size_t dots = 0;
    bool initials = true;
    for (char c : folded) {
      if (c == '.') ++dots;
      else if (std::isalpha(static_cast<unsigned char>(c))) bare.push_back(c);
      else initials = initials && c == ' ';
    }
    if (initials && bare.size() >= 2 && bare.size() <= 3 && dots + 1 >= bare.size()) return country_named(bare, pc);
  }
  if (gaz->demonyms.count(folded)) return pc.country_of_name(*gaz, folded);
  const PhraseIndex::Node* n = gaz->place_names.find(folded);
  if (!n || !gaz->any_country(n->ids)) return {};
  return pc.country_of_name(*gaz, folded);
}

// The mention's words after a body of the table or a country's name are a body the table
// knows: it takes that body's name ("United Nations Office for the Coordination of Humanitarian
// Affairs" -> OCHA). False when no such split exists.
bool AgencyNamer::table_tail(Mention& m, const ArticleContext& ctx, const PlaceContext& pc) const {
  std::string key = fold_phrase(m.text(ctx.body));
  for (size_t sp = key.find(' '); sp != std::string::npos; sp = key.find(' ', sp + 1)) {
    std::string head = key.substr(0, sp), rest = key.substr(sp + 1);
    if (head == "the") continue;
    if (head.compare(0, 4, "the ") == 0) head = head.substr(4);
    const PhraseIndex::Node* b = gaz->body_names.find(rest);
    if (!b || b->ids.empty()) continue;
    const PhraseIndex::Node* h = gaz->body_names.find(head);
    if ((!h || h->ids.empty()) && country_named(head, pc).empty()) continue;
    assign_body(m, gaz->bodies[b->ids[0]]);
    return true;
  }
  return false;
}

// "the Indonesian Red Cross", "Pakistan Red Crescent", "Iran's Red Crescent": a national
// society, named with its country; the alias table's name for that country's society when it
// has one.
void AgencyNamer::national_society(Mention& m, const ArticleContext& ctx, const PlaceContext& pc) const {
  std::string key = fold_phrase(m.text(ctx.body));
  if (!rules->lookup("org_national_society", key)) return;
  size_t p = m.span.start;
  if (p < 2 || ctx.body[p - 1] != ' ') return;
  size_t e = p - 1;  // end of the word before, past a possessive
  const size_t ending = possessive_suffix(ctx.body.substr(0, e));
  const bool possessive = ending > 0;
  e -= ending;
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
bool AgencyNamer::state_body(Mention& m, const ArticleContext& ctx, const PlaceContext& pc, std::string name,
                                        const std::string& suffix) const {
  std::string folded = fold_phrase(name + " " + suffix);
  size_t sp = name.find(' ');
  std::string first = fold_phrase(name.substr(0, sp));
  if (international(name)) return false;
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
    if (cc.empty()) {
      // "Iran's Red Crescent Society": the society of the country named just before.
      cc = country_just_before(ctx, pc, m.span.start);
      if (cc.empty() || fold_phrase(name).compare(0, key.size(), key) != 0) return false;
      std::string known = society_of(key, cc);
      m.value = known.empty() ? name + " " + suffix + " (" + cc + ")" : known;
      m.country = cc;
      return true;
    }
    std::string known = society_of(key, cc);
    m.value = known.empty() ? name.substr(sp + 1) + " " + suffix + " (" + cc + ")" : known;
    m.country = cc;
    return true;
  }
  bool is_public = rules->lookup("org_public_head", fold_phrase(suffix)) != nullptr;
  // "National Forestry Corporation": a state's corporation for a public task; one that trades
  // ("National Oil Corporation", org_commercial_word) keeps its name as a company's.
  if (!is_public && rules->lookup("org_public_corporation", fold_phrase(suffix)) && rules->lookup("org_state_word", first)) {
    is_public = true;
    for (const std::string& w : split(fold_phrase(name), ' ')) is_public = is_public && !rules->lookup("org_commercial_word", w);
  }
  // "Palestinian Prisoners' Society", "Zimbabwe Farmers' Union": a civic body takes the country
  // named inside its name, and keeps its name as written when none is.
  bool civic = !is_public && !rules->lookup("org_state_head", fold_phrase(suffix)) && rules->lookup("org_civic_head", fold_phrase(suffix));
  if (!is_public && !civic && !rules->lookup("org_state_head", fold_phrase(suffix))) return false;
  std::string cc;
  if (!first.empty()) cc = country_named(first, pc);
  if (!cc.empty()) {
    name = sp == std::string::npos ? "" : name.substr(sp + 1);
  }
  // "Royal Oman Police", "Royal Thai Navy": a country's name or people inside the name goes
  // into the parentheses as a leading one does (tests/data/entities_heldout/README.md).
  for (size_t at = name.find(' '); cc.empty() && at != std::string::npos; at = name.find(' ', at + 1)) {
    size_t next = name.find(' ', at + 1);
    std::string word = name.substr(at + 1, next == std::string::npos ? std::string::npos : next - at - 1);
    std::string inner = country_named(fold_phrase(word), pc);
    if (inner.empty()) continue;
    cc = inner;
    name = name.substr(0, at) + (next == std::string::npos ? "" : name.substr(next));
  }
  if (cc.empty()) {
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
  // "Brazil's Federal Police", "the National Police": a state's armed body.
  if (civic && cc.empty()) return false;
  // "Specialized Land Border Security Corps": an armed body guarding a state's field.
  bool guards_field = false;
  for (const std::string& w : split(fold_phrase(name), ' ')) guards_field = guards_field || rules->lookup("org_state_field_word", w);
  if (cc.empty() && !is_public && (rules->lookup("org_state_word", first) || guards_field)) {
    cc = country_just_before(ctx, pc, m.span.start);
    if (cc.empty()) cc = pc.article_country;
  }
  // "India's Border Roads Organisation" in a Thimphu story: the country named just before.
  if (cc.empty() && is_public) cc = country_just_before(ctx, pc, m.span.start);
  if (cc.empty() && is_public) {
    cc = pc.article_country;  // "Grain Marketing Board" in a Harare story
    m.attrs.emplace_back("country_default", "1");
  }
  if (cc.empty()) return false;
  m.value = (name.empty() ? "" : name + " ") + title_case(suffix) + " (" + cc + ")";
  m.country = cc;
  return true;
}

void AgencyNamer::name_each(std::vector<Mention>& ms, const ArticleContext& ctx, const PlaceContext& pc) const {
  split_joined(ms, ctx);
  const Gazetteers& g = *gaz;
  const Dateline& dl = ctx.article.dateline;
  std::vector<Span> owned;  // "UN's Population Fund": spans owned_body widened
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
      // "through UN agencies": the short name of a body before plural bodies (org_plural_bodies)
      // only says whose they are.
      if (std::all_of(text.begin(), text.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)) || c == '.'; }) &&
          m.span.end < ctx.body.size() && ctx.body[m.span.end] == ' ') {
        size_t e = m.span.end + 1;
        while (e < ctx.body.size() && std::islower(static_cast<unsigned char>(ctx.body[e]))) ++e;
        if (rules->lookup("org_plural_bodies", std::string(ctx.body.substr(m.span.end + 1, e - m.span.end - 1)))) {
          m.attrs.emplace_back("drop", "1");
          continue;
        }
      }
      assign_body(m, g.bodies[std::stoul(attr(m, "body"))]);
      national_society(m, ctx, pc);
      if (owned_body(m, ctx, ms)) owned.push_back(m.span);
      continue;
    }
    if (m.rule == "org.company" || m.rule == "org.body" || m.rule == "org.body_in" || m.rule == "org.acronym" ||
        m.rule == "org.described" || m.rule == "org.apposed" || m.rule == "org.bank_of" || m.rule == "org.country_named" ||
        m.rule == "org.country_named_source" || m.rule == "org.country_acronym" || m.rule == "org.head_of" || m.rule == "org.demonym_named" ||
        m.rule == "org.morpheme_name" || m.rule == "org.foreign_head" || m.rule == "org.foreign_head_of") {
      named_organisation(m, ctx, pc);
      continue;
    }
    // "the UN health agency", "a global health agency": no country's body. "the Turkish
    // disaster agency AFAD", "the state weather bureau PAGASA": a description of the name
    // right after it, which is the mention.
    if (m.rule == "org.level_government" && fold_phrase(attr(m, "level")) == "state" && attr(m, "head") == "administration") {
      m.attrs.emplace_back("drop", "1");  // "state administration of the schools": a way of running things
      continue;
    }
    // "Jordan's government" is a country's; "Castro's government" (a person's, or a town's) none.
    if (m.rule == "org.national_government" && m.span.start >= 2 && ctx.body[m.span.start - 1] == ' ' &&
        possessive_suffix(ctx.body.substr(0, m.span.start - 1)) > 0 && country_named(fold_phrase(attr(m, "place")), pc).empty()) {
      m.attrs.emplace_back("drop", "1");
      continue;
    }
    bool generic = m.rule == "org.generic" || m.rule == "org.generic_national" || m.rule == "org.generic_of" ||
                   m.rule == "org.level_government" || m.rule == "org.government_subject" || m.rule == "org.government_according";
    bool describes = generic && ctx.body.compare(m.span.end, 1, " ") == 0 &&
                     std::any_of(ms.begin(), ms.end(), [&](const Mention& o) {
                       return o.kind == Kind::Agency && o.span.start == m.span.end + 1;
                     });
    // "the national weather service, SODEXAM, recorded", "the meteorological agency (DMN)":
    // initials set off right after the description are the body it describes; a list goes
    // on after its comma ("the health ministry, UNICEF, and WHO").
    if (generic && !describes && m.span.end + 2 < ctx.body.size()) {
      std::string_view gap = ctx.body.substr(m.span.end, 2);
      if (gap == ", " || gap == " (")
        describes = std::any_of(ms.begin(), ms.end(), [&](const Mention& o) {
          if (o.kind != Kind::Agency || o.rule != "org.acronym" || o.span.start != m.span.end + 2) return false;
          std::string_view after = ctx.body.substr(o.span.end, 6);
          return gap == " (" ? after.substr(0, 1) == ")"
                             : after.substr(0, 1) == "," && after.substr(0, 6) != ", and " && after.substr(0, 5) != ", or ";
        });
    }
    // "Kyrgyzhydromet, the state weather service, warned": an apposition to the name before.
    if (generic && !describes) {
      size_t b = m.span.start;
      while (b > 0 && (std::islower(static_cast<unsigned char>(ctx.body[b - 1])) || ctx.body[b - 1] == ' ' ||
                       ctx.body[b - 1] == '-' || ctx.body[b - 1] == '\''))
        --b;
      std::string_view words = ctx.body.substr(b, m.span.start - b);
      bool article = words.substr(0, 5) == " the " || words.substr(0, 3) == " a " || words.substr(0, 5) == " its ";
      // ", Guatemala's disaster agency": a country's possessive right after the comma.
      for (const Mention& l : ms) {
        if (article || l.kind != Kind::Location || l.country.empty() || l.span.end >= m.span.start || l.span.start < 2 ||
            ctx.body.compare(l.span.start - 2, 2, ", ") != 0)
          continue;
        size_t poss = possessive_prefix(ctx.body.substr(l.span.end, m.span.start - l.span.end));
        if (poss > 0 && l.span.end + poss + 1 == m.span.start && ctx.body[m.span.start - 1] == ' ') {
          article = true;
          b = l.span.start - 1;
        }
      }
      describes = article && b > 0 && ctx.body[b - 1] == ',' && std::any_of(ms.begin(), ms.end(), [&](const Mention& o) {
                    // "In Ndola, the provincial health office said": a name already dropped (a
                    // place, an opening word) is nothing the body could describe.
                    return o.kind == Kind::Agency && o.span.end == b - 1 && o.rule != "org.generic" && attr(o, "drop").empty();
                  });
    }
    if (generic && (!attr(m, "owner").empty() || describes)) {
      m.attrs.emplace_back("drop", "1");
      continue;
    }
    // "an army post", "ruled by military juntas": a modifier, not the body; "an army spokesman
    // said" speaks for it (org_modifier_before, org_modifier_generic, org_speaker_word).
    if (m.rule == "org.generic" && modifier_generic.count(std::string(text))) {
      const Segmentation& seg = ctx.segmentation;
      size_t k = token_starting_at(seg, m.span.start), n = seg.tokens.size();
      std::string before, after;
      if (k != n && k > 0 && seg.tokens[k - 1].end + 1 == m.span.start && ctx.body[m.span.start - 1] == ' ')
        before = word_of(ctx.body, seg.tokens[k - 1]);
      size_t a = token_starting_at(seg, m.span.end + 1);
      bool lower_after = a != n && ctx.body[m.span.end] == ' ' && std::islower(static_cast<unsigned char>(ctx.body[m.span.end + 1]));
      if (lower_after) {
        after = word_of(ctx.body, seg.tokens[a]);
        after.resize(after.size() - possessive_suffix(after));  // "an army spokesman's statement"
      }
      if (lower_after && modifier_before.count(before) && !speaker_words.count(after)) {
        m.attrs.emplace_back("drop", "1");
        continue;
      }
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
      if (first.empty() || !lead_word(first)) break;
      size_t cut = sp == std::string::npos ? dept.size() : sp + 1;
      if (text.substr(0, cut) == std::string_view(dept).substr(0, cut)) m.span.start += cut;
      dept = dept.substr(cut);
      text = m.text(ctx.body);
    }
    while (m.span.start < m.span.end && ctx.body[m.span.start] == ' ') ++m.span.start;
    text = m.text(ctx.body);
    // "Ministry of Public Health and the Fight against AIDS".
    if ((head == "Ministry" || head == "Department") &&
        ((m.rule == "org.ministry_of" && place.empty()) || (m.rule == "org.dept_of_place" && !place.empty()))) {
      std::string& field = m.rule == "org.ministry_of" ? dept : place;  // the words after "of"
      std::string tail_words = and_the_tail(m, ctx, ms);
      if (!tail_words.empty()) {
        field += " and the " + tail_words;
        text = m.text(ctx.body);
      }
    }
    // "Central Bank of Nigeria": a pattern's whole name is a body of the table; the table's.
    if (!generic && take_table_body(m, text)) continue;
    // "Central Bank of Kenya", "State Bank of Vietnam": a bank named by its country keeps its
    // name as written, as "Bank of Zambia" and the table's "Central Bank of Nigeria" do.
    if (m.rule == "org.dept_of_place" && head == "Bank" && !place.empty())
      if (std::string cc = country_named(fold_phrase(place), pc); !cc.empty()) {
        m.value = std::string(text);
        m.country = cc;
        continue;
      }
    // "United Nations Office for the Coordination of Humanitarian Affairs", "UN World Food
    // Programme": a body of the table named after another body or a country; the table's.
    if (table_tail(m, ctx, pc)) continue;
    // "The Ministry of Health said": with "The" gone no word is left before the head, and the
    // phrase after "of" names the department, not a place.
    bool head_first = m.rule == "org.ministry_of";  // "Office of the Prime Minister"
    if (m.rule == "org.dept_of_place" && dept.empty() && !place.empty() &&
        pc.country_of_name(g, fold_phrase(place)).empty()) {
      head_first = true;
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
    // "South Sudan Ministry of Health": a country of up to three words.
    if ((named_of || m.rule == "org.dept_named") && std::count(dept.begin(), dept.end(), ' ') <= 2) {
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
    // "New Zealand High Commission": a country of two or three words at the head of the name.
    if (country.empty())
      for (size_t sp = dept.find(' '), n = 2; sp != std::string::npos && n <= 3; ++n) {
        sp = dept.find(' ', sp + 1);
        if (sp == std::string::npos) break;
        if (std::string cc = country_named(fold_phrase(dept.substr(0, sp)), pc); !cc.empty()) {
          country = cc;
          dept = dept.substr(sp + 1);
          break;
        }
      }
    // A demonym or a place at the head of the name: "Afghan Refugee Ministry", "Kenya Police".
    for (;;) {
      size_t sp = dept.find(' ');
      if (sp == std::string::npos) break;
      std::string first = fold_phrase(dept.substr(0, sp));
      // A country's initials in capitals ("US State Department", "UK Home Office") are no
      // province's name and no common word ("us").
      std::string_view written = std::string_view(dept).substr(0, sp);
      bool capitals = std::all_of(written.begin(), written.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)) || c == '.'; });
      // "Niger State Emergency Management Agency": a province named like a country.
      size_t sp2 = dept.find(' ', sp + 1);
      if (!capitals && province_word(std::string_view(dept).substr(sp + 1, sp2 == std::string::npos ? std::string::npos : sp2 - sp - 1))) break;
      // "Union Health Ministry": a town named like a common word is no country.
      if (!capitals && g.common_words.count(first) && !g.demonyms.count(first)) {
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
    if (!generic && m.rule != "org.government_of" && m.rule != "org.national_government" && dept.empty() &&
        country.empty() && tail.empty()) {
      m.attrs.emplace_back("drop", "1");
      continue;
    }
    if (!place.empty()) {
      std::string cc = pc.country_of_name(g, fold_phrase(place));
      // "the Kilifi County government": the province's name without its unit word.
      if (size_t sp = place.rfind(' '); cc.empty() && m.rule == "org.national_government" && sp != std::string::npos &&
                                        province_word(std::string_view(place).substr(sp + 1)))
        cc = pc.country_of_name(g, fold_phrase(place.substr(0, sp)));
      if (!cc.empty()) country = cc;
      else if (m.rule == "org.government_of") dept = "of " + place;
      else if (m.rule == "org.dept_of_place") head += " of " + place;  // "National Bureau of Statistics": no place, part of the name
    }
    if (!attr(m, "need_country").empty() && country.empty()) {  // "the Kenyan government", not "the new government"
      m.attrs.emplace_back("drop", "1");
      continue;
    }
    // "Australia has sent aid, its High Commission said": a mission is the country's that its
    // sentence last names before "its" (org_mission_head), not the seat's or the article's.
    if (country.empty() && m.span.start >= 4 && ctx.body.compare(m.span.start - 4, 4, "its ") == 0 &&
        mission_head(text))
      for (const Mention& l : ms)
        if (l.kind == Kind::Location && l.sentence == m.sentence && l.span.end <= m.span.start && !l.country.empty() &&
            !country_named(fold_phrase(std::string(l.text(ctx.body))), pc).empty())
          country = l.country;
    // "UN Integrated Office", "International ... Commission": no one country's body.
    bool intl = international(dept);
    if (country.empty() && !intl) country = pc.country_before(g, ctx, ms, m.span.start);
    // "the National Disaster Management Office in Suva said" in a story from Wellington: a
    // place named right after "in" is the body's seat.
    // "the Ministry of Health in neighbouring Uganda": up to two lower-case words between.
    if (country.empty() && !intl && ctx.body.compare(m.span.end, 4, " in ") == 0)
      for (size_t at : lower_words_after(ctx, m.span.end + 4, 2))
        for (const Mention& l : ms)
          if (country.empty() && l.kind == Kind::Location && l.span.start == at && !l.country.empty()) country = l.country;
    if (country.empty() && !intl) country = opening_country(ctx, pc, ms, m);
    if (country.empty() && !intl && !pc.article_country.empty()) {
      country = pc.article_country;
      m.attrs.emplace_back("country_default", "1");
    }
    if (!attr(m, "need_any_country").empty() && country.empty()) {  // "The government said" in a story of no known country
      m.attrs.emplace_back("drop", "1");
      continue;
    }
    std::string name;
    if (generic || m.rule == "org.government_of" || m.rule == "org.national_government") {
      name = title_case(fold_phrase(head));
      // "the regional administration", "the state government"; "the federal government" is the
      // country's own; "the provincial government of Ontario" is Ontario's, as "the Sindh government".
      if (m.rule == "org.level_government") {
        std::string level = fold_phrase(attr(m, "level"));
        bool national = head == "government" && rules->lookup("org_national_level", level);
        if (!place.empty() && country_named(fold_phrase(place), pc).empty()) name = place + " " + name;
        else if (!national) name = title_case(level) + " " + name;
      }
      if (!dept.empty()) name += " " + dept;
      // "the Sindh government": a province's or a town's government keeps its name.
      if ((m.rule == "org.national_government" || m.rule == "org.government_of") && !place.empty() &&
          !country.empty() && country_named(fold_phrase(place), pc).empty() && !starts_with(dept, "of "))
        name = place + " " + name;
      if (m.rule == "org.generic_of") name = title_case(dept) + " " + title_case(fold_phrase(head));  // "the ministry of health"
    } else if (head_first && !dept.empty() && head != "Ministry" && head != "Department") {
      // Only a ministry or a department is named by its field first ("Health Ministry"); any
      // other head-first body as written ("Office of the Prime Minister").
      name = head + (text.find(head + " of the ") != std::string_view::npos ? " of the " : " of ") + dept;
    } else {
      name = dept.empty() ? head : dept + " " + head;
      if (!tail.empty()) name += " " + tail;
    }
    m.value = name;
    m.country = country;
    if (!country.empty() && starts_with(dept, "of ") == false) m.value += " (" + country + ")";
  }
  // A mention inside a widened span ("Population Fund" in "UN's Population Fund") is part of it.
  for (Mention& m : ms)
    if (m.kind == Kind::Agency && std::any_of(owned.begin(), owned.end(), [&](const Span& o) {
          return o.contains(m.span) && (o.start != m.span.start || o.end != m.span.end);
        }))
      m.attrs.emplace_back("drop", "1");
  ms.erase(std::remove_if(ms.begin(), ms.end(), [](const Mention& m) { return find_attr(m.attrs, "drop") != nullptr; }),
           ms.end());
}

// Whether a name ends with a diplomatic mission's head ("New Zealand High Commission", "Chinese
// Embassy"; org_mission_head).
bool AgencyNamer::mission_head(std::string_view text) const {
  std::string key = fold_phrase(std::string(text));
  for (const auto& [head, unused] : rules->table("org_mission_head"))
    if (key.size() >= head.size() && key.compare(key.size() - head.size(), head.size(), head) == 0 &&
        (key.size() == head.size() || key[key.size() - head.size() - 1] == ' '))
      return true;
  return false;
}

bool AgencyNamer::caps_sentence(const ArticleContext& ctx, int sentence) const {
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
void AgencyNamer::named_organisation(Mention& m, const ArticleContext& ctx, const PlaceContext& pc) const {
  const Gazetteers& g = *gaz;
  std::string name = attr(m, "name");
  auto strip_lead = [&] {
    for (;;) {
      size_t sp = name.find(' ');
      std::string first = name.substr(0, sp);
      if (first.empty() || !lead_word(first)) break;
      // "Federal Police": a state's word before a head is the name, not a leading word.
      if (sp == std::string::npos && m.rule == "org.body" && rules->lookup("org_state_word", first)) break;
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
  // "a sociologist at the University of Oran": a school is a mention only as a source.
  if ((m.rule == "org.body" || m.rule == "org.head_of") && rules->lookup("org_school_head", fold_phrase(attr(m, "suffix"))) &&
      !source_position(ctx, m.span)) {
    m.attrs.emplace_back("drop", "1");
    return;
  }
  if (m.rule == "org.bank_of" || m.rule == "org.country_named" || m.rule == "org.country_named_source" || m.rule == "org.country_acronym" ||
      m.rule == "org.demonym_named")
    return named_by_country(m, ctx, pc);
  std::string key = fold_phrase(name);
  auto drop = [&] { m.attrs.emplace_back("drop", "1"); };
  if (key.empty()) return drop();
  // "Thermostat", "Diatom": a dictionary word, a place or a people is no body's name.
  if (m.rule == "org.morpheme_name" && (g.common_words.count(key) || is_place(g, key) || g.demonyms.count(key) || person_like.count(key)))
    return drop();
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
  if ((m.rule == "org.body" || m.rule == "org.company" || m.rule == "org.head_of") && take_table_body(m, text)) return;
  // "West Bank", "Gold Coast": a place the gazetteer knows, named with a body's head word.
  if (m.rule == "org.body" && is_place(g, fold_phrase(text))) return drop();
  size_t sp = key.find(' ');
  // "State Oil Fund of Azerbaijan": an "of <country>" tail is the body's country, in the
  // parentheses (tests/data/entities_heldout/README.md); the rest as a name without it.
  if (m.rule == "org.body" && !attr(m, "place").empty()) {
    std::string cc = country_named(fold_phrase(attr(m, "place")), pc);
    size_t of = text.rfind(" of ");
    if (!cc.empty() && of != std::string_view::npos && !international(name)) {
      m.value = std::string(text.substr(0, of)) + " (" + cc + ")";
      m.country = cc;
      return;
    }
  }
  if (m.rule == "org.body" && state_body(m, ctx, pc, name, attr(m, "suffix")))
    return;
  // "National Institute for Disaster Risk Management and Reduction (INGD)": a state's body as
  // written, with the country of its first word or, for a civil body, the article's.
  if (m.rule == "org.body_in") {
    if (table_tail(m, ctx, pc)) return;
    std::string first = key.substr(0, key.find(' '));
    if (international(key)) return;
    std::string cc = country_named(first, pc);
    if (!cc.empty()) {
      m.value = m.value.substr(m.value.find(' ') + 1);
    } else if (rules->lookup("org_public_head", fold_phrase(attr(m, "suffix")))) {
      cc = country_just_before(ctx, pc, m.span.start);  // "Brazil's National Institute for ..." in a La Paz story
      if (cc.empty()) cc = pc.article_country;
    }
    add_country(m, cc);
    return;
  }
  // "Office des Changes", "Instituto Nacional de Estadística": a body named in another language,
  // as written, of the country named before it or the article's; a bank's name alone
  // ("Bank Al-Maghrib", "Banco de la República": the bank convention).
  if (m.rule == "org.foreign_head" || m.rule == "org.foreign_head_of") {
    const std::string* kind = rules->lookup(m.rule == "org.foreign_head" ? "org_foreign_head_kind" : "org_foreign_head_of_kind",
                                            attr(m, "suffix"));
    if (kind && *kind == "bank") return;
    std::string cc = country_just_before(ctx, pc, m.span.start);
    add_country(m, cc.empty() ? pc.article_country : cc);
    return;
  }
  // "the Court of Appeal": a state's civil body, of the country named before it or the article's.
  if (m.rule == "org.head_of") {
    if (text.substr(0, 4) == "The " || text.substr(0, 4) == "the ") {
      m.span.start += 4;
      m.value = m.value.substr(4);
    }
    if (!rules->lookup("org_public_head", fold_phrase(attr(m, "suffix")))) return;
    // "Organization of American States": an "of" phrase of several states or a continent.
    for (size_t w = 0; w < key.size();) {
      size_t sp2 = key.find(' ', w);
      if (rules->lookup("org_international_part", key.substr(w, sp2 == std::string::npos ? std::string::npos : sp2 - w))) return;
      if (sp2 == std::string::npos) break;
      w = sp2 + 1;
    }
    std::string cc = country_just_before(ctx, pc, m.span.start);
    add_country(m, cc.empty() ? pc.article_country : cc);
    return;
  }
  if (m.rule == "org.body") m.country = pc.country_of_name(g, key.substr(0, sp));
  // "Moreover, the company said": a dictionary word opening the sentence is no name.
  if (m.rule == "org.apposed" && opens_sentence && (g.common_words.count(key) || g.function_words.count(key))) return drop();
  if (m.rule == "org.described" || m.rule == "org.apposed") {
    size_t sp1 = key.find(' ');
    if (rules->lookup("org_not_name", key.substr(0, sp1)) || is_place(g, key) || g.demonyms.count(key)) return drop();
    m.attrs.emplace_back("short", name);
    if (m.rule == "org.described") civic_country_tail(m, ctx, pc);
    // "Conred, Guatemala's disaster agency,": the country whose possessive opens the apposition.
    if (m.rule == "org.apposed" && ctx.body.compare(m.span.end, 2, ", ") == 0) {
      size_t a = m.span.end + 2;
      if (ctx.body.compare(a, 4, "the ") == 0) a += 4;
      size_t pos = ctx.body.find("'s ", a), curly = ctx.body.find("\xE2\x80\x99s ", a);
      size_t end = std::min(pos, curly);
      if (end != std::string_view::npos && end - a < 40) {
        std::string cc = country_named(fold_phrase(std::string(ctx.body.substr(a, end - a))), pc);
        if (!cc.empty() && !international(name)) {
          m.value += " (" + cc + ")";
          m.country = cc;
        }
      }
    }
  }
  if (m.rule == "org.company" && !is_place(g, key) &&
      rules->lookup("org_short_name_suffix", attr(m, "suffix")))
    m.attrs.emplace_back("short", name);
}

// "In Spain, the Interior Ministry said ...", "In neighbouring Uganda, the Ministry of Health
// reported": the country of a sentence that opens with a phrase of org_place_opening ("In",
// "Elsewhere in"), up to two lower-case words and a country (not the article's) and a comma,
// for a body after it in that sentence; "" else.
std::string AgencyNamer::opening_country(const ArticleContext& ctx, const PlaceContext& pc, const std::vector<Mention>& ms,
                                         const Mention& m) const {
  if (m.sentence < 0 || static_cast<size_t>(m.sentence) >= ctx.segmentation.sentences.size()) return {};
  size_t b = ctx.segmentation.sentences[m.sentence].start;
  const Dateline& dl = ctx.article.dateline;
  if (dl.found && dl.span.start >= b && dl.span.end <= m.span.start) return {};  // the dateline's sentence is the article's
  while (b < m.span.start && (ctx.body[b] == ' ' || ctx.body[b] == '"')) ++b;
  size_t after = std::string::npos;
  for (const std::string& opening : place_opening)
    if (ctx.body.compare(b, opening.size() + 1, opening + " ") == 0) after = std::max(after == std::string::npos ? 0 : after, b + opening.size() + 1);
  if (after == std::string::npos) return {};
  for (size_t at : lower_words_after(ctx, after, 2)) {
    for (const Mention& l : ms) {
      if (l.kind != Kind::Location || l.span.start != at || l.span.end >= m.span.start) continue;
      // "In Russia's Kurgan region, the governor's office said": a country's possessive names
      // the country of the place after it; the opening still ends at a comma.
      bool possessive = ctx.body.compare(l.span.end, 2, "'s") == 0 || ctx.body.compare(l.span.end, 4, "\u2019s") == 0;
      if (ctx.body.compare(l.span.end, 1, ",") != 0 &&
          !(possessive && ctx.body.find(',', l.span.end) < m.span.start))
        return {};
      std::string cc = country_named(fold_phrase(l.text(ctx.body)), pc);
      return cc == pc.article_country ? std::string() : cc;
    }
  }
  return {};
}

// Where a name may start at `p` after up to `max` lower-case words ("neighbouring ",
// "war-torn "): `p` itself first, then after each word.
std::vector<size_t> AgencyNamer::lower_words_after(const ArticleContext& ctx, size_t p, int max) {
  const Segmentation& seg = ctx.segmentation;
  std::vector<size_t> at{p};
  for (int k = 0; k < max; ++k) {
    size_t t = token_starting_at(seg, p);
    if (t == seg.tokens.size() || !lower_word(ctx.body, seg.tokens[t])) break;
    size_t q = seg.tokens[t].end;
    if (q >= ctx.body.size() || ctx.body[q] != ' ') break;
    p = q + 1;
    at.push_back(p);
  }
  return at;
}

// Whether a name at `sp` is where a source stands: an act verb after it ("Kabul University
// said", org_act_verb) or "according to (the)" before it.
bool AgencyNamer::source_position(const ArticleContext& ctx, Span sp) const {
  std::string_view body = ctx.body;
  const Segmentation& seg = ctx.segmentation;
  const size_t n = seg.tokens.size();
  size_t p = sp.end;
  // "The National Referral Hospital in Honiara said": its seat between name and verb.
  if (body.compare(p, 4, " in ") == 0) {
    size_t t = token_starting_at(seg, p + 4);
    for (int words = 0; words < 3 && t != n && seg.tokens[t].is(kTokWord) && seg.tokens[t].is(kTokUpper); ++words) {
      p = seg.tokens[t].end;
      if (t + 1 == n || seg.tokens[t + 1].start != p + 1 || body[p] != ' ') break;
      ++t;
    }
  }
  // "X Hospital's director said": its speaker (org_speaker_word) before the verb.
  bool verb_may_follow = true;
  if (size_t ending = possessive_prefix(body.substr(p)); ending > 0) {
    size_t t = p + ending < body.size() && body[p + ending] == ' ' ? token_starting_at(seg, p + ending + 1) : n;
    verb_may_follow = t != n && speaker_words.count(word_of(body, seg.tokens[t]));
    if (verb_may_follow) p = seg.tokens[t].end;
  }
  if (verb_may_follow && p < body.size() && body[p] == ',') ++p;
  if (verb_may_follow && p < body.size() && body[p] == ' ') {
    size_t t = token_starting_at(seg, p + 1);
    // "has recorded": the perfect tense of an act verb.
    if (t != n && t + 1 < n && rules->lookup("org_perfect_aux", word_of(body, seg.tokens[t])) && seg.tokens[t + 1].start == seg.tokens[t].end + 1)
      ++t;
    if (t != n && act_verbs.count(word_of(body, seg.tokens[t]))) return true;
  }
  // "according to (the) " right before, its first letter in either case.
  std::string_view before = body.substr(0, sp.start);
  for (const std::string& cue : source_before) {
    if (before.size() < cue.size() + 1 || before.back() != ' ') continue;
    std::string_view w = before.substr(before.size() - cue.size() - 1, cue.size());
    if (std::tolower(static_cast<unsigned char>(w[0])) == cue[0] && w.substr(1) == std::string_view(cue).substr(1)) return true;
  }
  return false;
}

// The country of the one to three words right before `pos`, with or without a possessive
// ("Brazil's ", "Sri Lanka's ", "Bolivian "); "" when they name none.
std::string AgencyNamer::country_just_before(const ArticleContext& ctx, const PlaceContext& pc, size_t pos) const {
  std::string_view body = ctx.body;
  if (pos < 2 || body[pos - 1] != ' ') return {};
  size_t e = pos - 1;
  e -= possessive_suffix(body.substr(0, e));
  size_t w = e;
  for (int words = 0; words < 3; ++words) {
    while (w > 0 && std::isalpha(static_cast<unsigned char>(body[w - 1]))) --w;
    if (w == e || !std::isupper(static_cast<unsigned char>(body[w]))) return {};
    std::string cc = country_named(fold_phrase(body.substr(w, e - w)), pc);
    if (!cc.empty()) return cc;
    if (w < 2 || body[w - 1] != ' ') return {};
    --w;
  }
  return {};
}

// "Bank of Zambia", "Kenya Power raised", "Statistics Indonesia said": a body named by its
// country and one more word, the name as written with that country. Not two places, not a
// direction or an adverb with a country ("Northern Nigeria reported"), not a longer name's end
// ("Papua New Guinea said"), not a country named like a person ("Michael Jordan said").
void AgencyNamer::named_by_country(Mention& m, const ArticleContext& ctx, const PlaceContext& pc) const {
  const Gazetteers& g = *gaz;
  auto drop = [&] { m.attrs.emplace_back("drop", "1"); };
  std::string_view text = m.text(ctx.body);
  if (m.rule == "org.bank_of" && (text.substr(0, 4) == "The " || text.substr(0, 4) == "the ")) {
    m.span.start += 4;
    text = m.text(ctx.body);
  }
  if (take_table_body(m, text)) return;
  std::string key = fold_phrase(text);
  if (is_place(g, key)) return drop();
  std::string country;
  if (m.rule == "org.bank_of") {
    std::string place = fold_phrase(attr(m, "name"));
    country = country_named(place, pc);
    if (country.empty() || g.demonyms.count(place)) return drop();
  } else if (m.rule == "org.demonym_named") {
    // "Russian Railways said": a people's adjective and a plural dictionary noun naming no people.
    size_t sp = key.find(' ');
    std::string a = key.substr(0, sp), b = key.substr(sp + 1);
    auto d = g.demonyms.find(a);
    if (d == g.demonyms.end() || !g.common_words.count(b) || g.demonyms.count(b) || is_place(g, b) ||
        rules->lookup("org_country_body_not", b) || rules->lookup("org_not_name", b))
      return drop();
    country = d->second;
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
  // "Statistics Botswana", "Maldives Immigration": a state's service named by its task
  // (org_state_service_word) leaves its country out of the value (the country-name convention
  // of tests/data/entities_heldout/README.md); any other word keeps the name as written
  // ("Kenya Power", "Tanzania Breweries", "Migracion Colombia").
  if (m.rule == "org.country_named" || m.rule == "org.country_named_source" || m.rule == "org.country_acronym") {
    size_t sp = key.find(' ');
    std::string a = key.substr(0, sp), b = key.substr(sp + 1);
    bool a_country = country_named(a, pc) == country;
    const std::string& other = a_country ? b : a;
    if (rules->lookup("org_state_service_word", other)) {
      std::string_view word = a_country ? text.substr(text.find(' ') + 1) : text.substr(0, text.find(' '));
      m.value = std::string(word) + " (" + country + ")";
    }
  }
}

// "aid group Caritas Benin": a civic body described as such (org_civic_descriptor) whose name
// ends with a country's name: the value without it, the country in parentheses, as for any
// national body's name (tests/data/entities_heldout/README.md). True when it did so.
bool AgencyNamer::civic_country_tail(Mention& m, const ArticleContext& ctx, const PlaceContext& pc) const {
  size_t p = m.span.start;
  while (p > 0 && (ctx.body[p - 1] == ' ' || ctx.body[p - 1] == ',')) --p;
  size_t w = p;
  while (w > 0 && (std::isalpha(static_cast<unsigned char>(ctx.body[w - 1])) || ctx.body[w - 1] == '-')) --w;
  if (w == p || !rules->lookup("org_civic_descriptor", fold_token(ctx.body.substr(w, p - w)))) return false;
  std::string_view text = m.text(ctx.body);
  // The country's name of one to three words at the end ("Caritas Benin", "Caritas Sierra Leone").
  for (size_t at = text.find(' '); at != std::string_view::npos; at = text.find(' ', at + 1)) {
    std::string tail = fold_phrase(std::string(text.substr(at + 1)));
    if (std::count(tail.begin(), tail.end(), ' ') > 2 || gaz->demonyms.count(tail) || person_like.count(tail)) continue;
    std::string cc = country_named(tail, pc);
    if (cc.empty()) continue;
    m.value = std::string(text.substr(0, at)) + " (" + cc + ")";
    m.country = cc;
    return true;
  }
  return false;
}


}  // namespace nf
