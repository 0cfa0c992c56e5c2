// The CJK multi-byte decoders (text/charset_cjk.h) against the Encoding Standard's decoder steps.
// Byte sequences were computed with Python's codecs (cp932, euc_jp, iso2022_jp, gbk, gb18030, big5,
// cp949) and written out by hand; the expected text is the standard's answer where they differ.
#include <gtest/gtest.h>

#include <chrono>
#include <random>
#include <string>
#include <vector>

#include "fixtures.h"
#include "pith/read.h"
#include "text/charset.h"
#include "text/charset_cjk_index.h"
#include "text/charset_sniff.h"
#include "text/utf8.h"

using namespace pith;
using text::Encoding;

namespace {

std::string decode(std::string_view bytes, Encoding e, bool* replaced = nullptr) {
  return text::decode_bytes(bytes, e, replaced);
}

constexpr char kFffd[] = "\xEF\xBF\xBD";

}  // namespace

TEST(CharsetCjk, LabelsResolveAndDecode) {
  struct Case {
    const char* label;
    Encoding encoding;
  };
  for (Case c : {Case{"x-sjis", Encoding::ShiftJis}, Case{"ms932", Encoding::ShiftJis},
                 Case{"Windows-31J", Encoding::ShiftJis}, Case{"csshiftjis", Encoding::ShiftJis},
                 Case{"euc-jp", Encoding::EucJp}, Case{"x-euc-jp", Encoding::EucJp},
                 Case{"csiso2022jp", Encoding::Iso2022Jp}, Case{"gb2312", Encoding::Gbk},
                 Case{"x-gbk", Encoding::Gbk}, Case{"chinese", Encoding::Gbk},
                 Case{"GB18030", Encoding::Gb18030}, Case{"csbig5", Encoding::Big5},
                 Case{"big5-hkscs", Encoding::Big5}, Case{"ks_c_5601-1987", Encoding::EucKr},
                 Case{"windows-949", Encoding::EucKr}, Case{" korean ", Encoding::EucKr}}) {
    EXPECT_EQ(text::encoding_for_label(c.label), c.encoding) << c.label;
    EXPECT_TRUE(text::can_decode(c.encoding)) << c.label;
  }
  EXPECT_EQ(text::encoding_for_label("iso-2022-kr"), Encoding::Replacement);
  EXPECT_FALSE(text::can_decode(Encoding::Replacement));
}

TEST(CharsetCjk, IndexesUnpackWhole) {
  // The packed streams must unpack to every entry: euc-kr's 17,048 and gb18030's 23,940 (every
  // two-byte pointer) are the standard's counts; the others are what scripts/gen-cjk-tables.py
  // reports (jis0208 without Shift_JIS's user-defined pointers 8836-10715, which never reach it).
  auto count = [](text::CjkIndex index) {
    std::size_t n = 0;
    for (char32_t cp : text::unpack_cjk_index(index)) n += cp != 0;
    return n;
  };
  EXPECT_EQ(count(text::CjkIndex::Jis0208), 7724u);
  EXPECT_EQ(count(text::CjkIndex::Jis0212), 6067u);
  EXPECT_EQ(count(text::CjkIndex::Gb18030), 23940u);
  EXPECT_EQ(count(text::CjkIndex::Big5), 18500u);
  EXPECT_EQ(count(text::CjkIndex::EucKr), 17048u);
  // First and last entries of euc-kr (0x81 0x41 and 0xFD 0xFE): the stream's two ends line up.
  std::vector<char32_t> euc_kr = text::unpack_cjk_index(text::CjkIndex::EucKr);
  ASSERT_EQ(euc_kr.size(), 126u * 190u);
  EXPECT_EQ(euc_kr[0], 0xAC02u);
  EXPECT_EQ(euc_kr[(0xFD - 0x81) * 190 + 0xFE - 0x41], 0x8A70u);
  EXPECT_EQ(euc_kr.back(), 0u);  // the user-defined row 0xFE has no characters
  // The four-byte ranges: both ends of the BMP part, the gap after it, the supplementary planes.
  EXPECT_EQ(text::gb18030_ranges_code_point(0), 0x80u);
  EXPECT_EQ(text::gb18030_ranges_code_point(7457), 0xE7C7u);
  EXPECT_EQ(text::gb18030_ranges_code_point(39419), 0xFFFFu);
  EXPECT_EQ(text::gb18030_ranges_code_point(39420), 0u);
  EXPECT_EQ(text::gb18030_ranges_code_point(188999), 0u);
  EXPECT_EQ(text::gb18030_ranges_code_point(189000), 0x10000u);
  EXPECT_EQ(text::gb18030_ranges_code_point(1237575), 0x10FFFFu);
  EXPECT_EQ(text::gb18030_ranges_code_point(1237576), 0u);
}

