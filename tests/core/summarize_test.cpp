#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>

#include "fixtures.h"

using namespace pith;
using namespace pith::testing;

namespace {

std::size_t words_in(const Summary& s) {
  std::size_t n = 0;
  for (const auto& x : s.sentences) n += count_words(x.text);
  return n;
}

bool same_sentence(const SummarySentence& a, const SummarySentence& b) {
  return a.block == b.block && a.begin == b.begin;
}

bool chosen(const Summary& s, const SummarySentence& x) {
  return std::any_of(s.sentences.begin(), s.sentences.end(), [&](const auto& y) { return same_sentence(x, y); });
}

// Every candidate sentence with its score: a sentences budget as large as the article.
Summary all_sentences(const Document& doc) { return summarize(doc, SummaryOptions::sentences(kMaxSummarySentences)); }

std::string numbered_sentences(int n) {
  std::string text;
  for (int i = 0; i < n; ++i) text += "Sentence number " + std::to_string(i) + " says something about topic " + std::to_string(i % 7) + ". ";
  return text;
}

}  // namespace

TEST(Summary, EachSeedGivesThreeVerbatimSentencesInOrder) {
  for (const char* name : {kSeed000, kSeed001, kSeed002, kSeed003, kSeed004}) {
    Document doc = read(fixture(name));
    Summary s = summarize(doc, SummaryOptions::sentences(3));
    ASSERT_EQ(s.sentences.size(), 3u) << name;
    for (std::size_t i = 0; i < s.sentences.size(); ++i) {
      const auto& x = s.sentences[i];
      ASSERT_LT(x.block, doc.blocks.size());
      EXPECT_EQ(doc.blocks[x.block].text.substr(x.begin, x.end - x.begin), x.text) << name;
      EXPECT_NE(doc.blocks[x.block].kind, BlockKind::Heading);
      if (i) {
        const auto& p = s.sentences[i - 1];
        EXPECT_TRUE(p.block < x.block || (p.block == x.block && p.end <= x.begin)) << name;
      }
    }
  }
}

TEST(Summary, DefaultIsThreeSentences) {
  Document doc = read(fixture(kSeed002));
  Summary a = summarize(doc);
  Summary b = summarize(doc, SummaryOptions::sentences(3));
  ASSERT_EQ(a.sentences.size(), 3u);
  for (std::size_t i = 0; i < 3; ++i) EXPECT_TRUE(same_sentence(a.sentences[i], b.sentences[i]));
}

TEST(Summary, SentenceBudgetIsRespected) {
  Document doc = read(fixture(kSeed001));
  for (std::size_t n : {1u, 2u, 5u, 10u}) EXPECT_EQ(summarize(doc, SummaryOptions::sentences(n)).sentences.size(), n);
  EXPECT_EQ(all_sentences(doc).sentences.size(), 30u);  // all there are ("Witkoff disagrees." is too short)
}

TEST(Summary, RatioBudgetRoundsUpAndKeepsOne) {
  Document doc = read(fixture(kSeed001));  // 30 candidate sentences
  EXPECT_EQ(summarize(doc, SummaryOptions::ratio(0.11)).sentences.size(), 4u);  // 3.3 → 4
  EXPECT_EQ(summarize(doc, SummaryOptions::ratio(0.52)).sentences.size(), 16u);  // 15.6 → 16
  EXPECT_EQ(summarize(doc, SummaryOptions::ratio(1.0)).sentences.size(), 30u);
  EXPECT_EQ(summarize(doc, SummaryOptions::ratio(0.001)).sentences.size(), 1u);  // at least one

  // 0.3 × 10 is 3.0000000000000004 in binary: still three, not four.
  Document ten = read(numbered_sentences(10));
  ASSERT_EQ(all_sentences(ten).sentences.size(), 10u);
  EXPECT_EQ(summarize(ten, SummaryOptions::ratio(0.3)).sentences.size(), 3u);
  EXPECT_EQ(summarize(ten, SummaryOptions::ratio(0.7)).sentences.size(), 7u);
}

TEST(Summary, RatioPicksTheSameSentencesAsTheEquivalentCount) {
  Document doc = read(fixture(kSeed004));
  const std::size_t n = all_sentences(doc).sentences.size();
  const std::size_t want = static_cast<std::size_t>(std::ceil(0.25 * static_cast<double>(n)));
  Summary by_ratio = summarize(doc, SummaryOptions::ratio(0.25));
  Summary by_count = summarize(doc, SummaryOptions::sentences(want));
  ASSERT_EQ(by_ratio.sentences.size(), want);
  for (std::size_t i = 0; i < want; ++i) EXPECT_TRUE(same_sentence(by_ratio.sentences[i], by_count.sentences[i]));
}

