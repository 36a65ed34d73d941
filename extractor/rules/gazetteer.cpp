#include "extractor/rules/gazetteer.h"

#include <algorithm>
#include <set>
#include <string>

#include "extractor/rules/gazetteer_fold.h"
#include "extractor/rules/gazetteer_index.h"
#include "extractor/rules/rule_library.h"

namespace nf {
namespace {

bool ends_with(const std::string& s, std::string_view suf) {
  return s.size() >= suf.size() && s.compare(s.size() - suf.size(), suf.size(), suf) == 0;
}

std::string without_dots(std::string_view s) {
  std::string out;
  for (char c : s)
    if (c != '.') out.push_back(c);
  return out;
}

// One sentence's tokens, folded on first need (most tokens never start or extend a name).
struct SentenceView {
  std::string_view body;
  const Token* tok = nullptr;
  size_t n = 0;
  bool headline = false;   // Title Case Or ALL CAPS line: capitals say little
  bool caps_line = false;  // mostly ALL CAPS (datelines such as "LONDON (Reuters) -")

  // Folded token i, and the same without a possessive ("pakistan's" -> "pakistan"; else "").
  const std::string& F(size_t i) const {
    fold(i);
    return folded_[i];
  }
  // Token i opens the sentence (after at most one punctuation token: a quote, a dash).
  bool opens(size_t i) const { return i == 0 || (i == 1 && tok[0].is(kTokPunct)); }
  const std::string& B(size_t i) const {
    fold(i);
    return bare_[i];
  }
  void reset(size_t count) {
    n = count;
    if (folded_.size() < n) {
      folded_.resize(n);
      bare_.resize(n);
    }
    done_.assign(n, false);
  }

  bool upper(size_t i) const { return i < n && tok[i].is(kTokUpper); }
  bool word(size_t i) const { return i < n && tok[i].is(kTokWord); }
  // A capital at the start or after an inner apostrophe or hyphen ("d'Ivoire", "al-Qaeda").
  bool capital_inside(size_t i) const {
    if (upper(i)) return true;
    if (i >= n) return false;
    std::string_view t = body.substr(tok[i].start, tok[i].end - tok[i].start);
    for (size_t k = 0; k + 1 < t.size(); ++k)
      if ((t[k] == '\'' || t[k] == '-' || (k >= 2 && t.substr(k - 2, 3) == "\xE2\x80\x99")) && t[k + 1] >= 'A' && t[k + 1] <= 'Z')
        return true;
    return false;
  }

