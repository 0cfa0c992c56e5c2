// The plain-text content model on pastes written for these tests: each case is a page shape that
// the benchmark showed going wrong before the rule existed.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/content_model.h"
#include "extract/mail_header.h"
#include "fixtures.h"
#include "nlp/stop_words.h"
#include "text/markdown.h"

using namespace pith;

namespace {

std::string repeat_lines(const std::string& line, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += line + " " + std::to_string(i) + "\n";
  return out;
}

const char* kStory =
    "The council voted on Tuesday to close the old bridge to cars after engineers found cracks in two of its piers.\n"
    "Cyclists and people on foot will still be able to cross while the city looks for money to repair it.\n"
    "The repairs are expected to take at least two years and to cost more than the council has set aside.\n";

// The story under its byline, then a list heading and other stories' cards: headline, the lines
// under it (`meta`), a one-sentence summary.
std::string story_then_cards(const std::string& heading, const std::vector<std::string>& heads, const std::string& meta) {
  std::string page = std::string("Bridge Closed To Cars\nBy Ann Lee\n") + kStory + heading;
  for (const auto& h : heads) {
    page += h + "\n" + meta + "Officials said on Monday that the cause of the change is still being looked into by them.\n";
  }
  return page;
}

}  // namespace

TEST(ContentModel, MenusAndFooterAroundTheStoryAreDropped) {
  std::string page = repeat_lines("Section", 40) + "Bridge Closed To Cars After Cracks Found\nBy Ann Lee\n" +
                     kStory + repeat_lines("Privacy Policy", 30);
  Document doc = read(page);
  EXPECT_EQ(doc.blocks.size(), 3u);
  EXPECT_EQ(doc.title, "Bridge Closed To Cars After Cracks Found");
  EXPECT_EQ(doc.byline, "Ann Lee");
}

TEST(ContentModel, ReadersThreadAfterTheStoryIsComments) {
  std::string thread;
  for (int i = 0; i < 30; ++i) {
    thread += "reader" + std::to_string(i) + " says:\nNovember 19, 2019 at 6:34 am\n";
    thread += "I have crossed that bridge every day for twenty years and I am sad to see it go like this.\n";
  }
  std::string page = std::string("Bridge Closed To Cars\nBy Ann Lee\n") + kStory + "30 responses to \u201CBridge Closed\u201D\n" + thread;
  Document doc = read(page);
  EXPECT_EQ(doc.blocks.size(), 3u);
  EXPECT_GE(pith::testing::removed_with(doc, Reason::Comments).size(), 60u);
}

TEST(ContentModel, ShortStoryUnderItsBylineBeatsALongDisclaimer) {
  std::string disclaimer =
      "Quotes are delayed at least fifteen minutes and all market data is provided for information only, "
      "and the company and its data providers make no warranty of any kind as to the accuracy of the data "
      "or its fitness for any purpose, and they are not liable for any decision that is made on it by you.\n";
  std::string page = std::string("Markets\nBridge Closed To Cars\nBy Ann Lee\nMarch 3, 2024\n") +
                     "The council voted on Tuesday to close the old bridge to cars after engineers found cracks.\n" +
                     repeat_lines("Markets", 10) + disclaimer + disclaimer;
  Document doc = read(page);
  ASSERT_FALSE(doc.blocks.empty());
  EXPECT_EQ(doc.blocks[0].text, "The council voted on Tuesday to close the old bridge to cars after engineers found cracks.");
  EXPECT_EQ(doc.published, "2024-03-03");
}

TEST(ContentModel, CommentCountLinkInTheHeaderDoesNotEndTheSearch) {
  std::string page = std::string(
      "We use cookies and other tracking technologies to improve your browsing experience on our site, show "
      "personalized content and targeted ads, analyze site traffic, and understand where our audience is coming from.\n") +
      "Bridge Closed To Cars\nBy Ann Lee\nNew, 6 comments\n" + kStory;
  Document doc = read(page);
  EXPECT_EQ(doc.blocks.size(), 3u);
  EXPECT_EQ(pith::testing::removed_with(doc, Reason::CookieNotice).size(), 1u);
}

TEST(ContentModel, StandfirstAboveTheBylineIsNotTheArticle) {
  std::string page = std::string("Bridge Closed To Cars\n") +
                     "There are fewer ways across the river than ever before, and here is what that means for you.\n"
                     "By Ann Lee\nNov. 19, 2019 8:03 am ET\n" + kStory;
  Document doc = read(page);
  EXPECT_EQ(doc.blocks.size(), 3u);
  EXPECT_EQ(doc.byline, "Ann Lee");
  EXPECT_EQ(doc.published, "2019-11-19");
}

TEST(ContentModel, JapaneseRunningTextCountsAsText) {
  // Each line is a sentence of running Japanese text (no spaces), between menu items.
  std::string sentence = "\xE4\xBB\x8A\xE6\x97\xA5\xE3\x81\xAF\xE5\xA4\xA9\xE6\xB0\x97\xE3\x81\x8C\xE3\x82\x88\xE3\x81\x8F"
                         "\xE3\x81\xA6\xE3\x80\x81\xE5\xA4\x9A\xE3\x81\x8F\xE3\x81\xAE\xE4\xBA\xBA\xE3\x81\x8C\xE5\x85\xAC"
                         "\xE5\x9C\x92\xE3\x82\x92\xE6\x95\xA3\xE6\xAD\xA9\xE3\x81\x97\xE3\x81\xBE\xE3\x81\x97\xE3\x81\x9F\xE3\x80\x82";
  std::string page = repeat_lines("\xE3\x83\x9B\xE3\x83\xBC\xE3\x83\xA0", 20) + sentence + sentence + "\n" + sentence + "\n" +
                     repeat_lines("\xE3\x83\x9B\xE3\x83\xBC\xE3\x83\xA0", 20);
  Document doc = read(page);
  EXPECT_EQ(doc.blocks.size(), 2u);
}

