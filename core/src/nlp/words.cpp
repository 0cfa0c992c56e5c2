#include "nlp/words.h"

#include <algorithm>
#include <array>

#include "text/utf8.h"

namespace pith::nlp {
namespace {

constexpr std::array<std::string_view, 121> kStop = {
    "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any",
    "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both",
    "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few",
    "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers",
    "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its",
    "itself", "just", "me", "more", "most", "my", "no", "nor", "not", "now", "of", "off", "on",
    "once", "only", "or", "other", "our", "ours", "out", "over", "own", "said", "same", "say",
    "says", "she", "should", "so", "some", "such", "than", "that", "the", "their", "them",
    "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until",
    "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "will",
    "with", "would", "you", "your"};

// Strips the commonest English inflections so "talks"/"talk", "agreed"/"agree" meet.
std::string stem(std::string w) {
  auto ends = [&](std::string_view suf) {
    return w.size() > suf.size() + 2 && w.compare(w.size() - suf.size(), suf.size(), suf) == 0;
  };
  if (ends("ies")) w.replace(w.size() - 3, 3, "y");
  else if (ends("ing")) w.resize(w.size() - 3);
  else if (ends("ed")) w.resize(w.size() - 2);
  else if (ends("es") && (w[w.size() - 3] == 's' || w[w.size() - 3] == 'x')) w.resize(w.size() - 2);
  else if (ends("s") && w[w.size() - 2] != 's') w.resize(w.size() - 1);
  return w;
}

char32_t fold(char32_t cp) {
  if (cp >= 'A' && cp <= 'Z') return cp + 32;
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 32;
  return cp;
}

}  // namespace

bool is_stop_word(std::string_view w) {
  return std::binary_search(kStop.begin(), kStop.end(), w);
}

std::vector<std::string> content_terms(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  auto flush = [&] {
    if (!cur.empty() && !is_stop_word(cur)) out.push_back(stem(cur));
    cur.clear();
  };
  for (std::size_t i = 0; i < s.size();) {
    char32_t cp = text::next_code_point(s, i);
    if (text::is_letter(cp) || text::is_digit(cp)) {
      text::append_utf8(cur, fold(cp));
    } else if ((cp == '\'' || cp == 0x2019) && !cur.empty()) {
      flush();  // "Putin's" → "putin"
      while (i < s.size()) {
        std::size_t j = i;
        char32_t c2 = text::next_code_point(s, j);
        if (!text::is_letter(c2)) break;
        i = j;
      }
    } else {
      flush();
    }
  }
  flush();
  return out;
}

}  // namespace pith::nlp
