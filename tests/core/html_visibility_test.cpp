// Hidden and non-text elements.
#include <gtest/gtest.h>

#include "html/tree.h"
#include "html/visibility.h"

using namespace pith;
using namespace pith::html;

namespace {

std::optional<Reason> first_reason(std::string_view body_html) {
  const std::string page = "<body>" + std::string(body_html);  // the tree views it
  Tree t = build_tree(page);
  return invisible_reason(t[t[t.body].first_child]);
}

}  // namespace

TEST(HtmlVisibility, HiddenAttributeAriaHiddenAndInlineStyles) {
  EXPECT_EQ(first_reason("<div hidden>x</div>"), Reason::Hidden);
  EXPECT_EQ(first_reason("<div aria-hidden=\"true\">x</div>"), Reason::Hidden);
  EXPECT_EQ(first_reason("<div aria-hidden=\"false\">x</div>"), std::nullopt);
  EXPECT_EQ(first_reason("<div style=\"color:red; Display : None\">x</div>"), Reason::Hidden);
  EXPECT_EQ(first_reason("<div style=\"visibility:hidden\">x</div>"), Reason::Hidden);
  EXPECT_EQ(first_reason("<div style=\"max-display:none\">x</div>"), std::nullopt);
  EXPECT_EQ(first_reason("<p>x</p>"), std::nullopt);
}

TEST(HtmlVisibility, NonTextElements) {
  EXPECT_EQ(first_reason("<script>x</script>"), Reason::Script);
  EXPECT_EQ(first_reason("<style>x</style>"), Reason::Script);
  EXPECT_EQ(first_reason("<template>x</template>"), Reason::Script);
  EXPECT_EQ(first_reason("<noscript>x</noscript>"), std::nullopt);  // what a script-less reader sees
  EXPECT_EQ(first_reason("<svg><text>x</text></svg>"), Reason::Script);
  EXPECT_EQ(first_reason("<iframe>x</iframe>"), Reason::Script);
  EXPECT_EQ(first_reason("<select><option>x</select>"), Reason::Boilerplate);
  EXPECT_EQ(first_reason("<nav>x</nav>"), std::nullopt);  // navigation is a hint, not hidden
}

TEST(HtmlVisibility, StreamedServerRenderedSegmentsAreShown) {
  // React streaming sends finished Suspense content as <div hidden id="S:n"> for a script to move
  // into place: it is the page's content. Other hidden divs stay hidden.
  EXPECT_EQ(first_reason("<div hidden id=\"S:0\"><p>x</p></div>"), std::nullopt);
  EXPECT_EQ(first_reason("<div hidden id=\"S:1a\"><p>x</p></div>"), std::nullopt);
  EXPECT_EQ(first_reason("<div hidden id=\"S:\">x</div>"), Reason::Hidden);
  EXPECT_EQ(first_reason("<div hidden id=\"S:menu\">x</div>"), Reason::Hidden);
  EXPECT_EQ(first_reason("<div hidden id=\"s:0\">x</div>"), Reason::Hidden);
  EXPECT_EQ(first_reason("<div hidden id=\"S:0\" aria-hidden=\"true\">x</div>"), Reason::Hidden);
}
