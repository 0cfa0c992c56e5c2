// The end of a run of words, found eight bytes a step. Normalising whitespace copies prose a run at
// a time, a run being words with single plain spaces between them; its byte loop hands the middle
// of the run to this and goes on from where it stops. Inline: called once a run.
#pragma once

#include <cstdint>
#include <string_view>

#include "text/swar.h"

namespace pith::text {

// From `from` (whose byte before is a byte of the run and no space), past eight-byte words that
// hold no byte below a space or at 0x7F and above, and no two spaces in a row. A word ending in a
// space is taken but for that space: the byte after it is not read yet. Returns where it stopped, at
// a byte the caller's own loop must judge.
inline std::size_t skip_prose(std::string_view s, std::size_t from) {
  using namespace swar;
  constexpr std::uint64_t kLastByte = 0x80ull << 56;
  std::size_t i = from;
  // Big-endian machines leave it all to the byte loops: the byte after byte k is taken to be eight
  // bits up.
  while (kLittleEndian && i + 8 <= s.size()) {
    std::uint64_t w = load8(s.data() + i);
    std::uint64_t bad = control_bytes(w) | delete_or_high_bytes(w);
    std::uint64_t spaces = equal_bytes(w, ' ');
    if ((bad | (spaces & (spaces >> 8))) != 0) break;
    i += (spaces & kLastByte) != 0 ? 7 : 8;
  }
  return i;
}

}  // namespace pith::text
