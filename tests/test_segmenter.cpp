// Sentences and tokens: byte offsets into the body, abbreviations that do not end sentences,
// line breaks that always do, numbers kept whole.
#include <catch2/catch.hpp>

#include "extractor/text/segmenter.h"
#include "tests/test_support.h"

namespace {

std::vector<std::string> sentences(const std::string& body) {
  nf::Segmenter seg;
  nf::Segmentation s = seg.segment(body);
  std::vector<std::string> out;
  for (const nf::Sentence& x : s.sentences) out.push_back(body.substr(x.start, x.end - x.start));
  return out;
}

std::vector<std::string> tokens(const std::string& text) {
  std::vector<nf::Token> toks;
  nf::tokenize(text, 0, text.size(), toks);
  std::vector<std::string> out;
  for (const nf::Token& t : toks) out.push_back(text.substr(t.start, t.end - t.start));
  return out;
}

using Strings = std::vector<std::string>;

}  // namespace

// Sentences as the pipeline cuts them: ICU, then the abbreviation rules of rules/text/sentences.xml.
std::vector<std::string> pipeline_sentences(const std::string& body) {
  nf::ArticleResult r = nf::test::run_text(body, "2025-04-23");
  std::vector<std::string> out;
  for (const nf::Sentence& x : r.segmentation.sentences) out.push_back(body.substr(x.start, x.end - x.start));
  return out;
}

TEST_CASE("sentences: end at full stops, not after U.S. or Oct. or Mr.", "[segmenter]") {
  CHECK(pipeline_sentences("The U.S. envoy arrived on Oct. 8 in Kabul. Talks began the next day.") ==
        Strings{"The U.S. envoy arrived on Oct. 8 in Kabul.", "Talks began the next day."});
  CHECK(pipeline_sentences("Mr. Smith said 40 people died in Jan. and Feb. this year. Officials disagreed!") ==
        Strings{"Mr. Smith said 40 people died in Jan. and Feb. this year.", "Officials disagreed!"});
  // Acronyms at the end of a sentence still end it.
  CHECK(pipeline_sentences("It was a big day for NATO. Members met. Jobs stayed CEO. Jobs resigned later.") ==
        Strings{"It was a big day for NATO.", "Members met.", "Jobs stayed CEO.", "Jobs resigned later."});
}

TEST_CASE("sentences: titles before names never end a sentence", "[segmenter]") {
  CHECK(pipeline_sentences("Dr. Smith said 40 people died. Officials disagreed!") ==
        Strings{"Dr. Smith said 40 people died.", "Officials disagreed!"});
  CHECK(pipeline_sentences("Gov. Newsom signed it, and Sen. Warren spoke. Then they left.") ==
        Strings{"Gov. Newsom signed it, and Sen. Warren spoke.", "Then they left."});
  CHECK(pipeline_sentences("Lt. Col. Ahmed and Gen. Musharraf met. Talks followed.") ==
        Strings{"Lt. Col. Ahmed and Gen. Musharraf met.", "Talks followed."});
}

TEST_CASE("sentences: No., Art. and the like join the number after them", "[segmenter]") {
  CHECK(pipeline_sentences("Officials at No. 10 said 300 people came. Others stayed.") ==
        Strings{"Officials at No. 10 said 300 people came.", "Others stayed."});
  CHECK(pipeline_sentences("Under Art. 5 Downing Street sent 20 envoys. Others stayed.") ==
        Strings{"Under Art. 5 Downing Street sent 20 envoys.", "Others stayed."});
  CHECK(pipeline_sentences("She studied Art. Then she left.") == Strings{"She studied Art.", "Then she left."});
}

TEST_CASE("sentences: U.S., a.m., Inc. end a sentence only before a sentence opener", "[segmenter]") {
  CHECK(pipeline_sentences("The U.S. Navy said 12 sailors died. It gave no names.") ==
        Strings{"The U.S. Navy said 12 sailors died.", "It gave no names."});
  CHECK(pipeline_sentences("He lives in the U.S. The rest live abroad.") ==
        Strings{"He lives in the U.S.", "The rest live abroad."});
  CHECK(pipeline_sentences("It starts at 9 a.m. Police said 40 people queued.") ==
        Strings{"It starts at 9 a.m. Police said 40 people queued."});
  CHECK(pipeline_sentences("It starts at 9 a.m. The police came.") == Strings{"It starts at 9 a.m.", "The police came."});
  CHECK(pipeline_sentences("Acme Inc. Chief Executive Jane Doe resigned. Shares fell.") ==
        Strings{"Acme Inc. Chief Executive Jane Doe resigned.", "Shares fell."});
  CHECK(pipeline_sentences("The talks ended on Oct. 8. Fighting resumed.") ==
        Strings{"The talks ended on Oct. 8.", "Fighting resumed."});
}

