// UTF-8 primitives over std::string_view. Everything after decode_input() may assume valid UTF-8.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace pith::text {

// Bytes → valid UTF-8: each invalid sequence becomes U+FFFD; a leading BOM goes. `replaced` is set
// when anything was replaced, so read() can warn instead of losing text silently.
std::string decode_input(std::string_view bytes, bool* replaced = nullptr);

// The same without the BOM rule: the WHATWG UTF-8 decoder proper, for callers that sniffed the BOM.
std::string decode_utf8(std::string_view bytes, bool* replaced = nullptr);

// Index of the first byte at or after `from` that does not begin a well-formed UTF-8 sequence
// (bytes.size() when every sequence is well formed); adds the multi-byte sequences passed to
// *multibyte. Well formed as utfcpp's validator says (tested against it): no overlong forms, no
// surrogates, nothing past U+10FFFF.
std::size_t find_invalid_utf8(std::string_view bytes, std::size_t from = 0, std::size_t* multibyte = nullptr);

// The length of the well-formed UTF-8 sequence that starts at s[i] (1 to 4), or minus the length
// of its maximal ill-formed part, which a decoder replaces with one U+FFFD (the WHATWG decoder's
// rule). Well formed as find_invalid_utf8 has it: no overlong forms, surrogates or code points past
// U+10FFFF. The one definition every reader of raw bytes uses.
int sequence_length(std::string_view s, std::size_t i);

// Decodes the code point at s[i] of valid UTF-8 and advances i past it.
char32_t next_code_point(std::string_view s, std::size_t& i);

// The code point that ends just before byte `end` (valid UTF-8), and its start offset.
char32_t previous_code_point(std::string_view s, std::size_t end, std::size_t* start = nullptr);

void append_utf8(std::string& out, char32_t cp);

// Length in UTF-16 code units: the offsets JavaScript strings use.
std::size_t utf16_length(std::string_view s);

// Quotes and brackets that may close after a sentence's final stop: week.” (It did.) 「…。」
bool is_closing_punct(char32_t cp);
// Sentence-final stops: . ! ? … and the CJK 。！？
bool is_sentence_stop(char32_t cp);
// The code point before any closing punctuation at the end of `s` ('.' for "week.”"), 0 if none;
// `before` gets its end offset (where the closers begin).
char32_t last_before_closers(std::string_view s, std::size_t* before = nullptr);

bool is_letter(char32_t cp);     // approximate Unicode letter test, good for Latin, Greek, Cyrillic, CJK
bool is_upper(char32_t cp);
// Lower case for ASCII and Latin-1 letters; other code points as they are. Enough to compare words
// in the languages the function-word lists cover.
char32_t fold_case(char32_t cp);
bool is_lower(char32_t cp);
bool is_digit(char32_t cp);      // ASCII digits only
bool is_space(char32_t cp);      // every Unicode space separator, tab and line breaks

}  // namespace pith::text
