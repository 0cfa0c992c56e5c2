// Prefix, suffix and substring tests over string_views (C++17 has no starts_with): one copy for the
// readers that hold short lines against lists of words.
#pragma once

#include <string_view>

namespace pith::text {

// The first byte is compared before the rest: every short block of a page is held against some
// forty prefixes, and most differ there.
inline bool starts_with(std::string_view s, std::string_view prefix) {
  if (prefix.empty()) return true;
  if (s.size() < prefix.size() || s[0] != prefix[0]) return false;
  return s.compare(0, prefix.size(), prefix) == 0;
}

inline bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

inline bool contains(std::string_view s, std::string_view part) { return s.find(part) != std::string_view::npos; }

}  // namespace pith::text
