// Sentences as bags of interned term ids: the summarizer compares thousands of sentence pairs, and
// integer ids keep that cheap where string-keyed maps were the bulk of its time.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

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
  std::unordered_map<std::string, TermId> ids_;
};

// Counts of `terms` times `idf[id]`, sorted by id, normalised length kept in `norm`.
SparseVector weigh(const std::vector<TermId>& terms, const std::vector<double>& idf);

double cosine(const SparseVector& a, const SparseVector& b);

}  // namespace pith::nlp
