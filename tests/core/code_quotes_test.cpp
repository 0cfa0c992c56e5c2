// Finding inline code's quote marks in a block's normalised text.
#include <gtest/gtest.h>

#include <string>

#include "extract/code_quotes.h"
#include "text/normalize.h"

using namespace pith;

namespace {

std::vector<std::string> marked(const std::string& raw, const std::vector<text::ByteRange>& code) {
  std::string text = text::normalize_spaces(raw);
  std::vector<std::string> out;
  for (const text::ByteRange& r : extract::code_quote_marks(raw, code, text)) out.push_back(text.substr(r.from, r.to - r.from));
  return out;
}

}  // namespace

TEST(CodeQuotes, MarksAreFoundWhereNormalisingMovedThem) {
  // Spaces collapsed, a no-break space and a zero-width space dropped before the code: offsets
  // shift, the marks' order does not. The prose's own marks, before and between, are not code's.
  std::string raw = "  It's   \xC2\xA0 said\xE2\x80\x8B \"x\"  \n run  [-e \"a b\"]  or 'q'  [y]";
  std::size_t first = raw.find("[-e");
  std::size_t second = raw.find("[y]");
  EXPECT_EQ(marked(raw, {{first, first + 10}, {second, second + 3}}), (std::vector<std::string>{"\"a b\""}));
  std::size_t q = raw.find("'q'");
  EXPECT_EQ(marked(raw, {{first, first + 10}, {q, q + 3}}), (std::vector<std::string>{"\"a b\"", "'q'"}));
}

TEST(CodeQuotes, TypographicMarksCountToo) {
  // \u201Cx\u201D before the code and \u2018y\u2019 inside it: both kinds are marks apply_quotes turns.
  std::string raw = "\xE2\x80\x9Cx\xE2\x80\x9D and  \xE2\x80\x98y\xE2\x80\x99 \xE2\x80\x94 'z'";
  std::size_t from = raw.find("\xE2\x80\x98");
  EXPECT_EQ(marked(raw, {{from, from + 7}}), (std::vector<std::string>{"\xE2\x80\x98y\xE2\x80\x99"}));
}

TEST(CodeQuotes, CodeWithoutMarksOrOutOfOrderGivesNothing) {
  EXPECT_TRUE(marked("a `b` c \"d\"", {{2, 5}}).empty());
  EXPECT_TRUE(marked("'a' 'b'", {{4, 7}, {0, 3}}).size() == 1);  // the second stretch is out of order
  EXPECT_TRUE(marked("'a'", {{0, 9}}).empty());                   // past the text
}