TEST(ContentModel, SectionMarkers) {
  using extract::SectionMarker;
  EXPECT_EQ(extract::section_marker("34 responses to \u201CAnthony Lynn: We needed to win this game\u201D"), SectionMarker::Comments);
  EXPECT_EQ(extract::section_marker("[ 167 comments ]"), SectionMarker::Comments);
  EXPECT_EQ(extract::section_marker("thelastchargersfan says:"), SectionMarker::Comments);
  EXPECT_EQ(extract::section_marker("Gary M on September 17, 2018 at 8:50 pm said:"), SectionMarker::Comments);
  EXPECT_EQ(extract::section_marker("In a statement on Monday, the mayor of the city said:"), SectionMarker::None);
  EXPECT_EQ(extract::section_marker("Related Stories"), SectionMarker::Related);
  EXPECT_EQ(extract::section_marker("Share this:"), SectionMarker::Share);
  EXPECT_EQ(extract::section_marker("Tags:"), SectionMarker::Tags);
  EXPECT_EQ(extract::section_marker("The council said it would share the cost of the repairs with the state."), SectionMarker::None);
}

TEST(Language, DetectedFromFunctionWords) {
  EXPECT_EQ(nlp::detect_language(kStory), nlp::Language::English);
  EXPECT_EQ(nlp::detect_language("Der Stadtrat hat am Dienstag beschlossen, die alte Br\xC3\xBC" "cke f\xC3\xBCr Autos zu sperren, "
                                 "nachdem Ingenieure Risse in zwei ihrer Pfeiler gefunden hatten. Radfahrer und "
                                 "Fu\xC3\x9Fg\xC3\xA4nger k\xC3\xB6nnen sie weiterhin nutzen, bis die Stadt das Geld f\xC3\xBCr die Reparatur hat."),
            nlp::Language::German);
  EXPECT_EQ(nlp::detect_language("Le conseil a vot\xC3\xA9 mardi la fermeture du vieux pont aux voitures apr\xC3\xA8s que des "
                                 "ing\xC3\xA9nieurs ont trouv\xC3\xA9 des fissures dans deux de ses piliers. Les cyclistes et les "
                                 "pi\xC3\xA9tons pourront toujours le traverser pendant que la ville cherche de l'argent."),
            nlp::Language::French);
  EXPECT_EQ(nlp::detect_language("El consejo vot\xC3\xB3 el martes para cerrar el viejo puente a los coches despu\xC3\xA9s de que "
                                 "los ingenieros encontraran grietas en dos de sus pilares. Los ciclistas y los peatones "
                                 "podr\xC3\xA1n seguir cruz\xC3\xA1ndolo mientras la ciudad busca dinero para repararlo."),
            nlp::Language::Spanish);
  EXPECT_EQ(nlp::detect_language("Home News Sport"), nlp::Language::Unknown);
  Document doc = read(kStory);
  EXPECT_EQ(doc.language, "en");
}

TEST(ContentModel, OtherStoriesUnderAnOpinionLabelAreNotTheArticle) {
  std::string teasers;
  for (int i = 0; i < 5; ++i) {
    teasers += "Why The Harbour Will Flood Again\n";
    teasers += "The harbour walls were built for a sea that no longer exists, and the city has known it for years.\n";
  }
  std::string page = std::string("Bridge Closed To Cars\nBy Ann Lee\n") + kStory + kStory + "Opinion\n" + teasers;
  Document doc = read(page);
  EXPECT_EQ(doc.blocks.size(), 6u);
  EXPECT_EQ(pith::testing::removed_with(doc, Reason::Related).size(), 11u);
}

TEST(ContentModel, OtherStoriesCardsAfterTheStoryAreRelated) {
  std::vector<std::string> heads = {"Farmers Paint Their Cows With Zebra Stripes", "Two Troops Killed In Helicopter Crash",
                                    "Cities Urge Boycott Of Meat Companies", "New Power Outages Set For Parts Of The State"};
  Document doc = read(story_then_cards("World\nMore World\n", heads, "Jane Roe\n"));
  EXPECT_EQ(doc.blocks.size(), 3u);
  EXPECT_EQ(pith::testing::removed_with(doc, Reason::Related).size(), 2u + 4u * 3u);
}

TEST(ContentModel, ItemsUnderTheirNamesAfterAnIntroductionAreKept) {
  // A services page: one introduction, then name + description pairs. Same alternation as a
  // teaser list, but the items follow the introduction directly and outweigh it.
  std::string page =
      "Mental Health Services\n"
      "The hospital provides therapy and programs to patients of all ages who are struggling with mental health.\n"
      "Adult Services\nThe adult unit offers individual therapy, couples therapy and group therapy for adults.\n"
      "Inpatient Services\nThe inpatient unit has forty beds and serves patients who need a stay in the hospital.\n"
      "Child Services\nThe child program helps children between the ages of two and seventeen with their problems.\n";
  Document doc = read(page);
  EXPECT_EQ(pith::testing::removed_with(doc, Reason::Related).size(), 0u);
  EXPECT_NE(pith::testing::joined_blocks(doc).find("The child program helps"), std::string::npos);
}

TEST(ContentModel, DatedCommentHeadersDoNotStartAnArticle) {
  // A blog post with a short text and a long thread whose comment headers carry a date: the dates
  // must not mark the comments as an article under its dateline.
  std::string thread;
  for (int i = 0; i < 6; ++i) {
    thread += "Reader " + std::to_string(i) + " on September 1" + std::to_string(i) + ", 2018 at 4:47 pm said:\n";
    thread += "I have crossed that bridge every day for twenty years and I am sad to see it go like this, "
              "because it was the quickest way to my work and the new route will take me half an hour longer.\n";
  }
  std::string page = std::string("Bridge Closed To Cars\nSeptember 10, 2018\n") + kStory + "Comments\n" + thread;
  Document doc = read(page);
  EXPECT_EQ(doc.blocks.size(), 3u);
  EXPECT_EQ(pith::testing::removed_with(doc, Reason::Comments).size(), 13u);
}

