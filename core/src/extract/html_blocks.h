// The chosen article elements → Document blocks, and everything else on the page → removed, each
// with its reason. Both walks are iterative.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "extract/block_verdict.h"
#include "extract/code_quotes.h"
#include "extract/html_content.h"
#include "extract/html_stats.h"
#include "html/tree.h"
#include "pith/document.h"

namespace pith::extract {

// Appends the blocks of the subtrees at `roots` (in order) to doc.blocks; furniture inside them
// (hidden parts, share bars, captions, link lists, bylines, date lines) goes to doc.removed.
// Returns the number of script, style and embedded elements met. `verdicts` is the page's: blocks
// written by an earlier reading are not judged again. The quote marks of the blocks' inline code
// are added to `code`, and doc.blocks' size after each root to `root_ends`.
std::size_t write_blocks(const html::Tree& tree, const std::vector<NodeStats>& stats,
                         const std::vector<std::uint32_t>& roots, const ContentRules& rules, BlockVerdicts& verdicts,
                         Document& doc, std::vector<CodeQuotes>& code, std::vector<std::size_t>& root_ends);

// Records the page text outside `roots` in doc.removed, grouped by element, with the reason its
// element gives (navigation, footer, comments…) or Boilerplate, each at the place among the blocks
// where it stood: `root_ends` is what write_blocks gave for `roots`. Returns scripts met, as above.
std::size_t write_removed_outside(const html::Tree& tree, const std::vector<NodeStats>& stats,
                                  const std::vector<std::uint32_t>& roots, const std::vector<std::size_t>& root_ends,
                                  Document& doc);

// The visible text of a subtree, blocks separated by spaces, whitespace collapsed.
std::string visible_text(const html::Tree& tree, const std::vector<NodeStats>& stats, std::uint32_t root);

}  // namespace pith::extract
