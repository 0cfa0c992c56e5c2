// Where the inline code of a block (<code>, <kbd>, <samp>, <tt> in a paragraph, a list item, a
// table row) holds quote marks: a reader copies that code, so read's quote styling leaves them as
// the page wrote them (Node.js's `-e "script"` curled is a command the shell rejects).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "text/normalize.h"

namespace pith::extract {

// The quote marks of one block's inline code.
struct CodeQuotes {
  std::size_t block = 0;               // index in Document::blocks
  std::vector<text::ByteRange> marks;  // stretches of the block's text, in order
};

// `raw` is a block's text as the writer gathered it, `code` the stretches of raw inside inline code
// (in order, apart), `text` what normalize_spaces made of raw. Returns, for each stretch holding
// quote marks, the bytes of `text` from its first mark to past its last. normalize_spaces moves
// bytes (it collapses spaces, drops invisible characters) but keeps every quote mark, in order:
// the n-th mark of raw is the n-th of text, so the marks are matched by count, not offset.
std::vector<text::ByteRange> code_quote_marks(std::string_view raw, const std::vector<text::ByteRange>& code,
                                              std::string_view text);

}  // namespace pith::extract
