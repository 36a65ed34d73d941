// RuleLibrary::match_batch and Extractor::extract_batch run the rules rule by rule over many
// sentences instead of sentence by sentence: they must give exactly what match() and
// extract() give, in the same order, on every rule example and on every article of corpus/.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extractor/ingest/reader.h"
#include "extractor/rules/rule_library.h"
#include "extractor/text/segmenter.h"
#include "storage/json_lines.h"
#include "tests/test_support.h"

namespace {

std::string describe(const std::vector<nf::Mention>& ms) {
  std::string s;
  for (const nf::Mention& m : ms) {
    s += m.rule + " " + std::to_string(m.sentence) + " [" + std::to_string(m.span.start) + "," +
         std::to_string(m.span.end) + ") p" + std::to_string(m.priority);
    for (const auto& [k, v] : m.attrs) s += " " + k + "=" + v;
    s += "\n";
  }
  return s;
}

std::vector<nf::Article> corpus_articles() {
  std::vector<nf::Article> articles;
  nf::read_inputs({nf::test::source_dir() + "/corpus"}, {}, [&](nf::Article&& a) { articles.push_back(std::move(a)); },
                  [](const nf::InputProblem&) {});
  return articles;
}

}  // namespace

TEST_CASE("match_batch gives match()'s mentions, in order, on corpus/ and every rule example", "[rules][batch]") {
  const nf::RuleLibrary& lib = nf::test::extractor().rules();
  nf::Segmenter segmenter;
  // Texts: every article of corpus/ and every example text, each one "article" of the batch.
  std::vector<std::string> texts;
  for (const nf::Article& a : corpus_articles()) texts.push_back(a.body);
  for (const nf::RuleExample& ex : lib.examples()) texts.push_back(ex.text);
  REQUIRE(texts.size() > 100);

  std::vector<std::vector<nf::Mention>> one_by_one(texts.size()), batched(texts.size());
  std::vector<nf::RuleLibrary::SentenceRef> refs;
  size_t sentences = 0;
  for (size_t k = 0; k < texts.size(); ++k) {
    nf::Segmentation seg = segmenter.segment(texts[k]);
    for (size_t i = 0; i < seg.sentences.size(); ++i) {
      nf::Span span{seg.sentences[i].start, seg.sentences[i].end};
      lib.match(texts[k], span, static_cast<int>(i), one_by_one[k]);
      refs.push_back({texts[k], span, static_cast<int>(i), &batched[k]});
    }
    sentences += seg.sentences.size();
  }
  lib.match_batch(refs);
  size_t mentions = 0;
  for (size_t k = 0; k < texts.size(); ++k) {
    INFO("text " << k << ": " << texts[k].substr(0, 120));
    CHECK(describe(batched[k]) == describe(one_by_one[k]));
    mentions += one_by_one[k].size();
  }
  CHECK(sentences > 1000);
  CHECK(mentions > 1000);

  // Sentences of one article given to several batches, and a batch of one: the same again.
  std::vector<nf::Mention> split;
  for (size_t i = 0; i < refs.size() && i < 40; ++i) {
    if (refs[i].out != refs[0].out) break;
    nf::RuleLibrary::SentenceRef one = refs[i];
    one.out = &split;
    lib.match_batch({one});
  }
  std::vector<nf::Mention> first;
  for (size_t i = 0; i < refs.size() && refs[i].out == refs[0].out; ++i) lib.match(refs[i].body, refs[i].sentence, refs[i].index, first);
  CHECK(describe(split) == describe(first));
  lib.match_batch({});  // nothing to do
}

TEST_CASE("extract_batch gives extract()'s records for every article of corpus/", "[pipeline][batch]") {
  const nf::Extractor& ex = nf::test::extractor();
  std::vector<nf::Article> read = corpus_articles();
  REQUIRE(read.size() > 40);
  nf::ExtractOptions options{"2025-04-23"};
  std::string one_by_one, batched;
  std::vector<nf::Article> a = read, b = read;
  for (nf::Article& article : a) nf::append_records(one_by_one, article, ex.extract(article, options));
  std::vector<nf::Article*> ptrs;
  for (nf::Article& article : b) ptrs.push_back(&article);
  std::vector<nf::ArticleResult> results = ex.extract_batch(ptrs, options);
  REQUIRE(results.size() == b.size());
  for (size_t k = 0; k < b.size(); ++k) nf::append_records(batched, b[k], results[k]);
  CHECK(batched.size() > 100000);
  CHECK(batched == one_by_one);
}
