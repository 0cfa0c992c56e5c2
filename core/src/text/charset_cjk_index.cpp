#include "text/charset_cjk_index.h"

#include <algorithm>
#include <cstddef>
#include <iterator>

namespace pith::text {

namespace {

struct Gb18030Range {
  std::uint32_t pointer;
  char32_t code_point;
};

#include "text/charset_cjk_tables.inc"

// The reverse of pack() in scripts/gen-cjk-tables.py, whose docstring lists the byte codes. The
// tables are generated and checked there, but writes stay inside the array whatever the bytes say.
std::vector<char32_t> unpack(const std::uint8_t* data, std::size_t size, std::size_t pointers) {
  std::vector<char32_t> out(pointers, 0);
  std::size_t p = 0;
  std::int32_t prev = 0;
  auto put = [&](std::int32_t cp) {
    if (p < pointers && cp > 0) out[p] = static_cast<char32_t>(cp);
    ++p;
  };
  std::size_t i = 0;
  auto next = [&]() -> std::int32_t { return i < size ? data[i++] : 0; };
  while (i < size && p < pointers) {
    std::int32_t b = data[i++];
    if (b < 0x80) {
      prev += b - 0x40;
      put(prev);
    } else if (b < 0xC0) {
      for (std::int32_t k = b - 0x7F; k > 0; --k) put(++prev);
    } else if (b < 0xE0) {
      p += static_cast<std::size_t>(b - 0xBF);
    } else if (b < 0xF0) {
      p += static_cast<std::size_t>(((b - 0xE0) << 8 | next()) + 1);
    } else if (b == 0xF0) {
      std::int32_t hi = next(), mid = next(), lo = next();
      prev = hi << 16 | mid << 8 | lo;
      put(prev);
    } else {
      prev += ((b - 0xF1) << 8 | next()) - 1920;
      put(prev);
    }
  }
  return out;
}

}  // namespace

std::vector<char32_t> unpack_cjk_index(CjkIndex index) {
  switch (index) {
    case CjkIndex::Jis0208: return unpack(kJis0208Stream, std::size(kJis0208Stream), kJis0208Pointers);
    case CjkIndex::Jis0212: return unpack(kJis0212Stream, std::size(kJis0212Stream), kJis0212Pointers);
    case CjkIndex::Gb18030: return unpack(kGb18030Stream, std::size(kGb18030Stream), kGb18030Pointers);
    case CjkIndex::Big5: return unpack(kBig5Stream, std::size(kBig5Stream), kBig5Pointers);
    case CjkIndex::EucKr: return unpack(kEuckrStream, std::size(kEuckrStream), kEuckrPointers);
  }
  return {};
}

char32_t gb18030_ranges_code_point(std::uint32_t pointer) {
  if ((pointer > 39419 && pointer < 189000) || pointer > 1237575) return 0;
  if (pointer >= 189000) return 0x10000 + (pointer - 189000);
  const Gb18030Range* end = std::end(kGb18030Ranges);
  const Gb18030Range* it = std::upper_bound(
      std::begin(kGb18030Ranges), end, pointer,
      [](std::uint32_t p, const Gb18030Range& r) { return p < r.pointer; });
  --it;  // the first range starts at pointer 0
  return it->code_point + (pointer - it->pointer);
}

}  // namespace pith::text
