#include "text/unwrap.h"

#include <algorithm>
#include <array>
#include <unordered_set>
#include <vector>

#include "nlp/stop_words.h"
#include "text/chat_line.h"
#include "text/lines.h"
#include "text/markdown.h"
#include "text/utf8.h"

namespace pith::text {
namespace {

std::size_t width(std::string_view line) {
  std::size_t n = 0;
  for (unsigned char c : line) n += (c & 0xC0) != 0x80;
  return n;
}

std::string_view trim_end(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool starts_block(std::string_view line) {
  if (line.empty()) return true;
  if (line[0] == ' ' || line[0] == '\t') return true;  // indented: a new paragraph or a quote
  return line.substr(0, 2) == "- " || line.substr(0, 2) == "* " || line.substr(0, 4) == "\xE2\x80\xA2 " ||
         line[0] == '>';
}

bool is_lower_letter(char c) { return c >= 'a' && c <= 'z'; }

// The wrap broke a sentence: the next line goes on in lower case, or the line stops on a comma or a
// hyphen. A line that stops on a lower-case word is not enough: a menu's headlines in sentence case
// ("…set to be auctioned" over "Sabor CocinaBar sets reopening date…") do, and start on capitals.
bool breaks_mid_sentence(std::string_view line, std::string_view next) {
  char last = line.back();
  bool stop = last == '.' || last == '!' || last == '?' || last == ':';
  return last == ',' || last == '-' || (!stop && is_lower_letter(next.front()));
}

// Prefixes written with a hyphen even when a line break does not fall there. Not "ex", "co" and
// "so": a break after them is far more often a word's first syllable ("ex-ceed", "co-lour",
// "so-cial"), and "ex-wife" written so elsewhere in the text keeps its hyphen (hyphenated_words).
bool keeps_hyphen(std::string_view prefix) {
  static constexpr std::array<std::string_view, 13> kPrefixes = {
      "well", "self", "non", "all", "half", "cross", "long", "short", "high", "low",
      "anti", "post", "pre"};
  std::size_t b = prefix.size();
  while (b > 0 && is_lower_letter(prefix[b - 1])) --b;
  std::string_view last = prefix.substr(b);
  return std::find(kPrefixes.begin(), kPrefixes.end(), last) != kPrefixes.end();
}

// The words the text writes with a hyphen inside a line ("e-mail", "co-op"): a break after a hyphen
// keeps it when the text writes the word so elsewhere. Gathered in one pass; searching the whole
// text at every break was quadratic in a long hyphenated paste.
std::unordered_set<std::string_view> hyphenated_words(std::string_view text) {
  std::unordered_set<std::string_view> words;
  for (std::size_t p = text.find('-'); p != std::string_view::npos; p = text.find('-', p + 1)) {
    if (p == 0 || p + 1 >= text.size() || !is_lower_letter(text[p - 1]) || !is_lower_letter(text[p + 1])) continue;
    std::size_t b = p, e = p + 1;
    while (b > 0 && is_lower_letter(text[b - 1])) --b;
    while (e < text.size() && is_lower_letter(text[e])) ++e;
    words.insert(text.substr(b, e - b));
  }
  return words;
}

}  // namespace

std::string unwrap_hard_wrapped(std::string_view text) {
  std::vector<std::string_view> lines = split_lines(text);
  // The wrap width: the most common long line length, if most lines sit just under it.
  std::vector<std::size_t> widths;
  for (auto l : lines) {
    std::size_t w = width(trim_end(l));
    if (w > 0) widths.push_back(w);
  }
  if (widths.size() < 4) return std::string(text);
  std::vector<std::size_t> sorted = widths;
  std::sort(sorted.begin(), sorted.end());
  std::size_t wrap = sorted[sorted.size() * 9 / 10];  // 90th percentile: the fill width
  // A PDF's narrow column (a paper's or a newsletter's, near 30 characters) wraps too; below 20
  // the lines are labels and menu items.
  constexpr std::size_t kNarrowest = 20, kNarrow = 40;
  if (wrap < kNarrowest || wrap > 120) return std::string(text);
  const bool narrow = wrap < kNarrow;
  std::size_t filled = std::count_if(widths.begin(), widths.end(), [&](std::size_t w) { return w * 10 >= wrap * 7 && w <= wrap; });
  // Most lines at the width: the whole text is wrapped. Otherwise (a PDF copy, whose title, author,
  // headings and short paragraph ends keep most lines off the width; a mail with a list) only the
  // lines filled near the width that break a sentence are joined to the next: one paragraph per
  // line pastes break at sentence ends.
  // A narrow column is never taken as wrapped whole: a list of short lines would fill it too.
  const bool wrapped = !narrow && filled * 10 >= widths.size() * 6;
  const std::size_t full_tenths = wrapped ? 7 : 8;

  std::string out;
  out.reserve(text.size());
  bool open = false;  // a paragraph is being joined
  std::size_t prev_width = 0;
  std::string_view prev;
  bool fenced = false;  // inside a Markdown code fence: the listing's lines are kept as they are
  std::unordered_set<std::string_view> hyphenated;  // hyphenated_words, gathered at the first break on a hyphen
  bool hyphenated_known = false;
  nlp::Language language = nlp::Language::Unknown;  // the text's, found at the first line that needs it
  bool language_known = false;
  for (std::size_t k = 0; k < lines.size(); ++k) {
    std::string_view line = trim_end(lines[k]);
    if (fenced || is_code_fence(line)) {
      if (open) out += '\n';
      out.append(line);
      out += '\n';
      open = false;
      fenced = fenced != is_code_fence(line);
      continue;
    }
    if (line.empty()) {
      if (open) out += '\n';
      out += '\n';
      open = false;
      continue;
    }
    // A chat export's messages each start a line, however full the one before.
    const bool message = among_chat_messages(prev, line, k + 1 < lines.size() ? trim_end(lines[k + 1]) : std::string_view());
    bool continues = open && prev_width * 10 >= wrap * full_tenths && !starts_block(line) && !message &&
                     (wrapped || breaks_mid_sentence(prev, line));
    // "…were ex-" over "amined twice": a word hyphenated at the break goes on in lower case, on a
    // line however short (a narrow column's lines vary widely against its width).
    if (!continues && open && prev_width * 10 >= wrap * 5 && !starts_block(line) && !message && prev.size() >= 2 &&
        prev.back() == '-' && is_lower_letter(prev[prev.size() - 2]) && is_lower_letter(line[0])) {
      continues = true;
    }
    // "…before the permit meeting on the" over "15th.": a filled line that stops on a small word
    // leaves its sentence open, whatever the next line starts with (a number, a name), when the
    // next line closes it.
    const bool closes = is_sentence_stop(last_before_closers(line));
    if (!continues && closes && open && prev_width * 10 >= wrap * full_tenths && !starts_block(line) && !message) {
      std::size_t space = prev.rfind(' ');
      std::string_view last = space == std::string_view::npos ? prev : prev.substr(space + 1);
      if (!last.empty() && is_lower_letter(last[0]) && is_lower_letter(last.back())) {
        if (!language_known) {
          language = nlp::detect_language(text);
          language_known = true;
        }
        continues = nlp::is_function_word(language, last);
      }
    }
    if (!continues) {
      if (open) out += '\n';
      out.append(line);
    } else if (out.size() >= 2 && out.back() == '-' && is_lower_letter(out[out.size() - 2]) && is_lower_letter(line[0])) {
      // "exam-" + "ple": the hyphen belongs to the break unless the first part keeps its hyphen.
      std::size_t b = out.size() - 1;
      while (b > 0 && is_lower_letter(out[b - 1])) --b;
      std::size_t e = 0;
      while (e < line.size() && is_lower_letter(line[e])) ++e;
      if (!hyphenated_known) {
        hyphenated = hyphenated_words(text);
        hyphenated_known = true;
      }
      bool hyphen_elsewhere = hyphenated.count(out.substr(b) + std::string(line.substr(0, e))) > 0;
      if (keeps_hyphen(std::string_view(out).substr(0, out.size() - 1)) || hyphen_elsewhere) {
        out.append(line);
      } else {
        out.pop_back();
        out.append(line);
      }
    } else {
      out += ' ';
      out.append(line);
    }
    open = true;
    prev_width = width(line);
    prev = line;
  }
  if (open) out += '\n';
  return out;
}

}  // namespace pith::text
