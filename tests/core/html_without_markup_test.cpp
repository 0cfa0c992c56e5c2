// A text paste sent as HTML (the page's format, or --format html): with no markup at all it is
// read as the text it is, with a warning, not run together into one block.
#include <gtest/gtest.h>

#include <string>

#include "fixtures.h"
#include "pith/read.h"

using namespace pith;

TEST(HtmlWithoutMarkup, TextSentAsHtmlIsReadAsText) {
  const std::string paste =
      "Home\nWorld\nPolitics\nSenate passes sweeping water-rights bill after months of gridlock\n"
      "By Maria Gonzalez\nMarch 14, 2025\n"
      "We use cookies to improve your experience. By continuing to browse you agree to our use of cookies.\n"
      "The state Senate on Thursday passed a long-stalled bill that would, for the first time, cap how much "
      "groundwater farms and cities can pump from three of the most depleted basins.\n"
      "The vote came after a late amendment exempted small family farms, a concession that won over four "
      "rural members who had opposed the measure in committee.\n";
  Document doc = read(paste, {Format::Html, Quotes::Keep});
  EXPECT_EQ(doc.format, Format::Text);
  EXPECT_EQ(doc.title, "Senate passes sweeping water-rights bill after months of gridlock");
  ASSERT_EQ(doc.blocks.size(), 2u);
  EXPECT_EQ(doc.blocks[0].text.rfind("The state Senate", 0), 0u);
  ASSERT_FALSE(doc.warnings.empty());
  EXPECT_NE(doc.warnings.back().find("read as plain text"), std::string::npos);
}

TEST(HtmlWithoutMarkup, MarkupIsStillHtml) {
  Document doc = read("<p>The council approved the new budget on Tuesday, after a long debate.</p>",
                      {Format::Html, Quotes::Keep});
  EXPECT_EQ(doc.format, Format::Html);
  EXPECT_TRUE(doc.warnings.empty());
}
