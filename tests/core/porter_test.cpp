// Stems from the examples in Porter's 1980 paper and its published vocabulary test pairs.
#include <gtest/gtest.h>

#include "nlp/porter.h"

using pith::nlp::porter_stem;

TEST(Porter, Step1Examples) {
  EXPECT_EQ(porter_stem("caresses"), "caress");
  EXPECT_EQ(porter_stem("ponies"), "poni");
  EXPECT_EQ(porter_stem("ties"), "ti");
  EXPECT_EQ(porter_stem("caress"), "caress");
  EXPECT_EQ(porter_stem("cats"), "cat");
  EXPECT_EQ(porter_stem("feed"), "feed");
  EXPECT_EQ(porter_stem("agreed"), "agre");
  EXPECT_EQ(porter_stem("plastered"), "plaster");
  EXPECT_EQ(porter_stem("bled"), "bled");
  EXPECT_EQ(porter_stem("motoring"), "motor");
  EXPECT_EQ(porter_stem("sing"), "sing");
  EXPECT_EQ(porter_stem("conflated"), "conflat");
  EXPECT_EQ(porter_stem("troubled"), "troubl");
  EXPECT_EQ(porter_stem("sized"), "size");
  EXPECT_EQ(porter_stem("hopping"), "hop");
  EXPECT_EQ(porter_stem("falling"), "fall");
  EXPECT_EQ(porter_stem("filing"), "file");
  EXPECT_EQ(porter_stem("happy"), "happi");
}

TEST(Porter, LaterSteps) {
  EXPECT_EQ(porter_stem("relational"), "relat");
  EXPECT_EQ(porter_stem("conditional"), "condit");
  EXPECT_EQ(porter_stem("generalization"), "gener");
  EXPECT_EQ(porter_stem("hopefulness"), "hope");
  EXPECT_EQ(porter_stem("electrical"), "electr");
  EXPECT_EQ(porter_stem("adjustment"), "adjust");
  EXPECT_EQ(porter_stem("adoption"), "adopt");
  EXPECT_EQ(porter_stem("connected"), "connect");
  EXPECT_EQ(porter_stem("connecting"), "connect");
  EXPECT_EQ(porter_stem("connection"), "connect");
  EXPECT_EQ(porter_stem("controll"), "control");
  EXPECT_EQ(porter_stem("rate"), "rate");
  EXPECT_EQ(porter_stem("probate"), "probat");
}

TEST(Porter, NonEnglishWordsUnchanged) {
  EXPECT_EQ(porter_stem("stra\xC3\x9F" "e"), "stra\xC3\x9F" "e");
  EXPECT_EQ(porter_stem("2025"), "2025");
  EXPECT_EQ(porter_stem("is"), "is");
}
