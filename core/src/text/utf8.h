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

// Writes `cp` as UTF-8 at `out` (1 to 4 bytes) and returns the end of what it wrote. Inline: the
// conversion of every string Node hands over (utf16_to_utf8) calls it unit by unit.
inline char* put_utf8(char* out, char32_t cp) {
  if (cp < 0x80) {
    *out++ = static_cast<char>(cp);
  } else if (cp < 0x800) {
    *out++ = static_cast<char>(0xC0 | cp >> 6);
    *out++ = static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    *out++ = static_cast<char>(0xE0 | cp >> 12);
    *out++ = static_cast<char>(0x80 | (cp >> 6 & 0x3F));
    *out++ = static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    *out++ = static_cast<char>(0xF0 | cp >> 18);
    *out++ = static_cast<char>(0x80 | (cp >> 12 & 0x3F));
    *out++ = static_cast<char>(0x80 | (cp >> 6 & 0x3F));
    *out++ = static_cast<char>(0x80 | (cp & 0x3F));
  }
  return out;
}

void append_utf8(std::string& out, char32_t cp);

// A UTF-16 unit that is half of a surrogate pair: no code point by itself.
constexpr bool is_surrogate(char32_t unit) { return unit >= 0xD800 && unit <= 0xDFFF; }

// The code point of the UTF-16 surrogate pair `lead trail`, or U+FFFD when `lead` does not begin
// one: a lone surrogate has no UTF-8 form, and the WHATWG decoder and TextEncoder both replace it.
// A result past U+FFFF says `trail` was used; pass 0 when no unit follows `lead`.
constexpr char32_t surrogate_pair(char32_t lead, char32_t trail) {
  return lead >= 0xD800 && lead <= 0xDBFF && trail >= 0xDC00 && trail <= 0xDFFF
             ? 0x10000 + ((lead - 0xD800) << 10) + (trail - 0xDC00)
             : 0xFFFD;
}

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
// Lower case for ASCII, Latin-1, Greek and Cyrillic capitals; other code points as they are. Enough
// to compare words in the languages the function-word lists cover.
char32_t fold_case(char32_t cp);
bool is_lower(char32_t cp);
bool is_digit(char32_t cp);      // ASCII digits only
bool is_space(char32_t cp);      // every Unicode space separator, tab and line breaks
// Han ideographs and kana: Chinese and Japanese are written without spaces between words, so
// these are counted a character at a time.
bool is_unspaced_cjk(char32_t cp);
// Hangul syllables: Korean spaces its words, but a line of them still reads as CJK text.
bool is_hangul_syllable(char32_t cp);

}  // namespace pith::text
