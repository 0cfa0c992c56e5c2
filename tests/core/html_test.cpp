// HTML format detection, and character references in pasted text.
#include <gtest/gtest.h>

#include "fixtures.h"
#include "html/text_refs.h"

using namespace pith;

TEST(Html, DetectsMarkupButNotProseMentioningATag) {
  EXPECT_EQ(detect_format("<!DOCTYPE html><html><body><p>x</p></body></html>"), Format::Html);
  EXPECT_EQ(detect_format("<div><p>One</p><p>Two</p></div>"), Format::Html);
  EXPECT_EQ(detect_format("Use the <p> tag for paragraphs in your page."), Format::Text);
  // A tutorial that names three tags, none of them closed, is prose about markup.
  EXPECT_EQ(detect_format("How to center a div\n\nMany wrap text in <div> and <span> tags and wonder why <center> "
                          "no longer works. Put display: flex on the parent <div>.\n\nOr write <p style=\"x\"> "
                          "for text."),
            Format::Text);
  // A fragment that opens with a tag is markup, short as it is.
  EXPECT_EQ(detect_format("<p>One short paragraph.</p>"), Format::Html);
  EXPECT_EQ(detect_format("<3 you all, see <you> there"), Format::Text);
}

TEST(Html, ScriptsStylesAndCommentsAreDroppedEntitiesDecoded) {
  Document doc = read(
      "<html><head><title>Budget passes | The Daily Planet</title><style>p{color:red}</style></head>"
      "<body><script>alert('x')</script><!-- comment -->"
      "<p>The council approved the budget on Tuesday &amp; left at 9&#160;p.m. after a long debate.</p>"
      "</body></html>");
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(doc.blocks[0].text, "The council approved the budget on Tuesday & left at 9 p.m. after a long debate.");
  EXPECT_EQ(doc.title, "Budget passes");
  EXPECT_EQ(pith::testing::removed_with(doc, Reason::Script).size(), 1u);
}

TEST(Html, EntitiesEdgeCases) {
  EXPECT_EQ(html::decode_entities("&lt;b&gt; &#x2019; &#0; &bogus; &"), "<b> \xE2\x80\x99 \xEF\xBF\xBD &bogus; &");
}

TEST(Html, PastedReferencesUseTheFullTable) {
  // Names outside the old 28-entry list, and the legacy no-semicolon form browsers accept.
  EXPECT_EQ(html::decode_entities("&frac12; &hearts; &eacute &notit;"), "\xC2\xBD \xE2\x99\xA5 \xC3\xA9 \xC2\xACit;");
}
