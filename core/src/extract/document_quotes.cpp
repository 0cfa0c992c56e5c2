#include "extract/document_quotes.h"

#include "text/code_quotes.h"
#include "text/normalize.h"

namespace pith::extract {

void finish_quotes(Document& doc, Quotes quotes) {
  for (Block& b : doc.blocks) {
    // Code is copied, not read aloud: curled quotes in a listing break the program it shows.
    if (quotes != Quotes::Keep && b.kind != BlockKind::Code) b.text = text::apply_quotes(b.text, quotes);
    text::unmark_quotes(b.text);
  }
  if (quotes != Quotes::Keep) doc.title = text::apply_quotes(doc.title, quotes);
  // A heading, byline or credit read from the blocks may hold inline code too, and so may the
  // removed text.
  text::unmark_quotes(doc.title);
  text::unmark_quotes(doc.byline);
  for (std::string& a : doc.authors) text::unmark_quotes(a);
  text::unmark_quotes(doc.image_credit);
  for (Removed& r : doc.removed) text::unmark_quotes(r.text);
}

}  // namespace pith::extract
