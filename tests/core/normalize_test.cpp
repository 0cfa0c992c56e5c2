// normalize_spaces copies runs of words eight bytes at a time; on random mixes of words, spaces,
// line breaks, exotic and invisible characters it must give what the plain rule gives, a code point
// at a time.
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
    std::size_t start = i;
    char32_t cp = next_code_point(line, i);
    if (is_space(cp)) {
      pending_space = !out.empty();
      continue;
    }
    if (invisible(cp)) continue;
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.append(line.substr(start, i - start));
  }
  return out;
}

TEST(NormalizeSpaces, AgreesWithTheRuleOnRandomText) {
  static const char* pieces[] = {"a", "word", "Longer-words,", " ", "  ", "\n", "\t", "\xC3\xA9", "\xC2\xA0",
                                 "\xE2\x80\x8B", ".", "\x7F", "\x01", "\xE2\x80\x99", "12345678", "\v"};
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