TEST(ContentModel, TagCloudUnderAShortStoryIsNotTheArticle) {
  std::string cloud =
      "adopt a pet water alert environment library walk campaign training carnival civil council culture course "
      "dance defence education election festival fair museum christmas works bridge recycling reform street "
      "health seminar social tourism traffic vaccine visit weather youth games music theatre\n";
  std::string page = std::string("Bridge Closed To Cars\nSeptember 10, 2018\n") +
                     "The council voted on Tuesday to close the old bridge to cars after engineers found cracks.\n" +
                     repeat_lines("Services", 10) + cloud;
  Document doc = read(page);
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(doc.blocks[0].text, "The council voted on Tuesday to close the old bridge to cars after engineers found cracks.");
}

TEST(ContentModel, DatedCardsOfOtherStoriesDoNotOutweighTheStory) {
  // Each card has its author and date over its summary, as an article has: the repeated dates
  // must not make every card weigh like a story under its dateline.
  std::vector<std::string> heads = {"What Made The Film So Popular This Year", "Senators Argue Over The New Farm Bill",
                                    "Why The Witness Had A Real Gripe After All"};
  std::string page = story_then_cards("World\nPolitics\n", heads, "Jane Roe\nTuesday November 19, 2019\n");
  Document doc = read(page);
  EXPECT_EQ(doc.blocks.size(), 3u);
  EXPECT_EQ(pith::testing::removed_with(doc, Reason::Related).size(), 2u + 3u * 4u);
}

TEST(ContentModel, CodeListingInsideATechnicalArticleKeepsBothHalves) {
  std::string first =
      "The first step in query optimization is understanding what your query actually does when it runs on the server.\n"
      "The planner shows the plan it chose, with the time that each step took and the number of rows it read.\n";
  std::string code =
      "EXPLAIN ANALYZE\nSELECT u.name, COUNT(o.id) as order_count\nFROM users u\n"
      "LEFT JOIN orders o ON u.id = o.user_id\nWHERE u.created_at > '2024-01-01'\nGROUP BY u.id, u.name;\n"
      "-- Hash Left Join (cost=100.00..1200.00 rows=5000)\n-- Seq Scan on users u (cost=0.00..50.00 rows=500)\n"
      "-- Planning Time: 0.234 ms\n-- Execution Time: 45.678 ms\n";
  std::string second =
      "A sequential scan on a large table is often a red flag, and an index on the joined column is the usual cure.\n"
      "After adding the index, run the same statement again and compare the times that the planner reports for it.\n";
  // A listing of fifty lines: as many short lines as a menu, which must not split the article.
  std::string page = "Products\nPricing\nSign in\nHow To Make Slow Queries Fast\nBy Ann Lee\n" + first + code + code + code + code + code + second;
  Document doc = read(page);
  std::string kept = pith::testing::joined_blocks(doc);
  EXPECT_NE(kept.find("The first step in query optimization"), std::string::npos);
  EXPECT_NE(kept.find("GROUP BY u.id, u.name;"), std::string::npos);
  EXPECT_NE(kept.find("After adding the index"), std::string::npos);
}

// A paste keeps a blank line between paragraphs and none between a list's items.
std::string tour_story(const std::string& list) {
  return "Menu\nNews\nSport\n\nBand Announces Spring Tour\n\nBy Ann Lee\n\n"
         "The band said on Monday that it will play twelve cities this spring, its first tour since the singer's illness last year.\n\n"
         "Tickets go on sale on Friday morning, and fans who bought tickets for the cancelled shows will get first choice of seats.\n\n"
         "The dates announced so far are these, with more to come in the autumn:\n\n" +
         list +
         "\nThe singer said that she had missed the road more than she expected and that the new songs were written for the stage.\n\n"
         "Privacy Policy\nTerms of Use\n";
}

TEST(ContentModel, ListBetweenTheStorysParagraphsIsKept) {
  std::string dates;
  for (const char* city : {"Boston", "Chicago", "Denver", "Seattle", "Portland", "Austin", "Atlanta", "Miami", "Dallas",
                           "Phoenix", "Detroit", "Omaha"}) {
    dates += std::string("March 12 ") + city + " Arena\n";
  }
  Document doc = read(tour_story(dates));
  std::string kept = pith::testing::joined_blocks(doc);
  EXPECT_NE(kept.find("March 12 Omaha Arena"), std::string::npos);
  EXPECT_NE(kept.find("The singer said that she had missed the road"), std::string::npos);
  EXPECT_NE(kept.find("Tickets go on sale"), std::string::npos);
  EXPECT_EQ(kept.find("Privacy Policy"), std::string::npos);
}

TEST(ContentModel, HeadlineBoxBetweenParagraphsIsNotAList) {
  std::string box;  // a "Most read" box without its heading
  for (int i = 0; i < 14; ++i) box += "Mayor Says New Bridge Will Open Next Spring After Delay " + std::to_string(i) + "\n";
  Document doc = read(tour_story(box));
  std::string kept = pith::testing::joined_blocks(doc);
  EXPECT_EQ(kept.find("Mayor Says New Bridge"), std::string::npos);
  EXPECT_NE(kept.find("Tickets go on sale"), std::string::npos);
}

TEST(ContentModel, CardsWithHeadlineGluedToSummaryAreNotTheArticle) {
  // A sidebar copied without the break between each card's headline and its summary.
  std::string cards;
  for (const char* head : {"Customers Leave Without Paying Bill At Downtown Steakhouse", "Police Seek Driver After Crash On Main Street",
                           "School Board Votes To Close Two Elementary Schools", "Storm Knocks Out Power To Thousands Of Homes",
                           "Local Bakery Wins State Award For Its Apple Pie", "City Hires New Fire Chief From Out Of State"}) {
    cards += std::string(head) +
             "A party of six left the restaurant on Saturday night without paying, and the owner said that he has asked the police for help.\n";
  }
  std::string page = "News\nWeather\n" + cards + "Bridge Closed To Cars\nBy Ann Lee\n" + kStory + "Privacy Policy\n";
  Document doc = read(page);
  std::string kept = pith::testing::joined_blocks(doc);
  EXPECT_NE(kept.find("The council voted on Tuesday"), std::string::npos);
  EXPECT_EQ(kept.find("A party of six"), std::string::npos);
}

