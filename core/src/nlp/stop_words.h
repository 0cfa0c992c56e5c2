// Function words per language: the evidence that a line is running text rather than a menu or a
// list of names, and a cheap way to tell the language of a page.
#pragma once

#include <string_view>

namespace pith::nlp {

enum class Language { Unknown, English, German, French, Spanish, Portuguese, Italian, Dutch };

std::string_view language_tag(Language);  // BCP 47: "en", "de", …; "" for Unknown

// `lowered` is a lower-cased word (ASCII and Latin-1 letters lower-cased).
bool is_function_word(Language, std::string_view lowered);

// The language whose function words cover the largest share of `text`'s words (at least 15 % of
// them, over at least 20 words), else Unknown — which the callers treat as "no evidence either way",
// so pages in other scripts are never penalised for lacking stop words.
Language detect_language(std::string_view text);

}  // namespace pith::nlp
