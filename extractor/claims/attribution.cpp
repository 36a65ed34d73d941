#include "extractor/claims/attribution.h"

#include <cctype>

#include "extractor/claims/lexicon.h"
#include "extractor/rules/ascii_variant.h"
#include "extractor/rules/rule_library.h"
#include "extractor/text/possessive.h"

namespace nf {
namespace {

std::unique_ptr<TwinRegex> compile(const std::string& pattern, const char* what) {
  auto re = std::make_unique<TwinRegex>(pattern);
  if (!re->ok()) throw RuleError(std::string("claims: cannot compile the ") + what + " pattern: " + re->error());
  return re;
}

re2::StringPiece piece(std::string_view s) { return re2::StringPiece(s.data(), s.size()); }

std::string folded_lower(std::string_view s) { return fold_key(s); }

bool is_word_byte_(char c) { return std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80); }

// "the Disaster Management Centre (DMC)" where only "DMC" is an agency mention: whether the
// words spelled out just before the bracket hold the anaphor's head word ("the centre").
bool spelled_out_holds(std::string_view body, const Mention& m, const std::string& head) {
  constexpr size_t kSpelledOut = 80;  // bytes before the bracket
  size_t open = m.span.start;
  while (open > 0 && body[open - 1] == ' ') --open;
  if (open == 0 || body[open - 1] != '(' || m.span.end >= body.size() || body[m.span.end] != ')') {
    // "the national disaster office BNGRC": the words that describe it, from "the" on.
    size_t from = m.span.start > kSpelledOut ? m.span.start - kSpelledOut : 0;
    std::string_view before = body.substr(from, m.span.start - from);
    size_t stop = before.find_last_of(",;:.\n()");
    if (stop != std::string_view::npos) before.remove_prefix(stop + 1);
    std::string words = " " + fold_key(before);
    size_t the = words.rfind(" the ");
    return the != std::string::npos && words.find(head, the) != std::string::npos;
  }
  size_t from = open - 1 > kSpelledOut ? open - 1 - kSpelledOut : 0;
  std::string_view before = body.substr(from, open - 1 - from);
  size_t stop = before.find_last_of(",;:.\n");  // the name starts after the last punctuation
  if (stop != std::string_view::npos) before.remove_prefix(stop + 1);
  return fold_key(before).find(head) != std::string::npos;
}

// "the United Nations released $10 million": a verb of claim_action_verb right before a sum of
// money (perhaps after "a", "an", "an initial", "another") says what the agency gave, not what
// it reported. `verb_end`: the byte after the attribution verb.
bool gives_money(const ArticleContext& ctx, const std::vector<Mention>& mentions, int sentence, size_t verb_end,
                 const std::unordered_set<std::string>& actions) {
  size_t start = verb_end;
  while (start > 0 && is_word_byte_(ctx.body[start - 1])) --start;
  if (!actions.count(fold_key(ctx.body.substr(start, verb_end - start)))) return false;
  constexpr size_t kNear = 16;  // bytes: " an initial "
  for (const Mention& m : mentions) {
    if (m.kind != Kind::Money || m.sentence != sentence || m.span.start < verb_end || m.span.start > verb_end + kNear) continue;
    std::string between = fold_key(ctx.body.substr(verb_end, m.span.start - verb_end));
    size_t a = between.find_first_not_of(' '), b = between.find_last_not_of(' ');
    between = a == std::string::npos ? "" : between.substr(a, b - a + 1);
    if (between.empty() || between == "a" || between == "an" || between == "an initial" || between == "another") return true;
  }
  return false;
}

}  // namespace

