// Legacy encodings as the WHATWG Encoding Standard defines them: labels → encodings, and decoders
// from bytes to valid UTF-8. The HTML-specific choice of encoding lives in charset_sniff.h.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace pith::text {

// Every encoding of the standard, so that a label always resolves to what a browser would pick,
// even where pith cannot decode it (can_decode() says which). The single-byte encodings come
// first, in the order of the rows of charset_tables.inc (scripts/gen-charsets.py).
enum class Encoding {
  Ibm866,
  Iso8859_2, Iso8859_3, Iso8859_4, Iso8859_5, Iso8859_6, Iso8859_7, Iso8859_8,
  Iso8859_10, Iso8859_13, Iso8859_14, Iso8859_15, Iso8859_16,
  Koi8R, Koi8U, Macintosh, Windows874,
  Windows1250, Windows1251, Windows1252, Windows1253, Windows1254, Windows1255, Windows1256,
  Windows1257, Windows1258, XMacCyrillic,
  Iso8859_8I,  // ISO-8859-8's table; the "-I" only tells a renderer the text is in logical order
  Utf8, Utf16Le, Utf16Be, XUserDefined,
  // The multi-byte CJK encodings (charset_cjk.h).
  Gbk, Gb18030, Big5, EucJp, Iso2022Jp, ShiftJis, EucKr,
  // Known to the label table, not decoded: it only exists to refuse ISO-2022-KR, HZ and kin, which
  // a browser shows as a single U+FFFD; pith reads such a page as UTF-8 instead (see can_decode).
  Replacement,
};

// The standard's "get an encoding": ASCII whitespace trimmed, case ignored, every label of the
// standard's table ("latin1" and "ascii" are windows-1252, "utf-16" is UTF-16LE, "x-cp1251" is
// windows-1251). nullopt for anything else.
std::optional<Encoding> encoding_for_label(std::string_view label);

// The canonical name, spelled as the standard does: "UTF-8", "windows-1251", "ISO-8859-2".
std::string_view encoding_name(Encoding e);

bool can_decode(Encoding e);

// Decodes bytes (no BOM handling: the caller has removed any) to valid UTF-8; every invalid or
// undefined sequence becomes U+FFFD and sets *replaced. Encodings that can_decode() rejects are
// decoded as UTF-8.
std::string decode_bytes(std::string_view bytes, Encoding e, bool* replaced = nullptr);

// The encoding a byte order mark announces and the BOM's length, as the standard's "BOM sniff".
struct Bom {
  Encoding encoding;
  std::size_t length;
};
std::optional<Bom> sniff_bom(std::string_view bytes);

}  // namespace pith::text
