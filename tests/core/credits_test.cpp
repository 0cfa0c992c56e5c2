// A picture's credit read off the end of its caption (captions written for these tests in the
// shapes newspapers print them).
#include <gtest/gtest.h>

#include "extract/credits.h"

using namespace pith::extract;

TEST(Credits, CreditAtTheCaptionsEnd) {
  EXPECT_EQ(credit_in_caption("Waves at Porthleven. Photograph: Jane Doe/Reuters"), "Photograph: Jane Doe/Reuters");
  EXPECT_EQ(credit_in_caption("Flooding on Riverside Road in February 2023 (Image: Wexham Gazette / Tom Briggs)"),
            "Image: Wexham Gazette / Tom Briggs");
  EXPECT_EQ(credit_in_caption("Waves crash over the harbour wall. Picture: PA"), "Picture: PA");
  EXPECT_EQ(credit_in_caption("Smoke rises over Clearlake on Sunday. (Noah Berger / Associated Press)"),
            "Noah Berger / Associated Press");
  EXPECT_EQ(credit_in_caption("The president speaks on Friday. (AP Photo/Evan Vucci)"), "AP Photo/Evan Vucci");
  EXPECT_EQ(credit_in_caption("Getty Images"), "Getty Images");
}

TEST(Credits, CaptionsWithoutACredit) {
  EXPECT_EQ(credit_in_caption("The remains of the boathouse, destroyed in a 2018 storm."), "");
  EXPECT_EQ(credit_in_caption("Members of the council (left to right) at the vote"), "");
  EXPECT_EQ(credit_in_caption("Prices in 2023 (and in 2024)"), "");
}