AttributionFinder::AttributionFinder(const RuleLibrary& rules)
    : rules_(rules), departments_(rules, "claim_ministry_department"), actions_(macro_words(rules, "claim_action_verb")),
      addressee_verbs_(macro_words(rules, "claim_addressee_verb")) {
  const std::string verb = macro_alternation(rules, "claim_attrib_verb");
  const std::string filler = macro_alternation(rules, "claim_attrib_filler");
  const std::string before = macro_alternation(rules, "claim_attrib_before");
  const std::string inverted = macro_alternation(rules, "claim_attrib_verb_inverted");
  const std::string refer = macro_alternation(rules, "claim_refer_back");
  // Source, then up to eight filler words (titles, names, "data", a weekday), then the verb.
  // The verb is captured so that what follows it can be checked for a refer-back.
  after_ = compile("^(?:\\s*(?:,|[)\"\xE2\x80\x9D]|\\([^()]{1,40}\\)|(?i:" + filler + ")\\b|\\p{Lu}[\\p{L}'\xE2\x80\x99.\\-]*)){0,8}?\\s*(?i:" + verb + ")\\b",
                   "attribution verb");
  // "according to UNHCR", "according to an AFP tally", "according to the state operator Celec".
  before_ = compile("(?i:" + before + ")\\s+(?:\\p{Lu}\\p{L}*['\xE2\x80\x99]s\\s+)?(?:(?i:the|an?|its|their)\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,3})?$",
                    "according to");
  inverted_ = compile("(?:,|[\"\xE2\x80\x9D])\\s*(?i:" + inverted + ")\\s+(?:(?i:the)\\s+)?$", "postposed source");
  refer_back_ = compile("^\\s*(?i:" + refer + ")(?:\\b|$)", "refer back");
  // "The figures were released by" + source: a whole sentence that names who gave the figures.
  refer_passive_ = compile("^\\s*(?i:" + refer + ")\\s+(?:\\p{L}+\\s+){0,4}(?i:by|" + before +
                           ")\\s+(?:\\p{Lu}\\p{L}*['\xE2\x80\x99]s\\s+)?(?:(?i:the)\\s+)?$", "passive refer back");
  anaphor_ = compile("(?i)\\b(" + table_key_alternation(rules, "claim_anaphor") + ")\\b", "anaphor");
  description_ = compile("\\b(?:the|The) (\\p{Ll}[\\p{L}-]*)\\b", "definite description");
  // "State Minister of Health", "Minister for Home Affairs", "Deputy Health Minister",
  // "Environment and Urbanization Minister": group 1 the title, group 2 or 3 its departments.
  if (rules.has_table("claim_ministry_department")) {
    const std::string dept = table_key_alternation(rules, "claim_ministry_department");
    const std::string depts = dept + "(?:\\s*,\\s*" + dept + ")*(?:\\s*,?\\s*(?:and|&)\\s+" + dept + ")?";
    const std::string rank = "(?:" + macro_alternation(rules, "claim_minister_rank") + "\\s+)*";
    const std::string title = macro_alternation(rules, "claim_minister_title");
    // The title's last words, for a cheap test before the regex ("minister", "secretary").
    for (const std::string& t : macro_words(rules, "claim_minister_title")) {
      size_t sp = t.find_last_of(' ');
      title_heads_.push_back(sp == std::string::npos ? t : t.substr(sp + 1));
    }
    minister_ = compile("(?i)\\b(" + rank + title + "\\s+(?:of|for)\\s+(?:state\\s+for\\s+)?(?:the\\s+)?(" + depts + ")|" + rank + "(" +
                            depts + ")\\s+" + rank + title + ")\\b",
                        "minister title");
  }
}

AttributionFinder::~AttributionFinder() = default;

const char* source_via_name(SourceVia v) {
  switch (v) {
    case SourceVia::Agency: return "agency";
    case SourceVia::Anaphor: return "anaphor";
    case SourceVia::MinisterTitle: return "minister-title";
    case SourceVia::Surname: return "surname";
  }
  return "?";
}

bool AttributionFinder::addressed(std::string_view body, Span agency) const {
  size_t end = agency.start;
  while (end > 0 && body[end - 1] == ' ') --end;
  std::string_view before = body.substr(0, end);
  if (before.size() >= 3 && ascii_lower(before.substr(before.size() - 3)) == "the") {
    end -= 3;
    while (end > 0 && body[end - 1] == ' ') --end;
  }
  size_t start = end;
  while (start > 0 && ((body[start - 1] >= 'a' && body[start - 1] <= 'z') || (body[start - 1] >= 'A' && body[start - 1] <= 'Z'))) --start;
  return start < end && addressee_verbs_.count(ascii_lower(body.substr(start, end - start))) > 0;
}

