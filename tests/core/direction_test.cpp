// The writing direction the faces set on the article comes from the engine (it was a table in the
// page's JavaScript, beside the language detection it depends on).
#include <gtest/gtest.h>

#include "nlp/direction.h"
#include "pith/json.h"
#include "pith/read.h"

using pith::nlp::text_direction;

TEST(Direction, ArabicHebrewPersianAndUrduReadRightToLeftWhateverTheRegion) {
  for (const char* tag : {"ar", "he", "fa", "ur", "ar-EG", "fa_IR", "HE"}) EXPECT_EQ(text_direction(tag), "rtl") << tag;
  for (const char* tag : {"en", "ja", "ru", "arn", ""}) EXPECT_EQ(text_direction(tag), "ltr") << tag;
}

TEST(Direction, TheDocumentsJsonCarriesIt) {
  pith::Document doc;
  doc.language = "ar";
  EXPECT_NE(pith::to_json(doc).find("\"direction\":\"rtl\""), std::string::npos);
  doc.language = "";
  EXPECT_NE(pith::to_json(doc).find("\"direction\":\"ltr\""), std::string::npos);
}
