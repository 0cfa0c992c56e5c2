// Decoding HTML bytes as browsers do: labels, single-byte tables, UTF-16, the <meta> prescan and
// the order BOM > caller's label > <meta> > detection. Byte strings are written out by hand.
#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "fixtures.h"
#include "text/charset.h"
#include "text/charset_sniff.h"

using namespace pith;
using text::Encoding;
using text::EncodingSource;

namespace {

std::string decode(std::string_view bytes, Encoding e, bool* replaced = nullptr) {
  return text::decode_bytes(bytes, e, replaced);
}

std::optional<Encoding> prescan(std::string_view bytes) { return text::prescan_meta_encoding(bytes); }

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

}  // namespace

TEST(Charset, SingleByteFamilies) {
  struct Case {
    Encoding encoding;
    std::string bytes;
    std::string utf8;
  } cases[] = {
      {Encoding::Windows1251, "\xCF\xF0\xE8\xE2\xE5\xF2", "Привет"},
      {Encoding::Koi8R, "\xF0\xD2\xC9\xD7\xC5\xD4", "Привет"},
      {Encoding::Iso8859_5, "\xBF\xE0\xD8\xD2\xD5\xE2", "Привет"},
      {Encoding::Ibm866, "\x8F\xE0\xA8\xA2\xA5\xE2", "Привет"},
      {Encoding::XMacCyrillic, "\x8F\xF0\xE8\xE2\xE5\xF2", "Привет"},
      {Encoding::Koi8U, "\xBD\xC1\xCE\xCF\xCB \xA6", "Ґанок і"},
      {Encoding::Windows1252, "Gr\xFC\xDF" "e", "Grüße"},
      {Encoding::Iso8859_2, "Za\xBF\xF3\xB3\xE6", "Zażółć"},
      {Encoding::Windows1250, "Za\xBF\xF3\xB3\xE6", "Zażółć"},
      {Encoding::Iso8859_7, "\xCA\xE1\xEB\xE7\xEC\xDD\xF1\xE1", "Καλημέρα"},
      {Encoding::Windows1253, "\xCA\xE1\xEB\xE7\xEC\xDD\xF1\xE1", "Καλημέρα"},
      {Encoding::Iso8859_8, "\xF9\xEC\xE5\xED", "שלום"},
      {Encoding::Iso8859_8I, "\xF9\xEC\xE5\xED", "שלום"},
      {Encoding::Windows1255, "\xF9\xEC\xE5\xED", "שלום"},
      {Encoding::Windows874, "\xCA\xC7\xD1\xCA\xB4\xD5", "สวัสดี"},
      {Encoding::Windows1254, "\xDDstanbul", "İstanbul"},
      {Encoding::Macintosh, "caf\x8E", "café"},
      {Encoding::Windows1256, "\xE3\xD1\xCD\xC8\xC7", "مرحبا"},
      {Encoding::Iso8859_6, "\xE5\xD1\xCD\xC8\xC7", "مرحبا"},
      {Encoding::Windows1257, "\xC0\xFEuolas", "Ąžuolas"},
      {Encoding::Iso8859_13, "\xC0\xFEuolas", "Ąžuolas"},
      {Encoding::Windows1258, "\xF0\xCCng", "đ\xCC\x80ng"},  // 0xCC is the combining grave
      {Encoding::Iso8859_15, "5 \xA4", "5 €"},
      {Encoding::Iso8859_16, "\xAAtefan", "Ștefan"},
      {Encoding::Iso8859_3, "\xA1" "al", "Ħal"},
      {Encoding::Iso8859_4, "\xC0\xA3", "ĀŖ"},
      {Encoding::Iso8859_10, "\xAF", "Ŋ"},
      {Encoding::Iso8859_14, "\xD0", "Ŵ"},
  };
  for (const Case& c : cases) {
    bool replaced = true;
    EXPECT_EQ(decode(c.bytes, c.encoding, &replaced), c.utf8) << text::encoding_name(c.encoding);
    EXPECT_FALSE(replaced) << text::encoding_name(c.encoding);
  }
}

