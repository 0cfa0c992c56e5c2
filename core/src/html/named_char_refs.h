// The WHATWG named character reference table (generated into entities_table.inc), looked up by
// exact name. The tokenizer's longest-match rule reduces to exact lookups: see char_refs.cpp.
#pragma once

#include <cstddef>
#include <string_view>

namespace pith::html {

struct NamedCharRef {
  bool found = false;
  bool legacy = false;       // also matches without the ';' ("&amp" as well as "&amp;")
  char32_t first = 0;
  char32_t second = 0;       // 0 when the reference stands for one code point
};

// `name` is the part between '&' and ';' (letters and digits). Case-sensitive, as the table is.
NamedCharRef find_named_char_ref(std::string_view name);

// Longest name in the table, without its ';': a reference never needs more lookahead than this.
std::size_t named_char_ref_max_length();
// Longest legacy name: the only ones that match without a ';'.
std::size_t named_char_ref_max_legacy_length();

}  // namespace pith::html
