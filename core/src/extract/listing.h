// Listing and collection pages: a category page, search results, a blog index, a list of products
// or events. Their content is a run of like items (a title line, often with a date, a price or a
// one-line summary under it), and the page holds little or no running text of its own, so the
// article model (content_model.h) settles on a short introduction, a consent banner or a footer
// blurb and drops the items as teasers or navigation. This finds the run of items and says when it,
// rather than the short text the article model chose, is what the page is for.
#pragma once

#include <cstddef>
#include <vector>

#include "extract/content_model.h"
#include "nlp/stop_words.h"

namespace pith::extract {

struct ListingSpan {
  std::size_t begin = 0;  // [begin, end) in the page's lines
  std::size_t end = 0;
  bool found = false;  // false: the page is an article (or has no run of items); keep `article`
};

// `article` is find_article's answer for the same lines. Linear in the page.
ListingSpan find_listing(const std::vector<PageLine>& lines, const ArticleSpan& article, nlp::Language language);

// The value of one line as evidence of a listing's items; exposed for tests.
double item_value(const PageLine& line, nlp::Language language);

}  // namespace pith::extract
