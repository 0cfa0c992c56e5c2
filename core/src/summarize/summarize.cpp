#include "pith/summary.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <unordered_map>
#include <vector>

#include "nlp/words.h"
#include "pith/sentences.h"

namespace pith {
namespace {

struct Candidate {
  std::size_t block;
  Span span;
  std::size_t order;  // position among all sentences
  std::vector<std::string> terms;
  double score = 0.0;
};

struct TermVector {
  std::unordered_map<std::string, double> weights;
  double norm = 0.0;  // kept with the weights so a cosine costs the smaller vector only
  bool empty() const { return weights.empty(); }
};

TermVector weigh(const std::vector<std::string>& terms, const std::unordered_map<std::string, double>& idf) {
  TermVector v;
  for (const auto& t : terms) v.weights[t] += 1.0;
  double sq = 0.0;
  for (auto& [t, w] : v.weights) {
    auto it = idf.find(t);
    w *= (it == idf.end() ? 1.0 : it->second);
    sq += w * w;
  }
  v.norm = std::sqrt(sq);
  return v;
}

double cosine(const TermVector& a, const TermVector& b) {
  if (a.norm <= 0 || b.norm <= 0) return 0.0;
  const TermVector& small = a.weights.size() <= b.weights.size() ? a : b;
  const TermVector& large = &small == &a ? b : a;
  double dot = 0;
  for (const auto& [t, w] : small.weights) {
    auto it = large.weights.find(t);
    if (it != large.weights.end()) dot += w * it->second;
  }
  return dot / (a.norm * b.norm);
}

}  // namespace

Summary summarize(const Document& doc, const SummaryOptions& options) {
  Summary summary;
  std::vector<Candidate> cands;
  for (std::size_t b = 0; b < doc.blocks.size(); ++b) {
    const Block& block = doc.blocks[b];
    // Headings and code are labels and listings, not statements a summary can quote.
    if (block.kind == BlockKind::Heading || block.kind == BlockKind::Code) continue;
    for (Span sp : split_sentences(block.text)) {
      std::string_view text = std::string_view(block.text).substr(sp.begin, sp.end - sp.begin);
      cands.push_back({b, sp, cands.size(), nlp::content_terms(text)});
    }
  }
  if (cands.empty() || options.sentences == 0) return summary;

  // Sentence frequency of each term across the article, as a within-document IDF.
  std::unordered_map<std::string, double> df;
  for (const auto& c : cands) {
    std::vector<std::string> uniq = c.terms;
    std::sort(uniq.begin(), uniq.end());
    uniq.erase(std::unique(uniq.begin(), uniq.end()), uniq.end());
    for (const auto& t : uniq) df[t] += 1.0;
  }
  const double n = static_cast<double>(cands.size());
  std::unordered_map<std::string, double> idf;
  for (const auto& [t, f] : df) idf[t] = std::log(1.0 + n / f);

  // Centrality: similarity to the article as a whole (its term centroid), which rewards sentences
  // that carry the story's recurring subjects. Cost is linear in the article, unlike a full graph.
  std::vector<std::string> all_terms;
  for (const auto& c : cands) all_terms.insert(all_terms.end(), c.terms.begin(), c.terms.end());
  TermVector centroid = weigh(all_terms, idf);
  TermVector title = weigh(nlp::content_terms(doc.title), idf);
  std::vector<TermVector> vecs;
  vecs.reserve(cands.size());
  for (auto& c : cands) {
    vecs.push_back(weigh(c.terms, idf));
    double centrality = cosine(vecs.back(), centroid);
    double title_overlap = title.empty() ? 0.0 : cosine(vecs.back(), title);
    // News puts the point first (the inverted pyramid): a lead bonus that fades with position.
    double position = 1.0 / (1.0 + 0.35 * static_cast<double>(c.order));
    double words = static_cast<double>(c.terms.size());
    // Very short sentences rarely stand alone; very long ones crowd out the rest.
    double length = words < 4 ? 0.3 : words > 45 ? 0.7 : 1.0;
    c.score = (0.5 * centrality + 0.2 * title_overlap + 0.3 * position) * length;
  }

  // Greedy selection with a redundancy penalty (maximal marginal relevance).
  // Only the best-scored few can win, so the quadratic part stays small on a 50,000-sentence input.
  std::size_t want = std::min(options.sentences, cands.size());
  std::vector<std::size_t> pool(cands.size());
  for (std::size_t i = 0; i < pool.size(); ++i) pool[i] = i;
  std::size_t pool_size = std::min(pool.size(), std::max<std::size_t>(want * 5, 50));
  std::partial_sort(pool.begin(), pool.begin() + static_cast<std::ptrdiff_t>(pool_size), pool.end(),
                    [&](std::size_t a, std::size_t b) { return cands[a].score > cands[b].score; });
  pool.resize(pool_size);
  std::vector<std::size_t> chosen;
  std::vector<bool> taken(cands.size(), false);
  while (chosen.size() < want) {
    double best = -1e9;
    std::size_t pick = cands.size();
    for (std::size_t i : pool) {
      if (taken[i]) continue;
      double redundancy = 0.0;
      for (std::size_t j : chosen) redundancy = std::max(redundancy, cosine(vecs[i], vecs[j]));
      double mmr = cands[i].score - 0.3 * redundancy;
      if (mmr > best) {
        best = mmr;
        pick = i;
      }
    }
    if (pick == cands.size()) break;
    taken[pick] = true;
    chosen.push_back(pick);
  }
  std::sort(chosen.begin(), chosen.end());
  for (std::size_t i : chosen) {
    const Candidate& c = cands[i];
    const std::string& text = doc.blocks[c.block].text;
    summary.sentences.push_back({text.substr(c.span.begin, c.span.end - c.span.begin), c.block,
                                 c.span.begin, c.span.end, c.score});
  }
  return summary;
}

}  // namespace pith
