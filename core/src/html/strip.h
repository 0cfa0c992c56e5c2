// Minimal HTML → text for the foundation: tags dropped, block elements become line breaks, script and
// style content dropped, character references decoded. One linear pass, no tree, no recursion, so
// any nesting depth costs nothing. The real tokenizer and extractor replace this later.
#pragma once

#include <string>
#include <string_view>

namespace pith::html {

struct StrippedHtml {
  std::string text;        // one block per line
  std::string title;       // <title> content, if any
  std::size_t dropped_scripts = 0;  // script/style/template elements dropped
};

StrippedHtml strip_to_text(std::string_view html);

// True when the input looks like markup rather than prose that mentions a tag.
bool looks_like_html(std::string_view input);

// Decodes &amp; &#8217; &#x2019; and the common named references; unknown ones stay as written.
std::string decode_entities(std::string_view s);

}  // namespace pith::html
