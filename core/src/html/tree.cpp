// The tree builder: a lenient subset of the WHATWG tree construction rules, enough that text lands
// in the element a browser would show it in. Kept: implied <html>/<head>/<body>, implied end tags
// (p, li, dt, dd, option, tr, td, th, headings), void elements, raw-text switching, foreign content
// (svg, math) with CDATA and self-closing tags, and scope checks so stray end tags do not close
// blocks. Left out: the adoption agency (misnested formatting is closed at the first block
// boundary instead), foster parenting and the insertion modes of tables and selects — they move
// elements, but rarely change what text a block holds.
#include "html/tree.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <utility>

#include "html/ascii.h"

namespace pith::html {
namespace {

struct TagEntry {
  std::string_view name;
  Tag tag;
};

// Sorted by name for the reader; lookups go through a hash table built from it (tag_from_name).
constexpr std::array kTags = {
    TagEntry{"a", Tag::A},           TagEntry{"address", Tag::Address}, TagEntry{"applet", Tag::Applet},
    TagEntry{"area", Tag::Area},     TagEntry{"article", Tag::Article}, TagEntry{"aside", Tag::Aside},
    TagEntry{"audio", Tag::Audio},   TagEntry{"b", Tag::B},             TagEntry{"base", Tag::Base},
    TagEntry{"big", Tag::Big},       TagEntry{"blockquote", Tag::Blockquote}, TagEntry{"body", Tag::Body},
    TagEntry{"br", Tag::Br},         TagEntry{"button", Tag::Button},   TagEntry{"canvas", Tag::Canvas},
    TagEntry{"caption", Tag::Caption}, TagEntry{"center", Tag::Center}, TagEntry{"cite", Tag::Cite},
    TagEntry{"code", Tag::Code},     TagEntry{"col", Tag::Col},         TagEntry{"colgroup", Tag::Colgroup},
    TagEntry{"dd", Tag::Dd},         TagEntry{"details", Tag::Details}, TagEntry{"dialog", Tag::Dialog},
    TagEntry{"dir", Tag::Dir},       TagEntry{"div", Tag::Div},         TagEntry{"dl", Tag::Dl},
    TagEntry{"dt", Tag::Dt},         TagEntry{"em", Tag::Em},           TagEntry{"embed", Tag::Embed},
    TagEntry{"fieldset", Tag::Fieldset}, TagEntry{"figcaption", Tag::Figcaption}, TagEntry{"figure", Tag::Figure},
    TagEntry{"font", Tag::Font},     TagEntry{"footer", Tag::Footer},   TagEntry{"form", Tag::Form},
    TagEntry{"frame", Tag::Frame},   TagEntry{"frameset", Tag::Frameset}, TagEntry{"h1", Tag::H1},
    TagEntry{"h2", Tag::H2},         TagEntry{"h3", Tag::H3},           TagEntry{"h4", Tag::H4},
    TagEntry{"h5", Tag::H5},         TagEntry{"h6", Tag::H6},           TagEntry{"head", Tag::Head},
    TagEntry{"header", Tag::Header}, TagEntry{"hgroup", Tag::Hgroup},   TagEntry{"hr", Tag::Hr},
    TagEntry{"html", Tag::Html},     TagEntry{"i", Tag::I},             TagEntry{"iframe", Tag::Iframe},
    TagEntry{"img", Tag::Img},       TagEntry{"input", Tag::Input},     TagEntry{"keygen", Tag::Keygen},
    TagEntry{"label", Tag::Label},   TagEntry{"legend", Tag::Legend},   TagEntry{"li", Tag::Li},
    TagEntry{"link", Tag::Link},     TagEntry{"listing", Tag::Listing}, TagEntry{"main", Tag::Main},
    TagEntry{"mark", Tag::Mark},     TagEntry{"marquee", Tag::Marquee}, TagEntry{"math", Tag::Math},
    TagEntry{"menu", Tag::Menu},     TagEntry{"meta", Tag::Meta},       TagEntry{"nav", Tag::Nav},
    TagEntry{"nobr", Tag::Nobr},     TagEntry{"noembed", Tag::Noembed}, TagEntry{"noframes", Tag::Noframes},
    TagEntry{"noscript", Tag::Noscript}, TagEntry{"object", Tag::Object}, TagEntry{"ol", Tag::Ol},
    TagEntry{"optgroup", Tag::Optgroup}, TagEntry{"option", Tag::Option}, TagEntry{"p", Tag::P},
    TagEntry{"param", Tag::Param},   TagEntry{"picture", Tag::Picture}, TagEntry{"plaintext", Tag::Plaintext},
    TagEntry{"pre", Tag::Pre},       TagEntry{"q", Tag::Q},             TagEntry{"s", Tag::S},
    TagEntry{"script", Tag::Script}, TagEntry{"search", Tag::Search},   TagEntry{"section", Tag::Section},
    TagEntry{"select", Tag::Select}, TagEntry{"small", Tag::Small},     TagEntry{"source", Tag::Source},
    TagEntry{"span", Tag::Span},     TagEntry{"strike", Tag::Strike},   TagEntry{"strong", Tag::Strong},
    TagEntry{"style", Tag::Style},   TagEntry{"sub", Tag::Sub},         TagEntry{"summary", Tag::Summary},
    TagEntry{"sup", Tag::Sup},       TagEntry{"svg", Tag::Svg},         TagEntry{"table", Tag::Table},
    TagEntry{"tbody", Tag::Tbody},   TagEntry{"td", Tag::Td},           TagEntry{"template", Tag::Template},
    TagEntry{"textarea", Tag::Textarea}, TagEntry{"tfoot", Tag::Tfoot}, TagEntry{"th", Tag::Th},
    TagEntry{"thead", Tag::Thead},   TagEntry{"time", Tag::Time},       TagEntry{"title", Tag::Title},
    TagEntry{"tr", Tag::Tr},         TagEntry{"track", Tag::Track},     TagEntry{"tt", Tag::Tt},
    TagEntry{"u", Tag::U},           TagEntry{"ul", Tag::Ul},           TagEntry{"video", Tag::Video},
    TagEntry{"wbr", Tag::Wbr},       TagEntry{"xmp", Tag::Xmp},
};

// Tag names are looked up as integers: a name of up to eight bytes packed into one word (first
// byte lowest, with its length beside it: "a" and "a\0" pack alike), hashed by a multiply into a
// table built at compile time from kTags (open addressing, linear probing). Every start and end
// tag of a page is looked up; one word compare in place of a hash of a few letters and a byte
// loop took 7.9M of tag_from_name's 15.9M instructions off building the tree over the 181 aeb
// pages (callgrind, build/pith_read_tool 1 PAGES). The three longer names are compared as strings.
constexpr std::size_t kTagSlotBits = 8;
constexpr std::size_t kTagSlots = std::size_t{1} << kTagSlotBits;
constexpr std::size_t kMaxPackedName = 8;

constexpr std::uint64_t pack_name(std::string_view name) {
  std::uint64_t key = 0;
  for (std::size_t i = 0; i < name.size(); ++i) key |= std::uint64_t{static_cast<unsigned char>(name[i])} << (8 * i);
  return key;
}

constexpr std::size_t tag_slot(std::uint64_t key) {
  return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> (64 - kTagSlotBits));
}

// Per slot: the packed name (0 for an empty slot, which ends a lookup), its length and its tag.
struct TagSlots {
  std::array<std::uint64_t, kTagSlots> keys{};
  std::array<std::uint8_t, kTagSlots> sizes{};
  std::array<Tag, kTagSlots> tags{};
};

constexpr TagSlots make_tag_slots() {
  TagSlots slots{};
  for (const TagEntry& e : kTags) {
    if (e.name.size() > kMaxPackedName) continue;
    std::uint64_t key = pack_name(e.name);
    std::size_t s = tag_slot(key);
    while (slots.keys[s] != 0) s = (s + 1) % kTagSlots;
    slots.keys[s] = key;
    slots.sizes[s] = static_cast<std::uint8_t>(e.name.size());
    slots.tags[s] = e.tag;
  }
  return slots;
}
constexpr TagSlots kTagTable = make_tag_slots();

// Names by tag, for tag_name(): foreign end tags compare every open element's name, and a search
// of kTags for each was as costly as the rest of the end tag.
// Every tag but Other has its one entry in kTags (checked here), which so counts the tags: a tag
// added to the enum without an entry has no name to give.
constexpr std::size_t kTagCount = kTags.size() + 1;
constexpr bool each_tag_named_once() {
  std::array<bool, kTagCount> named{};
  for (const TagEntry& e : kTags) {
    auto i = static_cast<std::size_t>(e.tag);
    if (e.tag == Tag::Other || i >= kTagCount || named[i]) return false;
    named[i] = true;
  }
  return true;
}
static_assert(each_tag_named_once(), "kTags names each Tag but Other once, so kTagNames has a place for each");
constexpr std::array<std::string_view, kTagCount> make_tag_names() {
  std::array<std::string_view, kTagCount> names{};
  for (const TagEntry& e : kTags) names[static_cast<std::size_t>(e.tag)] = e.name;
  return names;
}
constexpr std::array<std::string_view, kTagCount> kTagNames = make_tag_names();
static_assert(kTags.size() < kTagSlots / 2, "the table stays at most half full, so probes stay short");

bool is_void(Tag t) {
  switch (t) {
    case Tag::Area: case Tag::Base: case Tag::Br: case Tag::Col: case Tag::Embed: case Tag::Hr:
    case Tag::Img: case Tag::Input: case Tag::Link: case Tag::Meta: case Tag::Param:
    case Tag::Source: case Tag::Track: case Tag::Wbr: case Tag::Keygen: case Tag::Frame:
      return true;
    default:
      return false;
  }
}

bool is_heading(Tag t) { return t >= Tag::H1 && t <= Tag::H6; }

// Start tags that close an open <p> ("close a p element" in the spec's in-body rules).
bool closes_p(Tag t) {
  switch (t) {
    case Tag::Address: case Tag::Article: case Tag::Aside: case Tag::Blockquote: case Tag::Center:
    case Tag::Details: case Tag::Dialog: case Tag::Dir: case Tag::Div: case Tag::Dl:
    case Tag::Fieldset: case Tag::Figcaption: case Tag::Figure: case Tag::Footer: case Tag::Header:
    case Tag::Hgroup: case Tag::Main: case Tag::Menu: case Tag::Nav: case Tag::Ol: case Tag::P:
    case Tag::Search: case Tag::Section: case Tag::Summary: case Tag::Ul: case Tag::Pre:
    case Tag::Listing: case Tag::Form: case Tag::Table: case Tag::Hr: case Tag::Plaintext:
    case Tag::Xmp: case Tag::Dd: case Tag::Dt: case Tag::Li:
      return true;
    default:
      return is_heading(t);
  }
}

// Elements that bound a search for an open element ("has an element in scope").
bool is_scope_boundary(const Node& n) {
  if (n.foreign) return n.tag == Tag::Svg || n.tag == Tag::Math || n.name == "foreignobject" ||
                        n.name == "desc" || n.name == "title" || n.name == "annotation-xml";
  switch (n.tag) {
    case Tag::Applet: case Tag::Caption: case Tag::Html: case Tag::Table: case Tag::Td:
    case Tag::Th: case Tag::Marquee: case Tag::Object: case Tag::Template:
      return true;
    default:
      return false;
  }
}

// Phrasing elements: an end tag for one of these never closes a block on its way (the spec's "any
// other end tag" stops at special elements); the rest are looked for in scope.
bool is_phrasing(Tag t) {
  switch (t) {
    case Tag::Other: case Tag::Span: case Tag::A: case Tag::B: case Tag::I: case Tag::Em:
    case Tag::Strong: case Tag::U: case Tag::S: case Tag::Small: case Tag::Big: case Tag::Code:
    case Tag::Tt: case Tag::Font: case Tag::Nobr: case Tag::Strike: case Tag::Sub: case Tag::Sup:
    case Tag::Mark: case Tag::Q: case Tag::Cite: case Tag::Time: case Tag::Label: case Tag::Picture:
    case Tag::Video: case Tag::Audio: case Tag::Canvas:
      return true;
    default:
      return false;
  }
}

bool is_table_part(Tag t) {
  switch (t) {
    case Tag::Table: case Tag::Caption: case Tag::Thead: case Tag::Tbody: case Tag::Tfoot:
    case Tag::Tr: case Tag::Td: case Tag::Th:
      return true;
    default:
      return false;
  }
}

// HTML start tags that end foreign content (the spec's breakout list, <font> simplified).
bool breaks_out_of_foreign(Tag t) {
  switch (t) {
    case Tag::B: case Tag::Big: case Tag::Blockquote: case Tag::Body: case Tag::Br: case Tag::Center:
    case Tag::Code: case Tag::Dd: case Tag::Div: case Tag::Dl: case Tag::Dt: case Tag::Em:
    case Tag::Embed: case Tag::Head: case Tag::Hr: case Tag::I: case Tag::Img: case Tag::Li:
    case Tag::Listing: case Tag::Menu: case Tag::Meta: case Tag::Nobr: case Tag::Ol: case Tag::P:
    case Tag::Pre: case Tag::S: case Tag::Small: case Tag::Span: case Tag::Strong: case Tag::Strike:
    case Tag::Sub: case Tag::Sup: case Tag::Table: case Tag::Tt: case Tag::U: case Tag::Ul:
      return true;
    default:
      return is_heading(t);
  }
}

// Where HTML content resumes inside foreign content.
bool is_integration_point(const Node& n) {
  return n.foreign && (n.name == "foreignobject" || n.name == "desc" || n.name == "title" ||
                       n.name == "mi" || n.name == "mo" || n.name == "mn" || n.name == "ms" ||
                       n.name == "mtext" || n.name == "annotation-xml");
}

// Elements whose content the tokenizer reads as text, not markup.
bool raw_text_state(Tag t, State& state) {
  switch (t) {
    case Tag::Title: case Tag::Textarea: state = State::Rcdata; return true;
    // <noscript> is not here: pith runs no script, so it parses as a browser with scripting
    // disabled does, as markup. Forums (Discourse) put the whole thread in it for such readers.
    case Tag::Style: case Tag::Xmp: case Tag::Iframe: case Tag::Noembed: case Tag::Noframes:
      state = State::Rawtext; return true;
    case Tag::Script: state = State::ScriptData; return true;
    case Tag::Plaintext: state = State::Plaintext; return true;
    default: return false;
  }
}

bool belongs_in_head(Tag t) {
  switch (t) {
    case Tag::Base: case Tag::Link: case Tag::Meta: case Tag::Title: case Tag::Style:
    case Tag::Script: case Tag::Noscript: case Tag::Template:
      return true;
    default:
      return false;
  }
}

bool all_space(std::string_view s) {
  for (char c : s) {
    if (c != ' ' && c != '\n' && c != '\t' && c != '\f' && c != '\r') return false;
  }
  return true;
}

// Nodes past which inline formatting elements are no longer created (about 290 MB of arena at
// 72 bytes a node natively).
constexpr std::size_t kPhrasingNodeBudget = 4000000;

// A phrasing end tag looks this far down the open elements; past it the tag is ignored, so a page
// of a million stray </span>s over a deep stack stays linear.
constexpr std::size_t kPhrasingEndTagReach = 64;

class Builder {
 public:
  explicit Builder(std::string_view html) : tokenizer_(html) {
    tokenizer_.set_attribute_filter(is_read_attribute);
    // About one node per '<' (an element or the text after a tag): reserving it up front spares
    // a 50 MB page the copies, and the doubled peak memory, of growing the arena. The tokenizer
    // counts them in its pass over the input. Pages of unclosed <p>, <li> and <br> between text
    // have more (every tag a node, and text after each): 107 of the 181 aeb pages outgrew one per
    // '<' and doubled the arena, none 1.5 per '<' (the bound is 2, with no end tags at all).
    // Capped: a '<' before another '<' opens nothing, so a 50 MB run of them is one text node, and
    // reserving for 75M nodes (several GB) aborted the WebAssembly build, whose memory stops at
    // 2 GB. Past the cap (a page with over a million '<'s) the arena grows as it fills.
    constexpr std::size_t kMaxReserved = std::size_t{1} << 20;
    std::size_t less_thans = std::min(tokenizer_.less_than_signs(), kMaxReserved);
    tree_.nodes.reserve(less_thans + less_thans / 2 + 4);
    // Kept attributes: 0.6 per '<' over the aeb pages, up to 0.99 on one; at half a slot per '<'
    // 144 of the 181 pages outgrew the first block (then regrowing one vector, which moved every
    // attribute). 32 bytes per '<' natively (two views).
    tree_.attributes.emplace_back().reserve(less_thans + 4);
    Node doc;
    doc.kind = Node::Kind::Document;
    tree_.nodes.push_back(std::move(doc));
  }

