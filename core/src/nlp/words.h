// Words for scoring: lower-cased tokens, stop words marked, the English Porter stemmer.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace pith::nlp {

// Content words of a text: letters/digits runs, lower-cased (ASCII and Latin-1), stop words dropped,
// not yet stemmed, so a caller that sees a word many times stems it once (nlp/terms.h does).
std::vector<std::string> content_words(std::string_view text);

bool is_stop_word(std::string_view lowered);

// The two steps a word goes through before comparison, for callers that keep word positions (key
// phrases): case folding (ASCII and Latin-1) and the Porter stemmer.
// fold_case writes into `out` (replacing its content) so a caller folding word after word reuses one buffer.
void fold_case(std::string_view word, std::string& out);
// The same for a word known to be ASCII: one copy, then lower-cased in place.
void fold_ascii(std::string_view word, std::string& out);
std::string stem(std::string lowered);

}  // namespace pith::nlp
