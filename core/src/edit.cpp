#include "pith/edit.h"

#include <algorithm>

namespace pith {

std::optional<Document> restore_removed(const Document& doc, std::size_t index) {
  if (index >= doc.removed.size()) return std::nullopt;
  Document out = doc;
  const Removed item = doc.removed[index];
  const std::size_t at = std::min(item.position, out.blocks.size());
  Block block;
  block.text = item.text;
  if (item.reason == Reason::Title) {
    block.kind = BlockKind::Heading;
    block.level = 1;
    // The faces show doc.title above the blocks: kept, the headline put back would show twice.
    out.title.clear();
  }
  out.blocks.insert(out.blocks.begin() + static_cast<std::ptrdiff_t>(at), std::move(block));
  out.removed.erase(out.removed.begin() + static_cast<std::ptrdiff_t>(index));
  // Pieces that stood after the restored one now stand before the block after it.
  for (std::size_t j = 0; j < out.removed.size(); ++j) {
    Removed& r = out.removed[j];
    bool stood_after = j >= index ? r.position >= at : r.position > at;
    if (stood_after) ++r.position;
  }
  return out;
}

}  // namespace pith