TEST(CharsetCjk, ShiftJis) {
  EXPECT_EQ(decode("\x93\xFA\x96\x7B\x8C\xEA", Encoding::ShiftJis), "日本語");
  EXPECT_EQ(decode("<b>\x93\x8C\x8B\x9E</b>", Encoding::ShiftJis), "<b>東京</b>");
  // Single bytes: half-width katakana, 0x80 as itself; trail bytes below 0x80 ('\x5C' here).
  EXPECT_EQ(decode("\xB1\xDF\x80", Encoding::ShiftJis), "ｱﾟ\xC2\x80");
  EXPECT_EQ(decode("\x83\x5C", Encoding::ShiftJis), "ソ");
  // Windows' NEC row 13 and IBM extensions come from the same index; user-defined bytes are PUA.
  EXPECT_EQ(decode("\x87\x40\xFA\x40", Encoding::ShiftJis), "①ⅰ");
  EXPECT_EQ(decode("\xF0\x40\xF9\xFC", Encoding::ShiftJis), "\xEE\x80\x80\xEE\x9D\x97");  // U+E000, U+E757
}

TEST(CharsetCjk, ShiftJisErrorsKeepAsciiBytes) {
  bool replaced = false;
  EXPECT_EQ(decode("a\x93", Encoding::ShiftJis, &replaced), std::string("a") + kFffd);
  EXPECT_TRUE(replaced);
  // An invalid trail that is ASCII is read again: the markup after a broken character survives.
  EXPECT_EQ(decode("\x93<p>", Encoding::ShiftJis), std::string(kFffd) + "<p>");
  EXPECT_EQ(decode("\x85\x40x", Encoding::ShiftJis), std::string(kFffd) + "@x");  // unassigned pointer
  // A non-ASCII trail is swallowed with the lead; a byte no lead can be is one error of its own.
  EXPECT_EQ(decode("\x85\x80x", Encoding::ShiftJis), std::string(kFffd) + "x");
  EXPECT_EQ(decode("\xFD\xFE\xFFz", Encoding::ShiftJis), std::string(kFffd) + kFffd + kFffd + "z");
  decode("\x93\xFA", Encoding::ShiftJis, &replaced);
  EXPECT_FALSE(replaced);
}

TEST(CharsetCjk, EucJp) {
  EXPECT_EQ(decode("\xC6\xFC\xCB\xDC\xB8\xEC", Encoding::EucJp), "日本語");
  EXPECT_EQ(decode("\x8E\xB1", Encoding::EucJp), "ｱ");
  // Three bytes: JIS X 0212, whose 0x2237 is the full-width tilde, never ASCII '~'.
  EXPECT_EQ(decode("\x8F\xB0\xA1\x8F\xA2\xB7", Encoding::EucJp), "丂～");
  // EUC-JP shares Shift_JIS's index: Windows' row 13 decodes here too.
  EXPECT_EQ(decode("\xAD\xA1", Encoding::EucJp), "①");
  EXPECT_EQ(decode("\xC6", Encoding::EucJp), kFffd);
  EXPECT_EQ(decode("\x8F\xB0", Encoding::EucJp), kFffd);  // cut after two of three bytes: one error
  EXPECT_EQ(decode("\xC6<i>", Encoding::EucJp), std::string(kFffd) + "<i>");
  EXPECT_EQ(decode("\x8F<", Encoding::EucJp), std::string(kFffd) + "<");
  EXPECT_EQ(decode("\x8E\xE0x", Encoding::EucJp), std::string(kFffd) + "x");
}

