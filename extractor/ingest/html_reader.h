// HTML to article text with gumbo: keeps the story, drops the page around it.
//
//   nf::HtmlPage p = nf::read_html_page(bytes, "https://example.org/news/1.html");
//   p.body   // "Paragraph one.\nParagraph two." (block elements become lines)
//   p.title, p.published (YYYY-MM-DD), p.url (canonical, absolute)
//
// The story is the largest <article>, else <main> (or role=main), else the element whose
// paragraphs hold the most text outside links. Scripts, styles, navigation, headers, footers,
// asides, forms, comments and share/related/newsletter blocks are dropped. Entities are decoded
// by gumbo. Feeds use html_fragment_text() for their HTML descriptions (no story selection).
#pragma once
#include <string>
#include <string_view>

namespace nf {

struct HtmlPage {
  std::string title;
  std::string published;  // YYYY-MM-DD or ""
  std::string url;        // canonical URL (link rel=canonical, og:url), absolute when a base is known
  std::string body;       // paragraphs, one per line, no trailing newline
};

HtmlPage read_html_page(std::string_view html, const std::string& base_url);

// All text of an HTML fragment (an RSS description, an Atom content element), block elements
// as lines, boilerplate elements dropped. Plain text passes through with entities decoded.
std::string html_fragment_text(std::string_view html);

// Resolves a possibly relative link against a base URL ("" base: the link as written).
std::string resolve_url(const std::string& base, const std::string& href);

}  // namespace nf
