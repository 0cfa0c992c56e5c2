#include "text/normalize.h"

#include <algorithm>
#include <cstdint>

#include "text/prose_run.h"
#include "text/swar.h"
#include "text/utf8.h"

namespace pith::text {
namespace {

bool is_invisible(char32_t cp) {
  return cp == 0xAD                      // soft hyphen: only a hint for line breaking
         || (cp >= 0x200B && cp <= 0x200D)  // zero-width space / non-joiner / joiner
         || cp == 0x2060 || cp == 0xFEFF    // word joiner, BOM
         || cp < 0x20 || (cp >= 0x7F && cp < 0xA0);  // control characters (tab handled before)
}

bool is_printable_ascii(char c) { return c > ' ' && c < 0x7F; }

bool is_ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// Past a run of ASCII whitespace. The markup's indentation between tags reaches here (the block
// writer and visible_text copy text uncollapsed), so eight spaces or tabs go at a time.
std::size_t skip_ascii_spaces(std::string_view line, std::size_t i) {
  constexpr std::uint64_t kSpaces = swar::kOnes * ' ';
  constexpr std::uint64_t kTabs = swar::kOnes * '\t';
  for (; i + 8 <= line.size(); i += 8) {
    std::uint64_t w = swar::load8(line.data() + i);
    if (w != kSpaces && w != kTabs) break;
  }
  while (i < line.size() && is_ascii_space(line[i])) ++i;
  return i;
}

bool is_opening_context(char32_t prev) {
  // A quote after these opens; after a letter, digit or closing punctuation it closes.
  return prev == 0 || is_space(prev) || prev == '(' || prev == '[' || prev == '{' || prev == 0x2014 ||
         prev == 0x2013 || prev == '-' || prev == '/' || prev == 0x201C || prev == 0x2018;
}

// The first byte at or after `from` that may begin a quote mark: ' or ", and with `typographic`
// the E2 lead byte of U+2018-U+201F (which also begins dashes, ellipses and other punctuation);
// line.size() when there is none. Eight bytes at a time past words without one: most of a block's
// bytes.
std::size_t find_quote_byte(std::string_view line, std::size_t from, bool typographic) {
  using namespace swar;
  std::size_t i = from;
  for (; i + 8 <= line.size(); i += 8) {
    std::uint64_t w = load8(line.data() + i);
    std::uint64_t quotes = equal_bytes(w, '"') | equal_bytes(w, '\'');
    if (typographic) quotes |= equal_bytes(w, 0xE2);
    if (quotes != 0) break;
  }
  while (i < line.size() && line[i] != '"' && line[i] != '\'' &&
         !(typographic && static_cast<unsigned char>(line[i]) == 0xE2)) {
    ++i;
  }
  return i;
}

// The length of the UTF-8 sequence at `i` (a byte at 0x80 or above) when it is well formed
// (sequence_length) and a character that is neither a space nor invisible: normalize_spaces keeps
// it as it stands. 0 for the rest, which are decoded one by one.
std::size_t kept_sequence(std::string_view line, std::size_t i) {
  auto c = static_cast<unsigned char>(line[i]);
  auto continues = [&](std::size_t k) { return k < line.size() && (static_cast<unsigned char>(line[k]) & 0xC0) == 0x80; };
  // Most text in other scripts lies where every sequence of the right shape is well formed and no
  // character is a space or invisible: two-byte letters past U+00BF (Latin accents, Greek,
  // Cyrillic, Hebrew, Arabic) and three-byte ones from U+4000 to U+CFFF and U+E000 to U+EFFF (CJK
  // ideographs, most Hangul). Only their bytes' shape is checked; ED, whose second byte decides
  // whether it is a surrogate, goes the long way.
  if (c >= 0xC3 && c <= 0xDF) return continues(i + 1) ? 2 : 0;
  if (c >= 0xE4 && c <= 0xEE && c != 0xED) return continues(i + 1) && continues(i + 2) ? 3 : 0;
  int length = sequence_length(line, i);
  if (length <= 1) return 0;
  auto n = static_cast<std::size_t>(length);
  std::size_t at = i;
  char32_t cp = next_code_point(line, at);
  // Every character that is_space or is_invisible names lies in these ranges (the test
  // AgreesWithTheRuleOnEveryCharacter holds them to it); the letters of most scripts are kept
  // without asking.
  if (cp < 0xA1 || cp == 0xAD || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x2060) || cp == 0x3000 || cp == 0xFEFF) {
    return is_space(cp) || is_invisible(cp) ? 0 : n;
  }
  return n;
}

// The length of the character at `i` when it is kept as it stands: printable ASCII, or a kept
// sequence. Text in other scripts is copied a run at a time this way, as English is.
inline std::size_t kept_length(std::string_view line, std::size_t i) {
  if (is_printable_ascii(line[i])) return 1;
  return static_cast<unsigned char>(line[i]) >= 0x80 ? kept_sequence(line, i) : 0;
}

// The ideographic space's block (、。「」『』〈〉…) and the fullwidth forms of ASCII punctuation
// (！，．：；？（）).
bool is_cjk_punctuation(char32_t cp) {
  return (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF01 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20);
}

}  // namespace

