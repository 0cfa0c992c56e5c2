#include "html/named_char_refs.h"

#include <cstdint>

namespace pith::html {
namespace {

#include "html/entities_table.inc"

constexpr std::size_t kRefNamesSize = sizeof(kRefNames) - 1;  // without the literal's NUL
constexpr std::size_t kRefBlocks = sizeof(kRefBlockStart) / sizeof(kRefBlockStart[0]);

bool is_header(char c) { return (static_cast<unsigned char>(c) & 0x80) != 0; }

// The rest of the entry whose header byte is at `at`: its suffix bytes, up to the next header.
std::string_view suffix_at(std::size_t at) {
  std::size_t end = at + 1;
  while (end < kRefNamesSize && !is_header(kRefNames[end])) ++end;
  return std::string_view(kRefNames + at + 1, end - at - 1);
}

NamedCharRef value_of(std::size_t index) {
  const unsigned char* v = kRefValues + index * 3;
  std::uint32_t bits = v[0] | (std::uint32_t{v[1]} << 8) | (std::uint32_t{v[2]} << 16);
  NamedCharRef ref;
  ref.found = true;
  ref.first = bits & 0x1FFFF;
  ref.second = kRefSecond[(bits >> 17) & 0xF];
  ref.legacy = (bits >> 21) & 1;
  return ref;
}

}  // namespace

NamedCharRef find_named_char_ref(std::string_view name) {
  if (name.empty() || name.size() > kRefMaxNameLength) return {};
  // The references pages use most (&amp; in every other link) are answered before the table
  // search, which costs about 1,400 instructions a lookup. All five also match without a ';'.
  struct Common {
    std::string_view name;
    char32_t value;
  };
  static constexpr Common kCommon[] = {{"amp", U'&'}, {"quot", U'"'}, {"lt", U'<'}, {"gt", U'>'}, {"nbsp", 0xA0}};
  for (const Common& c : kCommon) {
    if (name == c.name) {
      NamedCharRef ref;
      ref.found = true;
      ref.legacy = true;
      ref.first = c.value;
      return ref;
    }
  }
  // Last block whose head is <= name: block heads are stored whole.
  std::size_t lo = 0, hi = kRefBlocks;
  while (hi - lo > 1) {
    std::size_t mid = lo + (hi - lo) / 2;
    if (suffix_at(kRefBlockStart[mid]) <= name) lo = mid;
    else hi = mid;
  }
  // Decode the block entry by entry; names ascend, so stop at the first one past `name`.
  char buf[kRefMaxNameLength];
  std::size_t len = 0;
  std::size_t at = kRefBlockStart[lo];
  for (std::size_t k = 0; k < kRefBlock && at < kRefNamesSize; ++k) {
    std::size_t shared = static_cast<unsigned char>(kRefNames[at]) & 0x7F;
    std::string_view rest = suffix_at(at);
    len = shared;
    for (char c : rest) buf[len++] = c;
    std::string_view current(buf, len);
    if (current == name) return value_of(lo * kRefBlock + k);
    if (current > name) break;
    at += 1 + rest.size();
  }
  return {};
}

std::size_t named_char_ref_max_length() { return kRefMaxNameLength; }
std::size_t named_char_ref_max_legacy_length() { return kRefMaxLegacyLength; }

}  // namespace pith::html
