// What a page's class, id and role names say about an element: "article-body" is content,
// "share-bar" and "related-posts" are not. Names are split into words at '-', '_', spaces and case
// changes are ignored, so "ad" matches the class "ad-slot" but not "header" or "shadow".
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "html/tree.h"
#include "pith/document.h"

namespace pith::extract {

// What an element's names say, from one reading of them: `sign` is +1 for content names, -1 for
// furniture names, 0 for neither (or both); `reason` is the removal reason a furniture name gives
// ("comments" → Comments), or, for nav/footer/aside and their ARIA roles, the element itself.
struct ElementHints {
  std::optional<Reason> reason;
  std::int8_t sign = 0;
  // The reason is the page's own markup for a menu, header or footer (<nav>, <footer>, role=
  // navigation, banner or contentinfo), not a guess from class names.
  bool marked_frame = false;
  bool role_main = false;  // role=main: the page's own mark of its main content
};
ElementHints element_hints(const html::Node& element);

// Names already read on one page, with what they matched: most elements repeat names given before
// (list items, cards, menu entries), and names are hashed as they stand in fewer steps than they
// are lower-cased and matched. Kept by the caller for one page; the same answers as
// element_hints(element).
struct HintMemo {
  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t offset = 0;  // the names' key in `keys`
    std::uint32_t size = 0;    // 0: an empty slot (a key holds at least one name's slot and length)
    std::uint8_t positive = 0;
    std::uint8_t negative = 0;
    bool embed = false;
  };
  std::vector<Slot> slots;  // open addressing; a power of two in size
  std::string keys;
  std::size_t count = 0;
};
ElementHints element_hints(const html::Node& element, HintMemo& memo);

// The element's names speak of reviews ("product-review", "reviews", itemprop "review"), not of a
// "preview". Asked only on a shop's item page, where customer reviews are the comment thread;
// elsewhere a "review" is as often the article (a film review, a product test).
bool names_reviews(const html::Node& element);

// The element's names speak of a sidebar ("sidebar", "with-sidebar", "layout-sidebar-right").
bool names_sidebar(const html::Node& element);

// The furniture name the element's names give first is "banner" ("site-banner", id "banner"): a
// strip across the page that is its header as often as an ad slot ("ad-banner" is named an ad).
bool names_banner(const html::Node& element);

}  // namespace pith::extract