TEST(CharsetCjk, Iso2022Jp) {
  EXPECT_EQ(decode("\x1B$BF|K\\8l\x1B(B", Encoding::Iso2022Jp), "日本語");
  EXPECT_EQ(decode("<p>\x1B$BEl5~\x1B(B</p>", Encoding::Iso2022Jp), "<p>東京</p>");
  // JIS X 0201 Roman swaps two ASCII signs; katakana is its own state.
  EXPECT_EQ(decode("\x1B(J\\~a\x1B(B\\", Encoding::Iso2022Jp), "¥‾a\\");
  EXPECT_EQ(decode("\x1B(I\x31\x5F\x1B(B", Encoding::Iso2022Jp), "ｱﾟ");
  // An unknown escape is one error and its bytes are read again; so is an escape straight after
  // another with nothing between; shift bytes and bytes above 0x7F are errors.
  EXPECT_EQ(decode("\x1B(Zx", Encoding::Iso2022Jp), std::string(kFffd) + "(Zx");
  EXPECT_EQ(decode("\x1B$B\x1B(Bx", Encoding::Iso2022Jp), std::string(kFffd) + "x");
  EXPECT_EQ(decode("a\x0E\x80" "b", Encoding::Iso2022Jp), std::string("a") + kFffd + kFffd + "b");
  // Cut off: inside a two-byte character, right after ESC, after "ESC $".
  EXPECT_EQ(decode("\x1B$BF", Encoding::Iso2022Jp), kFffd);
  EXPECT_EQ(decode("x\x1B", Encoding::Iso2022Jp), std::string("x") + kFffd);
  EXPECT_EQ(decode("x\x1B$", Encoding::Iso2022Jp), std::string("x") + kFffd + "$");
  // An escape in the middle of a character ends it with an error and still switches.
  EXPECT_EQ(decode("\x1B$BF\x1B(Bz", Encoding::Iso2022Jp), std::string(kFffd) + "z");
}

TEST(CharsetCjk, GbkAndGb18030) {
  for (Encoding e : {Encoding::Gbk, Encoding::Gb18030}) {
    EXPECT_EQ(decode("\xD6\xD0\xCE\xC4", e), "中文");
    EXPECT_EQ(decode("\x80", e), "€");  // Windows' code page 936 euro sign, in both
    EXPECT_EQ(decode("\xA8\xA6", e), "é");
    // Four bytes: the first pointer, a BMP range, the end of the BMP, and plane 1 onwards.
    EXPECT_EQ(decode("\x81\x30\x81\x30", e), "\xC2\x80");
    EXPECT_EQ(decode("\x81\x30\x84\x36", e), "¥");
    EXPECT_EQ(decode("\x84\x31\xA4\x39", e), "\xEF\xBF\xBF");
    EXPECT_EQ(decode("\x94\x39\xFC\x36", e), "😀");
    EXPECT_EQ(decode("\xE3\x32\x9A\x35", e), "\xF4\x8F\xBF\xBF");  // U+10FFFF
    // 0xA3 0xA0 is U+3000 for deployed content, so U+E5E5 never comes out; 0xA8 0xBC is U+1E3F and
    // the four bytes 0x81 0x35 0xF4 0x37 are U+E7C7 (GB18030-2005); 0xA6 0xD9 is U+FE10 (-2022).
    EXPECT_EQ(decode("\xA3\xA0", e), "\xE3\x80\x80");
    EXPECT_EQ(decode("\xA8\xBC\x81\x35\xF4\x37", e), "ḿ\xEE\x9F\x87");
    EXPECT_EQ(decode("\xA6\xD9", e), "︐");
  }
}

