// RSS (2.0, and 1.0 / RDF) and Atom feeds: one article per item or entry.
#include "extractor/ingest/html_reader.h"
#include "extractor/ingest/published_date.h"
#include "extractor/ingest/xml_readers.h"
#include "extractor/ingest/xml_util.h"

namespace nf {
namespace {

// A title as one line of text: entities and stray markup removed.
std::string one_line(const std::string& s) {
  std::string t = html_fragment_text(s);
  for (char& c : t)
    if (c == '\n') c = ' ';
  return t;
}

int line(const XmlSource& src, const pugi::xml_node& n) { return xml::line_of(src.bytes, n.offset_debug()); }

std::string base_of(const pugi::xml_node& n, const std::string& inherited) {
  const char* b = n.attribute("xml:base").value();
  return *b ? resolve_url(inherited, b) : inherited;
}

}  // namespace

void read_rss(const pugi::xml_document& doc, const XmlSource& src, const ArticleSink& sink, const RecordProblem& problem) {
  pugi::xml_node root = doc.document_element();
  pugi::xml_node channel = xml::child(root, "channel");
  std::string base = base_of(root, "");
  if (channel) base = resolve_url(base_of(channel, base), xml::text(xml::child(channel, "link")));
  std::vector<pugi::xml_node> items = xml::children(channel, "item");
  for (pugi::xml_node i : xml::children(root, "item")) items.push_back(i);  // RSS 1.0: items beside the channel
  int index = 0;
  for (const pugi::xml_node& item : items) {
    ++index;
    Article a;
    a.source = src.source;
    a.format = "rss";
    std::string item_base = base_of(item, base);
    a.title = one_line(xml::text(xml::child(item, "title")));
    a.url = resolve_url(item_base, xml::text(xml::child(item, "link")));
    std::string guid = xml::text(xml::child(item, "guid"));
    if (guid.empty()) guid = item.attribute("rdf:about").value();
    a.id = !guid.empty() ? guid : !a.url.empty() ? a.url : src.stem + "#" + std::to_string(index);
    std::string date = xml::text(xml::child(item, "pubDate"));
    if (date.empty()) date = xml::text(xml::child(item, "dc:date"));
    a.published = normalize_published(date);
    pugi::xml_node content = item.child("content:encoded");
    std::string html = content ? xml::text(content) : "";
    if (html.empty()) html = xml::text(xml::child(item, "description"));
    a.body = html_fragment_text(html);
    if (a.body.empty()) {
      problem(line(src, item), "item " + std::to_string(index) + " (" + a.id + ") has no text");
      continue;
    }
    sink(std::move(a));
  }
}

void read_atom(const pugi::xml_document& doc, const XmlSource& src, const ArticleSink& sink, const RecordProblem& problem) {
  pugi::xml_node feed = doc.document_element();
  std::string base = base_of(feed, "");
  auto alternate = [](const pugi::xml_node& parent) {
    std::string href;
    for (pugi::xml_node l : xml::children(parent, "link")) {
      std::string rel = l.attribute("rel").value();
      if (rel.empty() || rel == "alternate") return std::string(l.attribute("href").value());
      if (href.empty() && rel != "self" && rel != "enclosure") href = l.attribute("href").value();
    }
    return href;
  };
  std::string feed_link = alternate(feed);
  if (!feed_link.empty()) base = resolve_url(base, feed_link);
  // Atom text constructs: type="text" (default) as written, "html" escaped markup, "xhtml" a div.
  auto text_construct = [](const pugi::xml_node& n) {
    std::string type = n.attribute("type").value();
    if (type == "xhtml") return html_fragment_text(xml::inner_markup(n));
    if (type == "html" || type == "text/html") return html_fragment_text(xml::text(n));
    return xml::text(n);
  };
  int index = 0;
  for (const pugi::xml_node& entry : xml::children(feed, "entry")) {
    ++index;
    Article a;
    a.source = src.source;
    a.format = "atom";
    std::string entry_base = base_of(entry, base);
    a.title = one_line(text_construct(xml::child(entry, "title")));
    a.url = resolve_url(entry_base, alternate(entry));
    std::string id = xml::text(xml::child(entry, "id"));
    a.id = !id.empty() ? id : !a.url.empty() ? a.url : src.stem + "#" + std::to_string(index);
    std::string date = xml::text(xml::child(entry, "published"));
    if (normalize_published(date).empty()) date = xml::text(xml::child(entry, "updated"));
    a.published = normalize_published(date);
    pugi::xml_node content = xml::child(entry, "content");
    if (content && !content.attribute("src")) a.body = text_construct(content);
    if (a.body.empty()) a.body = text_construct(xml::child(entry, "summary"));
    if (a.body.empty()) {
      problem(line(src, entry), "entry " + std::to_string(index) + " (" + a.id + ") has no text");
      continue;
    }
    sink(std::move(a));
  }
}

}  // namespace nf
