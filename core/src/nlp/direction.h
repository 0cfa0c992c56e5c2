// Which way a language is written, from its BCP 47 tag: the faces set the article's dir from it.
#pragma once

#include <string_view>

namespace pith::nlp {

// "rtl" for a right-to-left language ("ar", "fa-IR", "HE"), whatever its region; "ltr" otherwise,
// an empty or unknown tag included.
std::string_view text_direction(std::string_view bcp47);

}  // namespace pith::nlp
