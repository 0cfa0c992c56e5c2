// normalize_spaces copies runs of words eight bytes at a time, and the characters of other
// scripts as they stand; on random mixes of words, spaces, line breaks, exotic and invisible
// characters, and broken UTF-8, it must give what the plain rule gives, a code point at a time.
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "pith/read.h"
#include "text/normalize.h"
#include "text/utf8.h"

namespace {

using pith::text::is_space;
using pith::text::next_code_point;

bool invisible(char32_t cp) {
  return cp == 0xAD || (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || cp == 0xFEFF || cp < 0x20 ||
         (cp >= 0x7F && cp < 0xA0);
}

// The rule as normalize.h states it.
std::string reference(std::string_view line) {
  std::string out;
  bool pending_space = false;
  for (std::size_t i = 0; i < line.size();) {
    char32_t cp = next_code_point(line, i);
    if (is_space(cp)) {
      pending_space = !out.empty();
      continue;
    }
    if (invisible(cp)) continue;
    if (pending_space) out.push_back(' ');
    pending_space = false;
    pith::text::append_utf8(out, cp);  // broken UTF-8 (an overlong form, a stray byte) as decoded
  }
  return out;
}

TEST(NormalizeSpaces, AgreesWithTheRuleOnRandomText) {
  static const char* pieces[] = {"a", "word", "Longer-words,", " ", "  ", "\n", "\t", "\xC3\xA9", "\xC2\xA0",
                                 "\xE2\x80\x8B", ".", "\x7F", "\x01", "\xE2\x80\x99", "12345678", "\v",
                                 "\xD0\x9F\xD1\x80\xD0\xB8", "\xE4\xB8\xAD", "\xF0\x9F\x94\x97",
                                 // Broken: overlong forms, stray and missing continuation bytes, past U+10FFFF.
                                 "\xC0\xAF", "\xE0\x80\xA0", "\xF0\x80\x80\xA0", "\x80", "\xE2\x80",
                                 "\xF8\x88\x80\x80", "\xF5\x80\x80\x80", "\xED\xA0\x80", "\xFF"};
  std::mt19937 rng(20261130);
  std::uniform_int_distribution<std::size_t> pick(0, sizeof(pieces) / sizeof(pieces[0]) - 1);
  std::uniform_int_distribution<int> prose(0, 9);
  for (int round = 0; round < 3000; ++round) {
    std::string s;
    std::size_t size = 1 + static_cast<std::size_t>(round) % 120;
    while (s.size() < size) s += prose(rng) < 7 ? pieces[pick(rng) % 4] : pieces[pick(rng)];
    ASSERT_EQ(pith::text::normalize_spaces(s), reference(s)) << "round " << round;
  }
}

// Every character, alone and between letters: the run copier keeps some without asking whether
// they are spaces or invisible, and must agree with the rule on all of them.
TEST(NormalizeSpaces, AgreesWithTheRuleOnEveryCharacter) {
  for (char32_t cp = 1; cp <= 0x10FFFF; ++cp) {
    std::string c;
    pith::text::append_utf8(c, cp);
    std::string between = "a" + c + "b";
    ASSERT_EQ(pith::text::normalize_spaces(between), reference(between)) << std::hex << cp;
    ASSERT_EQ(pith::text::normalize_spaces(c), reference(c)) << std::hex << cp;
  }
}

// apply_quotes passes over quote-free stretches eight bytes at a time: quotes at every offset of
// those stretches still turn, both ways.
TEST(ApplyQuotes, TurnsQuotesAtEveryOffset) {
  for (std::size_t k = 0; k < 24; ++k) {
    std::string lead(k, 'a');
    std::string tail(k % 9, 'b');
    std::string straight = lead + " \"quoted\" and it's " + tail;
    std::string smart = lead + " \u201Cquoted\u201D and it\u2019s " + tail;
    EXPECT_EQ(pith::text::apply_quotes(straight, pith::Quotes::Smart), smart) << k;
    EXPECT_EQ(pith::text::apply_quotes(smart, pith::Quotes::Ascii), straight) << k;
  }
}

}  // namespace

TEST(Normalize, LabelTestsCountACjkNameAsOneRunAndReadersByCharacter) {
  // The headline and site-name tests measure a label's shape: 中国新闻网 is one name, not five words.
  EXPECT_EQ(pith::text::count_words("\xE4\xB8\xAD\xE5\x9B\xBD\xE6\x96\xB0\xE9\x97\xBB\xE7\xBD\x91"), 1u);
  EXPECT_EQ(pith::text::count_reading_words("\xE4\xB8\xAD\xE5\x9B\xBD\xE6\x96\xB0\xE9\x97\xBB\xE7\xBD\x91"), 5u);
}