  Tree run() {
    while (Token* t = tokenizer_.next()) {
      switch (t->type) {
        case TokenType::StartTag: start_tag(*t); break;
        case TokenType::EndTag: end_tag(*t); break;
        case TokenType::Character: characters(t->data); break;
        default: break;  // DOCTYPE and comments carry no text
      }
    }
    ensure_body();
    // The views of the input may be of the tokenizer's normalised copy: the tree keeps it.
    if (std::unique_ptr<char[]> copy = tokenizer_.take_normalised()) tree_.strings.adopt(std::move(copy));
    return std::move(tree_);
  }

 private:
  Node& current() { return tree_.nodes[open_.back()]; }

  // A token's string as the tree keeps it: the same view when it is of the input, else a copy in
  // the tree's arena (the tokenizer reuses its buffers at the next token).
  std::string_view keep(std::string_view s) {
    if (s.empty()) return {};
    return tokenizer_.in_input(s) ? s : tree_.strings.copy(s);
  }

  // A new last child of `parent`, built in place in the arena (a Node moved in costs as much as
  // making it).
  std::uint32_t append(std::uint32_t parent, Node::Kind kind) {
    auto id = static_cast<std::uint32_t>(tree_.nodes.size());
    Node& node = tree_.nodes.emplace_back();
    node.kind = kind;
    node.parent = parent;
    Node& p = tree_.nodes[parent];
    if (p.last_child == kNoNode) {
      p.first_child = id;
    } else {
      tree_.nodes[p.last_child].next_sibling = id;
    }
    p.last_child = id;
    return id;
  }

