// The site's name as a reader's header shows it, from what a page declares (og:site_name,
// JSON-LD publisher, application-name): pages often put a tagline or an address there.
#pragma once

#include <string>
#include <string_view>

namespace pith::extract {

// `declared` as the page wrote it; `address` the page's canonical (or own) http(s) URL, or empty.
//  "https://www.news.example/"                      → "news.example"
//  "Brand Name - What we do for you"               → "Brand Name"
//  "A long slogan about what we write | Acme Blog" → "Acme Blog" (when the address is acme.example)
// Anything else is returned as written (spaces normalised).
std::string clean_site_name(std::string_view declared, std::string_view address);

}  // namespace pith::extract
