// Test helpers for the DOM extractor: a short story the scorer takes for the article, and a page read
// straight through extract::read_html.
#pragma once

#include <string>
#include <string_view>

#include "extract/html_reader.h"
#include "fixtures.h"

namespace pith::testing {

// Enough running text that the scorer has a clear article to find.
inline const std::string kStory =
    "<p>The council approved the new budget on Tuesday, after a debate that ran late into the evening, "
    "with members arguing over road repairs, school funding, and the library.</p>"
    "<p>Supporters said the plan balanced the books without cutting services, while critics warned that "
    "reserves would run low by the end of the decade, leaving little room for surprises.</p>"
    "<p>The mayor, who had pushed for the library funding, called the vote a good day for the town, and "
    "promised a review of spending in the spring, when the first figures come in.</p>";

inline Document read_page(const std::string& html) {
  Document doc;
  extract::read_html(html, "", doc);
  return doc;
}

inline bool has_block(const Document& doc, std::string_view needle) {
  return joined_blocks(doc).find(needle) != std::string::npos;
}

}  // namespace pith::testing