TEST(CharsetCjk, Gb18030Errors) {
  const Encoding e = Encoding::Gb18030;
  EXPECT_EQ(decode("\xD6", e), kFffd);
  EXPECT_EQ(decode("\x81\x30\x81", e), kFffd);  // cut inside four bytes: one error
  EXPECT_EQ(decode("\x81\x30", e), kFffd);
  EXPECT_EQ(decode("\xD6<a>", e), std::string(kFffd) + "<a>");
  EXPECT_EQ(decode("\xFF" "a", e), std::string(kFffd) + "a");
  // A broken four-byte sequence: the bytes after the first are read again, digits as digits.
  EXPECT_EQ(decode("\x81\x30<", e), std::string(kFffd) + "0<");
  EXPECT_EQ(decode("\x81\x30\xD6\xD0", e), std::string(kFffd) + "0中");
  EXPECT_EQ(decode("\x81\x30\x81<", e), std::string(kFffd) + "0" + kFffd + "<");
  // Pointers between the BMP and plane 1, and past U+10FFFF, have no code point.
  EXPECT_EQ(decode("\x84\x31\xA5\x30x", e), std::string(kFffd) + "x");
  EXPECT_EQ(decode("\xE3\x32\x9A\x36x", e), std::string(kFffd) + "x");
}

TEST(CharsetCjk, Big5) {
  EXPECT_EQ(decode("\xA4\xA4\xA4\xE5", Encoding::Big5), "中文");
  EXPECT_EQ(decode("\xA3\xE1", Encoding::Big5), "€");
  // Where the standard's index is none of the sources' first choice: the control pictures of
  // Big5-2003, and HKSCS-2008's half-width black square (Windows' code page 950 has U+2593).
  EXPECT_EQ(decode("\xA3\xC0\xA3\xE0\xF9\xFE", Encoding::Big5), "\xE2\x90\x80\xE2\x90\xA1\xEF\xBF\xAD");
  // HKSCS: a BMP ideograph, one in plane 2, and a pair the standard decodes to two code points.
  EXPECT_EQ(decode("\x87\x40\x87\x45", Encoding::Big5), "䏰𧉧");
  EXPECT_EQ(decode("\x88\x62\x88\xA5", Encoding::Big5), "Ê\xCC\x84" "ê\xCC\x8C");
  // Characters HKSCS-2008 added (Python's big5hkscs is HKSCS-2004 and lacks them).
  EXPECT_EQ(decode("\x87\x7A\x87\xA1", Encoding::Big5), "㡵𥣞");
  EXPECT_EQ(decode("\xA4", Encoding::Big5), kFffd);
  EXPECT_EQ(decode("\xA4<", Encoding::Big5), std::string(kFffd) + "<");
  EXPECT_EQ(decode("\x80\xA4\x80" "a", Encoding::Big5), std::string(kFffd) + kFffd + "a");
}

TEST(CharsetCjk, EucKr) {
  EXPECT_EQ(decode("\xC7\xD1\xB1\xB9\xBE\xEE", Encoding::EucKr), "한국어");
  // Unified Hangul Code: the syllables KS X 1001 lacks, with trail bytes below 0xA1.
  EXPECT_EQ(decode("\x81\x41\xC6\x52", Encoding::EucKr), "갂힣");
  EXPECT_EQ(decode("\xC7", Encoding::EucKr), kFffd);
  EXPECT_EQ(decode("\xC7<b>", Encoding::EucKr), std::string(kFffd) + "<b>");
  EXPECT_EQ(decode("\xC9\xA1x", Encoding::EucKr), std::string(kFffd) + "x");  // user-defined area
  EXPECT_EQ(decode("\x80\xFF", Encoding::EucKr), std::string(kFffd) + kFffd);
}

