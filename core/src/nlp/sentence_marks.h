// Marks around sentence stops that change where a sentence ends: reference marks after the stop,
// and quotations that run across stops.
#pragma once

#include <cstddef>
#include <string_view>

namespace pith::nlp {

// The length of the reference marks that start at `at`, right after a sentence's stop, 0 if none:
// Wikipedia's "basket.[1] It", "reef.[2][3] The", "1851.[citation needed] It", "[note 1]", the
// screen-reader "(citation needed)" some copies keep, and the template's bare "citation needed"
// when the brackets were styled rather than written. They belong to the sentence they end.
std::size_t reference_marks_length(std::string_view s, std::size_t at);

// Where the quotation opened by the mark at `open` (“ « 「 『 or a straight " that opens a word)
// closes: the offset of its closing mark, or npos when `open` is no opening mark or the quotation
// does not close within a few hundred bytes, so a stray mark cannot hold a paragraph together.
std::size_t quotation_close(std::string_view s, std::size_t open);

}  // namespace pith::nlp
