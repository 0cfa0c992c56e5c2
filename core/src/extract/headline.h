// The headline inside a page title that also names the site.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace pith::extract {

// "Budget passes | The Daily Planet" → "Budget passes"; "Site | A much longer headline" → the
// headline. Spaces normalised. `headings` are the page's <h1> texts: the whole title or its first
// part that one of them repeats is the headline ("box_take - The Rust Unstable Book" over
// <h1>box_take</h1>), unless that part is `site_name`.
std::string headline_from_title_tag(std::string_view title, const std::vector<std::string>& headings = {},
                                    std::string_view site_name = {});

// What separates a headline from the site's name in a page title, and a site's name from its
// tagline: " | ", " - ", " — ", " – ", " :: ", " • ", " · ". One list for both readers.
extern const std::string_view kTitleSeparators[7];

}  // namespace pith::extract
