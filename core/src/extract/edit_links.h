// A wiki section's edit link, printed after every heading by MediaWiki (Wikipedia, Fandom and most
// wikis): "[edit]", "[edit source]", "[ Bearbeiten | Quelltext bearbeiten ]". A control for the
// page's editors, not the title's words; copied with the heading it reads "History[edit]".
#pragma once

#include <cstddef>
#include <string_view>

namespace pith::extract {

// The bytes at the end of `line` that are such a link (with the spaces before it), or 0.
std::size_t edit_link_suffix(std::string_view line);

// The whole line is such a link.
inline bool is_edit_link(std::string_view line) {
  return !line.empty() && edit_link_suffix(line) == line.size();
}

}  // namespace pith::extract
