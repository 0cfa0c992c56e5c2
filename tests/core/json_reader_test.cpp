// The JSON reader: values, strict syntax, \u escapes to UTF-8, errors as values, bounded nesting.
#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "json/json_reader.h"
#include "json/json_writer.h"

using pith::json::read_json;
using pith::json::ReadResult;
using pith::json::Value;

namespace {

std::string read_string(const std::string& json) {
  ReadResult r = read_json(json);
  EXPECT_TRUE(r.ok) << json << ": " << r.error;
  EXPECT_TRUE(r.value.is_string()) << json;
  return r.value.string;
}

}  // namespace

TEST(JsonReader, Scalars) {
  EXPECT_TRUE(read_json("null").value.is_null());
  EXPECT_TRUE(read_json(" true ").value.boolean);
  EXPECT_FALSE(read_json("false").value.boolean);
  EXPECT_TRUE(read_json("false").value.is_bool());
  EXPECT_DOUBLE_EQ(read_json("-12.5e2").value.number(), -1250.0);
  EXPECT_DOUBLE_EQ(read_json("0").value.number(), 0.0);
  EXPECT_DOUBLE_EQ(read_json("1E-2").value.number(), 0.01);
  EXPECT_DOUBLE_EQ(read_json("\t\r\n 7 \n").value.number(), 7.0);
  EXPECT_EQ(read_string("\"plain\""), "plain");
}

// A number keeps its spelling and is converted only when asked for.
TEST(JsonReader, NumbersKeepTheirSpelling) {
  ReadResult r = read_json("[1.50e+3, \"2\"]");
  ASSERT_TRUE(r.ok) << r.error;
  EXPECT_EQ(r.value.items[0].string, "1.50e+3");
  EXPECT_DOUBLE_EQ(r.value.items[0].number(), 1500.0);
  EXPECT_DOUBLE_EQ(r.value.items[1].number(), 0.0);  // a string is not a number
}

TEST(JsonReader, ArraysAndObjectsKeepDocumentOrder) {
  ReadResult r = read_json(R"({"b": [1, "two", {"c": null}], "a": {}, "b": [], "z": []})");
  ASSERT_TRUE(r.ok) << r.error;
  const Value& v = r.value;
  ASSERT_TRUE(v.is_object());
  ASSERT_EQ(v.members.size(), 4u);
  EXPECT_EQ(v.members[0].key, "b");
  EXPECT_EQ(v.members[1].key, "a");
  const Value* b = v.find("b");  // the first of the repeated keys
  ASSERT_NE(b, nullptr);
  ASSERT_EQ(b->items.size(), 3u);
  EXPECT_DOUBLE_EQ(b->items[0].number(), 1.0);
  EXPECT_EQ(b->items[1].string, "two");
  ASSERT_NE(b->items[2].find("c"), nullptr);
  EXPECT_TRUE(b->items[2].find("c")->is_null());
  EXPECT_TRUE(v.find("a")->is_object());
  EXPECT_EQ(v.find("missing"), nullptr);
  EXPECT_EQ(b->find("anything"), nullptr);  // not an object
  EXPECT_TRUE(read_json("[]").value.items.empty());
  EXPECT_TRUE(read_json("[[[]]]").ok);
}

TEST(JsonReader, StringEscapes) {
  EXPECT_EQ(read_string(R"("a\"b\\c\/d\be\ff\ng\rh\ti")"), "a\"b\\c/d\be\ff\ng\rh\ti");
  EXPECT_EQ(read_string(R"("\u0041\u00e9\u20AC")"), "A\xC3\xA9\xE2\x82\xAC");
  EXPECT_EQ(read_string(R"("\u0000")"), std::string(1, '\0'));
  EXPECT_EQ(read_string(R"("\ud83d\ude00")"), "\xF0\x9F\x98\x80");  // a surrogate pair
  EXPECT_EQ(read_string("\"caf\xC3\xA9 \xE2\x80\x94\""), "caf\xC3\xA9 \xE2\x80\x94");  // raw UTF-8
}

