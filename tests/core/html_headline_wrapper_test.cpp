// A headline in a content-named wrapper ("entry-header", "post-title-wrapper") beside the story's
// paragraphs: the subheadings and quotes between those paragraphs are the story's, not boilerplate.
#include <gtest/gtest.h>

#include <string>

#include "html_pages.h"

using namespace pith;
using pith::testing::has_block;
using pith::testing::read_page;

namespace {

std::string page_with_headline_in(const std::string& wrapper_class) {
  return "<html><head><title>Microservices</title></head><body><article><section>"
         "<div class=\"" + wrapper_class + "\"><h1>We Deleted Most of Our Microservices</h1></div>"
         "<p>Two years ago our team of nine engineers ran forty-two services. Today we run four, and this is "
         "how we got there.</p>"
         "<p>The split made sense on a whiteboard. Every domain got its own service, its own database and its "
         "own deploy pipeline.</p>"
         "<h2>The hidden tax</h2>"
         "<p>We tracked it for a quarter: a third of our time went to version bumps, contract tests and "
         "on-call.</p>"
         "<blockquote><p>Microservices solve an organisational problem. We did not have that problem.</p></blockquote>"
         "<p>So we merged, one bounded context at a time, starting with the services always deployed together.</p>"
         "</section></article></body></html>";
}

}  // namespace

TEST(HeadlineWrapper, SubheadingAndQuoteBesideParagraphsAreKept) {
  for (const char* cls : {"entry-header", "post-header", "article-title", "pw-post-title-wrapper"}) {
    Document doc = read_page(page_with_headline_in(cls));
    EXPECT_TRUE(has_block(doc, "The hidden tax")) << cls;
    EXPECT_TRUE(has_block(doc, "We did not have that problem.")) << cls;
    EXPECT_TRUE(has_block(doc, "So we merged")) << cls;
    for (const Removed& r : doc.removed) EXPECT_NE(r.reason, Reason::Boilerplate) << cls << ": " << r.text;
  }
}
