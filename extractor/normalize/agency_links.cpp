// Links between agency mentions of one article (AgencyNamer, see agency_name.h).
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

// "Apple Inc. ... Apple said": a company's name without its suffix names it again.
void AgencyNamer::short_names(std::vector<Mention>& ms, const ArticleContext& ctx) const {
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
      m.sentence = sentence_containing(ctx.segmentation, sp);
      added.push_back(std::move(m));
    }
  }
  for (Mention& m : added) ms.push_back(std::move(m));
  std::stable_sort(ms.begin(), ms.end(), [](const Mention& a, const Mention& b) {
    return a.span.start != b.span.start ? a.span.start < b.span.start : a.span.end < b.span.end;
  });
}

namespace {

// "DoDMA", "MoHFW": initials with the connectors' letters in lower case.
bool mixed_initials(std::string_view w) {
  return w.size() >= 3 && w.size() <= 8 && std::isupper(static_cast<unsigned char>(w[0])) &&
         std::all_of(w.begin(), w.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }) &&
         std::count_if(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; }) >= 2 &&
         std::any_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

bool all_capitals(std::string_view w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

}  // namespace

bool AgencyNamer::short_name_word(std::string_view w) const {
  if (w.size() < 3 || w.size() > 12 || !std::isupper(static_cast<unsigned char>(w[0]))) return false;
  for (size_t k = 1; k < w.size(); ++k)
    if (!std::islower(static_cast<unsigned char>(w[k]))) return false;
  std::string key = fold_token(w);
  const PhraseIndex::Node* n = gaz->place_names.find(key);
  return !(n && !n->ids.empty()) && !gaz->demonyms.count(key) && !gaz->common_words.count(key) &&
         !rules->lookup("org_not_name", key) && !rules->lookup("org_lead_word", key) && !rules->lookup("org_wire", w);
}

std::string AgencyNamer::introduced_short_name(const ArticleContext& ctx, const Mention& m) const {
  re2::StringPiece text(ctx.body.data(), ctx.body.size()), g[3];
  if (!short_name_cue->Match(text, m.span.end, ctx.body.size(), RE2::ANCHOR_START, g, 3)) return {};
  const re2::StringPiece& found = g[1].data() ? g[1] : g[2];
  std::string w(found.data(), found.size());
  size_t after = static_cast<size_t>(found.data() - ctx.body.data()) + found.size();
  // "known as UN Women": the first word of a longer name is none.
  if (after + 1 < ctx.body.size() && ctx.body[after] == ' ' && std::isupper(static_cast<unsigned char>(ctx.body[after + 1]))) return {};
  if (all_capitals(w)) {
    std::string key = fold_token(w);
    return w.size() <= 8 && !rules->lookup("org_not_acronym", key) && !is_place(*gaz, key) ? w : std::string();
  }
  return short_name_word(w) || mixed_initials(w) ? w : std::string();
}

