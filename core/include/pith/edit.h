// Edits a reader makes to a Document after reading it.
#pragma once

#include <cstddef>
#include <optional>

#include "pith/document.h"

namespace pith {

// Puts removed[index] back into the article where it stood (before blocks[position]), as a paragraph
// (a restored title as a heading), and keeps every other removal's position pointing where it stood.
// Metadata the piece filled (byline, date…) stays, except the title: a restored title piece is the
// headline, now among the blocks, so doc.title is cleared. Nothing when index is out of range.
std::optional<Document> restore_removed(const Document& doc, std::size_t index);

}  // namespace pith