std::string normalize_spaces(std::string_view line) {
  std::string out;
  out.reserve(line.size());
  bool pending_space = false;
  for (std::size_t i = 0; i < line.size();) {
    // Kept characters (printable ASCII, most of any page, and the letters of other scripts) are
    // copied a run at a time. A plain space between them stays as it is, so it joins the run: a
    // line of prose is copied in a few appends, not one a word.
    std::size_t run = i;
    std::size_t words_from = i + 1;  // where skip_prose is next tried: after a byte of the run
    while (run < line.size()) {
      if (run >= words_from) {
        run = skip_prose(line, run);
        words_from = run + 8;  // it stopped within eight bytes of here: the loop below takes them
        if (run == line.size()) break;
      }
      if (std::size_t kept = kept_length(line, run); kept > 0) {
        run += kept;
      } else if (std::size_t next = 0; line[run] == ' ' && run > i && run + 1 < line.size() &&
                                         (next = kept_length(line, run + 1)) > 0) {
        run += 1 + next;
      } else {
        break;
      }
    }
    if (run > i) {
      if (pending_space) out.push_back(' ');
      pending_space = false;
      out.append(line, i, run - i);
      i = run;
      continue;
    }
    // ASCII whitespace (indentation, line breaks) needs no decoding: the run is one space.
    if (is_ascii_space(line[i])) {
      pending_space = !out.empty();
      i = skip_ascii_spaces(line, i + 1);
      continue;
    }
    char32_t cp = next_code_point(line, i);
    if (is_space(cp)) {
      pending_space = !out.empty();
      continue;
    }
    if (is_invisible(cp)) continue;
    if (pending_space) out.push_back(' ');
    pending_space = false;
    append_utf8(out, cp);
  }
  return out;
}

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  std::size_t i = 0;
  for (; i + 8 <= out.size(); i += 8) swar::store8(&out[i], swar::ascii_lower(swar::load8(&out[i])));
  for (; i < out.size(); ++i) {
    if (out[i] >= 'A' && out[i] <= 'Z') out[i] = static_cast<char>(out[i] + 32);
  }
  return out;
}

namespace {

// Runs between spaces; with `cjk_by_character`, also each ideograph or kana alone, and CJK
// punctuation (、。「」) parting words as a space does.
std::size_t count_runs(std::string_view s, bool cjk_by_character) {
  std::size_t words = 0;
  bool in_word = false;
  for (std::size_t i = 0; i < s.size();) {
    // ASCII is classed without decoding: the document's word count runs over every block.
    const auto c = static_cast<unsigned char>(s[i]);
    bool space;
    if (c < 0x80) {
      space = c == ' ' || (c >= '\t' && c <= '\r');
      ++i;
    } else {
      const char32_t cp = next_code_point(s, i);
      if (cjk_by_character && (is_cjk_punctuation(cp) || is_unspaced_cjk(cp))) {
        words += is_unspaced_cjk(cp) ? 1 : 0;
        in_word = false;
        continue;
      }
      space = is_space(cp);
    }
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

}  // namespace

std::size_t count_words(std::string_view s) { return count_runs(s, false); }

std::size_t count_reading_words(std::string_view s) { return count_runs(s, true); }

std::string apply_quotes(std::string_view line, Quotes mode, const std::vector<ByteRange>& verbatim) {
  if (mode == Quotes::Keep) return std::string(line);
  std::string out;
  out.reserve(line.size() + 8);
  char32_t prev = 0;
  // The bytes from `from` to `to` go out as they stand; their last character is the context.
  auto copy = [&](std::size_t from, std::size_t to) {
    out.append(line, from, to - from);
    prev = previous_code_point(line, to);
  };
  auto kept = verbatim.begin();
  for (std::size_t i = 0; i < line.size();) {
    while (kept != verbatim.end() && kept->to <= i) ++kept;
    if (kept != verbatim.end() && kept->from <= i) {
      std::size_t to = std::min(kept->to, line.size());
      copy(i, to);
      i = to;
      continue;
    }
    // Only quotes change (ASCII ones, or U+2018-U+201F, whose UTF-8 starts with E2): the bytes
    // between them, up to the next verbatim stretch, are copied a run at a time.
    std::size_t limit = kept != verbatim.end() ? kept->from : line.size();
    std::size_t run = find_quote_byte(line.substr(0, limit), i, mode == Quotes::Ascii);
    if (run > i) {
      copy(i, run);
      i = run;
      continue;
    }
    char32_t cp = next_code_point(line, i);
    char32_t next = 0;
    if (i < line.size()) {
      std::size_t j = i;
      next = next_code_point(line, j);
    }
    char32_t repl = cp;
    if (mode == Quotes::Ascii) {
      if (cp == 0x201C || cp == 0x201D || cp == 0x201E || cp == 0x201F) repl = '"';
      if (cp == 0x2018 || cp == 0x2019 || cp == 0x201A || cp == 0x201B) repl = '\'';
    } else if (cp == '"') {
      repl = is_opening_context(prev) && next != 0 && !is_space(next) ? 0x201C : 0x201D;
    } else if (cp == '\'') {
      bool letter_before = is_letter(prev) || is_digit(prev);
      if (letter_before) {
        repl = 0x2019;  // we're, Putin's, rock 'n' roll's closing, students'
      } else if (is_opening_context(prev) && is_digit(next)) {
        repl = 0x2019;  // '90s: an elision, not an opening quote
      } else if (is_opening_context(prev) && next != 0 && !is_space(next)) {
        repl = 0x2018;
      } else {
        repl = 0x2019;
      }
    }
    append_utf8(out, repl);
    prev = repl;
  }
  return out;
}

std::size_t quote_mark_length(std::string_view s, std::size_t i) {
  if (i >= s.size()) return 0;
  if (s[i] == '"' || s[i] == '\'') return 1;
  // U+2018-U+201F are E2 80 98 to E2 80 9F.
  if (i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xE2 && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
      (static_cast<unsigned char>(s[i + 2]) & 0xF8) == 0x98) {
    return 3;
  }
  return 0;
}

std::size_t next_quote_mark(std::string_view s, std::size_t from) {
  for (std::size_t i = from; i < s.size(); ++i) {
    i = find_quote_byte(s, i, true);
    if (quote_mark_length(s, i) > 0) return i;
  }
  return s.size();
}

}  // namespace pith::text
