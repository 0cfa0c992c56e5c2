// summarize(): an extractive summary — sentences exactly as they stand in the Document's blocks.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "pith/document.h"

namespace pith {

struct SummaryOptions {
  std::size_t sentences = 3;
};

struct SummarySentence {
  std::string text;         // verbatim: blocks[block].text.substr(begin, end - begin)
  std::size_t block = 0;    // index into Document::blocks
  std::size_t begin = 0;    // byte offsets into that block's text
  std::size_t end = 0;
  double score = 0.0;
};

struct Summary {
  std::vector<SummarySentence> sentences;  // in document order
};

Summary summarize(const Document&, const SummaryOptions& options = {});

}  // namespace pith
