// Quote marks inside inline code (<code> in a paragraph) stay as written when the rest of the
// paragraph gets smart quotes: a reader copying `#[doc="..."]` or `encoding: 'utf8'` from a
// documentation page needs the ASCII marks. Quotes are applied to whole blocks after extraction, so
// the block writer swaps each ASCII quote of inline code for a Unicode noncharacter (U+FDD0 for ',
// U+FDD1 for "), which Unicode sets aside for a program's internal use and no quote pass touches,
// and the reader swaps them back once quotes are applied. Code blocks (<pre>) are never curled.
#pragma once

#include <string>
#include <string_view>

namespace pith::text {

// `code` appended to `out` with its ASCII quote marks swapped for the markers.
void append_marking_quotes(std::string& out, std::string_view code);

// The markers in `s` back to ASCII quote marks. A noncharacter that came with the input (which
// Unicode does not expect in interchanged text) becomes a quote mark too.
void unmark_quotes(std::string& s);

}  // namespace pith::text
