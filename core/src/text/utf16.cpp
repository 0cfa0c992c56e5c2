#include "pith/utf16.h"

#include "text/utf8.h"
#include "text/vec16.h"

namespace pith {

std::size_t utf16_to_utf8(const unsigned char* in, std::size_t units, char* out) {
  std::size_t i = 0;  // units read
  char* o = out;      // next byte to write
  auto unit = [in](std::size_t k) -> char32_t { return in[2 * k] | char32_t{in[2 * k + 1]} << 8; };
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
      store16(o, even_bytes(a, b));
      i += 16;
      o += 16;
    }
#endif
    const std::size_t stop = i + 16 < units ? i + 16 : units;
    for (; i < stop; ++i) {
      char32_t cp = unit(i);
      if (text::is_surrogate(cp)) {
        cp = text::surrogate_pair(cp, i + 1 < units ? unit(i + 1) : 0);
        if (cp > 0xFFFF) ++i;
      }
      o = text::put_utf8(o, cp);
    }
  }
  return static_cast<std::size_t>(o - out);
}

}  // namespace pith
