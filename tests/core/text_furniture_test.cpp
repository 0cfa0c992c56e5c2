// Page furniture inside a plain-text paste: ad labels in other scripts, forum post frames,
// newsletter and podcast pitches, and short lines that read as sentences rather than headings.
#include <gtest/gtest.h>

#include <string>

#include "fixtures.h"
#include "pith/read.h"

using namespace pith;
using pith::testing::removed_holding;

namespace {

Document read_text(const std::string& s) { return read(s, {Format::Text, Quotes::Keep}); }

bool has_heading(const Document& doc, std::string_view text) {
  for (const Block& b : doc.blocks) {
    if (b.kind == BlockKind::Heading && b.text == text) return true;
  }
  return false;
}

bool kept(const Document& doc, std::string_view needle) {
  for (const Block& b : doc.blocks) {
    if (b.text.find(needle) != std::string::npos) return true;
  }
  return false;
}

const std::string kPara1 =
    "The council voted on Wednesday evening in favour of the plans, which include a long reinforced wall "
    "along the river and two new pumping stations.\n";
const std::string kPara2 =
    "Residents of Mill Lane, whose homes were flooded three times in eight years, packed the public gallery "
    "for the meeting and cheered the result.\n";
const std::string kPara3 =
    "The environment agency has committed most of the cost, with the rest to come from the council's own "
    "budget and a contribution from developers.\n";

}  // namespace

TEST(TextFurniture, AdLabelsInOtherScriptsAreRemoved) {
  for (std::string label : {"\xE5\xBA\x83\xE5\x91\x8A", "\xE5\xB9\xBF\xE5\x91\x8A",
                            "\xD0\xA0\xD0\xB5\xD0\xBA\xD0\xBB\xD0\xB0\xD0\xBC\xD0\xB0", "\xD8\xA5\xD8\xB9\xD9\x84\xD8\xA7\xD9\x86",
                            "[AD BREAK]"}) {
    Document doc = read_text(kPara1 + label + "\n" + kPara2 + kPara3);
    EXPECT_TRUE(removed_holding(doc, Reason::Advertisement, label)) << label;
    EXPECT_FALSE(kept(doc, label)) << label;
  }
}

TEST(TextFurniture, SentenceLikeShortLinesAreNotHeadings) {
  Document doc = read_text(kPara1 + "\"It was touch and go.\"\n" + kPara2 +
                           "The wall stretches about two kilometres from the old mill to the\n" + kPara3 +
                           "> Karen, the contractor called about the survey\n" + kPara1);
  EXPECT_FALSE(has_heading(doc, "\"It was touch and go.\""));
  EXPECT_FALSE(has_heading(doc, "The wall stretches about two kilometres from the old mill to the"));
  EXPECT_FALSE(has_heading(doc, "> Karen, the contractor called about the survey"));
  Document questions = read_text(kPara1 + "Why now?\n" + kPara2 + kPara3);
  EXPECT_TRUE(has_heading(questions, "Why now?"));  // a question still heads its section
}

TEST(TextFurniture, ForumPostFramesAreRemoved) {
  Document doc = read_text(
      "Thread: Battery drains overnight in sleep mode\nkevin_m\nJunior Member\nPosts: 14\nJoined: Jan 2024\n"
      "My laptop loses about twenty percent of its battery overnight when the lid is closed. It used to lose "
      "two or three percent, and nothing has changed except the firmware update last week.\n"
      "Reply Quote Like\ntechguru\nModerator\nPosts: 8,421\n"
      "That firmware update switched the default sleep state to modern standby. Go into the setup screen, "
      "find the power settings, and set the sleep mode back if it is still offered.\n"
      "Reply Quote Like 12\n");
  for (std::string_view frame : {"Reply Quote Like", "Moderator", "Junior Member", "Posts: 8,421", "Joined: Jan 2024"}) {
    EXPECT_FALSE(kept(doc, frame)) << frame;
  }
}

TEST(TextFurniture, NewsletterAndPodcastPitchesAreRemoved) {
  Document doc = read_text(kPara1 + kPara2 +
                           "Thanks for reading The Long View! Subscribe for free to receive new posts and support my work.\n" +
                           kPara3 + "Subscribe to The Briefing wherever you get your podcasts.\n");
  EXPECT_TRUE(removed_holding(doc, Reason::Newsletter, "Thanks for reading The Long View"));
  EXPECT_FALSE(kept(doc, "wherever you get your podcasts"));
  EXPECT_TRUE(kept(doc, "Residents of Mill Lane"));
}
