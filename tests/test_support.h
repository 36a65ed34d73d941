// Shared helpers for the tests: the project's paths and one Extractor loaded once.
//
//   const nf::Extractor& ex = nf::test::extractor();
//   nf::ArticleResult r = nf::test::run_text("in April", "2025-04-23");
#pragma once
#include <string>

#include "extractor/pipeline.h"

namespace nf::test {

inline std::string source_dir() { return NEWSFACTS_SOURCE_DIR; }
inline std::string rules_dir() { return source_dir() + "/rules"; }
inline std::string binary() { return NEWSFACTS_BINARY; }
inline std::string shared_dir() { return NEWSFACTS_SHARED_DIR; }

const Extractor& extractor();

// Runs the whole pipeline on a text with a reference date; the article id is "test".
ArticleResult run_text(const std::string& text, const std::string& reference_date, Article* out_article = nullptr);

}  // namespace nf::test
