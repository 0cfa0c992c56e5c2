#include <gtest/gtest.h>

#include <algorithm>

#include "fixtures.h"

using namespace pith;
using namespace pith::testing;

TEST(Summary, EachSeedGivesThreeVerbatimSentencesInOrder) {
  for (const char* name : {kSeed000, kSeed001, kSeed002, kSeed003, kSeed004}) {
    Document doc = read(fixture(name));
    Summary s = summarize(doc, {3});
    ASSERT_EQ(s.sentences.size(), 3u) << name;
    for (std::size_t i = 0; i < s.sentences.size(); ++i) {
      const auto& x = s.sentences[i];
      ASSERT_LT(x.block, doc.blocks.size());
      EXPECT_EQ(doc.blocks[x.block].text.substr(x.begin, x.end - x.begin), x.text) << name;
      EXPECT_NE(doc.blocks[x.block].kind, BlockKind::Heading);
      if (i) {
        const auto& p = s.sentences[i - 1];
        EXPECT_TRUE(p.block < x.block || (p.block == x.block && p.end <= x.begin)) << name;
      }
    }
  }
}

TEST(Summary, BudgetIsRespected) {
  Document doc = read(fixture(kSeed001));
  for (std::size_t n : {1u, 2u, 5u, 10u}) EXPECT_EQ(summarize(doc, {n}).sentences.size(), n);
  EXPECT_EQ(summarize(doc, {1000}).sentences.size(), 31u);  // all there are
}

TEST(Summary, OneSentenceAndNone) {
  Document one = read("Only one sentence lives in this article, and it is this one.");
  EXPECT_EQ(summarize(one).sentences.size(), 1u);
  Document headings_only = read("Just A Heading\n");
  EXPECT_LE(summarize(headings_only).sentences.size(), 1u);
}

TEST(Summary, FiftyThousandSentences) {
  std::string text;
  for (int i = 0; i < 50000; ++i) {
    text += "Sentence number " + std::to_string(i) + " talks about topic " + std::to_string(i % 97) + ". ";
    if (i % 20 == 19) text += "\n";
  }
  Document doc = read(text);
  Summary s = summarize(doc, {3});
  EXPECT_EQ(s.sentences.size(), 3u);
}

TEST(Summary, JsonOffsetsAreUtf16) {
  Document doc = read(fixture(kSeed002));
  Summary s = summarize(doc, {3});
  std::string json = to_json(s, doc);
  // The second sentence of block 0 starts after the first and its space; the first has no
  // non-ASCII characters, so its UTF-16 offset equals its byte offset.
  EXPECT_NE(json.find("\"start\":0"), std::string::npos);
  EXPECT_NE(json.find("\"start\":160"), std::string::npos);
}
