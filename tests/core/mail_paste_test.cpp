// A pasted e-mail: its hard-wrapped paragraphs are whole again, and its sign-off, signature and
// the thread it quotes are not the article.
#include <gtest/gtest.h>

#include <string>

#include "fixtures.h"
#include "pith/read.h"

using namespace pith;
using pith::testing::removed_holding;

namespace {

const std::string kMail =
    "From: Karen Whitfield <karen.whitfield@example.com>\n"
    "Sent: Tuesday, October 8, 2024 9:14 AM\n"
    "To: Project Team <team@example.com>\n"
    "Subject: RE: Bridge inspection schedule\n\n"
    "Hi all,\n\n"
    "Following yesterday's call, I wanted to confirm the revised inspection\n"
    "schedule for the Millbrook Avenue bridge. The contractor has agreed to\n"
    "move the underwater survey from October 21 to November 4, which gives\n"
    "us two extra weeks to finalise the traffic management plan.\n\n"
    "Ravi, could you send the updated load-rating figures to the county\n"
    "engineer by Friday? They need them before the permit meeting on the\n"
    "15th.\n\n"
    "Thanks,\nKaren\n\n"
    "-- \n"
    "Karen Whitfield, P.E.\nSenior Project Manager | Northbridge Engineering\nTel: +1 (555) 201-3344\n\n"
    "-----Original Message-----\n"
    "From: Ravi Patel\nSent: Monday, October 7, 2024 4:50 PM\n"
    "Subject: Bridge inspection schedule\n\n"
    "> Karen, the contractor called and asked whether we could push the\n"
    "> underwater survey back. Their dive team is booked on another job.\n";

bool kept(const Document& doc, std::string_view needle) {
  for (const Block& b : doc.blocks) {
    if (b.text.find(needle) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

TEST(MailPaste, WrappedSentenceEndingOnASmallWordIsJoined) {
  Document doc = read(kMail, {Format::Text, Quotes::Keep});
  EXPECT_TRUE(kept(doc, "before the permit meeting on the 15th.")) << pith::testing::joined_blocks(doc);
}

TEST(MailPaste, SignatureAndQuotedThreadAreRemoved) {
  Document doc = read(kMail, {Format::Text, Quotes::Keep});
  EXPECT_EQ(doc.title, "RE: Bridge inspection schedule");
  EXPECT_TRUE(kept(doc, "Following yesterday's call"));
  for (std::string_view s : {"Senior Project Manager", "Tel: +1", "Original Message", "dive team", "Karen Whitfield, P.E."}) {
    EXPECT_FALSE(kept(doc, s)) << s;
  }
  EXPECT_TRUE(removed_holding(doc, Reason::Footer, "Senior Project Manager"));
  EXPECT_TRUE(removed_holding(doc, Reason::Boilerplate, "dive team"));
  EXPECT_FALSE(kept(doc, "Thanks,"));
}
