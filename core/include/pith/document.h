// The Document: what pith gives back for one input — the article's blocks, its metadata, and every
// piece of input that was dropped, with the reason. Plain value types only.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pith {

enum class BlockKind { Paragraph, Heading, ListItem, Quote, Code };

struct Block {
  BlockKind kind = BlockKind::Paragraph;
  std::string text;  // clean UTF-8, one paragraph, no line breaks (Code blocks may keep them)
  int level = 0;     // heading level 1–6 where known; 0 otherwise
  // A numbered list's item: its number as the page shows it (a recipe's "3." that a later step
  // refers to, an <ol start="4">), the marker taken out of text. Unset for other blocks and for
  // bulleted items.
  std::optional<int> number;
};

// Why a piece of input is not in the article. Every removal carries one, so nothing disappears
// without a trace; the faces group and label removals by it.
enum class Reason {
  Title,          // the headline: kept as Document::title, not repeated in the body
  SiteHeader,     // site name or masthead above the headline
  Navigation,     // menu and section links
  TeaserLink,     // a link to another story (often a truncated headline)
  Byline,         // kept as Document::byline
  Standfirst,     // the summary line under the headline, above the byline
  Date,           // kept as Document::published
  PhotoCredit,    // "AP Photo/…", "Getty Images", …
  Caption,        // image caption
  Advertisement,
  ShareBar,
  Newsletter,     // newsletter and subscribe prompts
  Paywall,
  CookieNotice,
  Copyright,
  Related,        // related-story lists, "Read more"
  Comments,
  AuthorBio,
  Tags,
  Footer,
  Boilerplate,    // page text that is not the article and fits no finer reason
  Script,         // script, style and other non-text markup content (HTML input)
  Hidden,         // content the page hides (HTML input)
};

std::string_view reason_id(Reason);     // stable machine id, e.g. "photo-credit"
std::string_view reason_label(Reason);  // short English label, e.g. "Photo credit"
std::string_view block_kind_id(BlockKind);  // "paragraph", "heading", …
// The inverses, for Documents coming back from a face (the package's restore and summarize).
std::optional<Reason> parse_reason(std::string_view id);
std::optional<BlockKind> parse_block_kind(std::string_view id);

struct Removed {
  std::string text;  // the dropped text as it stood (whitespace-normalised)
  Reason reason = Reason::Boilerplate;
  std::size_t position = 0;  // index of the first article block after it (where it stood)
};

enum class Format { Auto, Text, Html };

struct Document {
  Format format = Format::Text;  // the format actually read (never Auto)
  std::string title;
  std::string byline;                // the authors as a reader sees them: "Ann Lee and Bo Park"
  std::vector<std::string> authors;  // the same people one by one; empty when byline is
  std::string published;  // ISO 8601 (YYYY-MM-DD or full timestamp) or empty
  std::string site_name;
  std::string image_credit;
  // Addresses the page gives (HTML input): its canonical URL and its lead image, resolved against
  // <base href> and ReadOptions::url; absolute http(s) URLs only, else empty.
  std::string canonical_url;
  std::string image_url;
  std::string language;   // BCP 47 tag where known
  std::vector<Block> blocks;
  std::vector<Removed> removed;
  std::vector<std::string> warnings;  // e.g. "invalid UTF-8 replaced"
  // Set when the input is not text or HTML at all (a PDF, an image, a program): what it looks like,
  // as a phrase to follow "looks like" ("a PDF document", "binary data"). The Document then has no
  // blocks and one warning saying so. Empty for text, so a face tests it without reading prose.
  std::string not_text;
};

}  // namespace pith
