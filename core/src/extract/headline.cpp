#include "extract/headline.h"

#include "text/normalize.h"

namespace pith::extract {
namespace {

std::size_t word_count(std::string_view s) {
  std::size_t n = 0;
  bool in_word = false;
  for (char c : s) {
    bool space = c == ' ';
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

}  // namespace

// Pages put the site after the headline, so the first part wins, unless it is clearly the shorter
// label of a "Site | A much longer headline" title.
std::string headline_from_title_tag(std::string_view title) {
  std::string clean = text::normalize_spaces(title);
  for (std::string_view sep : {" | ", " - ", " \xE2\x80\x94 ", " \xE2\x80\x93 ", " :: "}) {
    std::size_t p = clean.find(sep);
    if (p == std::string::npos) continue;
    std::string_view first = std::string_view(clean).substr(0, p);
    std::string_view rest = std::string_view(clean).substr(p + sep.size());
    if (word_count(rest) >= 4 && word_count(rest) > 2 * word_count(first)) return std::string(rest);
    return std::string(first);
  }
  return clean;
}

}  // namespace pith::extract
