// Byte tests eight bytes at a time, in portable C++, shared by the passes that read every byte of a
// page (the UTF-8 check, whitespace collapsing, the text counts, name hints, quotes). The
// WebAssembly build has no fast library scan (memchr and kin) to hand them to, and a 64-bit word is
// native there. A mark is 0x80 in a byte of the result.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace pith::text::swar {

constexpr std::uint64_t kOnes = 0x0101010101010101ull;
constexpr std::uint64_t kHighs = 0x8080808080808080ull;

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
// Byte k of a loaded word is bits 8k..8k+7: the first byte in memory is the lowest.
constexpr bool kLittleEndian = true;
#else
constexpr bool kLittleEndian = false;
#endif

inline std::uint64_t load8(const char* p) {
  std::uint64_t w;
  std::memcpy(&w, p, 8);
  return w;
}

inline void store8(char* p, std::uint64_t w) { std::memcpy(p, &w, 8); }

// The bytes equal to `b`, exactly: no carry crosses a byte.
inline std::uint64_t equal_bytes(std::uint64_t w, unsigned char b) {
  std::uint64_t t = w ^ (kOnes * b);
  return ~(((t & ~kHighs) + ~kHighs) | t) & kHighs;
}

// The zero bytes, cheaply: a borrow can mark bytes after a zero one, so it is exact for "any?" and
// for the first mark (with w ^ kOnes * b: the first byte equal to b).
inline std::uint64_t zero_bytes(std::uint64_t w) { return (w - kOnes) & ~w & kHighs; }

// The bytes below 0x20 (line breaks, tabs, control bytes), exactly.
inline std::uint64_t control_bytes(std::uint64_t w) { return ~(((w & ~kHighs) + kOnes * 0x60) | w) & kHighs; }

// The bytes at 0x80 and above.
inline std::uint64_t high_bytes(std::uint64_t w) { return w & kHighs; }

// The bytes at 0x7F and above. A carry out of 0xFF can mark only bytes after a marked one: exact
// for "any?", and for the first mark.
inline std::uint64_t delete_or_high_bytes(std::uint64_t w) { return ((w + kOnes) | w) & kHighs; }

// How many bytes are marked.
inline std::uint32_t count_marks(std::uint64_t marks) {
  return static_cast<std::uint32_t>(((marks >> 7) * kOnes) >> 56);
}

// The offset of the first marked byte (marks not zero); 0 on a big-endian machine, where the
// caller's byte loop then finds it.
inline std::size_t first_mark(std::uint64_t marks) {
#if (defined(__GNUC__) || defined(__clang__))
  if (kLittleEndian) return static_cast<std::size_t>(__builtin_ctzll(marks)) / 8;
#endif
  (void)marks;
  return 0;
}

// ASCII upper-case letters lower-cased, every other byte as it is.
inline std::uint64_t ascii_lower(std::uint64_t w) {
  std::uint64_t low7 = w & ~kHighs;
  std::uint64_t from_a = low7 + kOnes * (0x80 - 'A');      // marks: byte >= 'A'
  std::uint64_t past_z = low7 + kOnes * (0x80 - 'Z' - 1);  // marks: byte > 'Z'
  std::uint64_t upper = from_a & ~past_z & ~w & kHighs;
  return w | (upper >> 2);  // 0x80 >> 2 is the case bit
}

}  // namespace pith::text::swar
