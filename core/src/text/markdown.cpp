#include "text/markdown.h"

namespace pith::text {

bool is_code_fence(std::string_view line) {
  while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
  while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
  // A fence's info string holds no backtick: "```x```" on one line is inline code, and taking it
  // for a fence turned the rest of the paste into one listing.
  if (line.substr(0, 3) == "```") {
    std::size_t info = line.find_first_not_of('`');
    return info == std::string_view::npos || line.find('`', info) == std::string_view::npos;
  }
  // "~~~" alone or with its language; a longer row of tildes is a shop's or a forum's divider line.
  if (line.substr(0, 3) != "~~~") return false;
  std::string_view info = line.substr(3);
  for (char c : info) {
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' || c == '-')) return false;
  }
  return true;
}

std::size_t heading_level(std::string_view line) {
  constexpr std::size_t kMaxLevel = 6;
  std::size_t n = 0;
  while (n < line.size() && line[n] == '#') ++n;
  if (n == 0 || n > kMaxLevel || n + 1 >= line.size() || line[n] != ' ') return 0;
  return n;
}

std::string_view heading_text(std::string_view line) {
  std::size_t level = heading_level(line);
  if (level == 0) return line;
  line.remove_prefix(level);
  while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
  while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
  // A closing run of #s goes only when a space stands before it, as CommonMark has it: "## Why F#"
  // keeps its language's name.
  std::size_t run = line.size();
  while (run > 0 && line[run - 1] == '#') --run;
  if (run < line.size() && run > 0 && line[run - 1] == ' ') {
    line = line.substr(0, run);
    while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
  }
  return line;
}

bool is_table_markup(std::string_view line) {
  while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
  return line.size() >= 3 && line.front() == '|' && line.back() == '|' && line.find('|', 1) < line.size() - 1;
}

}  // namespace pith::text
