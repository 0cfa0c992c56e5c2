// A compact DOM for reading: every node lives in one vector and links to its relatives by index, so
// building, walking and freeing a page never recurses and 100,000 nested elements cost no stack.
// Comments and DOCTYPEs are not kept: nothing downstream reads them.
//
// Names, text and attribute values are views: of the input where it holds them as written (most
// of them), else of the tree's own arena. A tree must not outlive the input it was built from.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "html/text_arena.h"
#include "html/tokenizer.h"

namespace pith::html {

// The elements the tree builder and the readers treat specially; everything else is Other, with
// its name kept in Node::name.
enum class Tag : std::uint8_t {
  Other, Html, Head, Body, Title, Meta, Link, Base, Script, Style, Noscript, Template, Iframe,
  Textarea, Xmp, Noembed, Noframes, Plaintext, Svg, Math, Canvas, Div, P, Span, A, B, I, Em,
  Strong, U, S, Small, Big, Code, Tt, Font, Nobr, Strike, Sub, Sup, Mark, Q, Cite, Time, Br, Hr,
  Img, Input, Button, Select, Option, Optgroup, Label, Form, Fieldset, Legend, H1, H2, H3, H4, H5,
  H6, Ul, Ol, Li, Dl, Dt, Dd, Blockquote, Pre, Figure, Figcaption, Table, Caption, Thead, Tbody,
  Tfoot, Tr, Td, Th, Col, Colgroup, Article, Main, Section, Nav, Aside, Header, Footer, Address,
  Details, Summary, Dialog, Menu, Center, Hgroup, Area, Embed, Param, Source, Track, Wbr, Keygen,
  Picture, Video, Audio, Object, Applet, Marquee, Frameset, Frame, Listing, Dir, Search,
};

Tag tag_from_name(std::string_view lower_name);
std::string_view tag_name(Tag);  // "" for Other

constexpr std::uint32_t kNoNode = 0xFFFFFFFFu;

// A bit for an attribute name, for Node::attribute_names: one of its own for each name asked of
// every element (hidden, aria-hidden and style for visibility, class and id for the name hints),
// shared ones for the rest. Looked up by the name's length and first letter, which tell the kept
// names (is_read_attribute) apart but for pairs that share a bit anyway ("alt" and "type",
// "content" and "charset", "itemprop" and "itemtype", "reversed" and "src"; "start", rare, shares
// style's, and a list with one is asked its style by a look at its few attributes): arithmetic, so a name written in the call
// folds to its bit. A name the tree does not keep gets some bit; no element holds it either way.
namespace detail {
constexpr std::size_t attribute_slot(std::string_view name) {
  return (name.size() + (name.empty() ? 0u : static_cast<unsigned char>(name.front()) * 5u)) & 31;
}
struct AttributeBits {
  std::uint8_t bits[32] = {};
  constexpr AttributeBits() {
    struct Entry {
      std::string_view name;
      std::uint8_t bit;
    };
    constexpr Entry kOwn[] = {{"hidden", 1},   {"aria-hidden", 2}, {"style", 4},     {"class", 8},
                              {"id", 16},      {"role", 32},       {"itemprop", 32}, {"itemtype", 32},
                              {"href", 64},    {"rel", 64},        {"src", 64}};
    for (std::uint8_t& b : bits) b = 128;  // the other kept names, and names not kept
    for (const Entry& e : kOwn) bits[attribute_slot(e.name)] = e.bit;
  }
};
inline constexpr AttributeBits kAttributeBits{};
}  // namespace detail

constexpr std::uint8_t attribute_name_bit(std::string_view name) {
  return detail::kAttributeBits.bits[detail::attribute_slot(name)];
}

// An element's attributes: a stretch of one of the tree's attribute blocks (Tree::attributes), not
// a vector per element, which was a heap block for every tag with a kept attribute.
struct AttributeList {
  const Attribute* first = nullptr;
  std::uint32_t count = 0;

  const Attribute* begin() const { return first; }
  const Attribute* end() const { return first + count; }
  bool empty() const { return count == 0; }
  std::size_t size() const { return count; }
};

struct Node {
  enum class Kind : std::uint8_t { Document, Element, Text };
  Kind kind = Kind::Element;
  Tag tag = Tag::Other;
  bool foreign = false;  // inside <svg> or <math>
  // attribute_name_bit of each of its attributes' names: most questions about an attribute
  // ("hidden", "aria-hidden" and "style" of every element, for visibility) are answered by one test
  // that it is absent, without a look at the list. In what was a byte of padding.
  std::uint8_t attribute_names = 0;
  std::uint32_t parent = kNoNode;
  std::uint32_t first_child = kNoNode;
  std::uint32_t last_child = kNoNode;
  std::uint32_t next_sibling = kNoNode;
  std::string_view name;  // element name when tag is Other; empty otherwise
  std::string_view text;  // Text nodes: the characters (adjacent character tokens merged)
  AttributeList attributes;