// Where the WHATWG tables differ from the Unicode mapping files Python's codecs follow.
TEST(Charset, WhatwgTablesNotPythons) {
  EXPECT_EQ(decode("\x80\x81\x8D\x8F\x90\x9D", Encoding::Windows1252),
            "€\xC2\x81\xC2\x8D\xC2\x8F\xC2\x90\xC2\x9D");  // C1 controls, not errors
  EXPECT_EQ(decode("\x98", Encoding::Windows1251), "\xC2\x98");
  EXPECT_EQ(decode("\xCA", Encoding::Windows1255), "\xD6\xBA");  // U+05BA
  EXPECT_EQ(decode("\xAE\xBE", Encoding::Koi8U), "ўЎ");
  EXPECT_EQ(decode("\xA2\xB6\xFF", Encoding::XMacCyrillic), "Ґґ€");
  EXPECT_EQ(decode("\xDB", Encoding::Macintosh), "€");
  bool replaced = false;
  EXPECT_EQ(decode("a\xAA" "b", Encoding::Windows1253, &replaced), "a\xEF\xBF\xBD" "b");  // undefined byte
  EXPECT_TRUE(replaced);
  EXPECT_EQ(decode("\x80\xFF", Encoding::XUserDefined), "\xEF\x9E\x80\xEF\x9F\xBF");  // U+F780, U+F7FF
}

TEST(Charset, Labels) {
  EXPECT_EQ(text::encoding_for_label("latin1"), Encoding::Windows1252);
  EXPECT_EQ(text::encoding_for_label("ISO-8859-1"), Encoding::Windows1252);
  EXPECT_EQ(text::encoding_for_label("us-ascii"), Encoding::Windows1252);
  EXPECT_EQ(text::encoding_for_label("  UTF8 "), Encoding::Utf8);
  EXPECT_EQ(text::encoding_for_label("\t\nkoi8-r\f\r"), Encoding::Koi8R);
  EXPECT_EQ(text::encoding_for_label("x-cp1251"), Encoding::Windows1251);
  EXPECT_EQ(text::encoding_for_label("Windows-1251"), Encoding::Windows1251);
  EXPECT_EQ(text::encoding_for_label("iso-8859-9"), Encoding::Windows1254);
  EXPECT_EQ(text::encoding_for_label("tis-620"), Encoding::Windows874);
  EXPECT_EQ(text::encoding_for_label("koi8-ru"), Encoding::Koi8U);
  EXPECT_EQ(text::encoding_for_label("logical"), Encoding::Iso8859_8I);
  EXPECT_EQ(text::encoding_for_label("utf-16"), Encoding::Utf16Le);
  EXPECT_EQ(text::encoding_for_label("unicodeFFFE"), Encoding::Utf16Be);
  EXPECT_EQ(text::encoding_for_label("sjis"), Encoding::ShiftJis);
  EXPECT_EQ(text::encoding_for_label("iso-2022-kr"), Encoding::Replacement);
  for (std::string_view bad : {"", "   ", "utf-7", "utf 8", "latin-1", "replacement", "utf-8;",
                               "cseucpkdfmtjapanese-and-then-some"}) {
    EXPECT_EQ(text::encoding_for_label(bad), std::nullopt) << bad;
  }
  EXPECT_TRUE(text::can_decode(Encoding::ShiftJis));
  EXPECT_FALSE(text::can_decode(Encoding::Replacement));
  EXPECT_TRUE(text::can_decode(Encoding::XMacCyrillic));
  // Every canonical name is one of its own labels, except "replacement", which deliberately is not.
  for (int i = 0; i <= static_cast<int>(Encoding::Replacement); ++i) {
    auto e = static_cast<Encoding>(i);
    if (e == Encoding::Replacement) continue;
    EXPECT_EQ(text::encoding_for_label(text::encoding_name(e)), e) << text::encoding_name(e);
  }
}

