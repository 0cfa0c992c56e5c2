// Dates as pages print them → ISO 8601.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace pith::extract {

// A line that is a date and little else ("March 16, 2025", "Published 16 March 2025, 10:42 GMT",
// "2025-03-16T08:00:00Z", "Sun 16 Mar 2025") → "2025-03-16". Lines of prose that merely contain a
// date give nothing, so the rule cannot eat article text.
std::optional<std::string> parse_date_line(std::string_view line);

// A line that stamps the story with a time but no whole date, which parse_date_line cannot read:
// "Updated at 1:23 p.m.", "Updated Nov 19, 6:55 AM; Posted Nov 19, 6:51 AM". It opens with
// "Updated", "Posted", "Published", "Modified" or "Last", holds a time, and every other word is a
// month, a weekday, a day, a year, a time zone or the like.
bool is_timestamp_line(std::string_view line);

// A month's name in one of the languages parse_date_line reads ("March", "Sept.", "märz", "октября").
bool is_month_name(std::string_view word);

}  // namespace pith::extract
