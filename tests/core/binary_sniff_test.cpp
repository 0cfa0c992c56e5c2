// Telling text from what is not: file signatures, the share of control bytes, and the texts that
// must stay text (UTF-16, legacy encodings, a page with a stray NUL, a JavaScript string).
#include <gtest/gtest.h>

#include <cstdint>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

#include "fixtures.h"
#include "text/binary_sniff.h"

using namespace pith;
using namespace std::string_literals;

namespace {

std::string le16(std::uint32_t v) { return {static_cast<char>(v & 0xFF), static_cast<char>(v >> 8 & 0xFF)}; }
std::string le32(std::uint32_t v) { return le16(v & 0xFFFF) + le16(v >> 16); }

// A ZIP archive of stored (uncompressed) entries, as zip -0 writes it: a local file header, the
// name, the data, for each entry (the central directory at the end is past any sniffed prefix).
std::string zip_of(const std::vector<std::pair<std::string, std::string>>& entries) {
  std::string out;
  for (const auto& [name, data] : entries) {
    out += "PK\x03\x04"s + le16(20) + le16(0) + le16(0) + le16(0) + le16(0) + le32(0) +
           le32(data.size()) + le32(data.size()) + le16(name.size()) + le16(0) + name + data;
  }
  return out;
}

// UTF-8 to UTF-16LE, surrogate pairs past U+FFFF; the input is well-formed.
std::string utf16le(std::string_view utf8) {
  std::string out;
  for (std::size_t i = 0; i < utf8.size();) {
    const auto c = static_cast<unsigned char>(utf8[i]);
    const int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    std::uint32_t cp = n == 1 ? c : c & (0x3F >> (n - 1));
    for (int k = 1; k < n; ++k) cp = cp << 6 | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
    i += n;
    if (cp >= 0x10000) {
      cp -= 0x10000;
      out += le16(0xD800 | cp >> 10);
      cp = 0xDC00 | (cp & 0x3FF);
    }
    out += le16(cp);
  }
  return out;
}

std::string file_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string random_bytes(std::size_t n, unsigned seed) {
  std::mt19937 rng(seed);
  std::string out(n, '\0');
  for (char& c : out) c = static_cast<char>(rng() & 0xFF);
  return out;
}

const std::string kPngHead = "\x89PNG\r\n\x1A\n\0\0\0\x0DIHDR\0\0\x01\0\0\0\x01\0\x08\x06\0\0\0"s;
const std::string kPdfHead = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"s;

}  // namespace

TEST(BinarySniff, SignaturesOfImagesDocumentsAndArchives) {
  struct Case {
    std::string bytes;
    const char* looks_like;
  };
  const std::string pad = random_bytes(600, 1);
  for (const Case& c : {
           Case{kPdfHead, "a PDF document"},
           Case{kPngHead + pad, "a PNG image"},
           Case{"\xFF\xD8\xFF\xE0\0\x10JFIF\0"s + pad, "a JPEG image"},
           Case{"GIF89a\x01\0\x01\0\x80\0\0"s + pad, "a GIF image"},
           Case{"RIFF\x24\x08\0\0WEBPVP8 "s + pad, "a WebP image"},
           Case{"RIFF\x24\x08\0\0WAVEfmt "s + pad, "a WAV audio file"},
           Case{"RIFF\x24\x08\0\0AVI LIST"s + pad, "an AVI video"},
           Case{"\x1F\x8B\x08\0\0\0\0\0\0\x03"s + pad, "a gzip archive"},
           Case{"BZh91AY&SY"s + pad, "a bzip2 archive"},
           Case{"\xFD" "7zXZ\0\0\x04"s + pad, "an xz archive"},
           Case{"7z\xBC\xAF\x27\x1C\0\x04"s + pad, "a 7z archive"},
           Case{"\x7F" "ELF\x02\x01\x01\0"s + pad, "an ELF binary"},
           Case{"\xCF\xFA\xED\xFE\x07\0\0\x01"s + pad, "a Mach-O binary"},
           Case{"\xCA\xFE\xBA\xBE\0\0\0\x02"s + pad, "a Mach-O universal binary"},
           Case{"\xCA\xFE\xBA\xBE\0\0\0\x34"s + pad, "a Java class file"},
           Case{"\0asm\x01\0\0\0"s + pad, "a WebAssembly module"},
           Case{"ID3\x04\0\0\0\0\x0F\x76"s + pad, "an MP3 audio file"},
           Case{"\0\0\0\x20" "ftypisom\0\0\x02\0"s + pad, "an MP4 video"},
           Case{"\0\0\0\x1C" "ftypavif\0\0\0\0"s + pad, "an AVIF image"},
           Case{"OggS\0\x02\0\0"s + pad, "an Ogg media file"},
           Case{"SQLite format 3\0\x10\0"s + pad, "an SQLite database"},
           Case{"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"s + pad, "an old-style Office document (.doc, .xls, .ppt)"},
           Case{"\0\x01\0\0\0\x12\x01\0\0\x04\0\x20GDEF"s + pad, "a TrueType font"},
       }) {
    auto kind = text::file_signature(c.bytes);
    ASSERT_TRUE(kind.has_value()) << c.looks_like;
    EXPECT_EQ(*kind, c.looks_like);
  }
}

