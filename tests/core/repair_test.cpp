// Cleanup rules for damaged pastes; none may change a word.
#include <gtest/gtest.h>

#include "fixtures.h"
#include "text/repair.h"
#include "text/unwrap.h"

using namespace pith;

TEST(Repair, MojibakeFromWindows1252IsRestored) {
  EXPECT_EQ(text::repair_mojibake("it\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2s"), "it\xE2\x80\x99s");      // â€™ → ’
  EXPECT_EQ(text::repair_mojibake("caf\xC3\x83\xC2\xA9"), "caf\xC3\xA9");                        // Ã© → é
  EXPECT_EQ(text::repair_mojibake("\xC3\xA2\xE2\x82\xAC\xC5\x93Hi\xC3\xA2\xE2\x82\xAC\xC2\x9D"),
            "\xE2\x80\x9CHi\xE2\x80\x9D");                                                       // â€œHiâ€\x9D → “Hi”
}

TEST(Repair, RealAccentedTextIsLeftAlone) {
  for (std::string_view s : {"caf\xC3\xA9 cr\xC3\xA8me br\xC3\xBB" "l\xC3\xA9" "e", "\xC3\x80 bient\xC3\xB4t",
                             "Stra\xC3\x9F" "e \xC3\x96l", "\xC3\x83rea"}) {
    EXPECT_EQ(text::repair_mojibake(s), s);
  }
}

TEST(Repair, LigaturesAndDashes) {
  EXPECT_EQ(text::expand_ligatures("\xEF\xAC\x81nal \xEF\xAC\x82ow o\xEF\xAC\x83" "ce"), "final flow office");
  EXPECT_EQ(text::double_hyphen_dashes("yes--no and wait -- what"), "yes\xE2\x80\x94no and wait \xE2\x80\x94 what");
  EXPECT_EQ(text::double_hyphen_dashes("<!-- x --> and ---"), "<!-- x --> and ---");
}

TEST(Repair, PastedEntitiesAreDecoded) {
  Document doc = read("Fish &amp; chips are sold here every Friday, and it&#8217;s always busy by noon.");
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(doc.blocks[0].text, "Fish & chips are sold here every Friday, and it\xE2\x80\x99s always busy by noon.");
}

TEST(Unwrap, HardWrappedParagraphsAreJoined) {
  std::string mail =
      "The council voted on Tuesday to close the old bridge to cars after\n"
      "engineers found cracks in two of its piers. Cyclists and people on\n"
      "foot will still be able to cross while the city looks for money.\n"
      "\n"
      "The repairs are expected to take at least two years and to cost a\n"
      "great deal more than the council has set aside for the whole exam-\n"
      "ple of what such a famous, old and much loved, well-\n"
      "known bridge costs.\n";
  std::string out = text::unwrap_hard_wrapped(mail);
  EXPECT_EQ(out,
            "The council voted on Tuesday to close the old bridge to cars after engineers found cracks in two of "
            "its piers. Cyclists and people on foot will still be able to cross while the city looks for money.\n"
            "\n"
            "The repairs are expected to take at least two years and to cost a great deal more than the council "
            "has set aside for the whole example of what such a famous, old and much loved, well-known bridge costs.\n");
}

TEST(Unwrap, OneParagraphPerLinePastesAreUnchanged) {
  std::string page = pith::testing::fixture(pith::testing::kSeed002);
  EXPECT_EQ(text::unwrap_hard_wrapped(page), page);
  std::string list = "Milk\nEggs\nBread\nButter\nCheese\n";
  EXPECT_EQ(text::unwrap_hard_wrapped(list), list);
}