// A blog post whose readers' thread opens with only a count ("12 Comments"), each comment a name,
// a time, the text and a reply button. The thread is longer than the post.
std::string thread_under_count(const std::string& count_line) {
  std::string thread;
  for (int i = 0; i < 8; ++i) {
    thread += "reader" + std::to_string(i) + "\n3 days ago\n";
    thread += "I have crossed that bridge every day for twenty years and I am sad to see it go, because the new "
              "route will take me half an hour longer each way and there is no bus that runs early enough.\n";
    thread += "Reply\n";
  }
  return std::string("Bridge Closed To Cars\nBy Ann Lee\n") + kStory + count_line + "\n" + thread;
}

TEST(ContentModel, ThreadUnderACountHeadingIsComments) {
  Document doc = read(thread_under_count("12 Comments"));
  EXPECT_EQ(doc.blocks.size(), 3u);
  EXPECT_EQ(pith::testing::joined_blocks(doc).find("I have crossed that bridge"), std::string::npos);
}

TEST(ContentModel, CountLinkAboveMoreOfTheStoryDoesNotEndIt) {
  // The count sits after the first paragraph (a header link), with a share bar and the rest of the
  // story under it: no thread follows, so the story goes on.
  std::string page = std::string("Bridge Closed To Cars\nBy Ann Lee\n") + kStory + "12 Comments\nShare\nFacebook Twitter Email\n" +
                     "Drivers will have to use the ring road, which adds about ten minutes to a trip across the town at rush hour.\n"
                     "Shops on both sides of the river say that they fear losing customers who used to stop on their way home.\n"
                     "The council has promised to review the closure in six months, once the engineers have finished their tests.\n"
                     "A public meeting about the plans for the bridge will be held at the town hall on the first Monday of May.\n";
  Document doc = read(page);
  EXPECT_EQ(doc.blocks.size(), 7u);
}

TEST(ContentModel, CountOnEveryCardIsNoThreadHeading) {
  // A listing gives every post's card its count; the cards are what the page holds.
  std::string page = std::string("Bridge Closed To Cars\nBy Ann Lee\n") + kStory;
  for (int i = 0; i < 4; ++i) {
    page += "3 Comments\nReply\nThe council has set aside money for the new road that runs along the river to the east.\n";
  }
  Document doc = read(page);
  EXPECT_NE(pith::testing::joined_blocks(doc).find("The council has set aside money"), std::string::npos);
}

// Other stories' cards under a story, each headline, author, date and a summary of sixty words or
// more; the cards together outweigh the story. `extra` goes under every summary.
std::string story_then_long_dated_cards(const std::string& extra) {
  const std::string summary =
      "The city council met late on Monday night to argue once again about the plan for the harbour, and after "
      "four hours of speeches from residents, shop owners and the port authority it voted to send the whole "
      "question back to a committee that has already spent two years on it without reaching any agreement "
      "about who should pay for the new walls.\n";
  std::string page = std::string("Bridge Closed To Cars\nBy Ann Lee\n") + kStory + "Opinion\nTransport\nMore From The Courier\n";
  for (int i = 0; i < 6; ++i) {
    page += "Harbour Plan Goes Back To Committee Again " + std::to_string(i) + "\nJane Roe\nTuesday November 19, 2019\n" +
            summary + extra;
  }
  return page;
}

TEST(ContentModel, DatedCardsWithLongSummariesAreRelated) {
  Document doc = read(story_then_long_dated_cards(""));
  EXPECT_EQ(doc.blocks.size(), 3u);
  EXPECT_EQ(pith::testing::joined_blocks(doc).find("The city council met late"), std::string::npos);
}

TEST(ContentModel, DatedPostsWithReplyButtonsAreNotCards) {
  // A forum thread: every post is dated as a card is, but has a reply button; the posts are the
  // page's content.
  Document doc = read(story_then_long_dated_cards("Reply Quote\n"));
  EXPECT_NE(pith::testing::joined_blocks(doc).find("The city council met late"), std::string::npos);
}

// The story, a box of other stories' headlines, and one paragraph under the box: `tail`.
std::string story_box_then(const std::string& lead, const std::string& tail) {
  std::string page = std::string("Bridge Closed To Cars\nBy Ann Lee\n") + kStory +
                     "Drivers will have to use the ring road, which adds about ten minutes to a trip across the town at rush hour.\n"
                     "Shops on both sides of the river say that they fear losing customers who used to stop on their way home.\n" + lead;
  for (const char* head : {"Why The Harbour Will Flood Again Next Winter", "Farmers Paint Their Cows With Zebra Stripes",
                           "Two New Schools Open On The East Side", "Storm Knocks Out Power To Thousands Of Homes",
                           "Local Bakery Wins State Award For Its Pie"}) {
    page += std::string(head) + "\n";
  }
  return page + tail;
}

TEST(ContentModel, BioUnderTheMoreStoriesBoxIsNotTheArticle) {
  // The author's bio sits under the box of other stories, and outweighs the box on its own.
  Document doc = read(story_box_then(
      "More Great Stories\n",
      "Staff Writer\nAnn Lee is a staff writer who covers transport, housing and the city council, and before that she "
      "reported on schools and courts for a paper in the north of the state for six years.\n"));
  std::string kept = pith::testing::joined_blocks(doc);
  EXPECT_NE(kept.find("Shops on both sides"), std::string::npos);
  EXPECT_EQ(kept.find("Ann Lee is a staff writer"), std::string::npos);
  EXPECT_EQ(kept.find("Farmers Paint Their Cows"), std::string::npos);
}

