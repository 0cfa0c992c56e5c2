// ASCII classes as the HTML spec defines them; every byte the tokenizer treats specially is ASCII.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "text/swar.h"
#include "text/vec16.h"

namespace pith::html::ascii {

inline bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
inline char lower(char c) { return is_upper(c) ? static_cast<char>(c + 32) : c; }
// Tab, LF, FF, space: CR never reaches the tokenizer (the input is normalised first).
inline bool is_space(char c) { return c == '\t' || c == '\n' || c == '\f' || c == ' '; }

// Does `s` hold `lower_word` at offset `at`, ignoring ASCII case? (`lower_word` is lower-case.)
inline bool iequals_at(std::string_view s, std::size_t at, std::string_view lower_word) {
  if (at > s.size() || s.size() - at < lower_word.size()) return false;
  for (std::size_t k = 0; k < lower_word.size(); ++k) {
    if (lower(s[at + k]) != lower_word[k]) return false;
  }
  return true;
}

inline bool iequals(std::string_view a, std::string_view lower_b) {
  if (a.size() != lower_b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (lower(a[i]) != lower_b[i]) return false;
  }
  return true;
}

// Offset of the first of the given bytes at or after `from`, or s.size(). The tokenizer's bulk
// copies: a run of ordinary text is appended in one go instead of a byte per state step. Runs are
// scanned sixteen bytes at a compare where vectors are there, else eight (a word holds byte x iff
// (w ^ x·0x01…) has a zero byte), since scripts and long paragraphs are most of a page's bytes.
namespace detail {
using text::swar::kOnes;
using text::swar::load8;
using text::swar::zero_bytes;
}  // namespace detail

// Sixteen-byte compares where the target has them (text/vec16.h), else the eight-byte word path.
#ifdef PITH_VEC16
namespace detail {
using text::vec16::any16;
using text::vec16::halves;
using text::vec16::load16;
using text::vec16::splat16;
using text::vec16::V16;
using text::vec16::V2x64;
}  // namespace detail
#endif

// How many times `byte` occurs in `s` before the first `stop` byte, and where that is (`stop_at`,
// s.size() when there is none): the tree builder's node count and the tokenizer's CR check in one
// pass over the page. A per-byte loop or a memchr call per hit were each about 5% of reading a
// page.
inline std::size_t count_byte_before(std::string_view s, char byte, char stop, std::size_t& stop_at) {
  const char* p = s.data();
  const std::size_t n = s.size();
  std::size_t count = 0;
  std::size_t i = 0;
#ifdef PITH_VEC16
  // 64 bytes a step. Hits are summed per byte lane (a compare is -1 per hit; at most 4 a step) and
  // folded into the count every 32 steps, before a lane can pass 255: byte pairs to 16-bit lanes,
  // then one multiply.
  const detail::V16 pattern = detail::splat16(byte);
  const detail::V16 stops = detail::splat16(stop);
  constexpr std::uint64_t kLowBytes = 0x00FF00FF00FF00FFull;
  auto pairs = [](std::uint64_t w) { return (w & kLowBytes) + ((w >> 8) & kLowBytes); };
  // The stop byte is rare (most pages have no CR), so it is gathered over the block and tested once
  // at its end; a block that holds one is left to the byte loop below, which counts up to it.
  while (i + 64 <= n) {
    detail::V16 lanes{};
    detail::V16 stopped{};
    const std::size_t block_start = i;
    const std::size_t block_end = std::min(n & ~std::size_t{63}, i + 32 * 64);
    for (; i < block_end; i += 64) {
      detail::V16 v0 = detail::load16(p + i), v1 = detail::load16(p + i + 16);
      detail::V16 v2 = detail::load16(p + i + 32), v3 = detail::load16(p + i + 48);
      stopped |= (detail::V16)((v0 == stops) | (v1 == stops) | (v2 == stops) | (v3 == stops));
      lanes -= (detail::V16)(v0 == pattern) + (detail::V16)(v1 == pattern) + (detail::V16)(v2 == pattern) +
               (detail::V16)(v3 == pattern);
    }
    if (detail::any16(stopped)) {
      i = block_start;
      break;
    }
    detail::V2x64 q = detail::halves(lanes);
    count += static_cast<std::size_t>(((pairs(q[0]) + pairs(q[1])) * 0x0001000100010001ull) >> 48);
  }
#else
  // Four words' exact hits (at most 4 per byte lane) are summed by one multiply.
  const std::uint64_t stops = detail::kOnes * static_cast<unsigned char>(stop);
  auto hits = [&](std::uint64_t w) { return text::swar::equal_bytes(w, static_cast<unsigned char>(byte)) >> 7; };
  for (; i + 32 <= n; i += 32) {
    std::uint64_t w0 = detail::load8(p + i), w1 = detail::load8(p + i + 8);
    std::uint64_t w2 = detail::load8(p + i + 16), w3 = detail::load8(p + i + 24);
    if ((detail::zero_bytes(w0 ^ stops) | detail::zero_bytes(w1 ^ stops) | detail::zero_bytes(w2 ^ stops) |
         detail::zero_bytes(w3 ^ stops)) != 0) {
      break;
    }
    count += static_cast<std::size_t>(((hits(w0) + hits(w1) + hits(w2) + hits(w3)) * detail::kOnes) >> 56);
  }
#endif
  for (; i < n && p[i] != stop; ++i) count += p[i] == byte;
  stop_at = i;
  return count;
}

// The lowest flagged byte of a word is exact (bytes above it may be flagged falsely): on a
// little-endian load it is the first match, found from the trailing zeros instead of a byte loop.
// Always inlined: at two vectors a step GCC stopped inlining it, and the call cost more than the
// wider step saved.
template <typename... Bytes>
[[gnu::always_inline]] inline std::size_t find_any(std::string_view s, std::size_t from, Bytes... bytes) {
  static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "words are loaded little-endian");
  const char* p = s.data();
  const std::size_t n = s.size();
#ifdef PITH_VEC16
  // Compares are exact, so the first flagged byte of any half is the first match. Two vectors a
  // step, tested as one: script, style and long paragraphs are most of a page's bytes.
  while (from + 32 <= n) {
    detail::V16 a = detail::load16(p + from);
    detail::V16 b = detail::load16(p + from + 16);
    detail::V16 hit_a = (detail::V16)((a == detail::splat16(bytes)) | ...);
    detail::V16 hit_b = (detail::V16)((b == detail::splat16(bytes)) | ...);
    if (detail::any16(hit_a | hit_b)) {
      detail::V2x64 q = detail::halves(hit_a);
      if (q[0] != 0) return from + static_cast<std::size_t>(__builtin_ctzll(q[0]) >> 3);
      if (q[1] != 0) return from + 8 + static_cast<std::size_t>(__builtin_ctzll(q[1]) >> 3);
      q = detail::halves(hit_b);
      if (q[0] != 0) return from + 16 + static_cast<std::size_t>(__builtin_ctzll(q[0]) >> 3);
      return from + 24 + static_cast<std::size_t>(__builtin_ctzll(q[1]) >> 3);
    }
    from += 32;
  }
  while (from + 16 <= n) {
    detail::V16 v = detail::load16(p + from);
    detail::V2x64 hit = detail::halves((detail::V16)((v == detail::splat16(bytes)) | ...));
    if (hit[0] != 0) return from + static_cast<std::size_t>(__builtin_ctzll(hit[0]) >> 3);
    if (hit[1] != 0) return from + 8 + static_cast<std::size_t>(__builtin_ctzll(hit[1]) >> 3);
    from += 16;
  }
#endif
  while (from + 8 <= n) {
    std::uint64_t w = detail::load8(p + from);
    std::uint64_t hit = (detail::zero_bytes(w ^ (detail::kOnes * static_cast<unsigned char>(bytes))) | ...);
    if (hit != 0) return from + static_cast<std::size_t>(__builtin_ctzll(hit) >> 3);
    from += 8;
  }
  while (from < n && ((p[from] != bytes) && ...)) ++from;
  return from;
}

}  // namespace pith::html::ascii
