#include <gtest/gtest.h>

#include "fixtures.h"

using namespace pith;
using namespace pith::testing;

TEST(Restore, PhotoCreditGoesBackWhereItStood) {
  Document doc = read(fixture(kSeed002));
  ASSERT_EQ(doc.removed[5].reason, Reason::PhotoCredit);
  auto restored = restore_removed(doc, 5);
  ASSERT_TRUE(restored);
  ASSERT_EQ(restored->blocks.size(), doc.blocks.size() + 1);
  EXPECT_EQ(restored->blocks[0].text, "AP Photo/Pablo Martinez Monsivais, File");
  EXPECT_EQ(restored->blocks[1].text, doc.blocks[0].text);
  EXPECT_EQ(restored->removed.size(), 5u);
  for (const auto& r : restored->removed) EXPECT_EQ(r.position, 0u);  // all stood above the credit
  EXPECT_EQ(restored->byline, "Sarah Arnold");
}

TEST(Restore, LaterRemovalsKeepTheirPlace) {
  Document doc = read("Bridge Closed To Cars\nBy Ann Lee\n"
                      "The council voted on Tuesday to close the old bridge to cars after engineers found cracks.\n"
                      "ADVERTISEMENT\n"
                      "Cyclists and people on foot will still be able to cross while the city looks for money.\n"
                      "Share Tweet Email\n");
  ASSERT_EQ(doc.blocks.size(), 2u);
  auto ad = std::find_if(doc.removed.begin(), doc.removed.end(), [](const Removed& r) { return r.reason == Reason::Advertisement; });
  ASSERT_NE(ad, doc.removed.end());
  auto restored = restore_removed(doc, static_cast<std::size_t>(ad - doc.removed.begin()));
  ASSERT_TRUE(restored);
  ASSERT_EQ(restored->blocks.size(), 3u);
  EXPECT_EQ(restored->blocks[1].text, "ADVERTISEMENT");
  EXPECT_EQ(restored->removed.back().reason, Reason::ShareBar);
  EXPECT_EQ(restored->removed.back().position, 3u);  // still after the last paragraph
  auto title = restore_removed(*restored, 0);
  ASSERT_TRUE(title);
  EXPECT_EQ(title->blocks[0].kind, BlockKind::Heading);
  EXPECT_FALSE(restore_removed(doc, doc.removed.size()));
}

// The faces show doc.title above the blocks, so a headline put back among them must not stay there.
TEST(Restore, RestoredTitleIsNoLongerTheTitle) {
  Document doc = read("Menu\nHome\nNews\nHarbour To Close For Six Weeks\nBy Ann Lee\n"
                      "The harbour will close for six weeks from Monday while engineers repair the wall.\n"
                      "Ferries will dock at the temporary pier during the works, adding ten minutes.\n");
  auto title = std::find_if(doc.removed.begin(), doc.removed.end(), [](const Removed& r) { return r.reason == Reason::Title; });
  ASSERT_NE(title, doc.removed.end());
  ASSERT_EQ(doc.title, title->text);
  auto restored = restore_removed(doc, static_cast<std::size_t>(title - doc.removed.begin()));
  ASSERT_TRUE(restored);
  EXPECT_EQ(restored->title, "");
  auto shown = std::count_if(restored->blocks.begin(), restored->blocks.end(), [&](const Block& b) { return b.text == title->text; });
  EXPECT_EQ(shown, 1);
  EXPECT_EQ(restored->byline, doc.byline);  // other metadata stays
}
