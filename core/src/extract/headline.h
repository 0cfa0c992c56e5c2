// The headline inside a page title that also names the site.
#pragma once

#include <string>
#include <string_view>

namespace pith::extract {

// "Budget passes | The Daily Planet" → "Budget passes"; "Site | A much longer headline" → the
// headline. Spaces normalised.
std::string headline_from_title_tag(std::string_view title);

// What separates a headline from the site's name in a page title, and a site's name from its
// tagline: " | ", " - ", " — ", " – ", " :: ", " • ", " · ". One list for both readers.
extern const std::string_view kTitleSeparators[7];

}  // namespace pith::extract
