// Word-level views of a line used by the line classifiers.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace pith::extract {

// Whitespace-separated tokens of a normalised line (views into it). Stops after `limit` tokens, so a
// rule that only looks at short lines costs nothing on a 10 MB one.
std::vector<std::string_view> tokens(std::string_view line, std::size_t limit = static_cast<std::size_t>(-1));

// How many tokens tokens() would return, without making them: the classifiers turn most lines away
// on their length in words alone.
std::size_t count_tokens(std::string_view line, std::size_t limit = static_cast<std::size_t>(-1));

// A token with its surrounding punctuation removed: “Hello,” → Hello.
std::string_view strip_punct(std::string_view token);

std::string ascii_lower(std::string_view s);

bool starts_upper(std::string_view word);  // first letter is upper case
bool has_letter(std::string_view word);

// Minor words that stay lower case in title case ("of", "the", "and" …).
bool is_minor_word(std::string_view lowered);

// The unit of a reading time ("5 min read", "12 minutes read"): min, mins, minute, minutes. The
// furniture rules and the byline row read it alike.
bool is_reading_time_unit(std::string_view lowered);

}  // namespace pith::extract
