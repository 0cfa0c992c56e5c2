// Words for scoring: lower-cased tokens, stop words marked, a light English suffix stemmer.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace pith::nlp {

// Content words of a text: letters/digits runs, lower-cased (ASCII and Latin-1), stop words dropped,
// light-stemmed. Used only for comparing sentences, never shown.
std::vector<std::string> content_terms(std::string_view text);

bool is_stop_word(std::string_view lowered);

}  // namespace pith::nlp
