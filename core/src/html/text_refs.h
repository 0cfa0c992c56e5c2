// Character references left in plain text ("Fish &amp; chips", "it&#8217;s"), as pasted from page
// source: decoded with the tokenizer's own rules and the full WHATWG name table.
#pragma once

#include <string>
#include <string_view>

namespace pith::html {

std::string decode_entities(std::string_view text);

}  // namespace pith::html
