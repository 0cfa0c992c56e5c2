#include "summarize/choose.h"

#include <algorithm>
#include <limits>

namespace pith::summarizer {
namespace {

// MMR compares every candidate with every pick, so it runs over the best-scored few only: enough
// that redundancy has alternatives (five per wanted sentence, at least 50), few enough that a
// 50,000-sentence article with a ratio budget of 1 stays bounded. Picks past kMaxRedundancyPicks (only
// ratio and word budgets on very long inputs get there) follow score order alone.
constexpr std::size_t kMinPool = 50;
constexpr std::size_t kPoolPerPick = 5;
constexpr std::size_t kMaxPool = 5000;
constexpr std::size_t kMaxRedundancyPicks = 1000;

}  // namespace

std::vector<std::size_t> choose(const Candidates& c, const Limit& limit, double redundancy_weight) {
  const std::size_t n = c.score.size();
  const bool has_word_limit = limit.words != std::numeric_limits<std::size_t>::max();
  auto words_of = [&](std::size_t i) -> std::size_t { return has_word_limit ? c.words[i] : 0; };

  // Best score first; ties go to the earlier sentence. Sentences longer than the whole word budget
  // can never be taken, so they do not crowd the pool.
  std::vector<std::size_t> order;
  order.reserve(n);
  std::size_t fitting_words = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (words_of(i) > limit.words) continue;
    order.push_back(i);
    fitting_words += words_of(i);
  }
  if (order.empty() || limit.sentences == 0) return {};
  auto better = [&](std::size_t x, std::size_t y) {
    return c.score[x] > c.score[y] || (c.score[x] == c.score[y] && x < y);
  };

  // How many sentences the budget will probably hold, to size the pool.
  std::size_t expected = limit.sentences;
  if (has_word_limit) {
    const std::size_t mean = std::max<std::size_t>(1, fitting_words / order.size());
    expected = std::min(expected, limit.words / mean + 1);
  }
  const std::size_t pool_size =
      std::min({order.size(), std::max(kMinPool, expected * kPoolPerPick), kMaxPool});
  std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(pool_size), order.end(), better);

  std::vector<std::size_t> chosen;
  std::vector<bool> taken(n, false);
  std::size_t words_left = limit.words;
  auto take = [&](std::size_t i) {
    taken[i] = true;
    chosen.push_back(i);
    words_left -= words_of(i);
  };

  // Greedy MMR over the pool. redundancy[k] is pool[k]'s highest similarity to any pick so far,
  // updated once per pick rather than recomputed against every pick.
  std::vector<double> redundancy(pool_size, 0.0);
  const std::size_t mmr_picks = std::min(limit.sentences, kMaxRedundancyPicks);
  while (chosen.size() < mmr_picks) {
    double best = 0.0;
    std::size_t pick = pool_size;
    for (std::size_t k = 0; k < pool_size; ++k) {
      const std::size_t i = order[k];
      if (taken[i] || words_of(i) > words_left) continue;
      const double mmr = c.score[i] - redundancy_weight * redundancy[k];
      if (pick == pool_size || mmr > best) {
        best = mmr;
        pick = k;
      }
    }
    if (pick == pool_size) break;
    take(order[pick]);
    for (std::size_t k = 0; k < pool_size; ++k) {
      if (!taken[order[k]]) {
        redundancy[k] = std::max(redundancy[k], nlp::cosine(c.vectors[order[k]], c.vectors[order[pick]]));
      }
    }
  }

  // Past the pool or past the MMR picks: the rest in score order, skipping what would overflow.
  if (chosen.size() < limit.sentences && words_left > 0) {
    std::sort(order.begin() + static_cast<std::ptrdiff_t>(pool_size), order.end(), better);
    for (std::size_t i : order) {
      if (chosen.size() >= limit.sentences || words_left == 0) break;
      if (!taken[i] && words_of(i) <= words_left) take(i);
    }
  }
  std::sort(chosen.begin(), chosen.end());
  return chosen;
}

}  // namespace pith::summarizer
