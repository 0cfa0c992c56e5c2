// What a page hides or never shows as text: the `hidden` attribute, aria-hidden, inline styles
// that hide, and elements whose content is code, media or controls rather than prose.
#pragma once

#include <optional>

#include "html/tree.h"
#include "pith/document.h"

namespace pith::html {

// Why an element's content is not readable text, or nothing when it may be. Only the element
// itself is judged: callers skip the subtree of a hidden element.
std::optional<Reason> invisible_reason(const Node& element);

// A ruby annotation (<rt>, and the <rp> brackets for browsers without ruby): the reading shown above
// a word, not a word of the sentence. Japanese pages for learners gloss each kanji ("西<rt>にし</rt>"),
// and read inline the glosses doubled every word ("西にし日本にほん"). It reads as nothing, and is
// not recorded as removed: it repeats the text it stands over.
bool is_ruby_annotation(const Node& element);

// The element's class is one of the well-known names for text shown to screen readers only
// ("sr-only", "screen-reader-text", "visually-hidden"…): clipped to a pixel, not hidden to the
// parser. Whether a reader leaves it out depends on where it stands (compute_stats).
bool names_visually_hidden(const Node& element);

// Inline style that hides: "display:none", "visibility: hidden" (any spacing and case).
bool style_hides(std::string_view style);

}  // namespace pith::html
