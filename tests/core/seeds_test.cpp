// Acceptance on the five versions of one story: 002 is a page scrape, 000 exactly its clean body.
#include <gtest/gtest.h>

#include "fixtures.h"

using namespace pith;
using namespace pith::testing;

TEST(Seeds, ScrapeReadsToExactlyTheCleanBody) {
  Document doc = read(fixture(kSeed002));
  EXPECT_EQ(joined_blocks(doc), fixture(kSeed000));
  for (const Block& b : doc.blocks) EXPECT_EQ(b.kind, BlockKind::Paragraph);
}

TEST(Seeds, ScrapeMetadata) {
  Document doc = read(fixture(kSeed002));
  EXPECT_EQ(doc.format, Format::Text);
  EXPECT_EQ(doc.title, "Trump and Putin Set for Key Talks This Week as Peace Agreement Looms");
  EXPECT_EQ(doc.byline, "Sarah Arnold");
  EXPECT_EQ(doc.published, "2025-03-16");
  EXPECT_EQ(doc.site_name, "Tipsheet");
  EXPECT_EQ(doc.image_credit, "AP Photo/Pablo Martinez Monsivais, File");
  EXPECT_TRUE(doc.warnings.empty());
}

TEST(Seeds, ScrapeRemovalsCarryTheirReasons) {
  Document doc = read(fixture(kSeed002));
  ASSERT_EQ(doc.removed.size(), 6u);
  EXPECT_EQ(doc.removed[0].reason, Reason::TeaserLink);
  EXPECT_EQ(doc.removed[1].reason, Reason::SiteHeader);
  EXPECT_EQ(doc.removed[1].text, "Tipsheet");
  EXPECT_EQ(doc.removed[2].reason, Reason::Title);
  EXPECT_EQ(doc.removed[3].reason, Reason::Byline);
  EXPECT_EQ(doc.removed[4].reason, Reason::Date);
  EXPECT_EQ(doc.removed[4].text, "March 16, 2025");
  EXPECT_EQ(doc.removed[5].reason, Reason::PhotoCredit);
  for (const auto& r : doc.removed) EXPECT_EQ(r.position, 0u) << r.text;  // all above the first paragraph
}

TEST(Seeds, CleanArticlesPassThroughUnchanged) {
  // 000, 001 and 003 already use typographic quotes: reading them must change nothing.
  for (const char* name : {kSeed000, kSeed001, kSeed003}) {
    Document doc = read(fixture(name));
    EXPECT_EQ(joined_blocks(doc), fixture(name)) << name;
    EXPECT_TRUE(doc.removed.empty()) << name;
    EXPECT_TRUE(doc.title.empty()) << name;  // no headline in a body-only text
  }
}

TEST(Seeds, StraightQuotesBecomeTypographicAndKeepLeavesThem) {
  std::string raw = fixture(kSeed004);
  Document kept = read(raw, {Format::Auto, Quotes::Keep});
  EXPECT_EQ(joined_blocks(kept), raw);
  Document smart = read(raw);
  std::string text = joined_blocks(smart);
  EXPECT_EQ(text.find('"'), std::string::npos);
  EXPECT_EQ(text.find('\''), std::string::npos);
  EXPECT_NE(text.find("as \xE2\x80\x9Cpositive.\xE2\x80\x9D"), std::string::npos);  // as “positive.”
  EXPECT_NE(text.find("Putin\xE2\x80\x99s backing"), std::string::npos);           // Putin’s
}

TEST(Seeds, SectionHeadingsInReportAreHeadingBlocks) {
  Document doc = read(fixture(kSeed001));
  std::vector<std::string> headings;
  for (const Block& b : doc.blocks) {
    if (b.kind == BlockKind::Heading) headings.push_back(b.text);
  }
  ASSERT_EQ(headings.size(), 4u);
  EXPECT_EQ(headings[0], "Witkoff Believes the Trump-Putin Meeting Will Be Productive");
  EXPECT_EQ(headings[3], "Macron Says Russia Is Not Serious About Peace");
}

TEST(Seeds, JsonCarriesTheWordCountTheFacesShow) {
  std::string json = to_json(read(fixture(kSeed002)));
  EXPECT_NE(json.find("\"wordCount\":329,"), std::string::npos);
  EXPECT_NE(to_json(read("")).find("\"wordCount\":0,"), std::string::npos);
}
