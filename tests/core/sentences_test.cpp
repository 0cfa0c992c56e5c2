#include <gtest/gtest.h>

#include "fixtures.h"

using namespace pith;
using namespace pith::testing;
using Sentences = std::vector<std::string>;

TEST(Sentences, AbbreviationsAndInitialsDoNotSplit) {
  EXPECT_EQ(sentences_of("Mr. Smith met Dr. Jones in St. Louis. They talked."),
            (Sentences{"Mr. Smith met Dr. Jones in St. Louis.", "They talked."}));
  EXPECT_EQ(sentences_of("George W. Bush spoke. J. R. R. Tolkien wrote."),
            (Sentences{"George W. Bush spoke.", "J. R. R. Tolkien wrote."}));
  EXPECT_EQ(sentences_of("Gen. Mark Milley and Sen. Ann Lee agreed."),
            (Sentences{"Gen. Mark Milley and Sen. Ann Lee agreed."}));
}

TEST(Sentences, CountryInitialsEndASentenceOnlyBeforeAnOpener) {
  EXPECT_EQ(sentences_of("U.S. officials said it. The U.S. President agreed."),
            (Sentences{"U.S. officials said it.", "The U.S. President agreed."}));
  EXPECT_EQ(sentences_of("He moved to the U.S. The move paid off."),
            (Sentences{"He moved to the U.S.", "The move paid off."}));
}

TEST(Sentences, NumbersTimesAndAddressesAreNotStops) {
  EXPECT_EQ(sentences_of("Prices rose 3.5% to $4.20 at 10.30 a.m. today. See example.com/a.b for more."),
            (Sentences{"Prices rose 3.5% to $4.20 at 10.30 a.m. today.", "See example.com/a.b for more."}));
  EXPECT_EQ(sentences_of("A 30-day truce. No. 5 is next."), (Sentences{"A 30-day truce.", "No. 5 is next."}));
}

TEST(Sentences, ClosingQuotesAndBracketsStayWithTheirSentence) {
  EXPECT_EQ(sentences_of("\xE2\x80\x9CIt works.\xE2\x80\x9D He smiled. (It did.) Then it broke!"),
            (Sentences{"\xE2\x80\x9CIt works.\xE2\x80\x9D", "He smiled.", "(It did.)", "Then it broke!"}));
  EXPECT_EQ(sentences_of("\xE2\x80\x9CWhy?\xE2\x80\x9D she asked. Nobody knew."),
            (Sentences{"\xE2\x80\x9CWhy?\xE2\x80\x9D she asked.", "Nobody knew."}));
}

TEST(Sentences, EllipsisAndCjk) {
  EXPECT_EQ(sentences_of("Wait... what? Yes... Go."), (Sentences{"Wait... what?", "Yes...", "Go."}));
  EXPECT_EQ(sentences_of("\xE4\xBB\x8A\xE5\xA4\xA9\xE3\x80\x82\xE6\x98\x8E\xE5\xA4\xA9\xEF\xBC\x81"),
            (Sentences{"\xE4\xBB\x8A\xE5\xA4\xA9\xE3\x80\x82", "\xE6\x98\x8E\xE5\xA4\xA9\xEF\xBC\x81"}));
}

TEST(Sentences, EmptyAndSpaces) {
  EXPECT_TRUE(sentences_of("").empty());
  EXPECT_TRUE(sentences_of("   ").empty());
  EXPECT_EQ(sentences_of("no stop at all"), (Sentences{"no stop at all"}));
}

// Seeds: counts checked by reading every split; the hard ones are asserted whole.
struct SeedCase {
  const char* name;
  std::size_t sentences;
};

TEST(Sentences, AllSeedsSplitAsAReaderWould) {
  for (SeedCase c : {SeedCase{kSeed000, 14}, SeedCase{kSeed001, 31}, SeedCase{kSeed002, 14},
                     SeedCase{kSeed003, 16}, SeedCase{kSeed004, 17}}) {
    Document doc = read(fixture(c.name));
    std::size_t n = 0;
    for (const Block& b : doc.blocks) {
      if (b.kind == BlockKind::Heading) {
        EXPECT_EQ(sentences_of(b.text).size(), 1u);
        continue;  // a heading is a unit of its own, never a sentence of the summary
      }
      n += split_sentences(b.text).size();
    }
    EXPECT_EQ(n, c.sentences) << c.name;
  }
  Document d000 = read(fixture(kSeed000));
  auto s = sentences_of(d000.blocks[1].text);
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[1],
            "While Putin has expressed support for a peace deal, he has yet to accept the 30-day ceasefire "
            "agreement that U.S. officials helped broker in Saudi Arabia.");
  auto q = sentences_of(d000.blocks[3].text);
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1], "\xE2\x80\x9CI think the two presidents are going to have a really good and positive "
                  "discussion this week.\xE2\x80\x9D");
  Document d001 = read(fixture(kSeed001));
  auto u = sentences_of(d001.blocks[4].text);
  ASSERT_EQ(u.size(), 6u);
  EXPECT_EQ(u[0], "Trump\xE2\x80\x99s first call with Putin in his second term happened after the U.S. secured "
                  "the release of Marc Fogel.");
  EXPECT_EQ(u[2], "The U.S. said he was wrongfully detained.");
}

TEST(Sentences, IssueListOfHardCases) {
  EXPECT_EQ(sentences_of("The U.K. economy grew. Prices in the U.K. rose on Jan. 5 by 2.5 per cent."),
            (Sentences{"The U.K. economy grew.", "Prices in the U.K. rose on Jan. 5 by 2.5 per cent."}));
  EXPECT_EQ(sentences_of("Write to jane.doe@example.com or visit https://example.org/a.html today. It costs $4.99 a month."),
            (Sentences{"Write to jane.doe@example.com or visit https://example.org/a.html today.", "It costs $4.99 a month."}));
  EXPECT_EQ(sentences_of("The vote is at 10 a.m. on Friday. Sen. Smith will attend, as will St. John's staff etc. and others."),
            (Sentences{"The vote is at 10 a.m. on Friday.", "Sen. Smith will attend, as will St. John's staff etc. and others."}));
  // Datelines stay with the sentence they open.
  EXPECT_EQ(sentences_of("WASHINGTON \xE2\x80\x94 The Senate passed the bill. It now goes to the House."),
            (Sentences{"WASHINGTON \xE2\x80\x94 The Senate passed the bill.", "It now goes to the House."}));
  EXPECT_EQ(sentences_of("(CNN)Share, and your gift will be multiplied. That may sound odd."),
            (Sentences{"(CNN)Share, and your gift will be multiplied.", "That may sound odd."}));
  EXPECT_EQ(sentences_of("\xE2\x80\x9CWe won!\xE2\x80\x9D (Then we left.) Nobody stayed."),
            (Sentences{"\xE2\x80\x9CWe won!\xE2\x80\x9D", "(Then we left.)", "Nobody stayed."}));
}