  std::uint32_t make_element(std::uint32_t parent, Tag tag, std::string_view name) {
    std::uint32_t id = append(parent, Node::Kind::Element);
    Node& n = tree_.nodes[id];
    n.tag = tag;
    if (tag == Tag::Other) n.name = keep(name);
    return id;
  }

  // Every change to the open elements goes through these three, which keep count of the open <p>s
  // (most block start tags close an open <p>, and when none is open the search down the stack for
  // one is skipped) and tell the tokenizer whether the current node is foreign (CDATA sections are
  // allowed there): told at each change, not after every token.
  void push_open(std::uint32_t id) {
    open_.push_back(id);
    const Node& n = tree_.nodes[id];
    if (n.tag == Tag::P) ++open_p_;
    tokenizer_.set_allow_cdata(n.foreign);
  }

  void pop_open() {
    if (tree_.nodes[open_.back()].tag == Tag::P) --open_p_;
    open_.pop_back();
    tokenizer_.set_allow_cdata(!open_.empty() && current().foreign);
  }

  void truncate_open(std::size_t size) {
    while (open_.size() > size) pop_open();
  }

  void ensure_html() {
    if (tree_.html != kNoNode) return;
    tree_.html = make_element(0, Tag::Html, "html");
    push_open(tree_.html);
  }

