// A fixed set of words with a few flag bits each, built at compile time as an open-addressing hash
// table: looking a word up costs one hash and usually one comparison, where a binary search over
// several sorted lists cost a dozen string comparisons (the bulk of the key phrases' time).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace pith::nlp {

constexpr std::uint32_t word_hash(std::string_view w) {
  std::uint32_t h = 2166136261u;  // FNV-1a
  for (char c : w) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return h;
}

// Slots must be a power of two, comfortably above the number of words (probing needs empty slots).
// Flags is the integer type of each word's flag bits: a byte, or wider for more lists than eight.
template <std::size_t Slots, typename Flags = std::uint8_t>
struct WordTable {
  static_assert((Slots & (Slots - 1)) == 0, "Slots must be a power of two");
  std::array<std::string_view, Slots> words{};
  std::array<Flags, Slots> flags{};
  std::size_t size = 0;

  // Adds every word of `list` with `flag`; a word already there gains the flag.
  template <std::size_t N>
  constexpr WordTable& add(const std::array<std::string_view, N>& list, Flags flag) {
    for (std::string_view w : list) {
      std::size_t i = word_hash(w) & (Slots - 1);
      while (!words[i].empty() && words[i] != w) i = (i + 1) & (Slots - 1);
      if (words[i].empty()) {
        words[i] = w;
        ++size;
      }
      flags[i] |= flag;
    }
    return *this;
  }

  // The flags of `w`, or 0 when it is not in the table.
  constexpr Flags find(std::string_view w) const {
    if (w.empty()) return 0;
    std::size_t i = word_hash(w) & (Slots - 1);
    while (!words[i].empty()) {
      if (words[i].size() == w.size() && words[i] == w) return flags[i];
      i = (i + 1) & (Slots - 1);
    }
    return 0;
  }
};

}  // namespace pith::nlp
