// Is an input markup or prose? Decides Format::Auto.
#pragma once

#include <string_view>

namespace pith::html {

// True when the input opens as an HTML document or holds several block-level tags in its first
// 64 KB; prose that mentions a tag or two ("use the <p> tag") stays text.
bool looks_like_html(std::string_view input);

// False when the input holds no "<" at all, so no tag, comment or doctype: an "HTML" input without
// one is a text paste sent as HTML. (Any "<" counts, so stray angles are still read as HTML.)
bool has_markup(std::string_view input);

}  // namespace pith::html