  void ensure_head() {
    ensure_html();
    if (tree_.head != kNoNode) return;
    tree_.head = make_element(tree_.html, Tag::Head, "head");
    push_open(tree_.head);
  }

  void ensure_body() {
    ensure_head();
    if (tree_.body != kNoNode) return;
    truncate_open(1);  // back to <html>
    tree_.body = make_element(tree_.html, Tag::Body, "body");
    push_open(tree_.body);
  }

  // A repeated <html> or <body> adds the attributes its element lacks. The element's list is copied
  // to the store's end with them (the old stretch is left unused): few names are kept, so this
  // happens a bounded number of times.
  void merge_attributes(std::uint32_t into, const Token& t) {
    for (const Attribute& a : t.attributes) {
      const Node& n = tree_.nodes[into];
      if (n.attribute(a.name)) continue;
      std::vector<Attribute> merged(n.attributes.begin(), n.attributes.end());
      merged.push_back(a);
      take_attributes(into, merged, n.attribute_names | attribute_name_bit(a.name));
    }
  }

  // Moves a tag's attributes to the end of the tree's last attribute block for element `id`. A list that does not
  // fit the last block starts a new one, twice as large: the lists already placed never move.
  // `names`: the attributes' name bits (Token::attribute_marks, which the filter set to them).
  void take_attributes(std::uint32_t id, std::vector<Attribute>& attrs, std::uint32_t names) {
    if (attrs.empty()) return;
    std::vector<std::vector<Attribute>>& blocks = tree_.attributes;
    if (blocks.back().size() + attrs.size() > blocks.back().capacity()) {
      const std::size_t size = std::max(blocks.back().capacity() * 2, attrs.size());
      blocks.emplace_back().reserve(size);
    }
    std::vector<Attribute>& block = blocks.back();
    Node& n = tree_.nodes[id];
    n.attributes.first = block.data() + block.size();
    n.attributes.count = static_cast<std::uint32_t>(attrs.size());
    n.attribute_names = static_cast<std::uint8_t>(names);
    if (tokenizer_.attributes_in_input()) {
      for (const Attribute& a : attrs) block.push_back(a);  // the usual tag: views of the input
    } else {
      for (const Attribute& a : attrs) block.push_back(Attribute{keep(a.name), keep(a.value)});
    }
    attrs.clear();  // the token keeps its capacity for the next tag
  }

