// The Encoding Standard's CJK indexes (pointer → code point), stored compactly in
// charset_cjk_tables.inc (scripts/gen-cjk-tables.py) and unpacked for the decoders of charset_cjk.h.
#pragma once

#include <cstdint>
#include <vector>

namespace pith::text {

enum class CjkIndex { Jis0208, Jis0212, Gb18030, Big5, EucKr };

// The whole index as an array, 0 where a pointer has no code point. Unpacked on each call (7,000 to
// 24,000 entries, well under a millisecond) rather than kept in a global: one call serves a page.
std::vector<char32_t> unpack_cjk_index(CjkIndex index);

// The standard's "index gb18030 ranges code point" for a four-byte gb18030 pointer, including the
// supplementary planes from pointer 189000; 0 where the standard says null.
char32_t gb18030_ranges_code_point(std::uint32_t pointer);

}  // namespace pith::text
