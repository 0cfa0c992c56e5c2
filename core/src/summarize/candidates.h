// Which sentences a summary may quote, and which part of each is scored: statements of the article,
// not the labels, captions, notices and pleasantries that pages keep as paragraphs.
#pragma once

#include <cstddef>
#include <string_view>

#include "pith/document.h"

namespace pith::summarizer {

// Where a sentence's statement starts: after a timestamp ("[00:12:30]") and a label of a few
// capitalised words and a colon ("DANA KIM:", "HOST (Dana Kim):", "Watch:"), which say who spoke,
// when, or what kind of item follows, not what happened. 0 when there is neither.
std::size_t statement_start(std::string_view sentence);

// Whether every sentence of a block is out: a photo's caption, told by the credit it carries
// ("Waves crash over the harbour wall. Picture: PA").
bool is_caption(std::string_view block_text);

// Whether `sentence` of a block of `kind` may stand in a summary. `statement` is what follows
// statement_start.
bool is_candidate(std::string_view sentence, std::string_view statement, BlockKind kind);

}  // namespace pith::summarizer
