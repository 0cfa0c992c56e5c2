#include "extract/line_shape.h"

#include <vector>

#include "extract/words.h"
#include "text/utf8.h"

namespace pith::extract {
namespace {

// Scripts whose running text has no sentence punctuation between spaced words (Thai, Lao, Tibetan,
// Myanmar, Khmer): the tag-cloud test below must not take their paragraphs for keyword lists.
bool unpunctuated_script(char32_t cp) {
  return (cp >= 0x0E00 && cp <= 0x109F) || (cp >= 0x1780 && cp <= 0x17FF);
}

// Tag clouds ("adote um amigo agua alerta ambiente …", 150 words and not one mark) and tag lines
// ("stock car brasil, stock car cascavel, stock car interlagos, …") are long enough to pass for a
// paragraph. A paragraph of thirty words has a stop or a comma somewhere, and a comma-separated
// run of many short items that does not end like a sentence is a list of names.
bool is_keyword_list(const std::vector<std::string_view>& toks, bool terminal) {
  constexpr std::size_t kCloudWords = 30;
  constexpr std::size_t kMinItems = 6;
  constexpr std::size_t kMaxItemWords = 4;  // on average
  std::size_t marks = 0, numbers = 0, items = 1;
  for (auto t : toks) {
    for (char c : t) marks += c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?';
    numbers += t.find_first_of("0123456789") != std::string_view::npos;
    items += t.back() == ',';
  }
  // A table row copied as text ("1 Rest Run Easy 30 min Optional Cardio 30 min …") has no marks
  // either, but is full of numbers; tags are words.
  if (toks.size() >= kCloudWords && marks == 0 && numbers * 10 < toks.size()) return true;
  return !terminal && items >= kMinItems && toks.size() <= kMaxItemWords * items;
}

}  // namespace

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
  bool unpunctuated = false;
  for (std::size_t i = 0; i < line.size();) {
    char32_t cp = text::next_code_point(line, i);
    if (text::is_unspaced_cjk(cp) || text::is_hangul_syllable(cp)) ++cjk;
    unpunctuated = unpunctuated || unpunctuated_script(cp);
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
  s.keyword_list = cjk == 0 && !unpunctuated && !toks.empty() && is_keyword_list(toks, s.terminal);
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
  if (s.keyword_list) return false;
  return (s.words >= 8 && s.terminal && !s.truncated) || s.words >= 30;
}

}  // namespace pith::extract
