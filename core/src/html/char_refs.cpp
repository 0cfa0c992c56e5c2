#include "html/char_refs.h"

#include <cstdint>

#include "html/named_char_refs.h"
#include "text/utf8.h"

namespace pith::html {
namespace {

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alnum(char c) { return is_alpha(c) || is_digit(c); }

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The C1 range read as windows-1252, as browsers do for &#128; and friends (0 = unchanged).
constexpr char16_t kC1[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

bool is_noncharacter(std::uint32_t v) {
  return (v >= 0xFDD0 && v <= 0xFDEF) || (v & 0xFFFE) == 0xFFFE;
}

bool is_error_control(std::uint32_t v) {
  bool control = v < 0x20 || (v >= 0x7F && v <= 0x9F);
  bool whitespace = v == 0x09 || v == 0x0A || v == 0x0C || v == 0x20;
  return v == 0x0D || (control && !whitespace);
}

std::size_t decode_numeric(std::string_view in, std::size_t amp, std::string& out,
                           std::size_t& errors) {
  std::size_t i = amp + 2;  // past "&#"
  bool hex = i < in.size() && (in[i] == 'x' || in[i] == 'X');
  if (hex) ++i;
  std::size_t digits_from = i;
  // Saturate rather than overflow: anything past U+10FFFF means U+FFFD however long it is.
  std::uint32_t value = 0;
  for (; i < in.size(); ++i) {
    int d = hex ? hex_value(in[i]) : (is_digit(in[i]) ? in[i] - '0' : -1);
    if (d < 0) break;
    value = value > 0x10FFFF ? value : value * (hex ? 16 : 10) + static_cast<std::uint32_t>(d);
  }
  if (i == digits_from) {  // absence-of-digits: "&#" or "&#x" stays as written
    ++errors;
    out.append(in.substr(amp, i - amp));
    return i;
  }
  if (i < in.size() && in[i] == ';') ++i;
  else ++errors;  // missing-semicolon-after-character-reference
  if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF) ||
      is_noncharacter(value) || is_error_control(value)) {
    ++errors;
  }
  text::append_utf8(out, numeric_char_ref_value(value));
  return i;
}

}  // namespace

char32_t numeric_char_ref_value(std::uint32_t value) {
  if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return 0xFFFD;
  if (value >= 0x80 && value <= 0x9F && kC1[value - 0x80] != 0) return kC1[value - 0x80];
  return value;
}

std::size_t decode_char_ref(std::string_view in, std::size_t amp, bool in_attribute,
                            std::string& out, std::size_t& errors) {
  std::size_t i = amp + 1;
  if (i < in.size() && in[i] == '#') return decode_numeric(in, amp, out, errors);
  if (i >= in.size() || !is_alnum(in[i])) {
    out.push_back('&');
    return i;
  }
  // Names are letters and digits, so the longest identifier the input can match is either the
  // whole run of letters and digits followed by ';', or a legacy name (no ';') that prefixes the
  // run. Looking one past the longest name is enough to tell, which keeps "&" + 10 MB of letters
  // linear: the rest of the run is copied below without lookups.
  const std::size_t max_len = named_char_ref_max_length();
  std::size_t run = i;
  while (run < in.size() && run - i <= max_len && is_alnum(in[run])) ++run;
  std::string_view name = in.substr(i, run - i);

  NamedCharRef ref;
  std::size_t matched = 0;  // characters consumed after '&', ';' included
  if (run < in.size() && in[run] == ';') {
    ref = find_named_char_ref(name);
    if (ref.found) matched = name.size() + 1;
  }
  const std::size_t max_legacy = named_char_ref_max_legacy_length();
  for (std::size_t len = name.size() < max_legacy ? name.size() : max_legacy; matched == 0 && len > 0;
       --len) {
    ref = find_named_char_ref(name.substr(0, len));
    if (ref.found && ref.legacy) matched = len;
  }

  if (matched > 0) {
    std::size_t next = i + matched;
    bool semicolon = in[next - 1] == ';';
    bool blocks = next < in.size() && (in[next] == '=' || is_alnum(in[next]));
    if (in_attribute && !semicolon && blocks) {
      out.append(in.substr(amp, next - amp));  // historical: "&copy=…" in a URL stays literal
      return next;
    }
    if (!semicolon) ++errors;  // missing-semicolon-after-character-reference
    text::append_utf8(out, ref.first);
    if (ref.second) text::append_utf8(out, ref.second);
    return next;
  }

  // No match: the ambiguous ampersand state passes the letters and digits through.
  out.push_back('&');
  while (i < in.size() && is_alnum(in[i])) out.push_back(in[i++]);
  if (i < in.size() && in[i] == ';') ++errors;  // unknown-named-character-reference
  return i;
}

}  // namespace pith::html
