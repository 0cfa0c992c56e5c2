// The English word lists key phrases rely on: which words end a phrase, which are titles before a
// name, which are too general to be a key phrase alone.
#pragma once

#include <string_view>

namespace pith::summarizer {

struct WordClass {
  bool always_stops = false;        // "the", "Sunday": never inside a key phrase
  bool stops_unless_named = false;  // "new", "week", "told": ends a phrase unless capitalised
                                    // mid-sentence, which makes it a name again ("New York")
  bool title = false;               // "president", "secretary", "principal"
  bool generic = false;             // "effort", "decision", "upcoming": never a key phrase alone
  bool participle = false;          // "voted", "searched": never alone, never last
};

// What the lists say about one word, folded to lower case.
WordClass classify(std::string_view lowered);

}  // namespace pith::summarizer
