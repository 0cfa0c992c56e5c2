#include "pith/read.h"

#include "extract/html_reader.h"
#include "extract/plain_text.h"
#include "extract/url.h"
#include "html/detect.h"
#include "text/binary_sniff.h"
#include "text/charset.h"
#include "text/charset_sniff.h"
#include "text/utf8.h"
#include "text/normalize.h"

namespace pith {
namespace {

// `code` (in block order) holds the quote marks of the blocks' inline code.
void finish_quotes(Document& doc, const std::vector<extract::CodeQuotes>& code, Quotes q) {
  if (q == Quotes::Keep) return;
  auto next = code.begin();
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    Block& b = doc.blocks[i];
    // Code is copied, not read aloud: curled quotes in a listing break the program it shows, and
    // so they do in the inline code of a paragraph (Node's `node -e "script"`).
    if (b.kind == BlockKind::Code) continue;
    while (next != code.end() && next->block < i) ++next;
    bool has_code = next != code.end() && next->block == i;
    b.text = has_code ? text::apply_quotes(b.text, q, next->marks) : text::apply_quotes(b.text, q);
  }
  doc.title = text::apply_quotes(doc.title, q);
}

std::string replaced_warning(text::Encoding e) {
  if (e == text::Encoding::Utf8) return "invalid UTF-8 replaced with U+FFFD";
  return "bytes invalid in " + std::string(text::encoding_name(e)) + " replaced with U+FFFD";
}

std::string_view source_note(text::EncodingSource source) {
  switch (source) {
    case text::EncodingSource::Bom: return "from its byte order mark";
    case text::EncodingSource::Transport: return "as the caller declared";
    case text::EncodingSource::Meta: return "from <meta charset>";
    case text::EncodingSource::Detected: return "detected";
    case text::EncodingSource::Default: return "no declaration: the legacy default";
  }
  return "";
}

bool has_non_ascii(std::string_view s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return true;
  }
  return false;
}

// The input as it is read, past UTF-8's BOM, when ReadOptions::valid_utf8 vouches for it with a
// UTF-8 label; nothing otherwise. A BOM still overrides a label: another encoding's BOM (which
// well-formed UTF-8 cannot start with) sends the bytes to the decoder after all.
std::optional<std::string_view> vouched_utf8(std::string_view input, const ReadOptions& options) {
  if (!options.valid_utf8 || text::encoding_for_label(options.encoding) != text::Encoding::Utf8) return std::nullopt;
  auto bom = text::sniff_bom(input);
  if (!bom) return input;
  if (bom->encoding != text::Encoding::Utf8) return std::nullopt;
  return input.substr(bom->length);
}

// HTML bytes as a browser would decode them. The warning only appears when the choice of encoding
// changed the text: an all-ASCII page reads the same in all of them.
// Valid UTF-8 is read where it lies; anything else is decoded into `storage`.
// `used`, when given, gets the encoding that decoded them.
std::string_view decode_html(std::string_view input, const ReadOptions& options, Document& doc, std::string& storage,
                             text::Encoding* used = nullptr) {
  const std::string_view label = options.encoding;
  if (auto utf8 = vouched_utf8(input, options)) return *utf8;
  text::DecodedText d = text::decode_html_bytes(input, label, true);
  if (used) *used = d.encoding;
  bool utf16 = d.encoding == text::Encoding::Utf16Le || d.encoding == text::Encoding::Utf16Be;
  if (d.undecodable) {
    doc.warnings.push_back("the page declares " + std::string(text::encoding_name(*d.undecodable)) +
                           ", which pith does not decode; read as UTF-8");
  } else if (d.encoding != text::Encoding::Utf8 && (utf16 || has_non_ascii(input))) {
    doc.warnings.push_back("decoded as " + std::string(text::encoding_name(d.encoding)) + " (" +
                           std::string(source_note(d.source)) + ")");
  }
  if (d.replaced) doc.warnings.push_back(replaced_warning(d.encoding));
  if (d.in_place) return input.substr(d.bom_length);
  storage = std::move(d.utf8);
  return storage;
}

// Plain text is UTF-8 unless a BOM or the caller says otherwise, or its bytes are not shaped like
// UTF-8 at all: then it is a legacy file (an old Windows .txt, where "café" and curly quotes had
// become U+FFFD), read as windows-1252 as for HTML. Text has no <meta> to consult, and guessing
// among legacy encodings from letters alone is not worth its errors.
std::string decode_text(std::string_view input, const ReadOptions& options, Document& doc,
                        text::Encoding* used = nullptr) {
  const std::string_view label = options.encoding;
  if (auto utf8 = vouched_utf8(input, options)) return std::string(*utf8);
  text::Encoding e = text::Encoding::Utf8;
  if (auto bom = text::sniff_bom(input)) {
    e = bom->encoding;
    input.remove_prefix(bom->length);
  } else if (auto declared = text::encoding_for_label(label); declared && text::can_decode(*declared)) {
    e = *declared;
  } else if (text::find_invalid_utf8(input) < input.size() && !text::shaped_like_utf8(input)) {
    e = text::Encoding::Windows1252;
    doc.warnings.push_back("decoded as windows-1252 (" + std::string(source_note(text::EncodingSource::Default)) + ")");
  }
  if (used) *used = e;
  bool replaced = false;
  std::string out = text::decode_bytes(input, e, &replaced);
  if (replaced) doc.warnings.push_back(replaced_warning(e));
  return out;
}

