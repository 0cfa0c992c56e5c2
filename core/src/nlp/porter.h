// The Porter stemmer (M. F. Porter, "An algorithm for suffix stripping", 1980): conflates
// "connected", "connecting", "connection" to "connect" so sentences about the same things meet.
#pragma once

#include <string>
#include <string_view>

namespace pith::nlp {

// `word` lower-case ASCII; other words (accented, other scripts, with digits) come back unchanged,
// since the rules are English suffix rules.
std::string porter_stem(std::string_view word);

}  // namespace pith::nlp
