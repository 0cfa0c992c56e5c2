// A page's JSON-LD (<script type="application/ld+json">): what the objects describing the article
// say about it. One script at a time; the caller decides what wins across scripts and <meta>.
#pragma once

#include <string>
#include <vector>

#include "json/json_reader.h"

namespace pith::extract {

struct JsonLdArticle {
  std::string headline;
  std::string published;     // ISO 8601, the first datePublished that is a date
  std::string site_name;     // publisher.name
  std::string article_body;  // the longest articleBody
  std::string product_description;  // the longest description of a Product (or ProductGroup)
  bool product = false;              // some object is a Product (or ProductGroup)
  bool discussion = false;           // some object is a DiscussionForumPosting or a QAPage
  std::vector<std::string> authors;  // the first object's "author" that names someone, one by one
  std::vector<std::string> urls;     // "url", "mainEntityOfPage" as written: canonical candidates
  std::vector<std::string> images;   // "image" as written: a string, an object's url, each of an array
};

// The objects that describe the article are those with a datePublished or an articleBody (for
// headline, author, publisher, as before) or an article or web-page @type (for the addresses).
// Objects nest (@graph, mainEntity) and are visited with an explicit stack.
JsonLdArticle read_json_ld(const json::Value& root);

}  // namespace pith::extract
