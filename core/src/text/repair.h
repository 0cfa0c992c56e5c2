// Repairs of text damaged on its way into a paste. None of them changes a word: each restores the
// characters the author typed.
#pragma once

#include <string>
#include <string_view>

namespace pith::text {

// UTF-8 that was decoded as Windows-1252 and encoded again: "â€™" → "’", "Ã©" → "é", "Â " → " ".
// A run is repaired only when its characters map back to bytes that form exactly one well-formed
// multi-byte UTF-8 sequence, which ordinary text in any language does not produce.
std::string repair_mojibake(std::string_view s);

// Typographic ligatures from PDF copies (ﬁ, ﬂ, ﬀ, ﬃ, ﬄ, ﬅ, ﬆ) → their letters, so words match and
// search finds them.
std::string expand_ligatures(std::string_view s);

// "word--word" and "word -- word" → an em dash; other hyphen runs ("---", "<!--"), command-line
// flags ("--json") and a signature delimiter line ("-- ") stay.
std::string double_hyphen_dashes(std::string_view s);

}  // namespace pith::text
