// JSON form of the results: the CLI's --json and the WebAssembly package's output share it.
// Character offsets in JSON are UTF-16 code units, so JavaScript's String.prototype.slice uses them as is.
#pragma once

#include <string>

#include "pith/document.h"
#include "pith/summary.h"

namespace pith {

std::string to_json(const Document&);
std::string to_json(const Summary&, const Document&);

}  // namespace pith
