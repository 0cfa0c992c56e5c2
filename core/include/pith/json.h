// JSON form of the results: the CLI's --json and the WebAssembly package's output share it.
// Character offsets in JSON are UTF-16 code units, so JavaScript's String.prototype.slice uses them as is.
#pragma once

#include <string>

#include "pith/document.h"
#include "pith/read.h"
#include "pith/summary.h"

namespace pith {

// How characters past ASCII are written. Utf8 keeps them as they are (the CLI: readable output).
// Ascii writes each as a \u escape, a surrogate pair past U+FFFF: the WebAssembly package hands its
// JSON to V8, which makes a string of ASCII bytes faster than of UTF-8 ones (compare builds with
// node bench/ab.mjs).
enum class JsonChars { Utf8, Ascii };

std::string to_json(const Document&, JsonChars chars = JsonChars::Utf8);
std::string to_json(const Summary&, const Document&, JsonChars chars = JsonChars::Utf8);
// { format, text, encoding, warnings }: what the package's decode() returns.
std::string to_json(const DecodedInput&, JsonChars chars = JsonChars::Utf8);

}  // namespace pith
