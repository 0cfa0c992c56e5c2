// Which sentences make the summary: the best-scored first, each penalised by its similarity to those
// already chosen (maximal marginal relevance), within a Limit of sentences and words.
#pragma once

#include <cstddef>
#include <vector>

#include "nlp/terms.h"
#include "summarize/budget.h"

namespace pith::summarizer {

struct Candidates {
  const std::vector<double>& score;
  const std::vector<nlp::SparseVector>& vectors;
  const std::vector<std::size_t>& words;  // words per sentence; may be empty when the Limit has none
};

// Indices of the chosen sentences, in document order. A sentence that would take the summary past
// limit.words is skipped and the next best tried, so the limit is never exceeded.
std::vector<std::size_t> choose(const Candidates& c, const Limit& limit, double redundancy_weight);

}  // namespace pith::summarizer