  // Script text is kept only when it is data (JSON-LD metadata, JSON islands): nothing reads
  // program text or style sheets, and on a modern page they are half the bytes.
  static bool keeps_text(const Node& n) {
    if (n.tag == Tag::Style) return false;
    if (n.tag != Tag::Script || n.foreign) return true;
    const std::string_view* type = n.attribute("type");
    if (type == nullptr) return false;
    // In any case ("application/LD+JSON"): MIME types are case-insensitive.
    for (std::size_t at = 0; at + 4 <= type->size(); ++at) {
      if (ascii::iequals_at(*type, at, "json")) return true;
    }
    return false;
  }

  [[gnu::noinline]] void characters(std::string_view data) {
    if (tree_.body == kNoNode) {
      bool in_head_element = !open_.empty() && open_.back() != tree_.head && open_.back() != tree_.html;
      if (!in_head_element) {
        if (all_space(data)) return;
        ensure_body();
      }
    }
    if (open_.empty()) ensure_body();
    std::uint32_t parent = open_.back();
    Node& p = tree_.nodes[parent];
    if (!keeps_text(p)) return;
    if (p.last_child != kNoNode && tree_.nodes[p.last_child].is_text()) {
      // Text split by a comment or a dropped tag: one node, as in a browser, so the pieces join in
      // the arena.
      std::string_view& text = tree_.nodes[p.last_child].text;
      text = tree_.strings.concat(text, data);
      return;
    }
    std::uint32_t id = append(parent, Node::Kind::Text);
    tree_.nodes[id].text = keep(data);
  }

