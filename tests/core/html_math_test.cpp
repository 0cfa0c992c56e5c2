// A MathML formula reads as the text its page gives for it (alttext, else the TeX annotation), inline
// in its sentence; a formula the page hides stays out.
#include <gtest/gtest.h>

#include <string>

#include "html_pages.h"

using namespace pith;
using pith::testing::has_block;
using pith::testing::kStory;
using pith::testing::read_page;

TEST(HtmlMath, FormulaReadsAsItsAltTextOrTex) {
  Document doc = read_page(
      "<html><body><article>" + kStory +
      "<p>For a right triangle with legs <math alttext=\"{\\displaystyle a}\"><semantics><mi>a</mi>"
      "<annotation encoding=\"application/x-tex\">{\\displaystyle a}</annotation></semantics></math> and "
      "<math><semantics><mi>b</mi><annotation encoding=\"application/x-tex\">b</annotation></semantics></math>"
      " and hypotenuse <math alttext=\"c\"><mi>c</mi></math>, the areas satisfy <math display=\"block\" "
      "alttext=\"a^2 + b^2 = c^2\"><msup><mi>a</mi><mn>2</mn></msup></math> for every such triangle.</p>"
      "</article></body></html>");
  EXPECT_TRUE(has_block(doc, "For a right triangle with legs a and b and hypotenuse c, the areas satisfy "
                             "a^2 + b^2 = c^2 for every such triangle."));
}

TEST(HtmlMath, HiddenFormulaStaysOut) {
  Document doc = read_page("<html><body><article>" + kStory +
                           "<p>The period is <math style=\"display: none\" alttext=\"T\"><mi>T</mi></math><img "
                           "alt=\"T\" src=\"t.svg\"> seconds for a swing of the pendulum in the old clock.</p>"
                           "</article></body></html>");
  EXPECT_TRUE(has_block(doc, "The period is seconds for a swing"));
}
