#include "tests/test_support.h"

namespace nf::test {

const Extractor& extractor() {
  static const Extractor ex = Extractor::load(rules_dir());
  return ex;
}

ArticleResult run_text(const std::string& text, const std::string& reference_date, Article* out_article) {
  Article a;
  a.id = "test";
  a.source = "test";
  a.format = "text";
  a.body = text;
  ArticleResult r = extractor().extract(a, ExtractOptions{reference_date});
  if (out_article) *out_article = a;
  return r;
}

}  // namespace nf::test
