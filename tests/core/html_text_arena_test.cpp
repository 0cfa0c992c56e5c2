// The tree's string arena: views stay good as it grows, pieces join in place, moves hand over.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "html/text_arena.h"

using pith::html::TextArena;

TEST(TextArena, ViewsStayGoodAsChunksAreAdded) {
  TextArena arena;
  std::vector<std::string_view> views;
  for (int i = 0; i < 5000; ++i) views.push_back(arena.copy("piece " + std::to_string(i)));
  for (int i = 0; i < 5000; ++i) EXPECT_EQ(views[static_cast<std::size_t>(i)], "piece " + std::to_string(i));
}

TEST(TextArena, TheLatestStringGrowsInPlace) {
  TextArena arena;
  std::string_view s = arena.copy("ab");
  const char* at = s.data();
  s = arena.concat(s, "cd");
  EXPECT_EQ(s, "abcd");
  EXPECT_EQ(s.data(), at);  // not copied
  std::string_view other = arena.copy("x");
  std::string_view joined = arena.concat(s, "ef");  // no longer the latest: copied
  EXPECT_EQ(joined, "abcdef");
  EXPECT_NE(joined.data(), at);
  EXPECT_EQ(s, "abcd");
  EXPECT_EQ(other, "x");
}

TEST(TextArena, AMovedFromArenaNoLongerWritesIntoTheNewOwner) {
  TextArena a;
  std::string_view s = a.copy("ab");
  TextArena b = std::move(a);
  std::string_view z = a.copy("zzz");  // NOLINT(bugprone-use-after-move): a moved-from arena is empty, usable
  s = b.concat(s, "cdef");  // in place, in the chunk b now owns
  EXPECT_EQ(s, "abcdef");
  EXPECT_EQ(z, "zzz");
}