bool AttributionFinder::attributes(const ArticleContext& ctx, Span sentence, Span span, bool* refers_back,
                                   size_t* reach) const {
  *refers_back = false;
  if (reach) *reach = 0;
  std::string_view after = ctx.body.substr(span.end, sentence.end - span.end);
  re2::StringPiece m;
  if (after_->for_text(after).Match(piece(after), 0, after.size(), RE2::ANCHOR_START, &m, 1)) {
    std::string_view rest = after.substr(m.size());
    *refers_back = RE2::PartialMatch(piece(rest), refer_back_->for_text(rest));
    if (reach) *reach = m.size();
    return true;
  }
  std::string_view before = ctx.body.substr(sentence.start, span.start - sentence.start);
  const bool ascii_before = is_ascii(before);
  if (RE2::PartialMatch(piece(before), before_->for_ascii(ascii_before))) {
    // "The figures were released by UNHCR": the sentence opens on what it refers back to.
    *refers_back = RE2::PartialMatch(piece(before), refer_passive_->for_ascii(ascii_before));
    return true;
  }
  // "The figure was published last week by INEI": a passive whose verb stands apart from "by".
  if (RE2::PartialMatch(piece(before), refer_passive_->for_ascii(ascii_before))) return *refers_back = true;
  return RE2::PartialMatch(piece(before), inverted_->for_ascii(ascii_before));
}

namespace {

bool is_word_byte(char c) { return std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80); }

// Whether `text` holds `lower` (ASCII, lower case) in any case.
bool contains_ascii_ci(std::string_view text, const std::string& lower) {
  if (lower.empty() || text.size() < lower.size()) return false;
  for (size_t i = 0; i + lower.size() <= text.size(); ++i) {
    if ((text[i] | 0x20) != lower[0]) continue;
    size_t k = 1;
    while (k < lower.size() && (text[i + k] | 0x20) == lower[k]) ++k;
    if (k == lower.size()) return true;
  }
  return false;
}

// "Environment and Urbanization" from the departments' words, each by its table value.
std::string department_name(std::string_view words, const WordTable& departments) {
  std::string out, part;
  std::vector<std::string> names;
  std::string folded = fold_key(words);
  for (char& c : folded) c = (c == ',' || c == '&') ? ' ' : c;
  // Longest table key first at each position: "public health" before "health".
  std::vector<std::string> toks;
  for (size_t p = 0; p < folded.size();) {
    size_t q = folded.find(' ', p);
    if (q == std::string::npos) q = folded.size();
    if (q > p) toks.push_back(folded.substr(p, q - p));
    p = q + 1;
  }
  for (size_t i = 0; i < toks.size();) {
    if (toks[i] == "and") { ++i; continue; }
    size_t best = 0;
    const std::string* v = nullptr;
    std::string key;
    for (size_t n = 1; n <= 3 && i + n <= toks.size(); ++n) {
      key = n == 1 ? toks[i] : key + " " + toks[i + n - 1];
      if (const std::string* f = departments.find(key)) v = f, best = n;
    }
    if (!v) return "";
    names.push_back(*v);
    i += best;
  }
  for (size_t i = 0; i < names.size(); ++i)
    out += (i == 0 ? "" : i + 1 == names.size() ? " and " : ", ") + names[i];
  return out;
}

// The country a minister serves: a place right before the title ("Uganda's Health Minister"),
// else the dateline's.
std::string minister_country(const ArticleContext& ctx, const std::vector<Mention>& mentions,
                             const OpeningDateline& opening, Span title) {
  for (const Mention& m : mentions) {
    if (m.kind != Kind::Location || m.country.empty() || m.span.end > title.start || title.start - m.span.end > 4) continue;
    std::string_view between = ctx.body.substr(m.span.end, title.start - m.span.end);
    const size_t ending = possessive_prefix(between);
    if (ending > 0 && between.substr(ending) == " ") return m.country;
  }
  const Dateline& dl = ctx.article.dateline;
  for (const Mention& m : mentions) {
    if (m.kind != Kind::Location || m.country.empty()) continue;
    if (dl.found && m.span.overlaps(dl.span)) return m.country;
  }
  if (opening.place >= 0) return mentions[opening.place].country;
  return "";
}

}  // namespace

