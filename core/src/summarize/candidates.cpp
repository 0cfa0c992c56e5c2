#include "summarize/candidates.h"

#include <array>
#include <cctype>
#include <string>

#include "extract/dates.h"
#include "extract/line_shape.h"
#include "pith/sentences.h"
#include "text/normalize.h"
#include "text/utf8.h"

namespace pith::summarizer {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_space(char c) { return c == ' ' || c == '\t'; }

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

bool ends_with_stop(std::string_view s) { return text::is_sentence_stop(text::last_before_closers(s)); }

// "[00:12:30] ", "(01:05) ", "00:12 ": a transcript's or a live page's time mark, and the spaces after.
std::size_t timestamp_length(std::string_view s) {
  std::size_t i = 0;
  const bool bracket = !s.empty() && (s[0] == '[' || s[0] == '(');
  if (bracket) ++i;
  std::size_t groups = 0;
  while (true) {
    const std::size_t from = i;
    while (i < s.size() && is_digit(s[i]) && i - from < 2) ++i;
    if (i == from) return 0;
    ++groups;
    if (i < s.size() && s[i] == ':' && groups < 3) {
      ++i;
      continue;
    }
    break;
  }
  if (groups < 2) return 0;
  if (bracket) {
    if (i >= s.size() || (s[i] != ']' && s[i] != ')')) return 0;
    ++i;
  }
  if (i < s.size() && !is_space(s[i])) return 0;
  while (i < s.size() && is_space(s[i])) ++i;
  return i;
}

// "DANA KIM: ", "HOST (Dana Kim): ", "Rating: ": up to five capitalised words (a bracketed aside among
// them) and a colon with text after it. A lower-case word makes it a clause ("The rule is simple:").
std::size_t label_length(std::string_view s) {
  constexpr std::size_t kMaxLabelWords = 5;
  std::size_t words = 0;
  std::size_t i = 0;
  while (i < s.size() && words < kMaxLabelWords) {
    std::size_t end = i;
    while (end < s.size() && !is_space(s[end]) && s[end] != ':') ++end;
    std::string_view word = s.substr(i, end - i);
    while (!word.empty() && (word.front() == '(' || word.front() == '[')) word.remove_prefix(1);
    if (word.empty()) return 0;
    std::size_t k = 0;
    if (!text::is_upper(text::next_code_point(word, k))) return 0;
    ++words;
    if (end < s.size() && s[end] == ':') {
      std::size_t after = end + 1;
      if (after >= s.size() || !is_space(s[after])) return 0;  // "10:30", "https://"
      while (after < s.size() && is_space(s[after])) ++after;
      return after < s.size() ? after : 0;
    }
    i = end;
    while (i < s.size() && is_space(s[i])) ++i;
  }
  return 0;
}

// What credits a photo, as the label of a caption's last sentence.
constexpr std::array<std::string_view, 7> kCreditLabels = {"credit", "illustration", "image", "photo",
                                                           "photograph", "photo credit", "picture"};

// "© 2003 Smithville Historical Society.", "Copyright 2019 Example Media. All rights reserved.": the
// site's notice in the article's last paragraph.
bool is_copyright_notice(std::string_view s) {
  // Looked for without a lower-cased copy: every candidate sentence passes here.
  auto has = [&](std::string_view needle) {
    for (std::size_t i = 0; i + needle.size() <= s.size(); ++i) {
      std::size_t k = 0;
      while (k < needle.size() && (s[i + k] | 0x20) == needle[k]) ++k;
      if (k == needle.size()) return true;
    }
    return false;
  };
  if (s.find("\xC2\xA9") != std::string_view::npos) return true;
  return (s.size() >= 9 && lower_ascii(s.substr(0, 9)) == "copyright") || has("all rights reserved") ||
         has("(c) 19") || has("(c) 20");
}

// "Good morning.", "Welcome back to The Briefing.", "Luis, thanks for joining.": a newsletter's or a
// show's pleasantries, short and opening with a greeting (after a name it is said to). English only.
bool is_pleasantry(std::string_view s) {
  constexpr std::size_t kMaxWords = 8;
  if (text::count_words(s) > kMaxWords) return false;
  std::string l = lower_ascii(s.substr(0, 40));  // the opening is all that is asked
  if (const std::size_t comma = l.find(", "); comma != std::string::npos && l.find(' ') == comma + 1) {
    l.erase(0, comma + 2);  // "Luis, thanks …": the name addressed
  }
  constexpr std::array<std::string_view, 11> kOpenings = {
      "good morning", "good afternoon", "good evening", "good night", "hello", "hi",
      "hey", "welcome", "thanks", "thank you", "goodbye"};
  for (std::string_view o : kOpenings) {
    // A whole word: "Thanksgiving", "welcomed" open statements.
    if (l.rfind(o, 0) == 0 && (l.size() == o.size() || !std::isalpha(static_cast<unsigned char>(l[o.size()])))) {
      return true;
    }
  }
  return false;
}

// A label kept as a paragraph ("Local News", "Photos") or a sentence too short to say anything on
// its own ("Good morning.", "I'm Dana Kim."): fewer than four words (Chinese and Japanese counted by
// character). A paragraph of a few words with no sentence ending is a caption or a heading kept as
// text ("A Baikal seal in captivity").
bool is_fragment(std::string_view s, BlockKind kind) {
  constexpr std::size_t kMinWords = 4;
  constexpr std::size_t kMinUnendedParagraphWords = 8;
  const std::size_t words = text::count_reading_words(s);
  if (words < kMinWords) return true;
  return kind == BlockKind::Paragraph && words < kMinUnendedParagraphWords && !ends_with_stop(s);
}

// A table row the HTML reader kept (its cells joined by " | ": "src | fix retry backoff | 3 days
// ago" on a repository page) is a line of data, not a statement.
bool joins_table_cells(std::string_view s) { return s.find(" | ") != std::string_view::npos; }

// A string of capitalised words with no sentence ending is a menu or a title kept as a paragraph
// ("Home The Layout The Viaduct Links Guestbook" on a table-layout page), not a statement.
bool is_title_cased_label(std::string_view s) {
  if (ends_with_stop(s)) return false;  // most sentences: no shape needed
  const extract::LineShape shape = extract::shape_of(s);
  return shape.capitalised >= 1.0;
}

}  // namespace

