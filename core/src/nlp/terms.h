// Sentences as bags of interned term ids: the summarizer compares thousands of sentence pairs, and
// integer ids keep that cheap where string-keyed maps were the bulk of its time.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "nlp/string_ids.h"

namespace pith::nlp {

using TermId = std::uint32_t;

struct TermWeight {
  TermId id;
  double weight;
};

// A sparse vector sorted by id, with its Euclidean norm.
struct SparseVector {
  std::vector<TermWeight> entries;
  double norm = 0.0;
};

class TermIndex {
 public:
  // Content terms of `text` (see words.h) as ids, in text order; new terms get new ids.
  std::vector<TermId> intern(std::string_view text);
  std::size_t size() const { return ids_.size(); }

 private:
  StringIds ids_;            // stemmed terms
  StringIds words_;          // words as written (folded): each is stemmed once, on first sight
  std::vector<TermId> word_terms_;  // words_ id → ids_ id
};

// Counts of `terms` times `idf[id]`, sorted by id, normalised length kept in `norm`.
SparseVector weigh(const std::vector<TermId>& terms, const std::vector<double>& idf);

double cosine(const SparseVector& a, const SparseVector& b);

}  // namespace pith::nlp
