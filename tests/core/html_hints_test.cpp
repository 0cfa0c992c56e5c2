// Name hints: the element's names are lower-cased and copied eight bytes at a time, so names of
// every length, in any case, with and without bracketed utility classes, read as they always did.
#include <gtest/gtest.h>

#include <string>

#include "extract/html_hints.h"
#include "html/tree.h"
#include "html_pages.h"

namespace {

using pith::Reason;

// The hints of the first <div> in `div`, read as a page body.
pith::extract::ElementHints hints_of(const std::string& div) {
  const std::string page = "<body>" + div + "</body>";  // the tree views it
  pith::html::Tree tree = pith::html::build_tree(page);
  for (const pith::html::Node& n : tree.nodes) {
    if (n.is(pith::html::Tag::Div)) return pith::extract::element_hints(n);
  }
  return {};
}

TEST(HtmlHints, ReadsNamesInAnyCaseAndLength) {
  EXPECT_EQ(hints_of("<div class=\"COMMENTS\">x</div>").reason, Reason::Comments);
  EXPECT_EQ(hints_of("<div class=\"layout-wrapper-with-a-long-name Share-Bar\">x</div>").reason, Reason::ShareBar);
  EXPECT_EQ(hints_of("<div class=\"AbcdefgHIJKLMNOPQRSTUVWXYZ-Newsletter\">x</div>").reason, Reason::Newsletter);
  EXPECT_EQ(hints_of("<div id=\"x\" class=\"ArticleBody\">x</div>").sign, 1);
  EXPECT_EQ(hints_of("<div class=\"Header\">x</div>").sign, 0);  // "ad" is a whole word only
  EXPECT_EQ(hints_of("<div class=\"Ad-Slot\">x</div>").reason, Reason::Advertisement);
}

TEST(HtmlHints, LeavesBracketedUtilityValuesOut) {
  EXPECT_EQ(hints_of("<div class=\"grid-layout [--Sidebar-width:18rem] main\">x</div>").reason, std::nullopt);
  EXPECT_EQ(hints_of("<div class=\"[--Sidebar-width:18rem] x Sidebar\">x</div>").reason, Reason::Related);
  EXPECT_EQ(hints_of("<div class=\"abcdefgh[--sidebar-width] Footer-Links\">x</div>").reason, Reason::Footer);
}

// Names met again on a page are answered from the memo as they were the first time; more names
// than the memo's first size make it grow. The memo keys names as they stand: "adv" and "ert" in
// two attributes are not "advert" in one, and "ADVERT" reads as "advert".
TEST(HtmlHints, MemoAnswersAsTheNamesDo) {
  std::string page = "<body><div class=\"advert\">a</div><div class=\"adv\" id=\"ert\">b</div>"
                     "<div class=\"adv\" id=\"ert\">b</div><div class=\"ADVERT\">c</div><div class=\"adve\" id=\"rt\">d</div>";
  for (int i = 0; i < 400; ++i) {
    page += "<div class=\"item-" + std::to_string(i % 300) + (i % 3 == 0 ? " comments" : " post-body") + "\">x</div>";
    page += "<div class=\"social-embed share\" role=\"main\">y</div><nav id=\"Menu\">z</nav>";
  }
  page += "</body>";
  pith::html::Tree tree = pith::html::build_tree(page);
  pith::extract::HintMemo memo;
  for (const pith::html::Node& n : tree.nodes) {
    if (!n.is_element()) continue;
    pith::extract::ElementHints plain = pith::extract::element_hints(n);
    pith::extract::ElementHints memoised = pith::extract::element_hints(n, memo);
    EXPECT_EQ(plain.reason, memoised.reason);
    EXPECT_EQ(plain.sign, memoised.sign);
    EXPECT_EQ(plain.marked_frame, memoised.marked_frame);
    EXPECT_EQ(plain.role_main, memoised.role_main);
  }
  EXPECT_GT(memo.slots.size(), 256u);
}

}  // namespace

// "banner" names the strip across the top of a page as often as an ad slot: one holding the site's
// menu or its home link, or a <header>, is the site header; the removed list said "Advertisement".
// A banner of an ad's picture and its words is still an advertisement.
TEST(HtmlHints, BannerHoldingTheSiteNavigationIsTheSiteHeader) {
  using pith::testing::kStory;
  using pith::testing::removed_holding;
  pith::Document doc = pith::testing::read_page(
      "<body><div id=banner><a href=/>The Harbour Gazette</a><nav><a href=/news>News</a> <a href=/sport>Sport</a>"
      "</nav></div><div class=site-banner><a href=/><img src=logo.png alt=''>Harbour Gazette Online</a></div>"
      "<header class=banner><p>Harbour Gazette, since 1851</p></header>"
      "<div class=banner><a href='https://ads.example.net/click?id=1'><img src=x.gif></a> Shop the spring sale today</div>"
      "<article><h1>Budget passes</h1>" + kStory + "</article></body>");
  EXPECT_TRUE(removed_holding(doc, pith::Reason::SiteHeader, "The Harbour Gazette News Sport"));
  EXPECT_TRUE(removed_holding(doc, pith::Reason::SiteHeader, "Harbour Gazette Online"));
  EXPECT_TRUE(removed_holding(doc, pith::Reason::SiteHeader, "Harbour Gazette, since 1851"));
  EXPECT_TRUE(removed_holding(doc, pith::Reason::Advertisement, "Shop the spring sale today"));
  EXPECT_FALSE(removed_holding(doc, pith::Reason::Advertisement, "Harbour Gazette"));
}