TEST(CharsetCjk, ShiftJisPageReadsEndToEnd) {
  std::string page =
      "<html><head><meta charset=shift_jis><title>\x93\x8C\x8B\x9E\x82\xCC\x93\x56\x8B\x43</title></head>"
      "<body><article><h1>\x93\x8C\x8B\x9E\x82\xCC\x93\x56\x8B\x43</h1><p>\x8D\xA1\x93\xFA\x82\xCD\x90\xB0"
      "\x82\xEA\x82\xC5\x82\xB7\x81\x42\x96\xBE\x93\xFA\x82\xCD\x89\x4A\x82\xAA\x8D\x7E\x82\xE9\x82\xC5"
      "\x82\xB5\x82\xE5\x82\xA4\x81\x42 Tokyo forecast, 2026.</p></article></body></html>";
  Document doc = read(page);
  EXPECT_EQ(doc.format, Format::Html);
  EXPECT_EQ(doc.title, "東京の天気");
  std::string text = pith::testing::joined_blocks(doc);
  EXPECT_NE(text.find("今日は晴れです。明日は雨が降るでしょう。 Tokyo forecast, 2026."), std::string::npos)
      << text;
  // The same note as for any legacy page, and no "does not decode" fallback.
  ASSERT_EQ(doc.warnings.size(), 1u);
  EXPECT_EQ(doc.warnings[0], "decoded as Shift_JIS (from <meta charset>)");
}

TEST(CharsetCjk, HttpLabelAndBrokenBytesAreReported) {
  std::string page =
      "<html><head><title>\xBC\xAD\xBF\xEF \xB3\xAF\xBE\xBE</title></head><body><p>\xBF\xC0\xB4\xC3\xC0\xBA "
      "\xB8\xBC\xB0\xED \xB3\xBB\xC0\xCF\xC0\xBA \xBA\xF1\xB0\xA1 \xBF\xC0\xB0\xDA\xBD\xC0\xB4\xCF\xB4\xD9. "
      "Cut: \xC7</p></body></html>";
  ReadOptions options;
  options.encoding = "ks_c_5601-1987";
  Document doc = read(page, options);
  EXPECT_EQ(doc.title, "서울 날씨");
  std::string text = pith::testing::joined_blocks(doc);
  EXPECT_NE(text.find("오늘은 맑고 내일은 비가 오겠습니다. Cut: \xEF\xBF\xBD"), std::string::npos) << text;
  ASSERT_EQ(doc.warnings.size(), 2u);
  EXPECT_EQ(doc.warnings[0], "decoded as EUC-KR (as the caller declared)");
  EXPECT_EQ(doc.warnings[1], "bytes invalid in EUC-KR replaced with U+FFFD");
}

TEST(CharsetCjk, RandomBytesInBoundedTime) {
  // 20 MB of random bytes, with extra ESC, digits and lead bytes so every state and every way a
  // sequence can break is hit often. Each decoder must finish, in linear time, with valid UTF-8.
  std::mt19937 rng(20261130);
  std::string bytes(20u << 20, '\0');
  const char kSpicy[] = {'\x1B', '$', '(', 'B', '0', '5', '\x81', '\x8F', '\x8E', '\xA4'};
  for (char& c : bytes) {
    unsigned r = rng();
    c = (r & 7) == 0 ? kSpicy[(r >> 3) % sizeof kSpicy] : static_cast<char>(r >> 8);
  }
  for (Encoding e : {Encoding::ShiftJis, Encoding::EucJp, Encoding::Iso2022Jp, Encoding::Gbk,
                     Encoding::Gb18030, Encoding::Big5, Encoding::EucKr}) {
    auto t0 = std::chrono::steady_clock::now();
    bool replaced = false;
    std::string out = decode(bytes, e, &replaced);
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    EXPECT_TRUE(replaced) << text::encoding_name(e);
    EXPECT_EQ(text::find_invalid_utf8(out, 0), out.size()) << text::encoding_name(e);
    EXPECT_GT(out.size(), bytes.size() / 2) << text::encoding_name(e);
    EXPECT_LT(seconds, 10.0) << text::encoding_name(e);  // a hang guard, not a speed target
  }
}
