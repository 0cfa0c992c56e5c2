// Lists of links: menus, tag clouds and "more stories" boxes inside the reading, which the block
// writer removes, and the pages whose content they are (a docs site's index, a book's contents).
#pragma once

#include <cstdint>
#include <vector>

#include "extract/html_stats.h"
#include "html/tree.h"

namespace pith::extract {

// The element `i` is a list of links: a block, not a paragraph, a heading, a term or one item, whose
// text is mostly link text.
bool is_link_list(const html::Tree& tree, const std::vector<NodeStats>& stats, std::uint32_t i);

// A list (<ul>, <ol>) each of whose items opens with a name of its own before its links: code or
// a label ending in a colon (an API's parameters and return type). Such a list is written, not a
// menu, however much of it is link text.
bool items_open_with_names(const html::Tree& tree, const std::vector<NodeStats>& stats, std::uint32_t list);

// The page's declared main content (`main`, a <main> or role=main element) is an index: most of its
// text is in lists of links (not counting furniture-named parts), so the lists are what the page is
// for. False for kNoNode.
bool main_is_index(const html::Tree& tree, const std::vector<NodeStats>& stats, std::uint32_t main);

}  // namespace pith::extract
