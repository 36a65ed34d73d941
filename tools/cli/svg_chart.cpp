// A standalone SVG chart of one series (svg_chart.h).
#include "tools/cli/svg_chart.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sstream>

namespace nf::cli {
namespace {

constexpr double kWidth = 900, kHeight = 440;
constexpr double kLeft = 84, kRight = 24, kTop = 56, kBottom = 100;
constexpr size_t kMaxBars = 120;     // past this many points, a line reads better than bars
constexpr size_t kMaxXLabels = 24;

std::string num(double v, int decimals = 1) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}

// A round tick step (1, 2 or 5 times a power of ten) giving about five ticks up to `max`.
double tick_step(double max, bool integral) {
  double raw = max / 5;
  double mag = std::pow(10.0, std::floor(std::log10(raw)));
  double norm = raw / mag;
  double step = (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10) * mag;
  return integral ? std::max(step, 1.0) : step;
}

}  // namespace

std::string xml_escape(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string svg_chart(const ChartText& text, const std::vector<ChartPoint>& points) {
  const double pw = kWidth - kLeft - kRight, ph = kHeight - kTop - kBottom;
  const double x0 = kLeft, y0 = kTop + ph;  // origin of the plot, bottom left
  double max = 0;
  bool integral = true;
  for (const ChartPoint& p : points) {
    max = std::max(max, p.value);
    integral = integral && p.value == std::floor(p.value);
  }
  if (max <= 0) max = 1;
  const double step = tick_step(max, integral);
  const double top = std::ceil(max / step) * step;
  const int decimals = step >= 1 ? 0 : static_cast<int>(std::ceil(-std::log10(step)));
  auto y_of = [&](double v) { return y0 - v / top * ph; };

  std::ostringstream svg;
  svg << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << kWidth << "\" height=\"" << kHeight
      << "\" viewBox=\"0 0 " << kWidth << " " << kHeight << "\" font-family=\"sans-serif\" font-size=\"12\">\n"
      << "<title>" << xml_escape(text.title) << "</title>\n"
      << "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n"
      << "<text class=\"title\" x=\"" << kWidth / 2 << "\" y=\"30\" text-anchor=\"middle\" font-size=\"17\" font-weight=\"bold\">"
      << xml_escape(text.title) << "</text>\n";

  // y axis: grid lines and tick labels
  svg << "<g class=\"y-axis\">\n";
  const long ticks = std::lround(top / step);
  for (long k = 0; k <= ticks; ++k) {
    double v = static_cast<double>(k) * step, y = y_of(v);
    svg << "<line x1=\"" << num(x0) << "\" y1=\"" << num(y) << "\" x2=\"" << num(x0 + pw) << "\" y2=\"" << num(y)
        << "\" stroke=\"" << (v == 0 ? "#333333" : "#e3e3e3") << "\"/>"
        << "<text x=\"" << num(x0 - 8) << "\" y=\"" << num(y + 4) << "\" text-anchor=\"end\">" << num(v, decimals)
        << "</text>\n";
  }
  svg << "<line x1=\"" << num(x0) << "\" y1=\"" << num(kTop) << "\" x2=\"" << num(x0) << "\" y2=\"" << num(y0)
      << "\" stroke=\"#333333\"/>\n"
      << "<text x=\"18\" y=\"" << num(kTop + ph / 2) << "\" text-anchor=\"middle\" transform=\"rotate(-90 18 "
      << num(kTop + ph / 2) << ")\">" << xml_escape(text.y_label) << "</text>\n</g>\n";

  // x axis labels, thinned to at most kMaxXLabels
  const size_t n = points.size();
  const double slot = n ? pw / static_cast<double>(n) : pw;
  const size_t every = n > kMaxXLabels ? (n + kMaxXLabels - 1) / kMaxXLabels : 1;
  svg << "<g class=\"x-axis\">\n";
  for (size_t i = 0; i < n; i += every) {
    double x = x0 + slot * (static_cast<double>(i) + 0.5);
    svg << "<line x1=\"" << num(x) << "\" y1=\"" << num(y0) << "\" x2=\"" << num(x) << "\" y2=\"" << num(y0 + 5)
        << "\" stroke=\"#333333\"/><text x=\"" << num(x) << "\" y=\"" << num(y0 + 16)
        << "\" text-anchor=\"end\" transform=\"rotate(-40 " << num(x) << " " << num(y0 + 16) << ")\">"
        << xml_escape(points[i].label) << "</text>\n";
  }
  svg << "<text x=\"" << num(x0 + pw / 2) << "\" y=\"" << num(kHeight - 12) << "\" text-anchor=\"middle\">"
      << xml_escape(text.x_label) << "</text>\n</g>\n";

  // the data
  svg << "<g class=\"data\" fill=\"#3b6ea8\">\n";
  if (n == 0) {
    svg << "<text x=\"" << num(x0 + pw / 2) << "\" y=\"" << num(kTop + ph / 2)
        << "\" text-anchor=\"middle\" fill=\"#777777\">no facts to show</text>\n";
  } else if (n <= kMaxBars) {
    for (size_t i = 0; i < n; ++i) {
      double h = y0 - y_of(points[i].value);
      svg << "<rect class=\"bar\" x=\"" << num(x0 + slot * static_cast<double>(i) + slot * 0.1) << "\" y=\""
          << num(y0 - h) << "\" width=\"" << num(slot * 0.8) << "\" height=\"" << num(h) << "\"><title>"
          << xml_escape(points[i].label) << ": " << xml_escape(num(points[i].value, integral ? 0 : 2))
          << "</title></rect>\n";
    }
  } else {
    svg << "<polyline class=\"line\" fill=\"none\" stroke=\"#3b6ea8\" stroke-width=\"1.5\" points=\"";
    for (size_t i = 0; i < n; ++i)
      svg << (i ? " " : "") << num(x0 + slot * (static_cast<double>(i) + 0.5)) << "," << num(y_of(points[i].value));
    svg << "\"/>\n";
  }
  svg << "</g>\n</svg>\n";
  return svg.str();
}

}  // namespace nf::cli
