#include "extractor/ingest/html_reader.h"

#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <functional>
#include <set>
#include <unordered_map>
#include <vector>

#include "extractor/ingest/published_date.h"

namespace nf {
namespace {

// Class or id words that mark page furniture inside a story container.
const std::set<std::string>& furniture_words() {
  static const std::set<std::string> words = {
      "share",     "sharing",    "social",       "related",  "comments",    "comment",   "newsletter",
      "subscribe", "subscription", "advert",     "advertisement", "ad",     "ads",       "promo",
      "cookie",    "cookies",    "breadcrumb",   "breadcrumbs", "sidebar",  "nav",       "navigation",
      "menu",      "footer",     "popup",        "modal",    "recommended", "outbrain",  "taboola"};
  return words;
}

bool is_dropped_tag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NAV: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM: case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS: case GUMBO_TAG_AUDIO: case GUMBO_TAG_VIDEO: case GUMBO_TAG_MAP:
    case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE: case GUMBO_TAG_MATH:
      return true;
    default:
      return false;
  }
}

bool is_block_tag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_TR: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_HR: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_BODY: case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DETAILS: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_CAPTION: case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT:
      return true;
    default:
      return false;
  }
}

const char* attr(const GumboNode* n, const char* name) {
  if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_TEMPLATE) return nullptr;
  const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a ? a->value : nullptr;
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool has_furniture_word(const char* value) {
  if (!value) return false;
  std::string v = lower(value);
  const auto& words = furniture_words();
  size_t i = 0;
  while (i < v.size()) {
    while (i < v.size() && !std::isalnum(static_cast<unsigned char>(v[i]))) ++i;
    size_t j = i;
    while (j < v.size() && std::isalnum(static_cast<unsigned char>(v[j]))) ++j;
    if (j > i && words.count(v.substr(i, j - i))) return true;
    i = j;
  }
  return false;
}

bool dropped(const GumboNode* n, bool drop_furniture) {
  if (n->type != GUMBO_NODE_ELEMENT) return n->type == GUMBO_NODE_TEMPLATE || n->type == GUMBO_NODE_COMMENT;
  if (is_dropped_tag(n->v.element.tag)) return true;
  if (attr(n, "hidden")) return true;
  const char* aria = attr(n, "aria-hidden");
  if (aria && std::strcmp(aria, "true") == 0) return true;
  const char* role = attr(n, "role");
  if (role && (std::strcmp(role, "navigation") == 0 || std::strcmp(role, "complementary") == 0 ||
               std::strcmp(role, "banner") == 0 || std::strcmp(role, "contentinfo") == 0))
    return true;
  return drop_furniture && (has_furniture_word(attr(n, "class")) || has_furniture_word(attr(n, "id")));
}

// Renders text with '\n' at block boundaries (and at line ends inside <pre>); other white space,
// line breaks of the source included, is one space. Normalized afterwards by normalize_lines.
void render(const GumboNode* n, std::string& out, bool drop_furniture, bool in_pre = false) {
  if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA || n->type == GUMBO_NODE_WHITESPACE) {
    for (const char* p = n->v.text.text; *p; ++p) out += (!in_pre && (*p == '\n' || *p == '\r')) ? ' ' : *p;
    return;
  }
  if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT) return;
  if (n->type == GUMBO_NODE_ELEMENT && dropped(n, drop_furniture)) return;
  const GumboVector& kids = n->type == GUMBO_NODE_DOCUMENT ? n->v.document.children : n->v.element.children;
  GumboTag tag = n->type == GUMBO_NODE_ELEMENT ? n->v.element.tag : GUMBO_TAG_UNKNOWN;
  if (tag == GUMBO_TAG_BR) {
    out += '\n';
    return;
  }
  bool block = is_block_tag(tag);
  if (block) out += '\n';
  if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) out += ' ';
  bool pre = in_pre || tag == GUMBO_TAG_PRE;
  for (unsigned i = 0; i < kids.length; ++i) render(static_cast<const GumboNode*>(kids.data[i]), out, drop_furniture, pre);
  if (block) out += '\n';
}

// Collapses white space within lines, trims them and drops empty ones.
std::string normalize_lines(const std::string& raw) {
  std::string out, line;
  auto flush = [&]() {
    while (!line.empty() && line.back() == ' ') line.pop_back();
    if (!line.empty()) {
      if (!out.empty()) out += '\n';
      out += line;
    }
    line.clear();
  };
  for (size_t i = 0; i < raw.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(raw[i]);
    if (c == '\n') {
      flush();
    } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
      if (!line.empty() && line.back() != ' ') line += ' ';
    } else if (c == 0xC2 && i + 1 < raw.size() && static_cast<unsigned char>(raw[i + 1]) == 0xA0) {
      ++i;  // no-break space: a space like any other
      if (!line.empty() && line.back() != ' ') line += ' ';
    } else {
      line += static_cast<char>(c);
    }
  }
  flush();
  return out;
}

std::string node_text(const GumboNode* n, bool drop_furniture) {
  std::string raw;
  render(n, raw, drop_furniture);
  return normalize_lines(raw);
}

