// Page furniture recognisable from one line's wording: ads, share bars, subscribe prompts, copyright
// lines… Each rule names the furniture it exists for; all are anchored to short lines so that article
// sentences mentioning the same words are kept.
#pragma once

#include <optional>
#include <string_view>

#include "pith/document.h"

namespace pith::extract {

std::optional<Reason> furniture_phrase(std::string_view line);

// A consent banner's wording in any length of text: "cookie" together with a banner's own voice
// ("we and our partners", "accept all", "strictly necessary", "manage consent"), in the first few
// hundred bytes. For banners whose markup carries no cookie or consent name; a sentence that only
// mentions cookies ("clear your cookies and cache") is not one.
bool consent_wording(std::string_view text);

}  // namespace pith::extract
