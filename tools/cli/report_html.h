// HTML building blocks of `newsfacts report`: escaping, the page frame, and the article body
// with spans wrapped in tags (marks nest properly even when spans overlap).
//
//   std::vector<nf::cli::Wrap> w = {{0, 5, "<mark class=\"kind-date\">", "</mark>", "<mark class=\"kind-date\">", 1}};
//   std::string html = nf::cli::wrap_spans("April rain", w);   // <mark class="kind-date">April</mark> rain
//
// Everything that comes from the database goes through html_escape (text and attributes).
#pragma once
#include <string>
#include <vector>

namespace nf::cli {

std::string html_escape(const std::string& s);

// A tag pair around the byte span [start, end) of a text. When a span crosses the end of an
// enclosing one, it is split: the part after it reopens with `reopen` (the same tag without id).
// `layer` orders tags that start at the same offset with the same end (lower = outer).
// An empty span (start == end) places `open` + `close` at that offset (an anchor).
struct Wrap {
  long long start = 0, end = 0;
  std::string open, close, reopen;
  int layer = 0;
};

// The escaped text with the wraps inserted. Spans outside the text or not on UTF-8 character
// boundaries are ignored.
std::string wrap_spans(const std::string& text, std::vector<Wrap> wraps);

// <!DOCTYPE html> ... with an inline stylesheet (the report opens from disk, no other files).
std::string page_start(const std::string& title);
std::string page_end();

}  // namespace nf::cli
