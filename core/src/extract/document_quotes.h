// The quote style of a finished Document: smart (curly) or ASCII marks in its prose and title, or
// the marks as written. Code keeps its marks in every mode: code blocks are skipped, and quote
// marks of inline code come marked from the block writer (text/code_quotes.h) and are restored here.
#pragma once

#include "pith/document.h"
#include "pith/read.h"

namespace pith::extract {

void finish_quotes(Document& doc, Quotes quotes);

}  // namespace pith::extract
