// Hard-wrapped text (e-mail, PDF and terminal copies) joined back into paragraphs.
#pragma once

#include <string>
#include <string_view>

namespace pith::text {

// When most lines are filled to a common width (the signature of a hard wrap), the lines of each
// paragraph are joined with spaces; a paragraph ends at a blank line, at a line well short of the
// width, or before an indented or list line. A word hyphenated across a break is joined without the
// hyphen ("exam-" + "ple" → "example") unless the text elsewhere writes it with one, or the first
// part is a prefix that keeps its hyphen ("well-", "self-", "non-"…). Text that is not hard-wrapped
// comes back unchanged: pasted web pages put one paragraph on each line already.
std::string unwrap_hard_wrapped(std::string_view text);

}  // namespace pith::text
