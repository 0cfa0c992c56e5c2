// Which part of the page is the article: a Readability-style score over containers (paragraph
// text, commas, class hints, link density), with the page's own article markers preferred when
// they hold the text.
#pragma once

#include <cstdint>
#include <vector>

#include "extract/html_stats.h"
#include "html/tree.h"

namespace pith::extract {

// Readability's three strictness switches. A page whose strict extraction is tiny is read again
// with them off one by one (listings, product pages and forums carry their text in elements
// named like furniture).
struct ContentRules {
  bool skip_unlikely = true;    // furniture-named elements neither vote nor stay in the article
  bool weigh_hints = true;      // class/id names add or take 25 points
  bool drop_link_lists = true;  // link-dense blocks inside the article are removed
  bool comments_out = true;     // comment threads stay out even when skip_unlikely is off
  // The page's main when it is an index (main_is_index): link lists inside it are kept.
  std::uint32_t index_main = html::kNoNode;
  // The title is the <title>'s headline, which sites shorten for search (HtmlMetadata::title_from_tag):
  // an opening <h1> that starts as it does gives the headline whole (html_blocks). Not over an
  // og:title or JSON-LD headline, which the site chose to give.
  bool title_from_tag = false;
};

// The article's top-level elements, in document order: the best container and the siblings that
// continue it. Empty when the page has no body text at all.
std::vector<std::uint32_t> choose_content(const html::Tree& tree, const std::vector<NodeStats>& stats,
                                          const ContentRules& rules);

}  // namespace pith::extract
