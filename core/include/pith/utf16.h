// UTF-16 code units (a JavaScript string's) as UTF-8. Under Node the package copies a string's
// units into the engine's heap (Buffer's ucs2Write, a plain copy) and the engine encodes them, which
// reads pages faster than TextEncoder.encodeInto's encoding (node bench/string-input.mjs).
#pragma once

#include <cstddef>

namespace pith {

// Encodes the `units` little-endian UTF-16 code units at `in` as UTF-8 at `out` and returns the
// bytes written, at most 3 × units. A lone surrogate becomes U+FFFD, as TextEncoder has it, so the
// result is always well-formed. `in` may share `out`'s block when it starts `units` bytes in, in a
// block of 3 × units bytes: no unit is overwritten before it is read, so a string needs no room
// beyond its worst case.
std::size_t utf16_to_utf8(const unsigned char* in, std::size_t units, char* out);

}  // namespace pith
