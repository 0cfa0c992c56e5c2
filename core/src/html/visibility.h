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

// Inline style that hides: "display:none", "visibility: hidden" (any spacing and case).
bool style_hides(std::string_view style);

}  // namespace pith::html
