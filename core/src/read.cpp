#include "pith/read.h"

#include "extract/plain_text.h"
#include "html/strip.h"
#include "text/normalize.h"
#include "text/utf8.h"

namespace pith {
namespace {

// "Story title | Site" / "Story title - Site": the longest part is the headline.
std::string headline_from_title_tag(std::string_view title) {
  std::string clean = text::normalize_spaces(title);
  std::string_view best = clean;
  for (std::string_view sep : {" | ", " - ", " — ", " – ", " :: "}) {
    std::size_t p = clean.find(sep);
    if (p == std::string::npos) continue;
    std::string_view a = std::string_view(clean).substr(0, p);
    std::string_view b = std::string_view(clean).substr(p + sep.size());
    best = a.size() >= b.size() ? a : b;
    break;
  }
  return std::string(best);
}

void finish_quotes(Document& doc, Quotes q) {
  if (q == Quotes::Keep) return;
  for (Block& b : doc.blocks) b.text = text::apply_quotes(b.text, q);
  doc.title = text::apply_quotes(doc.title, q);
}

}  // namespace

std::optional<Format> parse_format(std::string_view s) {
  if (s == "auto") return Format::Auto;
  if (s == "text") return Format::Text;
  if (s == "html") return Format::Html;
  return std::nullopt;
}

std::optional<Quotes> parse_quotes(std::string_view s) {
  if (s == "smart") return Quotes::Smart;
  if (s == "ascii") return Quotes::Ascii;
  if (s == "keep") return Quotes::Keep;
  return std::nullopt;
}

Format detect_format(std::string_view input) {
  return html::looks_like_html(input) ? Format::Html : Format::Text;
}

Document read(std::string_view input, const ReadOptions& options) {
  Document doc;
  bool replaced = false;
  std::string decoded = text::decode_input(input, &replaced);
  if (replaced) doc.warnings.emplace_back("invalid UTF-8 replaced with U+FFFD");
  doc.format = options.format == Format::Auto ? detect_format(decoded) : options.format;
  if (doc.format == Format::Html) {
    html::StrippedHtml stripped = html::strip_to_text(decoded);
    extract::read_plain_text(stripped.text, doc);
    if (stripped.dropped_scripts > 0) {
      doc.removed.push_back({std::to_string(stripped.dropped_scripts) + " script, style or embedded elements",
                             Reason::Script, 0});
    }
    if (doc.title.empty() && !stripped.title.empty()) doc.title = headline_from_title_tag(stripped.title);
  } else {
    extract::read_plain_text(decoded, doc);
  }
  finish_quotes(doc, options.quotes);
  return doc;
}

}  // namespace pith
