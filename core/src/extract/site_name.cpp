#include "extract/site_name.h"

#include <vector>

#include "extract/headline.h"
#include "extract/url.h"
#include "html/ascii.h"
#include "text/normalize.h"

namespace pith::extract {
namespace {

// A first part this short reads as a name; a longer one is a slogan in front of the name.
constexpr std::size_t kNameWords = 4;

std::vector<std::string_view> parts_of(std::string_view s) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    for (std::string_view sep : kTitleSeparators) {  // "Brand | tagline", "Brand — US Edition"
      if (s.compare(i, sep.size(), sep) == 0) {
        parts.push_back(s.substr(start, i - start));
        start = i + sep.size();
        i = start - 1;
        break;
      }
    }
  }
  parts.push_back(s.substr(start));
  return parts;
}

// Letters and digits only, lower-cased: "Acme Blog" → "acmeblog", "acme-blog.example" → "acmeblogexample".
std::string squashed(std::string_view s) {
  std::string out;
  for (char c : s) {
    char l = html::ascii::lower(c);
    if ((l >= 'a' && l <= 'z') || (l >= '0' && l <= '9')) out.push_back(l);
  }
  return out;
}

// Does this part name the site the address belongs to? The host's labels of five or more letters
// ("userpilot" in blog.userpilot.example) found in the part.
bool names_host(std::string_view part, std::string_view host) {
  std::string squashed_part = squashed(part);
  std::size_t start = 0;
  while (start < host.size()) {
    std::size_t dot = host.find('.', start);
    std::string_view label = host.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start);
    std::string l = squashed(label);
    if (l.size() >= 5 && squashed_part.find(l) != std::string::npos) return true;
    if (dot == std::string_view::npos) break;
    start = dot + 1;
  }
  return false;
}

bool looks_like_address(std::string_view s) {
  return html::ascii::iequals_at(s, 0, "http://") || html::ascii::iequals_at(s, 0, "https://") ||
         html::ascii::iequals_at(s, 0, "www.");
}

}  // namespace

[[gnu::noinline]] std::string clean_site_name(std::string_view declared, std::string_view address) {
  std::string name = text::normalize_spaces(declared);
  // og:site_name set to the site's address (a CMS default): the host is what a reader would say.
  if (looks_like_address(name) && name.find(' ') == std::string::npos) {
    std::optional<std::string> url = resolve_url(html::ascii::iequals_at(name, 0, "www.") ? "https://" + name : name);
    if (url && !url_host(*url).empty()) return std::string(url_host(*url));
    return name;
  }
  std::vector<std::string_view> parts = parts_of(name);
  if (parts.size() < 2) return name;
  if (!parts.front().empty() && text::count_words(parts.front()) <= kNameWords) return std::string(parts.front());
  std::string_view host = url_host(address);
  for (std::string_view part : parts) {
    if (!host.empty() && names_host(part, host)) return std::string(part);
  }
  return name;
}

}  // namespace pith::extract
