// Cleanup rules for one line of text. None of them changes a word: they only fix spacing, invisible
// characters and quote marks.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "pith/read.h"

namespace pith::text {

// Exotic spaces (no-break, thin, ideographic…) and tabs → one plain space; zero-width characters,
// soft hyphens, BOMs and control characters → nothing; runs of spaces → one; trimmed.
std::string normalize_spaces(std::string_view line);

// ASCII letters lower-cased, everything else as it is: for comparing labels and keywords.
std::string ascii_lower(std::string_view s);

// Runs of characters between Unicode spaces: the shape of a label or name in the headline, site
// name and fragment tests, where a five-character Chinese site name is one label, not five words.
std::size_t count_words(std::string_view text);

// Words as a reader counts them, for the faces' "N words" and the summary's word budget: runs
// between spaces, and each Han ideograph or kana on its own, since Chinese and Japanese put no
// spaces between words (a Japanese article of 300 characters was three "words", so a 10-word
// budget took all of it). Korean spaces its words, so Hangul counts by runs.
std::size_t count_reading_words(std::string_view text);

// A stretch of a line: bytes [from, to).
struct ByteRange {
  std::size_t from = 0;
  std::size_t to = 0;
};

// Straight quotes → typographic ones (Smart), typographic → straight (Ascii), or untouched (Keep).
// Apostrophes inside words (we're) and before decade digits ('90s) become ’. The stretches in
// `verbatim` (in order, apart) are copied as they stand: the inline code of a paragraph, whose
// quotes are part of what a reader copies. Their characters are still the context that turns a
// quote beside them.
std::string apply_quotes(std::string_view line, Quotes mode, const std::vector<ByteRange>& verbatim = {});

// The length of the quote mark at `i`: 1 for ' and ", 3 for U+2018-U+201F (the marks apply_quotes
// turns, one way or the other), 0 for anything else.
std::size_t quote_mark_length(std::string_view s, std::size_t i);

// Where the first quote mark at or after `from` starts; s.size() when there is none.
std::size_t next_quote_mark(std::string_view s, std::size_t from);

}  // namespace pith::text
