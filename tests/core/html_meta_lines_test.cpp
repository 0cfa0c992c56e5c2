// Bylines, datelines and picture credits on HTML pages where the reader sets them apart from the
// text: a byline box, a line beside the chosen text, a figure's caption (pages written for these
// tests in the shapes news and blog templates print).
#include <gtest/gtest.h>

#include "html_pages.h"

using namespace pith;
using namespace pith::testing;

// The byline and dateline of an article whose text alone is chosen (a French paper's template).
TEST(HtmlMetaLines, BylineAndDateBesideTheChosenText) {
  Document doc = read_page(
      "<html lang=fr><body><main><article><h1>Canicule dans le sud-ouest</h1>"
      "<p class=signature>Par <a href=/a/cr>Camille Roux</a> et <span>Lucas Fabre</span></p>"
      "<p class=date>Publi\xC3\xA9 le 12 ao\xC3\xBBt 2025 \xC3\xA0 18h45, mis \xC3\xA0 jour le 13 ao\xC3\xBBt 2025 \xC3\xA0 07h10</p>"
      "<div class=article-content>" + kStory + "</div></article></main></body></html>");
  EXPECT_EQ(doc.byline, "Camille Roux and Lucas Fabre");
  EXPECT_EQ(doc.published, "2025-08-12");
  EXPECT_FALSE(has_block(doc, "Camille Roux"));
  EXPECT_FALSE(has_block(doc, "Publi\xC3\xA9"));
}

// A byline box that holds only the dates, and one with a title after the name.
TEST(HtmlMetaLines, BylineBoxWithDatesOrATitle) {
  Document dated = read_page("<body><article><h1>Comebacks</h1><div class=byline>Published Sep 12, 2023, updated Jan 3, "
                             "2024</div>" + kStory + "</article></body>");
  EXPECT_EQ(dated.published, "2023-09-12");
  Document titled = read_page("<body><article><h1>Comebacks</h1><div class=byline>By Maria Gonz\xC3\xA1lez<br>Senior "
                              "Reporter</div>" + kStory + "</article></body>");
  EXPECT_EQ(titled.byline, "Maria Gonz\xC3\xA1lez");
  EXPECT_EQ(titled.authors, std::vector<std::string>{"Maria Gonz\xC3\xA1lez"});
}

// A recipe blog's byline row, longer than a short block, leaves the text.
TEST(HtmlMetaLines, LongBylineRowLeavesTheText) {
  Document doc = read_page(
      "<body><article><h1>Tikka masala</h1><p class=entry-meta>By <span>Hannah Lee</span> \xC2\xB7 Published: Sep 12, "
      "2023 \xC2\xB7 Updated: Jan 3, 2024 \xC2\xB7 <span>4.9 from 212 votes</span> \xC2\xB7 This post may contain "
      "affiliate links.</p>" + kStory + "</article></body>");
  EXPECT_EQ(doc.byline, "Hannah Lee");
  EXPECT_EQ(doc.published, "2023-09-12");
  EXPECT_FALSE(has_block(doc, "Hannah Lee"));
}

TEST(HtmlMetaLines, CreditInsideTheCaption) {
  Document doc = read_page("<body><article><h1>Storm</h1><figure><img src=a.jpg><figcaption>Waves at Porthleven. "
                           "<span class=credit>Photograph: Jane Doe/Reuters</span></figcaption></figure>" + kStory +
                           "</article></body>");
  EXPECT_EQ(doc.image_credit, "Photograph: Jane Doe/Reuters");
}

// A byline box with the role and times in their own spans, left outside the chosen text.
TEST(HtmlMetaLines, BylineBoxOutsideTheChosenText) {
  Document doc = read_page(
      "<body><article class=article><h1>Flood scheme approved</h1><div class=byline-block><span class=author>By <a "
      "href=/a/sw>Sarah Whitfield</a></span> <span class=role>Local Democracy Reporter</span> <time>09:30, 14 MAR "
      "2024</time> <span class=updated>Updated 11:02, 14 MAR 2024</span></div><div class=body>" + kStory +
      "</div></article></body>");
  EXPECT_EQ(doc.byline, "Sarah Whitfield");
  EXPECT_EQ(doc.published, "2024-03-14");
}
