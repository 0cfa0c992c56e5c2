// Which encoding an HTML page's bytes are in, decided as the HTML standard's encoding sniffing
// algorithm does (https://html.spec.whatwg.org/#determining-the-character-encoding), and the page
// decoded to UTF-8 with it.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "text/charset.h"

namespace pith::text {

enum class EncodingSource {
  Bom,        // a byte order mark
  Transport,  // the caller's label: an HTTP charset, or "utf-8" for text that is already Unicode
  Meta,       // <meta charset> or <meta http-equiv=content-type>: in the first 1024 bytes, or later
              // (to 64 KB) when the bytes are not UTF-8
  Detected,   // no declaration; the bytes read as UTF-8 with non-ASCII in them
  Default,    // no declaration and not UTF-8: windows-1252, as browsers assume for legacy pages
};

struct SniffedEncoding {
  Encoding encoding;
  EncodingSource source;
};

// The standard's prescan of the first 1024 bytes for a <meta> declaring the encoding. A declared
// UTF-16 yields UTF-8 (the bytes were readable as ASCII, so they are not UTF-16) and x-user-defined
// yields windows-1252, as the standard says; only a UTF-16 "<?xml" declaration yields UTF-16.
std::optional<Encoding> prescan_meta_encoding(std::string_view bytes);

// BOM, then the transport label (when it names an encoding), then the prescan, then detection.
// The result may be an encoding pith cannot decode (can_decode()): what the page declares.
SniffedEncoding sniff_html_encoding(std::string_view bytes, std::string_view transport_label = "");

struct DecodedText {
  std::string utf8;
  Encoding encoding = Encoding::Utf8;  // what decoded the bytes
  EncodingSource source = EncodingSource::Default;
  // The page declared an encoding pith does not decode ("replacement": ISO-2022-KR, HZ…); its
  // bytes were then read as UTF-8, which keeps markup and ASCII text and turns the rest into U+FFFD.
  std::optional<Encoding> undecodable;
  bool replaced = false;  // some bytes were invalid in the encoding and became U+FFFD
  // Only when asked for (in_place): the bytes after any BOM were valid UTF-8 already, so `utf8` was
  // left empty and the caller reads them where they lie — a large page is not copied.
  bool in_place = false;
  std::size_t bom_length = 0;
};

// Bytes with no declared encoding read as UTF-8 by their shape: UTF-8 is self-checking, and legacy
// text almost never forms valid multi-byte sequences, so mostly-valid UTF-8 is UTF-8, even with a
// few broken sequences (a page cut mid-character, a pasted fragment). False for ASCII alone, which
// every encoding pith decodes reads the same. `all_valid`, when given: no broken sequence at all.
bool shaped_like_utf8(std::string_view bytes, bool* all_valid = nullptr);

// Linear in the input; never fails.
DecodedText decode_html_bytes(std::string_view bytes, std::string_view transport_label = "",
                              bool in_place = false);

}  // namespace pith::text
