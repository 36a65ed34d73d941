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
  const Impl& im = *impl_;
  thread_local Segmenter segmenter;  // ICU break iterators are per thread
  ArticleResult r;
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

  for (size_t i = 0; i < r.segmentation.sentences.size(); ++i) {
    const Sentence& s = r.segmentation.sentences[i];
    im.rules.match(body, Span{s.start, s.end}, static_cast<int>(i), r.mentions);
  }
  im.gazetteer.match(body, r.segmentation, r.mentions);
  resolve_overlaps(r.mentions);

  ArticleContext ctx{article, body, r.segmentation, r.reference_date};
  im.temporal.run(r.mentions, ctx);
  im.numeric.run(r.mentions, ctx);
  im.entities.run(r.mentions, ctx);
  r.facts = im.claims.run(r.mentions, ctx, r.content_hash);
  return r;
}

}  // namespace nf
