#include <gtest/gtest.h>

#include "fixtures.h"
#include "text/normalize.h"
#include "text/utf8.h"

using namespace pith;

TEST(Cleanup, OddSpacesBecomePlainAndTrailingSpaceGoes) {
  // no-break, thin, ideographic spaces and a tab; a trailing no-break space as in pasted pages
  EXPECT_EQ(text::normalize_spaces("a\xC2\xA0" "call\xE2\x80\x89with\xE3\x80\x80them\tnow\xC2\xA0 "),
            "a call with them now");
  EXPECT_EQ(text::normalize_spaces("   lots    of   space  "), "lots of space");
}

TEST(Cleanup, InvisibleCharactersGo) {
  // zero-width space, soft hyphen, BOM, NUL and another control character
  EXPECT_EQ(text::normalize_spaces("in\xE2\x80\x8Bvis\xC2\xADible\xEF\xBB\xBF" "a\x01" "b"), "invisibleab");
  EXPECT_EQ(text::normalize_spaces(std::string("a\0b", 3)), "ab");
}

TEST(Cleanup, SmartQuotes) {
  auto smart = [](std::string_view s) { return text::apply_quotes(s, Quotes::Smart); };
  EXPECT_EQ(smart("\"Hi,\" she said."), "\xE2\x80\x9CHi,\xE2\x80\x9D she said.");
  EXPECT_EQ(smart("we're Putin's 'fine' (\"x\")"),
            "we\xE2\x80\x99re Putin\xE2\x80\x99s \xE2\x80\x98" "fine\xE2\x80\x99 (\xE2\x80\x9Cx\xE2\x80\x9D)");
  EXPECT_EQ(smart("the '90s"), "the \xE2\x80\x99" "90s");
  EXPECT_EQ(smart("students' books"), "students\xE2\x80\x99 books");
}

TEST(Cleanup, AsciiAndKeepQuotes) {
  EXPECT_EQ(text::apply_quotes("\xE2\x80\x9CHi\xE2\x80\x9D we\xE2\x80\x99re", Quotes::Ascii), "\"Hi\" we're");
  EXPECT_EQ(text::apply_quotes("\"as is\"", Quotes::Keep), "\"as is\"");
}

TEST(Cleanup, VerbatimStretchesKeepTheirQuotes) {
  // Inline code in a paragraph: `-e "script"` is a command to copy, the prose around it is styled.
  std::string line = "Run -e \"script\" and it's \"done\".";
  std::vector<text::ByteRange> code = {{4, 15}};
  EXPECT_EQ(text::apply_quotes(line, Quotes::Smart, code), "Run -e \"script\" and it\u2019s \u201C" "done\u201D.");
  std::string curled = "\u201CSay\u201D print(\u201Cx\u201D) \u2018ok\u2019";
  std::vector<text::ByteRange> call = {{10, 24}};
  EXPECT_EQ(text::apply_quotes(curled, Quotes::Ascii, call), "\"Say\" print(\u201Cx\u201D) 'ok'");
  EXPECT_EQ(text::apply_quotes(line, Quotes::Keep, code), line);
}

TEST(Cleanup, AQuoteBesideAVerbatimStretchTakesItsContextFromIt) {
  // "'a'" with the code 'a' inside: the closing quote follows the code's last character, a quote
  // mark, and still closes; the opening one sees the code's first character.
  std::vector<text::ByteRange> code = {{6, 9}};
  EXPECT_EQ(text::apply_quotes("Pass \"'a'\" on", Quotes::Smart, code), "Pass \u201C'a'\u201D on");
  // x's after the code x: an apostrophe after a letter.
  EXPECT_EQ(text::apply_quotes("the x's", Quotes::Smart, {{4, 5}}), "the x\u2019s");
  // Stretches at either end, back to back, and past the line's end are all copied as they stand.
  EXPECT_EQ(text::apply_quotes("'a' \"b\" 'c'", Quotes::Smart, {{0, 3}, {3, 4}, {8, 99}}),
            "'a' \u201C" "b\u201D 'c'");
}

TEST(Cleanup, QuoteMarkLength) {
  EXPECT_EQ(text::quote_mark_length("a'b", 1), 1u);
  EXPECT_EQ(text::quote_mark_length("\"", 0), 1u);
  EXPECT_EQ(text::quote_mark_length("\u2018\u201F", 0), 3u);
  EXPECT_EQ(text::quote_mark_length("\u2018\u201F", 3), 3u);
  EXPECT_EQ(text::quote_mark_length("\u2014", 0), 0u);  // an em dash shares the lead bytes
  EXPECT_EQ(text::quote_mark_length("\u2020", 0), 0u);
  EXPECT_EQ(text::quote_mark_length("a", 0), 0u);
  EXPECT_EQ(text::quote_mark_length("\xE2\x80", 0), 0u);
  EXPECT_EQ(text::quote_mark_length("a", 5), 0u);
}

TEST(Cleanup, NextQuoteMarkPassesDashesAndFindsMarksAtEveryOffset) {
  EXPECT_EQ(text::next_quote_mark("a \u2014 b \u2026 c \u2019d", 0), 14u);  // past an em dash and an ellipsis
  EXPECT_EQ(text::next_quote_mark("no marks at all, not one", 0), 24u);
  for (std::size_t k = 0; k < 20; ++k) {
    std::string s = std::string(k, 'a') + "\"" + std::string(9, 'b') + "'";
    EXPECT_EQ(text::next_quote_mark(s, 0), k) << k;
    EXPECT_EQ(text::next_quote_mark(s, k + 1), k + 10) << k;
    EXPECT_EQ(text::next_quote_mark(s, k + 11), s.size()) << k;
  }
}

TEST(Cleanup, InvalidUtf8BecomesReplacementCharacter) {
  bool replaced = false;
  // a lone continuation byte, a truncated 3-byte sequence, an overlong encoding, a surrogate
  std::string out = text::decode_input("a\x80" "b\xE2\x82" "c\xC0\xAF" "d\xED\xA0\x80" "e", &replaced);
  EXPECT_TRUE(replaced);
  EXPECT_EQ(out, "a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c\xEF\xBF\xBD\xEF\xBF\xBD" "d\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD" "e");
  EXPECT_EQ(text::decode_input("\xEF\xBB\xBFok", &replaced), "ok");  // BOM dropped
  EXPECT_FALSE(replaced);
}

TEST(Cleanup, Utf16LengthMatchesJavaScript) {
  EXPECT_EQ(text::utf16_length("abc"), 3u);
  EXPECT_EQ(text::utf16_length("\xE2\x80\x9C"), 1u);          // “
  EXPECT_EQ(text::utf16_length("\xF0\x9F\x98\x80"), 2u);      // an emoji is a surrogate pair
}
