// Ruby annotations (<rt>, <rp>) are readings printed over a word, not words of the sentence: the
// reading leaves them out, and does not list them as removed.
#include <gtest/gtest.h>

#include <string>

#include "html_pages.h"

using namespace pith;
using pith::testing::read_page;

TEST(Ruby, ReadingsAboveKanjiAreLeftOut) {
  Document doc = read_page(
      "<html lang=\"ja\"><body><article>"
      "<p>あしたは<ruby>西<rt>にし</rt></ruby><ruby>日本<rt>にほん</rt></ruby>で<ruby>大雨<rt>おおあめ</rt></ruby>が"
      "<ruby>降<rt>ふ</rt></ruby>りそうです。<ruby>川<rt>かわ</rt></ruby>や<ruby>山<rt>やま</rt></ruby>の"
      "<ruby>近<rt>ちか</rt></ruby>くに<ruby>住<rt>す</rt></ruby>んでいる人は気をつけてください。</p>"
      "<p><ruby>気象庁<rp>(</rp><rt>きしょうちょう</rt><rp>)</rp></ruby>は、すぐに避難するように言っています。</p>"
      "</article></body></html>");
  ASSERT_EQ(doc.blocks.size(), 2u);
  EXPECT_EQ(doc.blocks[0].text, "あしたは西日本で大雨が降りそうです。川や山の近くに住んでいる人は気をつけてください。");
  EXPECT_EQ(doc.blocks[1].text, "気象庁は、すぐに避難するように言っています。");
  for (const Removed& r : doc.removed) EXPECT_EQ(r.text.find("にし"), std::string::npos) << r.text;
}
