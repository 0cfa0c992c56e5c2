// The shape of one normalised line: the evidence every plain-text rule weighs.
#pragma once

#include <cstddef>
#include <string_view>

namespace pith::extract {

struct LineShape {
  std::size_t words = 0;     // tokens with a letter or digit
  bool terminal = false;     // ends like a sentence (. ! ? … and CJK stops), closing quotes allowed
  bool truncated = false;    // ends in an ellipsis glued to a word: a cut-off teaser headline
  double capitalised = 0.0;  // share of non-minor words that start upper case
  bool list_marker = false;  // starts with •, -, *, – or "1." / "1)"
  bool keyword_list = false; // a tag cloud or a comma list of short names: long, yet no sentence in it
};

LineShape shape_of(std::string_view line);

// A line of running text: long enough and ending like a sentence, and not a list of keywords.
bool is_prose(const LineShape&);

}  // namespace pith::extract
