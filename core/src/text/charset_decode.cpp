// The decoders of charset.h: single-byte tables, UTF-16 and x-user-defined; UTF-8 is utf8.cpp's,
// the CJK multi-byte ones charset_cjk.cpp's.
#include <cstdint>

#include "text/charset.h"
#include "text/charset_cjk.h"
#include "text/utf8.h"

namespace pith::text {

namespace {

#include "text/charset_tables.inc"

static_assert(kSingleByteTableCount == static_cast<int>(Encoding::XMacCyrillic) + 1,
              "charset_tables.inc must have one row per single-byte Encoding, in enum order");

constexpr char kReplacement[] = "\xEF\xBF\xBD";

const std::uint16_t* single_byte_table(Encoding e) {
  if (e == Encoding::Iso8859_8I) e = Encoding::Iso8859_8;
  int i = static_cast<int>(e);
  return i < kSingleByteTableCount ? kSingleByteTables[i] : nullptr;
}

// ASCII runs are copied whole: most markup is ASCII whatever the page's encoding.
std::string decode_single_byte(std::string_view bytes, const std::uint16_t* table, bool* replaced) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 4);
  std::size_t i = 0;
  while (i < bytes.size()) {
    std::size_t run = i;
    while (run < bytes.size() && static_cast<unsigned char>(bytes[run]) < 0x80) ++run;
    out.append(bytes.data() + i, run - i);
    if (run == bytes.size()) break;
    char32_t cp = table[static_cast<unsigned char>(bytes[run]) - 0x80];
    if (cp == 0xFFFD && replaced) *replaced = true;
    append_utf8(out, cp);
    i = run + 1;
  }
  return out;
}

// The standard's x-user-defined: the upper half lands in the Private Use Area at U+F780.
std::string decode_x_user_defined(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size());
  for (char c : bytes) {
    auto b = static_cast<unsigned char>(c);
    if (b < 0x80) out.push_back(c);
    else append_utf8(out, 0xF780 + (b - 0x80));
  }
  return out;
}

// The standard's UTF-16 decoder: a lead surrogate needs a trail right after it (else U+FFFD and the
// unit after it is read afresh), a lone trail is U+FFFD, and so is an odd byte at the end.
std::string decode_utf16(std::string_view bytes, bool big_endian, bool* replaced) {
  std::string out;
  out.reserve(bytes.size());
  auto unit = [&](std::size_t i) -> char32_t {
    auto a = static_cast<unsigned char>(bytes[i]);
    auto b = static_cast<unsigned char>(bytes[i + 1]);
    return big_endian ? (char32_t(a) << 8 | b) : (char32_t(b) << 8 | a);
  };
  bool bad = false;
  std::size_t i = 0;
  while (i + 1 < bytes.size()) {
    char32_t u = unit(i);
    i += 2;
    if (is_surrogate(u)) {
      u = surrogate_pair(u, i + 1 < bytes.size() ? unit(i) : 0);
      if (u > 0xFFFF) i += 2;
      else bad = true;
    }
    append_utf8(out, u);
  }
  if (i < bytes.size()) {
    out += kReplacement;
    bad = true;
  }
  if (replaced && bad) *replaced = true;
  return out;
}

}  // namespace

std::string decode_bytes(std::string_view bytes, Encoding e, bool* replaced) {
  if (replaced) *replaced = false;
  if (const std::uint16_t* table = single_byte_table(e)) return decode_single_byte(bytes, table, replaced);
  if (is_cjk(e)) return decode_cjk(bytes, e, replaced);
  switch (e) {
    case Encoding::Utf16Le: return decode_utf16(bytes, false, replaced);
    case Encoding::Utf16Be: return decode_utf16(bytes, true, replaced);
    case Encoding::XUserDefined: return decode_x_user_defined(bytes);
    default: return decode_utf8(bytes, replaced);
  }
}

}  // namespace pith::text
