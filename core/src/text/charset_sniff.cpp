#include "text/charset_sniff.h"

#include "html/ascii.h"


#include "text/utf8.h"

namespace pith::text {

namespace {

// The standard's prescan looks no further: browsers wait for this much before committing.
constexpr std::size_t kPrescanBytes = 1024;
// How far a late <meta> is looked for when the prescan finds none (see sniff_html_encoding).
constexpr std::size_t kLateMetaBytes = 64 * 1024;

bool is_space(char c) { return c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' '; }
using html::ascii::is_alpha;
using html::ascii::iequals;
using html::ascii::iequals_at;

// Views into the scanned bytes, case as written: every comparison below ignores ASCII case.
struct Attribute {
  std::string_view name;
  std::string_view value;
};

// The standard's "get an attribute", over s from i. nullopt when there is none: a '>' comes first
// or the bytes run out (a tag cut off by the 1024-byte window declares nothing).
std::optional<Attribute> get_attribute(std::string_view s, std::size_t& i) {
  while (i < s.size() && (is_space(s[i]) || s[i] == '/')) ++i;
  if (i >= s.size() || s[i] == '>') return std::nullopt;
  Attribute a;
  // Name: up to '=' (unless it is the first byte), whitespace, '/' or '>'.
  std::size_t name_start = i;
  for (;; ++i) {
    if (i >= s.size()) return std::nullopt;
    char c = s[i];
    if ((c == '=' && i > name_start) || is_space(c) || c == '/' || c == '>') break;
  }
  a.name = s.substr(name_start, i - name_start);
  if (s[i] == '/' || s[i] == '>') return a;
  while (i < s.size() && is_space(s[i])) ++i;
  if (i >= s.size()) return std::nullopt;
  if (s[i] != '=') return a;  // a name alone; i stays on the next attribute
  ++i;
  while (i < s.size() && is_space(s[i])) ++i;
  if (i >= s.size()) return std::nullopt;
  if (s[i] == '"' || s[i] == '\'') {
    std::size_t close = s.find(s[i], i + 1);
    if (close == std::string_view::npos) return std::nullopt;
    a.value = s.substr(i + 1, close - i - 1);
    i = close + 1;
    return a;
  }
  if (s[i] == '>') return a;
  std::size_t value_start = i;
  while (i < s.size() && !is_space(s[i]) && s[i] != '>') ++i;
  if (i >= s.size()) return std::nullopt;
  a.value = s.substr(value_start, i - value_start);
  return a;
}

// The standard's "extract a character encoding from a meta element", for content="text/html;
// charset=…".
std::optional<Encoding> encoding_from_content(std::string_view s) {
  std::size_t pos = 0;
  while (true) {
    std::size_t found = pos;
    while (found < s.size() && !iequals_at(s, found, "charset")) ++found;
    if (found >= s.size()) return std::nullopt;
    std::size_t i = found + 7;
    while (i < s.size() && is_space(s[i])) ++i;
    if (i >= s.size() || s[i] != '=') {
      pos = i;  // "charsetcharset=x" still finds the second one
      continue;
    }
    ++i;
    while (i < s.size() && is_space(s[i])) ++i;
    if (i >= s.size()) return std::nullopt;
    if (s[i] == '"' || s[i] == '\'') {
      std::size_t close = s.find(s[i], i + 1);
      if (close == std::string_view::npos) return std::nullopt;
      return encoding_for_label(s.substr(i + 1, close - i - 1));
    }
    std::size_t end = i;
    while (end < s.size() && !is_space(s[end]) && s[end] != ';') ++end;
    return encoding_for_label(s.substr(i, end - i));
  }
}

// One <meta>, from just after "<meta": the standard's attribute bookkeeping. A charset attribute
// counts on its own; a content attribute only alongside http-equiv="content-type". Only the
// first occurrence of each attribute name counts.
std::optional<Encoding> meta_encoding(std::string_view s, std::size_t& i) {
  bool seen_http_equiv = false, seen_content = false, seen_charset = false;
  bool got_pragma = false;
  enum { Unset, Yes, No } need_pragma = Unset;
  std::optional<Encoding> charset;
  bool charset_set = false;  // "charset is null" in the standard; a failed lookup is not null
  while (auto a = get_attribute(s, i)) {
    if (iequals(a->name, "http-equiv")) {
      if (seen_http_equiv) continue;
      seen_http_equiv = true;
      if (iequals(a->value, "content-type")) got_pragma = true;
    } else if (iequals(a->name, "content")) {
      if (seen_content) continue;
      seen_content = true;
      if (charset_set) continue;
      if (auto e = encoding_from_content(a->value)) {
        charset = e;
        charset_set = true;
        need_pragma = Yes;
      }
    } else if (iequals(a->name, "charset")) {
      if (seen_charset) continue;
      seen_charset = true;
      charset = encoding_for_label(a->value);
      charset_set = true;
      need_pragma = No;
    }
  }
  if (need_pragma == Unset || (need_pragma == Yes && !got_pragma) || !charset) return std::nullopt;
  if (*charset == Encoding::Utf16Le || *charset == Encoding::Utf16Be) return Encoding::Utf8;
  if (*charset == Encoding::XUserDefined) return Encoding::Windows1252;
  return charset;
}

// What the bytes look like as UTF-8: multi-byte sequences that are valid, and invalid spots.
struct Utf8Shape {
  std::size_t multibyte = 0;
  std::size_t invalid = 0;
};

// The bytes without a character cut off at their very end: a lead byte and fewer continuation
// bytes than it announces. A text truncated mid-character ("… said \xE2\x80") is UTF-8 with a
// cut end, not a legacy file: counted as invalid, the cut tipped a short text to windows-1252.
std::string_view without_cut_character(std::string_view s) {
  for (std::size_t back = 1; back <= 3 && back <= s.size(); ++back) {
    const auto c = static_cast<unsigned char>(s[s.size() - back]);
    if ((c & 0xC0) == 0x80) continue;  // a continuation byte: look further back for the lead
    const std::size_t length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    return length > back ? s.substr(0, s.size() - back) : s;
  }
  return s;
}

Utf8Shape utf8_shape(std::string_view s) {
  s = without_cut_character(s);
  Utf8Shape shape;
  for (std::size_t i = find_invalid_utf8(s, 0, &shape.multibyte); i < s.size();
       i = find_invalid_utf8(s, i + 1, &shape.multibyte)) {
    ++shape.invalid;
  }
  return shape;
}

}  // namespace

bool shaped_like_utf8(std::string_view bytes, bool* all_valid) {
  Utf8Shape shape = utf8_shape(bytes);
  if (all_valid) *all_valid = shape.multibyte > 0 && shape.invalid == 0;
  return shape.multibyte > 0 && shape.invalid * 8 <= shape.multibyte;
}

namespace {

// The prescan over the first `window` bytes.
std::optional<Encoding> prescan_window(std::string_view bytes, std::size_t window) {
  std::string_view s = bytes.substr(0, window);
  std::size_t i = 0;
  while (i < s.size()) {
    if (s[i] != '<') {
      ++i;
      continue;
    }
    if (s.compare(i, 4, "<!--") == 0) {
      // To the first "-->" whose dashes may overlap the opening ones: "<!-->" is a whole comment.
      std::size_t close = s.find("-->", i + 2);
      if (close == std::string_view::npos) return std::nullopt;
      i = close + 3;
    } else if (iequals_at(s, i, "<meta") && i + 5 < s.size() && (is_space(s[i + 5]) || s[i + 5] == '/')) {
      i += 5;
      if (auto e = meta_encoding(s, i)) return e;
    } else if (i + 1 < s.size() &&
               (is_alpha(s[i + 1]) || (s[i + 1] == '/' && i + 2 < s.size() && is_alpha(s[i + 2])))) {
      // Any other tag: its attributes are skipped so that a '>' or "<meta" inside a value is not
      // mistaken for markup.
      while (i < s.size() && !is_space(s[i]) && s[i] != '>') ++i;
      while (get_attribute(s, i)) {
      }
    } else if (i + 1 < s.size() && (s[i + 1] == '!' || s[i + 1] == '/' || s[i + 1] == '?')) {
      std::size_t close = s.find('>', i + 2);
      if (close == std::string_view::npos) return std::nullopt;
      i = close + 1;
    } else {
      ++i;
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<Encoding> prescan_meta_encoding(std::string_view bytes) {
  // "<?x" in UTF-16 without a BOM: an XML declaration, which WebKit and Blink honour.
  if (bytes.compare(0, 6, std::string_view("<\0?\0x\0", 6)) == 0) return Encoding::Utf16Le;
  if (bytes.compare(0, 6, std::string_view("\0<\0?\0x", 6)) == 0) return Encoding::Utf16Be;
  return prescan_window(bytes, kPrescanBytes);
}

namespace {

// sniff_html_encoding, also saying when detection found every byte valid UTF-8: decoding in place
// then need not read the page a second time to check it.
SniffedEncoding sniff(std::string_view bytes, std::string_view transport_label, bool* all_valid_utf8) {
  if (auto bom = sniff_bom(bytes)) return {bom->encoding, EncodingSource::Bom};
  if (auto e = encoding_for_label(transport_label)) return {*e, EncodingSource::Transport};
  if (auto e = prescan_meta_encoding(bytes)) return {*e, EncodingSource::Meta};
  // The standard leaves the rest to the user agent (frequency analysis, locale): UTF-8 when the
  // bytes are shaped like it; anything else is legacy, and windows-1252 is what browsers assume.
  if (shaped_like_utf8(bytes, all_valid_utf8)) return {Encoding::Utf8, EncodingSource::Detected};
  // A <meta charset> after the first 1024 bytes (behind long inline styles or a comment): a
  // browser's tree builder meets it and parses the page again in that encoding, so a windows-1251
  // page declaring itself late still shows Cyrillic. Looked for only when the bytes are not UTF-8.
  if (auto e = prescan_window(bytes, kLateMetaBytes)) return {*e, EncodingSource::Meta};
  return {Encoding::Windows1252, EncodingSource::Default};
}

}  // namespace

SniffedEncoding sniff_html_encoding(std::string_view bytes, std::string_view transport_label) {
  bool all_valid_utf8 = false;
  return sniff(bytes, transport_label, &all_valid_utf8);
}

DecodedText decode_html_bytes(std::string_view bytes, std::string_view transport_label, bool in_place) {
  DecodedText out;
  bool all_valid_utf8 = false;  // no BOM either: detection comes after the BOM test
  SniffedEncoding sniffed = sniff(bytes, transport_label, &all_valid_utf8);
  out.source = sniffed.source;
  out.encoding = sniffed.encoding;
  if (!can_decode(sniffed.encoding)) {
    out.undecodable = sniffed.encoding;
    out.encoding = Encoding::Utf8;
  }
  // Decoding sniffs the BOM again whatever was chosen, so a BOM always wins and never shows.
  if (auto bom = sniff_bom(bytes)) {
    out.encoding = bom->encoding;
    out.bom_length = bom->length;
    bytes.remove_prefix(bom->length);
  }
  if (in_place && out.encoding == Encoding::Utf8 && (all_valid_utf8 || find_invalid_utf8(bytes) == bytes.size())) {
    out.in_place = true;
    return out;
  }
  out.utf8 = decode_bytes(bytes, out.encoding, &out.replaced);
  return out;
}

}  // namespace pith::text