  // Index in open_ of the nearest open element with this tag, searching down to a scope boundary
  // (or `reach` entries); -1 when there is none.
  long find_in_scope(Tag tag, std::string_view name, std::size_t reach = static_cast<std::size_t>(-1),
                     bool stop_at_blocks = false) {
    if (tag == Tag::P && open_p_ == 0) return -1;
    std::size_t seen = 0;
    for (long i = static_cast<long>(open_.size()) - 1; i >= 0 && seen < reach; --i, ++seen) {
      const Node& n = tree_.nodes[open_[static_cast<std::size_t>(i)]];
      bool match = n.tag == tag && (tag != Tag::Other || n.name == name);
      if (match) return i;
      if (is_scope_boundary(n) || n.tag == Tag::Body || n.tag == Tag::Html) return -1;
      if (stop_at_blocks && !is_phrasing(n.tag)) return -1;
    }
    return -1;
  }

  void pop_to(long index) {
    if (index < 0) return;
    truncate_open(static_cast<std::size_t>(index));
  }

  void close_if_open(Tag tag) { pop_to(find_in_scope(tag, "")); }

  // Implied end tags that a start tag triggers.
  void close_implied(Tag tag) {
    if (closes_p(tag)) close_if_open(Tag::P);
    if (is_heading(tag) && is_heading(current().tag)) pop_open();
    switch (tag) {
      case Tag::Li: close_list_item({Tag::Li}); break;
      case Tag::Dt: case Tag::Dd: close_list_item({Tag::Dt, Tag::Dd}); break;
      case Tag::Option: if (current().tag == Tag::Option) pop_open(); break;
      case Tag::Optgroup:
        if (current().tag == Tag::Option) pop_open();
        if (current().tag == Tag::Optgroup) pop_open();
        break;
      case Tag::Tr: close_table_parts({Tag::Tr, Tag::Td, Tag::Th}); break;
      case Tag::Td: case Tag::Th: close_table_parts({Tag::Td, Tag::Th}); break;
      case Tag::Thead: case Tag::Tbody: case Tag::Tfoot:
        close_table_parts({Tag::Tr, Tag::Td, Tag::Th, Tag::Thead, Tag::Tbody, Tag::Tfoot});
        break;
      case Tag::A: pop_to(find_in_scope(Tag::A, "", kPhrasingEndTagReach, true)); break;
      case Tag::Button: close_if_open(Tag::Button); break;
      default: break;
    }
  }

  // An open <li> (or <dt>/<dd>) closes, unless a list or other block lies between it and here:
  // <li><ul><li> nests.
  void close_list_item(std::initializer_list<Tag> items) {
    for (long i = static_cast<long>(open_.size()) - 1; i >= 0; --i) {
      const Node& n = tree_.nodes[open_[static_cast<std::size_t>(i)]];
      if (std::find(items.begin(), items.end(), n.tag) != items.end()) {
        pop_to(i);
        return;
      }
      bool passable = is_phrasing(n.tag) || n.tag == Tag::Div || n.tag == Tag::P || n.tag == Tag::Address;
      if (!passable || n.foreign) return;
    }
  }

