#include "extract/html_stats.h"

#include "extract/furniture.h"
#include "extract/html_hints.h"
#include "extract/url.h"
#include "html/visibility.h"
#include "text/swar.h"

namespace pith::extract {

using html::Tag;

namespace {

// What a figure shows when its caption is a title rather than a photo credit. Asked positively:
// a figure with no visible image is still a photo when the image is loaded by script.
bool is_listing(Tag t) { return t == Tag::Pre || t == Tag::Table; }

void count_byte(char c, NodeStats& s) {
  if (c != ' ' && c != '\n' && c != '\t' && c != '\f' && c != '\r') ++s.chars;
  if (c == ',') ++s.commas;
}

// Visible bytes and commas of a text node. Every text of the page is counted, so words of prose
// (no byte below a space) go eight bytes a step; the rest a byte at a time.
void count_text(std::string_view text, NodeStats& s) {
  using namespace text::swar;
  std::size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    std::uint64_t w = load8(text.data() + i);
    if (control_bytes(w) != 0) {
      for (std::size_t k = i; k < i + 8; ++k) count_byte(text[k], s);
      continue;
    }
    s.chars += 8 - count_marks(equal_bytes(w, ' '));
    s.commas += count_marks(equal_bytes(w, ','));
  }
  for (; i < text.size(); ++i) count_byte(text[i], s);
}

// A link to the site's home page: the logo or the site's name in its header.
bool links_home(const html::Node& a) {
  const std::string_view* href = a.is(Tag::A) ? a.attribute("href") : nullptr;
  return href && is_home_href(*href);
}

}  // namespace

