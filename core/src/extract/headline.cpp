#include "extract/headline.h"

#include "text/normalize.h"

namespace pith::extract {

const std::string_view kTitleSeparators[7] = {
    " | ", " - ", " \xE2\x80\x94 ", " \xE2\x80\x93 ", " :: ", " \xE2\x80\xA2 " /* • */, " \xC2\xB7 " /* · */};

// Pages put the site after the headline, so the first part wins, unless it is clearly the shorter
// label of a "Site | A much longer headline" title.
std::string headline_from_title_tag(std::string_view title) {
  std::string clean = text::normalize_spaces(title);
  for (std::string_view sep : kTitleSeparators) {
    std::size_t p = clean.find(sep);
    if (p == std::string::npos) continue;
    std::string_view first = std::string_view(clean).substr(0, p);
    std::string_view rest = std::string_view(clean).substr(p + sep.size());
    if (text::count_words(rest) >= 4 && text::count_words(rest) > 2 * text::count_words(first)) return std::string(rest);
    return std::string(first);
  }
  return clean;
}

}  // namespace pith::extract
