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