void each_element(const GumboNode* n, const std::function<void(const GumboNode*)>& f) {
  if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT) return;
  if (n->type == GUMBO_NODE_ELEMENT) f(n);
  const GumboVector& kids = n->type == GUMBO_NODE_DOCUMENT ? n->v.document.children : n->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) each_element(static_cast<const GumboNode*>(kids.data[i]), f);
}

// Text length outside links, and inside links, of an element (dropped elements ignored).
void text_lengths(const GumboNode* n, bool in_link, size_t& plain, size_t& linked) {
  if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA) {
    size_t len = 0;
    for (const char* p = n->v.text.text; *p; ++p)
      if (!std::isspace(static_cast<unsigned char>(*p))) ++len;
    (in_link ? linked : plain) += len;
    return;
  }
  if (n->type != GUMBO_NODE_ELEMENT || dropped(n, true)) return;
  bool link = in_link || n->v.element.tag == GUMBO_TAG_A;
  for (unsigned i = 0; i < n->v.element.children.length; ++i)
    text_lengths(static_cast<const GumboNode*>(n->v.element.children.data[i]), link, plain, linked);
}

bool inside_dropped(const GumboNode* n) {
  for (const GumboNode* p = n->parent; p; p = p->parent)
    if (p->type == GUMBO_NODE_ELEMENT && dropped(p, true)) return true;
  return false;
}

// The element whose paragraphs carry the most text outside links (a parent gets each child
// paragraph's text, a grandparent half of it), or nullptr when the page has no paragraphs.
const GumboNode* densest_block(const GumboNode* root) {
  std::vector<std::pair<const GumboNode*, double>> scores;  // in document order: ties go to the first
  std::unordered_map<const GumboNode*, size_t> index;
  auto add = [&](const GumboNode* n, double s) {
    auto [it, fresh] = index.emplace(n, scores.size());
    if (fresh) scores.push_back({n, 0.0});
    scores[it->second].second += s;
  };
  each_element(root, [&](const GumboNode* n) {
    GumboTag t = n->v.element.tag;
    if (t != GUMBO_TAG_P && t != GUMBO_TAG_PRE && t != GUMBO_TAG_BLOCKQUOTE) return;
    size_t plain = 0, linked = 0;
    text_lengths(n, false, plain, linked);
    if (plain < 25 || inside_dropped(n)) return;
    double s = static_cast<double>(plain) * (1.0 - static_cast<double>(linked) / static_cast<double>(plain + linked));
    const GumboNode* parent = n->parent;
    if (parent && parent->type == GUMBO_NODE_ELEMENT) {
      add(parent, s);
      if (parent->parent && parent->parent->type == GUMBO_NODE_ELEMENT) add(parent->parent, s / 2);
    }
  });
  const GumboNode* best = nullptr;
  double best_score = 0;
  for (const auto& [n, s] : scores)
    if (s > best_score) best = n, best_score = s;
  return best;
}

std::string json_ld_date(const std::string& script) {
  size_t k = script.find("\"datePublished\"");
  if (k == std::string::npos) return "";
  k = script.find(':', k);
  if (k == std::string::npos) return "";
  size_t q = script.find('"', k);
  if (q == std::string::npos) return "";
  size_t e = script.find('"', q + 1);
  return e == std::string::npos ? "" : script.substr(q + 1, e - q - 1);
}

std::string raw_text(const GumboNode* n) {
  std::string out;
  if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA || n->type == GUMBO_NODE_WHITESPACE) return n->v.text.text;
  if (n->type != GUMBO_NODE_ELEMENT) return out;
  for (unsigned i = 0; i < n->v.element.children.length; ++i)
    out += raw_text(static_cast<const GumboNode*>(n->v.element.children.data[i]));
  return out;
}

struct GumboDoc {
  explicit GumboDoc(std::string_view html)
      : out(gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size())) {}
  ~GumboDoc() { gumbo_destroy_output(&kGumboDefaultOptions, out); }
  GumboDoc(const GumboDoc&) = delete;
  GumboDoc& operator=(const GumboDoc&) = delete;
  GumboOutput* out;
};

}  // namespace

