// Character references (&amp; &#8217; &#x2019;) as the WHATWG tokenizer decodes them: the character
// reference, named, ambiguous-ampersand and numeric states folded into one bounded-lookahead step.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace pith::html {

// Decodes the reference whose '&' is at in[amp]. Appends what the tokenizer would emit — the
// replacement text, or the characters taken literally when they do not form a reference — to `out`
// and returns the offset of the first byte left for the return state. `in_attribute` applies the
// legacy rule ("&copy=1" in an attribute value stays as written). Parse errors are added to
// `errors`. Linear: it reads at most one name's worth of lookahead beyond what it consumes.
std::size_t decode_char_ref(std::string_view in, std::size_t amp, bool in_attribute,
                            std::string& out, std::size_t& errors);

// The code point a numeric reference stands for: U+FFFD for 0, surrogates and values past
// U+10FFFF, the windows-1252 reading for 0x80–0x9F, and the value itself otherwise.
char32_t numeric_char_ref_value(std::uint32_t value);

}  // namespace pith::html