TEST_CASE("sentences: a line break still ends a sentence after an abbreviation", "[segmenter]") {
  CHECK(pipeline_sentences("Interview with Dr.\nSmith spoke first.") == Strings{"Interview with Dr.", "Smith spoke first."});
  nf::ArticleResult r = nf::test::run_text("Dr. Smith said 40 people died. Officials disagreed!", "2025-04-23");
  REQUIRE(r.segmentation.sentences.size() == 2);
  // Token ranges stay consistent after sentences are joined.
  CHECK(r.segmentation.sentences[0].first_token == 0);
  CHECK(r.segmentation.sentences[1].first_token == r.segmentation.sentences[0].token_count);
  CHECK(r.segmentation.sentences[1].first_token + r.segmentation.sentences[1].token_count == r.segmentation.tokens.size());
}

TEST_CASE("segmenter: every line break ends a sentence; trailing spaces are not part of it", "[segmenter]") {
  CHECK(sentences("READ MORE:\nAid cut as returns rise\nThe story goes on.  \n") ==
        Strings{"READ MORE:", "Aid cut as returns rise", "The story goes on."});
  CHECK(sentences("").empty());
  CHECK(sentences("\n\n  \n").empty());
}

TEST_CASE("segmenter: offsets are bytes into the body, also after multi-byte characters", "[segmenter]") {
  const std::string body = "Pakistan\xE2\x80\x99s ministry spoke. Caf\xC3\xA9 owners agreed.";
  nf::Segmenter seg;
  nf::Segmentation s = seg.segment(body);
  REQUIRE(s.sentences.size() == 2);
  CHECK(s.sentences[1].start == body.find("Caf"));
  CHECK(s.sentences[1].end == body.size());
  // Tokens of a sentence lie inside it, in order, and index the body.
  for (const nf::Sentence& x : s.sentences) {
    REQUIRE(x.token_count > 0);
    size_t prev = x.start;
    for (size_t i = x.first_token; i < x.first_token + x.token_count; ++i) {
      CHECK(s.tokens[i].start >= prev);
      CHECK(s.tokens[i].end <= x.end);
      prev = s.tokens[i].end;
    }
  }
  CHECK(body.substr(s.tokens[0].start, s.tokens[0].end - s.tokens[0].start) == "Pakistan\xE2\x80\x99s");
}

TEST_CASE("tokenizer: numbers with separators stay whole; punctuation stands alone", "[segmenter]") {
  CHECK(tokens("more than 100,000 individuals") == Strings{"more", "than", "100,000", "individuals"});
  CHECK(tokens("rose 2.5% to 1,200.") == Strings{"rose", "2.5", "%", "to", "1,200", "."});
  CHECK(tokens("al-Qaeda don't") == Strings{"al-Qaeda", "don't"});
  CHECK(tokens("(UNHCR)") == Strings{"(", "UNHCR", ")"});
}

TEST_CASE("tokenizer: flags tell words, numbers, punctuation and capitals apart", "[segmenter]") {
  std::string text = "UNHCR counted 13,000 Afghans .";
  std::vector<nf::Token> t;
  nf::tokenize(text, 0, text.size(), t);
  REQUIRE(t.size() == 5);
  CHECK(t[0].is(nf::kTokWord));
  CHECK(t[0].is(nf::kTokAllCaps));
  CHECK(t[1].is(nf::kTokWord));
  CHECK(!t[1].is(nf::kTokUpper));
  CHECK(t[2].is(nf::kTokNumber));
  CHECK(t[3].is(nf::kTokUpper));
  CHECK(!t[3].is(nf::kTokAllCaps));
  CHECK(t[4].is(nf::kTokPunct));
}
