#include "extractor/normalize/numeric_unit.h"

#include "extractor/rules/rule_library.h"

namespace nf {
namespace {

constexpr int kMaxWords = 6;  // modifiers skipped before the head: "300 heavily armed elite Republican Guard troops"

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  // Typographic apostrophe to ASCII, so "children’s" reads like "children's".
  for (size_t p; (p = out.find("\xE2\x80\x99")) != std::string::npos;) out.replace(p, 3, "'");
  return out;
}

std::unordered_set<std::string> word_set(const RuleLibrary& rules, std::string_view macro) {
  std::unordered_set<std::string> out;
  for (const std::string& w : rules.list(macro)) out.insert(lower_ascii(w));
  return out;
}

bool ends_with(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

const std::unordered_set<std::string>& determiners() {
  static const std::unordered_set<std::string> d = {"the", "all", "these", "those", "its", "their", "our",
                                                    "his", "her", "them", "whom", "which"};
  return d;
}

}  // namespace

CountedNounFinder::CountedNounFinder(const RuleLibrary& rules)
    : stop_(word_set(rules, "numc_unit_stop")),
      modifier_(word_set(rules, "numc_unit_modifier")),
      irregular_(word_set(rules, "numc_irregular_plural")),
      not_plural_(word_set(rules, "numc_not_plural")),
      time_unit_(word_set(rules, "numc_time_unit")),
      compound_not_(word_set(rules, "numc_compound_not_unit")),
      demonyms_(rules.has_table("geo_demonym") ? &rules : nullptr) {}

bool CountedNounFinder::is_time_unit(std::string_view word) const { return time_unit_.count(lower_ascii(word)) > 0; }

bool CountedNounFinder::is_stop_word(std::string_view word) const { return stop_.count(lower_ascii(word)) > 0; }

bool CountedNounFinder::is_compound_non_unit(std::string_view word) const {
  return compound_not_.count(lower_ascii(word)) > 0;
}

// "policemen", "schoolchildren": three letters or more, then an irregular plural of 3+ letters.
bool CountedNounFinder::compound_irregular(const std::string& w) const {
  if (not_plural_.count(w)) return false;
  for (size_t prefix = 3; prefix + 3 <= w.size(); ++prefix)
    if (irregular_.count(w.substr(prefix))) return true;
  return false;
}

bool CountedNounFinder::looks_plural(const std::string& w) const {
  if (irregular_.count(w)) return true;
  if (compound_irregular(w)) return true;
  if (w.size() < 3 || w.back() != 's' || not_plural_.count(w)) return false;
  if (ends_with(w, "ss") || ends_with(w, "us") || ends_with(w, "is") || ends_with(w, "'s")) return false;
  return true;
}

std::optional<Span> CountedNounFinder::find(std::string_view body, const std::vector<Token>& tokens, size_t first,
                                            size_t last, Options opt) const {
  int words = 0;               // words skipped so far (adjectives, demonyms, modifiers)
  bool after_of = opt.cross_of;  // just crossed "of" (or a partitive start): determiners may follow
  bool used_of = false;        // "of" is crossed once at most
  std::optional<Span> singular;  // the last plain word seen, for singular heads
  std::optional<Span> capital_plural;  // "Afghans", "Nations": taken unless a plain plural follows
  for (size_t i = first; i < last && words < kMaxWords; ++i) {
    const Token& t = tokens[i];
    // The period of an abbreviation ("U.S. troops") does not end the phrase.
    if (i > first && t.end == t.start + 1 && body[t.start] == '.' && tokens[i - 1].end == t.start &&
        tokens[i - 1].text(body).find('.') != std::string_view::npos)
      continue;
    // A model number inside a name: "22 new Boeing 787 Dreamliner aircraft".
    if (t.is(kTokNumber) && i > first && tokens[i - 1].is(kTokUpper) && tokens[i - 1].end + 1 == t.start) {
      ++words;
      continue;
    }
    if (!t.is(kTokWord)) break;  // punctuation or a number ends the phrase
    std::string w = lower_ascii(t.text(body));
    if (w == "of") {
      // "thousands of people"; "60 of its jets", "5 of the victims" (a determiner must follow)
      bool partitive = words == 0 && (opt.cross_of || (opt.of_determiner && i + 1 < last && tokens[i + 1].is(kTokWord) &&
                                                       determiners().count(lower_ascii(tokens[i + 1].text(body)))));
      bool measure_word = words > 0 && singular && !opt.singular;   // "1,500 head of cattle"
      if (capital_plural || used_of || !(partitive || measure_word)) break;
      singular.reset();
      after_of = used_of = true;
      words = 0;
      continue;
    }
    if (after_of && determiners().count(w)) continue;
    after_of = false;
    if (modifier_.count(w)) {
      ++words;
      continue;
    }
    // An acronym modifies the noun after it ("three US vessels", "five EU member states"), even
    // one that is also a stop word when written in lower case ("us", "it").
    if (t.is(kTokAllCaps) && i + 1 < last && tokens[i + 1].is(kTokWord)) {
      ++words;
      continue;
    }
    if (stop_.count(w)) break;
    Span here{t.start, t.end};
    if (w.find('.') != std::string::npos) {  // "U.S", "U.N": an abbreviation modifies the noun after it
      ++words;
      continue;
    }
    // Demonyms in -ese are their own plural: "4.5 million Sudanese", "200 Chinese workers".
    // Plural demonyms of the places tables end in -is too: "Iraqis", "Israelis", "Pakistanis".
    bool demonym_plural = t.is(kTokUpper) && ((w.size() > 5 && ends_with(w, "ese")) ||
                                              (ends_with(w, "is") && demonyms_ && demonyms_->lookup("geo_demonym", w)));
    if (looks_plural(w) || demonym_plural) {
      if (t.is(kTokUpper) && !irregular_.count(w)) {
        if (capital_plural) return capital_plural;
        capital_plural = here;  // a plain plural right after wins: "United Nations agencies"
        ++words;
        continue;
      }
      return here;
    }
    if (capital_plural) return capital_plural;
    if (!t.is(kTokUpper) && !ends_with(w, "ed")) singular = here;  // not "one held", "one killed"
    ++words;
  }
  if (capital_plural) return capital_plural;
  if (opt.singular && singular) return singular;
  return std::nullopt;
}

}  // namespace nf
