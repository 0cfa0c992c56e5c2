#include "nlp/long_sentences.h"

#include <cstdint>

namespace pith::nlp {
namespace {

// About a hundred English words: written sentences this long are rare enough that cutting them
// costs less than quoting a whole unpunctuated transcript as one line.
constexpr std::size_t kLongSentenceBytes = 640;
// About forty English words a piece: short enough for a 50-word budget to take one.
constexpr std::size_t kPieceBytes = 240;

bool is_byte_space(char c) { return c == ' '; }

// A cut near `target` in [lo, hi): the last space at or before it within half a piece, else the
// first space after it, else the code point boundary at or before it.
std::size_t cut_near(std::string_view s, std::size_t lo, std::size_t target, std::size_t hi) {
  const std::size_t back_limit = target > lo + kPieceBytes / 2 ? target - kPieceBytes / 2 : lo;
  for (std::size_t i = target; i > back_limit; --i) {
    if (is_byte_space(s[i])) return i;
  }
  for (std::size_t i = target; i < hi && i < target + kPieceBytes / 2; ++i) {
    if (is_byte_space(s[i])) return i;
  }
  std::size_t at = target;
  while (at > lo && (static_cast<unsigned char>(s[at]) & 0xC0) == 0x80) --at;  // not inside a character
  return at;
}

}  // namespace

std::vector<Span> bounded_pieces(std::string_view s, Span sentence) {
  const std::size_t len = sentence.end - sentence.begin;
  if (len <= kLongSentenceBytes) return {sentence};
  const std::size_t pieces = (len + kPieceBytes - 1) / kPieceBytes;
  std::vector<Span> out;
  std::size_t begin = sentence.begin;
  for (std::size_t k = 1; k <= pieces; ++k) {
    std::size_t end = sentence.end;
    if (k < pieces) {
      // In 64 bits: size_t is 32 in the WebAssembly build, where len * k wraps past 1 MB runs.
      const std::size_t target =
          sentence.begin + static_cast<std::size_t>(static_cast<std::uint64_t>(len) * k / pieces);
      if (target <= begin) continue;
      end = cut_near(s, begin, target, sentence.end);
    }
    std::size_t b = begin, e = end;
    while (b < e && is_byte_space(s[b])) ++b;
    while (e > b && is_byte_space(s[e - 1])) --e;
    if (e > b) out.push_back({b, e});
    begin = end;
  }
  return out;
}

}  // namespace pith::nlp
