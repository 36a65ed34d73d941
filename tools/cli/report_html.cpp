// HTML building blocks of `newsfacts report` (report_html.h).
#include "tools/cli/report_html.h"

#include <algorithm>

#include "tools/cli/svg_chart.h"

namespace nf::cli {
namespace {

bool char_boundary(const std::string& text, long long at) {
  return at == static_cast<long long>(text.size()) || (static_cast<unsigned char>(text[at]) & 0xC0) != 0x80;
}

bool before(const Wrap& a, const Wrap& b) {
  if (a.start != b.start) return a.start < b.start;
  if (a.end != b.end) return a.end > b.end;  // the longer one encloses
  return a.layer < b.layer;
}

const char* const kStyle = R"css(
body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
table { border-collapse: collapse; font-size: 0.9rem; }
th, td { border-bottom: 1px solid #ddd; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
dl.meta { display: grid; grid-template-columns: max-content auto; gap: 0.2rem 1rem; }
dl.meta dt { font-weight: bold; }
.body { white-space: pre-wrap; line-height: 1.7; border-left: 3px solid #ccc; padding-left: 1rem; }
.boilerplate { color: #999; }
mark { padding: 0 1px; border-radius: 2px; }
mark mark { padding: 0; border-bottom: 2px solid #555; }
:target { outline: 2px solid #d33; }
.kind-date, .kind-time, .kind-duration, .kind-set { background: #ffe08a; }
.kind-count, .kind-percent, .kind-money, .kind-quantity { background: #b7e4b0; }
.kind-agency { background: #c6d6ff; }
.kind-location { background: #f7c1c1; }
.kind-person { background: #e0c8f5; }
.legend mark { margin-right: 0.5rem; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
figure.chart svg { max-width: 100%; height: auto; }
td:first-child { white-space: nowrap; }
figure.chart figcaption { font-size: 0.85rem; color: #666; }
)css";

}  // namespace

std::string html_escape(const std::string& s) { return xml_escape(s); }

std::string wrap_spans(const std::string& text, std::vector<Wrap> wraps) {
  const long long size = static_cast<long long>(text.size());
  wraps.erase(std::remove_if(wraps.begin(), wraps.end(),
                             [&](const Wrap& w) {
                               return w.start < 0 || w.end < w.start || w.end > size || !char_boundary(text, w.start) ||
                                      !char_boundary(text, w.end);
                             }),
              wraps.end());
  std::sort(wraps.begin(), wraps.end(), before);

  std::string out;
  long long pos = 0;
  auto emit_to = [&](long long at) {
    if (at > pos) out += html_escape(text.substr(static_cast<size_t>(pos), static_cast<size_t>(at - pos)));
    pos = std::max(pos, at);
  };
  std::vector<Wrap> open;  // innermost last
  for (size_t i = 0; i < wraps.size(); ++i) {
    Wrap w = wraps[i];
    while (!open.empty() && open.back().end <= w.start) {
      emit_to(open.back().end);
      out += open.back().close;
      open.pop_back();
    }
    emit_to(w.start);
    if (!open.empty() && w.end > open.back().end) {
      // Crosses the enclosing span: this part ends with it, the rest reopens after it.
      Wrap rest = w;
      rest.start = open.back().end;
      rest.open = rest.reopen;
      w.end = open.back().end;
      auto at = std::upper_bound(wraps.begin() + static_cast<long>(i) + 1, wraps.end(), rest, before);
      wraps.insert(at, rest);
    }
    out += w.open;
    open.push_back(w);
  }
  while (!open.empty()) {
    emit_to(open.back().end);
    out += open.back().close;
    open.pop_back();
  }
  emit_to(size);
  return out;
}

std::string page_start(const std::string& title) {
  return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + html_escape(title) +
         "</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n";
}

std::string page_end() { return "</body>\n</html>\n"; }

}  // namespace nf::cli
