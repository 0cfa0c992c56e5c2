// Page furniture recognisable from one line's wording: ads, share bars, subscribe prompts, copyright
// lines… Each rule names the furniture it exists for; all are anchored to short lines so that article
// sentences mentioning the same words are kept.
#pragma once

#include <optional>
#include <string_view>

#include "pith/document.h"

namespace pith::extract {

std::optional<Reason> furniture_phrase(std::string_view line);

}  // namespace pith::extract
