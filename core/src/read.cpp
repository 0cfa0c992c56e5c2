#include "pith/read.h"

#include "extract/plain_text.h"
#include "html/strip.h"
#include "text/normalize.h"
#include "text/utf8.h"

namespace pith {
namespace {

std::size_t word_count(std::string_view s) {
  std::size_t n = 0;
  bool in_word = false;
  for (char c : s) {
    bool space = c == ' ';
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

// "Budget passes | The Daily Planet": pages put the site after the headline, so the first part wins,
// unless it is clearly the shorter label of a "Site | A much longer headline" title.
std::string headline_from_title_tag(std::string_view title) {
  std::string clean = text::normalize_spaces(title);
  for (std::string_view sep : {" | ", " - ", " \xE2\x80\x94 ", " \xE2\x80\x93 ", " :: "}) {
    std::size_t p = clean.find(sep);
    if (p == std::string::npos) continue;
    std::string_view first = std::string_view(clean).substr(0, p);
    std::string_view rest = std::string_view(clean).substr(p + sep.size());
    if (word_count(rest) >= 4 && word_count(rest) > 2 * word_count(first)) return std::string(rest);
    return std::string(first);
  }
  return clean;
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