 private:
  void fold(size_t i) const {
    if (done_[i]) return;
    done_[i] = true;
    std::string& f = folded_[i];
    f = fold_token(body.substr(tok[i].start, tok[i].end - tok[i].start));
    std::string& b = bare_[i];
    b.clear();
    if (!tok[i].is(kTokWord)) return;
    if (ends_with(f, "'s") && f.size() > 2) b.assign(f, 0, f.size() - 2);
    else if (ends_with(f, "'") && f.size() > 1) b.assign(f, 0, f.size() - 1);
  }
  mutable std::vector<std::string> folded_, bare_;
  mutable std::vector<bool> done_;
};

void fold_sentence(std::string_view body, const Token* tok, size_t n, SentenceView& sv) {
  sv.body = body;
  sv.tok = tok;
  sv.reset(n);
  size_t words = 0, capital = 0, caps = 0;
  for (size_t i = 0; i < n; ++i) {
    if (!tok[i].is(kTokWord) || tok[i].end - tok[i].start <= 3) continue;
    ++words;
    if (tok[i].is(kTokUpper)) ++capital;
    if (tok[i].is(kTokAllCaps)) ++caps;
  }
  sv.headline = words >= 3 && capital * 10 >= words * 8;
  sv.caps_line = words >= 1 && caps * 10 >= words * 6;
}

struct Hit {
  size_t last = 0;         // index of the last token
  size_t end_byte = 0;     // end of the mention in the body
  const PhraseIndex::Node* node = nullptr;
  std::string key;
};

// Longest key of `index` starting at token i. Possessives end a phrase ("Pakistan’s").
Hit longest(const PhraseIndex& index, const SentenceView& sv, size_t i) {
  Hit best;
  std::string key;
  for (size_t j = i; j < sv.n && j - i < index.max_tokens(); ++j) {
    if (j > i) key.push_back(' ');
    if (!sv.B(j).empty()) {
      std::string k2 = key + sv.B(j);
      const PhraseIndex::Node* b = index.find(k2);
      if (b && !b->ids.empty()) {
        size_t cut = sv.F(j).size() - sv.B(j).size();  // bytes of "'s" as folded
        size_t end = sv.tok[j].end;
        // The apostrophe may be 3 bytes (’) in the body: cut at the last apostrophe.
        std::string_view t = sv.body.substr(sv.tok[j].start, sv.tok[j].end - sv.tok[j].start);
        size_t ap = t.rfind('\'');
        size_t ap2 = t.rfind("\xE2\x80\x99");
        if (ap2 != std::string_view::npos && (ap == std::string_view::npos || ap2 > ap)) ap = ap2;
        end = ap == std::string_view::npos ? end - cut : sv.tok[j].start + ap;
        best = Hit{j, end, b, k2};
      }
    }
    key += sv.F(j);
    const PhraseIndex::Node* node = index.find(key);
    if (!node) break;
    if (!node->ids.empty()) best = Hit{j, sv.tok[j].end, node, key};
    if (!node->prefix) break;  // "Cox's Bazar" goes on past its inner possessive
  }
  return best;
}

// "Taliban-led", "UN-backed", "NATO-run": a name before a hyphen and a lower-case word; the
// name alone is the hit.
Hit hyphen_prefix(const PhraseIndex& index, const SentenceView& sv, size_t i) {
  std::string_view t = sv.body.substr(sv.tok[i].start, sv.tok[i].end - sv.tok[i].start);
  size_t dash = t.find('-');
  if (dash == std::string_view::npos || dash < 2 || dash + 1 >= t.size() || !(t[dash + 1] >= 'a' && t[dash + 1] <= 'z'))
    return {};
  std::string key = fold_token(t.substr(0, dash));
  const PhraseIndex::Node* n = index.find(key);
  if (!n || n->ids.empty()) return {};
  return Hit{i, sv.tok[i].start + dash, n, key};
}

}  // namespace

struct Gazetteer::Impl {
  std::shared_ptr<const Gazetteers> gaz;
  std::set<std::string> name_verbs;      // verbs after a company named by a dictionary word
  std::set<std::string> word_places;     // places named like a common word, named anyway ("Shanghai")
  std::set<std::string> currency_followers;  // "dollars" after "U.S.": a currency, no place
  std::set<std::string> kind_words;          // "state", "province": may end a name in lower case

  // The word after the name (past a final period, "U.S. dollars") is a currency's.
  bool currency_follows(const SentenceView& sv, const Hit& h) const {
    size_t k = h.last + 1;
    if (k < sv.n && sv.F(k) == "." && sv.tok[k].start == sv.tok[h.last].end) ++k;
    return k < sv.n && sv.word(k) && currency_followers.count(sv.F(k)) > 0;
  }

  bool is_title(const SentenceView& sv, size_t i) const {
    if (i >= sv.n) return false;
    std::string f = sv.F(i);
    if (!f.empty() && f.back() == '.') f.pop_back();
    return gaz->titles.count(f) > 0;
  }

  // A capitalized word next to a candidate that makes it part of a longer name.
  bool name_word(const SentenceView& sv, size_t k, bool sentence_initial) const {
    if (k >= sv.n || !sv.word(k) || !sv.upper(k)) return false;
    const std::string& f = sv.B(k).empty() ? sv.F(k) : sv.B(k);
    if (gaz->function_words.count(f)) return false;
    if (sentence_initial && gaz->common_words.count(f)) return false;  // "In Kabul", "The"
    return true;
  }

  enum Verdict { kAccept, kReject, kRejectSurname };