TEST(ContentModel, ClosingParagraphUnderTheArticlesOwnListIsKept) {
  // The same shape, but a lead-in ending in a colon says the list is the article's own.
  Document doc = read(story_box_then(
      "Here are the stories that the council says it will look at first next year:\n",
      "The council will publish its full list of projects in the spring, after a public meeting at the town hall.\n"));
  std::string kept = pith::testing::joined_blocks(doc);
  EXPECT_NE(kept.find("The council will publish its full list"), std::string::npos);
}

// A story that ends on its own list, introduced by `lead_in`, over the site's footer.
std::string story_ending_on(const std::string& lead_in, const std::string& list) {
  return "Menu\nNews\nSport\n\nBand Announces Spring Tour\n\nBy Ann Lee\n\n"
         "The band said on Monday that it will play twelve cities this spring, its first tour since the singer's illness last year.\n\n"
         "Tickets go on sale on Friday morning, and fans who bought tickets for the cancelled shows will get first choice of seats.\n\n" +
         lead_in + "\n" + list + "\nPrivacy Policy\nTerms of Use\nContact\n";
}

TEST(ContentModel, ListThatEndsTheStoryIsKept) {
  std::string dates;
  for (const char* city : {"Boston", "Chicago", "Denver", "Seattle", "Portland", "Austin"}) {
    dates += std::string("March 12, ") + city + " Arena\n";
  }
  Document doc = read(story_ending_on("The dates announced so far are these:", dates));
  std::string kept = pith::testing::joined_blocks(doc);
  EXPECT_NE(kept.find("March 12, Boston Arena"), std::string::npos);
  EXPECT_NE(kept.find("March 12, Austin Arena"), std::string::npos);
  EXPECT_EQ(kept.find("Privacy Policy"), std::string::npos);
}

TEST(ContentModel, NumberedItemsApartThatEndTheStoryAreKept) {
  // Each item is its name and a link, with a blank line between items.
  std::string items;
  for (int i = 1; i <= 4; ++i) items += "\n" + std::to_string(i) + ") Boxed Set Of The Band Albums Volume " + std::to_string(i) + "\nhttps://example.com/b" + std::to_string(i) + "\n";
  Document doc = read(story_ending_on("Fans who want to catch up before the tour can start with these:", items));
  std::string kept = pith::testing::joined_blocks(doc);
  EXPECT_NE(kept.find("Boxed Set Of The Band Albums Volume 4"), std::string::npos);
  EXPECT_EQ(kept.find("Privacy Policy"), std::string::npos);
}

TEST(ContentModel, RelatedHeadingWithAColonIsNoLeadIn) {
  std::string heads = "Singer Speaks About Her Illness For The First Time\nBand Cancels Its Autumn Shows In Europe\n";
  Document doc = read(story_ending_on("You may also be interested in:", heads));
  EXPECT_EQ(pith::testing::joined_blocks(doc).find("Singer Speaks About"), std::string::npos);
}

TEST(ContentModel, LabelsUnderALeadInAreNoClosingList) {
  // The site's social links under a colon line: labels, not the story's list.
  Document doc = read(story_ending_on("Follow the band and the paper on our channels:", "Instagram\nYouTube\nTikTok\nThreads\n"));
  EXPECT_EQ(pith::testing::joined_blocks(doc).find("TikTok"), std::string::npos);
}

TEST(ContentModel, SectionHeadingsInOtherLanguages) {
  using extract::SectionMarker;
  EXPECT_EQ(extract::section_marker("Kommentare"), SectionMarker::Comments);
  EXPECT_EQ(extract::section_marker("Laisser un commentaire"), SectionMarker::Comments);
  EXPECT_EQ(extract::section_marker("Comentarios:"), SectionMarker::Comments);
  EXPECT_EQ(extract::section_marker("\xD0\x9A\xD0\xBE\xD0\xBC\xD0\xBC\xD0\xB5\xD0\xBD\xD1\x82\xD0\xB0\xD1\x80\xD0\xB8\xD0\xB8"),
            SectionMarker::Comments);  // "Комментарии"
  EXPECT_EQ(extract::section_marker("Das k\xC3\xB6nnte Sie auch interessieren"), SectionMarker::Related);
  EXPECT_EQ(extract::section_marker("Vous aimerez aussi"), SectionMarker::Related);
  // "Вам также может быть интересно", as headings write it: capital first letter.
  EXPECT_EQ(extract::section_marker("\xD0\x92\xD0\xB0\xD0\xBC \xD1\x82\xD0\xB0\xD0\xBA\xD0\xB6\xD0\xB5 \xD0\xBC\xD0\xBE\xD0\xB6\xD0\xB5\xD1\x82 "
                                    "\xD0\xB1\xD1\x8B\xD1\x82\xD1\x8C \xD0\xB8\xD0\xBD\xD1\x82\xD0\xB5\xD1\x80\xD0\xB5\xD1\x81\xD0\xBD\xD0\xBE"),
            SectionMarker::Related);
  // A sentence that uses the words is not a heading.
  EXPECT_EQ(extract::section_marker("Die Kommentare der Leser waren am Montag fast alle freundlich."), SectionMarker::None);
}

TEST(ContentModel, HeadlineGluedToASummaryWithAnyOpener) {
  // Sidebar cards copied without the break; the summary opens with a name, not "The" or "A".
  const nlp::Language en = nlp::Language::English;
  auto value = [&](const std::string& text) {
    extract::PageLine l{text, extract::shape_of(text), false};
    return extract::line_value(l, en);
  };
  EXPECT_LT(value("Mayor Says Plan For Harbour Walls Will Not StandWarren officials said on Monday that the "
                  "council had not voted on the plan."),
            0.0);
  EXPECT_LT(value("Rangers Look For Deer Poached In Northern CountyCounty rangers are asking anyone who saw "
                  "a truck near the forest to call them."),
            0.0);
  // Brands and names glued by their own spelling stay running text.
  EXPECT_GT(value("The National Library of Norway, the Directorate for Cultural Heritage, and KulturIT were asked "
                  "by the ministry to build the service."),
            0.0);
  EXPECT_GT(value("The Internet of Things (IoT) is the link between the internet and objects, places and the "
                  "world around them."),
            0.0);
}

