// Author names from the places a page lists them in markup: <meta name=author>, JSON-LD "author",
// rel=author links. Unlike a byline line in the text, these are known to name the author, so a
// single word ("Reuters") or an odd shape is accepted; what names nobody is not.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/bylines.h"  // add_names

namespace pith::extract {

// The people one value names: "Ann Lee" → {"Ann Lee"}; "By Ann Lee and Bo Park" → two;
// "Jane Doe, Staff Writer" → {"Jane Doe"}. Nothing for values that name nobody: addresses
// ("https://…/ann-lee", "www.…", "@annlee", e-mail), CMS placeholders ("Staff", "admin",
// "Unknown"), text too long to be a name.
std::vector<std::string> names_in(std::string_view value);

}  // namespace pith::extract
