// Cleanup rules for damaged pastes; none may change a word.
#include <gtest/gtest.h>

#include "fixtures.h"
#include "text/repair.h"
#include "text/unwrap.h"

using namespace pith;

TEST(Repair, MojibakeFromWindows1252IsRestored) {
  EXPECT_EQ(text::repair_mojibake("it\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2s"), "it\xE2\x80\x99s");      // â€™ → ’
  EXPECT_EQ(text::repair_mojibake("caf\xC3\x83\xC2\xA9"), "caf\xC3\xA9");                        // Ã© → é
  EXPECT_EQ(text::repair_mojibake("\xC3\xA2\xE2\x82\xAC\xC5\x93Hi\xC3\xA2\xE2\x82\xAC\xC2\x9D"),
            "\xE2\x80\x9CHi\xE2\x80\x9D");                                                       // â€œHiâ€\x9D → “Hi”
}

TEST(Repair, RealAccentedTextIsLeftAlone) {
  for (std::string_view s : {"caf\xC3\xA9 cr\xC3\xA8me br\xC3\xBB" "l\xC3\xA9" "e", "\xC3\x80 bient\xC3\xB4t",
                             "Stra\xC3\x9F" "e \xC3\x96l", "\xC3\x83rea"}) {
    EXPECT_EQ(text::repair_mojibake(s), s);
  }
}

TEST(Repair, LigaturesAndDashes) {
  EXPECT_EQ(text::expand_ligatures("\xEF\xAC\x81nal \xEF\xAC\x82ow o\xEF\xAC\x83" "ce"), "final flow office");
  EXPECT_EQ(text::double_hyphen_dashes("yes--no and wait -- what"), "yes\xE2\x80\x94no and wait \xE2\x80\x94 what");
  EXPECT_EQ(text::double_hyphen_dashes("<!-- x --> and ---"), "<!-- x --> and ---");
}

// A pasted manual's flags and a mail's signature delimiter are not dashes; a spaced pair still is.
TEST(Repair, FlagsAndSignatureDelimiterKeepTheirHyphens) {
  EXPECT_EQ(text::double_hyphen_dashes("Run it with --json, or pass --format text."),
            "Run it with --json, or pass --format text.");
  EXPECT_EQ(text::double_hyphen_dashes("--verbose prints more"), "--verbose prints more");
  EXPECT_EQ(text::double_hyphen_dashes("--"), "--");
  EXPECT_EQ(text::double_hyphen_dashes("The old flag -- still works -- is gone"),
            "The old flag \xE2\x80\x94 still works \xE2\x80\x94 is gone");
  Document doc = read("Run the tool with --json to get machine-readable output, or pass --format text when the input is plain text.",
                      {Format::Text, Quotes::Keep});
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_NE(doc.blocks[0].text.find("with --json to"), std::string::npos) << doc.blocks[0].text;
  EXPECT_NE(doc.blocks[0].text.find("pass --format text"), std::string::npos) << doc.blocks[0].text;
}

TEST(Repair, PastedEntitiesAreDecoded) {
  Document doc = read("Fish &amp; chips are sold here every Friday, and it&#8217;s always busy by noon.");
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(doc.blocks[0].text, "Fish & chips are sold here every Friday, and it\xE2\x80\x99s always busy by noon.");
}

TEST(Unwrap, HardWrappedParagraphsAreJoined) {
  std::string mail =
      "The council voted on Tuesday to close the old bridge to cars after\n"
      "engineers found cracks in two of its piers. Cyclists and people on\n"
      "foot will still be able to cross while the city looks for money.\n"
      "\n"
      "The repairs are expected to take at least two years and to cost a\n"
      "great deal more than the council has set aside for the whole exam-\n"
      "ple of what such a famous, old and much loved, well-\n"
      "known bridge costs.\n";
  std::string out = text::unwrap_hard_wrapped(mail);
  EXPECT_EQ(out,
            "The council voted on Tuesday to close the old bridge to cars after engineers found cracks in two of "
            "its piers. Cyclists and people on foot will still be able to cross while the city looks for money.\n"
            "\n"
            "The repairs are expected to take at least two years and to cost a great deal more than the council "
            "has set aside for the whole example of what such a famous, old and much loved, well-known bridge costs.\n");
}

TEST(Unwrap, OneParagraphPerLinePastesAreUnchanged) {
  std::string page = pith::testing::fixture(pith::testing::kSeed002);
  EXPECT_EQ(text::unwrap_hard_wrapped(page), page);
  std::string list = "Milk\nEggs\nBread\nButter\nCheese\n";
  EXPECT_EQ(text::unwrap_hard_wrapped(list), list);
}