TEST(Charset, Utf16) {
  EXPECT_EQ(decode(std::string("H\0i\0", 4), Encoding::Utf16Le), "Hi");
  EXPECT_EQ(decode(std::string("\0H\0i", 4), Encoding::Utf16Be), "Hi");
  EXPECT_EQ(decode("\x1F\x04\x40\x04", Encoding::Utf16Le), "Пр");
  // U+1F600 as a surrogate pair.
  EXPECT_EQ(decode(std::string("\x3D\xD8\x00\xDE", 4), Encoding::Utf16Le), "\xF0\x9F\x98\x80");
  bool replaced = false;
  // A lead surrogate before a non-trail: U+FFFD, and the 'A' is still read.
  EXPECT_EQ(decode(std::string("\x3D\xD8" "A\0", 4), Encoding::Utf16Le, &replaced), "\xEF\xBF\xBD" "A");
  EXPECT_TRUE(replaced);
  EXPECT_EQ(decode(std::string("\x00\xDE", 2), Encoding::Utf16Le), "\xEF\xBF\xBD");  // lone trail
  EXPECT_EQ(decode(std::string("A\0B", 3), Encoding::Utf16Le), "A\xEF\xBF\xBD");  // odd byte
  EXPECT_EQ(decode("\x3D\xD8", Encoding::Utf16Le), "\xEF\xBF\xBD");  // lead at the end
}

TEST(Charset, PrescanMetaCharset) {
  EXPECT_EQ(prescan("<meta charset=windows-1251>"), Encoding::Windows1251);
  EXPECT_EQ(prescan("<meta charset=\"koi8-r\">"), Encoding::Koi8R);
  EXPECT_EQ(prescan("<meta charset='iso-8859-5'/>"), Encoding::Iso8859_5);
  EXPECT_EQ(prescan("<!doctype html><HTML><HEAD><META CHARSET=WINDOWS-1251>"), Encoding::Windows1251);
  EXPECT_EQ(prescan("<meta\ncharset = \" latin2 \">"), Encoding::Iso8859_2);
  EXPECT_EQ(prescan("<meta/charset=koi8-r>"), Encoding::Koi8R);
  EXPECT_EQ(prescan("<meta name=x charset=koi8-r charset=windows-1251>"), Encoding::Koi8R);  // first wins
  EXPECT_EQ(prescan("<meta charset=bogus><meta charset=koi8-r>"), Encoding::Koi8R);  // keeps looking
  EXPECT_EQ(prescan("<meta charset=\"UTF-16\">"), Encoding::Utf8);
  EXPECT_EQ(prescan("<meta charset=utf-16be>"), Encoding::Utf8);
  EXPECT_EQ(prescan("<meta charset=x-user-defined>"), Encoding::Windows1252);
  EXPECT_EQ(prescan("<meta charset=shift_jis>"), Encoding::ShiftJis);  // declared, even if undecodable
  EXPECT_EQ(prescan("<metacharset=koi8-r>"), std::nullopt);
  EXPECT_EQ(prescan("<meta charset=koi8-r"), std::nullopt);  // cut off: no declaration
  EXPECT_EQ(prescan(""), std::nullopt);
}

TEST(Charset, PrescanHttpEquiv) {
  const char* before = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">";
  const char* after = "<meta content=\"text/html; charset=windows-1251\" http-equiv=\"content-type\">";
  EXPECT_EQ(prescan(before), Encoding::Windows1251);
  EXPECT_EQ(prescan(after), Encoding::Windows1251);
  EXPECT_EQ(prescan("<meta http-equiv=content-type content='text/html;charset=\"koi8-r\"'>"),
            Encoding::Koi8R);
  EXPECT_EQ(prescan("<meta http-equiv=content-type content=\"text/html; CHARSET = koi8-r; x=y\">"),
            Encoding::Koi8R);
  // content without the pragma, or a pragma that is not content-type, declares nothing.
  EXPECT_EQ(prescan("<meta content=\"text/html; charset=windows-1251\">"), std::nullopt);
  EXPECT_EQ(prescan("<meta http-equiv=refresh content=\"text/html; charset=windows-1251\">"), std::nullopt);
  EXPECT_EQ(prescan("<meta http-equiv=content-type content=\"text/html; charset='koi8-r\">"), std::nullopt);
  // A charset attribute beats content, whichever comes first.
  EXPECT_EQ(prescan("<meta http-equiv=content-type content=\"charset=koi8-r\" charset=windows-1251>"),
            Encoding::Windows1251);
}

