// What a written block's own wording makes it: page furniture, a dateline, a byline, a photo credit
// or text. Decided once per page and text: the reader writes the article up to four times with
// looser rules, then the wider readings (<main>, the body, an item grid), and most blocks come
// round again, each time through the same line classifiers.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

#include "extract/bylines.h"
#include "pith/document.h"

namespace pith::extract {

struct BlockVerdict {
  enum class Kind : std::uint8_t { Text, Furniture, Date, Byline, PhotoCredit };
  Kind kind = Kind::Text;
  Reason furniture = Reason::Boilerplate;  // Kind::Furniture: what the wording says it is
  std::string date;                        // Kind::Date: the date the line gives
  Byline byline;                           // Kind::Byline: an explicit one ("By …")
};

// Lines shorter than this are tried as a dateline, a byline and a photo credit too.
constexpr std::size_t kShortBlock = 120;

// Furniture wording first; short lines are then tried as a dateline, an explicit byline and a photo
// credit, in that order. The first that fits decides.
BlockVerdict judge_block(std::string_view text);

// judge_block, remembered by text for the readings of one page. Only short blocks are kept: they
// are the ones the classifiers spend on, while a paragraph is let go after a word count, and keeping
// paragraphs would copy the page's text.
class BlockVerdicts {
 public:
  const BlockVerdict& operator()(const std::string& text);

 private:
  std::unordered_map<std::string, BlockVerdict> seen_;
  BlockVerdict long_;  // the last long block's, valid until the next call
};

}  // namespace pith::extract
