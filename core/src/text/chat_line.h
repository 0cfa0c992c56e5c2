// Chat exports and logs: one message a line, each opened by its stamp or its speaker.
#pragma once

#include <string_view>

namespace pith::text {

// The line opens a message: "12/03/2024, 09:14 - Tom: …" (a WhatsApp export), "[09:14] <tom> …"
// (an IRC log), "<tom> …", or "Tom: …" / "Dr Ann Lee: …" (a transcript or an interview).
bool opens_chat_message(std::string_view line);

// `line` opens a message among others: so does the line right before or after it. One line shaped
// like a message inside prose ("Part Two: The year in review" over its section, "10:30 session…"
// wrapped into a paragraph) is not one.
bool among_chat_messages(std::string_view before, std::string_view line, std::string_view after);

// "Tom" for "Tom: …", empty when the line does not open with a speaker's name and a colon. A
// transcript names its speakers again and again; a spec sheet ("Colour: Red") names each key once.
std::string_view speaker_of(std::string_view line);

}  // namespace pith::text
