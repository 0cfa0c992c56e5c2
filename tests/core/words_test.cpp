// count_tokens counts eight bytes at a time; it must say what tokens() would return, at every limit.
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "extract/words.h"

namespace {

TEST(CountTokens, AgreesWithTokens) {
  static const char* pieces[] = {"a", "word", " ", "  ", "Longer,", "\xC3\xA9t\xC3\xA9", "12345678"};
  std::mt19937 rng(20261130);
  std::uniform_int_distribution<std::size_t> pick(0, sizeof(pieces) / sizeof(pieces[0]) - 1);
  for (int round = 0; round < 2000; ++round) {
    std::string s;
    std::size_t size = static_cast<std::size_t>(round) % 90;
    while (s.size() < size) s += pieces[pick(rng)];
    for (std::size_t limit : {std::size_t{1}, std::size_t{3}, std::size_t{13}, std::size_t{31}, static_cast<std::size_t>(-1)}) {
      ASSERT_EQ(pith::extract::count_tokens(s, limit), pith::extract::tokens(s, limit).size())
          << "round " << round << " limit " << limit;
    }
  }
}

}  // namespace
