// Key phrases on the seeds and on written snippets: what a reader would expect to see listed.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <chrono>

#include "fixtures.h"

using namespace pith;
using namespace pith::testing;

namespace {

std::vector<std::string> phrases_of(std::string_view text) { return summarize(read(text)).key_phrases; }

bool has(const std::vector<std::string>& list, std::string_view phrase) {
  return std::find(list.begin(), list.end(), phrase) != list.end();
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::vector<std::string> words_of(const std::string& phrase) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : lower(phrase) + " ") {
    if (c == ' ') {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  return out;
}

std::string print(const std::vector<std::string>& list) {
  std::string out;
  for (const auto& p : list) out += "\"" + p + "\" ";
  return out;
}

}  // namespace

TEST(KeyPhrases, SeedsGiveFiveToTenVerbatimDistinctPhrases) {
  for (const char* name : {kSeed000, kSeed001, kSeed002, kSeed003, kSeed004}) {
    Document doc = read(fixture(name));
    const auto phrases = summarize(doc).key_phrases;
    SCOPED_TRACE(std::string(name) + ": " + print(phrases));
    EXPECT_GE(phrases.size(), 5u);
    EXPECT_LE(phrases.size(), 10u);
    std::size_t multi_word = 0;
    for (const auto& p : phrases) {
      // As written in the article: a verbatim piece of a paragraph, not a heading.
      EXPECT_TRUE(std::any_of(doc.blocks.begin(), doc.blocks.end(), [&](const Block& b) {
        return b.kind != BlockKind::Heading && b.text.find(p) != std::string::npos;
      })) << p;
      EXPECT_EQ(p, std::string(p.c_str()));
      EXPECT_FALSE(p.empty());
      EXPECT_LE(words_of(p).size(), 4u) << p;
      if (words_of(p).size() >= 2) ++multi_word;
    }
    EXPECT_GE(multi_word, 3u);
    // No repeats and no phrase inside another ("Putin" next to "Vladimir Putin").
    for (const auto& a : phrases) {
      for (const auto& b : phrases) {
        if (&a == &b) continue;
        const auto wa = words_of(a), wb = words_of(b);
        EXPECT_EQ(std::search(wa.begin(), wa.end(), wb.begin(), wb.end()), wa.end()) << b << " inside " << a;
      }
    }
  }
}

TEST(KeyPhrases, TheTrumpPutinCallSeedNamesItsPeopleAndTopic) {
  const auto phrases = summarize(read(fixture(kSeed002))).key_phrases;
  SCOPED_TRACE(print(phrases));
  // The people, by their full names as first given, without titles.
  EXPECT_TRUE(has(phrases, "Vladimir Putin"));
  EXPECT_TRUE(has(phrases, "Donald Trump"));
  EXPECT_TRUE(has(phrases, "Steve Witkoff"));
  // The subject, and a place named twice.
  EXPECT_TRUE(has(phrases, "ceasefire"));
  EXPECT_TRUE(has(phrases, "Saudi Arabia"));
  // The most repeated people come first.
  ASSERT_GE(phrases.size(), 2u);
  EXPECT_TRUE((phrases[0] == "Vladimir Putin" && phrases[1] == "Donald Trump") ||
              (phrases[1] == "Vladimir Putin" && phrases[0] == "Donald Trump"));
  // Nothing any story says: titles, days, "this week", the reporting verbs.
  for (const auto& p : phrases) {
    for (const auto& w : words_of(p)) {
      for (const char* noise : {"president", "week", "sunday", "said", "this", "expected", "effort"}) {
        EXPECT_NE(w, noise) << p;
      }
    }
  }
}

TEST(KeyPhrases, EverySeedAboutTheCallFindsTheSamePeople) {
  for (const char* name : {kSeed001, kSeed003, kSeed004}) {
    const auto phrases = summarize(read(fixture(name))).key_phrases;
    SCOPED_TRACE(std::string(name) + ": " + print(phrases));
    for (const char* person : {"Vladimir Putin", "Donald Trump", "Steve Witkoff"}) EXPECT_TRUE(has(phrases, person));
    EXPECT_TRUE(has(phrases, "Ukraine"));
  }
}

TEST(KeyPhrases, NamesLoseTitlesPossessivesAndWhatFollowsOf) {
  const auto phrases = phrases_of(
      "Secretary of State Marco Rubio met Chancellor Olaf Scholz in Berlin. Rubio said Scholz's plan "
      "was sound. Rubio and Scholz will meet again in Berlin. Scholz thanked Rubio's team.");
  SCOPED_TRACE(print(phrases));
  EXPECT_TRUE(has(phrases, "Marco Rubio"));
  EXPECT_TRUE(has(phrases, "Olaf Scholz"));
  EXPECT_TRUE(has(phrases, "Berlin"));
  for (const auto& p : phrases) {
    EXPECT_EQ(p.find("State"), std::string::npos) << p;
    EXPECT_EQ(p.find("Chancellor"), std::string::npos) << p;
    EXPECT_EQ(p.find("'s"), std::string::npos) << p;
  }
}

TEST(KeyPhrases, RecurringTermsAndAbbreviationsStayWhole) {
  const auto phrases = phrases_of(
      "U.S. officials said the interest rate would rise. The interest rate has not moved since spring. "
      "Markets expect the interest rate to reach five percent, U.S. officials added. Banks disagree.");
  SCOPED_TRACE(print(phrases));
  EXPECT_TRUE(has(phrases, "interest rate"));
  EXPECT_TRUE(has(phrases, "U.S. officials"));
}

TEST(KeyPhrases, ShortAndEmptyArticles) {
  EXPECT_TRUE(phrases_of("").empty());
  EXPECT_TRUE(phrases_of("The and of, to it: is was.").empty());  // nothing but stop words
  const auto one = phrases_of("Only one sentence lives in this article about lighthouse keepers.");
  SCOPED_TRACE(print(one));
  EXPECT_FALSE(one.empty());
  EXPECT_LE(one.size(), 5u);
  EXPECT_TRUE(has(one, "lighthouse keepers") || has(one, "lighthouse"));
}

TEST(KeyPhrases, FiftyThousandSentencesStayBounded) {
  std::string text;
  for (int i = 0; i < 50000; ++i) {
    text += "Harbour pilot number " + std::to_string(i) + " guided tanker " + std::to_string(i % 97) +
            " past Cape Race. ";
    if (i % 20 == 19) text += "\n";
  }
  Document doc = read(text);
  auto t0 = std::chrono::steady_clock::now();
  const auto phrases = summarize(doc, SummaryOptions::sentences(1)).key_phrases;
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  SCOPED_TRACE(print(phrases));
  EXPECT_LE(phrases.size(), 10u);
  EXPECT_TRUE(has(phrases, "Cape Race"));
  EXPECT_TRUE(has(phrases, "Harbour pilot number"));  // the whole run recurs, so the whole run is shown
  EXPECT_LT(secs, 10.0);  // a hang guard, not a speed target
}