// Found by review: a PDF copy is wrapped, but its title, author and heading lines and each
// paragraph's short last line keep most lines off the width, so nothing was joined. The wrapped
// paragraphs are joined where they break mid-sentence; the short lines stay as they are.
TEST(Unwrap, WrappedParagraphsAmongShortLinesAreJoined) {
  std::string pdf =
      "Groundwater Recharge in Terraced Farmland:\n"
      "A Field Study in the Eastern Hills\n"
      "\n"
      "Priya Raman and Tomas Lindqvist\n"
      "\n"
      "Abstract\n"
      "Terraced farmland changes how rain moves into the ground. We measured infil-\n"
      "tration on forty terraces over three wet seasons and found that recharge was\n"
      "about 30 per cent higher on maintained terraces than on abandoned ones. The\n"
      "difference was largest after short storms.\n"
      "\n"
      "1. Introduction\n"
      "Terraces have been built on steep slopes for thousands of years. Their main\n"
      "purpose is to create flat land for crops.\n"
      "\n"
      "2. Study area\n"
      "Mean annual rainfall is 1,850 mm.\n"
      "Soils are sandy loams.\n";
  EXPECT_EQ(text::unwrap_hard_wrapped(pdf),
            "Groundwater Recharge in Terraced Farmland:\n"
            "A Field Study in the Eastern Hills\n"
            "\n"
            "Priya Raman and Tomas Lindqvist\n"
            "\n"
            "Abstract\n"
            "Terraced farmland changes how rain moves into the ground. We measured infiltration on forty terraces "
            "over three wet seasons and found that recharge was about 30 per cent higher on maintained terraces than "
            "on abandoned ones. The difference was largest after short storms.\n"
            "\n"
            "1. Introduction\n"
            "Terraces have been built on steep slopes for thousands of years. Their main purpose is to create flat "
            "land for crops.\n"
            "\n"
            "2. Study area\n"
            "Mean annual rainfall is 1,850 mm.\n"
            "Soils are sandy loams.\n");
}

// Found by review: a chat export's lines fill a width like a wrapped paragraph and were glued into
// one blob; each message opens with its stamp or its speaker and stays a line of its own.
TEST(Unwrap, ChatMessagesStayOnTheirOwnLines) {
  std::string whatsapp =
      "12/03/2024, 09:14 - Maria: Has anyone seen the build fail on arm64 since yesterday?\n"
      "12/03/2024, 09:15 - Tom: Yes, it's the new linker flag. It breaks on older binutils.\n"
      "12/03/2024, 09:15 - Maria: Ah ok. Is there a fix?\n"
      "12/03/2024, 09:17 - Tom: Revert the flag in CMakeLists for now, I'll open an issue upstream.\n"
      "12/03/2024, 09:18 - Li: I can confirm, same on my Pi. Reverting fixed it.\n";
  EXPECT_EQ(text::unwrap_hard_wrapped(whatsapp), whatsapp);
  std::string irc =
      "[09:14] <maria> has anyone seen the build fail on arm64 since yesterday?\n"
      "[09:15] <tom> yes, it's the new linker flag, it breaks on older binutils\n"
      "[09:17] <tom> revert the flag in CMakeLists for now, I'll open an issue\n"
      "[09:18] <li> I can confirm, same on my Pi. Reverting fixed it, thanks all\n";
  EXPECT_EQ(text::unwrap_hard_wrapped(irc), irc);
  std::string transcript =
      "Anna: I think the council should have voted on the marina plan last year\n"
      "Ben: but the money was not there then, and the harbour road was still shut\n"
      "Anna: the road was open by the spring, so that is no reason to have waited\n"
      "Ben: the engineers said otherwise and the council listened to them, rightly\n";
  EXPECT_EQ(text::unwrap_hard_wrapped(transcript), transcript);
}

// Found by review: one line of a wrapped paragraph that opens like a message ("10:30 session",
// "Reuters: agency…") cut the paragraph there; a message is one among others.
TEST(Unwrap, OneMessageShapedLineInsideAParagraphIsJoined) {
  std::string text =
      "The council met on Tuesday morning to discuss the marina plan and the road, and the\n"
      "10:30 session ran late because members argued over the cost of the new harbour wall,\n"
      "which engineers say must be rebuilt before any boats can be moored along the quay, as\n"
      "Reuters: agency reporters at the meeting heard the mayor promise a vote within weeks.\n"
      "\n"
      "The harbour master said the quay had been closed to larger boats since the storm last\n"
      "winter and that the fishing fleet had moved to the next town, taking its trade along.\n";
  std::string out = text::unwrap_hard_wrapped(text);
  EXPECT_EQ(out.substr(0, out.find('\n')),
            "The council met on Tuesday morning to discuss the marina plan and the road, and the 10:30 session ran late "
            "because members argued over the cost of the new harbour wall, which engineers say must be rebuilt before "
            "any boats can be moored along the quay, as Reuters: agency reporters at the meeting heard the mayor promise "
            "a vote within weeks.");
}

// A narrow PDF column (about 30 characters) hyphenates words at its breaks: the words are whole
// again and the column one paragraph; a compound's own hyphen stays.
TEST(Repair, NarrowColumnIsUnwrapped) {
  const std::string column =
      "The participants in the trial were ex-\n"
      "amined twice, and their self-\n"
      "reported symptoms were re-\n"
      "corded by a nurse. Most of the com-\n"
      "munity health workers were well-\n"
      "trained, and the results were en-\n"
      "couraging for the follow-up study.\n";
  std::string out = text::unwrap_hard_wrapped(column);
  EXPECT_EQ(out,
            "The participants in the trial were examined twice, and their self-reported symptoms were recorded by a "
            "nurse. Most of the community health workers were well-trained, and the results were encouraging for "
            "the follow-up study.\n");
  // A list of short labels is no column.
  const std::string menu = "Home and garden\nNews and weather\nSport results\nBusiness news\nLocal events\n";
  EXPECT_EQ(text::unwrap_hard_wrapped(menu), menu);
}
