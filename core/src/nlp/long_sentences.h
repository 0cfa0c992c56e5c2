// A bound on a sentence's length, for text with no sentence stops.
#pragma once

#include <vector>

#include "pith/sentences.h"

namespace pith::nlp {

// `sentence` of `text` as it stands, or, when it is far longer than any sentence a reader writes
// (an auto-generated transcript has no stops at all: 480 words made one "sentence"), cut into
// pieces of a few dozen words at spaces (at a character where there are none). Each piece is a
// slice of `text`, trimmed of spaces, so a summary still quotes it exactly.
std::vector<Span> bounded_pieces(std::string_view text, Span sentence);

}  // namespace pith::nlp
