// The UTF-8 scanner against utfcpp's validator: the scanner skips ASCII 32 and eight bytes at a time
// for speed, so it is checked on random byte strings, where every boundary case of that skip appears.
#include <gtest/gtest.h>
#include <utf8/core.h>

#include <random>
#include <string>

#include "text/normalize.h"
#include "text/utf8.h"

namespace {

using pith::text::decode_utf8;
using pith::text::find_invalid_utf8;

std::size_t utfcpp_first_invalid(const std::string& s, std::size_t from) {
  return static_cast<std::size_t>(utf8::find_invalid(s.begin() + static_cast<std::ptrdiff_t>(from), s.end()) - s.begin());
}

// Mostly ASCII with well-formed and ill-formed sequences mixed in, as real pages and junk are.
std::string random_bytes(std::mt19937& rng, std::size_t size) {
  static const char* pieces[] = {"a", "hello world ", "<p>", "\xC3\xA9", "\xE2\x80\x99", "\xF0\x9F\x98\x80",
                                 "\xC3", "\xE2\x80", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xC0\xAF", "\x80",
                                 "\xFF", "\xF0\x9F\x98", "12345678"};
  std::string s;
  std::uniform_int_distribution<std::size_t> pick(0, sizeof(pieces) / sizeof(pieces[0]) - 1);
  std::uniform_int_distribution<int> ascii_or_not(0, 9);
  while (s.size() < size) s += ascii_or_not(rng) < 7 ? pieces[pick(rng) % 3] : pieces[pick(rng)];
  return s;
}

TEST(Utf8Scan, AgreesWithUtfcppOnRandomBytes) {
  std::mt19937 rng(20261122);
  for (int round = 0; round < 2000; ++round) {
    std::string s = random_bytes(rng, 1 + round % 97);
    std::size_t from = 0;
    while (from <= s.size()) {
      std::size_t ours = find_invalid_utf8(s, from);
      ASSERT_EQ(ours, utfcpp_first_invalid(s, from)) << "round " << round << " from " << from;
      if (ours == s.size()) break;
      from = ours + 1;
    }
  }
}

TEST(Utf8Scan, CountsMultiByteSequences) {
  std::size_t multibyte = 0;
  std::string s = "caf\xC3\xA9 \xE2\x80\x99 \xF0\x9F\x98\x80 and a long ASCII tail to cross the word skip";
  EXPECT_EQ(find_invalid_utf8(s, 0, &multibyte), s.size());
  EXPECT_EQ(multibyte, 3u);
}

TEST(Utf8Scan, StopsAtTheBadByteAfterAnAsciiRun) {
  std::string s = std::string(21, 'x') + "\xE9" + "tail";  // Latin-1 é after 21 ASCII bytes
  EXPECT_EQ(find_invalid_utf8(s), 21u);
  bool replaced = false;
  EXPECT_EQ(decode_utf8(s, &replaced), std::string(21, 'x') + "\xEF\xBF\xBDtail");
  EXPECT_TRUE(replaced);
}

TEST(Utf8Scan, FindsTheBadByteAtEveryOffsetOfTheWordSkips) {
  for (std::size_t lead = 0; lead < 80; ++lead) {
    for (const char* bad : {"\xE9", "\xC3", "\xC0\xAF", "\xED\xA0\x80"}) {
      std::string s = std::string(lead, 'x') + "\xC3\xA9" + std::string(lead % 37, 'y') + bad + std::string(40, 'z');
      EXPECT_EQ(find_invalid_utf8(s), utfcpp_first_invalid(s, 0)) << lead << " " << bad;
    }
  }
}

}  // namespace

// The one well-formedness rule: find_invalid_utf8, the decoder and normalize_spaces all use it.
TEST(Utf8Scan, SequenceLengthOfEachForm) {
  using pith::text::sequence_length;
  EXPECT_EQ(sequence_length("a", 0), 1);
  EXPECT_EQ(sequence_length("\xC3\xA9", 0), 2);          // é
  EXPECT_EQ(sequence_length("\xED\x95\x9C", 0), 3);      // 한 (U+D55C): ED, not a surrogate
  EXPECT_EQ(sequence_length("\xF0\x9F\x98\x80", 0), 4);  // U+1F600
  EXPECT_EQ(sequence_length("\xED\xA0\x80", 0), -1);     // U+D800, a surrogate
  EXPECT_EQ(sequence_length("\xC0\xAF", 0), -1);         // overlong '/'
  EXPECT_EQ(sequence_length("\xF4\x90\x80\x80", 0), -1); // past U+10FFFF
  EXPECT_EQ(sequence_length("\xE2\x82", 0), -2);         // cut short: one U+FFFD for both bytes
  EXPECT_EQ(sequence_length("\x80", 0), -1);             // a stray continuation byte
}

// Korean syllables from U+D000 start with ED, which normalize_spaces checks the long way (ED A0 and
// up are surrogates): they are kept as they stand all the same.
TEST(Utf8Scan, NormalizeKeepsHangulAfterED) {
  std::string text = "\xED\x95\x9C\xEA\xB5\xAD\xEC\x96\xB4  \xED\x95\x9C";  // 한국어  한
  EXPECT_EQ(pith::text::normalize_spaces(text), "\xED\x95\x9C\xEA\xB5\xAD\xEC\x96\xB4 \xED\x95\x9C");
}
