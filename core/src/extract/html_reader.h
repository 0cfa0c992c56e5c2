// HTML → Document through the DOM: metadata from <head> and JSON-LD, the article from the best
// scoring container, everything else recorded in `removed` with its reason.
#pragma once

#include <string_view>
#include <vector>

#include "extract/code_quotes.h"
#include "pith/document.h"

namespace pith::extract {

// `html` is decoded UTF-8; `page_url` the page's address when known (ReadOptions::url). Fills
// blocks, removed and metadata; leaves format and warnings alone. Returns where the blocks' inline
// code holds quote marks, which read's quote styling leaves as written.
std::vector<CodeQuotes> read_html(std::string_view html, std::string_view page_url, Document& doc);

}  // namespace pith::extract
