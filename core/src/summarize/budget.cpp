#include "summarize/budget.h"

#include <algorithm>
#include <cmath>

#include "text/normalize.h"
#include "text/utf8.h"

namespace pith {

std::optional<SummaryOptions> parse_budget(std::string_view unit, double amount) {
  if (!std::isfinite(amount)) return std::nullopt;
  const bool whole = amount == std::floor(amount);
  if (unit == "sentences") {
    if (!whole || amount < 1 || amount > static_cast<double>(kMaxSummarySentences)) return std::nullopt;
    return SummaryOptions::sentences(static_cast<std::size_t>(amount));
  }
  if (unit == "ratio") {
    if (!(amount > 0.0) || amount > 1.0) return std::nullopt;
    return SummaryOptions::ratio(amount);
  }
  if (unit == "words") {
    if (!whole || amount < 1 || amount > static_cast<double>(kMaxSummaryWords)) return std::nullopt;
    return SummaryOptions::words(static_cast<std::size_t>(amount));
  }
  return std::nullopt;
}

std::size_t count_words(std::string_view s) { return text::count_reading_words(s); }

namespace summarizer {

namespace {

// A count from a double that may be anything a caller put there: NaN and negatives are 0, and huge
// values stop at `cap` before the conversion could overflow.
std::size_t whole_count(double amount, std::size_t cap) {
  if (!(amount >= 1.0)) return 0;
  if (amount >= static_cast<double>(cap)) return cap;
  return static_cast<std::size_t>(amount);
}

}  // namespace

Limit limit_for(const SummaryOptions& options, std::size_t candidates) {
  Limit limit;
  switch (options.unit) {
    case BudgetUnit::Sentences:
      limit.sentences = whole_count(options.amount, candidates);
      break;
    case BudgetUnit::Ratio:
      if (options.amount > 0.0 && candidates > 0) {
        const double r = std::fmin(options.amount, 1.0);
        // The epsilon keeps 0.3 × 10 at 3: in binary it is 3.0000000000000004, which ceil makes 4.
        const double n = std::ceil(r * static_cast<double>(candidates) - 1e-9);
        limit.sentences = std::max<std::size_t>(1, whole_count(n, candidates));
      }
      break;
    case BudgetUnit::Words:
      limit.sentences = candidates;
      limit.words = whole_count(options.amount, std::numeric_limits<std::size_t>::max() / 2);
      break;
  }
  return limit;
}

}  // namespace summarizer
}  // namespace pith
