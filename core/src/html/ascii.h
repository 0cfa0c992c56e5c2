// ASCII classes as the HTML spec defines them; every byte the tokenizer treats specially is ASCII.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

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
// scanned eight bytes at a time (a word holds byte x iff (w ^ x·0x01…) has a zero byte), since
// scripts and long paragraphs are most of a page's bytes.
namespace detail {
constexpr std::uint64_t kOnes = 0x0101010101010101ull;
constexpr std::uint64_t kHighs = 0x8080808080808080ull;
inline std::uint64_t zero_bytes(std::uint64_t w) { return (w - kOnes) & ~w & kHighs; }
inline std::uint64_t load8(const char* p) {
  std::uint64_t w;
  std::memcpy(&w, p, 8);
  return w;
}
}  // namespace detail

// How many times `byte` occurs in `s`, eight bytes at a time: a per-byte loop or a memchr call per
// hit were each about 5% of reading a page. (Per byte: low seven bits plus 0x7F carries into the
// high bit unless they are zero; OR the byte's own high bit; the bytes left clear are the hits,
// summed by one multiply.)
inline std::size_t count_byte(std::string_view s, char byte) {
  const std::uint64_t pattern = detail::kOnes * static_cast<unsigned char>(byte);
  const std::uint64_t lows = ~detail::kHighs;
  std::size_t count = 0;
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t x = detail::load8(s.data() + i) ^ pattern;
    std::uint64_t zero = ~(((x & lows) + lows) | x) & detail::kHighs;
    count += static_cast<std::size_t>(((zero >> 7) * detail::kOnes) >> 56);
  }
  for (; i < s.size(); ++i) count += s[i] == byte;
  return count;
}

template <typename... Bytes>
std::size_t find_any(std::string_view s, std::size_t from, Bytes... bytes) {
  const char* p = s.data();
  const std::size_t n = s.size();
  while (from + 8 <= n) {
    std::uint64_t w = detail::load8(p + from);
    std::uint64_t hit = (detail::zero_bytes(w ^ (detail::kOnes * static_cast<unsigned char>(bytes))) | ...);
    if (hit != 0) break;
    from += 8;
  }
  while (from < n && ((p[from] != bytes) && ...)) ++from;
  return from;
}

}  // namespace pith::html::ascii