void AttributionFinder::minister_cues(const ArticleContext& ctx, const std::vector<Mention>& mentions,
                                      const OpeningDateline& opening, std::vector<SourceCue>& out) const {
  if (!minister_) return;
  const auto& sentences = ctx.segmentation.sentences;
  struct Quoted {
    std::string surname;
    SourceCue cue;
  };
  std::vector<Quoted> quoted;
  for (size_t si = 0; si < sentences.size(); ++si) {
    const Sentence& s = sentences[si];
    if (s.boilerplate) continue;
    std::string_view text = ctx.body.substr(s.start, s.end - s.start);
    bool titled = false;
    for (const std::string& h : title_heads_) titled = titled || contains_ascii_ci(text, h);
    if (!titled) continue;
    re2::StringPiece input = piece(text), whole, d1, d2;
    const RE2& minister = minister_->for_text(text);
    while (RE2::FindAndConsume(&input, minister, &whole, &d1, &d2)) {
      Span span{s.start + static_cast<size_t>(whole.data() - text.data()),
                s.start + static_cast<size_t>(whole.data() - text.data()) + whole.size()};
      bool inside_agency = false;
      for (const Mention& m : mentions) inside_agency = inside_agency || (m.kind == Kind::Agency && m.span.overlaps(span));
      bool back = false;
      size_t reach = 0;
      if (inside_agency || !attributes(ctx, Span{s.start, s.end}, span, &back, &reach)) continue;
      re2::StringPiece d = d1.data() ? d1 : d2;
      std::string dept = department_name(std::string_view(d.data(), d.size()), departments_);
      if (dept.empty()) continue;
      SourceCue cue{static_cast<int>(si), -1, "", span, back, 0, SourceVia::MinisterTitle};
      // A ministry of that department named in the article: the nearest, before the title first.
      std::string first_key = fold_key(dept.substr(0, dept.find(' ')));
      for (size_t k = 0; k < mentions.size(); ++k) {
        const Mention& m = mentions[k];
        if (m.kind != Kind::Agency) continue;
        std::string v = fold_key(m.value.empty() ? m.text(ctx.body) : std::string_view(m.value));
        if (v.find("ministr") == std::string::npos || v.find(first_key) == std::string::npos) continue;
        bool before = m.span.end <= span.start;
        bool cur_before = cue.agency >= 0 && mentions[cue.agency].span.end <= span.start;
        if (cue.agency < 0 || (before && !cur_before) || (before == cur_before && before)) cue.agency = static_cast<int>(k);
      }
      if (cue.agency < 0) {
        std::string country = minister_country(ctx, mentions, opening, span);
        cue.name = dept + " Ministry" + (country.empty() ? "" : " (" + country + ")");
      }
      out.push_back(cue);
      // The minister's surname: the last capitalized word between the title and the verb.
      std::string_view name = ctx.body.substr(span.end, reach);
      std::string surname;
      for (size_t p = 0; p < name.size();) {
        while (p < name.size() && !is_word_byte(name[p])) ++p;
        size_t q = p;
        while (q < name.size() && (is_word_byte(name[q]) || name[q] == '-')) ++q;
        if (q > p + 2 && std::isupper(static_cast<unsigned char>(name[p]))) surname = std::string(name.substr(p, q - p));
        else if (q > p && !surname.empty()) break;  // the name has ended ("... Aceng said")
        p = q;
      }
      if (!surname.empty()) quoted.push_back(Quoted{surname, cue});
    }
  }
  // "Kurum said the remaining 252,000 units ...": the minister quoted again by surname.
  for (const Quoted& q : quoted) {
    for (size_t si = static_cast<size_t>(q.cue.sentence) + 1; si < sentences.size(); ++si) {
      const Sentence& s = sentences[si];
      if (s.boilerplate) continue;
      std::string_view text = ctx.body.substr(s.start, s.end - s.start);
      for (size_t at = text.find(q.surname); at != std::string_view::npos; at = text.find(q.surname, at + 1)) {
        size_t end = at + q.surname.size();
        if ((at > 0 && is_word_byte(text[at - 1])) || (end < text.size() && is_word_byte(text[end]))) continue;
        Span span{s.start + at, s.start + end};
        bool back = false;
        if (!attributes(ctx, Span{s.start, s.end}, span, &back)) continue;
        SourceCue cue = q.cue;
        cue.sentence = static_cast<int>(si);
        cue.span = span;
        cue.refers_back = back;
        cue.via = SourceVia::Surname;
        out.push_back(cue);
      }
    }
  }
}