  // Surface checks of a place candidate; the normalizer chooses among same-name places later.
  Verdict accept_place(const SentenceView& sv, size_t i, const Hit& h) const {
    const Gazetteers& g = *gaz;
    bool country = g.any_country(h.node->ids), city_only = true;
    for (uint32_t id : h.node->ids) city_only &= g.places[id].type == PlaceType::City;
    // "Plateau state", "the Central department": a name and a lower-case word for its kind.
    if (!sv.capital_inside(h.last) && !(h.last > i && sv.capital_inside(i) && kind_words.count(sv.F(h.last))))
      return kReject;
    if (h.end_byte < sv.body.size() && sv.body[h.end_byte] == '$') return kReject;  // "US$ 40 billion"
    if (currency_follows(sv, h)) return kReject;  // "U.S. dollars"
    // A name the agency table knows as written ("Xinhua", "Interpol") is the body, not a place.
    if (const PhraseIndex::Node* b = g.body_names.find(h.key); b && !b->ids.empty() && !country) return kReject;
    // Short keys ("us", "uk", "u.s", "uae") are acronyms: only in capitals. A short city name
    // ("Osh") is a name: only as one, outside a line of capitals.
    std::string letters = without_dots(h.key);
    // A two-letter town ("Bo") only where a unit's word follows it: "Bo district".
    if (city_only && letters.size() <= 2)
      return h.last == i && i + 1 < sv.n && sv.upper(i) && !sv.tok[i].is(kTokAllCaps) && kind_words.count(sv.F(i + 1)) ? kAccept : kReject;
    if (h.last == i && letters.size() <= 3) {
      if (city_only ? sv.tok[i].is(kTokAllCaps) && !sv.caps_line : !sv.tok[i].is(kTokAllCaps)) return kReject;
    }
    // A word in capitals is a name only where the line is in capitals or the key is short.
    if (sv.tok[i].is(kTokAllCaps) && letters.size() > 3 && !sv.caps_line && i != 0) return kReject;
    bool sentence_start = sv.opens(i);
    bool prev_start = i > 0 && sv.opens(i - 1);
    bool prev_name = i > 0 && sv.tok[i - 1].end + 1 == sv.tok[i].start && sv.B(i - 1).empty() &&
                     name_word(sv, i - 1, prev_start);
    bool next_name = h.end_byte == sv.tok[h.last].end && h.last + 1 < sv.n &&
                     sv.tok[h.last + 1].start == sv.tok[h.last].end + 1 && name_word(sv, h.last + 1, false);
    bool single = h.last == i;
    // "Somali" names a people more often than Ethiopia's Somali region ("the Somali government").
    if (single && !country && g.demonyms.count(h.key)) return kReject;
    bool titled = i > 0 && is_title(sv, i - 1);
    if (!country && titled) return kRejectSurname;  // "President Jackson"
    if (g.person_like.count(h.key) && !sv.headline) {
      if (titled || prev_name) return kRejectSurname;  // "Michael Jordan"
      if (next_name) return kReject;                   // "Chad Smith"
    }
    bool regionish = false;
    for (uint32_t id : h.node->ids) regionish |= g.places[id].type == PlaceType::Region;
    if ((city_only || (single && !country && !regionish)) && !sv.headline) {
      if (prev_name) return kRejectSurname;  // "Mary Barra", "Barack Obama"
      if (next_name) return kReject;         // "Toyota Motor", "Kabul University"
    }
    // "Malé" folds to the word "male"; written with its accent, it is the name.
    const std::string_view written = sv.body.substr(sv.tok[i].start, sv.tok[i].end - sv.tok[i].start);
    const bool accented = std::any_of(written.begin(), written.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
    if (single && !country && !accented && g.common_words.count(h.key) && !word_places.count(h.key)) {
      // "Police said", "in March", "National Police": a common word names a place only when a
      // larger place follows it ("Mobile, Alabama").
      bool placed = h.last + 2 < sv.n && sv.F(h.last + 1) == "," && sv.upper(h.last + 2);
      if (!placed || sentence_start || sv.headline) return kReject;
    }
    return kAccept;
  }

  // "the Bishkek-Osh highway", "Kabul-Kandahar road": a word of names joined by hyphens, each a
  // place of its own. Only when every part is a known place in capitals ("Jalal-Abad" is one
  // name and found whole before this).
  void hyphen_parts(const SentenceView& sv, size_t i, int sentence, std::vector<Mention>& out) const {
    std::string_view t = sv.body.substr(sv.tok[i].start, sv.tok[i].end - sv.tok[i].start);
    if (t.find('-') == std::string_view::npos) return;
    std::vector<Mention> parts;
    size_t from = 0;
    for (;;) {
      size_t dash = t.find('-', from);
      std::string_view part = t.substr(from, dash == std::string_view::npos ? std::string_view::npos : dash - from);
      bool caps2 = part.size() == 2 && part[1] >= 'A' && part[1] <= 'Z';  // "US-China"
      if ((part.size() < 3 && !caps2) || !(part[0] >= 'A' && part[0] <= 'Z')) return;
      std::string key = fold_token(part);
      const PhraseIndex::Node* n = gaz->place_names.find(key);
      if (!n || n->ids.empty() || gaz->demonyms.count(key)) return;
      bool country = caps2 || gaz->any_country(n->ids);
      if (!country && gaz->common_words.count(key)) return;  // "China" yes, "Mobile-Home" no
      Mention m;
      m.kind = Kind::Location;
      m.rule = "gazetteer.places";
      m.sentence = sentence;
      m.span = Span{sv.tok[i].start + from, sv.tok[i].start + from + part.size()};
      std::string ids;
      for (uint32_t id : n->ids) ids += (ids.empty() ? "" : ",") + std::to_string(id);
      m.attrs = {{"places", ids}, {"value", gaz->places[n->ids[0]].name}};
      parts.push_back(std::move(m));
      if (dash == std::string_view::npos) break;
      from = dash + 1;
    }
    if (parts.size() < 2) return;
    for (Mention& m : parts) out.push_back(std::move(m));
  }

  // kAccept, kReject, or kTentative: a name that holds only if the article also names the body
  // where the reading is sure.
  enum BodyVerdict { kBodyAccept, kBodyReject, kBodyTentative };
  BodyVerdict body_verdict(const SentenceView& sv, size_t i, const Hit& h) const {
    if (!accept_body(sv, i, h)) return kBodyReject;
    // A one-word name that is also a dictionary word ("Apple", "Reliance", "Ford"): at a
    // sentence's start, where any word is capitalized, sure only before a verb or as a
    // possessive ("Apple said", "Apple's"), else only if the article names it elsewhere
    // ("Reliance on aid" is no company); never after another name ("Harrison Ford").
    if (h.last == i && !sv.tok[i].is(kTokAllCaps) && gaz->common_words.count(h.key)) {
      bool start = sv.opens(i);
      bool prev_start = i > 0 && sv.opens(i - 1);
      if (i > 0 && !start && !sv.tok[i - 1].is(kTokAllCaps) && name_word(sv, i - 1, prev_start)) return kBodyReject;
      if (start && sv.B(i).empty() && !verb_follows(sv, h.last + 1)) return kBodyTentative;
    }
    return kBodyAccept;
  }

  // Token i is in capitals, or its word before a possessive or a hyphen is ("IOM's", "UN-backed").
  bool caps_word(const SentenceView& sv, size_t i) const {
    if (sv.tok[i].is(kTokAllCaps)) return true;
    std::string_view t = sv.body.substr(sv.tok[i].start, sv.tok[i].end - sv.tok[i].start);
    if (sv.B(i).empty() && t.find('-') == std::string_view::npos) return false;
    size_t ap = std::min({t.find('\''), t.find("\xE2\x80\x99"), t.find('-')});
    if (ap == std::string_view::npos || ap < 2) return false;
    for (char c : t.substr(0, ap))
      if (!(c >= 'A' && c <= 'Z') && c != '.' && c != '&') return false;
    return true;
  }

  bool accept_body(const SentenceView& sv, size_t i, const Hit& h) const {
    if (!sv.upper(i) && !sv.capital_inside(i)) return false;  // "al-Shabaab", "al-Qaeda"

    std::string letters = without_dots(h.key);
    for (uint32_t id : h.node->ids) {
      const Body& b = gaz->bodies[id];
      if (!b.acronym.empty() && fold_token(b.acronym) == letters && !caps_word(sv, i)) {
        // Acronym-only alias ("WHO", "UN"): only in capitals, and not inside an all-caps line.
        if (h.last == i) return false;
      }
      if (h.last == i && sv.tok[i].is(kTokAllCaps) && sv.caps_line && !sv.headline && letters.size() > 5) return false;
    }
    return true;
  }

  // The token at `k` is a possessive or a verb: a word in -ed or one of org_word_name_verb.
  bool verb_follows(const SentenceView& sv, size_t k) const {
    if (k >= sv.n) return false;
    std::string_view t = sv.body.substr(sv.tok[k].start, sv.tok[k].end - sv.tok[k].start);
    if (t == "'" || t == "\xE2\x80\x99" || t == "'s" || t == "\xE2\x80\x99s") return true;
    if (!sv.word(k) || sv.upper(k)) return false;
    const std::string& f = sv.F(k);
    return name_verbs.count(f) > 0 || (f.size() > 4 && f.compare(f.size() - 2, 2, "ed") == 0);
  }
};

Gazetteer::Gazetteer(const RuleLibrary& rules) : impl_(std::make_unique<Impl>()) {
  impl_->gaz = Gazetteers::shared(rules);
  for (const std::string& w : rules.list("geo_word_place")) impl_->word_places.insert(fold_phrase(w));
  for (const std::string& w : rules.list("org_word_name_verb")) impl_->name_verbs.insert(fold_phrase(w));
  for (const std::string& w : rules.list("geo_currency_follower")) impl_->currency_followers.insert(fold_phrase(w));
  for (const std::string& w : rules.list("geo_state_suffix"))
    if (w.find(' ') == std::string::npos) impl_->kind_words.insert(fold_phrase(w));
}
Gazetteer::~Gazetteer() = default;
Gazetteer::Gazetteer(Gazetteer&&) noexcept = default;

void Gazetteer::match(std::string_view body, const Segmentation& seg, std::vector<Mention>& out) const {
  const Gazetteers& g = *impl_->gaz;
  SentenceView sv;
  size_t first_out = out.size();
  std::set<std::string> surnames;            // place names seen as a person's name in this article
  std::vector<std::pair<size_t, std::string>> city_keys;  // out index -> key of city-only places
  std::vector<std::pair<size_t, std::string>> tentative;  // out index -> key of unsure bodies
  std::set<std::string> sure_bodies;                      // keys of bodies read where sure
  for (size_t si = 0; si < seg.sentences.size(); ++si) {
    const Sentence& s = seg.sentences[si];
    if (s.token_count == 0) continue;
    fold_sentence(body, seg.tokens.data() + s.first_token, s.token_count, sv);
    size_t place_until = 0, body_until = 0;  // tokens already inside an accepted mention
    for (size_t i = 0; i < sv.n; ++i) {
      if (!sv.word(i) || (!sv.upper(i) && !sv.capital_inside(i))) continue;
      if (i >= place_until) {
        Hit h = longest(g.place_names, sv, i);
        Impl::Verdict v = h.node ? impl_->accept_place(sv, i, h) : Impl::kReject;
        if (v == Impl::kRejectSurname) surnames.insert(h.key);
        if (v == Impl::kAccept) {
          // "Plateau state", "Rakhine state": the kind word in lower case identified the name
          // but stays outside its span, as a capitalized one does for ISO names ("Rakhine").
          if (h.last > i && !sv.capital_inside(h.last)) h.end_byte = sv.tok[h.last - 1].end;
          bool city_only = true;
          for (uint32_t id : h.node->ids) city_only &= g.places[id].type == PlaceType::City;
          if (city_only) city_keys.emplace_back(out.size(), h.key);
          Mention m;
          m.kind = Kind::Location;
          m.rule = "gazetteer.places";
          m.sentence = static_cast<int>(si);
          m.span = Span{sv.tok[i].start, h.end_byte};
          // "U.S." keeps its final period.
          if (h.end_byte == sv.tok[h.last].end && h.last + 1 < sv.n && sv.F(h.last).find('.') != std::string::npos &&
              sv.tok[h.last + 1].start == h.end_byte && sv.F(h.last + 1) == ".")
            m.span.end = sv.tok[h.last + 1].end;
          // No leading "the" ("in the Netherlands" -> Netherlands): places.xml says why.
          std::string ids;
          for (uint32_t id : h.node->ids) ids += (ids.empty() ? "" : ",") + std::to_string(id);
          m.attrs = {{"places", ids}, {"value", g.places[h.node->ids[0]].name}};
          out.push_back(std::move(m));
          place_until = h.last + 1;
        } else if (!h.node) {
          impl_->hyphen_parts(sv, i, static_cast<int>(si), out);
        }
      }
      if (i >= body_until) {
        Hit h = longest(g.body_names, sv, i);
        if (!h.node) h = hyphen_prefix(g.body_names, sv, i);
        Impl::BodyVerdict v = h.node ? impl_->body_verdict(sv, i, h) : Impl::kBodyReject;
        if (v == Impl::kBodyTentative) tentative.emplace_back(out.size(), h.key);
        if (v == Impl::kBodyAccept) sure_bodies.insert(h.key);
        if (v != Impl::kBodyReject) {
          Mention m;
          m.kind = Kind::Agency;
          m.rule = "gazetteer.agencies";
          m.priority = 2;  // the table's name of a body beats a pattern's reading of the same words
          m.sentence = static_cast<int>(si);
          m.span = Span{sv.tok[i].start, h.end_byte};
          m.attrs = {{"body", std::to_string(h.node->ids[0])}, {"value", g.bodies[h.node->ids[0]].name}};
          out.push_back(std::move(m));
          body_until = h.last + 1;
        }
      }
    }
  }
  // "Fritz Henderson ... Henderson said": a city name used as a surname is a surname throughout.
  // An unsure body holds only where the article also names it surely.
  if (surnames.empty() && tentative.empty()) return;
  std::vector<bool> drop(out.size(), false);
  for (const auto& [k, key] : city_keys)
    if (surnames.count(key)) drop[k] = true;
  for (const auto& [k, key] : tentative)
    if (!sure_bodies.count(key)) drop[k] = true;
  size_t w = first_out;
  for (size_t k = first_out; k < out.size(); ++k)
    if (!drop[k]) {
      if (w != k) out[w] = std::move(out[k]);
      ++w;
    }
  out.resize(w);
}

}  // namespace nf
