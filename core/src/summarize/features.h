// What the summarizer knows about each sentence: a small fixed feature vector, so scoring is one dot
// product with a weight table (weights.h) that bench/fit-summary.mjs fits and a person can read.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>
#include <vector>

#include "nlp/terms.h"
#include "pith/document.h"
#include "pith/sentences.h"

namespace pith::summarizer {

enum Feature : std::size_t {
  kBias,          // 1 for every sentence
  kFirst,         // the article's first sentence: news leads with its point
  kLeadDecay,     // 1 / (1 + index): the inverted pyramid
  kRelativePos,   // index / count: where in the article it falls
  kCentrality,    // tf-idf cosine to the whole article
  kTitleOverlap,  // tf-idf cosine to the title (0 without one)
  kLeadOverlap,   // cosine to the first sentence (0 for the first itself)
  kLength,        // content words / 20, capped at 2
  kShort,         // fewer than 6 content words: fragments such as "That surprised her."
  kQuote,         // opens with a quotation mark: speech is colour, rarely the point
  kFirstPerson,   // I / we / my / our: speech or opinion
  kQuestion,      // ends with a question mark
  kHasNumber,     // figures: counts, money, dates
  kFeatureCount
};

using Features = std::array<double, kFeatureCount>;

struct SentenceRef {
  std::size_t block;
  Span span;  // byte offsets into the block's text
};

struct Analysis {
  std::vector<SentenceRef> sentences;      // candidates, in document order
  std::vector<Features> features;          // one per sentence
  std::vector<nlp::SparseVector> vectors;  // tf-idf, for redundancy between chosen sentences
};

// Candidates are the sentences of paragraph, list-item and quote blocks: headings and code are labels
// and listings, not statements a summary can quote.
Analysis analyse(const Document& doc);

std::string_view feature_name(Feature);

}  // namespace pith::summarizer