TEST(Charset, PrescanSkipsCommentsAndOtherMarkup) {
  EXPECT_EQ(prescan("<!-- <meta charset=windows-1251> --><p>x"), std::nullopt);
  EXPECT_EQ(prescan("<!-- <meta charset=windows-1251> --><meta charset=koi8-r>"), Encoding::Koi8R);
  EXPECT_EQ(prescan("<!--><meta charset=koi8-r>"), Encoding::Koi8R);  // "<!-->" is a whole comment
  EXPECT_EQ(prescan("<!-- never closed <meta charset=koi8-r>"), std::nullopt);
  EXPECT_EQ(prescan("<div title=\"<meta charset=koi8-r>\"></div>"), std::nullopt);  // inside a value
  EXPECT_EQ(prescan("</meta charset=koi8-r>"), std::nullopt);
  EXPECT_EQ(prescan("<?xml version=\"1.0\"?><!DOCTYPE html><meta charset=koi8-r>"), Encoding::Koi8R);
  EXPECT_EQ(prescan("<! <meta charset=koi8-r> >"), std::nullopt);
  EXPECT_EQ(prescan(std::string("<\0?\0x\0m\0l\0", 10)), Encoding::Utf16Le);
}

TEST(Charset, PrescanStopsAt1024Bytes) {
  std::string meta = "<meta charset=koi8-r>";
  std::string fits = std::string(1024 - meta.size(), ' ') + meta;
  EXPECT_EQ(prescan(fits), Encoding::Koi8R);
  EXPECT_EQ(prescan(" " + fits), std::nullopt);  // its '>' is byte 1025
  EXPECT_EQ(prescan(std::string(1100, ' ') + meta), std::nullopt);
}

TEST(Charset, LateMetaIsHonouredOnlyWhenTheBytesAreNotUtf8) {
  // A windows-1251 page whose <meta charset> stands behind 3 KB of inline style: a browser meets
  // the <meta> while parsing and reads the page again in its encoding.
  std::string style = "<style>" + std::string(3000, ' ') + "</style>";
  std::string page = "<html><head>" + style + "<meta charset=\"windows-1251\"></head><body><p>"
                     "\xCF\xF0\xE8\xE2\xE5\xF2, \xEC\xE8\xF0!</p></body></html>";
  EXPECT_EQ(text::sniff_html_encoding(page).encoding, Encoding::Windows1251);
  EXPECT_EQ(text::sniff_html_encoding(page).source, text::EncodingSource::Meta);
  EXPECT_NE(pith::testing::joined_blocks(read(page)).find("Привет, мир!"), std::string::npos);
  // Valid UTF-8 with a late, wrong declaration stays UTF-8 (detection comes first for late ones).
  std::string utf8 = "<html><head>" + style + "<meta charset=\"iso-8859-1\"></head><body><p>Caf\xC3\xA9 "
                     "cr\xC3\xA8me br\xC3\xBBl\xC3\xA9" "e</p></body></html>";
  EXPECT_EQ(text::sniff_html_encoding(utf8).encoding, Encoding::Utf8);
  // Past 64 KB nothing is looked for: the legacy default.
  std::string far = "<html><head><style>" + std::string(70000, ' ') + "</style><meta charset=koi8-r></head>";
  EXPECT_EQ(text::sniff_html_encoding(far).encoding, Encoding::Windows1252);
}

TEST(Charset, BomWinsOverEverything) {
  std::string page = "<meta charset=windows-1251>\xD0\x9F";
  auto d = text::decode_html_bytes("\xEF\xBB\xBF" + page, "koi8-r");
  EXPECT_EQ(d.encoding, Encoding::Utf8);
  EXPECT_EQ(d.source, EncodingSource::Bom);
  EXPECT_EQ(d.utf8, page);  // the BOM is gone, the rest is UTF-8
  d = text::decode_html_bytes(std::string("\xFF\xFE<\0p\0>\0\x1F\x04", 10), "windows-1252");
  EXPECT_EQ(d.encoding, Encoding::Utf16Le);
  EXPECT_EQ(d.utf8, "<p>П");
  d = text::decode_html_bytes(std::string("\xFE\xFF\0<\0p\0>\x04\x1F", 10));
  EXPECT_EQ(d.encoding, Encoding::Utf16Be);
  EXPECT_EQ(d.utf8, "<p>П");
}

