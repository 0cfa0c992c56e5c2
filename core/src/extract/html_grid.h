// Pages whose content is a grid of like items — a shop's category page, search results, a job
// board, a list of titles — carry no paragraphs for the content scorer to find, so it settles on
// whatever prose the page has (a footer's "about us", a newsletter box). The grid is found here
// by its shape instead: a run of like siblings, each holding a little text.
#pragma once

#include <cstdint>
#include <vector>

#include "extract/html_stats.h"
#include "html/tree.h"

namespace pith::extract {

// The run of four or more consecutive siblings sharing tag and class attribute, outside page
// furniture, whose items hold a line of text each on average, with the most text on the page;
// empty when there is none. One pass over the tree.
std::vector<std::uint32_t> item_grid(const html::Tree& tree, const std::vector<NodeStats>& stats);

}  // namespace pith::extract
