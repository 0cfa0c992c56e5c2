#include "nlp/words.h"

#include <algorithm>
#include <array>

#include "nlp/porter.h"
#include "nlp/word_table.h"
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


}  // namespace

// English words go through the Porter stemmer ("connected", "connection" → "connect"); words of other
// languages and scripts come back as they are.
std::string stem(std::string w) { return porter_stem(w); }

void fold_case(std::string_view s, std::string& out) {
  out.clear();
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {  // ASCII, nearly every word: no decoding
      out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
      ++i;
      continue;
    }
    text::append_utf8(out, text::fold_case(text::next_code_point(s, i)));
  }
}

void fold_ascii(std::string_view s, std::string& out) {
  out.assign(s.data(), s.size());
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
}

bool is_stop_word(std::string_view w) {
  // Called for every word of every sentence the summarizer scores, hence the hash table.
  static constexpr auto kTable = WordTable<512>{}.add(kStop, 1);
  static_assert(kTable.size == kStop.size(), "kStop has duplicates");
  return kTable.find(w) != 0;
}

std::vector<std::string> content_words(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  auto flush = [&] {
    if (!cur.empty() && !is_stop_word(cur)) out.push_back(cur);
    cur.clear();
  };
  auto ascii_alnum = [](unsigned char c) { return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'); };
  for (std::size_t i = 0; i < s.size();) {
    // A run of ASCII letters and digits is copied and lower-cased in one go: this loop runs over
    // every character the summarizer reads, and a decode and append per character was most of it.
    if (ascii_alnum(static_cast<unsigned char>(s[i]))) {
      std::size_t j = i + 1;
      while (j < s.size() && ascii_alnum(static_cast<unsigned char>(s[j]))) ++j;
      const std::size_t at = cur.size();
      cur.append(s, i, j - i);
      for (std::size_t k = at; k < cur.size(); ++k) {
        if (cur[k] >= 'A' && cur[k] <= 'Z') cur[k] = static_cast<char>(cur[k] + 32);
      }
      i = j;
      continue;
    }
    char32_t cp = text::next_code_point(s, i);
    if (text::is_letter(cp) || text::is_digit(cp)) {
      text::append_utf8(cur, text::fold_case(cp));
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
