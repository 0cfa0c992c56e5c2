#include "pith/utf16.h"

#include <cstdint>

#include "text/vec16.h"

namespace pith {

std::size_t utf16_to_utf8(const unsigned char* in, std::size_t units, char* out) {
  std::size_t i = 0;  // units read
  std::size_t o = 0;  // bytes written
  auto unit = [in](std::size_t k) -> unsigned { return in[2 * k] | unsigned{in[2 * k + 1]} << 8; };
  auto put = [out, &o](unsigned byte) { out[o++] = static_cast<char>(byte); };
  while (i < units) {
#ifdef PITH_VEC16
    // Sixteen ASCII units a step (markup is ASCII, and so is most of a page): both vectors are
    // loaded before the store, which lands at or before byte 3i, short of the unread units.
    using namespace text::vec16;
    constexpr unsigned char H = 0xFF, L = 0x80;
    const V16 non_ascii = {L, H, L, H, L, H, L, H, L, H, L, H, L, H, L, H};
    while (i + 16 <= units) {
      V16 a = load16(in + 2 * i);
      V16 b = load16(in + 2 * i + 16);
      if (any16((a | b) & non_ascii)) break;
      store16(out + o, even_bytes(a, b));
      i += 16;
      o += 16;
    }
#endif
    const std::size_t stop = i + 16 < units ? i + 16 : units;
    for (; i < stop; ++i) {
      unsigned u = unit(i);
      if (u < 0x80) {
        put(u);
      } else if (u < 0x800) {
        put(0xC0 | u >> 6);
        put(0x80 | (u & 0x3F));
      } else if (u < 0xD800 || u > 0xDFFF) {
        put(0xE0 | u >> 12);
        put(0x80 | (u >> 6 & 0x3F));
        put(0x80 | (u & 0x3F));
      } else if (u <= 0xDBFF && i + 1 < units && unit(i + 1) >= 0xDC00 && unit(i + 1) <= 0xDFFF) {
        std::uint32_t cp = 0x10000 + ((u - 0xD800) << 10) + (unit(i + 1) - 0xDC00);
        ++i;
        put(0xF0 | cp >> 18);
        put(0x80 | (cp >> 12 & 0x3F));
        put(0x80 | (cp >> 6 & 0x3F));
        put(0x80 | (cp & 0x3F));
      } else {
        put(0xEF);
        put(0xBF);
        put(0xBD);
      }
    }
  }
  return o;
}

}  // namespace pith
