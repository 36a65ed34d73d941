#include "extractor/pipeline.h"

#include "extractor/claims/assembler.h"
#include "extractor/ingest/dateline.h"
#include "extractor/model/hash.h"
#include "extractor/normalize/entities.h"
#include "extractor/normalize/numeric.h"
#include "extractor/normalize/temporal.h"
#include "extractor/rules/gazetteer.h"
#include "extractor/rules/rule_library.h"
#include "extractor/text/abbreviations.h"
#include "extractor/text/boilerplate.h"

namespace nf {
namespace {

bool is_full_date(const std::string& d) {
  return d.size() == 10 && d[4] == '-' && d[7] == '-' && d.find('X') == std::string::npos;
}

}  // namespace

// Member order is construction order: every stage reads the rule library built first.
struct Extractor::Impl {
  explicit Impl(RuleLibrary lib)
      : rules(std::move(lib)),
        dateline(rules),
        abbreviations(rules),
        boilerplate(rules),
        gazetteer(rules),
        temporal(rules),
        numeric(rules),
        entities(rules),
        claims(rules) {}
  RuleLibrary rules;
  DatelineReader dateline;
  AbbreviationJoiner abbreviations;
  BoilerplateMarker boilerplate;
  Gazetteer gazetteer;
  TemporalNormalizer temporal;
  NumericNormalizer numeric;
  EntityNormalizer entities;
  ClaimAssembler claims;
};

Extractor::Extractor() = default;
Extractor::Extractor(Extractor&&) noexcept = default;
Extractor& Extractor::operator=(Extractor&&) noexcept = default;
Extractor::~Extractor() = default;

Extractor Extractor::load(const std::string& rules_dir) {
  Extractor ex;
  ex.impl_ = std::make_unique<Impl>(RuleLibrary::load(rules_dir));
  return ex;
}

const RuleLibrary& Extractor::rules() const { return impl_->rules; }

ArticleResult Extractor::extract(Article& article, const ExtractOptions& options) const {
  ArticleResult r;
  prepare(article, options, r);
  std::string_view body = article.body;
  for (size_t i = 0; i < r.segmentation.sentences.size(); ++i) {
    const Sentence& s = r.segmentation.sentences[i];
    impl_->rules.match(body, Span{s.start, s.end}, static_cast<int>(i), r.mentions);
  }
  finish(article, r);
  return r;
}

std::vector<ArticleResult> Extractor::extract_batch(const std::vector<Article*>& articles,
                                                    const ExtractOptions& options) const {
  std::vector<ArticleResult> rs(articles.size());
  std::vector<RuleLibrary::SentenceRef> sentences;
  for (size_t k = 0; k < articles.size(); ++k) {
    prepare(*articles[k], options, rs[k]);
    const auto& ss = rs[k].segmentation.sentences;
    for (size_t i = 0; i < ss.size(); ++i)
      sentences.push_back({articles[k]->body, Span{ss[i].start, ss[i].end}, static_cast<int>(i), &rs[k].mentions});
  }
  impl_->rules.match_batch(sentences);
  for (size_t k = 0; k < articles.size(); ++k) finish(*articles[k], rs[k]);
  return rs;
}

void Extractor::prepare(Article& article, const ExtractOptions& options, ArticleResult& r) const {
  const Impl& im = *impl_;
  thread_local Segmenter segmenter;  // ICU break iterators are per thread
  r.content_hash = content_hash(article.body);

  // Reference date: the published date, else the dateline's, else the caller's fallback.
  Dateline from_metadata = article.dateline;  // a feed's own dateline (NITF, NewsML), if any
  im.dateline.read(article, options.fallback_reference_date);
  if (!article.dateline.found && from_metadata.found) article.dateline = std::move(from_metadata);
  if (is_full_date(article.published)) r.reference_date = article.published;
  else if (is_full_date(article.dateline.date)) r.reference_date = article.dateline.date;
  else r.reference_date = options.fallback_reference_date;

  std::string_view body = article.body;
  r.segmentation = segmenter.segment(body);
  im.abbreviations.rejoin(body, r.segmentation);
  im.boilerplate.mark(body, r.segmentation);
}

namespace {
// The dateline's date as a temporal mention where no temporal rule found one: a date in the
// wire's own language ("Rabat, 4 mai (MAP) -", "Tegucigalpa, 14 oct (EFE).-"), which the dateline
// reader knows and English date rules do not. Its numbers then make no count ("4").
void add_dateline_date(const Article& article, const Segmentation& seg, std::vector<Mention>& mentions) {
  const Dateline& d = article.dateline;
  if (!d.found || d.date.empty() || d.date_span.end <= d.date_span.start || d.date_span.end > article.body.size()) return;
  for (const Mention& m : mentions)
    if (is_temporal(m.kind) && m.span.overlaps(d.date_span)) return;
  Mention m;
  m.kind = Kind::Date;
  m.span = d.date_span;
  m.rule = "dateline.date";
  for (size_t i = 0; i < seg.sentences.size(); ++i)
    if (seg.sentences[i].start <= m.span.start && m.span.start < seg.sentences[i].end) m.sentence = static_cast<int>(i);
  m.attrs = {{"value", d.date}};
  mentions.push_back(std::move(m));
}
}  // namespace

void Extractor::finish(Article& article, ArticleResult& r) const {
  const Impl& im = *impl_;
  std::string_view body = article.body;
  im.gazetteer.match(body, r.segmentation, r.mentions);
  add_dateline_date(article, r.segmentation, r.mentions);
  resolve_overlaps(r.mentions);

  ArticleContext ctx{article, body, r.segmentation, r.reference_date};
  im.temporal.run(r.mentions, ctx);
  im.numeric.run(r.mentions, ctx);
  im.entities.run(r.mentions, ctx);
  r.facts = im.claims.run(r.mentions, ctx, r.content_hash);
}

}  // namespace nf
