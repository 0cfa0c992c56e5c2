// The two Markdown marks a pasted README or note relies on: code fences and "#" headings.
#pragma once

#include <cstddef>
#include <string_view>

namespace pith::text {

// "```", "```python", "~~~": a line that opens or closes a fenced code block.
bool is_code_fence(std::string_view line);

// The level of an ATX heading ("## Parts" → 2), 0 for any other line ("#hashtag", "#1 seller").
std::size_t heading_level(std::string_view line);

// The heading's text without its marks: "## Parts" → "Parts".
std::string_view heading_text(std::string_view line);

// A row of a Markdown table: "| Tool | Time (s) |", "|------|------|" (opens and closes on a bar,
// with one between).
bool is_table_markup(std::string_view line);

}  // namespace pith::text
