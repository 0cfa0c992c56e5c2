#include "extract/link_lists.h"

namespace pith::extract {

using html::kNoNode;
using html::Tag;

// A block whose one link holds a heading is no list but an item's name (a card's title,
// "<div><a><h3>Film title</h3></a></div>" in a chart or a catalogue): dropping it left every item
// of a listing without its name.
bool is_link_list(const html::Tree& tree, const std::vector<NodeStats>& stats, std::uint32_t i) {
  const html::Node& n = tree[i];
  const NodeStats& s = stats[i];
  if (n.tag == Tag::P || n.tag == Tag::A || s.chars == 0 || !is_block(n.tag)) return false;
  // A definition's term is its name, as a heading is, however it links (cargo's option terms link to
  // themselves: "<dt><a href=#option-v><code>-v</code></a></dt>").
  if ((n.tag >= Tag::H1 && n.tag <= Tag::H6) || n.tag == Tag::Li || n.tag == Tag::Dt || n.tag == Tag::Td ||
      n.tag == Tag::Th) {
    return false;
  }
  if (s.links == 1 && s.has_heading) return false;
  if (link_density(s) <= 0.5) return false;
  // So a definition list is one when its definitions are bare links (a profile's "Location" over a
  // link), not when its terms' links outweigh a short description ("Package to remove from."). A
  // definition written in blocks (paragraphs, lists) is judged block by block.
  if (n.tag == Tag::Dl) {
    for (std::uint32_t c = n.first_child; c != kNoNode; c = tree[c].next_sibling) {
      const NodeStats& d = stats[c];
      if (tree[c].is(Tag::Dd) && d.chars > 0 && (d.has_block || link_density(d) <= 0.5)) return false;
    }
  }
  return true;
}

namespace {

struct ListItems {
  std::uint32_t items = 0;   // nested lists' included
  std::uint32_t images = 0;  // <img> and <picture> anywhere in them
};

// The items of the list at `list`, and its pictures, in one walk.
ListItems list_items(const html::Tree& tree, std::uint32_t list) {
  ListItems out;
  for (std::uint32_t i = html::next_node(tree, list, list); i != kNoNode; i = html::next_node(tree, i, list)) {
    out.items += tree[i].is(Tag::Li);
    out.images += tree[i].is(Tag::Img) || tree[i].is(Tag::Picture);
  }
  return out;
}

// The item opens with a name of its own: its first visible text is outside any link and is code or
// a label ending in a colon ("path", "Returns:").
bool opens_with_name(const html::Tree& tree, const std::vector<NodeStats>& stats, std::uint32_t item) {
  for (std::uint32_t i = html::next_node(tree, item, item); i != kNoNode;) {
    if (stats[i].invisible) {
      i = html::skip_subtree(tree, i, item);
      continue;
    }
    if (tree[i].is_text() && stats[i].chars > 0) {
      bool code = false;
      for (std::uint32_t a = tree[i].parent; a != item; a = tree[a].parent) {
        if (tree[a].is(Tag::A)) return false;
        code = code || tree[a].is(Tag::Code);
      }
      std::string_view t = tree[i].text;
      while (!t.empty() && (t.back() == ' ' || t.back() == '\n' || t.back() == '\t')) t.remove_suffix(1);
      return code || (!t.empty() && t.back() == ':');
    }
    i = html::next_node(tree, i, item);
  }
  return false;
}

}  // namespace

// An API's parameter list (the Node.js docs: "<li><code>path</code> <a>&lt;string&gt;</a> |
// <a>&lt;Buffer&gt;</a></li>", "<li>Returns: <a>&lt;boolean&gt;</a></li>") is mostly the links of
// its types, but each item opens with the parameter's name or a label. A menu's or a "more
// stories" box's items open with their links; a date before a headline is neither code nor a label.
bool items_open_with_names(const html::Tree& tree, const std::vector<NodeStats>& stats, std::uint32_t list) {
  if (!tree[list].is(Tag::Ul) && !tree[list].is(Tag::Ol)) return false;
  std::uint32_t items = 0;
  for (std::uint32_t c = tree[list].first_child; c != kNoNode; c = tree[c].next_sibling) {
    if (!tree[c].is(Tag::Li) || stats[c].invisible || stats[c].chars == 0) continue;
    if (!opens_with_name(tree, stats, c)) return false;
    ++items;
  }
  return items > 0;
}

// A docs site's index page (the Node.js docs' index.html, a book's part page listing its chapters,
// a reference's table of contents) declares its main content, and that content is lists of links,
// perhaps under a sentence of introduction; the site's own menus sit beside main, or inside it under
// a furniture name. A story in <main> has a list of other stories under it too, but its paragraphs
// outweigh the list. Half of main's visible text in lists of links makes main an index; a few links
// (kMinLinks) at least, so that a main holding one link and its label is not one. Only <ul> and
// <ol> whose items hold a link or two each count: a shop's product cards often link a name, a
// brand and a button each, and a grid of them is not an index (html_grid.h reads item grids).
bool main_is_index(const html::Tree& tree, const std::vector<NodeStats>& stats, std::uint32_t main) {
  constexpr std::uint32_t kMinLinks = 3;
  constexpr std::uint32_t kMaxLinksPerItem = 2;
  if (main == kNoNode || stats[main].chars == 0) return false;
  // A story in main is no index, whatever lists of headlines ("most read", "latest") sit under it:
  // an <article> of a few sentences, or two paragraphs of prose outside the lists.
  constexpr std::uint32_t kStoryChars = 200;
  constexpr std::uint32_t kProseParagraph = 100;
  constexpr int kStoryParagraphs = 2;
  std::uint32_t in_lists = 0, links = 0;
  int prose = 0;
  for (std::uint32_t i = html::next_node(tree, main, main); i != kNoNode;) {
    const html::Node& n = tree[i];
    const NodeStats& s = stats[i];
    const bool shown = n.is_element() && !s.invisible && !s.furniture;
    if (shown && n.tag == Tag::Article && s.chars >= kStoryChars) return false;
    if (shown && n.tag == Tag::P && s.chars >= kProseParagraph && ++prose >= kStoryParagraphs) return false;
    const bool list = shown && (n.tag == Tag::Ul || n.tag == Tag::Ol) && is_link_list(tree, stats, i);
    // A list with a picture for every other item is cards, not an index: a shop's category page
    // lists its products in <main>, each a photo, a name link and a price (a wcxb-dev collection
    // page was read whole, sort menu and all, until this was asked).
    const ListItems items = list ? list_items(tree, i) : ListItems{};
    if (list && s.links <= kMaxLinksPerItem * items.items && 2 * items.images < items.items) {
      in_lists += s.chars;
      links += s.links;
    }
    i = shown && !list ? html::next_node(tree, i, main) : html::skip_subtree(tree, i, main);
  }
  return links >= kMinLinks && 2 * std::uint64_t{in_lists} >= stats[main].chars;
}

}  // namespace pith::extract
