#include "extract/code_quotes.h"

namespace pith::extract {
namespace {

// The quote marks in s[from, to).
std::size_t count_marks(std::string_view s, std::size_t from, std::size_t to) {
  std::string_view part = s.substr(0, to);
  std::size_t n = 0;
  for (std::size_t i = text::next_quote_mark(part, from); i < part.size();
       i = text::next_quote_mark(part, i + text::quote_mark_length(part, i))) {
    ++n;
  }
  return n;
}

}  // namespace

std::vector<text::ByteRange> code_quote_marks(std::string_view raw, const std::vector<text::ByteRange>& code,
                                              std::string_view text) {
  // Which marks of raw are code's, by number: [first, last) for each stretch that holds any.
  struct Marks {
    std::size_t first, last;
  };
  std::vector<Marks> numbered;
  std::size_t seen = 0;
  std::size_t counted_to = 0;
  for (const text::ByteRange& c : code) {
    if (c.from < counted_to || c.to > raw.size()) break;  // not in order, or past raw: none trusted beyond
    std::size_t inside = count_marks(raw, c.from, c.to);
    if (inside == 0) continue;  // most inline code (a name, a type) holds none: only its bytes are read
    seen += count_marks(raw, counted_to, c.from);
    numbered.push_back({seen, seen + inside});
    seen += inside;
    counted_to = c.to;
  }
  std::vector<text::ByteRange> out;
  if (numbered.empty()) return out;
  auto next = numbered.begin();
  std::size_t number = 0;
  std::size_t from = 0;
  for (std::size_t i = text::next_quote_mark(text, 0); i < text.size() && next != numbered.end();) {
    std::size_t length = text::quote_mark_length(text, i);
    if (number == next->first) from = i;
    if (number + 1 == next->last) {
      out.push_back({from, i + length});
      ++next;
    }
    ++number;
    i = text::next_quote_mark(text, i + length);
  }
  return out;
}

}  // namespace pith::extract