  // A new row or cell closes the open one, within its table.
  void close_table_parts(std::initializer_list<Tag> parts) {
    for (long i = static_cast<long>(open_.size()) - 1; i >= 0; --i) {
      const Node& n = tree_.nodes[open_[static_cast<std::size_t>(i)]];
      if (n.tag == Tag::Table || n.tag == Tag::Html || n.tag == Tag::Template) return;
      if (std::find(parts.begin(), parts.end(), n.tag) != parts.end()) {
        // Keep going down: a cell closes, and so must the row if a row was asked for.
        pop_to(i);
      }
    }
  }

  // start_tag, end_tag and characters are kept out of run(): inlined, they made build_tree the
  // largest function V8 optimised while the first pages were read (CMakeLists.txt, warm-up).
  [[gnu::noinline]] void start_tag(Token& t) {
    Tag tag = tag_from_name(t.name);
    if (tag == Tag::Html) {
      ensure_html();
      merge_attributes(tree_.html, t);
      return;
    }
    if (tag == Tag::Body) {
      ensure_body();
      merge_attributes(tree_.body, t);
      return;
    }
    if (tag == Tag::Head) {
      ensure_head();
      return;
    }
    if (tree_.body == kNoNode) {
      if (belongs_in_head(tag)) {
        ensure_head();
        // Back to <head> itself: an unclosed <title> must not swallow the next <meta>.
        while (open_.size() > 2) pop_open();
        if (open_.size() == 1) push_open(tree_.head);  // a <meta> after </head>
      } else {
        ensure_body();
      }
    }

    if (tree_.nodes.size() >= kPhrasingNodeBudget && is_phrasing(tag) && tag != Tag::Other &&
        t.attributes.empty()) {
      // Past the budget, bare inline tags are dropped and their text joins the enclosing block's:
      // a 50 MB page of <b>x</b> stays within memory and reads the same. Tags with attributes
      // stay, since links and hidden spans change what the reader keeps.
      return;
    }
    bool in_foreign = current().foreign && !is_integration_point(current());
    if (in_foreign && breaks_out_of_foreign(tag)) {
      while (open_.size() > 1 && current().foreign && !is_integration_point(current())) pop_open();
      in_foreign = false;
    }
    if (!in_foreign) close_implied(tag);

    std::uint32_t parent = open_.back();
    std::uint32_t id = make_element(parent, in_foreign ? Tag::Other : tag, t.name);
    Node& n = tree_.nodes[id];
    take_attributes(id, t.attributes, t.attribute_marks);
    // In foreign content every element is Other, with its real name (make_element), for the
    // integration points (svg <title>).
    if (in_foreign || tag == Tag::Svg || tag == Tag::Math) n.foreign = true;

    bool self_closed = n.foreign && t.self_closing;
    if (is_void(n.tag) || self_closed) return;
    State raw;
    if (!n.foreign && raw_text_state(tag, raw)) {
      tokenizer_.set_state(raw);
      tokenizer_.set_last_start_tag(t.name);
      tokenizer_.set_discard_text(!keeps_text(n));
    }
    if (open_.size() >= kMaxOpenElements) {
      // Too deep: the element stays a leaf, and what follows attaches to the deepest open one. A
      // raw-text element still needs its end tag to pop nothing.
      return;
    }
    push_open(id);
  }

  [[gnu::noinline]] void end_tag(const Token& t) {
    Tag tag = tag_from_name(t.name);
    if (open_.empty()) return;
    switch (tag) {
      case Tag::Html: case Tag::Body: return;  // content after </body> still belongs to the body
      case Tag::Head:
        if (tree_.body == kNoNode) {
          while (open_.size() > 1) pop_open();  // after </head>, before <body>
        }
        return;
      case Tag::Br: make_element(open_.back(), Tag::Br, "br"); return;  // </br> is <br> in browsers
      default: break;
    }
    if (current().foreign) {
      // Foreign end tags match by name, not by tag.
      for (long i = static_cast<long>(open_.size()) - 1; i >= 0; --i) {
        const Node& n = tree_.nodes[open_[static_cast<std::size_t>(i)]];
        if (!n.foreign) break;
        bool match = (n.tag != Tag::Other && tag_name(n.tag) == t.name) || n.name == t.name;
        if (match) {
          pop_to(i);
          return;
        }
      }
    }
    if (is_heading(tag)) {
      // Any open heading closes at any heading end tag: <h2>…</h3> is common.
      for (long i = static_cast<long>(open_.size()) - 1; i >= 0; --i) {
        const Node& n = tree_.nodes[open_[static_cast<std::size_t>(i)]];
        if (is_heading(n.tag)) {
          pop_to(i);
          return;
        }
        if (is_scope_boundary(n)) return;
      }
      return;
    }
    if (is_table_part(tag)) {
      // Table end tags close the cells and rows inside them ("</table>" from within a cell), but
      // never reach past their own table.
      for (long i = static_cast<long>(open_.size()) - 1; i >= 0; --i) {
        const Node& n = tree_.nodes[open_[static_cast<std::size_t>(i)]];
        if (n.tag == tag && !n.foreign) {
          pop_to(i);
          return;
        }
        if (n.tag == Tag::Table || n.tag == Tag::Html || n.tag == Tag::Template) return;
      }
      return;
    }
    if (is_phrasing(tag)) {
      pop_to(find_in_scope(tag, t.name, kPhrasingEndTagReach, true));
      return;
    }
    pop_to(find_in_scope(tag, t.name));
  }