TEST(ContentModel, TheLastLineOfAWrappedSentenceStaysWithIt) {
  // A README wrapped at 72 columns but mostly short lines: the article ended one line early and
  // "required and justified." was cut as the page footer, mid-sentence. (Since the wrapped lines
  // among short ones are joined, the sentence is one line.)
  std::string page =
      "\n     XSLT support for libxml2 (XML toolkit from the GNOME project)\n\n"
      "Full documentation is available on-line at\n    https://gitlab.example.org/libxslt/wikis\n\n"
      "This code is released under the MIT Licence see the Copyright file.\n \n"
      "To report bugs, follow the instructions at:\n    https://gitlab.example.org/libxslt/issues\n\n"
      "A mailing-list xslt@example.org is available, to subscribe:\n    http://mail.example.org/listinfo/xslt\n\n"
      "The list archive is at:\n    http://mail.example.org/archives/xslt/\n\n"
      "All technical answers asked privately will be automatically answered on\n"
      "the list and archived for public access unless privacy is explicitly\n"
      "required and justified.\n\n"
      "Daniel Veillard\n\n$Id$\n";
  Document doc = read(page);
  ASSERT_FALSE(doc.blocks.empty());
  const std::string& last = doc.blocks.back().text;
  EXPECT_EQ(last.substr(last.size() - std::min<std::size_t>(last.size(), 23)), "required and justified.");
}

TEST(ContentModel, WikiEditLinksCopiedWithHeadingsGo) {
  // Copied from a wiki, each heading carries its edit link: "Repairs[edit]", or "[edit]" on a line
  // of its own. The heading stays, the link goes with its reason.
  std::string page = std::string("Bridge Closed To Cars\n\n") + kStory + "\nRepairs[edit]\n\n" + kStory +
                     "\nHistory\n[edit]\n" + kStory;
  Document doc = read(page, {Format::Text, Quotes::Keep});
  const std::string text = pith::testing::joined_blocks(doc);
  EXPECT_NE(text.find("\nRepairs\n"), std::string::npos) << text;
  EXPECT_NE(text.find("\nHistory\n"), std::string::npos) << text;
  EXPECT_EQ(text.find("edit]"), std::string::npos) << text;
  EXPECT_EQ(pith::testing::removed_with(doc, Reason::Navigation), (std::vector<std::string>{"[edit]", "[edit]"}));
  // Found by review: the heading stays a heading, as without its link.
  ASSERT_GE(doc.blocks.size(), 3u);
  EXPECT_EQ(doc.blocks[1].text, "Repairs");
  EXPECT_EQ(doc.blocks[1].kind, BlockKind::Heading);
  // An instruction that ends in a button's name keeps it.
  Document steps = read(std::string("Changing Your Picture\n\n") + kStory +
                            "\n1. Open your profile page from the menu at the top.\n2. Next to your current photo, click "
                            "[Edit]\n3. Choose a new image from your computer.\n\n" + kStory,
                        {Format::Text, Quotes::Keep});
  EXPECT_NE(pith::testing::joined_blocks(steps).find("click [Edit]"), std::string::npos)
      << pith::testing::joined_blocks(steps);
}

TEST(ContentModel, BylineUnderTheStoryDoesNotMakeItAStandfirst) {
  // A blog platform's page: the story, then the author's box under "Written by". Read as a
  // standfirst over its byline, the story was dropped and the bio kept as the article.
  std::string page = std::string("Bridge Closed To Cars\n\nAnn Lee\n\nFollow\n\n7 min read\n\nApr 2, 2024\n\nShare\n\n") +
                     "The council voted on Tuesday to close the old bridge to cars after engineers found cracks in two of its piers.\n\n"
                     "Cyclists and people on foot will still be able to cross while the city looks for money to repair it.\n\n"
                     "The repairs are expected to take at least two years and to cost more than the council has set aside.\n\n"
                     "Written by Ann Lee\n\n1.2K Followers\n\nCity reporter. Writes about roads, rails and the cost of waiting.\n\nFollow\n";
  Document doc = read(page, {Format::Text, Quotes::Keep});
  const std::string text = pith::testing::joined_blocks(doc);
  EXPECT_EQ(doc.title, "Bridge Closed To Cars");
  EXPECT_EQ(text.find("The council voted"), 0u) << text;
  EXPECT_NE(text.find("The repairs are expected"), std::string::npos) << text;
  // A one-paragraph standfirst above the byline is still left out of the story.
  std::string standfirst = std::string("Bridge Closed To Cars\n\n") +
                           "Engineers found cracks in two piers of the old bridge, and the council has acted fast to keep drivers off it.\n\n"
                           "By Ann Lee\n\n" + kStory;
  Document sf = read(standfirst, {Format::Text, Quotes::Keep});
  EXPECT_EQ(pith::testing::joined_blocks(sf).find("The council voted"), 0u) << pith::testing::joined_blocks(sf);
}

// A university page pasted whole: the menu's last entries, the search form's "limit to this site"
// label and "Log In" stand between the menu and the headline. The label had been read as a byline,
// and a menu entry three lines above it taken for the headline it seemed to head.
TEST(ContentModel, SearchFormLabelIsNoBylineAndTheHeadlineIsTheLineAboveTheText) {
  std::string page = repeat_lines("Section", 20) +
                     "Joan and Ralph Lane Center for Catholic Social Thought & the Ignatian Tradition\n"
                     "Leo T. McCarthy Center for Public Service & the Common Good\n"
                     "McGrath Institute for Jesuit Catholic Education\n\n"
                     " Include USFCA.EDU \nLog In\nBridge Closed To Cars After Cracks Found\n\n" +
                     kStory;
  Document doc = read(page);
  EXPECT_EQ(doc.byline, "");
  EXPECT_EQ(doc.title, "Bridge Closed To Cars After Cracks Found");
  EXPECT_EQ(doc.blocks.size(), 3u);
}

