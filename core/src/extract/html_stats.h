// Per-node text measures and name hints for the content scorer and the block writers, computed
// once per page without recursion: the builder appends every node after its parent, so one
// backward pass over the arena sums children into parents and one forward pass hands visibility
// down. The hints are here because the scorer, the writer and the walk over the rest of the page
// all ask for every element, on each of up to four attempts.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <vector>

#include "html/tree.h"
#include "pith/document.h"

namespace pith::extract {

struct NodeStats {
  std::uint32_t chars = 0;         // visible non-space bytes in the subtree
  std::uint32_t link_chars = 0;    // of which inside <a>
  std::uint32_t links = 0;         // <a> elements holding visible text in the subtree
  std::uint32_t commas = 0;
  std::uint32_t direct_chars = 0;  // in text nodes that are direct children
  bool invisible = false;          // hidden or not text (the element or an ancestor)
  bool has_block = false;          // some descendant is a block-level element
  bool has_heading = false;        // the element or a descendant is <h1>…<h6>
  std::int8_t hint = 0;            // ElementHints::sign: +1 content names, -1 furniture names
  std::optional<Reason> furniture; // ElementHints::reason: what the element's name or tag says it is
  bool marked_frame = false;       // ElementHints::marked_frame: <nav>, <footer>, a landmark role
  bool holds_main = false;         // the element or a descendant is <main> or role=main
  bool consent = false;            // its own text (not in a block below it) is worded like a consent banner
  bool hides_text = false;         // a part below it is hidden (not a script or style): its text is not in chars
  bool in_code = false;            // below a <pre> or <code>: its names are a highlighter's, not the page's
};

// Elements that start a new line of text: block boundaries for the reader and the scorer. Inline,
// a bit of a table: every walk asks it of every element it passes.
struct TagSet {
  std::uint64_t words[4] = {};  // a bit for each Tag, which is one byte
  constexpr TagSet(std::initializer_list<html::Tag> tags) {
    for (html::Tag t : tags) words[static_cast<unsigned>(t) >> 6] |= std::uint64_t{1} << (static_cast<unsigned>(t) & 63);
  }
  constexpr bool has(html::Tag t) const {
    auto k = static_cast<unsigned>(t);
    return ((words[k >> 6] >> (k & 63)) & 1) != 0;
  }
};
inline constexpr TagSet kBlockTags = {
    html::Tag::P,       html::Tag::Div,     html::Tag::Section,   html::Tag::Article,    html::Tag::Main,
    html::Tag::Aside,   html::Tag::Nav,     html::Tag::Header,    html::Tag::Footer,     html::Tag::Ul,
    html::Tag::Ol,      html::Tag::Li,      html::Tag::Dl,        html::Tag::Dt,         html::Tag::Dd,
    html::Tag::Table,   html::Tag::Tr,      html::Tag::Td,        html::Tag::Th,         html::Tag::Thead,
    html::Tag::Tbody,   html::Tag::Tfoot,   html::Tag::Caption,   html::Tag::Blockquote, html::Tag::Pre,
    html::Tag::H1,      html::Tag::H2,      html::Tag::H3,        html::Tag::H4,         html::Tag::H5,
    html::Tag::H6,      html::Tag::Figure,  html::Tag::Figcaption, html::Tag::Form,      html::Tag::Fieldset,
    html::Tag::Address, html::Tag::Details, html::Tag::Summary,   html::Tag::Dialog,     html::Tag::Menu,
    html::Tag::Center,  html::Tag::Hgroup,  html::Tag::Hr,        html::Tag::Listing,    html::Tag::Dir,
    html::Tag::Search,  html::Tag::Body,    html::Tag::Legend};
inline bool is_block(html::Tag tag) { return kBlockTags.has(tag); }

// `shop_page`: the page is a shop's item (HtmlMetadata::product); its customer reviews are then
// named as comments. `discussion_page`: the page is a forum thread or a question and its answers
// (HtmlMetadata::discussion); its posts, often named "comment", are then not furniture.
std::vector<NodeStats> compute_stats(const html::Tree& tree, bool shop_page = false, bool discussion_page = false);

// Furniture that stays out of the lenient retry too (ContentRules::skip_unlikely off): the menus,
// headers and footers the page marks as such, consent banners, and, when `comments_out`, comment
// threads. A short listing page must not be traded for its cookie notice, nor a shop's category
// page read with its whole mega-menu. The scorer (unlikely_elements) and the writer both ask this.
inline bool stays_out_when_lenient(const NodeStats& s, bool comments_out) {
  return s.furniture && (s.marked_frame || *s.furniture == Reason::CookieNotice ||
                         (comments_out && *s.furniture == Reason::Comments));
}

inline double link_density(const NodeStats& s) {
  return s.chars == 0 ? 0.0 : static_cast<double>(s.link_chars) / s.chars;
}

}  // namespace pith::extract
