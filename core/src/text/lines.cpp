#include "text/lines.h"

namespace pith::text {

std::vector<std::string_view> split_lines(std::string_view s) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  for (std::size_t i = 0; i < s.size();) {
    char c = s[i];
    std::size_t len = 0;
    if (c == '\n') len = 1;
    else if (c == '\r') len = (i + 1 < s.size() && s[i + 1] == '\n') ? 2 : 1;
    else if (c == '\xE2' && i + 2 < s.size() && s[i + 1] == '\x80' &&
             (s[i + 2] == '\xA8' || s[i + 2] == '\xA9')) len = 3;  // U+2028, U+2029
    if (len == 0) {
      ++i;
      continue;
    }
    lines.push_back(s.substr(start, i - start));
    i += len;
    start = i;
  }
  if (start < s.size()) lines.push_back(s.substr(start));
  return lines;
}

}  // namespace pith::text
