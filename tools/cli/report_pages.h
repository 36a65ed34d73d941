// The pages of `newsfacts report`: index.html (articles and facts) and one page per article
// (its body with every mention in a <mark>, and its facts linked to their spans).
//
//   SQLite::Database db = nf::cli::open_database("facts.db");
//   nf::cli::ReportStats s = nf::cli::write_report(db, "report/");   // report/index.html, report/article-1.html, ...
#pragma once
#include <SQLiteCpp/Database.h>

#include <string>

namespace nf::cli {

struct ReportStats {
  long articles = 0, mentions = 0, facts = 0;
};

// Page file name of an article (its row id keeps it safe for any file system).
std::string article_page_name(long long article_rowid);

// Writes the report into `out_dir` (created if needed); CliError{1} when it cannot write.
ReportStats write_report(SQLite::Database& db, const std::string& out_dir);

}  // namespace nf::cli