// Found by review: a pasted story that closes on a short sentence of its own lost it as the page's
// footer, and one that opens on one had it read as the headline.
TEST(ContentModel, ShortSentenceParagraphsThatCloseOrOpenTheStoryAreKept) {
  const std::string story =
      "The council voted on Monday night to approve a new marina on the east side of the harbour.\n\n"
      "Supporters say the marina will bring visitors and jobs to the town. Opponents worry about traffic.\n\n";
  Document closing = read(story + "Police are investigating.\n", {Format::Text, Quotes::Keep});
  ASSERT_FALSE(closing.blocks.empty());
  EXPECT_EQ(closing.blocks.back().text, "Police are investigating.");
  EXPECT_TRUE(closing.removed.empty());
  Document opening = read("Nobody was hurt.\n\n" + story, {Format::Text, Quotes::Keep});
  EXPECT_EQ(opening.title, "");
  ASSERT_FALSE(opening.blocks.empty());
  EXPECT_EQ(opening.blocks.front().text, "Nobody was hurt.");
  // A footer under the story is still the footer.
  Document footer = read(story + "Copyright 2024 Harbour Times. All rights reserved.\n", {Format::Text, Quotes::Keep});
  EXPECT_EQ(footer.blocks.size(), 2u);
}

// Found by review: in a paper's text "1. Introduction" stood as a heading and "2. Study area" as a
// list item without its number. A numbered line set apart over a paragraph is a section heading.
TEST(ContentModel, NumberedSectionTitlesOverParagraphsAreHeadings) {
  const std::string para =
      "The council voted on Tuesday to close the old bridge to cars after engineers found cracks in two of its piers.\n\n";
  std::string page = "Bridge Closed To Cars\n\n" + para + "1. Introduction\n" + para + "2. Study area\n" + para +
                     "3. Results and discussion\n" + para;
  Document doc = read(page, {Format::Text, Quotes::Keep});
  std::vector<std::string> headings;
  for (const Block& b : doc.blocks) {
    if (b.kind == BlockKind::Heading) headings.push_back(b.text);
  }
  EXPECT_EQ(headings, (std::vector<std::string>{"1. Introduction", "2. Study area", "3. Results and discussion"}))
      << pith::testing::joined_blocks(doc);
  // A numbered list under its lead-in is still a list.
  Document steps = read(std::string("Changing Your Picture\n\n") + kStory +
                            "\n1. Open your profile page from the menu.\n2. Choose a new image from your computer.\n"
                            "3. Save the page and wait a minute.\n\n" + kStory,
                        {Format::Text, Quotes::Keep});
  std::size_t items = 0;
  for (const Block& b : steps.blocks) items += b.kind == BlockKind::ListItem;
  EXPECT_EQ(items, 3u) << pith::testing::joined_blocks(steps);
}

// Found by review: a chat log's messages are short and often unpunctuated, so the conversation was
// read as headings and its last lines cut as the footer. A run of messages is the conversation.
TEST(ContentModel, ChatLogIsKeptWhole) {
  const std::string irc =
      "[09:14] <maria> has anyone seen the build fail on arm64 since yesterday?\n"
      "[09:15] <tom> yes, it's the new linker flag, it breaks on older binutils\n"
      "[09:15] <maria> ah ok. is there a fix?\n"
      "[09:17] <tom> revert the flag in CMakeLists for now, I'll open an issue upstream\n"
      "[09:18] <li> I can confirm, same on my Pi. Reverting fixed it.\n"
      "[09:20] <maria> thanks both, pushing the revert now\n";
  Document doc = read(irc, {Format::Text, Quotes::Keep});
  EXPECT_TRUE(doc.removed.empty());
  ASSERT_EQ(doc.blocks.size(), 6u) << pith::testing::joined_blocks(doc);
  for (const Block& b : doc.blocks) EXPECT_EQ(b.kind, BlockKind::Paragraph) << b.text;
  // One label over every link is no conversation: the links under a story stay out of it.
  Document links = read(std::string("Bridge Closed To Cars\n\n") + kStory +
                            "\nVideo: Signing Day 2019\nVideo: Moscow wins 6-Man Championship\nVideo: Canton takes down South\n",
                        {Format::Text, Quotes::Keep});
  EXPECT_EQ(pith::testing::joined_blocks(links).find("Video:"), std::string::npos) << pith::testing::joined_blocks(links);
}

// Found by review: a pasted e-mail had "From: …" as its title and its subject removed as the
// standfirst. The header block names the title, the sender and the date; it is not the article.
TEST(ContentModel, MailHeaderGivesTitleBylineAndDate) {
  const std::string body =
      "The council voted on Tuesday to close the old bridge to cars after engineers found cracks in two of its piers.\n\n"
      "Cyclists and people on foot will still be able to cross while the city looks for money to repair it.\n\n";
  Document doc = read("From: Ann Lee <ann@example.com>\nTo: team@example.com\nDate: Tue, 4 Jun 2024 06:02:11 +0000\n"
                      "Subject: Bridge closes to cars on Monday\n\n" + body +
                          "Enjoying the Brief? Forward it to a friend.\n"
                          "You are receiving this because you signed up at example.com.\n",
                      {Format::Text, Quotes::Keep});
  EXPECT_EQ(doc.title, "Bridge closes to cars on Monday");
  EXPECT_EQ(doc.byline, "Ann Lee");
  EXPECT_EQ(doc.published, "2024-06-04");
  EXPECT_EQ(doc.blocks.size(), 2u) << pith::testing::joined_blocks(doc);
  EXPECT_EQ(pith::testing::removed_with(doc, Reason::Newsletter).size(), 2u);
  // A mailing list's sender is no person: its name is the site's.
  Document letter = read("From: The Morning Brief <hello@example.com>\nSubject: Tuesday: rail strike\n\n" + body,
                         {Format::Text, Quotes::Keep});
  EXPECT_EQ(letter.title, "Tuesday: rail strike");
  EXPECT_EQ(letter.byline, "");
  EXPECT_EQ(letter.site_name, "The Morning Brief");
  // Found by review: a mailing named without "The" was taken for a person; its role address says
  // it is a mailing.
  Document brew = read("From: Morning Brew <hello@example.com>\nSubject: Tuesday: rail strike\n\n" + body,
                       {Format::Text, Quotes::Keep});
  EXPECT_EQ(brew.byline, "");
  EXPECT_EQ(brew.site_name, "Morning Brew");
  EXPECT_TRUE(extract::sent_by_a_mailing("News Desk <noreply@example.com>"));
  EXPECT_FALSE(extract::sent_by_a_mailing("Ann Lee <ann.lee@example.com>"));
}

