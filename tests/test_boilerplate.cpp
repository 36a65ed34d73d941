// Related-link boilerplate: a "READ MORE:" line and the headline line after it are marked,
// the story around them is not. Uses only rules/text (the marker list), not the other rules.
#include <catch2/catch.hpp>

#include "extractor/rules/rule_library.h"
#include "extractor/text/boilerplate.h"
#include "tests/test_support.h"

namespace {

// Sentences of body that are (or are not) marked as boilerplate.
std::vector<std::string> marked(const std::string& body, bool boilerplate) {
  static const nf::RuleLibrary lib = nf::RuleLibrary::load(nf::test::rules_dir() + "/text");
  nf::BoilerplateMarker marker(lib);
  nf::Segmenter seg;
  nf::Segmentation s = seg.segment(body);
  marker.mark(body, s);
  std::vector<std::string> out;
  for (const nf::Sentence& x : s.sentences)
    if (x.boilerplate == boilerplate) out.push_back(body.substr(x.start, x.end - x.start));
  return out;
}

using Strings = std::vector<std::string>;

}  // namespace

TEST_CASE("boilerplate: READ MORE line and the headline after it; the story is not", "[boilerplate]") {
  const std::string body =
      "KABUL, March 3 - More than 1,200 families returned. Officials said so.\n"
      "READ MORE:\n"
      "Aid agencies warn of winter crisis. New camps open\n"
      "The returns continued on Tuesday.\n";
  CHECK(marked(body, true) == Strings{"READ MORE:", "Aid agencies warn of winter crisis.", "New camps open"});
  CHECK(marked(body, false) ==
        Strings{"KABUL, March 3 - More than 1,200 families returned.", "Officials said so.",
                "The returns continued on Tuesday."});
}

TEST_CASE("boilerplate: other markers, with or without a colon, any case", "[boilerplate]") {
  CHECK(marked("Story.\nALSO READ\nShilling steadies\nMore story.\n", true) == Strings{"ALSO READ", "Shilling steadies"});
  CHECK(marked("Story.\nRelated:\nHospitals overwhelmed\nEnd.\n", true) == Strings{"Related:", "Hospitals overwhelmed"});
}

TEST_CASE("boilerplate: the words inside a sentence are not a marker", "[boilerplate]") {
  CHECK(marked("Readers can read more about it online.\nRelated talks stalled in May.\n", true).empty());
  CHECK(marked("Story.\nREAD MORE: the full report is online.\n", true).empty());
  CHECK(marked("The story ends here.\nREAD MORE:", true) == Strings{"READ MORE:"});  // marker at the very end
}

TEST_CASE("boilerplate: a marker and its headline on one line, also after a sentence of the story", "[boilerplate]") {
  CHECK(marked("Story ends.\nALSO READ: Floods kill 3 in Kelani basin\nMore story.\n", true) ==
        Strings{"ALSO READ: Floods kill 3 in Kelani basin"});
  CHECK(marked("Schools will stay shut, the minister said. ALSO READ: Floods: 3 dead. Roads cut\nMore story.\n", true) ==
        Strings{"ALSO READ: Floods: 3 dead.", "Roads cut"});
  CHECK(marked("Story.\nRead more: \"We lost everything,\" say survivors\nEnd.\n", true) ==
        Strings{"Read more: \"We lost everything,\" say survivors"});
  CHECK(marked("Schools will stay shut, the minister said. ALSO READ: Floods kill 3\nMore story.\n", false) ==
        Strings{"Schools will stay shut, the minister said.", "More story."});
}
