#include "nlp/terms.h"

#include <algorithm>
#include <cmath>

#include "nlp/words.h"

namespace pith::nlp {

std::vector<TermId> TermIndex::intern(std::string_view text) {
  std::vector<TermId> out;
  for (std::string& term : content_terms(text)) {
    auto [it, inserted] = ids_.try_emplace(std::move(term), static_cast<TermId>(ids_.size()));
    out.push_back(it->second);
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
