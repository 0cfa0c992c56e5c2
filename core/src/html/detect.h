// Is an input markup or prose? Decides Format::Auto.
#pragma once

#include <string_view>

namespace pith::html {

// True when the input opens as an HTML document or holds several block-level tags in its first
// 64 KB; prose that mentions a tag or two ("use the <p> tag") stays text.
bool looks_like_html(std::string_view input);

}  // namespace pith::html