std::string resolve_url(const std::string& base, const std::string& href) {
  std::string h = href;
  while (!h.empty() && std::isspace(static_cast<unsigned char>(h.back()))) h.pop_back();
  while (!h.empty() && std::isspace(static_cast<unsigned char>(h.front()))) h.erase(0, 1);
  if (h.empty() || base.empty()) return h;
  size_t colon = h.find(':');
  size_t slash = h.find('/');
  if (colon != std::string::npos && (slash == std::string::npos || colon < slash)) return h;  // has a scheme
  size_t scheme_end = base.find("://");
  if (scheme_end == std::string::npos) return h;
  if (h.rfind("//", 0) == 0) return base.substr(0, scheme_end + 1) + h;
  size_t host_end = base.find('/', scheme_end + 3);
  std::string origin = host_end == std::string::npos ? base : base.substr(0, host_end);
  if (h[0] == '/') return origin + h;
  std::string path = host_end == std::string::npos ? "/" : base.substr(host_end);
  size_t cut = path.find_first_of("?#");
  if (cut != std::string::npos) path.erase(cut);
  if (h[0] == '?' || h[0] == '#') return origin + path + h;
  path.erase(path.rfind('/') + 1);
  std::string joined = path + h;
  // Remove "./" and "name/../" segments.
  std::vector<std::string> parts;
  size_t i = 0;
  while (i <= joined.size()) {
    size_t j = joined.find('/', i);
    if (j == std::string::npos) j = joined.size();
    std::string seg = joined.substr(i, j - i);
    if (seg == "..") {
      if (parts.size() > 1) parts.pop_back();
    } else if (seg != ".") {
      parts.push_back(seg);
    }
    i = j + 1;
  }
  std::string out;
  for (size_t k = 0; k < parts.size(); ++k) out += (k ? "/" : "") + parts[k];
  if (joined.size() >= 2 && (joined.substr(joined.size() - 2) == "/." || joined.substr(joined.size() - 3) == "/..")) out += '/';
  return origin + (out.empty() || out[0] != '/' ? "/" : "") + out;
}

std::string html_fragment_text(std::string_view html) {
  GumboDoc doc(html);
  return node_text(doc.out->root, true);
}

HtmlPage read_html_page(std::string_view html, const std::string& base_url) {
  GumboDoc doc(html);
  const GumboNode* root = doc.out->root;
  HtmlPage page;
  std::string base = base_url, og_title, title_tag, h1, canonical, og_url;
  std::vector<std::string> dates;  // candidates, best first
  std::string time_date, ld_date;
  std::vector<const GumboNode*> articles, mains;
  each_element(root, [&](const GumboNode* n) {
    GumboTag t = n->v.element.tag;
    const char* v;
    if (t == GUMBO_TAG_BASE && (v = attr(n, "href"))) base = resolve_url(base, v);
    if (t == GUMBO_TAG_META) {
      std::string key = lower(attr(n, "property") ? attr(n, "property") : attr(n, "name") ? attr(n, "name")
                                                                         : attr(n, "itemprop") ? attr(n, "itemprop") : "");
      const char* content = attr(n, "content");
      if (!content) return;
      if (key == "og:title") og_title = content;
      else if (key == "og:url") og_url = content;
      else if (key == "article:published_time" || key == "datepublished" || key == "og:published_time")
        dates.insert(dates.begin(), content);
      else if (key == "date" || key == "pubdate" || key == "publishdate" || key == "publish-date" || key == "dc.date" ||
               key == "dc.date.issued" || key == "dcterms.created" || key == "parsely-pub-date" || key == "sailthru.date")
        dates.push_back(content);
    }
    if (t == GUMBO_TAG_LINK && (v = attr(n, "rel")) && lower(v) == "canonical" && attr(n, "href")) canonical = attr(n, "href");
    if (t == GUMBO_TAG_TITLE && title_tag.empty()) title_tag = normalize_lines(raw_text(n));
    if (t == GUMBO_TAG_H1 && h1.empty()) h1 = node_text(n, false);
    if (t == GUMBO_TAG_TIME && time_date.empty() && (v = attr(n, "datetime"))) time_date = v;
    if (t == GUMBO_TAG_SCRIPT && ld_date.empty() && (v = attr(n, "type")) && lower(v) == "application/ld+json")
      ld_date = json_ld_date(raw_text(n));
    if (t == GUMBO_TAG_ARTICLE) articles.push_back(n);
    if (t == GUMBO_TAG_MAIN || ((v = attr(n, "role")) && lower(v) == "main")) mains.push_back(n);
  });
  if (!ld_date.empty()) dates.push_back(ld_date);
  if (!time_date.empty()) dates.push_back(time_date);
  for (const std::string& d : dates)
    if (!(page.published = normalize_published(d)).empty()) break;
  page.title = !og_title.empty() ? normalize_lines(og_title) : !title_tag.empty() ? title_tag : h1;
  page.url = resolve_url(base, !canonical.empty() ? canonical : !og_url.empty() ? og_url : "");
  if (page.url.empty()) page.url = base_url;

  // The story: the largest <article>, else <main>, else the densest paragraph block, else all.
  constexpr size_t kMinStory = 200;
  std::string best;
  for (const GumboNode* a : articles) {
    if (inside_dropped(a)) continue;
    std::string t = node_text(a, true);
    if (t.size() > best.size()) best = std::move(t);
  }
  if (best.size() < kMinStory)
    for (const GumboNode* m : mains) {
      std::string t = node_text(m, true);
      if (t.size() > best.size()) best = std::move(t);
    }
  if (best.size() < kMinStory) {
    const GumboNode* dense = densest_block(root);
    std::string t = dense ? node_text(dense, true) : "";
    if (t.size() > best.size()) best = std::move(t);
  }
  if (best.size() < kMinStory) {
    std::string t = node_text(root, true);
    if (t.size() > best.size()) best = std::move(t);
  }
  page.body = std::move(best);
  return page;
}

}  // namespace nf
