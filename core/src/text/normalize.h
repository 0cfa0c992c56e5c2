// Cleanup rules for one line of text. None of them changes a word: they only fix spacing, invisible
// characters and quote marks.
#pragma once

#include <string>
#include <string_view>

#include "pith/read.h"

namespace pith::text {

// Exotic spaces (no-break, thin, ideographic…) and tabs → one plain space; zero-width characters,
// soft hyphens, BOMs and control characters → nothing; runs of spaces → one; trimmed.
std::string normalize_spaces(std::string_view line);

// ASCII letters lower-cased, everything else as it is: for comparing labels and keywords.
std::string ascii_lower(std::string_view s);

// Words as pith counts them everywhere (budgets, the faces' "N words", headline and label tests):
// runs of characters between Unicode spaces.
std::size_t count_words(std::string_view text);

// Straight quotes → typographic ones (Smart), typographic → straight (Ascii), or untouched (Keep).
// Apostrophes inside words (we're) and before decade digits ('90s) become ’.
std::string apply_quotes(std::string_view line, Quotes mode);

}  // namespace pith::text
