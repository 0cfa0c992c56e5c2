// pith::decode: the input's text as read() decodes it, for a face's input box.
#include <gtest/gtest.h>

#include <string>

#include "pith/pith.h"

using namespace pith;

TEST(Decode, LegacyTextFileIsWindows1252) {
  // An old Windows .txt: "é" and "è" are single bytes, not UTF-8.
  DecodedInput d = decode("Caf\xE9 cr\xE8me is served at the counter.\n");
  EXPECT_EQ(d.format, Format::Text);
  EXPECT_EQ(d.text, "Caf\u00e9 cr\u00e8me is served at the counter.\n");
  EXPECT_EQ(d.encoding, "windows-1252");
  ASSERT_EQ(d.warnings.size(), 1u);
  EXPECT_EQ(d.warnings[0], read("Caf\xE9 cr\xE8me is served at the counter.\n").warnings[0]);
}

TEST(Decode, Utf16TextLosesItsByteOrderMark) {
  const std::string utf16("\xFF\xFEZ\0\xFC\0r\0i\0c\0h\0", 14);  // "Zürich", little endian
  DecodedInput d = decode(utf16);
  EXPECT_EQ(d.text, "Z\u00fcrich");
  EXPECT_EQ(d.encoding, "UTF-16LE");
}

TEST(Decode, HtmlFollowsItsMetaCharset) {
  const std::string page = "<html><head><meta charset=\"iso-8859-7\"><title>x</title></head><body><p>\xE1\xE2\xE3</p></body></html>";
  DecodedInput d = decode(page);
  EXPECT_EQ(d.format, Format::Html);
  EXPECT_NE(d.text.find("<p>\u03b1\u03b2\u03b3</p>"), std::string::npos);
  EXPECT_EQ(d.encoding, "ISO-8859-7");
}

TEST(Decode, Utf8IsKeptAsItIs) {
  DecodedInput d = decode("\xEF\xBB\xBFNa\xC3\xAFve text.", ReadOptions{Format::Text});
  EXPECT_EQ(d.text, "Na\u00efve text.");
  EXPECT_EQ(d.encoding, "UTF-8");
  EXPECT_TRUE(d.warnings.empty());
}

TEST(Decode, JsonCarriesTextEncodingAndWarnings) {
  std::string json = to_json(decode("Caf\xE9."));
  EXPECT_NE(json.find("\"format\":\"text\""), std::string::npos);
  EXPECT_NE(json.find("\"text\":\"Caf\u00e9.\""), std::string::npos);
  EXPECT_NE(json.find("\"encoding\":\"windows-1252\""), std::string::npos);
  EXPECT_NE(json.find("\"warnings\":[\"decoded as windows-1252"), std::string::npos);
}

// A dropped PDF decoded as windows-1252 would fill the page's box with mojibake: decode says what the
// bytes are, as read() does, and gives no text.
TEST(Decode, BytesThatAreNotTextAreNamedNotDecoded) {
  std::string pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Length 64 >>\nstream\n";
  for (int i = 0; i < 64; ++i) pdf += static_cast<char>(0x78 + i * 37);
  DecodedInput d = decode(pdf);
  EXPECT_EQ(d.not_text, "a PDF document");
  EXPECT_TRUE(d.text.empty());
  ASSERT_EQ(d.warnings.size(), 1u);
  EXPECT_NE(to_json(d).find("\"notText\":\"a PDF document\""), std::string::npos);
  EXPECT_EQ(decode("Plain words.").not_text, "");
}

// decode's format was resolve_format's while read() read a tagless "HTML" paste as text: the two
// answered differently for one input. Now decode says what read() reads.
TEST(Decode, ATaglessHtmlPasteIsTextAsReadReadsIt) {
  ReadOptions html{Format::Html};
  DecodedInput d = decode("Plain words, no markup at all.\n\nA second paragraph.", html);
  EXPECT_EQ(d.format, Format::Text);
  EXPECT_EQ(d.warnings, read("Plain words, no markup at all.\n\nA second paragraph.", html).warnings);
}