TEST(Charset, TransportLabelBeatsMeta) {
  std::string page = "<meta charset=koi8-r><p>\xCF\xF0\xE8\xE2\xE5\xF2</p>";
  auto d = text::decode_html_bytes(page, "windows-1251");
  EXPECT_EQ(d.encoding, Encoding::Windows1251);
  EXPECT_EQ(d.source, EncodingSource::Transport);
  EXPECT_EQ(d.utf8, "<meta charset=koi8-r><p>Привет</p>");
  d = text::decode_html_bytes(page, "no-such-encoding");  // unknown: ignored, so the <meta> decides
  EXPECT_EQ(d.encoding, Encoding::Koi8R);
  EXPECT_EQ(d.source, EncodingSource::Meta);
}

TEST(Charset, Utf16WithoutBomNeedsALabel) {
  std::string bytes("<\0p\0>\0\x1F\x04\x40\x04", 10);
  auto d = text::decode_html_bytes(bytes, "utf-16");
  EXPECT_EQ(d.encoding, Encoding::Utf16Le);
  EXPECT_EQ(d.utf8, "<p>Пр");
  d = text::decode_html_bytes(std::string("\0<\0p\0>\x04\x1F", 8), "UTF-16BE");
  EXPECT_EQ(d.utf8, "<p>П");
  // A <meta> saying UTF-16 in bytes that were readable as ASCII means UTF-8.
  d = text::decode_html_bytes("<meta charset=utf-16><p>\xD0\x9F</p>");
  EXPECT_EQ(d.encoding, Encoding::Utf8);
  EXPECT_EQ(d.utf8, "<meta charset=utf-16><p>П</p>");
}

TEST(Charset, DefaultsWithoutDeclaration) {
  auto d = text::decode_html_bytes("<p>Grüße aus Köln</p>");  // valid UTF-8
  EXPECT_EQ(d.encoding, Encoding::Utf8);
  EXPECT_EQ(d.source, EncodingSource::Detected);
  d = text::decode_html_bytes("<p>Gr\xFC\xDF" "e</p>");  // not UTF-8: the legacy default
  EXPECT_EQ(d.encoding, Encoding::Windows1252);
  EXPECT_EQ(d.source, EncodingSource::Default);
  EXPECT_EQ(d.utf8, "<p>Grüße</p>");
  EXPECT_FALSE(d.replaced);
  d = text::decode_html_bytes("<p>plain ASCII</p>");
  EXPECT_EQ(d.encoding, Encoding::Windows1252);
  // A long UTF-8 page cut in the middle of a character is still UTF-8, with one U+FFFD.
  std::string cut;
  for (int i = 0; i < 50; ++i) cut += "<p>Привет, мир</p>";
  cut += "\xD0";
  d = text::decode_html_bytes(cut);
  EXPECT_EQ(d.encoding, Encoding::Utf8);
  EXPECT_TRUE(d.replaced);
  EXPECT_EQ(d.utf8.substr(d.utf8.size() - 3), "\xEF\xBF\xBD");
}

TEST(Charset, InvalidBytesBecomeReplacementCharacters) {
  auto d = text::decode_html_bytes("<meta charset=utf-8><p>a\xFF" "b\xE2\x82</p>");
  EXPECT_EQ(d.utf8, "<meta charset=utf-8><p>a\xEF\xBF\xBD" "b\xEF\xBF\xBD</p>");
  EXPECT_TRUE(d.replaced);
  d = text::decode_html_bytes("<meta charset=windows-1255><p>\xF9\xFF</p>");
  EXPECT_EQ(d.utf8, "<meta charset=windows-1255><p>ש\xEF\xBF\xBD</p>");
  EXPECT_TRUE(d.replaced);
}

TEST(Charset, UndecodableDeclarationReadsAsUtf8) {
  // ISO-2022-KR is "replacement" in the standard: a browser shows one U+FFFD for the whole page.
  auto d = text::decode_html_bytes("<meta charset=iso-2022-kr><p>Seoul \x0E\xC7\xD1</p>");
  EXPECT_EQ(d.undecodable, Encoding::Replacement);
  EXPECT_EQ(d.encoding, Encoding::Utf8);
  EXPECT_EQ(d.utf8, "<meta charset=iso-2022-kr><p>Seoul \x0E\xEF\xBF\xBD\xEF\xBF\xBD</p>");
  // Shift_JIS is decoded now, not read as UTF-8.
  d = text::decode_html_bytes("<meta charset=shift_jis><p>Tokyo \x93\x8C</p>");
  EXPECT_EQ(d.undecodable, std::nullopt);
  EXPECT_EQ(d.encoding, Encoding::ShiftJis);
  EXPECT_EQ(d.utf8, "<meta charset=shift_jis><p>Tokyo 東</p>");
}