TEST(JsonReader, LoneSurrogatesBecomeReplacementCharacters) {
  const std::string fffd = "\xEF\xBF\xBD";
  EXPECT_EQ(read_string(R"("\ud800")"), fffd);
  EXPECT_EQ(read_string(R"("\udc00")"), fffd);
  EXPECT_EQ(read_string(R"("\ud800x")"), fffd + "x");
  EXPECT_EQ(read_string(R"("\ud800\u0041")"), fffd + "A");
  EXPECT_EQ(read_string(R"("\udc00\ud800")"), fffd + fffd);
  EXPECT_EQ(read_string(R"("\ud800\ud83d\ude00")"), fffd + "\xF0\x9F\x98\x80");
}

TEST(JsonReader, SyntaxErrorsAreValuesWithAnOffset) {
  struct Case {
    const char* json;
    std::size_t offset;
  };
  const Case cases[] = {
      {"", 0},         {"   ", 3},        {"[1,]", 3},     {"[1 2]", 3},   {"{\"a\" 1}", 5},
      {"{a:1}", 1},    {"{\"a\":1,}", 7}, {"\"open", 5},   {"tru", 0},     {"nul", 0},
      {"01", 1},       {"1.", 2},         {".5", 0},       {"+1", 0},      {"-", 1},
      {"1e", 2},       {"[1]x", 3},       {"\"a\nb\"", 2}, {"\"\\x\"", 2}, {"\"\\u12G4\"", 3},
      {"{\"a\":}", 5}, {"[", 1},          {"{", 1},        {"]", 0},
  };
  for (const Case& c : cases) {
    ReadResult r = read_json(c.json);
    EXPECT_FALSE(r.ok) << c.json;
    EXPECT_FALSE(r.error.empty()) << c.json;
    EXPECT_EQ(r.offset, c.offset) << c.json << ": " << r.error;
    EXPECT_TRUE(r.value.is_null()) << c.json;
  }
}

TEST(JsonReader, NestingDepthIsLimited) {
  std::string ok(512, '[');
  ok += std::string(512, ']');
  EXPECT_TRUE(read_json(ok).ok);
  std::string deep(513, '[');
  deep += std::string(513, ']');
  ReadResult r = read_json(deep);
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.error, "nesting too deep");
  EXPECT_EQ(r.offset, 512u);
  // A million open brackets: refused at the limit, no stack overflow, no time wasted.
  std::string hostile(1000000, '[');
  EXPECT_FALSE(read_json(hostile).ok);
  std::string objects;
  for (int i = 0; i < 100000; ++i) objects += "{\"a\":";
  EXPECT_FALSE(read_json(objects).ok);
  EXPECT_TRUE(read_json("[[[1]]]", 3).ok);
  EXPECT_FALSE(read_json("[[[1]]]", 2).ok);
}

TEST(JsonReader, LargeInputsStayLinear) {
  auto t0 = std::chrono::steady_clock::now();
  std::string big = "[";
  for (int i = 0; i < 500000; ++i) big += "{\"k\":\"v\\u00e9\",\"n\":[1,2.5,true,null]},";
  big += "0]";
  ReadResult r = read_json(big);
  ASSERT_TRUE(r.ok) << r.error;
  EXPECT_EQ(r.value.items.size(), 500001u);
  std::string long_string = "\"" + std::string(10u << 20, 'x') + "\"";
  EXPECT_EQ(read_json(long_string).value.string.size(), 10u << 20);
  std::string escapes = "\"";
  for (int i = 0; i < 1000000; ++i) escapes += "\\ud800";
  EXPECT_EQ(read_json(escapes + "\"").value.string.size(), 3000000u);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  EXPECT_LT(secs, 20.0);  // a hang guard, not a speed target
}

TEST(JsonReader, OverlongNumbersAreRefused) {
  EXPECT_TRUE(read_json(std::string(1024, '1')).ok);
  ReadResult r = read_json("[" + std::string(10u << 20, '7') + "]");
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.error, "number too long");
  EXPECT_EQ(r.offset, 1u);
}

