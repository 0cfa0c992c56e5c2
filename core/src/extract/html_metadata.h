// What a page says about itself in <head>, <meta>, JSON-LD and a few conventional attributes:
// title, author, date, site, language, and JSON-LD's copy of the article body.
#pragma once

#include <string>

#include "html/tree.h"

namespace pith::extract {

struct HtmlMetadata {
  std::string title;         // og:title, twitter:title, JSON-LD headline, else <title> minus site
  std::string title_tag;     // <title> as written (spaces normalised)
  std::string byline;        // meta author, JSON-LD author, rel=author
  std::string published;     // ISO 8601
  std::string site_name;
  std::string language;
  std::string article_body;  // JSON-LD articleBody
};

HtmlMetadata read_metadata(const html::Tree& tree);

// A date attribute or JSON-LD value → ISO 8601: "2025-03-16T08:00:00Z" stays a timestamp,
// "March 16, 2025" → "2025-03-16"; nothing when it is not a date.
std::string iso_date(std::string_view value);

}  // namespace pith::extract