TEST(Charset, EmptyInput) {
  auto d = text::decode_html_bytes("");
  EXPECT_TRUE(d.utf8.empty());
  EXPECT_FALSE(d.replaced);
  EXPECT_EQ(d.encoding, Encoding::Windows1252);
  for (int i = 0; i < static_cast<int>(Encoding::Replacement); ++i) {
    EXPECT_EQ(decode("", static_cast<Encoding>(i)), "");
  }
  ReadOptions html;
  html.format = Format::Html;
  Document doc = read(std::string_view(), html);
  EXPECT_TRUE(doc.blocks.empty());
  EXPECT_TRUE(doc.warnings.empty());
}

TEST(Charset, FiftyMegabytesInBoundedTime) {
  std::string page = "<html><head><meta charset=windows-1251></head><body>";
  while (page.size() < (50u << 20)) {
    page += "<p>\xCF\xF0\xE8\xE2\xE5\xF2, \xEC\xE8\xF0! Some ASCII too.</p>\n";
  }
  auto t0 = std::chrono::steady_clock::now();
  auto d = text::decode_html_bytes(page);
  EXPECT_EQ(d.encoding, Encoding::Windows1251);
  EXPECT_GT(d.utf8.size(), page.size());
  // No declaration: the whole input is checked as UTF-8 before deciding, either way.
  std::size_t body = page.find("<body>");
  EXPECT_EQ(text::decode_html_bytes(std::string_view(page).substr(body)).encoding, Encoding::Windows1252);
  EXPECT_EQ(text::decode_html_bytes(std::string_view(d.utf8).substr(body)).encoding, Encoding::Utf8);
  EXPECT_LT(seconds_since(t0), 20.0);  // a hang guard, not a speed target
}

TEST(Charset, ReadDecodesHtmlBytesAndSaysHow) {
  std::string page =
      "<html><head><meta charset=\"windows-1251\"><title>\xCF\xF0\xE8\xE2\xE5\xF2</title></head>"
      "<body><p>\xCF\xF0\xE8\xE2\xE5\xF2, \xEC\xE8\xF0! \xDD\xF2\xEE \xF2\xE5\xEA\xF1\xF2 \xE2 "
      "\xEA\xEE\xE4\xE8\xF0\xEE\xE2\xEA\xE5 windows-1251.</p></body></html>";
  Document doc = read(page);
  EXPECT_EQ(doc.format, Format::Html);
  std::string text = pith::testing::joined_blocks(doc);
  EXPECT_NE(text.find("Привет, мир! Это текст в кодировке windows-1251."), std::string::npos) << text;
  ASSERT_EQ(doc.warnings.size(), 1u);
  EXPECT_EQ(doc.warnings[0], "decoded as windows-1251 (from <meta charset>)");
  // The same markup as already-decoded text (a JavaScript string): the <meta> no longer applies.
  ReadOptions unicode;
  unicode.encoding = "utf-8";
  Document again = read(text::decode_html_bytes(page).utf8, unicode);
  EXPECT_EQ(pith::testing::joined_blocks(again), text);
  EXPECT_TRUE(again.warnings.empty());
}

// valid_utf8 is the package's vow for its strings: with a UTF-8 label the text reads as without it,
// BOM dropped; with any other label the vow is ignored and the bytes are decoded as declared.
TEST(Charset, ReadTakesVouchedUtf8AsIs) {
  const std::string page = "\xEF\xBB\xBF<p>Gr\xC3\xBC\xC3\x9F" "e aus K\xC3\xB6ln, sagt der Text, der hier steht.</p>";
  ReadOptions vouched;
  vouched.encoding = "utf-8";
  vouched.valid_utf8 = true;
  ReadOptions checked;
  checked.encoding = "utf-8";
  for (Format f : {Format::Html, Format::Text}) {
    vouched.format = checked.format = f;
    Document a = read(page, vouched);
    EXPECT_EQ(pith::testing::joined_blocks(a), pith::testing::joined_blocks(read(page, checked)));
    EXPECT_NE(pith::testing::joined_blocks(a).find("Gr\xC3\xBC\xC3\x9F" "e aus"), std::string::npos);
    EXPECT_EQ(pith::testing::joined_blocks(a).find("\xEF\xBB\xBF"), std::string::npos);
    EXPECT_TRUE(a.warnings.empty());
  }
  vouched.format = Format::Html;
  vouched.encoding = "windows-1252";
  Document legacy = read(page.substr(3), vouched);
  EXPECT_NE(pith::testing::joined_blocks(legacy).find("Gr\xC3\x83\xC2\xBC"), std::string::npos)
      << pith::testing::joined_blocks(legacy);
}

