// Is an input text at all? A dropped photo, PDF or program would otherwise be decoded as
// windows-1252 and read as an article of mojibake. Both tests read only a prefix, so they take the
// same time on a 1 GB file as on a 1 KB one.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace pith::text {

// How much of the input the content test reads: enough bytes that a share is not noise, few enough
// that the test costs nothing next to the read.
inline constexpr std::size_t kSniffPrefix = 8192;

// The file format a signature at the start of the bytes announces, as a phrase that follows "looks
// like": "a PDF document", "a PNG image", "a Word document" (a ZIP whose entries are word/…), "an
// ELF binary". Nothing when no known signature is there. Only signatures no text starts with: ones
// with bytes text never holds, or ASCII ones checked far enough ("%PDF-1", "GIF89a") that prose
// cannot begin so.
std::optional<std::string_view> file_signature(std::string_view bytes);

// True when the first kSniffPrefix bytes hold more control bytes than any text does: NUL and the
// other C0 controls but whitespace, backspace, SO/SI and ESC (see binary_sniff.cpp for why those
// stay), more than one byte in 16. A share, not "any NUL": an HTML page with a stray NUL is still
// HTML, as the HTML standard's parser reads it. Bytes that look like UTF-16 with no byte order mark
// (ASCII letters with a NUL after or before each) are not counted as binary: see the .cpp.
bool mostly_control_bytes(std::string_view bytes);

}  // namespace pith::text