// The encoding the input says it is in before any sniffing of its text: its BOM (`bom_length`
// bytes long), else the caller's label.
struct Declared {
  std::optional<text::Encoding> encoding;
  std::size_t bom_length = 0;
  bool utf16() const { return encoding == text::Encoding::Utf16Le || encoding == text::Encoding::Utf16Be; }
};

Declared declared_encoding(std::string_view input, const ReadOptions& options) {
  if (auto bom = text::sniff_bom(input)) return {bom->encoding, bom->length};
  return {text::encoding_for_label(options.encoding), 0};
}

// Markup is ASCII in every encoding pith reads except UTF-16, whose NUL bytes hide it from
// detect_format(); UTF-16 input is decoded first (its first 128 KB: detection reads 64 KB).
Format resolve_format(std::string_view input, const ReadOptions& options) {
  if (options.format != Format::Auto) return options.format;
  const Declared d = declared_encoding(input, options);
  if (d.utf16()) return detect_format(text::decode_bytes(input.substr(d.bom_length, 1u << 17), *d.encoding));
  return detect_format(input);
}

}  // namespace

std::optional<Format> parse_format(std::string_view s) {
  if (s == "auto") return Format::Auto;
  if (s == "text") return Format::Text;
  if (s == "html") return Format::Html;
  return std::nullopt;
}

std::optional<Quotes> parse_quotes(std::string_view s) {
  if (s == "smart") return Quotes::Smart;
  if (s == "ascii") return Quotes::Ascii;
  if (s == "keep") return Quotes::Keep;
  return std::nullopt;
}

std::optional<std::string> parse_page_url(std::string_view url) { return extract::resolve_url(url); }

Format detect_format(std::string_view input) {
  return html::looks_like_html(input) ? Format::Html : Format::Text;
}

std::optional<std::string_view> sniff_not_text(std::string_view input, const ReadOptions& options) {
  constexpr std::string_view kBinary = "binary data";
  // A string's bytes encode characters: signatures do not apply (read.h says why), controls do.
  if (auto utf8 = vouched_utf8(input, options)) {
    return text::mostly_control_bytes(*utf8) ? std::optional(kBinary) : std::nullopt;
  }
  const Declared d = declared_encoding(input, options);
  // A byte order mark is text's own signature: no file format's follows one.
  if (d.bom_length == 0) {
    if (auto kind = text::file_signature(input)) return kind;
  }
  // UTF-16 text is half NULs; it is judged as the characters it decodes to.
  const std::string_view body = input.substr(d.bom_length);
  const bool binary = d.utf16() ? text::mostly_control_bytes(text::decode_bytes(body.substr(0, text::kSniffPrefix), *d.encoding))
                                : text::mostly_control_bytes(body);
  return binary ? std::optional(kBinary) : std::nullopt;
}

namespace {

// What the input is not, when it is not text, with the warning read() and decode() give for it: a
// PDF, an image or a program decoded as windows-1252 reads as an article of mojibake (and fills the
// page's box with it), so nothing is read.
std::optional<std::string> not_text(std::string_view input, const ReadOptions& options, std::vector<std::string>& warnings) {
  auto kind = sniff_not_text(input, options);
  if (!kind) return std::nullopt;
  warnings.push_back("this looks like " + std::string(*kind) + ", not text or HTML: nothing was read");
  return std::string(*kind);
}

// The format the input is read in. A text paste read as HTML (a face that says "html" for whatever
// the page gave it) would have its line breaks made spaces and the whole of it one block, then one
// cookie notice: without a single tag it has no HTML to read. (Empty input is nothing in either.)
Format reading_format(std::string_view input, const ReadOptions& options, std::vector<std::string>& warnings) {
  const Format format = resolve_format(input, options);
  if (format == Format::Html && !html::has_markup(input) && input.find_first_not_of(" \t\r\n") != std::string_view::npos) {
    warnings.push_back("no HTML markup found: read as plain text");
    return Format::Text;
  }
  return format;
}

}  // namespace

Document read(std::string_view input, const ReadOptions& options) {
  Document doc;
  if (auto kind = not_text(input, options, doc.warnings)) {
    doc.not_text = std::move(*kind);
    return doc;
  }
  doc.format = reading_format(input, options, doc.warnings);
  std::string storage;
  std::vector<extract::CodeQuotes> code;
  if (doc.format == Format::Html) {
    code = extract::read_html(decode_html(input, options, doc, storage), options.url, doc);
  } else {
    extract::read_plain_text(decode_text(input, options, doc), doc);
  }
  finish_quotes(doc, code, options.quotes);
  return doc;
}

DecodedInput decode(std::string_view input, const ReadOptions& options) {
  DecodedInput out;
  // The same checks and decoders read() uses; their warnings are collected in a scratch Document.
  Document scratch;
  if (auto kind = not_text(input, options, scratch.warnings)) {
    out.not_text = std::move(*kind);
    out.warnings = std::move(scratch.warnings);
    return out;
  }
  out.format = reading_format(input, options, scratch.warnings);
  text::Encoding used = text::Encoding::Utf8;
  if (out.format == Format::Html) {
    std::string storage;
    std::string_view decoded = decode_html(input, options, scratch, storage, &used);
    out.text = storage.empty() ? std::string(decoded) : std::move(storage);
  } else {
    out.text = decode_text(input, options, scratch, &used);
  }
  out.encoding = std::string(text::encoding_name(used));
  out.warnings = std::move(scratch.warnings);
  return out;
}

}  // namespace pith
