#include "pith/summary.h"

#include <algorithm>

#include "summarize/features.h"
#include "summarize/select.h"
#include "summarize/weights.h"

namespace pith {

namespace summarizer {

Summary summarize_with(const Document& doc, const SummaryOptions& options, const Features& weights,
                       double redundancy_weight) {
  Summary summary;
  if (options.sentences == 0) return summary;
  Analysis a = analyse(doc);
  const std::size_t n = a.sentences.size();
  if (n == 0) return summary;

  std::vector<double> score(n, 0.0);
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t k = 0; k < kFeatureCount; ++k) score[i] += weights[k] * a.features[i][k];
  }

  // Only the best-scored few can win, so the quadratic part stays small on a 50,000-sentence input.
  const std::size_t want = std::min(options.sentences, n);
  std::vector<std::size_t> pool(n);
  for (std::size_t i = 0; i < n; ++i) pool[i] = i;
  const std::size_t pool_size = std::min(n, std::max<std::size_t>(want * 5, 50));
  std::partial_sort(pool.begin(), pool.begin() + static_cast<std::ptrdiff_t>(pool_size), pool.end(),
                    [&](std::size_t x, std::size_t y) { return score[x] > score[y] || (score[x] == score[y] && x < y); });
  pool.resize(pool_size);

  // Greedy selection with a redundancy penalty (maximal marginal relevance).
  std::vector<std::size_t> chosen;
  std::vector<bool> taken(n, false);
  while (chosen.size() < want) {
    double best = 0.0;
    std::size_t pick = n;
    for (std::size_t i : pool) {
      if (taken[i]) continue;
      double redundancy = 0.0;
      for (std::size_t j : chosen) redundancy = std::max(redundancy, nlp::cosine(a.vectors[i], a.vectors[j]));
      double mmr = score[i] - redundancy_weight * redundancy;
      if (pick == n || mmr > best) {
        best = mmr;
        pick = i;
      }
    }
    if (pick == n) break;
    taken[pick] = true;
    chosen.push_back(pick);
  }
  std::sort(chosen.begin(), chosen.end());
  for (std::size_t i : chosen) {
    const SentenceRef& ref = a.sentences[i];
    const std::string& text = doc.blocks[ref.block].text;
    summary.sentences.push_back(
        {text.substr(ref.span.begin, ref.span.end - ref.span.begin), ref.block, ref.span.begin, ref.span.end, score[i]});
  }
  return summary;
}

}  // namespace summarizer

Summary summarize(const Document& doc, const SummaryOptions& options) {
  return summarizer::summarize_with(doc, options, summarizer::kWeights, summarizer::kRedundancyWeight);
}

}  // namespace pith
