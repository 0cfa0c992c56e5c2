// Sentence segmentation of one block's text.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace pith {

struct Span {
  std::size_t begin = 0;  // byte offsets, [begin, end)
  std::size_t end = 0;
};

// Sentences of one paragraph, trimmed of surrounding spaces. Closing quotes and brackets after the
// final stop belong to the sentence, and so do reference marks ("basket.[1]"); abbreviations
// ("U.S.", "Mr.", initials) do not end one, nor does a stop inside a quotation that closes soon
// after. A run of text far longer than a sentence (no stops at all) comes in pieces cut at spaces.
std::vector<Span> split_sentences(std::string_view text);

}  // namespace pith
