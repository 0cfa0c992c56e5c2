// The Encoding Standard's multi-byte CJK decoders: Shift_JIS, EUC-JP, ISO-2022-JP, GBK and gb18030,
// Big5, EUC-KR (https://encoding.spec.whatwg.org/, sections 11 to 14), step for step.
#pragma once

#include <string>
#include <string_view>

#include "text/charset.h"

namespace pith::text {

bool is_cjk(Encoding e);

// Bytes to valid UTF-8 as the standard's decoder for e, with its error mode "replacement": every
// error is one U+FFFD (and sets *replaced), and an ASCII byte that ends a sequence early is read
// again as itself, so markup after a broken character survives. Linear in the input; never fails.
// e must satisfy is_cjk().
std::string decode_cjk(std::string_view bytes, Encoding e, bool* replaced);

}  // namespace pith::text
