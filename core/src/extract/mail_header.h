// The header block of a pasted e-mail: "From:", "To:", "Date:", "Subject:" lines at the top.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "extract/content_model.h"

namespace pith::extract {

enum class MailField { None, From, To, Cc, Date, Subject };

// The field a header line names, and its value after the colon; None for any other line.
MailField mail_field(std::string_view line, std::string_view* value);

// How many of the first lines are a mail header: two fields or more, one of them From or Subject,
// from the first line down to a blank line or a line that is no field; 0 when the paste opens
// otherwise. A "Subject:" line alone inside a text is a label, not a header.
std::size_t mail_header_lines(const std::vector<PageLine>& lines);

// "The Morning Brief <hello@example.com>" → "The Morning Brief"; an address alone → "".
std::string_view sender_name(std::string_view from);

// A mailing, not a person, sends it: its address is a role's ("hello@", "news@", "noreply@"), or
// its name opens with "The" ("The Morning Brief"). A mailing's name is the site's, not a byline.
bool sent_by_a_mailing(std::string_view from);

}  // namespace pith::extract