TEST(Summary, WordBudgetIsNeverExceededAndIsFilled) {
  for (const char* name : {kSeed000, kSeed001, kSeed003, kSeed004}) {
    Document doc = read(fixture(name));
    Summary all = all_sentences(doc);
    for (std::size_t w : {8u, 20u, 40u, 75u, 150u, 400u, 100000u}) {
      Summary s = summarize(doc, SummaryOptions::words(w));
      const std::size_t used = words_in(s);
      EXPECT_LE(used, w) << name << " words " << w;
      // Greedy to the end: nothing left out would still have fit.
      for (const auto& x : all.sentences) {
        if (!chosen(s, x)) EXPECT_GT(used + count_words(x.text), w) << name << " words " << w << ": " << x.text;
      }
      // The best-scored sentence that fits on its own is always there.
      const SummarySentence* best = nullptr;
      for (const auto& x : all.sentences) {
        if (count_words(x.text) <= w && (!best || x.score > best->score)) best = &x;
      }
      if (best) EXPECT_TRUE(chosen(s, *best)) << name << " words " << w;
      for (const auto& x : s.sentences) EXPECT_EQ(doc.blocks[x.block].text.substr(x.begin, x.end - x.begin), x.text);
    }
  }
}

TEST(Summary, WordBudgetBelowEverySentenceGivesNone) {
  Document doc = read(fixture(kSeed002));
  std::size_t shortest = std::numeric_limits<std::size_t>::max();
  for (const auto& x : all_sentences(doc).sentences) shortest = std::min(shortest, count_words(x.text));
  ASSERT_GT(shortest, 1u);
  Summary none = summarize(doc, SummaryOptions::words(shortest - 1));
  EXPECT_TRUE(none.sentences.empty());
  EXPECT_FALSE(none.key_phrases.empty());  // the phrases do not depend on the budget
  Summary one = summarize(doc, SummaryOptions::words(shortest));
  ASSERT_EQ(one.sentences.size(), 1u);
  EXPECT_EQ(count_words(one.sentences[0].text), shortest);
}

TEST(Summary, OutOfRangeOptionsGiveNoSentencesRatherThanFailing) {
  Document doc = read(fixture(kSeed002));
  const double nan = std::numeric_limits<double>::quiet_NaN();
  for (SummaryOptions o : {SummaryOptions::sentences(0), SummaryOptions::words(0), SummaryOptions::ratio(0.0),
                           SummaryOptions::ratio(-1.0), SummaryOptions::ratio(nan),
                           SummaryOptions{BudgetUnit::Sentences, nan}, SummaryOptions{BudgetUnit::Words, -5}}) {
    EXPECT_TRUE(summarize(doc, o).sentences.empty());
  }
  EXPECT_EQ(summarize(doc, SummaryOptions::ratio(7.0)).sentences.size(), all_sentences(doc).sentences.size());
  EXPECT_EQ(summarize(doc, SummaryOptions{BudgetUnit::Sentences, 1e300}).sentences.size(),
            all_sentences(doc).sentences.size());
}

TEST(Summary, ParseBudgetAcceptsExactlyTheDocumentedRanges) {
  auto ok = [](std::string_view unit, double amount) { return parse_budget(unit, amount).has_value(); };
  EXPECT_TRUE(ok("sentences", 1));
  EXPECT_TRUE(ok("sentences", 1000));
  EXPECT_FALSE(ok("sentences", 0));
  EXPECT_FALSE(ok("sentences", 1001));
  EXPECT_FALSE(ok("sentences", 2.5));
  EXPECT_TRUE(ok("ratio", 1));
  EXPECT_TRUE(ok("ratio", 0.0001));
  EXPECT_FALSE(ok("ratio", 0));
  EXPECT_FALSE(ok("ratio", 1.01));
  EXPECT_FALSE(ok("ratio", -0.5));
  EXPECT_TRUE(ok("words", 1));
  EXPECT_TRUE(ok("words", 100000));
  EXPECT_FALSE(ok("words", 100001));
  EXPECT_FALSE(ok("words", 12.5));
  EXPECT_FALSE(ok("paragraphs", 3));
  EXPECT_FALSE(ok("sentences", std::numeric_limits<double>::quiet_NaN()));
  EXPECT_FALSE(ok("words", std::numeric_limits<double>::infinity()));
  auto w = parse_budget("words", 50);
  ASSERT_TRUE(w);
  EXPECT_EQ(w->unit, BudgetUnit::Words);
  EXPECT_EQ(w->amount, 50);
}