  Tokenizer tokenizer_;
  Tree tree_;
  std::vector<std::uint32_t> open_;
  std::size_t open_p_ = 0;  // how many of open_ are <p> elements
};

}  // namespace

namespace {

// Apart, so that the usual lookup saves no registers for this loop's call.
[[gnu::noinline]] Tag long_tag_from_name(std::string_view lower_name) {
  for (const TagEntry& e : kTags) {
    if (e.name.size() > kMaxPackedName && e.name == lower_name) return e.tag;
  }
  return Tag::Other;
}

}  // namespace

Tag tag_from_name(std::string_view lower_name) {
  if (lower_name.empty()) return Tag::Other;
  if (lower_name.size() > kMaxPackedName) return long_tag_from_name(lower_name);
  std::uint64_t key = pack_name(lower_name);
  for (std::size_t s = tag_slot(key);; s = (s + 1) % kTagSlots) {
    if (kTagTable.keys[s] == key && kTagTable.sizes[s] == lower_name.size()) return kTagTable.tags[s];
    if (kTagTable.keys[s] == 0) return Tag::Other;
  }
}

std::string_view tag_name(Tag tag) { return kTagNames[static_cast<std::size_t>(tag)]; }

namespace {

// `name`'s bit when it is one of `kept`, else 0. The names are literals, so each bit is a constant:
// the tree builder does not work the bits out from every kept name. Always inlined: as a call, the
// literals' lengths and bits were out of the compiler's sight.
template <typename... Names>
[[gnu::always_inline]] inline std::uint32_t bit_if_among(std::string_view name, Names... kept) {
  std::uint32_t bit = 0;
  ((bit == 0 && name == kept ? bit = attribute_name_bit(kept) : 0), ...);
  return bit;
}

}  // namespace

std::uint32_t is_read_attribute(std::string_view name) {
  // Called for every attribute of a page: the first letter picks the few names to compare.
  if (name.size() < 2) return 0;
  switch (name[0]) {
    case 'a': return bit_if_among(name, "alt", "aria-hidden", "alttext");
    case 'c': return bit_if_among(name, "class", "content", "charset");
    case 'd': return bit_if_among(name, "datetime");
    case 'e': return bit_if_among(name, "encoding");
    case 'h': return bit_if_among(name, "href", "hidden", "http-equiv");
    case 'i': return bit_if_among(name, "id", "itemprop", "itemtype");
    case 'l': return bit_if_among(name, "lang");
    case 'n': return bit_if_among(name, "name");
    case 'p': return bit_if_among(name, "property");
    case 'r': return bit_if_among(name, "rel", "role", "reversed");
    case 's': return bit_if_among(name, "src", "style", "start");
    case 't': return bit_if_among(name, "title", "type");
    default: return 0;
  }
}

const std::string_view* Node::find_attribute(std::string_view attribute_name) const {
  // Readers ask this of most elements: names are compared here, not by a memcmp call per name
  // (slow in the WebAssembly build), and most differ in length or in the first letter.
  const std::size_t size = attribute_name.size();
  for (const Attribute& a : attributes) {
    if (a.name.size() != size) continue;
    const char* name = a.name.data();
    std::size_t i = 0;
    while (i < size && name[i] == attribute_name[i]) ++i;
    if (i == size) return &a.value;
  }
  return nullptr;
}

Tree build_tree(std::string_view utf8_html) { return Builder(utf8_html).run(); }

std::string text_content(const Tree& tree, std::uint32_t root) {
  std::string out;
  for (std::uint32_t i = root; i != kNoNode; i = next_node(tree, i, root)) {
    if (tree.nodes[i].is_text()) out += tree.nodes[i].text;
  }
  return out;
}

}  // namespace pith::html
