#include "pith/sentences.h"

#include <array>
#include <string>

#include "nlp/long_sentences.h"
#include "nlp/sentence_marks.h"
#include "text/normalize.h"
#include "text/utf8.h"

namespace pith {
namespace {

using text::is_digit;
using text::is_letter;
using text::is_lower;
using text::is_space;
using text::is_upper;

bool is_stop(char32_t cp) { return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026; }
bool is_cjk_stop(char32_t cp) { return cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F; }
bool is_opener(char32_t cp) {
  return cp == '"' || cp == '\'' || cp == '(' || cp == '[' || cp == 0x201C || cp == 0x2018 ||
         cp == 0xAB || cp == 0x300C || cp == 0x300E || cp == 0xBF || cp == 0xA1;
}


// Abbreviations that are followed by a name or a number, never end a sentence in news text.
bool is_title_abbreviation(std::string_view w) {
  static constexpr std::array<std::string_view, 40> kTitles = {
      "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gen", "sen", "rep", "gov", "lt", "col",
      "sgt", "capt", "cmdr", "adm", "maj", "rev", "hon", "pres", "supt", "insp", "det", "cpl",
      "pvt", "no", "nos", "vs", "v", "mt", "ft", "fig", "figs", "vol", "pp", "ch", "art", "op"};
  std::string l = text::ascii_lower(w);
  for (auto t : kTitles) {
    if (t == l) return true;
  }
  return false;
}

// Abbreviations that may also close a sentence: they end one only before a sentence-opening word.
bool is_soft_abbreviation(std::string_view w) {
  static constexpr std::array<std::string_view, 28> kSoft = {
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "etc",
      "inc", "ltd", "co", "corp", "bros", "approx", "dept", "est", "e.g", "i.e", "cf", "al",
      "ave", "blvd", "rd"};
  std::string l = text::ascii_lower(w);
  for (auto t : kSoft) {
    if (t == l) return true;
  }
  return false;
}

// Words that open sentences far more often than they follow "U.S." or "Inc." inside one.
bool opens_sentence(std::string_view w) {
  static constexpr std::array<std::string_view, 36> kOpeners = {
      "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these",
      "those", "but", "and", "in", "on", "at", "for", "his", "her", "their", "its", "our",
      "there", "when", "while", "after", "before", "if", "as", "however", "meanwhile", "also", "what"};
  std::string l = text::ascii_lower(w);
  for (auto t : kOpeners) {
    if (t == l) return true;
  }
  return false;
}

// The word before a full stop at `dot`: back to the previous space or opening punctuation.
std::string_view word_before(std::string_view s, std::size_t dot) {
  std::size_t b = dot;
  while (b > 0) {
    std::size_t start = 0;
    char32_t cp = text::previous_code_point(s, b, &start);
    if (is_space(cp) || is_opener(cp) || cp == 0x2014) break;
    b = start;
  }
  return s.substr(b, dot - b);
}

std::string_view word_at(std::string_view s, std::size_t i) {
  // Skip opening punctuation, then take letters.
  while (i < s.size()) {
    std::size_t j = i;
    char32_t cp = text::next_code_point(s, j);
    if (!is_opener(cp)) break;
    i = j;
  }
  std::size_t e = i;
  while (e < s.size()) {
    std::size_t j = e;
    char32_t cp = text::next_code_point(s, j);
    if (!is_letter(cp)) break;
    e = j;
  }
  return s.substr(i, e - i);
}

bool single_letters_with_dots(std::string_view w) {
  // "U.S", "U.K", "D.C", "J" (the final dot is the candidate stop itself)
  if (w.empty()) return false;
  for (std::size_t k = 0; k < w.size(); ++k) {
    bool letter_pos = (k % 2) == 0;
    if (letter_pos && !((w[k] >= 'A' && w[k] <= 'Z') || (w[k] >= 'a' && w[k] <= 'z'))) return false;
    if (!letter_pos && w[k] != '.') return false;
  }
  return true;
}

// Is the full stop at `dot` (followed by space and `next_word`) the end of a sentence?
bool ends_at_period(std::string_view s, std::size_t dot, std::string_view next_word) {
  std::string_view w = word_before(s, dot);
  if (w.empty()) return true;
  if (single_letters_with_dots(w)) {
    if (w.size() == 1) return false;  // an initial: "George W. Bush"
    return opens_sentence(next_word);  // "in the U.S. The move…" ends; "U.S. officials" does not
  }
  if (is_title_abbreviation(w)) return false;
  if (is_soft_abbreviation(w)) return opens_sentence(next_word);
  return true;
}

}  // namespace

std::vector<Span> split_sentences(std::string_view s) {
  std::vector<Span> out;
  std::size_t start = 0;
  auto push = [&](std::size_t end) {
    std::size_t b = start, e = end;
    while (b < e && s[b] == ' ') ++b;
    while (e > b && s[e - 1] == ' ') --e;
    if (e > b) {
      for (Span piece : nlp::bounded_pieces(s, {b, e})) out.push_back(piece);
    }
    start = end;
  };
  // The closing mark of the quotation the scan is inside, if it closes soon: no sentence ends
  // before it ("“We will not give up. We will keep fighting,” said…" is one sentence).
  std::size_t quotation_ends = 0;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t at = i;
    char32_t cp = text::next_code_point(s, i);
    if (at >= quotation_ends && is_opener(cp)) {
      std::size_t close = nlp::quotation_close(s, at);
      if (close != std::string_view::npos) quotation_ends = close;
    }
    if (is_cjk_stop(cp)) {
      bool closed = false;  // the run ends on a closing mark: 」, 』, ）
      while (i < s.size()) {
        std::size_t j = i;
        char32_t c2 = text::next_code_point(s, j);
        if (!is_cjk_stop(c2) && !text::is_closing_punct(c2)) break;
        closed = text::is_closing_punct(c2);
        i = j;
      }
      // 「今日は。明日は。」と言った。 is one sentence: no stop inside the quotation ends one, and a
      // particle in hiragana right after its closing mark (と, って) goes on with the sentence.
      std::size_t k = i;
      const char32_t after = i < s.size() ? text::next_code_point(s, k) : 0;
      const bool particle_follows = closed && after >= 0x3041 && after <= 0x309F;
      if (i > quotation_ends && !particle_follows) push(i);
      continue;
    }
    if (!is_stop(cp)) continue;
    // Take the whole run of stops and closing quotes/brackets: ?!  ...  .”  .)
    std::size_t end = i;
    bool only_periods = cp == '.';
    while (end < s.size()) {
      std::size_t j = end;
      char32_t c2 = text::next_code_point(s, j);
      if (is_stop(c2)) {
        only_periods = only_periods && c2 == '.';
      } else if (!text::is_closing_punct(c2)) {
        break;
      }
      end = j;
    }
    const std::size_t stops_end = end;
    end += nlp::reference_marks_length(s, end);
    if (end >= s.size()) break;  // the final stop: the tail push below takes it
    if (end <= quotation_ends) {
      i = end;
      continue;
    }
    std::size_t k = end;
    char32_t after = text::next_code_point(s, k);
    if (!is_space(after)) {
      i = end;  // "3.5", "U.S.-led", "example.com": no space, no boundary
      continue;
    }
    while (k < s.size() && s[k] == ' ') ++k;
    if (k >= s.size()) break;
    std::size_t peek = k;
    char32_t next = text::next_code_point(s, peek);
    if (is_opener(next)) {
      while (peek < s.size()) {
        std::size_t j = peek;
        char32_t c3 = text::next_code_point(s, j);
        if (!is_opener(c3)) {
          next = c3;
          break;
        }
        peek = j;
      }
    }
    bool starts_new = is_upper(next) || is_digit(next) || (!is_lower(next) && is_letter(next));
    if (!starts_new) {
      i = end;
      continue;
    }
    if (only_periods && (stops_end - at) == 1) {
      if (!ends_at_period(s, at, word_at(s, k))) {
        i = end;
        continue;
      }
    }
    push(end);
    i = end;
  }
  push(s.size());
  return out;
}

}  // namespace pith
