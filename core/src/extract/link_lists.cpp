#include "extract/link_lists.h"

namespace pith::extract {

using html::kNoNode;
using html::Tag;

// A block whose one link holds a heading is no list but an item's name (a card's title,
// "<div><a><h3>Film title</h3></a></div>" in a chart or a catalogue): dropping it left every item
// of a listing without its name.
bool is_link_list(const html::Node& n, const NodeStats& s) {
  if (n.tag == Tag::P || n.tag == Tag::A || s.chars == 0 || !is_block(n.tag)) return false;
  // A definition's term is its name, as a heading is, however it links (cargo's option terms link to
  // themselves: "<dt><a href=#option-v><code>-v</code></a></dt>").
  if ((n.tag >= Tag::H1 && n.tag <= Tag::H6) || n.tag == Tag::Li || n.tag == Tag::Dt || n.tag == Tag::Td ||
      n.tag == Tag::Th) {
    return false;
  }
  if (s.links == 1 && s.has_heading) return false;
  return link_density(s) > 0.5;
}

namespace {

// Items of the list at `list`, nested lists' included.
std::uint32_t list_items(const html::Tree& tree, std::uint32_t list) {
  std::uint32_t items = 0;
  for (std::uint32_t i = html::next_node(tree, list, list); i != kNoNode; i = html::next_node(tree, i, list)) {
    items += tree[i].is(Tag::Li);
  }
  return items;
}

}  // namespace

// A docs site's index page (the Node.js docs' index.html, a book's part page listing its chapters,
// a reference's table of contents) declares its main content, and that content is lists of links,
// perhaps under a sentence of introduction; the site's own menus sit beside main, or inside it under
// a furniture name. A story in <main> has a list of other stories under it too, but its paragraphs
// outweigh the list. Half of main's visible text in lists of links makes main an index; a few links
// (kMinLinks) at least, so that a main holding one link and its label is not one. Only <ul> and
// <ol> whose items hold a link or two each count: a shop's grid of product cards links each card's
// picture, name and button, and is read as a grid (html_grid.h), not as an index.
bool main_is_index(const html::Tree& tree, const std::vector<NodeStats>& stats, std::uint32_t main) {
  constexpr std::uint32_t kMinLinks = 3;
  constexpr std::uint32_t kMaxLinksPerItem = 2;
  if (main == kNoNode || stats[main].chars == 0) return false;
  std::uint32_t in_lists = 0, links = 0;
  for (std::uint32_t i = html::next_node(tree, main, main); i != kNoNode;) {
    const html::Node& n = tree[i];
    const NodeStats& s = stats[i];
    const bool shown = n.is_element() && !s.invisible && !s.furniture;
    const bool list = shown && (n.tag == Tag::Ul || n.tag == Tag::Ol) && is_link_list(n, s);
    if (list && s.links <= kMaxLinksPerItem * list_items(tree, i)) {
      in_lists += s.chars;
      links += s.links;
    }
    i = shown && !list ? html::next_node(tree, i, main) : html::skip_subtree(tree, i, main);
  }
  return links >= kMinLinks && 2 * std::uint64_t{in_lists} >= stats[main].chars;
}

}  // namespace pith::extract