// A Windows program's "MZ" is ASCII; its header's pointer to "PE\0\0" makes it one. A pointer past
// the end (a cut file, or a hostile one) is no match and no out-of-range read.
TEST(BinarySniff, WindowsProgramsByTheirPeHeader) {
  std::string exe = "MZ\x90\0\x03\0\0\0\x04\0\0\0\xFF\xFF\0\0"s;
  exe.resize(0x3C, '\0');
  exe += le32(0x80);
  exe.resize(0x80, '\0');
  exe += "PE\0\0\x64\x86"s;
  EXPECT_EQ(text::file_signature(exe), "a Windows program (.exe or .dll)");
  std::string cut = exe.substr(0, 0x40);
  EXPECT_EQ(text::file_signature(cut), std::nullopt);
  std::string wild = exe;
  wild.replace(0x3C, 4, le32(0xFFFFFFFF));
  EXPECT_EQ(text::file_signature(wild), std::nullopt);
  EXPECT_EQ(text::file_signature("MZ is the code of the airport, and the memo said so plainly."), std::nullopt);
}

TEST(BinarySniff, ZipArchivesByWhatTheyHold) {
  EXPECT_EQ(text::file_signature(zip_of({{"[Content_Types].xml", "<?xml version=\"1.0\"?><Types/>"},
                                         {"_rels/.rels", "<Relationships/>"},
                                         {"word/document.xml", "<w:document/>"}})),
            "a Word document (.docx)");
  EXPECT_EQ(text::file_signature(zip_of({{"[Content_Types].xml", "<Types/>"}, {"xl/workbook.xml", "<workbook/>"}})),
            "an Excel workbook (.xlsx)");
  EXPECT_EQ(text::file_signature(zip_of({{"mimetype", "application/epub+zip"}, {"META-INF/container.xml", "<container/>"}})),
            "an EPUB e-book");
  EXPECT_EQ(text::file_signature(zip_of({{"mimetype", "application/vnd.oasis.opendocument.text"}})),
            "an OpenDocument text");
  EXPECT_EQ(text::file_signature(zip_of({{"notes/a.txt", "Meet at noon."}, {"notes/b.txt", "Bring the map."}})),
            "a ZIP archive");
  EXPECT_EQ(text::file_signature("PK\x05\x06"s + std::string(18, '\0')), "a ZIP archive");  // an empty one
  // A header cut short (a name longer than what is there) is still a ZIP, read without overrun.
  EXPECT_EQ(text::file_signature(zip_of({{"word/document.xml", "x"}}).substr(0, 34)), "a ZIP archive");
}

// ASCII signatures are checked far enough that prose does not start with them.
TEST(BinarySniff, ProseThatStartsLikeASignatureIsNoMatch) {
  for (const char* prose : {"%PDF-files are what the office sends.", "GIF animations came back in 2012.",
                            "RIFF RAFF and the band played on.", "BZh is not a word.", "ID3 tags name the song.",
                            "OTTO VON BISMARCK united Germany.", "PK Subban signed a new contract."}) {
    EXPECT_EQ(text::file_signature(prose), std::nullopt) << prose;
  }
}

TEST(BinarySniff, ControlBytesByShare) {
  EXPECT_TRUE(text::mostly_control_bytes(random_bytes(1u << 16, 7)));   // compressed or encrypted data
  EXPECT_TRUE(text::mostly_control_bytes(std::string(40, '\0')));       // a run of NULs
  EXPECT_TRUE(text::mostly_control_bytes("\x01\x02\x03\x04 data"s));
  EXPECT_FALSE(text::mostly_control_bytes(""));
  // Text with the controls text holds: tabs, form feeds, a man page's overstrike, a terminal's
  // colours, ISO-2022-KR's shifts, and a stray NUL.
  EXPECT_FALSE(text::mostly_control_bytes("N\bNA\bAM\bME\bE\n\tls - list directory contents\f\n"));
  EXPECT_FALSE(text::mostly_control_bytes("\x1B[1;32mok\x1B[0m all 12 tests passed\r\n"));
  EXPECT_FALSE(text::mostly_control_bytes("Hello \x0E\x21\x21\x0F world, \x0E\x22\x22\x0F again."));
  std::string page = "<!doctype html><p>The council met on Tuesday to vote on the new bridge.</p>";
  page.insert(30, 1, '\0');
  EXPECT_FALSE(text::mostly_control_bytes(page));
  // Only a prefix is read: binary past 8 KB of text is not seen.
  std::string long_text(text::kSniffPrefix, 'a');
  EXPECT_FALSE(text::mostly_control_bytes(long_text + std::string(1u << 16, '\0')));
}