TEST(Summary, CountWordsCountsRunsOfNonSpace) {
  EXPECT_EQ(count_words(""), 0u);
  EXPECT_EQ(count_words("   "), 0u);
  EXPECT_EQ(count_words("One."), 1u);
  EXPECT_EQ(count_words("  Putin’s 30-day ceasefire — agreed.  "), 5u);
  EXPECT_EQ(count_words("a\xC2\xA0" "b\tc\nd"), 4u);  // no-break space separates too
  EXPECT_EQ(count_words("a\vb\fc\rd\x1f" "e"), 4u);  // ASCII spaces are told apart without decoding
}

TEST(Summary, ChineseAndJapaneseCountACharacterAWord) {
  EXPECT_EQ(count_words("\xE6\x9D\xB1\xE4\xBA\xAC\xE9\x83\xBD"), 3u);  // 東京都
  // 桜が満開。 — punctuation is no word; kana count like ideographs.
  EXPECT_EQ(count_words("\xE6\xA1\x9C\xE3\x81\x8C\xE6\xBA\x80\xE9\x96\x8B\xE3\x80\x82"), 4u);
  EXPECT_EQ(count_words("iPhone\xE3\x82\x92\xE8\xB2\xB7\xE3\x81\x86"), 4u);  // iPhoneを買う
  // Korean spaces its words: 서울 시장 is two.
  EXPECT_EQ(count_words("\xEC\x84\x9C\xEC\x9A\xB8 \xEC\x8B\x9C\xEC\x9E\xA5"), 2u);

  // Three sentences of 21, 19 and 14 characters: a 22-word budget takes one, not all three.
  const std::string ja =
      "\xE6\x9D\xB1\xE4\xBA\xAC\xE9\x83\xBD\xE5\x86\x85\xE3\x81\xA7\xE3\x81\xAF\xE4\xBB\x8A\xE9\x80\xB1"
      "\xE5\x90\x84\xE5\x9C\xB0\xE3\x81\xA7\xE6\xA1\x9C\xE3\x81\x8C\xE6\xBA\x80\xE9\x96\x8B\xE3\x82\x92"
      "\xE8\xBF\x8E\xE3\x81\x88\xE3\x81\xBE\xE3\x81\x97\xE3\x81\x9F\xE3\x80\x82"
      "\xE4\xB8\x8A\xE9\x87\x8E\xE5\x85\xAC\xE5\x9C\x92\xE3\x81\xAB\xE3\x81\xAF\xE6\x9C\x9D\xE3\x81\x8B"
      "\xE3\x82\x89\xE5\xA4\x9A\xE3\x81\x8F\xE3\x81\xAE\xE8\x8A\xB1\xE8\xA6\x8B\xE5\xAE\xA2\xE3\x81\x8C"
      "\xE8\xA8\xAA\xE3\x82\x8C\xE3\x81\x9F\xE3\x80\x82"
      "\xE9\x80\xB1\xE6\x9C\xAB\xE3\x81\xAF\xE5\xA4\xA9\xE6\xB0\x97\xE3\x81\x8C\xE5\xB4\xA9\xE3\x82\x8C"
      "\xE3\x82\x8B\xE8\xA6\x8B\xE8\xBE\xBC\xE3\x81\xBF\xE3\x81\xA7\xE3\x81\x99\xE3\x80\x82\n";
  Document doc = read(ja);
  ASSERT_EQ(all_sentences(doc).sentences.size(), 3u);
  Summary s = summarize(doc, SummaryOptions::words(22));
  ASSERT_EQ(s.sentences.size(), 1u);
  EXPECT_LE(count_words(s.sentences[0].text), 22u);
  EXPECT_NE(to_json(doc).find("\"wordCount\":54,"), std::string::npos) << to_json(doc);
}

TEST(Summary, OneSentenceAndNone) {
  Document one = read("Only one sentence lives in this article, and it is this one.");
  EXPECT_EQ(summarize(one).sentences.size(), 1u);
  EXPECT_EQ(summarize(one, SummaryOptions::ratio(0.01)).sentences.size(), 1u);
  EXPECT_EQ(summarize(one, SummaryOptions::words(100)).sentences.size(), 1u);
  EXPECT_TRUE(summarize(one, SummaryOptions::words(5)).sentences.empty());
  Document headings_only = read("Just A Heading\n");
  EXPECT_LE(summarize(headings_only).sentences.size(), 1u);
  Document empty = read("");
  for (SummaryOptions o : {SummaryOptions::sentences(3), SummaryOptions::ratio(1.0), SummaryOptions::words(50)}) {
    Summary s = summarize(empty, o);
    EXPECT_TRUE(s.sentences.empty());
    EXPECT_TRUE(s.key_phrases.empty());
  }
}

