#include "pith/document.h"

namespace pith {

std::string_view reason_id(Reason r) {
  switch (r) {
    case Reason::Title: return "title";
    case Reason::SiteHeader: return "site-header";
    case Reason::Navigation: return "navigation";
    case Reason::TeaserLink: return "teaser-link";
    case Reason::Byline: return "byline";
    case Reason::Standfirst: return "standfirst";
    case Reason::Date: return "date";
    case Reason::PhotoCredit: return "photo-credit";
    case Reason::Caption: return "caption";
    case Reason::Advertisement: return "advertisement";
    case Reason::ShareBar: return "share-bar";
    case Reason::Newsletter: return "newsletter";
    case Reason::Paywall: return "paywall";
    case Reason::CookieNotice: return "cookie-notice";
    case Reason::Copyright: return "copyright";
    case Reason::Related: return "related";
    case Reason::Comments: return "comments";
    case Reason::AuthorBio: return "author-bio";
    case Reason::Tags: return "tags";
    case Reason::Footer: return "footer";
    case Reason::Boilerplate: return "boilerplate";
    case Reason::Script: return "script";
    case Reason::Hidden: return "hidden";
  }
  return "boilerplate";
}

std::string_view reason_label(Reason r) {
  switch (r) {
    case Reason::Title: return "Title (shown above)";
    case Reason::SiteHeader: return "Site header";
    case Reason::Navigation: return "Navigation";
    case Reason::TeaserLink: return "Teaser link";
    case Reason::Byline: return "Byline (shown above)";
    case Reason::Standfirst: return "Standfirst (summary under the headline)";
    case Reason::Date: return "Date";
    case Reason::PhotoCredit: return "Photo credit";
    case Reason::Caption: return "Image caption";
    case Reason::Advertisement: return "Advertisement";
    case Reason::ShareBar: return "Share buttons";
    case Reason::Newsletter: return "Newsletter prompt";
    case Reason::Paywall: return "Paywall notice";
    case Reason::CookieNotice: return "Cookie notice";
    case Reason::Copyright: return "Copyright line";
    case Reason::Related: return "Related links";
    case Reason::Comments: return "Comments";
    case Reason::AuthorBio: return "Author bio";
    case Reason::Tags: return "Tags";
    case Reason::Footer: return "Footer";
    case Reason::Boilerplate: return "Page boilerplate";
    case Reason::Script: return "Scripts and styles";
    case Reason::Hidden: return "Hidden content";
  }
  return "Page boilerplate";
}

std::string_view block_kind_id(BlockKind k) {
  switch (k) {
    case BlockKind::Paragraph: return "paragraph";
    case BlockKind::Heading: return "heading";
    case BlockKind::ListItem: return "list-item";
    case BlockKind::Quote: return "quote";
    case BlockKind::Code: return "code";
  }
  return "paragraph";
}

std::optional<Reason> parse_reason(std::string_view id) {
  for (int r = static_cast<int>(Reason::Title); r <= static_cast<int>(Reason::Hidden); ++r) {
    if (reason_id(static_cast<Reason>(r)) == id) return static_cast<Reason>(r);
  }
  return std::nullopt;
}

std::optional<BlockKind> parse_block_kind(std::string_view id) {
  for (auto k : {BlockKind::Paragraph, BlockKind::Heading, BlockKind::ListItem, BlockKind::Quote, BlockKind::Code}) {
    if (block_kind_id(k) == id) return k;
  }
  return std::nullopt;
}

}  // namespace pith
