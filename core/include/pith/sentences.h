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
// final stop belong to the sentence; abbreviations ("U.S.", "Mr.", initials) do not end one.
std::vector<Span> split_sentences(std::string_view text);

}  // namespace pith