TEST(JsonWriter, EscapedStringsReadBackExactly) {
  // append_escaped copies runs between escapes whole; every control byte, quote and backslash,
  // at the start, middle and end of a string, with UTF-8 around them, reads back unchanged.
  std::string all;
  for (int c = 0; c < 0x20; ++c) all += std::string("a") + static_cast<char>(c) + "\xC3\xA9";
  for (const std::string& s : {all, std::string("\"quoted\" \\ path\\"), std::string("plain text"), std::string(),
                               std::string("\n"), std::string("tail\x1f")}) {
    std::string json;
    pith::json::append_escaped(json, s);
    for (char c : json) EXPECT_GE(static_cast<unsigned char>(c), 0x20) << "raw control byte in " << json;
    EXPECT_EQ(read_string(json), s);
  }
  std::string json;
  pith::json::append_escaped(json, std::string("x\x01y", 3));
  EXPECT_EQ(json, "\"x\\u0001y\"");
}

TEST(JsonWriter, EscapesAtEveryOffsetOfALongString) {
  // Clean text is skipped eight bytes a step: an escape at any offset of a word, or in the short
  // tail after the last whole word, is still found, and bytes >= 0x80 (UTF-8) pass as they are.
  for (char special : {'"', '\\', '\x01', '\x1f', '\n'}) {
    for (std::size_t at = 0; at < 27; ++at) {
      std::string s = std::string(at, 'x') + special + "\xC3\xA9\x7F tail of some length";
      std::string json;
      pith::json::append_escaped(json, s);
      for (char c : json) EXPECT_GE(static_cast<unsigned char>(c), 0x20) << "raw control byte at " << at;
      EXPECT_EQ(read_string(json), s) << "escape at " << at;
    }
  }
}

TEST(JsonWriter, AsciiModeEscapesEveryCharacterPastAscii) {
  // The WebAssembly package asks for ASCII-only JSON: each character past ASCII becomes a \u
  // escape (a surrogate pair past U+FFFF) at any offset, and the text reads back unchanged.
  const std::string chars[] = {"\xC3\xA9", "\xE2\x80\x9C", "\xE4\xB8\xAD", "\xF0\x9F\x98\x80"};
  for (const std::string& c : chars) {
    for (std::size_t at = 0; at < 19; ++at) {
      std::string s = std::string(at, 'x') + c + "\"q\" " + c + c + " tail\n";
      std::string json;
      pith::json::append_escaped(json, s, true);
      for (char b : json) {
        ASSERT_TRUE(static_cast<unsigned char>(b) >= 0x20 && static_cast<unsigned char>(b) < 0x80) << json;
      }
      EXPECT_EQ(read_string(json), s) << "at " << at;
    }
  }
  std::string json;
  pith::json::append_escaped(json, "\xC3\xA9\xF0\x9F\x98\x80", true);
  EXPECT_EQ(json, "\"\\u00e9\\ud83d\\ude00\"");
}

TEST(JsonWriter, AsciiModeWritesBrokenBytesAsReplacementCharacters) {
  // Document text is valid UTF-8, but a byte that is not (a stray continuation, a truncated or
  // overlong sequence, an encoded surrogate) must not pass as a wrong character: each bad lead is
  // one U+FFFD, and the ASCII after it is kept.
  struct Case {
    std::string in, out;
  };
  const Case cases[] = {
      {"a\x80" "b", "a\xEF\xBF\xBD" "b"},
      {"a\xE2\x80", "a\xEF\xBF\xBD\xEF\xBF\xBD"},
      {"\xC0\xAFz", "\xEF\xBF\xBD\xEF\xBF\xBDz"},
      {"\xED\xA0\x80.", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD."},
  };
  for (const Case& c : cases) {
    std::string json;
    pith::json::append_escaped(json, c.in, true);
    EXPECT_EQ(read_string(json), c.out) << json;
  }
}
