// The headline inside a page title that also names the site.
#pragma once

#include <string>
#include <string_view>

namespace pith::extract {

// "Budget passes | The Daily Planet" → "Budget passes"; "Site | A much longer headline" → the
// headline. Spaces normalised.
std::string headline_from_title_tag(std::string_view title);

}  // namespace pith::extract
