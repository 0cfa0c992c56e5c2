// Text given to screen readers only (sr-only, visually-hidden…) inside a link or as a short aside is
// left out of the reading and listed as hidden; longer screen-reader text and headings stay.
#include <gtest/gtest.h>

#include <string>

#include "html_pages.h"

using namespace pith;
using pith::testing::has_block;
using pith::testing::kStory;
using pith::testing::read_page;

namespace {

bool removed_as_hidden(const Document& doc, std::string_view text) {
  for (const Removed& r : doc.removed) {
    if (r.text == text && r.reason == Reason::Hidden) return true;
  }
  return false;
}

}  // namespace

TEST(ScreenReaderText, LinkNoticesAndShortAsidesAreLeftOut) {
  Document doc = read_page(
      "<html><body><article>" + kStory +
      "<p>The new library opened on Saturday, the <a href=\"https://city.example/lib\">city announced<span "
      "class=\"sr-only\"> (opens in a new tab)</span></a> in a statement, after four years of work.</p>"
      "<p>Visitors can use the recording studio<span class=\"visually-hidden\">, link to external site</span> "
      "on the second floor, which is free for card holders.</p></article></body></html>");
  EXPECT_TRUE(has_block(doc, "the city announced in a statement, after"));
  EXPECT_TRUE(has_block(doc, "the recording studio on the second floor"));
  EXPECT_TRUE(removed_as_hidden(doc, "(opens in a new tab)"));
  EXPECT_TRUE(removed_as_hidden(doc, ", link to external site"));
}

TEST(ScreenReaderText, HeadingsAndLongerTextStay) {
  Document doc = read_page(
      "<html><head><title>Budget passes</title></head><body><article>" + kStory +
      "<h2><span class=\"screen-reader-text\">What the budget means for schools</span></h2>"
      "<p><span class=\"sr-only\">Summary: the council kept school funding flat for a second year, and the "
      "libraries will open one evening less each week.</span></p></article></body></html>");
  EXPECT_TRUE(has_block(doc, "What the budget means for schools"));
  EXPECT_TRUE(has_block(doc, "the council kept school funding flat"));
}
