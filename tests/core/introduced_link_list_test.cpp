// A list of links that the story's own sentence introduces ("The six shortlisted novels are:") is the
// story's; a list of links under a label or under no sentence at all is still removed.
#include <gtest/gtest.h>

#include <string>

#include "html_pages.h"

using namespace pith;
using pith::testing::has_block;
using pith::testing::kStory;
using pith::testing::read_page;

namespace {

const std::string kBooks =
    "<ul><li><a href=\"/b/1\">The Salt Road by Amara Osei</a></li><li><a href=\"/b/2\">Winter Orchard by Tomas "
    "Lind</a></li><li><a href=\"/b/3\">A House of Small Hours by Priya Raman</a></li><li><a href=\"/b/4\">"
    "Glasswork by Eilidh Munro</a></li></ul>";

std::string page(const std::string& before_list) {
  return "<html><body><article><div class=\"story\">" + kStory + before_list + kBooks +
         "<p>The chair of judges said the list showed a generation of writers unafraid of scale, and the winner "
         "will be announced in November.</p></div></article></body></html>";
}

}  // namespace

TEST(IntroducedLinkList, ListAfterTheStorysSentenceEndingInAColonIsKept) {
  Document doc = read_page(page("<p>The four shortlisted novels are:</p>"));
  EXPECT_TRUE(has_block(doc, "The four shortlisted novels are:"));
  EXPECT_TRUE(has_block(doc, "The Salt Road by Amara Osei"));
  EXPECT_TRUE(has_block(doc, "Glasswork by Eilidh Munro"));
}

TEST(IntroducedLinkList, ListUnderNoIntroducingSentenceIsStillRemoved) {
  // A sentence that does not lead into the list, and a short label, leave the list a list of links.
  for (const char* before : {"<p>The four shortlisted novels were announced on Tuesday.</p>", "<p>Read more:</p>", ""}) {
    Document doc = read_page(page(before));
    EXPECT_FALSE(has_block(doc, "The Salt Road by Amara Osei")) << before;
  }
}