// "the World Food Programme (WFP)": the acronym names the same body wherever it recurs.
void AgencyNamer::acronyms(std::vector<Mention>& ms, const ArticleContext& ctx) const {
  std::map<std::string, size_t> defined;  // acronym -> index of the defining mention
  std::set<std::string> mixed;             // short names in mixed case ("Tanesco", "Senamhi")
  // Two or three words ending in an acronym ("Africa CDC", "Kenya ICT Authority" is none: its
  // last word is no acronym): a short name that the table's acronym inside it must not take.
  std::map<std::string, size_t> phrases;
  auto capitalized_phrase = [](std::string_view w) {
    size_t sp = w.rfind(' ');
    if (sp == std::string_view::npos || std::count(w.begin(), w.end(), ' ') > 2) return false;
    std::string_view last = w.substr(sp + 1);
    if (last.size() < 2 || !std::all_of(last.begin(), last.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) return false;
    for (size_t k = 0; k < sp; k = w.find(' ', k) + 1)
      if (!std::isupper(static_cast<unsigned char>(w[k]))) return false;
    return true;
  };
  for (size_t i = 0; i < ms.size(); ++i) {
    Mention& m = ms[i];
    if (m.kind != Kind::Agency) continue;
    // "the National Migration Service, known by its Spanish acronym SNM,".
    if (std::string w = introduced_short_name(ctx, m); !w.empty()) {
      if (!all_capitals(w)) mixed.insert(w);
      else if (m.acronym.empty()) m.acronym = w;
      defined.emplace(w, i);
      continue;
    }
    size_t p = m.span.end;
    // "The Tanzania Electric Supply Company, Tanesco, said": a short name between commas after a
    // name of three words or more, a lower-case word after it (not a list: ", and").
    if (p + 2 < ctx.body.size() && ctx.body[p] == ',' && ctx.body[p + 1] == ' ' &&
        std::count(m.text(ctx.body).begin(), m.text(ctx.body).end(), ' ') >= 2) {
      size_t e = p + 2;
      while (e < ctx.body.size() && std::isalpha(static_cast<unsigned char>(ctx.body[e]))) ++e;
      std::string_view w = ctx.body.substr(p + 2, e - p - 2);
      size_t after = e + 2;
      if (e + 2 < ctx.body.size() && ctx.body[e] == ',' && ctx.body[e + 1] == ' ' &&
          std::islower(static_cast<unsigned char>(ctx.body[after])) && ctx.body.compare(after, 4, "and ") != 0 &&
          ctx.body.compare(after, 3, "or ") != 0 && short_name_word(w) &&
          !std::any_of(ms.begin(), ms.end(), [&](const Mention& o) { return o.kind == Kind::Agency && o.span.start == p + 2; })) {
        mixed.insert(std::string(w));
        defined.emplace(std::string(w), i);
        continue;
      }
    }
    while (p < ctx.body.size() && ctx.body[p] == ' ') ++p;
    if (p >= ctx.body.size() || ctx.body[p] != '(') continue;
    size_t close = ctx.body.find(')', p);
    if (close == std::string_view::npos || close - p > 24 || close - p < 3) continue;
    std::string_view inner = ctx.body.substr(p + 1, close - p - 1);
    while (!inner.empty() && inner.front() == ' ') inner.remove_prefix(1);
    while (!inner.empty() && inner.back() == ' ') inner.remove_suffix(1);
    std::string acr(inner);
    if (acr.size() < 2) continue;
    if (capitalized_phrase(acr)) {  // "(Africa CDC)"
      phrases.emplace(acr, i);
      continue;
    }
    if (close - p > 14) continue;
    if (short_name_word(acr) || mixed_initials(acr)) {  // "(Senamhi)", "(DoDMA)"
      mixed.insert(acr);
      defined.emplace(acr, i);
      continue;
    }
    if (!std::all_of(acr.begin(), acr.end(), [](char c) { return (c >= 'A' && c <= 'Z') || c == '-' || c == '&'; }))
      continue;
    if (m.acronym.empty()) m.acronym = acr;
    defined.emplace(acr, i);
  }
  phrase_names(ms, ctx, phrases);
  if (defined.empty()) return;
  std::vector<Mention> added;
  std::vector<Span> found;  // where a defined acronym recurs: no place there ("NEMA" is no town)
  for (const Token& t : ctx.segmentation.tokens) {
    std::string_view word = ctx.body.substr(t.start, t.end - t.start);
    const size_t ending = possessive_suffix(word);  // "NEMA's director-general"
    const bool possessive = ending > 0;
    word.remove_suffix(ending);
    if (!t.is(kTokAllCaps) && !possessive && !mixed.count(std::string(word))) continue;
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
    m.sentence = sentence_containing(ctx.segmentation, sp);
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

// "the Africa Centres for Disease Control and Prevention (Africa CDC) ... Africa CDC said": a
// short name of several words defined in parentheses names its body wherever it recurs; the
// mentions inside it (the table's "CDC", the place "Africa") give way to it.
void AgencyNamer::phrase_names(std::vector<Mention>& ms, const ArticleContext& ctx,
                               const std::map<std::string, size_t>& phrases) const {
  if (phrases.empty()) return;
  struct Named {
    Span span;
    std::string value, country, acronym;
  };
  std::vector<Named> found;
  auto is_letter = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80); };
  for (const auto& [name, def_index] : phrases) {
    const Mention& def = ms[def_index];
    for (size_t p = ctx.body.find(name); p != std::string_view::npos; p = ctx.body.find(name, p + 1)) {
      size_t e = p + name.size();
      if ((p > 0 && is_letter(ctx.body[p - 1])) || (e < ctx.body.size() && is_letter(ctx.body[e]))) continue;
      found.push_back({Span{p, e}, def.value, def.country, def.acronym});
    }
  }
  if (found.empty()) return;
  auto inside = [&](const Mention& m) {
    return (m.kind == Kind::Agency || m.kind == Kind::Location) &&
           std::any_of(found.begin(), found.end(), [&](const Named& f) { return f.span.start <= m.span.start && m.span.end <= f.span.end; });
  };
  ms.erase(std::remove_if(ms.begin(), ms.end(), inside), ms.end());
  for (const Named& f : found) {
    if (std::any_of(ms.begin(), ms.end(), [&](const Mention& m) { return m.kind == Kind::Agency && m.span.overlaps(f.span); })) continue;
    Mention m;
    m.kind = Kind::Agency;
    m.span = f.span;
    m.rule = "entity.acronym";
    m.value = f.value;
    m.country = f.country;
    m.acronym = f.acronym;
    m.sentence = sentence_containing(ctx.segmentation, f.span);
    ms.push_back(std::move(m));
  }
  std::stable_sort(ms.begin(), ms.end(), [](const Mention& a, const Mention& b) {
    return a.span.start != b.span.start ? a.span.start < b.span.start : a.span.end < b.span.end;
  });
}

// Where the capitalized words before `open` abbreviate less strictly than initials(): an
// acronym in capitals whose letters are initials of those words in order, some words skipped
// ("Integrated Food Security Phase Classification (IPC)", "Armed Conflict Location and Event
// Data Project (ACLED)"); a mixed-case short name made of their syllables ("Instituto Nacional
// de Defensa Civil (Indeci)"). The first letter is the first word's; two capitalized words at
// least, three for a short name of syllables. The start of the longest such name, or npos.
size_t AgencyNamer::loose_initials(std::string_view body, size_t open, const std::string& acr, bool caps) const {
  if (acr.size() < 3) return std::string_view::npos;
  std::vector<std::pair<size_t, std::string_view>> words;  // capitalized words, nearest first
  size_t p = open;
  for (int n = 0; n < 9 && p > 0; ++n) {
    size_t w = p;
    while (w > 0 && body[w - 1] != ' ' && body[w - 1] != '\n' && body[w - 1] != '(' && body[w - 1] != '"') --w;
    std::string_view word = body.substr(w, p - w);
    if (word.empty()) break;
    std::string lower = fold_token(word);
    if (rules->lookup("org_name_connector", lower)) {
      if (w < 2 || body[w - 1] != ' ') break;
      p = w - 1;
      continue;
    }
    if (!std::isupper(static_cast<unsigned char>(word[0])) ||
        !std::all_of(word.begin(), word.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '-' || (c & 0x80); }))
      break;
    words.emplace_back(w, word);
    if (w < 2 || body[w - 1] != ' ') break;
    p = w - 1;
  }
  auto upper = [](char c) { return static_cast<char>(std::toupper(static_cast<unsigned char>(c))); };
  for (size_t i = words.size(); i-- > 0;) {  // farthest start first: the longest name
    size_t count = i + 1;
    if (count < (caps ? 2u : 3u) || upper(words[i].second[0]) != acr[0]) continue;
    std::string pool;  // initials (capitals) or all letters (syllables), first word first
    for (size_t k = i + 1; k-- > 0;) {
      std::string_view word = words[k].second;
      if (caps) {
        pool.push_back(upper(word[0]));
      } else {
        for (char c : word)
          if (std::isalpha(static_cast<unsigned char>(c))) pool.push_back(upper(c));
      }
    }
    size_t q = 0;
    for (char c : pool)
      if (q < acr.size() && c == upper(acr[q])) ++q;
    if (q < acr.size()) continue;
    // Syllables: the short name's second letter is in the first word ("INdeci": Instituto).
    if (!caps && words[i].second.find(acr[1], 1) == std::string_view::npos) continue;
    return words[i].first;
  }
  return std::string_view::npos;
}

