// The word lists key phrases rely on: which words end a phrase, which are titles before a name,
// which are too general to be a key phrase alone. English has all of them; another language has its
// function words (nlp/stop_words.h), which end a phrase.
#pragma once

#include <string_view>

#include "nlp/stop_words.h"

namespace pith::summarizer {

struct WordClass {
  bool always_stops = false;        // "the", "Sunday": never inside a key phrase
  bool stops_unless_named = false;  // "new", "week", "told": ends a phrase unless capitalised
                                    // mid-sentence, which makes it a name again ("New York")
  bool title = false;               // "president", "secretary", "principal"
  bool generic = false;             // "effort", "decision", "upcoming": never a key phrase alone
  bool participle = false;          // "voted", "searched": never alone, never last
};

// What the lists say about one word, folded to lower case, in a text of `language` (Unknown: English's
// lists, the language most pages without a telling one are in).
WordClass classify(std::string_view lowered, nlp::Language language);

}  // namespace pith::summarizer