// Not inlined: the WebAssembly build keeps the reader's stages as separate functions, which V8
// optimises sooner and with less memory than one large one (CMakeLists.txt, BINARYEN_EXTRA_PASSES).
[[gnu::noinline]] std::vector<NodeStats> compute_stats(const html::Tree& tree, bool shop_page, bool discussion_page) {
  std::size_t n = tree.nodes.size();
  std::vector<NodeStats> stats(n);
  HintMemo memo;
  bool listing_captions = false;  // some figure's caption is named a caption (see below)
  std::vector<std::uint32_t> banners;  // elements named an ad for the name "banner" (see below)
  for (std::size_t i = 1; i < n; ++i) {
    const html::Node& node = tree.nodes[i];
    // Inside <pre> or <code>, class names are a syntax highlighter's token kinds ("hljs-comment",
    // "token comment"), not page parts: the code's comments were cut as a comment thread.
    if (node.parent != html::kNoNode) {
      const html::Node& parent = tree.nodes[node.parent];
      stats[i].in_code = stats[node.parent].in_code || parent.is(Tag::Pre) || parent.is(Tag::Code);
    }
    bool parent_invisible = node.parent != html::kNoNode && stats[node.parent].invisible;
    // A text is hidden only with its parent, and has no names: about half a page's nodes are texts,
    // so they go on here without a call.
    if (node.is_text()) {
      stats[i].invisible = parent_invisible;
      continue;
    }
    if (parent_invisible) {
      stats[i].invisible = true;
    } else if (auto r = html::invisible_reason(node)) {
      stats[i].invisible = true;
      if (*r != Reason::Script && node.parent != html::kNoNode) stats[node.parent].hides_text = true;
    } else if (html::is_ruby_annotation(node)) {
      stats[i].invisible = true;  // counted as no text, and read as none (html_blocks)
    }
    // Hidden elements are skipped by every reader before their names are asked about.
    if (!stats[i].invisible && !stats[i].in_code) {  // an element: texts went on above
      ElementHints h = element_hints(node, memo);
      // A forum's posts are schema.org Comments (itemprop="comment") or sit in a wrapper named
      // "comments" (a Q&A site's answers): on a page that says it is the thread, every post was removed
      // as a comment and the page read as its menus. (Comments under each answer of a Q&A page come
      // in with them; the posts only, by itemprop, lost forum pages' answers: wcxb-dev forums 0.753
      // against 0.761.)
      if (discussion_page && h.reason == Reason::Comments) {
        h.reason.reset();
        h.sign = 0;
      }
      stats[i].hint = h.sign;
      stats[i].furniture = h.reason;
      stats[i].marked_frame = h.marked_frame;
      stats[i].holds_main = node.tag == Tag::Main || h.role_main;  // descendants add theirs below
      // A shop's item page lists customer reviews beside the description; they outweigh it in
      // text and were read as the page (a forum thread of reviewers) or appended to it.
      if (shop_page && !h.reason && names_reviews(node)) {
        stats[i].hint = -1;
        stats[i].furniture = Reason::Comments;
      }
      if (node.tag == Tag::Figcaption && stats[i].furniture == Reason::Caption) listing_captions = true;
      if (stats[i].furniture == Reason::Advertisement && names_banner(node)) banners.push_back(static_cast<std::uint32_t>(i));
    }
  }
  for (std::size_t i = n; i-- > 1;) {
    const html::Node& node = tree.nodes[i];
    NodeStats& s = stats[i];
    if (s.invisible) continue;
    if (node.is_text()) {
      // A text has no children, no name and no tag: its counts go to its parent, and that is all.
      count_text(node.text, s);
      // Consent banners with no cookie or consent name are known by their wording; the flag climbs
      // through inline elements to the paragraph holding the sentence.
      constexpr std::uint32_t kSentence = 21;
      if (s.chars >= kSentence) s.consent = consent_wording(node.text);
      if (node.parent == html::kNoNode) continue;
      NodeStats& p = stats[node.parent];
      p.chars += s.chars;
      p.commas += s.commas;
      p.direct_chars += s.chars;
      if (s.consent) p.consent = true;
      continue;
    }
    if (node.is(Tag::A)) {
      s.link_chars = s.chars;
      s.links = s.chars > 0 ? 1 : 0;  // a link nested in a link is one link
    }
    if (node.tag >= Tag::H1 && node.tag <= Tag::H6) s.has_heading = true;  // an element, as above
    // A wrapper around the page's <main> is layout, whatever its name says: themes name the
    // wrapper of content and sidebar "content-sidebar-wrap", which read as a sidebar and kept the
    // whole article out of the first reading. Names only: a <nav> or <footer> stays what it is.
    if (s.holds_main && s.furniture && !s.marked_frame && node.tag != Tag::Aside && node.tag != Tag::Main) {
      s.furniture.reset();
      s.hint = 0;
    }
    if (node.parent == html::kNoNode) continue;
    NodeStats& p = stats[node.parent];
    p.chars += s.chars;
    p.link_chars += s.link_chars;
    p.links += s.links;
    p.commas += s.commas;
    if (s.consent && !is_block(node.tag)) p.consent = true;
    if (is_block(node.tag) || s.has_block) p.has_block = true;
    if (s.hides_text) p.hides_text = true;
    if (s.has_heading) p.has_heading = true;
    if (s.holds_main) p.holds_main = true;
  }
  // A figure of code or a table is titled by its caption ("Listing 4-1: A variable and its
  // scope"), which the text refers to; a photo's caption is furniture. Not "a figure without an
  // image": lazy-loaded photos have none until a script runs. Only pages with a figure caption
  // take these passes. Whether an element holds code or a table is marked upwards in one pass: a
  // search under each figure was quadratic in nested figures (100,000 took 89 s).
  if (listing_captions) {
    std::vector<bool> holds_listing(n, false);
    for (std::size_t i = n; i-- > 1;) {
      const html::Node& node = tree.nodes[i];
      if (node.is_element() && is_listing(node.tag)) holds_listing[i] = true;
      if (holds_listing[i] && node.parent != html::kNoNode) holds_listing[node.parent] = true;
    }
    for (std::size_t i = 1; i < n; ++i) {
      const html::Node& node = tree.nodes[i];
      if (node.is(Tag::Figcaption) && stats[i].furniture == Reason::Caption && node.parent != html::kNoNode &&
          tree.nodes[node.parent].is(Tag::Figure) && holds_listing[node.parent]) {
        stats[i].furniture.reset();
        stats[i].hint = 0;
      }
    }
  }
  // An element named for a sidebar that holds over half the page's text is a layout wrapper
  // ("with-sidebar", "sidebar-container", "layout-sidebar-right" around the post and its
  // sidebar): the article was removed whole as related links. Names only, as above; other
  // related-box names ("more", "popular") stay furniture at any size (forum threads hold them).
  if (tree.body != html::kNoNode) {
    std::uint32_t half = stats[tree.body].chars / 2;
    for (std::size_t i = 1; i < n; ++i) {
      NodeStats& s = stats[i];
      if (s.furniture == Reason::Related && s.chars > half && !s.marked_frame && tree.nodes[i].tag != Tag::Aside &&
          names_sidebar(tree.nodes[i])) {
        s.furniture.reset();
        s.hint = 0;
      }
    }
  }
  // "banner" names a page's header strip as often as an ad slot: a banner that is a <header> outside
  // any story, or holds the site's menu (an element read as navigation) or its home link, is the
  // site's header, and is reported so (removed all the same). What holds a menu or a home link is
  // marked upwards in one pass, as holds_listing is.
  if (!banners.empty()) {
    std::vector<bool> holds_frame(n, false);
    for (std::size_t i = n; i-- > 1;) {
      const html::Node& node = tree.nodes[i];
      if (stats[i].invisible) continue;
      if (stats[i].furniture == Reason::Navigation || links_home(node)) holds_frame[i] = true;
      if (holds_frame[i] && node.parent != html::kNoNode) holds_frame[node.parent] = true;
    }
    // Not below an <article>; a <header> in <main> heads the page's own content, nearer a site
    // header than an ad (html::in_story counts <main> as the story, for a headline's <h1>).
    auto in_article = [&](std::uint32_t i) {
      for (std::uint32_t a = tree.nodes[i].parent; a != html::kNoNode; a = tree.nodes[a].parent) {
        if (tree.nodes[a].is(Tag::Article)) return true;
      }
      return false;
    };
    for (std::uint32_t b : banners) {
      if (holds_frame[b] || (tree.nodes[b].is(Tag::Header) && !in_article(b))) stats[b].furniture = Reason::SiteHeader;
    }
  }
  return stats;
}

}  // namespace pith::extract
