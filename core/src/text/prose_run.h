// The end of a run of words, found eight bytes a step. Collapsing and normalising whitespace copy
// prose a run at a time, a run being words with single plain spaces between them; their byte loops
// hand the middle of the run to this and go on from where it stops. Inline: called once a run.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace pith::text {

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
constexpr bool kLittleEndianWords = true;
#else
constexpr bool kLittleEndianWords = false;  // skip_prose then leaves all to the byte loops
#endif

// From `from` (whose byte before is a byte of the run and no space), past eight-byte words that
// hold no byte below a space (for `ascii_only`, none at 0x7F or above either) and no two spaces in a
// row. A word ending in a space is taken but for that space: the byte after it is not read yet.
// Returns where it stopped, at a byte the caller's own loop must judge.
template <bool ascii_only>
std::size_t skip_prose(std::string_view s, std::size_t from) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ull;
  constexpr std::uint64_t kHighs = 0x8080808080808080ull;
  constexpr std::uint64_t kLastByte = 0x80ull << 56;
  std::size_t i = from;
  while (kLittleEndianWords && i + 8 <= s.size()) {
    std::uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    std::uint64_t bad = ~(((w & ~kHighs) + kOnes * 0x60) | w) & kHighs;  // below 0x20, exactly
    // 0x7F and above: a carry out of 0xFF marks only bytes after a marked one.
    if (ascii_only) bad |= ((w + kOnes) | w) & kHighs;
    std::uint64_t t = w ^ (kOnes * ' ');
    std::uint64_t spaces = ~(((t & ~kHighs) + ~kHighs) | t) & kHighs;  // exactly
    // Little-endian order: the byte after byte k is byte k + 1, eight bits up.
    if ((bad | (spaces & (spaces >> 8))) != 0) break;
    i += (spaces & kLastByte) != 0 ? 7 : 8;
  }
  return i;
}

}  // namespace pith::text
