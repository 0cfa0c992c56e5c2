#include "extract/words.h"

#include <algorithm>
#include <array>

#include "text/normalize.h"
#include "text/swar.h"
#include "text/utf8.h"

namespace pith::extract {

std::vector<std::string_view> tokens(std::string_view line, std::size_t limit) {
  std::vector<std::string_view> out;
  // One allocation for the lines the classifiers ask about (a token needs two bytes with its space).
  constexpr std::size_t kReserveCap = 64;
  out.reserve(std::min({limit, line.size() / 2 + 1, kReserveCap}));
  std::size_t i = 0;
  while (i < line.size() && out.size() < limit) {
    while (i < line.size() && line[i] == ' ') ++i;
    std::size_t start = i;
    while (i < line.size() && line[i] != ' ') ++i;
    if (i > start) out.push_back(line.substr(start, i - start));
  }
  return out;
}

std::size_t count_tokens(std::string_view line, std::size_t limit) {
  using namespace text::swar;
  // A token starts at a byte that is no space and follows a space or the line's start. Every block
  // a page writes is counted, so eight bytes go at a time.
  std::size_t n = 0;
  std::size_t i = 0;
  std::uint64_t space_before = kHighs & 0xFF;  // the byte before byte 0 counts as a space
  for (; kLittleEndian && i + 8 <= line.size() && n < limit; i += 8) {
    std::uint64_t spaces = equal_bytes(load8(line.data() + i), ' ');
    n += count_marks(~spaces & kHighs & ((spaces << 8) | space_before));
    space_before = spaces >> 56;
  }
  bool after_space = space_before != 0;
  for (; i < line.size() && n < limit; ++i) {
    bool space = line[i] == ' ';
    if (!space && after_space) ++n;
    after_space = space;
  }
  return std::min(n, limit);
}

std::string_view strip_punct(std::string_view token) {
  std::size_t b = 0;
  while (b < token.size()) {
    std::size_t i = b;
    char32_t cp = text::next_code_point(token, i);
    if (text::is_letter(cp) || text::is_digit(cp)) break;
    b = i;
  }
  std::size_t e = token.size();
  while (e > b) {
    std::size_t start = 0;
    char32_t cp = text::previous_code_point(token, e, &start);
    if (text::is_letter(cp) || text::is_digit(cp)) break;
    e = start;
  }
  return token.substr(b, e - b);
}

std::string ascii_lower(std::string_view s) { return text::ascii_lower(s); }

bool starts_upper(std::string_view word) {
  for (std::size_t i = 0; i < word.size();) {
    char32_t cp = text::next_code_point(word, i);
    if (text::is_letter(cp)) return text::is_upper(cp);
    if (text::is_digit(cp)) return false;
  }
  return false;
}

bool has_letter(std::string_view word) {
  for (std::size_t i = 0; i < word.size();) {
    if (text::is_letter(text::next_code_point(word, i))) return true;
  }
  return false;
}

bool is_minor_word(std::string_view w) {
  static constexpr std::array<std::string_view, 24> kMinor = {
      "a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "to", "for", "as",
      "by", "with", "from", "vs", "via", "into", "over", "per", "her", "his"};
  for (auto m : kMinor) {
    if (m == w) return true;
  }
  return false;
}

bool is_reading_time_unit(std::string_view lowered) {
  return lowered == "min" || lowered == "mins" || lowered == "minute" || lowered == "minutes";
}

}  // namespace pith::extract
