// Scoring and selection with explicit weights: summarize() passes the shipped table (weights.h); the
// fitting tool in bench/ passes candidates, so what it measures is exactly what ships.
#pragma once

#include "pith/summary.h"
#include "summarize/features.h"

namespace pith::summarizer {

Summary summarize_with(const Document& doc, const SummaryOptions& options, const Features& weights,
                       double redundancy_weight);

}  // namespace pith::summarizer
