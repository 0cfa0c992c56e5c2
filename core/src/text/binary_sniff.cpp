#include "text/binary_sniff.h"

#include <algorithm>
#include <array>
#include <cstdint>

namespace pith::text {
namespace {

using namespace std::string_view_literals;  // "…"sv keeps the NULs inside a signature

// Safe for any offset: a header field read from the input (a PE header's) may point anywhere.
bool has_at(std::string_view bytes, std::size_t offset, std::string_view sig) {
  return offset <= bytes.size() && bytes.size() - offset >= sig.size() && bytes.compare(offset, sig.size(), sig) == 0;
}

std::uint32_t byte_at(std::string_view bytes, std::size_t i) { return static_cast<unsigned char>(bytes[i]); }

std::uint32_t le16(std::string_view b, std::size_t at) { return byte_at(b, at) | byte_at(b, at + 1) << 8; }

std::uint32_t le32(std::string_view b, std::size_t at) { return le16(b, at) | le16(b, at + 2) << 16; }

std::uint32_t be32(std::string_view b, std::size_t at) {
  return byte_at(b, at) << 24 | byte_at(b, at + 1) << 16 | byte_at(b, at + 2) << 8 | byte_at(b, at + 3);
}

struct Signature {
  std::string_view bytes;  // at offset 0
  std::string_view looks_like;
};

// Signatures that need no second look: each holds a byte no text starts with (a NUL, a C0 control,
// a byte pair invalid in every encoding pith reads), or is ASCII spelled as no sentence begins.
constexpr std::array<Signature, 29> kSignatures = {{
    {"\x89PNG\r\n\x1A\n"sv, "a PNG image"},
    {"\xFF\xD8\xFF"sv, "a JPEG image"},
    {"GIF87a"sv, "a GIF image"},
    {"GIF89a"sv, "a GIF image"},
    {"II*\0"sv, "a TIFF image"},
    {"MM\0*"sv, "a TIFF image"},
    {"\x1F\x8B\x08"sv, "a gzip archive"},
    {"\xFD" "7zXZ\0"sv, "an xz archive"},
    {"7z\xBC\xAF\x27\x1C"sv, "a 7z archive"},
    {"Rar!\x1A\x07"sv, "a RAR archive"},
    {"\x28\xB5\x2F\xFD"sv, "a Zstandard archive"},
    {"\x7F" "ELF"sv, "an ELF binary"},
    {"\xFE\xED\xFA\xCE"sv, "a Mach-O binary"},
    {"\xFE\xED\xFA\xCF"sv, "a Mach-O binary"},
    {"\xCE\xFA\xED\xFE"sv, "a Mach-O binary"},
    {"\xCF\xFA\xED\xFE"sv, "a Mach-O binary"},
    {"\0asm"sv, "a WebAssembly module"},
    {"\xFF\xFB"sv, "an MP3 audio file"},  // an MPEG-1 layer III frame with no ID3 tag before it
    {"\xFF\xF3"sv, "an MP3 audio file"},  // MPEG-2 layer III
    {"OggS\0"sv, "an Ogg media file"},
    {"fLaC"sv, "a FLAC audio file"},
    {"\x1A\x45\xDF\xA3"sv, "a Matroska or WebM video"},
    {"SQLite format 3\0"sv, "an SQLite database"},
    {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"sv, "an old-style Office document (.doc, .xls, .ppt)"},
    {"wOFF"sv, "a web font"},
    {"wOF2"sv, "a web font"},
    {"OTTO\0"sv, "an OpenType font"},
    {"\0\x01\0\0"sv, "a TrueType font"},
    {"ttcf\0"sv, "a TrueType font collection"},
}};

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// .docx, .xlsx, .epub and .odt are all ZIP archives; a reader who dropped one knows it by that name.
// Entry names are stored uncompressed in each local file header ("PK\3\4", the name at +30), so the
// headers found in the prefix tell the kind even when a data descriptor hides the entry sizes.
std::string_view zip_kind(std::string_view bytes) {
  constexpr std::string_view kHeader = "PK\x03\x04"sv;
  for (std::size_t at = bytes.find(kHeader); at != std::string_view::npos && at + 30 <= bytes.size();
       at = bytes.find(kHeader, at + kHeader.size())) {
    const std::size_t name_length = le16(bytes, at + 26);
    const std::string_view name = bytes.substr(at + 30, name_length);
    // EPUB and OpenDocument store their type first and uncompressed (method 0), in an entry named
    // "mimetype", for exactly this kind of sniffing.
    const std::size_t data = at + 30 + name_length + le16(bytes, at + 28);
    if (name == "mimetype" && le16(bytes, at + 8) == 0 && data <= bytes.size()) {
      const std::string_view type = bytes.substr(data, le32(bytes, at + 18));
      if (type == "application/epub+zip") return "an EPUB e-book";
      if (starts_with(type, "application/vnd.oasis.opendocument.text")) return "an OpenDocument text";
      if (starts_with(type, "application/vnd.oasis.opendocument.spreadsheet")) return "an OpenDocument spreadsheet";
      if (starts_with(type, "application/vnd.oasis.opendocument.presentation")) return "an OpenDocument presentation";
      if (starts_with(type, "application/vnd.oasis.opendocument.")) return "an OpenDocument file";
    }
    if (starts_with(name, "word/")) return "a Word document (.docx)";
    if (starts_with(name, "xl/")) return "an Excel workbook (.xlsx)";
    if (starts_with(name, "ppt/")) return "a PowerPoint presentation (.pptx)";
  }
  return "a ZIP archive";
}

// ISO base media files (MP4, QuickTime, HEIF, AVIF) open with a box of type "ftyp" whose first
// field, the major brand, names the kind.
std::optional<std::string_view> iso_media_kind(std::string_view bytes) {
  if (!has_at(bytes, 4, "ftyp") || bytes.size() < 12) return std::nullopt;
  const std::string_view brand = bytes.substr(8, 4);
  if (brand == "avif" || brand == "avis") return "an AVIF image";
  if (brand == "heic" || brand == "heix" || brand == "mif1" || brand == "msf1") return "a HEIF image";
  if (brand == "M4A " || brand == "M4B ") return "an M4A audio file";
  if (brand == "qt  ") return "a QuickTime video";
  return "an MP4 video";
}

// RIFF holds several formats, told by the form type after the chunk size. "RIFF" alone is ASCII a
// heading could start with ("RIFF RAFF"), so an unknown form type is left to the content test.
std::optional<std::string_view> riff_kind(std::string_view bytes) {
  if (!has_at(bytes, 0, "RIFF")) return std::nullopt;
  if (has_at(bytes, 8, "WEBP")) return "a WebP image";
  if (has_at(bytes, 8, "WAVE")) return "a WAV audio file";
  if (has_at(bytes, 8, "AVI ")) return "an AVI video";
  return std::nullopt;
}

std::optional<std::string_view> other_kind(std::string_view bytes) {
  // "%PDF-" and the version's first digit: "%PDF-1.4", "%PDF-2.0".
  if (has_at(bytes, 0, "%PDF-") && bytes.size() > 5 && bytes[5] >= '1' && bytes[5] <= '9') return "a PDF document";
  if (has_at(bytes, 0, "PK\x03\x04"sv) || has_at(bytes, 0, "PK\x05\x06"sv) || has_at(bytes, 0, "PK\x07\x08"sv)) {
    return zip_kind(bytes);
  }
  // "BZh", the block size digit, then a block's or the end's magic: "BZh" alone is ASCII.
  if (has_at(bytes, 0, "BZh") && bytes.size() > 3 && bytes[3] >= '1' && bytes[3] <= '9' &&
      (has_at(bytes, 4, "1AY&SY") || has_at(bytes, 4, "\x17rE8P\x90"sv))) {
    return "a bzip2 archive";
  }
  // "ID3", a major version 2–4 and a zero revision: the tag in front of most MP3 files.
  if (has_at(bytes, 0, "ID3") && bytes.size() > 4 && bytes[3] >= 2 && bytes[3] <= 4 && bytes[4] == 0) {
    return "an MP3 audio file";
  }
  // A Windows program: "MZ" (ASCII, so not enough alone) and, where its header points, "PE\0\0".
  if (has_at(bytes, 0, "MZ") && bytes.size() >= 0x40 && has_at(bytes, le32(bytes, 0x3C), "PE\0\0"sv)) {
    return "a Windows program (.exe or .dll)";
  }
  // 0xCAFEBABE opens both Java class files and Mach-O universal binaries; the next word is a class
  // file's version (45 and up) or a universal binary's count of architectures (a handful).
  if (has_at(bytes, 0, "\xCA\xFE\xBA\xBE"sv) && bytes.size() >= 8) {
    return be32(bytes, 4) >= 45 ? "a Java class file" : "a Mach-O universal binary";
  }
  // POSIX and GNU tar write "ustar" and a NUL or two spaces in the first header, at 257.
  if (has_at(bytes, 257, "ustar\0"sv) || has_at(bytes, 257, "ustar  \0"sv)) return "a tar archive";
  if (auto kind = riff_kind(bytes)) return kind;
  return iso_media_kind(bytes);
}

// Control bytes text holds, not counted: whitespace (tab, LF, CR, FF, and VT, which some word
// processors write for a line break), backspace (a man page's overstruck bold, "N\bNA\bA"), SO and SI
// (ISO-2022-KR's shifts into Korean and back, around every Korean word of old mail) and ESC (a
// terminal capture's colours; ISO-2022-JP's shifts).
bool counted_control(unsigned char c) { return c < 0x20 && !(c >= 0x08 && c <= 0x0F) && c != 0x1B; }

}  // namespace

std::optional<std::string_view> file_signature(std::string_view bytes) {
  bytes = bytes.substr(0, kSniffPrefix);
  for (const Signature& s : kSignatures) {
    if (has_at(bytes, 0, s.bytes)) return s.looks_like;
  }
  return other_kind(bytes);
}

bool mostly_control_bytes(std::string_view bytes) {
  const std::string_view head = bytes.substr(0, kSniffPrefix);
  std::array<std::size_t, 2> nuls{};  // at even and odd offsets
  std::size_t others = 0;
  for (std::size_t i = 0; i < head.size(); ++i) {
    const auto c = static_cast<unsigned char>(head[i]);
    if (c == 0) {
      ++nuls[i & 1];
    } else if (counted_control(c)) {
      ++others;
    }
  }
  // UTF-16 saved without a byte order mark (some Windows tools' exports): Latin letters are each a
  // byte and a NUL, the NULs all on one side. Read as before (the NULs dropped, the letters kept),
  // so only the letters' side is judged. Binary data has NULs on both sides.
  const std::size_t pairs = head.size() / 2;
  const std::size_t many = std::max(nuls[0], nuls[1]);
  const std::size_t few = std::min(nuls[0], nuls[1]);
  const bool utf16_shape = pairs >= 4 && many * 4 >= pairs * 3 && few * 16 <= pairs;
  const std::size_t judged = utf16_shape ? head.size() - many : head.size();
  const std::size_t bad = others + (utf16_shape ? few : many + few);
  // Random bytes (compressed or encrypted data) hold about 9 counted controls in 100, text none or
  // a stray few: the line between sits far from both.
  return bad * 16 > judged;
}

}  // namespace pith::text