std::vector<SourceCue> AttributionFinder::cues(const ArticleContext& ctx, const std::vector<Mention>& mentions,
                                               const OpeningDateline& opening) const {
  std::vector<SourceCue> out;
  minister_cues(ctx, mentions, opening, out);
  std::vector<SourceCue> ministers = out;  // antecedents for "the ministry" besides agency mentions
  const auto& sentences = ctx.segmentation.sentences;
  for (size_t k = 0; k < mentions.size(); ++k) {
    const Mention& m = mentions[k];
    if (m.kind != Kind::Agency || m.sentence < 0) continue;
    const Sentence& s = sentences[m.sentence];
    bool back = false;
    size_t reach = 0;
    if (!attributes(ctx, Span{s.start, s.end}, m.span, &back, &reach)) continue;
    if (gives_money(ctx, mentions, m.sentence, m.span.end + reach, actions_)) continue;
    // "The Taliban's Ministry of Disaster Management confirmed": the agency nearest the verb
    // is the one speaking.
    bool nested = false;
    for (const Mention& o : mentions)
      nested = nested || (o.kind == Kind::Agency && o.span.start >= m.span.end && o.span.start < m.span.end + reach);
    if (!nested) out.push_back(SourceCue{m.sentence, static_cast<int>(k), "", m.span, back});
  }
  // Anaphors: "the agency said", "according to the ministry"; resolved to the nearest agency
  // before them whose name holds the anaphor's head word.
  for (size_t si = 0; si < sentences.size(); ++si) {
    const Sentence& s = sentences[si];
    if (s.boilerplate) continue;
    std::string_view text = ctx.body.substr(s.start, s.end - s.start);
    re2::StringPiece input = piece(text), found;
    const RE2& anaphor = anaphor_->for_text(text);
    while (RE2::FindAndConsume(&input, anaphor, &found)) {
      Span span{s.start + static_cast<size_t>(found.data() - text.data()),
                s.start + static_cast<size_t>(found.data() - text.data()) + found.size()};
      bool inside_agency = false;
      for (const Mention& m : mentions) inside_agency = inside_agency || (m.kind == Kind::Agency && m.span.overlaps(span));
      for (const SourceCue& c : ministers) inside_agency = inside_agency || c.span.overlaps(span);
      bool back = false;
      size_t reach = 0;
      if (inside_agency || !attributes(ctx, Span{s.start, s.end}, span, &back, &reach)) continue;
      if (gives_money(ctx, mentions, static_cast<int>(si), span.end + reach, actions_)) continue;
      const std::string* head = rules_.lookup("claim_anaphor", std::string_view(found.data(), found.size()));
      if (!head) continue;
      bool any = *head == "*";
      bool pronoun = fold_key(std::string_view(found.data(), found.size())) == "it";
      int antecedent = -1;
      for (size_t k = mentions.size(); k-- > 0;) {
        const Mention& m = mentions[k];
        if (m.kind != Kind::Agency || m.span.start >= span.start) continue;
        if (pronoun && m.sentence + 2 < static_cast<int>(si)) break;  // "it" reaches back two sentences
        // "telling the United Nations that ...": who is told something does not speak later.
        if (any && addressed(ctx.body, m.span)) continue;
        // "Police and soldiers moved 240 residents ..., it said": a coordinated subject is no "it".
        if (pronoun && ctx.body.substr(m.span.end, 5) == " and ") continue;
        if (any || folded_lower(m.value).find(*head) != std::string::npos ||
            folded_lower(m.text(ctx.body)).find(*head) != std::string::npos || spelled_out_holds(ctx.body, m, *head)) {
          antecedent = static_cast<int>(k);
          break;
        }
      }
      // A ministry named only by its minister's title, nearer than any agency mention.
      const SourceCue* title = nullptr;
      for (const SourceCue& c : ministers)
        if (c.agency < 0 && c.span.start < span.start && (any || fold_key(c.name).find(*head) != std::string::npos) &&
            (antecedent < 0 || c.span.start > mentions[antecedent].span.start))
          title = &c;
      if (title) out.push_back(SourceCue{static_cast<int>(si), -1, title->name, span, back, 0, SourceVia::Anaphor});
      else if (antecedent >= 0) out.push_back(SourceCue{static_cast<int>(si), antecedent, "", span, back, 0, SourceVia::Anaphor});
    }
  }
  // "the gendarmerie said" after "the Djiboutian Gendarmerie said": a definite description by
  // the last word of a body named in this sentence or the two before (words of claim_anaphor
  // are resolved above).
  for (size_t si = 0; si < sentences.size(); ++si) {
    const Sentence& s = sentences[si];
    if (s.boilerplate) continue;
    std::string_view text = ctx.body.substr(s.start, s.end - s.start);
    re2::StringPiece input = piece(text), word;
    const RE2& description = description_->for_text(text);
    while (RE2::FindAndConsume(&input, description, &word)) {
      size_t end = static_cast<size_t>(word.data() - text.data()) + word.size();
      Span span{s.start + static_cast<size_t>(word.data() - text.data()) - 4, s.start + end};
      std::string head = folded_lower(std::string_view(word.data(), word.size()));
      if (rules_.lookup("claim_anaphor", "the " + head)) continue;
      bool inside = false;
      for (const Mention& m : mentions) inside = inside || (m.kind == Kind::Agency && m.span.overlaps(span));
      for (const SourceCue& c : out) inside = inside || c.span.overlaps(span);
      if (inside) continue;
      // The antecedent first: most "the <word>" name no body, and the attribution test is a regex.
      int antecedent = -1;
      for (size_t k = mentions.size(); k-- > 0 && antecedent < 0;) {
        const Mention& m = mentions[k];
        if (m.kind != Kind::Agency || m.span.start >= span.start || m.sentence + 2 < static_cast<int>(si)) continue;
        std::string name = folded_lower(m.text(ctx.body));
        size_t last = name.find_last_of(' ');
        if ((last == std::string::npos ? name : name.substr(last + 1)) == head) antecedent = static_cast<int>(k);
      }
      if (antecedent < 0) continue;
      bool back = false;
      size_t reach = 0;
      if (!attributes(ctx, Span{s.start, s.end}, span, &back, &reach)) continue;
      if (gives_money(ctx, mentions, static_cast<int>(si), span.end + reach, actions_)) continue;
      out.push_back(SourceCue{static_cast<int>(si), antecedent, "", span, back, 0, SourceVia::Anaphor});
    }
  }
  // A cue after ", and" (or ";") that reports a count of its own opens a clause of its own.
  for (SourceCue& c : out) {
    const Sentence& s = sentences[c.sentence];
    bool reports = false;
    for (const Mention& m : mentions)
      reports = reports || (m.sentence == c.sentence && is_numeric(m.kind) && m.kind != Kind::Quantity && m.span.start >= c.span.end);
    if (!reports) continue;
    std::string_view before = ctx.body.substr(s.start, c.span.start - s.start);
    for (size_t p = before.size(); p-- > 0;) {
      if (before[p] == ';') { c.clause_start = s.start + p; break; }
      if (before[p] != ',') continue;
      std::string next = fold_key(before.substr(p + 1, std::min<size_t>(10, before.size() - p - 1)));
      if (next.rfind("and ", 0) == 0 || next.rfind("but ", 0) == 0 || next.rfind("while ", 0) == 0) {
        c.clause_start = s.start + p;
        break;
      }
    }
  }
  return out;
}

std::optional<SourceCue> source_for(const Mention& count, const std::vector<SourceCue>& cues) {
  const SourceCue* best = nullptr;
  size_t best_gap = 0;
  for (const SourceCue& c : cues) {
    if (c.sentence != count.sentence) continue;
    if (c.clause_start > 0 && count.span.end <= c.clause_start) continue;
    size_t gap = c.span.end <= count.span.start ? count.span.start - c.span.end : c.span.start - std::min(c.span.start, count.span.end);
    if (!best || gap < best_gap) {
      best = &c;
      best_gap = gap;
    }
  }
  if (best) return *best;
  for (const SourceCue& c : cues)
    if (c.sentence == count.sentence + 1 && c.refers_back) return c;
  return std::nullopt;
}

}  // namespace nf
