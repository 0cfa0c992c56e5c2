// Function words per language: the evidence that a line is running text rather than a menu or a
// list of names, and a cheap way to tell the language of a page.
#pragma once

#include <string_view>

namespace pith::nlp {

// The Latin-script languages first (told apart by their function words), then those told by their
// script alone; of these only Russian and Arabic have function-word lists.
enum class Language {
  Unknown, English, German, French, Spanish, Portuguese, Italian, Dutch,
  Russian, Arabic, Ukrainian, Bulgarian, Serbian, Greek, Hebrew, Persian, Urdu, Hindi, Thai,
  Armenian, Georgian, Japanese, Chinese, Korean,
};

std::string_view language_tag(Language);  // BCP 47: "en", "de", …; "" for Unknown

// The language a BCP 47 tag names ("de", "de-DE", "pt_BR"), Unknown for one this file does not know.
Language language_of_tag(std::string_view tag);

// Whether is_function_word knows the language's function words; a caller that weighs running text by
// them must treat the others as "no evidence either way".
bool has_function_words(Language);

// `lowered` is a lower-cased word (ASCII and Latin-1 letters lower-cased).
bool is_function_word(Language, std::string_view lowered);

// The language of `text`. A script other than Latin decides it when most letters are in it (kana →
// Japanese, Han without kana → Chinese, Cyrillic → Russian unless letters only Ukrainian, Bulgarian or
// Serbian use say otherwise, …). Latin text goes to the language whose function words cover the
// largest share of its words (at least 15 % of them, over at least 20 words). Else Unknown.
Language detect_language(std::string_view text);

}  // namespace pith::nlp
