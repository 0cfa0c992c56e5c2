#include "extract/edit_links.h"

#include <array>
#include <string>

#include "html/ascii.h"
#include "text/normalize.h"

namespace pith::extract {
namespace {

// The link's words in the languages of the largest Wikipedias that print them.
bool is_edit_word(std::string_view w) {
  static constexpr std::array<std::string_view, 15> kWords = {
      "edit", "edit source", "bearbeiten", "quelltext bearbeiten", "modifier", "modifier le code",
      "editar", "editar c\xC3\xB3" "digo-fonte", "editar c\xC3\xB3" "digo", "modifica", "modifica wikitesto",
      "bewerken", "brontekst bewerken", "edytuj", "edytuj kod"};
  // Spaces as the page set them ("[ edit ]", "edit  source"), case aside.
  std::string lower = text::ascii_lower(text::normalize_spaces(w));
  for (std::string_view k : kWords) {
    if (lower == k) return true;
  }
  return false;
}

}  // namespace

std::size_t edit_link_suffix(std::string_view line) {
  std::size_t end = line.size();
  while (end > 0 && html::ascii::is_space(line[end - 1])) --end;
  if (end == 0 || line[end - 1] != ']') return 0;
  std::size_t open = line.rfind('[', end - 1);
  // The longest form, "[ modifier | modifier le code ]", is 31 bytes.
  constexpr std::size_t kLongest = 40;
  if (open == std::string_view::npos || end - open > kLongest) return 0;
  std::string_view inside = line.substr(open + 1, end - open - 2);
  // One word or two, the second after '|': "[edit | edit source]".
  std::size_t bar = inside.find('|');
  if (!is_edit_word(inside.substr(0, bar))) return 0;
  if (bar != std::string_view::npos && !is_edit_word(inside.substr(bar + 1))) return 0;
  while (open > 0 && html::ascii::is_space(line[open - 1])) --open;
  return line.size() - open;
}

}  // namespace pith::extract
