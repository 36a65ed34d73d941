// JSON lines emitter: the article, mention and fact records of DESIGN.md, one object a line.
//
//   std::string out;
//   nf::append_records(out, article, result);   // article line, then mentions, then facts
//   std::fwrite(out.data(), 1, out.size(), stdout);
//
// Empty strings and empty optionals are written as null, numbers as JSON numbers; strings are
// escaped (every control character; invalid UTF-8 becomes \ufffd). Mention fields come from
// nf::mention_fields(), the one source of truth shared with the tests.
#pragma once
#include <string>
#include <string_view>

#include "extractor/model/article.h"
#include "extractor/pipeline.h"

namespace nf {

// Appends s as a quoted JSON string.
void append_json_string(std::string& out, std::string_view s);

// Appends every record of one extracted article, each ending in '\n'.
void append_records(std::string& out, const Article& article, const ArticleResult& result);

}  // namespace nf
