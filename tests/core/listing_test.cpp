// Listing and collection pages pasted as text (extract/listing.h): the run of items is the content.
// The snippets are written for these tests; each is a page shape the benchmark showed going wrong.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/listing.h"
#include "fixtures.h"
#include "pith/read.h"

using namespace pith;

namespace {

Document read_text(const std::string& page) {
  ReadOptions options;
  options.format = Format::Text;
  return read(page, options);
}

std::string menu() {
  std::string out = "Skip to content\nHome\nRecipes\nDinners\nDesserts\nDrinks\nAbout Us\nContact\nLog In\n";
  return out + out;
}

std::string footer() {
  return "Privacy Policy\nTerms of Use\nContact Us\nCareers\nAdvertise\n"
         "We and our partners store and access information on your device to show personalised ads and measure "
         "how our site is used, and you can change your choices at any time from the settings page.\n";
}

bool contains(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

}  // namespace

// A category page: a one-line introduction over many item titles, each with a rating line. Before
// the rule the reader kept the introduction (or the consent text) and removed every title.
TEST(Listing, CategoryPageKeepsItsItems) {
  // A category page shows a few dozen items: four kinds of dish in six ways each.
  std::vector<std::string> titles;
  for (const char* dish : {"Soups", "Casseroles", "Pasta Bakes", "Curries"}) {
    for (const char* way : {"Ready in Half an Hour", "That Feed a Crowd", "to Start Before Work", "Worth Making Twice",
                            "for Cold Winter Nights", "Everyone Will Eat"}) {
      titles.push_back(std::string("Our Favourite Weeknight ") + dish + " " + way);
    }
  }
  std::string page = menu() + "Dinner Recipes\nStuck for dinner? Start with these reader favourites, all tested in our kitchen.\n";
  for (std::size_t i = 0; i < titles.size(); ++i) page += titles[i] + "\n" + std::to_string(10 + i) + " Ratings\n";
  page += footer();
  Document doc = read_text(page);
  std::string kept = pith::testing::joined_blocks(doc);
  for (const auto& t : titles) EXPECT_TRUE(contains(kept, t)) << t;
  EXPECT_TRUE(contains(kept, "Stuck for dinner?"));  // the list's introduction, right above it
  EXPECT_FALSE(contains(kept, "Privacy Policy"));
  EXPECT_FALSE(contains(kept, "Skip to content"));
  EXPECT_FALSE(contains(kept, "We and our partners"));
}

// A jobs board or search results: numbered items, each with a posting time under it. The items and
// their times are the content.
TEST(Listing, NumberedResultsWithTimesAreKept) {
  std::string page = "Jobs | Companies | Salaries | Log in\nThese are openings at young companies this week.\n";
  const std::vector<std::string> firms = {"Acme Robotics", "Blue Harbor", "Cobalt Labs", "Delta Freight",
                                          "Evergreen Health", "Fable Games", "Granite Data", "Hollow Tree"};
  for (std::size_t i = 0; i < firms.size(); ++i) {
    page += std::to_string(i + 1) + ". " + firms[i] + " is hiring a backend engineer (example.com)\n" +
            std::to_string(i + 2) + " days ago\n";
  }
  page += "More\nGuidelines | FAQ | API | Contact\n";
  Document doc = read_text(page);
  std::string kept = pith::testing::joined_blocks(doc);
  for (const auto& f : firms) EXPECT_TRUE(contains(kept, f + " is hiring a backend engineer")) << f;
  EXPECT_TRUE(contains(kept, "3 days ago"));  // an item's time is part of the item
  EXPECT_FALSE(contains(kept, "Guidelines | FAQ"));
}

// The case the rule must leave alone: a short news story under its byline and date, then a long
// column of other stories' cards (headline, byline, time). The story is the content.
TEST(Listing, ShortStoryAboveACardColumnStaysAnArticle) {
  std::string page = menu() + "Storm Closes Harbour Bridge\nBy Staff Writer\nNOVEMBER 20, 2019 10:43\n"
                     "A storm with winds of more than a hundred kilometres an hour closed the harbour bridge on Tuesday, and "
                     "the city told drivers to use the tunnel until engineers have checked the cables.\n"
                     "The bridge is expected to reopen on Thursday morning if the wind drops as forecast, a spokeswoman for "
                     "the city said, adding that buses would run through the tunnel in the meantime.\n";
  for (int i = 0; i < 20; ++i) {
    page += "Council Approves New Budget For Parks And Libraries Number " + std::to_string(i) + "\nBy Staff Writer\n" +
            "11/20/2019 0" + std::to_string(i % 10) + ":14 PM\n";
  }
  page += footer();
  Document doc = read_text(page);
  std::string kept = pith::testing::joined_blocks(doc);
  EXPECT_TRUE(contains(kept, "A storm with winds"));
  EXPECT_FALSE(contains(kept, "Council Approves New Budget"));
}

// A long article followed by a handful of related headlines stays an article too.
TEST(Listing, LongArticleWithRelatedHeadlinesIsNoListing) {
  std::string para = "The council voted on Tuesday to close the old bridge to cars after engineers found cracks in two of "
                     "its piers, and cyclists and people on foot will still be able to cross while it looks for money.\n";
  std::string page = menu() + "Bridge Closed To Cars\n";
  for (int i = 0; i < 8; ++i) page += para;
  page += "Related\n";
  for (int i = 0; i < 8; ++i) page += "Harbour Ferry Adds Evening Sailings For The Summer " + std::to_string(i) + "\n";
  page += footer();
  Document doc = read_text(page);
  EXPECT_FALSE(contains(pith::testing::joined_blocks(doc), "Harbour Ferry"));
}

TEST(Listing, ItemValues) {
  using extract::item_value;
  auto line = [](const std::string& t) { return extract::PageLine{t, extract::shape_of(t), false}; };
  const auto en = nlp::Language::English;
  EXPECT_GT(item_value(line("Twelve Weeknight Soups Ready in Half an Hour"), en), 0.0);
  EXPECT_LT(item_value(line("Desserts"), en), 0.0);
  EXPECT_EQ(item_value(line("March 3, 2024"), en), 0.0);
  EXPECT_LT(item_value(line("Privacy Policy"), en), 0.0);
  EXPECT_LT(item_value(line("12 Comments"), en), -1000.0);
}

// A short blog post, a long readers' thread, then a "Recent posts" column: the post stays the
// content; neither the thread (running text under short headers) nor the column is taken for a list.
TEST(Listing, ReadersThreadIsNoListing) {
  std::string page = menu() + "Autumn Open Thread\nSeptember 10, 2018 | by Catherine\n"
                     "Our goal with these open threads is to give readers a place to raise questions about our work.\n"
                     "You can view our previous open thread here.\nComments\n";
  for (int i = 0; i < 15; ++i) {
    page += "Reader " + std::to_string(i) + " on September 12, 2018 at 4:47 pm said:\n"
            "Is there any update on how the new study will change your recommendation for the coming year?\n"
            "I would also like to know whether you plan to publish the notes from your last site visit.\n";
  }
  page += "Recent Posts\n";
  for (int i = 0; i < 10; ++i) page += "What We Learned From Our Site Visit Number " + std::to_string(i) + "\n";
  page += footer();
  Document doc = read_text(page);
  std::string kept = pith::testing::joined_blocks(doc);
  EXPECT_TRUE(contains(kept, "Our goal with these open threads"));
  EXPECT_FALSE(contains(kept, "What We Learned From Our Site Visit"));
  EXPECT_FALSE(contains(kept, "Is there any update"));
}
