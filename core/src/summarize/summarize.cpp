#include "pith/summary.h"

#include "summarize/budget.h"
#include "summarize/choose.h"
#include "summarize/features.h"
#include "summarize/key_phrases.h"
#include "summarize/select.h"
#include "summarize/weights.h"

namespace pith {

namespace summarizer {

Summary summarize_with(const Document& doc, const SummaryOptions& options, const Features& weights,
                       double redundancy_weight) {
  Summary summary;
  Analysis a = analyse(doc);
  const std::size_t n = a.sentences.size();
  if (n == 0) return summary;
  summary.key_phrases = key_phrases(doc, a.sentences);

  const Limit limit = limit_for(options, n);
  if (limit.sentences == 0) return summary;
  std::vector<double> score(n, 0.0);
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t k = 0; k < kFeatureCount; ++k) score[i] += weights[k] * a.features[i][k];
  }
  auto text_of = [&](std::size_t i) {
    const SentenceRef& ref = a.sentences[i];
    return std::string_view(doc.blocks[ref.block].text).substr(ref.span.begin, ref.span.end - ref.span.begin);
  };
  std::vector<std::size_t> words;
  if (options.unit == BudgetUnit::Words) {
    words.reserve(n);
    for (std::size_t i = 0; i < n; ++i) words.push_back(count_words(text_of(i)));
  }

  for (std::size_t i : choose({score, a.vectors, words}, limit, redundancy_weight)) {
    const SentenceRef& ref = a.sentences[i];
    summary.sentences.push_back({std::string(text_of(i)), ref.block, ref.span.begin, ref.span.end, score[i]});
  }
  return summary;
}

}  // namespace summarizer

Summary summarize(const Document& doc, const SummaryOptions& options) {
  return summarizer::summarize_with(doc, options, summarizer::kWeights, summarizer::kRedundancyWeight);
}

}  // namespace pith
