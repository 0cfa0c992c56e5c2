// Embind surface: strings and plain objects in, JSON text out (parsed by the package wrapper), so the
// JavaScript side never holds a C++ handle that would need delete().
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pith/pith.h"
#include "pith/utf16.h"

namespace {

using emscripten::val;

std::string error_json(const char* message) {
  return std::string("{\"error\":\"") + message + "\"}";
}

// JSON text handed to the wrapper as a malloc'd block: a 32-bit length, then the UTF-8 bytes. The
// wrapper decodes it with one TextDecoder call and frees it. Embind's std::string return scans the
// bytes one at a time in JavaScript for NULs and then again for the end before decoding: about a
// tenth of reading a page (node --cpu-prof of the 181 aeb pages, --profiling-funcs build).
// 0 when the heap has no room; the wrapper reports that.
std::uintptr_t result_block(const std::string& json) {
  if (json.size() > UINT32_MAX - 4) return 0;
  auto* block = static_cast<unsigned char*>(std::malloc(json.size() + 4));
  if (!block) return 0;
  const std::uint32_t size = static_cast<std::uint32_t>(json.size());
  std::memcpy(block, &size, 4);
  std::memcpy(block + 4, json.data(), json.size());
  return reinterpret_cast<std::uintptr_t>(block);
}

// The input is `size` bytes the wrapper placed in the heap at `data` (malloc + HEAPU8.set, one
// native copy; a JS string is TextEncoded first and comes with encoding "utf-8", so a page's
// <meta charset> cannot re-decode decoded text) and frees after the call; the engine reads them in
// place. Embind's own std::string conversion copies a Uint8Array a byte at a time in JavaScript,
// which was a fifth of a page's read time (node --cpu-prof bench/ab.mjs dist dist). `from_string`
// says the wrapper encoded a JavaScript string into those bytes. `url` is the
// page's address ('' when unknown); the engine ignores one that is not http(s).
std::string read_document(std::uintptr_t data, std::size_t size, const std::string& format,
                          const std::string& quotes, const std::string& encoding, bool from_string,
                          const std::string& url) {
  if (data == 0 && size != 0) return error_json("input bytes missing");
  std::string_view input(reinterpret_cast<const char*>(data), size);
  auto f = pith::parse_format(format);
  if (!f) return error_json("format must be auto, text or html");
  auto q = pith::parse_quotes(quotes);
  if (!q) return error_json("quotes must be smart, ascii or keep");
  pith::ReadOptions options;
  options.format = *f;
  options.quotes = *q;
  options.encoding = encoding;
  // TextEncoder wrote a string's bytes, so they are well-formed UTF-8 (ReadOptions::valid_utf8).
  options.valid_utf8 = from_string;
  options.url = url;
  return pith::to_json(pith::read(input, options), pith::JsonChars::Ascii);
}

std::string string_field(const val& object, const char* name) {
  val v = object[name];
  return v.isString() ? v.as<std::string>() : std::string();
}

std::size_t count_field(const val& object, const char* name) {
  val v = object[name];
  if (!v.isNumber()) return 0;
  double d = v.as<double>();
  return d > 0 ? static_cast<std::size_t>(d) : 0;
}

// A list item's number as read gave it: an integer within int's range, else none.
std::optional<int> number_field(const val& object, const char* name) {
  val v = object[name];
  if (!v.isNumber()) return std::nullopt;
  double d = v.as<double>();
  if (!(d >= -2147483648.0 && d <= 2147483647.0) || d != static_cast<double>(static_cast<long long>(d))) {
    return std::nullopt;
  }
  return static_cast<int>(d);
}

// The strings of an array field (other items skipped); empty when the field is not an array.
std::vector<std::string> string_list(const val& object, const char* name) {
  std::vector<std::string> out;
  val list = object[name];
  if (!list.isArray()) return out;
  const unsigned n = list["length"].as<unsigned>();
  for (unsigned i = 0; i < n; ++i) {
    val x = list[i];
    if (x.isString()) out.push_back(x.as<std::string>());
  }
  return out;
}

bool is_object(const val& v) { return v.typeOf().as<std::string>() == "object" && !v.isNull(); }

// A Document back from JavaScript, as read() returned it. The summarizer needs only the title and
// the blocks; restoring needs everything, so the removals and metadata are read only on request.
std::optional<pith::Document> document_from(const val& doc, bool whole, std::string& error) {
  if (!is_object(doc) || doc.isArray()) {
    error = "doc must be a Document";
    return std::nullopt;
  }
  pith::Document d;
  d.title = string_field(doc, "title");
  val blocks = doc["blocks"];
  if (!blocks.isArray()) {
    error = "doc.blocks must be an array";
    return std::nullopt;
  }
  const unsigned n = blocks["length"].as<unsigned>();
  d.blocks.reserve(n);
  for (unsigned i = 0; i < n; ++i) {
    val b = blocks[i];
    if (!is_object(b)) {
      error = "doc.blocks holds a non-object";
      return std::nullopt;
    }
    auto kind = pith::parse_block_kind(string_field(b, "kind"));
    d.blocks.push_back({kind.value_or(pith::BlockKind::Paragraph), string_field(b, "text"),
                        static_cast<int>(count_field(b, "level")), number_field(b, "number")});
  }
  if (!whole) return d;
  d.format = string_field(doc, "format") == "html" ? pith::Format::Html : pith::Format::Text;
  d.byline = string_field(doc, "byline");
  d.authors = string_list(doc, "authors");
  d.published = string_field(doc, "published");
  d.site_name = string_field(doc, "siteName");
  d.image_credit = string_field(doc, "imageCredit");
  d.canonical_url = string_field(doc, "canonicalUrl");
  d.image_url = string_field(doc, "imageUrl");
  d.language = string_field(doc, "language");
  val removed = doc["removed"];
  if (!removed.isArray()) {
    error = "doc.removed must be an array";
    return std::nullopt;
  }
  const unsigned m = removed["length"].as<unsigned>();
  for (unsigned i = 0; i < m; ++i) {
    val r = removed[i];
    if (!is_object(r)) {
      error = "doc.removed holds a non-object";
      return std::nullopt;
    }
    auto reason = pith::parse_reason(string_field(r, "reason"));
    d.removed.push_back({string_field(r, "text"), reason.value_or(pith::Reason::Boilerplate), count_field(r, "position")});
  }
  d.warnings = string_list(doc, "warnings");
  d.not_text = string_field(doc, "notText");
  return d;
}

// The budget is one unit ('sentences' | 'ratio' | 'words') and its amount; api.js checks both first
// with clearer messages, and parse_budget checks again so a direct caller gets an error, not a guess.
std::string summarize_document(const val& doc, const std::string& unit, double amount) {
  auto options = pith::parse_budget(unit, amount);
  if (!options) return error_json("the budget must be sentences 1-1000, ratio in (0, 1] or words 1-100000");
  std::string error;
  auto d = document_from(doc, false, error);
  if (!d) return error_json(error.c_str());
  return pith::to_json(pith::summarize(*d, *options), *d, pith::JsonChars::Ascii);
}

std::string restore_document(const val& doc, double index) {
  std::string error;
  auto d = document_from(doc, true, error);
  if (!d) return error_json(error.c_str());
  if (!(index >= 0) || index != static_cast<double>(static_cast<std::size_t>(index))) {
    return error_json("index must be a whole number");
  }
  auto restored = pith::restore_removed(*d, static_cast<std::size_t>(index));
  if (!restored) return error_json("index is past the end of doc.removed");
  return pith::to_json(*restored, pith::JsonChars::Ascii);
}

std::uintptr_t read_json(std::uintptr_t data, std::size_t size, const std::string& format,
                         const std::string& quotes, const std::string& encoding, bool from_string,
                         const std::string& url) {
  return result_block(read_document(data, size, format, quotes, encoding, from_string, url));
}

// A string the wrapper copied as its UTF-16 code units (Node's Buffer.ucs2Write, see api.js): `units`
// units lie `units` bytes into the heap block at `data`, which holds 3 × units bytes, and are
// encoded to UTF-8 over themselves from the block's start (text/utf16.h), then read as any string.
std::uintptr_t read_utf16_json(std::uintptr_t data, std::size_t units, const std::string& format,
                               const std::string& quotes, const std::string& url) {
  if (data == 0 && units != 0) return result_block(error_json("input units missing"));
  char* block = reinterpret_cast<char*>(data);
  const std::size_t size = pith::utf16_to_utf8(reinterpret_cast<const unsigned char*>(block) + units, units, block);
  return result_block(read_document(data, size, format, quotes, "utf-8", true, url));
}

// The input's text as read() would decode it (pith::decode), for a face's input box: bytes placed
// as for read_json, `from_string` when the wrapper encoded a JavaScript string into them.
std::uintptr_t decode_json(std::uintptr_t data, std::size_t size, const std::string& format, bool from_string) {
  if (data == 0 && size != 0) return result_block(error_json("input bytes missing"));
  auto f = pith::parse_format(format);
  if (!f) return result_block(error_json("format must be auto, text or html"));
  pith::ReadOptions options;
  options.format = *f;
  if (from_string) options.encoding = "utf-8";
  options.valid_utf8 = from_string;
  std::string_view input(reinterpret_cast<const char*>(data), size);
  return result_block(pith::to_json(pith::decode(input, options), pith::JsonChars::Ascii));
}

// pith::parse_page_url: the address normalised, or '' when it is not an absolute http(s) URL.
std::string page_url(const std::string& url) { return pith::parse_page_url(url).value_or(std::string()); }

std::uintptr_t summarize_json(const val& doc, const std::string& unit, double amount) {
  return result_block(summarize_document(doc, unit, amount));
}

std::uintptr_t restore_json(const val& doc, double index) {
  return result_block(restore_document(doc, index));
}

}  // namespace

EMSCRIPTEN_BINDINGS(pith) {
  emscripten::function("readJson", &read_json);
  emscripten::function("readUtf16Json", &read_utf16_json);
  emscripten::function("decodeJson", &decode_json);
  emscripten::function("pageUrl", &page_url);
  emscripten::function("summarizeJson", &summarize_json);
  emscripten::function("restoreJson", &restore_json);
}
