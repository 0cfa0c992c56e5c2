// Bylines: "By Sarah Arnold", "Sarah Arnold", "By A and B", "A, Staff Writer", "A | Reuters".
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace pith::extract {

struct Byline {
  std::string names;     // "Sarah Arnold", "Ann Lee and Bo Park"
  bool explicit_by = false;  // the line said "By …": strong evidence on its own
};

// The author names on a line that is a byline and nothing else; nothing for prose or headlines.
// Without "By", a bare name is only a name shape: the caller weighs it by position.
std::optional<Byline> parse_byline(std::string_view line);

}  // namespace pith::extract
