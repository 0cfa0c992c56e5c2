// read(): any input — plain text or HTML, valid UTF-8 or not — to a Document. Total: every input gives
// a Document (possibly empty, with warnings); nothing throws.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pith/document.h"

namespace pith {

// Quote marks in the text: straight ones made typographic (Smart), typographic ones straight
// (Ascii), or left alone (Keep). Code is left alone whichever is asked — listings (<pre>) and the
// inline code of HTML paragraphs (<code>, <kbd>, <samp>, <tt>) — since a reader copies it.
enum class Quotes { Smart, Ascii, Keep };

struct ReadOptions {
  Format format = Format::Auto;
  Quotes quotes = Quotes::Smart;
  // The input's encoding when the caller knows it, as a WHATWG label: an HTTP charset, or "utf-8"
  // for text that is already Unicode (a JavaScript string), which then ignores the page's own
  // <meta charset>. Empty: HTML bytes are sniffed as browsers do (BOM, <meta>, UTF-8 or
  // windows-1252) and text is read as UTF-8. A byte order mark overrides it either way.
  std::string encoding;
  // The caller vouches that the input is well-formed UTF-8: the package's JavaScript strings, which
  // TextEncoder or pith::utf16_to_utf8 wrote. With encoding "utf-8" the engine then skips its own
  // pass checking every byte. Ignored with any other encoding.
  bool valid_utf8 = false;
  // The page's address, when the caller knows it (the extension does; a paste does not): relative
  // links in the page's metadata resolve against it. Used only when it is an absolute http(s) URL.
  std::string url;
};

Document read(std::string_view input, const ReadOptions& options = {});

// The input's text as read() decodes it, before any reading: what a face shows in its input box for
// a dropped file (a UTF-16 or windows-1252 one shown as UTF-8 would be mojibake).
struct DecodedInput {
  Format format = Format::Text;       // as read() resolves Format::Auto
  std::string text;                   // UTF-8, past any byte order mark
  std::string encoding;               // the WHATWG name of what decoded it ("UTF-8", "windows-1252"…)
  std::vector<std::string> warnings;  // the decoding warnings read() gives for the same input
  std::string not_text;  // as Document::not_text: what the bytes look like when not text (no text then)
};
DecodedInput decode(std::string_view input, const ReadOptions& options = {});

// Option parsing shared by every face, so the CLI, the package and the page accept the same words.
std::optional<Format> parse_format(std::string_view);  // "auto" | "text" | "html"
std::optional<Quotes> parse_quotes(std::string_view);  // "smart" | "ascii" | "keep"

// An absolute http(s) URL, normalised as the engine reads ReadOptions::url ("HTTPS://Example.org"
// → "https://example.org/"); nothing for anything else, so a face can reject a bad --url early.
std::optional<std::string> parse_page_url(std::string_view);

// Format::Auto resolved: Html when the input looks like markup, else Text.
Format detect_format(std::string_view input);

// What the input looks like when it is not text or HTML at all, as read() puts it in
// Document::not_text ("a PDF document", "a PNG image", "binary data"); nothing for text, whatever
// its encoding. Bytes are judged by a file format's signature at their start, else by the share of
// control bytes in their first 8 KB (UTF-16, by its BOM or the caller's label, decoded first).
// Input vouched for as a string (valid_utf8 with "utf-8": a JavaScript string) is judged by its
// control characters only: its bytes encode characters someone typed or a page held, so ASCII that
// spells a signature ("%PDF-1.4 is the version…") is text, but a run of NULs is not, whatever
// produced it (a paste of them, a binary file read into a string). Reads at most the first 8 KB.
std::optional<std::string_view> sniff_not_text(std::string_view input, const ReadOptions& options = {});

}  // namespace pith
