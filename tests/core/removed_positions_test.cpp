// What the reading leaves out between the chosen parts of a page (a byline between the standfirst and
// the story's body) keeps the place where it stood among the blocks, so a restore puts it back there.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "html_pages.h"
#include "pith/edit.h"

using namespace pith;
using pith::testing::kStory;
using pith::testing::read_page;

namespace {

const std::string kPage =
    "<html><head><title>Budget passes</title></head><body><div class=\"wrap\">"
    "<p>The town's spending plan for next year is through, though the fight over the library is not over "
    "yet, and reserves will run low.</p>"
    "<div class=\"byline\">By Tom Reyes</div>"
    "<div class=\"article-body\">" + kStory + "</div>"
    "<div class=\"byline\">Tom Reyes covers the council for the Gazette.</div>"
    "</div></body></html>";

std::size_t removed_index(const Document& doc, std::string_view text) {
  auto it = std::find_if(doc.removed.begin(), doc.removed.end(), [&](const Removed& r) { return r.text == text; });
  return static_cast<std::size_t>(it - doc.removed.begin());
}

}  // namespace

TEST(RemovedPositions, BetweenChosenPartsStandsBetweenTheirBlocks) {
  Document doc = read_page(kPage);
  ASSERT_EQ(doc.blocks.size(), 4u);
  ASSERT_EQ(doc.blocks[0].text.rfind("The town's spending plan", 0), 0u);
  std::size_t byline = removed_index(doc, "By Tom Reyes");
  ASSERT_LT(byline, doc.removed.size());
  EXPECT_EQ(doc.removed[byline].position, 1u);
  std::size_t note = removed_index(doc, "Tom Reyes covers the council for the Gazette.");
  ASSERT_LT(note, doc.removed.size());
  EXPECT_EQ(doc.removed[note].position, 4u);  // after the last block

  std::optional<Document> restored = restore_removed(doc, byline);
  ASSERT_TRUE(restored);
  ASSERT_EQ(restored->blocks.size(), 5u);
  EXPECT_EQ(restored->blocks[1].text, "By Tom Reyes");
}
