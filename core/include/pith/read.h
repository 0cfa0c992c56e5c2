// read(): any input — plain text or HTML, valid UTF-8 or not — to a Document. Total: every input gives
// a Document (possibly empty, with warnings); nothing throws.
#pragma once

#include <optional>
#include <string_view>

#include "pith/document.h"

namespace pith {

enum class Quotes { Smart, Ascii, Keep };

struct ReadOptions {
  Format format = Format::Auto;
  Quotes quotes = Quotes::Smart;
};

Document read(std::string_view input, const ReadOptions& options = {});

// Option parsing shared by every face, so the CLI, the package and the page accept the same words.
std::optional<Format> parse_format(std::string_view);  // "auto" | "text" | "html"
std::optional<Quotes> parse_quotes(std::string_view);  // "smart" | "ascii" | "keep"

// Format::Auto resolved: Html when the input looks like markup, else Text.
Format detect_format(std::string_view input);

}  // namespace pith
