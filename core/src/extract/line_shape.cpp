#include "extract/line_shape.h"

#include "extract/words.h"
#include "text/utf8.h"

namespace pith::extract {

LineShape shape_of(std::string_view line) {
  LineShape s;
  auto toks = tokens(line);
  std::size_t content_words = 0, upper_words = 0;
  for (auto t : toks) {
    std::string_view w = strip_punct(t);
    if (w.empty()) continue;
    ++s.words;
    if (!has_letter(w)) continue;
    if (is_minor_word(ascii_lower(w))) continue;
    ++content_words;
    if (starts_upper(w)) ++upper_words;
  }
  s.capitalised = content_words ? static_cast<double>(upper_words) / content_words : 0.0;
  // Chinese and Japanese write without spaces: count two ideographs or kana as a word, so that
  // a line of running text in those scripts weighs like one in a spaced script.
  std::size_t cjk = 0;
  for (std::size_t i = 0; i < line.size();) {
    char32_t cp = text::next_code_point(line, i);
    if ((cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7A3)) ++cjk;
  }
  if (cjk >= 4) s.words += cjk / 2;

  std::size_t end = line.size();
  s.terminal = text::is_sentence_stop(text::last_before_closers(line, &end));
  // "Against her Old Dem..." — the ellipsis touches the word, so the headline was cut off.
  std::string_view body = line.substr(0, end);
  bool dots = body.size() >= 4 && body.substr(body.size() - 3) == "...";
  bool ellipsis = body.size() >= 4 && body.substr(body.size() - 3) == "\xE2\x80\xA6";
  if (dots || ellipsis) {
    std::size_t before = body.size() - 3;
    while (before > 0 && body[before - 1] == '.') --before;
    s.truncated = before > 0 && body[before - 1] != ' ';
  }
  if (!toks.empty()) {
    std::string_view first = toks.front();
    s.list_marker = first == "-" || first == "*" || first == "\xE2\x80\xA2" || first == "\xE2\x80\x93" ||
                    (first.size() <= 4 && first.size() >= 2 && (first.back() == '.' || first.back() == ')') &&
                     first[0] >= '0' && first[0] <= '9' && toks.size() > 1 && s.words > 2 &&
                     first.find_first_not_of("0123456789", 0) == first.size() - 1);
  }
  return s;
}

bool is_prose(const LineShape& s) {
  return (s.words >= 8 && s.terminal && !s.truncated) || s.words >= 30;
}

}  // namespace pith::extract