// Found by review: a table pasted as tab-separated text gave its rows as the headline, the site's
// name and a menu. Rows of a table (tabs between cells, the same count on each) are content.
TEST(ContentModel, TabSeparatedTableRowsAreContent) {
  Document doc = read("Name\tAge\tCity\nAnna\t34\tOslo\nBen\t29\tRome\n\n"
                      "The table above lists three people who took part in the study, along with their ages and the "
                      "cities they live in.\n\n\tIndented paragraph starting with a tab that goes on for a while and ends here.\n",
                      {Format::Text, Quotes::Keep});
  EXPECT_EQ(doc.title, "");
  EXPECT_EQ(doc.site_name, "");
  EXPECT_TRUE(doc.removed.empty());
  ASSERT_EQ(doc.blocks.size(), 5u) << pith::testing::joined_blocks(doc);
  EXPECT_EQ(doc.blocks[0].text, "Name Age City");
  EXPECT_EQ(doc.blocks[0].kind, BlockKind::Paragraph);
}

// Found by review: a Markdown paste kept its "# " in the title and "## " in headings, and its code
// fence came out as paragraphs with curled quotes and the closing fence as a heading.
TEST(ContentModel, MarkdownHeadingsAndCodeFences) {
  const std::string para =
      "The loader reads a file and returns a dictionary. It has been in use for two years without any serious trouble.\n\n";
  Document doc = read("# Notes on the config loader\n\n" + para + "## Usage\n\n" + para +
                          "```\nname = \"pith\"\nif x == 'a':\n    print(\"it's\")\n```\n\n" + para,
                      {Format::Text, Quotes::Smart});
  EXPECT_EQ(doc.title, "Notes on the config loader");
  ASSERT_EQ(doc.blocks.size(), 5u) << pith::testing::joined_blocks(doc);
  EXPECT_EQ(doc.blocks[1].kind, BlockKind::Heading);
  EXPECT_EQ(doc.blocks[1].text, "Usage");
  EXPECT_EQ(doc.blocks[3].kind, BlockKind::Code);
  EXPECT_EQ(doc.blocks[3].text, "name = \"pith\"\nif x == 'a':\n    print(\"it's\")");
  // A row of tildes under a shop's description is a divider, not a fence over the rest.
  Document shop = read("Stoneware Mug\n\n" + para + "~~~~~~~~~~~~~\n" + para, {Format::Text, Quotes::Keep});
  std::size_t paragraphs = 0;
  for (const Block& b : shop.blocks) paragraphs += b.kind == BlockKind::Paragraph && b.text.rfind("The loader", 0) == 0;
  EXPECT_EQ(paragraphs, 2u) << pith::testing::joined_blocks(shop);
}

// Found by review: a section title shaped "Words: words" over its section had stopped being a
// heading once chat messages were recognised; it is one message-shaped line, not a conversation.
TEST(ContentModel, SectionTitleWithAColonIsStillAHeading) {
  std::string page = std::string("Bridge Closed To Cars\nBy Ann Lee\n") + kStory + "\nPart Two: The year in review\n\n" + kStory;
  Document doc = read(page);
  bool heading = false;
  for (const Block& b : doc.blocks) heading = heading || (b.kind == BlockKind::Heading && b.text == "Part Two: The year in review");
  EXPECT_TRUE(heading) << pith::testing::joined_blocks(doc);
}

// Found by review: the closing short sentences had no bound, and a thread's bare comments under
// the story came in as its last paragraphs.
TEST(ContentModel, BareCommentsUnderTheStoryAreNotItsClosingSentences) {
  std::string page = std::string("Bridge Closed To Cars\nBy Ann Lee\n") + kStory +
                     "\nPolice are investigating.\n\nGreat article, thanks for sharing.\n\n"
                     "i totally disagree with the mayor here.\n\nWho cares about this anyway?\n";
  Document doc = read(page);
  std::string all = pith::testing::joined_blocks(doc);
  EXPECT_NE(all.find("Police are investigating."), std::string::npos) << all;
  EXPECT_EQ(all.find("i totally disagree"), std::string::npos) << all;
  EXPECT_EQ(all.find("Who cares"), std::string::npos) << all;
}

// Found by review: a closing '#' that belongs to the word went with the heading's marks ("## Why
// F#" gave "Why F"), and "```x```" inline code was taken for a fence that swallowed the paste.
TEST(ContentModel, MarkdownHeadingKeepsItsHashAndInlineCodeIsNoFence) {
  EXPECT_EQ(text::heading_text("## Why F#"), "Why F#");
  EXPECT_EQ(text::heading_text("## Setup ##"), "Setup");
  EXPECT_TRUE(text::is_code_fence("````python"));
  EXPECT_TRUE(text::is_code_fence("```"));
  EXPECT_FALSE(text::is_code_fence("```x``` is inline code"));
  std::string page = "# Notes on C#\n\nRun ```make``` first, then the tests.\n\n" + std::string(kStory);
  Document doc = read(page);
  EXPECT_EQ(doc.title, "Notes on C#");
  for (const Block& b : doc.blocks) EXPECT_NE(b.kind, BlockKind::Code) << b.text;
}