  bool is_element() const { return kind == Kind::Element; }
  bool is_text() const { return kind == Kind::Text; }
  bool is(Tag t) const { return kind == Kind::Element && tag == t; }
  // The value of an attribute (names are lower case), or nullptr.
  const std::string_view* attribute(std::string_view attribute_name) const {
    if ((attribute_names & attribute_name_bit(attribute_name)) == 0) return nullptr;
    return find_attribute(attribute_name);
  }
  const std::string_view* find_attribute(std::string_view attribute_name) const;  // attribute(), past the bit
};
static_assert(sizeof(void*) != 8 || sizeof(Node) == 72, "Node::attribute_names sits in padding");

struct Tree {
  std::vector<Node> nodes;  // nodes[0] is the document
  // The elements' attributes, which they point into: blocks that never grow past their capacity,
  // so a list stays where it was put however many follow it (in one vector, every growth moved
  // them all, and each element's pointer had to be set again).
  std::vector<std::vector<Attribute>> attributes;
  TextArena strings;  // text and attribute values the input does not hold as written
  std::uint32_t html = kNoNode;
  std::uint32_t head = kNoNode;
  std::uint32_t body = kNoNode;

  Tree() = default;
  // A move keeps the attribute blocks and the arena's chunks, so the nodes' pointers and
  // views stay good; a copy would not.
  Tree(Tree&&) = default;
  Tree& operator=(Tree&&) = default;
  Tree(const Tree&) = delete;
  Tree& operator=(const Tree&) = delete;

  const Node& operator[](std::uint32_t i) const { return nodes[i]; }
};

// Open elements deeper than this are not pushed: their start tags attach to the deepest open
// element, so a page of 100,000 nested <div>s builds in linear time and stays walkable.
constexpr std::size_t kMaxOpenElements = 512;

// The attributes the tree keeps: the ones the readers look at (class/id/role/itemprop hints,
// hidden/aria-hidden/style visibility, metadata: name, property, content, rel, href, src, lang,
// datetime, type…). The rest — data-*, event handlers, srcset, SVG path data — are most of a
// modern page's attribute bytes and are dropped while tokenizing. A reader of a new attribute
// adds it here. The answer is the name's attribute_name_bit for a kept name (the tokenizer's filter
// hands it on in Token::attribute_marks), 0 for a dropped one.
std::uint32_t is_read_attribute(std::string_view lower_name);

// Builds the tree as a lenient browser would for what matters to text (see tree.cpp). The tree views
// `utf8_html`, which must outlive it: a temporary string is refused at compile time.
Tree build_tree(std::string_view utf8_html);
Tree build_tree(std::string&& utf8_html) = delete;
// For string literals, which live for the program (without this overload a literal is ambiguous
// between the two above). Any C string reaches it, so a buffer must outlive the tree too; the view
// stops at the first NUL.
inline Tree build_tree(const char* utf8_html) { return build_tree(std::string_view(utf8_html)); }

// Pre-order walking without recursion. next_node: the node after `i` in document order, staying
// within `root`'s subtree (kNoNode at its end). skip_subtree: the same, but not entering `i`.
// Inline: the walks over a whole page (metadata, text) take a step per node, and would take a call
// per step otherwise.
inline std::uint32_t skip_subtree(const Tree& tree, std::uint32_t i, std::uint32_t root) {
  while (i != root && i != kNoNode) {
    if (tree.nodes[i].next_sibling != kNoNode) return tree.nodes[i].next_sibling;
    i = tree.nodes[i].parent;
  }
  return kNoNode;
}
inline std::uint32_t next_node(const Tree& tree, std::uint32_t i, std::uint32_t root) {
  if (tree.nodes[i].first_child != kNoNode) return tree.nodes[i].first_child;
  return skip_subtree(tree, i, root);
}

// `node` is `root` or inside it.
inline bool within(const Tree& tree, std::uint32_t node, std::uint32_t root) {
  for (std::uint32_t a = node; a != kNoNode; a = tree.nodes[a].parent) {
    if (a == root) return true;
  }
  return false;
}

// `node` is inside an <article> or a <main>: a story's part, not the site's frame around it (its
// header's logo, a banner).
inline bool in_story(const Tree& tree, std::uint32_t node) {
  for (std::uint32_t a = tree.nodes[node].parent; a != kNoNode; a = tree.nodes[a].parent) {
    if (tree.nodes[a].is(Tag::Article) || tree.nodes[a].is(Tag::Main)) return true;
  }
  return false;
}

// The concatenated text of a subtree, as written (no whitespace collapsing).
std::string text_content(const Tree& tree, std::uint32_t root);

}  // namespace pith::html
