// UTF-16 to UTF-8 as the package hands strings over: against utfcpp on random well-formed strings
// (ASCII runs of every length around the sixteen-unit step, with letters from every UTF-8 length
// between them), lone surrogates as TextEncoder has them, and the in-place layout the package uses.
#include <gtest/gtest.h>
#include <utf8/unchecked.h>

#include <iterator>
#include <random>
#include <string>
#include <vector>

#include "pith/utf16.h"

namespace {

using pith::utf16_to_utf8;

std::vector<unsigned char> little_endian(const std::u16string& s) {
  std::vector<unsigned char> bytes;
  for (char16_t u : s) {
    bytes.push_back(static_cast<unsigned char>(u & 0xFF));
    bytes.push_back(static_cast<unsigned char>(u >> 8));
  }
  return bytes;
}

std::string encoded(const std::u16string& s) {
  std::vector<unsigned char> in = little_endian(s);
  std::string out(3 * s.size(), '\0');
  out.resize(utf16_to_utf8(in.data(), s.size(), out.data()));
  return out;
}

// The package's layout: the units copied to `units` bytes into a block of 3 × units, encoded to
// the block's start.
std::string encoded_in_place(const std::u16string& s) {
  std::vector<unsigned char> in = little_endian(s);
  std::string block(3 * s.size(), '\0');
  std::copy(in.begin(), in.end(), block.begin() + static_cast<std::ptrdiff_t>(s.size()));
  block.resize(utf16_to_utf8(reinterpret_cast<const unsigned char*>(block.data()) + s.size(), s.size(), block.data()));
  return block;
}

std::string reference(const std::u16string& s) {
  std::string out;
  utf8::unchecked::utf16to8(s.begin(), s.end(), std::back_inserter(out));
  return out;
}

TEST(Utf16, MatchesUtfcppOnWellFormedStrings) {
  std::mt19937 rng(7);
  const char32_t letters[] = {U'é', U'€', U'\u07FF', U'\u0800', U'\uFFFD', U'\U0001F600', U'\U0010FFFF', U'\x7F'};
  for (int round = 0; round < 3000; ++round) {
    std::u16string s;
    int pieces = static_cast<int>(rng() % 6);
    for (int p = 0; p < pieces; ++p) {
      std::size_t run = rng() % 40;  // around the 16- and 32-unit steps
      for (std::size_t k = 0; k < run; ++k) s.push_back(static_cast<char16_t>('a' + rng() % 26));
      char32_t c = letters[rng() % std::size(letters)];
      if (c >= 0x10000) {
        s.push_back(static_cast<char16_t>(0xD800 + ((c - 0x10000) >> 10)));
        s.push_back(static_cast<char16_t>(0xDC00 + ((c - 0x10000) & 0x3FF)));
      } else {
        s.push_back(static_cast<char16_t>(c));
      }
    }
    ASSERT_EQ(encoded(s), reference(s)) << "round " << round;
    ASSERT_EQ(encoded_in_place(s), reference(s)) << "round " << round;
  }
}

TEST(Utf16, LoneSurrogatesBecomeReplacementCharacters) {
  const std::string fffd = "\xEF\xBF\xBD";
  EXPECT_EQ(encoded(u"a\xD800"), "a" + fffd);                // a lead at the end
  EXPECT_EQ(encoded(u"\xDC00z"), fffd + "z");                // a trail alone
  EXPECT_EQ(encoded(u"\xD800\xD800\xDC00"), fffd + "\xF0\x90\x80\x80");  // a lead, then a pair
  EXPECT_EQ(encoded(u"\xD83D" u"abcdefghijklmnopqrstuvwxyz"), fffd + "abcdefghijklmnopqrstuvwxyz");
  // A pair split across the sixteen-unit step is still one character.
  std::u16string s(15, u'x');
  s += u"\xD83D\xDE00";
  s += std::u16string(20, u'y');
  EXPECT_EQ(encoded_in_place(s), std::string(15, 'x') + "\xF0\x9F\x98\x80" + std::string(20, 'y'));
  EXPECT_EQ(encoded(u""), "");
}

// The worst case fills the block: every unit three bytes, written over the units already read.
TEST(Utf16, InPlaceSurvivesTheWorstCase) {
  std::u16string s(1000, u'\u20AC');
  std::string want;
  for (int k = 0; k < 1000; ++k) want += "\xE2\x82\xAC";
  EXPECT_EQ(encoded_in_place(s), want);
  s.insert(0, std::u16string(64, u'<'));  // an ASCII start runs the vector path first
  EXPECT_EQ(encoded_in_place(s), std::string(64, '<') + want);
}

}  // namespace
