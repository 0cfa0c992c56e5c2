// Hostile and degenerate input: every case gives a Document, in time linear in the input.
#include <gtest/gtest.h>

#include <chrono>
#include <random>

#include "fixtures.h"

using namespace pith;

TEST(BadInput, EmptyAndWhitespace) {
  for (std::string s : {std::string(), std::string("   \n\t\r\n  "), std::string("\xC2\xA0\xE2\x80\x8B")}) {
    Document doc = read(s);
    EXPECT_TRUE(doc.blocks.empty());
    EXPECT_TRUE(doc.title.empty());
    EXPECT_TRUE(summarize(doc).sentences.empty());
  }
}

// UTF-8 text with a broken sequence (a file cut mid-character) stays UTF-8: the broken bytes become
// U+FFFD, and a warning says so.
TEST(BadInput, InvalidUtf8IsReplacedAndWarned) {
  Document doc = read(
      "Caf\xC3\xA9 cr\xC3\xA8me, na\xC3\xAFve d\xC3\xA9j\xC3\xA0 vu \xC3\xA0 la carte, \xC3\xBC" "ber fa\xC3\xA7" "ade "
      "and a r\xC3\xA9sum\xC3\xA9 are served here \xE9 every morning before the market opens.");
  ASSERT_FALSE(doc.blocks.empty());
  EXPECT_EQ(doc.blocks[0].text.substr(0, 5), "Caf\xC3\xA9");
  EXPECT_NE(doc.blocks[0].text.find("here \xEF\xBF\xBD every"), std::string::npos) << doc.blocks[0].text;
  ASSERT_EQ(doc.warnings.size(), 1u);
  EXPECT_EQ(doc.warnings[0], "invalid UTF-8 replaced with U+FFFD");
}

TEST(BadInput, NulBytesAreDroppedNotTruncating) {
  std::string s("First part\0 and the rest of the sentence is still here after the NUL byte.", 75);
  Document doc = read(s);
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(doc.blocks[0].text, "First part and the rest of the sentence is still here after the NUL byte.");
}

TEST(BadInput, TenMegabyteSingleLine) {
  std::string line;
  line.reserve(10u << 20);
  while (line.size() < (10u << 20)) line += "Word after word and more words in a very long line. ";
  auto t0 = std::chrono::steady_clock::now();
  Document doc = read(line);
  Summary s = summarize(doc);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(s.sentences.size(), 3u);
  EXPECT_LT(secs, 20.0);  // a hang guard, not a speed target (bench/ measures speed)
}

TEST(BadInput, BinaryJunk) {
  std::mt19937 rng(42);
  std::string junk(1u << 20, '\0');
  for (char& c : junk) c = static_cast<char>(rng() & 0xFF);
  Document doc = read(junk);
  Summary s = summarize(doc);
  EXPECT_FALSE(doc.warnings.empty());
  EXPECT_LE(s.sentences.size(), 3u);
}

TEST(BadInput, DeeplyNestedAndUnclosedTags) {
  std::string html = "<!doctype html><html><body>";
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "<p>The only paragraph of this page sits under a hundred thousand divs, and it survives.";
  html += "<script>var x = '<p>not text</p>';";  // unclosed script runs to the end
  Document doc = read(html);
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(doc.format, Format::Html);
}

TEST(BadInput, DeeplyNestedCaptionedFigures) {
  // Each caption asked whether its figure holds code or a table by searching under it: 100,000
  // nested figures took 89 s. A hang guard, not a speed target.
  std::string html = "<body>";
  for (int i = 0; i < 100000; ++i) html += "<figure><figcaption>Photo by Ann Lee</figcaption>";
  html += "<pre>int x;</pre>";
  auto t0 = std::chrono::steady_clock::now();
  Document doc = read(html);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  EXPECT_EQ(doc.format, Format::Html);
  EXPECT_LT(secs, 20.0);
}

TEST(BadInput, LongLinkDeepInsideAQuote) {
  // Every element of a quote was read whole to ask whether the quote is a sentence: 500 nested
  // <div>s round an 800 KB link took 18 s. A hang guard, not a speed target.
  std::string html = "<body><article><p>The council approved the new budget on Tuesday, after a long debate.</p>"
                     "<blockquote>";
  for (int i = 0; i < 500; ++i) html += "<div>";
  html += "<a href=/x>";
  for (int i = 0; i < 16000; ++i) html += "The mayor said the library would stay open. ";
  html += "</a></blockquote></article></body>";
  auto t0 = std::chrono::steady_clock::now();
  Document doc = read(html);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  EXPECT_EQ(doc.format, Format::Html);
  EXPECT_LT(secs, 5.0);
}

TEST(BadInput, MillionShortLines) {
  std::string s;
  for (int i = 0; i < 1000000; ++i) s += "x\n";
  Document doc = read(s);
  EXPECT_EQ(doc.blocks.size(), 1000000u);
}

TEST(BadInput, ManyAmpersandsAndAngles) {
  std::string s(2u << 20, '&');
  s += std::string(1u << 20, '<');
  Document doc = read(s, {Format::Html, Quotes::Smart});
  EXPECT_EQ(doc.format, Format::Html);
}

TEST(BadInput, FiftyMegabytePaste) {
  // A paste of a huge page: menus and running text interleaved, 50 MB in all.
  std::string page;
  page.reserve(51u << 20);
  const std::string menu = "Home News Share\n";
  const std::string prose = "The council voted on Tuesday to close the old bridge to cars after engineers found cracks.\n";
  for (std::size_t i = 0; page.size() < (50u << 20); ++i) page += (i % 3 == 0) ? menu : prose;
  auto t0 = std::chrono::steady_clock::now();
  Document doc = read(page);
  Summary s = summarize(doc);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  EXPECT_GT(doc.blocks.size(), 100000u);
  EXPECT_EQ(s.sentences.size(), 3u);
  EXPECT_LT(secs, 90.0);  // a hang guard, not a speed target (measured: about 8 s for 50 MB natively)
}

TEST(BadInput, LongWrappedTextBrokenAtHyphens) {
  // Each break after a hyphen searched the whole text for the word written with its hyphen: 2 MB of
  // wrapped lines ending "exam-" took 32 s. A hang guard, not a speed target.
  std::string text;
  for (int i = 0; i < 30000; ++i) text += "the ground water recharge study in the field took an exam-\nple ";
  ReadOptions as_text;
  as_text.format = Format::Text;
  auto t0 = std::chrono::steady_clock::now();
  Document doc = read(text, as_text);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  ASSERT_FALSE(doc.blocks.empty());
  EXPECT_NE(doc.blocks[0].text.find("an example the ground"), std::string::npos);
  EXPECT_LT(secs, 5.0);
}

TEST(BadInput, LongChatLog) {
  // Each message of a chat run was compared with every message before it: 100,000 lines of
  // "Tom: hi" took 24 s. A hang guard, not a speed target.
  std::string text;
  for (int i = 0; i < 100000; ++i) text += i % 2 ? "Tom: hi there\n" : "Ann: hello again\n";
  ReadOptions as_text;
  as_text.format = Format::Text;
  auto t0 = std::chrono::steady_clock::now();
  Document doc = read(text, as_text);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  EXPECT_EQ(doc.blocks.size(), 100000u);
  EXPECT_LT(secs, 5.0);
}