TEST(Charset, ReadKeepsPlainTextUtf8) {
  // Text has no <meta>: bytes not shaped like UTF-8 at all are a legacy file (an old Windows .txt),
  // read as windows-1252 as HTML is, and said so.
  ReadOptions as_text;
  as_text.format = Format::Text;
  Document doc = read("Gr\xFC\xDF" "e aus K\xF6ln, sagt der \x93Text\x94, der hier steht.", as_text);
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(doc.blocks[0].text.substr(0, 9), "Gr\xC3\xBC\xC3\x9F" "e a");
  EXPECT_NE(doc.blocks[0].text.find("\xE2\x80\x9CText\xE2\x80\x9D"), std::string::npos) << doc.blocks[0].text;
  ASSERT_EQ(doc.warnings.size(), 1u);
  EXPECT_EQ(doc.warnings[0], "decoded as windows-1252 (no declaration: the legacy default)");
  // A UTF-16 BOM is unambiguous, in text as in HTML, and format detection looks past the NULs.
  std::string utf16 = "\xFF\xFE";
  for (char c : std::string("<html><body><p>Hello from a UTF-16 page.</p></body></html>")) {
    utf16 += c;
    utf16 += '\0';
  }
  Document html = read(utf16);
  EXPECT_EQ(html.format, Format::Html);
  EXPECT_EQ(pith::testing::joined_blocks(html), "Hello from a UTF-16 page.");
}

TEST(Charset, ValidUtf8IsLeftInPlaceWhenAsked) {
  using namespace pith::text;
  DecodedText d = decode_html_bytes("<p>caf\xC3\xA9</p>", "", true);
  EXPECT_TRUE(d.in_place);
  EXPECT_TRUE(d.utf8.empty());
  EXPECT_EQ(d.bom_length, 0u);
  d = decode_html_bytes("\xEF\xBB\xBF<p>x</p>", "", true);
  EXPECT_TRUE(d.in_place);
  EXPECT_EQ(d.bom_length, 3u);
  // Invalid bytes, a legacy encoding, or the default call: decoded into utf8 as before.
  d = decode_html_bytes("<p>caf\xE9</p>", "utf-8", true);
  EXPECT_FALSE(d.in_place);
  EXPECT_EQ(d.utf8, "<p>caf\xEF\xBF\xBD</p>");
  d = decode_html_bytes("<meta charset=windows-1252><p>caf\xE9", "", true);
  EXPECT_FALSE(d.in_place);
  EXPECT_EQ(d.utf8, "<meta charset=windows-1252><p>caf\xC3\xA9");
  d = decode_html_bytes("<p>ok</p>");
  EXPECT_FALSE(d.in_place);
  EXPECT_EQ(d.utf8, "<p>ok</p>");
}

// Found by review: a short UTF-8 text cut mid-character at its end was read as windows-1252, its
// few characters turned to mojibake; the cut character alone is replaced.
TEST(Charset, TextCutMidCharacterAtItsEndStaysUtf8) {
  ReadOptions as_text;
  as_text.format = Format::Text;
  Document doc = read("The caf\xC3\xA9 on the corner re-opened on Monday, its owner said \xE2\x80", as_text);
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_NE(doc.blocks[0].text.find("caf\xC3\xA9"), std::string::npos) << doc.blocks[0].text;
  ASSERT_EQ(doc.warnings.size(), 1u);
  EXPECT_EQ(doc.warnings[0], "invalid UTF-8 replaced with U+FFFD");
}
