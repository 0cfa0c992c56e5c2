#include "extract/block_verdict.h"

#include "extract/credits.h"
#include "extract/dates.h"
#include "extract/furniture.h"

namespace pith::extract {

BlockVerdict judge_block(std::string_view text) {
  BlockVerdict v;
  if (auto r = furniture_phrase(text)) {
    v.kind = BlockVerdict::Kind::Furniture;
    v.furniture = *r;
    return v;
  }
  if (text.size() >= kShortBlock) {
    // A recipe blog's byline row runs past a short block with its dates, rating and disclosure ("By
    // Hannah Lee · Published: Sep 12, 2023 · Updated: … · 4.9 from 212 votes · This post may contain
    // affiliate links."); the byline reader takes up to 160 bytes.
    if (auto by = parse_explicit_byline(text)) {
      v.kind = BlockVerdict::Kind::Byline;
      v.byline = std::move(*by);
    }
    return v;
  }
  if (auto d = parse_date_line(text)) {
    v.kind = BlockVerdict::Kind::Date;
    v.date = std::move(*d);
    return v;
  }
  // Only a "By …" line is a byline on its own wording: the rest are not parsed.
  if (auto by = parse_explicit_byline(text)) {
    v.kind = BlockVerdict::Kind::Byline;
    v.byline = std::move(*by);
    return v;
  }
  if (is_photo_credit(text)) v.kind = BlockVerdict::Kind::PhotoCredit;
  return v;
}

const BlockVerdict& BlockVerdicts::operator()(const std::string& text) {
  if (text.size() >= kShortBlock) {
    long_ = judge_block(text);
    return long_;
  }
  // One look-up: a new text's slot is made as it is missed, then filled.
  auto [it, fresh] = seen_.try_emplace(text);
  if (fresh) it->second = judge_block(text);
  return it->second;
}

}  // namespace pith::extract
