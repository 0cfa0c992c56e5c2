#pragma once

#include <string_view>
#include <vector>

namespace pith::text {

// Splits valid UTF-8 on \n, \r\n, \r, U+2028 and U+2029. Views into `s`.
std::vector<std::string_view> split_lines(std::string_view s);

}  // namespace pith::text
