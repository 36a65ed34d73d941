// A standalone SVG chart of one series: title, y axis with round ticks and grid lines, x axis
// with period labels (thinned when crowded), bars (a line past 120 points), a tooltip per point.
// Opens by itself in a browser; every text is XML-escaped.
//
//   std::string svg = nf::cli::svg_chart({"Facts per month", "facts", "month"}, {{"2025-03", 2}, {"2025-04", 7}});
#pragma once
#include <string>
#include <vector>

namespace nf::cli {

struct ChartText {
  std::string title;
  std::string y_label;
  std::string x_label;
};

struct ChartPoint {
  std::string label;
  double value = 0;
};

std::string svg_chart(const ChartText& text, const std::vector<ChartPoint>& points);

// XML/HTML text and attribute escaping (& < > " ').
std::string xml_escape(const std::string& s);

}  // namespace nf::cli
