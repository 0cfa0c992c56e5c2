// Plain text (a paste, or HTML already reduced to lines) → Document.
#pragma once

#include <string_view>

#include "pith/document.h"

namespace pith::extract {

// `text` is valid UTF-8. Fills blocks, removed and the metadata the text shows (title, byline,
// published, site name, image credit); leaves other fields of `doc` as they were.
void read_plain_text(std::string_view text, Document& doc);

}  // namespace pith::extract