std::size_t statement_start(std::string_view sentence) {
  const std::size_t t = timestamp_length(sentence);
  return t + label_length(sentence.substr(t));
}

bool is_caption(std::string_view block_text) {
  if (block_text.find(": ") == std::string_view::npos) return false;  // most blocks: no label at all
  for (Span sp : split_sentences(block_text)) {
    const std::string_view s = block_text.substr(sp.begin, sp.end - sp.begin);
    const std::size_t label = label_length(s);
    if (label == 0) continue;
    std::string_view name = s.substr(0, label);
    name = name.substr(0, name.find(':'));
    const std::string l = lower_ascii(name);
    for (std::string_view c : kCreditLabels) {
      if (l == c) return true;
    }
  }
  return false;
}

bool is_candidate(std::string_view sentence, std::string_view statement, BlockKind kind) {
  // A bare dateline ("March 10, 2015 ."), label, table row or menu is not a statement to quote; nor
  // a labelled line that is not a sentence ("Watch: Drone footage shows the fire's advance",
  // "Rating: 4.5 out of 5 stars").
  if (statement.size() < sentence.size() && !ends_with_stop(statement)) return false;
  return !is_fragment(statement, kind) && !extract::parse_date_line(sentence) && !joins_table_cells(sentence) &&
         !is_title_cased_label(sentence) && !is_copyright_notice(statement) && !is_pleasantry(statement);
}

}  // namespace pith::summarizer
