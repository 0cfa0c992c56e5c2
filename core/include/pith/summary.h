// summarize(): an extractive summary — sentences exactly as they stand in the Document's blocks — and
// the article's key phrases.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pith/document.h"

namespace pith {

// How long a summary may be. One unit at a time, so no face can ask for "3 sentences and 50 words"
// and wonder which one won.
enum class BudgetUnit {
  Sentences,  // this many sentences (fewer only when the article has fewer)
  Ratio,      // this share of the article's candidate sentences, rounded up, at least one
  Words,      // as many sentences as fit in this many words, never more (see summarize())
};

struct SummaryOptions {
  BudgetUnit unit = BudgetUnit::Sentences;
  double amount = 3;  // a count for Sentences and Words, a fraction in (0, 1] for Ratio

  static SummaryOptions sentences(std::size_t n) { return {BudgetUnit::Sentences, static_cast<double>(n)}; }
  static SummaryOptions ratio(double r) { return {BudgetUnit::Ratio, r}; }
  static SummaryOptions words(std::size_t w) { return {BudgetUnit::Words, static_cast<double>(w)}; }
};

// The ranges every face accepts, so the CLI, the package and the page agree.
inline constexpr std::size_t kMaxSummarySentences = 1000;
inline constexpr std::size_t kMaxSummaryWords = 100000;

// A budget from a face's words: unit "sentences" (integer 1..kMaxSummarySentences), "ratio" (0 < r ≤ 1)
// or "words" (integer 1..kMaxSummaryWords). nullopt for an unknown unit or an amount out of range.
std::optional<SummaryOptions> parse_budget(std::string_view unit, double amount);

// Words as a reader counts them: runs of non-space characters, and each Han ideograph or kana on
// its own (Chinese and Japanese put no spaces between words). The Words budget is measured with it.
std::size_t count_words(std::string_view text);

struct SummarySentence {
  std::string text;         // verbatim: blocks[block].text.substr(begin, end - begin)
  std::size_t block = 0;    // index into Document::blocks
  std::size_t begin = 0;    // byte offsets into that block's text
  std::size_t end = 0;
  double score = 0.0;
};

struct Summary {
  std::vector<SummarySentence> sentences;  // in document order
  // Up to 10 phrases that name what the article is about, most important first, each written as it
  // first stands in the article (e.g. "Vladimir Putin", "ceasefire", "decision maker").
  std::vector<std::string> key_phrases;
};

// Total: out-of-range options give an empty or shortened summary, never an error (parse_budget is where
// faces reject them). A Words budget takes sentences best-first, skipping any that would overflow the
// limit, so the best sentence that fits is always there; only when every sentence is longer than the
// limit is the summary empty.
Summary summarize(const Document&, const SummaryOptions& options = {});

}  // namespace pith
