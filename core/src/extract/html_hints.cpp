#include "extract/html_hints.h"

#include <array>
#include <string>

#include "html/ascii.h"

namespace pith::extract {
namespace {

using html::Node;
using html::Tag;

struct Hint {
  std::string_view word;
  bool whole_word;  // short names match only as a whole word ("ad" in "ad-slot", not "head")
  std::optional<Reason> reason;  // nothing: a content hint
};

// Order matters: the first match names the reason ("comment-share" is a comment section).
constexpr std::array kHints = {
    Hint{"article", false, {}},      Hint{"content", false, {}},  Hint{"entry", false, {}},
    Hint{"post", true, {}},          Hint{"story", true, {}},     Hint{"body", false, {}},
    Hint{"main", true, {}},          Hint{"text", true, {}},      Hint{"prose", true, {}},
    // Consent banners first: "onetrust-banner-sdk" is a cookie notice, not an ad banner.
    Hint{"cookie", false, Reason::CookieNotice}, Hint{"consent", false, Reason::CookieNotice},
    Hint{"gdpr", false, Reason::CookieNotice},  Hint{"onetrust", false, Reason::CookieNotice},
    Hint{"didomi", false, Reason::CookieNotice}, Hint{"usercentrics", false, Reason::CookieNotice},
    // Not "cmp": Adobe Experience Manager prefixes every component with it.
    Hint{"sp-cc", true, Reason::CookieNotice},
    Hint{"comment", false, Reason::Comments},   Hint{"disqus", false, Reason::Comments},
    Hint{"share", false, Reason::ShareBar},     Hint{"social", false, Reason::ShareBar},
    Hint{"sharing", false, Reason::ShareBar},
    Hint{"breadcrumb", false, Reason::Navigation}, Hint{"nav", true, Reason::Navigation},
    Hint{"navbar", false, Reason::Navigation},  Hint{"navigation", false, Reason::Navigation},
    Hint{"menu", false, Reason::Navigation},    Hint{"pagination", false, Reason::Navigation},
    Hint{"footer", false, Reason::Footer},      Hint{"masthead", false, Reason::SiteHeader},
    Hint{"related", false, Reason::Related},    Hint{"recommend", false, Reason::Related},
    Hint{"more", true, Reason::Related},        Hint{"outbrain", false, Reason::Related},
    Hint{"taboola", false, Reason::Related},    Hint{"trending", false, Reason::Related},
    Hint{"popular", false, Reason::Related},    Hint{"sidebar", false, Reason::Related},
    Hint{"widget", false, Reason::Boilerplate}, Hint{"promo", false, Reason::Advertisement},
    Hint{"ad", true, Reason::Advertisement},    Hint{"ads", true, Reason::Advertisement},
    Hint{"advert", false, Reason::Advertisement}, Hint{"sponsor", false, Reason::Advertisement},
    Hint{"banner", false, Reason::Advertisement}, Hint{"dfp", true, Reason::Advertisement},
    Hint{"subscribe", false, Reason::Newsletter}, Hint{"newsletter", false, Reason::Newsletter},
    Hint{"signup", false, Reason::Newsletter},
    // No "paywall": Dow Jones pages (Barron's, WSJ) name the gated article text itself "paywall";
    // the prompts are caught by their wording (furniture_phrase).
    Hint{"bio", true, Reason::AuthorBio},       Hint{"tags", true, Reason::Tags},
    Hint{"caption", false, Reason::Caption},    Hint{"byline", false, Reason::Byline},
    Hint{"modal", false, Reason::Boilerplate},  Hint{"popup", false, Reason::Boilerplate},
    Hint{"skip", true, Reason::Navigation},     Hint{"copyright", false, Reason::Copyright},
};

bool is_word_char(char c) { return html::ascii::is_alpha(c) || (c >= '0' && c <= '9'); }

// The element's class, id and role, lower-cased, one space between names; long class lists are
// cut (utility-class soups say nothing).
std::string hint_text(const Node& e) {
  std::string out;
  for (std::string_view attr : {"class", "id", "role", "itemprop"}) {
    const std::string* v = e.attribute(attr);
    if (!v) continue;
    std::string_view s = std::string_view(*v).substr(0, 256);
    out.push_back(' ');
    for (char c : s) out.push_back(html::ascii::lower(c));
  }
  out.push_back(' ');
  return out;
}

bool matches(std::string_view text, const Hint& h) {
  for (std::size_t p = text.find(h.word); p != std::string_view::npos; p = text.find(h.word, p + 1)) {
    if (!h.whole_word) return true;
    bool left = p == 0 || !is_word_char(text[p - 1]);
    std::size_t end = p + h.word.size();
    bool right = end >= text.size() || !is_word_char(text[end]);
    if (left && right) return true;
  }
  return false;
}

const Hint* first_hint(const Node& e, bool negative) {
  if (!e.is_element() || (e.attributes.empty())) return nullptr;
  std::string text = hint_text(e);
  if (text.size() <= 2) return nullptr;
  for (const Hint& h : kHints) {
    if (h.reason.has_value() == negative && matches(text, h)) return &h;
  }
  return nullptr;
}

}  // namespace

int hint_sign(const Node& e) {
  bool positive = first_hint(e, false) != nullptr;
  bool negative = first_hint(e, true) != nullptr;
  return positive == negative ? 0 : (positive ? 1 : -1);
}

std::optional<Reason> hint_reason(const Node& e) {
  if (!e.is_element()) return std::nullopt;
  switch (e.tag) {
    case Tag::Nav: return Reason::Navigation;
    case Tag::Footer: return Reason::Footer;
    case Tag::Aside: return Reason::Related;
    case Tag::Figcaption: return Reason::Caption;
    default: break;
  }
  if (const std::string* role = e.attribute("role")) {
    if (*role == "navigation" || *role == "menu" || *role == "menubar") return Reason::Navigation;
    if (*role == "contentinfo") return Reason::Footer;
    if (*role == "complementary") return Reason::Related;
    if (*role == "banner") return Reason::SiteHeader;
    if (*role == "dialog" || *role == "alertdialog") return Reason::Boilerplate;
  }
  // A content name beside a furniture name ("post-comments" vs "entry-content share") is settled
  // by the furniture name only when no content name is present.
  if (first_hint(e, false)) {
    const Hint* n = first_hint(e, true);
    // Comments and related-story sections often carry "post" or "content" in their names.
    if (n && (n->reason == Reason::Comments || n->reason == Reason::Related ||
              n->reason == Reason::ShareBar || n->reason == Reason::Advertisement)) {
      return n->reason;
    }
    return std::nullopt;
  }
  if (const Hint* n = first_hint(e, true)) {
    // "social-media-embed" holds an embedded post (a tweet quoted in the story), not share buttons.
    if (n->reason == Reason::ShareBar && hint_text(e).find("embed") != std::string::npos) return std::nullopt;
    return n->reason;
  }
  return std::nullopt;
}

}  // namespace pith::extract
