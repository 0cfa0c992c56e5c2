#include "nlp/terms.h"

#include <algorithm>
#include <cmath>

#include "nlp/words.h"

namespace pith::nlp {

std::vector<TermId> TermIndex::intern(std::string_view text) {
  std::vector<TermId> out;
  for (const std::string& word : content_words(text)) {
    auto [word_id, added] = words_.intern(word);
    if (added) word_terms_.push_back(ids_.intern(stem(word)).first);
    out.push_back(word_terms_[word_id]);
  }
  return out;
}

SparseVector weigh(const std::vector<TermId>& terms, const std::vector<double>& idf) {
  std::vector<TermId> sorted = terms;
  std::sort(sorted.begin(), sorted.end());
  SparseVector v;
  double sq = 0.0;
  for (std::size_t i = 0; i < sorted.size();) {
    std::size_t j = i;
    while (j < sorted.size() && sorted[j] == sorted[i]) ++j;
    double w = static_cast<double>(j - i) * (sorted[i] < idf.size() ? idf[sorted[i]] : 1.0);
    v.entries.push_back({sorted[i], w});
    sq += w * w;
    i = j;
  }
  v.norm = std::sqrt(sq);
  return v;
}

double cosine(const SparseVector& a, const SparseVector& b) {
  if (a.norm <= 0.0 || b.norm <= 0.0) return 0.0;
  // A sentence against the whole article's centroid: walking the centroid for each sentence made a
  // 50,000-sentence input quadratic, so the short side looks its ids up in the long one instead.
  // Same matches in the same order, so the same sum.
  const SparseVector& small = a.entries.size() <= b.entries.size() ? a : b;
  const SparseVector& large = &small == &a ? b : a;
  if (large.entries.size() > 16 * small.entries.size()) {
    double dot = 0.0;
    auto at = large.entries.begin();
    for (const TermWeight& t : small.entries) {
      at = std::lower_bound(at, large.entries.end(), t.id, [](const TermWeight& x, TermId id) { return x.id < id; });
      if (at == large.entries.end()) break;
      if (at->id == t.id) dot += &small == &a ? t.weight * at->weight : at->weight * t.weight;
    }
    return dot / (a.norm * b.norm);
  }
  double dot = 0.0;
  auto i = a.entries.begin(), j = b.entries.begin();
  while (i != a.entries.end() && j != b.entries.end()) {
    if (i->id < j->id) {
      ++i;
    } else if (j->id < i->id) {
      ++j;
    } else {
      dot += i->weight * j->weight;
      ++i;
      ++j;
    }
  }
  return dot / (a.norm * b.norm);
}

}  // namespace pith::nlp
