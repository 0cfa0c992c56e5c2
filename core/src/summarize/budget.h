// What a SummaryOptions budget means for one article: how many sentences and how many words at most.
#pragma once

#include <cstddef>
#include <limits>

#include "pith/summary.h"

namespace pith::summarizer {

struct Limit {
  std::size_t sentences = 0;
  std::size_t words = std::numeric_limits<std::size_t>::max();  // no word limit unless BudgetUnit::Words
};

// `candidates` is how many sentences the article offers. Out-of-range amounts (zero, negative, NaN)
// give a zero limit; a ratio above 1 counts as 1.
Limit limit_for(const SummaryOptions& options, std::size_t candidates);

}  // namespace pith::summarizer