// Where a state's body named in English starts before a short name in mixed case that is no
// abbreviation of it ("the National System for Integral Family Development (Difam)": the
// press's short name of the Spanish or French name): right after "the", three capitalized words or
// more with connectors and serial commas between them, the first a state's word (org_state_word)
// or one of them a state's head word (org_public_head, org_state_head). npos when none.
size_t AgencyNamer::translated_name(std::string_view body, size_t open) const {
  size_t p = open, start = std::string_view::npos, found = std::string_view::npos;
  int capitals = 0;
  bool state = false;
  std::string first;
  for (int n = 0; n < 16 && p > 0; ++n) {
    size_t w = p;
    while (w > 0 && body[w - 1] != ' ' && body[w - 1] != '\n' && body[w - 1] != '(' && body[w - 1] != '"') --w;
    std::string_view word = body.substr(w, p - w);
    if (n > 0 && !word.empty() && word.back() == ',') word.remove_suffix(1);  // "Prevention, Mitigation"
    if (word.empty()) break;
    std::string lower = fold_token(word);
    bool name_word = std::isupper(static_cast<unsigned char>(word[0])) && lower != "the" &&
                     std::all_of(word.begin(), word.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '-' || (c & 0x80); });
    if (name_word) {
      start = w;
      first = lower;
      ++capitals;
      state = state || rules->lookup("org_public_head", lower) || rules->lookup("org_state_head", lower);
    } else if (!rules->lookup("org_name_connector", lower)) {
      break;
    } else if (lower == "the" && start == w + 4 && capitals >= 3 && (state || rules->lookup("org_state_word", first))) {
      found = start;  // the farthest such start wins: "the National System for the Prevention"
    }
    if (w < 2 || body[w - 1] != ' ') break;
    p = w - 1;
  }
  return found;
}

