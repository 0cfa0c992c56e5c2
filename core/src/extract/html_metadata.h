// What a page says about itself in <head>, <meta>, JSON-LD and a few conventional attributes:
// title, authors, date, site, language, its canonical address and lead image, and JSON-LD's copy
// of the article body.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "html/tree.h"

namespace pith::extract {

struct HtmlMetadata {
  std::string title;         // og:title, twitter:title, JSON-LD headline, else <title> minus site
  std::string title_tag;     // <title> as written (spaces normalised)
  bool title_from_tag = false;  // `title` is the <title>'s headline: no og:title, twitter:title or JSON-LD one
  std::string byline;        // the authors joined: "Ann Lee and Bo Park"
  // meta author tags (all of the first kind that names someone) or JSON-LD author, whichever the
  // page gives first; else the rel=author links of one byline
  std::vector<std::string> authors;
  std::string published;     // ISO 8601
  std::string site_name;
  std::string language;
  std::string canonical_url;  // <link rel=canonical>, og:url, JSON-LD url / mainEntityOfPage
  std::string image_url;      // og:image, twitter:image, JSON-LD image
  std::string article_body;  // JSON-LD articleBody
  std::string product_description;  // JSON-LD Product description
  bool product = false;              // a shop's item page: a JSON-LD Product, or og:type product
  // A forum thread or a question with its answers, as the page declares in JSON-LD or microdata
  // (schema.org DiscussionForumPosting, QAPage): its posts are its content, named "comment" or not.
  bool discussion = false;
};

// `page_url` is the page's address when known: relative addresses resolve against <base href>,
// itself resolved against `page_url`. Addresses that do not resolve to http(s) are skipped.
HtmlMetadata read_metadata(const html::Tree& tree, std::string_view page_url = {});

// A date attribute or JSON-LD value → ISO 8601: "2025-03-16T08:00:00Z" stays a timestamp,
// "March 16, 2025" → "2025-03-16"; nothing when it is not a date.
std::string iso_date(std::string_view value);

}  // namespace pith::extract
