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

// The site's name in a page title whose headline is `headline`: the title's other part, the last
// of several ("Budget passes | Politics | The Daily Planet" → "The Daily Planet"), or nothing when
// the title is the headline alone or the rest runs past a name's length. For pages that declare no
// site name ("Lighthouse of Alexandria - Wikipedia").
std::string site_from_title_tag(std::string_view title, std::string_view headline);

// What separates a headline from the site's name in a page title, and a site's name from its
// tagline: " | ", " - ", " — ", " – ", " :: ", " • ", " · ", " » " (Yoast's default), " ｜ " (the
// full-width bar of Japanese titles). One list for both readers.
extern const std::string_view kTitleSeparators[9];

}  // namespace pith::extract