TEST(Summary, FiftyThousandSentencesInBoundedTime) {
  std::string text;
  for (int i = 0; i < 50000; ++i) {
    text += "Sentence number " + std::to_string(i) + " talks about topic " + std::to_string(i % 97) + ". ";
    if (i % 20 == 19) text += "\n";
  }
  Document doc = read(text);
  auto t0 = std::chrono::steady_clock::now();
  EXPECT_EQ(summarize(doc, SummaryOptions::sentences(3)).sentences.size(), 3u);
  EXPECT_EQ(summarize(doc, SummaryOptions::sentences(1000)).sentences.size(), 1000u);
  EXPECT_EQ(summarize(doc, SummaryOptions::ratio(1.0)).sentences.size(), 50000u);
  EXPECT_EQ(summarize(doc, SummaryOptions::ratio(0.1)).sentences.size(), 5000u);
  Summary w = summarize(doc, SummaryOptions::words(100000));
  EXPECT_LE(words_in(w), 100000u);
  EXPECT_GT(words_in(w), 100000u - 10u);  // filled to within one sentence
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  EXPECT_LT(secs, 20.0);  // a hang guard, not a speed target (bench/ measures speed)
}

TEST(Summary, JsonOffsetsAreUtf16AndKeyPhrasesAreListed) {
  Document doc = read(fixture(kSeed002));
  Summary s = summarize(doc, SummaryOptions::sentences(3));
  std::string json = to_json(s, doc);
  // The second sentence of block 0 starts after the first and its space; the first has no
  // non-ASCII characters, so its UTF-16 offset equals its byte offset.
  EXPECT_NE(json.find("\"start\":0"), std::string::npos);
  EXPECT_NE(json.find("\"start\":160"), std::string::npos);
  EXPECT_NE(json.find("\"keyPhrases\":[\"Vladimir Putin\","), std::string::npos) << json;
  EXPECT_NE(to_json(summarize(read("")), read("")).find("\"keyPhrases\":[]"), std::string::npos);
}

TEST(Summary, LabelsKeptAsParagraphsAreNotQuoted) {
  Document doc = read("Local News\nThe council voted on Tuesday to close the old bridge to cars after engineers found cracks.\n"
                      "Photos\nCyclists and people on foot will still be able to cross while the city looks for money.\n");
  Summary s = summarize(doc, SummaryOptions::sentences(3));
  ASSERT_EQ(s.sentences.size(), 2u);
  for (const auto& x : s.sentences) EXPECT_GT(x.text.size(), 20u) << x.text;
  // CJK sentences have no spaces between words but end with a stop: they are statements.
  Document cjk = read("\xE4\xBB\x8A\xE6\x97\xA5\xE3\x81\xAF\xE6\x99\xB4\xE3\x82\x8C\xE3\x80\x82");
  EXPECT_EQ(summarize(cjk, SummaryOptions::sentences(1)).sentences.size(), 1u);
}

TEST(Summary, BareDatelinesAreNotQuoted) {
  Document doc = read("March 10, 2015 . The council voted on Tuesday to close the old bridge to cars. "
                      "Cyclists will still be able to cross it.");
  Summary s = summarize(doc, SummaryOptions::sentences(3));
  ASSERT_EQ(s.sentences.size(), 2u);
  EXPECT_EQ(s.sentences[0].text, "The council voted on Tuesday to close the old bridge to cars.");
}

TEST(Summary, TableRowsAndMenusKeptInTheArticleAreNotQuoted) {
  // A repository page's file table ("src | fix retry backoff | 3 days ago") and an old site's
  // menu row ("Home The Layout The Viaduct Links Guestbook") were summary lines.
  Document doc = read(
      "<html><body><table><tr><td>src</td><td>fix retry backoff for failed jobs</td><td>3 days ago</td></tr>"
      "<tr><td>tests</td><td>add tests for the dead letters</td><td>last week</td></tr></table>"
      "<p>Home The Layout The Viaduct Links Guestbook</p>"
      "<p>This winter I finally built the stone viaduct that carries the branch line over the river.</p>"
      "<p>It took about four months of evenings, mostly because I cut every arch by hand.</p>"
      "<p>The Piers Are Hollow Boxes Of Card.</p></body></html>",
      ReadOptions{});
  Summary all = all_sentences(doc);
  for (const auto& s : all.sentences) {
    EXPECT_EQ(s.text.find(" | "), std::string::npos) << s.text;
    EXPECT_NE(s.text, "Home The Layout The Viaduct Links Guestbook");
  }
  // A capitalised line that ends like a sentence is still one (a headline-styled statement).
  EXPECT_TRUE(std::any_of(all.sentences.begin(), all.sentences.end(),
                          [](const SummarySentence& s) { return s.text == "The Piers Are Hollow Boxes Of Card."; }));
  EXPECT_EQ(all.sentences.size(), 3u);
}
