// The headings that open the page parts after an article, in the languages other than English:
// one small list per language, in one place, so that a language is added or corrected here.
#pragma once

#include <string_view>

namespace pith::extract {

// `heading` is the whole line, ASCII-lower-cased, without trailing ':' '.' ' ' (as section_marker
// holds it). Cyrillic is matched as written in headings: capital first letter, or all lower case.
bool foreign_comments_heading(std::string_view heading);  // "Kommentare", "Commentaires", "Комментарии"
bool foreign_related_heading(std::string_view heading);   // "Lesen Sie auch", "À lire aussi", "Читайте также"

}  // namespace pith::extract
