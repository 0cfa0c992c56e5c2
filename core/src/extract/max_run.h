// The maximum-sum run of per-line values (Kadane's algorithm): the stretch of a page whose lines
// are, together, the strongest evidence of something (the article, a listing's items). Linear.
#pragma once

#include <cstddef>
#include <vector>

namespace pith::extract {

struct LineRun {
  std::size_t begin = 0;  // [begin, end)
  std::size_t end = 0;
  bool found = false;  // false: no line within the limit has a positive value
};

// Over value[0, limit) (limit clipped to value.size()).
inline LineRun max_sum_run(const std::vector<double>& value, std::size_t limit) {
  if (limit > value.size()) limit = value.size();
  LineRun best;
  double best_sum = 0.0, sum = 0.0;
  std::size_t start = 0;
  for (std::size_t i = 0; i < limit; ++i) {
    if (sum <= 0.0) {
      sum = 0.0;
      start = i;
    }
    sum += value[i];
    if (sum > best_sum) {
      best_sum = sum;
      best = {start, i + 1, true};
    }
  }
  return best;
}

}  // namespace pith::extract