// UTF-16 with no byte order mark is out of scope, but its Latin text read as before (NULs dropped),
// so its shape is not taken for binary.
TEST(BinarySniff, Utf16WithoutBomIsNotBinary) {
  const std::string seed = pith::testing::fixture(pith::testing::kSeed000);
  EXPECT_FALSE(text::mostly_control_bytes(utf16le(seed)));
  const std::string be = utf16le(seed).substr(1) + '\0';  // the same, shifted a byte: big-endian's shape
  EXPECT_FALSE(text::mostly_control_bytes(be));
}

TEST(BinarySniff, TextInEveryEncodingIsText) {
  for (const char* name : {pith::testing::kSeed000, pith::testing::kSeed001, pith::testing::kSeed002, pith::testing::kSeed003, pith::testing::kSeed004}) {
    const std::string seed = pith::testing::fixture(name);
    EXPECT_EQ(sniff_not_text(seed), std::nullopt) << name;
    EXPECT_EQ(sniff_not_text("\xFF\xFE"s + utf16le(seed)), std::nullopt) << name;  // UTF-16LE with its BOM
    ReadOptions utf16;
    utf16.encoding = "utf-16le";
    EXPECT_EQ(sniff_not_text(utf16le(seed), utf16), std::nullopt) << name;  // or with the caller's label
  }
  EXPECT_EQ(sniff_not_text("Caf\xE9 cr\xE8me, \x93quoted\x94 and na\xEFve \x96 an old Windows note.\r\n"), std::nullopt);
  // Shift_JIS and GBK: 東京都は月曜日、新しい図書館を来年春に開館すると発表した。 and 北京市政府周一宣布，新图书馆将于明年春天开放。
  EXPECT_EQ(sniff_not_text("\x93\x8C\x8B\x9E\x93\x73\x82\xCD\x8C\x8E\x97\x6A\x93\xFA\x81\x41\x90\x56\x82\xB5\x82\xA2\x90\x7D"
                           "\x8F\x91\x8A\xD9\x82\xF0\x97\x88\x94\x4E\x8F\x74\x82\xC9\x8A\x4A\x8A\xD9\x82\xB7\x82\xE9\x82\xC6"
                           "\x94\xAD\x95\x5C\x82\xB5\x82\xBD\x81\x42"),
            std::nullopt);
  EXPECT_EQ(sniff_not_text("\xB1\xB1\xBE\xA9\xCA\xD0\xD5\xFE\xB8\xAE\xD6\xDC\xD2\xBB\xD0\xFB\xB2\xBC\xA3\xAC\xD0\xC2\xCD\xBC"
                           "\xCA\xE9\xB9\xDD\xBD\xAB\xD3\xDA\xC3\xF7\xC4\xEA\xB4\xBA\xCC\xEC\xBF\xAA\xB7\xC5\xA1\xA3"),
            std::nullopt);
}

// UTF-16 is judged as the characters it decodes to: its NULs are half of every Latin letter.
TEST(BinarySniff, Utf16WithABomIsJudgedDecoded) {
  EXPECT_EQ(sniff_not_text("\xFF\xFE"s + utf16le(std::string(40, '\x01'))), "binary data");
  EXPECT_EQ(sniff_not_text("\xFE\xFF\0H\0i\0!"s), std::nullopt);  // UTF-16BE "Hi!"
}

// A JavaScript string is characters, not a file: a signature spelled in ASCII is someone's text,
// but control characters are not text however they came.
TEST(BinarySniff, StringsAreJudgedByTheirCharacters) {
  ReadOptions string;
  string.encoding = "utf-8";
  string.valid_utf8 = true;
  EXPECT_EQ(sniff_not_text(kPdfHead), "a PDF document");
  const std::string note = "%PDF-1.7 is the version the printer wants; GIF89a is the image format.";
  EXPECT_EQ(sniff_not_text(note), "a PDF document");
  EXPECT_EQ(sniff_not_text(note, string), std::nullopt);
  EXPECT_EQ(sniff_not_text(std::string(64, '\0'), string), "binary data");
}

TEST(BinarySniff, TheCommandItselfIsNotText) {
  const std::string program = file_bytes(PITH_CLI);
  ASSERT_GT(program.size(), 1000u);
  auto kind = sniff_not_text(program);
  ASSERT_TRUE(kind.has_value());
  EXPECT_TRUE(*kind == "an ELF binary" || *kind == "a Mach-O binary" || *kind == "a Windows program (.exe or .dll)")
      << *kind;
}