// "Inter-Services Public Relations (ISPR)", "Disaster Management Centre (DMC)": capitalized
// words whose initials spell the acronym in parentheses after them are a body's name, whatever
// its last word; it replaces shorter agency mentions inside it. A country word opening it, or
// for a civil body the article's country, goes into the parentheses.
void AgencyNamer::initials(std::vector<Mention>& ms, const ArticleContext& ctx, const PlaceContext& pc) const {
  std::string_view body = ctx.body;
  std::vector<Mention> added;
  std::set<std::string> place_acronyms;
  for (size_t open = body.find(" ("); open != std::string_view::npos; open = body.find(" (", open + 1)) {
    size_t close = body.find(')', open);
    if (close == std::string_view::npos || close - open < 4 || close - open > 12) continue;
    std::string acr(body.substr(open + 2, close - open - 2));
    bool caps = std::all_of(acr.begin(), acr.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    // "(Indeci)", "(Phivolcs)": a short name in mixed case, syllables of the words before it.
    bool mixed = !caps && acr.size() >= 4 && std::isupper(static_cast<unsigned char>(acr[0])) &&
                 std::all_of(acr.begin() + 1, acr.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    if (mixed) {
      std::string key = fold_token(acr);
      if (is_place(*gaz, key) || gaz->demonyms.count(key) || gaz->common_words.count(key) ||
          rules->lookup("org_not_name", key) || rules->lookup("org_wire", acr))
        mixed = false;
    }
    if (!caps && !mixed) continue;
    if (caps && close - open > 10) continue;
    // Words back from the parenthesis: capitalized ones give their initials (each part of a
    // hyphenated word), connectors none.
    size_t end = open, p = open;
    std::string letters;
    size_t start = std::string_view::npos;
    for (int words = 0; caps && words < 10 && p > 0; ++words) {
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
    if (start == std::string_view::npos) start = loose_initials(body, open, acr, caps);
    bool translated = false;  // "(Difam)" after an English name it does not abbreviate
    if (start == std::string_view::npos && mixed) {
      start = translated_name(body, open);
      translated = start != std::string_view::npos;
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
    std::string key = fold_phrase(name);
    // "the Democratic Republic of Congo (DRC)": a place's initials name the place, and the
    // same letters elsewhere in the article are no body of the table (Danish Refugee Council).
    if (is_place(*gaz, key)) {
      place_acronyms.insert(acr);
      continue;
    }
    Mention m;
    m.kind = Kind::Agency;
    m.span = sp;
    m.rule = "entity.initials";
    m.value = std::string(name);
    std::string first = key.substr(0, key.find(' '));
    if (const PhraseIndex::Node* b = gaz->body_names.find(key); b && !b->ids.empty()) {
      const Body& bd = gaz->bodies[b->ids[0]];
      m.value = bd.name;
      m.country = bd.country;
    } else if (!rules->lookup("org_international_word", first)) {
      std::string cc = country_named(first, pc);
      std::string last = key.substr(key.rfind(' ') + 1);
      if (!cc.empty()) m.value = m.value.substr(m.value.find(' ') + 1);
      bool civil = translated || rules->lookup("org_public_head", last);  // translated_name: a state's body
      if (cc.empty() && civil) cc = pc.country_before(*gaz, ctx, ms, sp.start);
      if (cc.empty() && civil) cc = pc.article_country;
      if (!cc.empty()) {
        m.value += " (" + cc + ")";
        m.country = cc;
      }
    }
    m.sentence = sentence_containing(ctx.segmentation, sp);
    added.push_back(std::move(m));
  }
  if (!place_acronyms.empty())
    ms.erase(std::remove_if(ms.begin(), ms.end(), [&](const Mention& m) {
               return m.kind == Kind::Agency && place_acronyms.count(std::string(m.text(ctx.body)));
             }),
             ms.end());
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
void AgencyNamer::societies(std::vector<Mention>& ms, const ArticleContext& ctx) const {
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

// "The Central Bank of Kenya raised its rate ... the central bank said": a country's central
// bank in lower case names the bank of that country the article names.
void AgencyNamer::central_banks(std::vector<Mention>& ms, const ArticleContext& ctx) const {
  for (Mention& m : ms) {
    if (m.kind != Kind::Agency || m.rule != "org.generic" || m.country.empty() || fold_phrase(m.text(ctx.body)) != "central bank")
      continue;
    for (const Mention& n : ms) {
      if (n.kind != Kind::Agency || n.rule == "org.generic" || n.country != m.country) continue;
      const std::string folded = fold_phrase(n.value);
      if (folded.find("bank") != std::string::npos && folded.find("development") == std::string::npos) {
        m.value = n.value;
        break;
      }
    }
  }
}

// The folded words of a national body's value without its country ("National Defence
// Ministry (DZ)" -> national, defence, ministry).
static std::vector<std::string> value_words(const Mention& m) {
  std::string v = m.value;
  std::string suffix = " (" + m.country + ")";
  if (v.size() > suffix.size() && v.compare(v.size() - suffix.size(), suffix.size(), suffix) == 0)
    v.resize(v.size() - suffix.size());
  std::vector<std::string> words = split(fold_phrase(v), ' ');
  words.erase(std::remove(words.begin(), words.end(), std::string()), words.end());
  return words;
}

// "Algeria's Ministry of National Defence said ... the defence ministry said": a later short
// mention of a body named in full earlier in the article (same country, same head word, its
// subject words all among the full name's) takes the full body's value. Only when every such
// full body has one value ("the disaster management authority" after both a National and a
// Provincial one stays as it is); a bare head ("the government") has no subject word to match.
void AgencyNamer::aliases(std::vector<Mention>& ms, const ArticleContext& ctx) const {
  std::vector<std::vector<std::string>> words(ms.size());  // value_words of each agency, once
  for (size_t i = 0; i < ms.size(); ++i)
    if (ms[i].kind == Kind::Agency && !ms[i].country.empty()) words[i] = value_words(ms[i]);
  for (size_t i = 0; i < ms.size(); ++i) {
    Mention& m = ms[i];
    if (m.kind != Kind::Agency || m.country.empty()) continue;
    const std::vector<std::string>& mw = words[i];
    if (mw.size() < 2) continue;
    const Mention* full = nullptr;
    bool one = true;
    for (size_t j = 0; j < ms.size(); ++j) {
      const Mention& n = ms[j];
      if (j == i || n.kind != Kind::Agency || n.country != m.country || n.span.start >= m.span.start || n.value == m.value)
        continue;
      const std::vector<std::string>& nw = words[j];
      if (nw.size() <= mw.size() || nw.back() != mw.back()) continue;
      bool subset = true;
      for (const std::string& w : mw) subset = subset && std::find(nw.begin(), nw.end(), w) != nw.end();
      if (!subset) continue;
      one = one && (!full || full->value == n.value);
      full = &n;
    }
    if (!full || !one) continue;
    // "the city council in Zomba" after "Blantyre City Council": a seat the full name lacks.
    if (ctx.body.compare(m.span.end, 4, " in ") == 0 && std::any_of(ms.begin(), ms.end(), [&](const Mention& l) {
          return l.kind == Kind::Location && l.span.start == m.span.end + 4 &&
                 fold_phrase(full->value).find(fold_phrase(l.text(ctx.body))) == std::string::npos;
        }))
      continue;
    m.value = full->value;
    if (m.acronym.empty()) m.acronym = full->acronym;
    words[i] = value_words(m);  // a later short mention compares with the value it now has
  }
}

// "The United Nations refugee agency, UNHCR, ...": an appositive names the same body.
void AgencyNamer::appositives(std::vector<Mention>& ms, const ArticleContext& ctx) const {
  std::vector<size_t> idx;
  for (size_t i = 0; i < ms.size(); ++i)
    if (ms[i].kind == Kind::Agency) idx.push_back(i);
  for (size_t k = 0; k + 1 < idx.size(); ++k) {
    Mention& a = ms[idx[k]];
    Mention& b = ms[idx[k + 1]];
    if (b.span.start < a.span.end) continue;
    std::string_view gap = ctx.body.substr(a.span.end, b.span.start - a.span.end);
    if (gap != ", " && gap != " - " && gap != " – ") continue;
    // "the Ministry of Health, UNICEF and WHO": a list, no apposition.
    std::string_view after = ctx.body.substr(b.span.end, 5);
    if (after.substr(0, 5) == " and " || after.substr(0, 4) == " or " || after.substr(0, 3) == " & ") continue;
    bool a_table = a.rule == "gazetteer.agencies", b_table = b.rule == "gazetteer.agencies";
    // A country's body next to a body of another country or of none: two bodies.
    if ((b_table && !a_table && !a.country.empty() && a.country != b.country) ||
        (a_table && !b_table && !b.country.empty() && b.country != a.country))
      continue;
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


void AgencyNamer::same_names(std::vector<Mention>& ms, const ArticleContext& ctx) {
  for (size_t i = 0; i < ms.size(); ++i) {
    Mention& m = ms[i];
    if (m.kind != Kind::Agency || !find_attr(m.attrs, "country_default")) continue;
    // Only a proper name of several words: a lower-case "the military" may be any country's.
    std::string_view text = m.text(ctx.body);
    if (text.empty() || !std::isupper(static_cast<unsigned char>(text[0])) || text.find(' ') == std::string_view::npos ||
        m.rule.compare(0, 11, "org.generic") == 0)
      continue;
    for (size_t j = 0; j < ms.size(); ++j) {
      const Mention& o = ms[j];
      if (o.kind != Kind::Agency || o.span.start >= m.span.start || find_attr(o.attrs, "country_default") ||
          o.country.empty() || o.country == m.country || o.text(ctx.body) != m.text(ctx.body))
        continue;
      m.value = o.value;
      m.country = o.country;
      break;
    }
  }
}

}  // namespace nf
