// Sixteen bytes at a time through the compiler's vector extensions (SSE2 on x86-64, simd128 in the
// WebAssembly build), with no target header: core stays portable C++17, and a target without
// 16-byte vectors leaves PITH_VEC16 undefined and its callers take their eight-byte word paths.
#pragma once

#include <cstdint>
#include <cstring>

#if (defined(__GNUC__) || defined(__clang__)) && (defined(__SSE2__) || defined(__wasm_simd128__))
#define PITH_VEC16 1
namespace pith::text::vec16 {

typedef unsigned char V16 __attribute__((vector_size(16)));
typedef std::uint64_t V2x64 __attribute__((vector_size(16)));

inline V16 load16(const void* p) {
  V16 v;
  std::memcpy(&v, p, 16);
  return v;
}
inline void store16(void* p, V16 v) { std::memcpy(p, &v, 16); }
inline V16 splat16(char c) { return V16{} + static_cast<unsigned char>(c); }
// Each byte of a compare is 0xFF or 0: the two halves as words, for a test or a position.
inline V2x64 halves(V16 m) { return (V2x64)m; }
inline bool any16(V16 m) {
  V2x64 q = halves(m);
  return (q[0] | q[1]) != 0;
}
// The even bytes of a then of b: sixteen little-endian 16-bit units narrowed to their low bytes
// (one shuffle in simd128 and SSSE3; GCC and Clang spell the builtin differently).
inline V16 even_bytes(V16 a, V16 b) {
#ifdef __clang__
  return __builtin_shufflevector(a, b, 0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30);
#else
  return __builtin_shuffle(a, b, V16{0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30});
#endif
}

}  // namespace pith::text::vec16
#endif
