#include "extract/html_blocks.h"

#include <algorithm>

#include "extract/bylines.h"
#include "extract/credits.h"
#include "extract/code_quotes.h"
#include "extract/edit_links.h"
#include "extract/line_shape.h"
#include "extract/link_lists.h"
#include "html/ascii.h"
#include "html/visibility.h"
#include "text/normalize.h"
#include "text/utf8.h"

namespace pith::extract {
namespace {

using html::kNoNode;
using html::Node;
using html::Tag;

// One compare for the bytes of words, which are most of them.
bool is_space(char c) {
  constexpr std::uint64_t kSpaces = 1ull << ' ' | 1ull << '\n' | 1ull << '\t' | 1ull << '\f' | 1ull << '\r';
  auto u = static_cast<unsigned char>(c);
  return u <= ' ' && ((kSpaces >> u) & 1) != 0;
}

bool is_heading(Tag t) { return t >= Tag::H1 && t <= Tag::H6; }

// Text a reader copies rather than reads: code, keyboard input, a program's output, and the old
// teletype tag that docs generators still write for code. <var> is left out: it names a variable in
// prose or maths ("<var>n</var> items"), never a string to copy.
bool is_inline_code(const Node& n) {
  return n.tag == Tag::Code || n.tag == Tag::Tt || (n.tag == Tag::Other && (n.name == "kbd" || n.name == "samp"));
}

// Whitespace collapses as CSS `white-space: normal` has it, across text nodes, in the
// normalize_spaces that every block and removed text goes through: it makes each run of whitespace
// one space, so a text is copied as it is rather than collapsed twice, and the indentation between
// tags (a text with no visible byte, as compute_stats counts them) is one space.
void append_for_normalizing(std::string& out, std::string_view text, const NodeStats& s) {
  if (s.chars > 0 || s.invisible) {
    out.append(text);
  } else if (!text.empty() && !out.empty() && out.back() != ' ') {
    out.push_back(' ');
  }
}

// Code keeps its lines; each is cleaned, and blank lines at either end go.
std::string clean_code(std::string_view raw) {
  std::string out;
  std::size_t start = 0;
  while (start <= raw.size()) {
    std::size_t end = raw.find('\n', start);
    if (end == std::string_view::npos) end = raw.size();
    std::string_view line = raw.substr(start, end - start);
    while (!line.empty() && is_space(line.back())) line.remove_suffix(1);
    out.append(line);
    out.push_back('\n');
    start = end + 1;
  }
  std::size_t first = out.find_first_not_of('\n');
  if (first == std::string::npos) return "";
  std::size_t last = out.find_last_not_of('\n');
  return out.substr(first, last - first + 1);
}

// A table whose first row holds a header cell (<th>) is a table of data, and a column of links in it
// is data too: a docs page's table of targets with a link to each platform's page was removed as
// "related links". A table of links with no header row is still a menu laid out as a table. Only
// the first few children of the table and of its first row group are looked at, so nested tables
// cost no more than their own rows.
constexpr int kRowSearch = 8;
bool heads_columns(const html::Tree& tree, std::uint32_t table) {
  std::uint32_t row = kNoNode;
  int seen = 0;
  for (std::uint32_t c = tree[table].first_child; c != kNoNode && row == kNoNode && seen < kRowSearch;
       c = tree[c].next_sibling) {
    if (!tree[c].is_element()) continue;
    ++seen;
    Tag t = tree[c].tag;
    if (t == Tag::Tr) {
      row = c;
    } else if (t == Tag::Thead || t == Tag::Tbody || t == Tag::Tfoot) {
      int inner = 0;
      for (std::uint32_t r = tree[c].first_child; r != kNoNode && inner < kRowSearch; r = tree[r].next_sibling) {
        if (!tree[r].is_element()) continue;
        ++inner;
        if (tree[r].tag == Tag::Tr) {
          row = r;
          break;
        }
      }
    }
  }
  if (row == kNoNode) return false;
  for (std::uint32_t cell = tree[row].first_child; cell != kNoNode; cell = tree[cell].next_sibling) {
    if (tree[cell].is_element() && tree[cell].tag == Tag::Th) return true;
  }
  return false;
}

// The number an <ol>'s first item shows: its start attribute, read as browsers read an integer
// (spaces, a sign, digits; anything else is no start), else 1, or the count of its items when it
// counts down. Held to a billion either way, so counting on cannot overflow.
int ordered_list_start(const html::Tree& tree, std::uint32_t ol, bool reversed) {
  constexpr long kLimit = 1000000000;
  if (const std::string_view* start = tree[ol].attribute("start")) {
    std::size_t at = 0;
    while (at < start->size() && is_space((*start)[at])) ++at;
    const bool negative = at < start->size() && (*start)[at] == '-';
    if (at < start->size() && ((*start)[at] == '-' || (*start)[at] == '+')) ++at;
    long value = 0;
    std::size_t digits = 0;
    for (; at < start->size() && (*start)[at] >= '0' && (*start)[at] <= '9'; ++at, ++digits) {
      value = std::min(kLimit, value * 10 + ((*start)[at] - '0'));
    }
    if (digits > 0) return static_cast<int>(negative ? -value : value);
  }
  if (!reversed) return 1;
  int items = 0;
  for (std::uint32_t c = tree[ol].first_child; c != kNoNode; c = tree[c].next_sibling) {
    if (tree[c].is(Tag::Li) && items < kLimit) ++items;
  }
  return items;
}

bool is_table_part(Tag t) { return t == Tag::Thead || t == Tag::Tbody || t == Tag::Tfoot || t == Tag::Tr; }

// What a wrapper holds when it holds one element and nothing else, a few wrappers deep at most, down
// to a paragraph or a table; kNoNode otherwise. The wrapper reads as that element.
std::uint32_t wrapped_element(const html::Tree& tree, const std::vector<NodeStats>& stats, std::uint32_t i) {
  constexpr int kMaxWrappers = 3;
  for (int depth = 0; depth < kMaxWrappers; ++depth) {
    std::uint32_t only = kNoNode;
    for (std::uint32_t c = tree[i].first_child; c != kNoNode; c = tree[c].next_sibling) {
      if (tree[c].is_element() && !stats[c].invisible && stats[c].chars > 0) {
        if (only != kNoNode) return kNoNode;
        only = c;
      } else if (tree[c].is_text() && stats[c].chars > 0) {
        return kNoNode;
      }
    }
    if (only == kNoNode) return kNoNode;
    i = only;
    if (tree[i].tag == Tag::Table || tree[i].tag == Tag::P) return i;
  }
  return kNoNode;
}

// A wrapper around one data table (heads_columns) reads as the table, which is no list of links:
// docs themes put every table in a scrolling box (mdBook's "table-wrapper", Bootstrap's
// "table-responsive"), and the box, mostly links when the table's cells are, was removed as related
// links before the table was reached. So does a definition (<dd>) around one paragraph: cargo's
// option descriptions are sentences that are mostly a link ("Remove as a <a>development
// dependency</a>."). Other wrappers around a linked paragraph stay links ("Read our full review").
bool wraps_text(const html::Tree& tree, const std::vector<NodeStats>& stats, std::uint32_t i) {
  std::uint32_t inner = wrapped_element(tree, stats, i);
  if (inner == kNoNode) return false;
  if (tree[inner].tag == Tag::P) return tree[i].tag == Tag::Dd;
  return stats[i].link_chars < stats[i].chars && heads_columns(tree, inner);
}


// A quote written as a sentence is text however much of it is a link: a pull quote that is one
// linked sentence, a quoted tweet (its words, a picture link, its author and the date linking to
// it). `i` is a <blockquote> or inside one, with a link or two; its text up to its last sentence's
// stop (a tweet goes on after it with its author and date) must be prose. A quote that is only
// another story's headline (no stop) stays a link.
bool quotes_prose(const html::Tree& tree, const std::vector<NodeStats>& stats, std::uint32_t i) {
  constexpr std::uint32_t kMaxLinks = 2;
  // A pull quote or a quoted post is a few sentences; past this the quote is not read for one.
  // Each element of a quote is asked, and reading a long one at every level of a deep nest was
  // quadratic (500 nested <div>s round an 800 KB link took 18 s).
  constexpr std::uint32_t kQuoteChars = 2000;
  if (stats[i].links > kMaxLinks || stats[i].chars > kQuoteChars) return false;
  std::string text = visible_text(tree, stats, i);
  for (std::size_t end = text.size(); end > 0;) {
    std::string_view sentence(text.data(), end);
    if (text::is_sentence_stop(text::last_before_closers(sentence))) return is_prose(shape_of(sentence));
    end = text.rfind(' ', end - 1);
    if (end == std::string::npos) break;
  }
  return false;
}

// The byte ends a word or a sentence: a link right after it is a new item (visible_text).
bool ends_word(char c) {
  return html::ascii::is_alpha(c) || text::is_digit(static_cast<unsigned char>(c)) || c == ')' || c == '.' || c == ',' ||
         c == '!' || c == '?';
}

// One to a few symbols and nothing else (an emoji with its joiners and variation selectors): every
// code point from U+2000 on (punctuation, arrows, pictographs) and no letter ("写真", a Japanese
// alt text, describes a picture).
bool is_symbol_text(std::string_view s) {
  constexpr std::size_t kMaxBytes = 32;
  if (s.empty() || s.size() > kMaxBytes) return false;
  for (std::size_t i = 0; i < s.size();) {
    const char32_t cp = text::next_code_point(s, i);
    if (cp < 0x2000 || text::is_letter(cp)) return false;
  }
  return true;
}

bool same_text(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x + 32);
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y + 32);
    if (x != y) return false;
  }
  return true;
}

// Pre-order walk calling enter(i) → descend? and leave(i) for elements entered and descended,
// with no recursion.
template <class Enter, class Leave>
void walk(const html::Tree& tree, std::uint32_t root, Enter enter, Leave leave) {
  std::uint32_t i = root;
  while (true) {
    bool descend = enter(i);
    if (descend && tree[i].first_child != kNoNode) {
      i = tree[i].first_child;
      continue;
    }
    if (descend) leave(i);
    while (i != root && tree[i].next_sibling == kNoNode) {
      i = tree[i].parent;
      leave(i);
    }
    if (i == root) return;
    i = tree[i].next_sibling;
  }
}

// A formula's text, as its page writes it for readers that do not draw MathML: the <math>'s alttext,
// else the TeX of its annotation (MediaWiki gives both), without MediaWiki's "{\displaystyle …}"
// wrapper. Empty when the page gives neither. A formula read as nothing had left sentences broken
// ("for a right triangle with legs and and hypotenuse , the areas satisfy").
std::string formula_text(const html::Tree& tree, std::uint32_t math) {
  std::string tex;
  if (const std::string_view* alt = tree[math].attribute("alttext")) tex = std::string(*alt);
  for (std::uint32_t i = math; tex.empty() && i != kNoNode; i = html::next_node(tree, i, math)) {
    const Node& n = tree[i];
    const std::string_view* encoding = n.is_element() && n.name == "annotation" ? n.attribute("encoding") : nullptr;
    if (encoding && *encoding == "application/x-tex") tex = html::text_content(tree, i);
  }
  tex = text::normalize_spaces(tex);
  for (std::string_view style : {"{\\displaystyle ", "{\\textstyle "}) {
    if (tex.size() > style.size() && tex.compare(0, style.size(), style) == 0 && tex.back() == '}') {
      tex = text::normalize_spaces(tex.substr(style.size(), tex.size() - style.size() - 1));
    }
  }
  return tex;
}

// The page hides the element itself (a MathML formula beside its picture, aria-hidden beside its text).
bool hidden_by_page(const Node& n) {
  const std::string_view* aria = n.attribute("aria-hidden");
  const std::string_view* style = n.attribute("style");
  return n.attribute("hidden") || (aria && html::ascii::iequals(*aria, "true")) || (style && html::style_hides(*style));
}

// A screen-reader-only part (html::names_visually_hidden) that a reader view leaves out: one inside
// a link or button ("city announced (opens in a new tab) in a statement"), or a short one beside the
// words ("the studio, link to external site on the second floor", "Rated 4 out of 5" for stars drawn
// as an icon). Longer ones, and those in headings, stay: some sites give a section's real heading or
// the headline itself only to screen readers. Left out as the blocks are written, not counted out of
// the page's text: the container choice is as before (counted out, a product page's rating line
// changed which part was read).
constexpr std::size_t kScreenReaderAside = 60;  // bytes: a phrase, not a paragraph
bool screen_reader_aside(const html::Tree& tree, std::uint32_t i) {
  for (std::uint32_t a = tree[i].parent; a != html::kNoNode; a = tree[a].parent) {
    const Tag t = tree[a].tag;
    if (t == Tag::A || t == Tag::Button) return true;
    if (t >= Tag::H1 && t <= Tag::H6) return false;
    if (is_block(t)) break;
  }
  return html::text_content(tree, i).size() <= kScreenReaderAside;
}


// Hidden parts can hold a page's worth of text (off-canvas menus, closed dialogs); what is shown as
// removed of one is cut here, at a character boundary, and marked as cut.
constexpr std::size_t kHiddenTextCap = 4096;

// `a` and `b` open with the same two words, case aside (a headline and its shortened form).
bool same_opening_words(std::string_view a, std::string_view b) {
  constexpr int kWords = 2;
  std::size_t i = 0;
  int words = 0;
  while (i < a.size() && i < b.size() && html::ascii::lower(a[i]) == html::ascii::lower(b[i])) {
    if (a[i] == ' ' && ++words == kWords) return true;
    ++i;
  }
  // Both end or part a word here: "Senate passes" and "Senate passes sweeping …".
  const bool a_ends = i == a.size() || a[i] == ' ';
  const bool b_ends = i == b.size() || b[i] == ' ';
  return words == kWords - 1 && a_ends && b_ends;
}

std::string capped(std::string text) {
  if (text.size() <= kHiddenTextCap) return text;
  std::size_t cut = kHiddenTextCap;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not mid-character
  text.resize(cut);
  text += "\xE2\x80\xA6";  // …
  return text;
}

// The text of a part the page hides, as removed text.
std::string hidden_part_text(const html::Tree& tree, std::uint32_t i) {
  return capped(text::normalize_spaces(html::text_content(tree, i)));
}

// The hidden parts inside `root` (a dropdown menu inside a <nav>, a collapsed panel inside a
// footer), which the root's visible text leaves out: when the root is removed they are removed
// with it, and said so, rather than vanishing from the account. Scripts and styles are not text.
std::string hidden_text_inside(const html::Tree& tree, const std::vector<NodeStats>& stats, std::uint32_t root) {
  std::string out;
  walk(tree, root,
       [&](std::uint32_t i) {
         if (i == root) return true;
         // Only a part that hides text below it (compute_stats marks the way up) can hold one.
         if (!stats[i].invisible || !tree[i].is_element()) return out.size() < kHiddenTextCap && stats[i].hides_text;
         auto r = html::invisible_reason(tree[i]);
         if (r && *r != Reason::Script) {
           std::string t = hidden_part_text(tree, i);
           if (!t.empty()) {
             if (!out.empty()) out.push_back(' ');
             out += t;
           }
         }
         return false;
       },
       [](std::uint32_t) {});
  return capped(std::move(out));
}

// Written in capitals: at least a dozen ASCII letters and no lower-case one (other scripts'
// letters are not asked about). For in-story headline links (removal_reason).
constexpr std::uint32_t kShoutedLink = 20;
bool in_capitals(std::string_view text) {
  int upper = 0;
  for (char c : text) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++upper;
  }
  return upper >= 12;
}

// A link to the heading it sits in, shown as one mark after or before its words: Sphinx's "¶",
// Node's "#", rustdoc's "§", Hugo's "🔗". It is a control, not the title's text ("Startup¶").
// Only in headings, definition terms and captions: in running text a lone "#" may be a reference.
bool is_heading_anchor(const html::Tree& tree, const std::vector<NodeStats>& stats, std::uint32_t i) {
  const Node& a = tree[i];
  constexpr std::uint32_t kMarkBytes = 4;  // one mark, as UTF-8
  if (!a.is(Tag::A) || stats[i].chars == 0 || stats[i].chars > kMarkBytes) return false;
  const std::string_view* href = a.attribute("href");
  if (!href || href->empty() || (*href)[0] != '#') return false;
  std::string mark = text::normalize_spaces(html::text_content(tree, i));
  static constexpr std::string_view kMarks[] = {"#", "\xC2\xB6", "\xC2\xA7", "\xF0\x9F\x94\x97", "\xE2\x9A\x93"};
  if (std::find(std::begin(kMarks), std::end(kMarks), mark) == std::end(kMarks)) return false;
  std::uint32_t p = a.parent;
  for (int up = 0; up < 3 && p != kNoNode; ++up, p = tree[p].parent) {
    Tag t = tree[p].tag;
    if (is_heading(t) || t == Tag::Dt || t == Tag::Caption || t == Tag::Figcaption || t == Tag::Summary) return true;
  }
  return false;
}

// A wiki section's edit link inside its heading ("History[edit]", MediaWiki before 2024 and many
// wikis still): removed with the heading kept. After the heading it is a block of its own, which
// its wording removes (furniture_phrase).
bool is_heading_edit_link(const html::Tree& tree, const std::vector<NodeStats>& stats, std::uint32_t i) {
  constexpr std::uint32_t kLongest = 40;  // "[ modifier | modifier le code ]", as edit_link_suffix
  const Node& n = tree[i];
  if (n.parent == kNoNode || !is_heading(tree[n.parent].tag) || stats[i].chars == 0 || stats[i].chars > kLongest) {
    return false;
  }
  bool link = false;
  walk(tree, i, [&](std::uint32_t j) { link = link || tree[j].is(Tag::A); return !link; }, [](std::uint32_t) {});
  return link && is_edit_link(visible_text(tree, stats, i));
}

// MediaWiki's heading since 2024: <div class="mw-heading"><h2>Geschichte</h2><span>[<a>Bearbeiten</a> |
// <a>Quelltext bearbeiten</a>]</span></div>. Two edit links outweigh the heading's one word, and the
// wrapper, heading and all, was removed as a list of links.
bool heading_beside_edit_link(const html::Tree& tree, const std::vector<NodeStats>& stats, std::uint32_t i) {
  constexpr std::uint32_t kLongest = 300;  // a heading and its links
  if (stats[i].chars > kLongest) return false;
  bool heading = false;
  std::string rest;
  for (std::uint32_t c = tree[i].first_child; c != kNoNode; c = tree[c].next_sibling) {
    if (stats[c].chars == 0 || stats[c].invisible) continue;
    if (!heading && tree[c].is_element() && is_heading(tree[c].tag)) {
      heading = true;
      continue;
    }
    if (!heading) return false;  // the heading comes first
    rest += tree[c].is_text() ? std::string(tree[c].text) : visible_text(tree, stats, c);
  }
  return heading && is_edit_link(text::normalize_spaces(rest));
}

class BlockWriter {
 public:
  BlockWriter(const html::Tree& tree, const std::vector<NodeStats>& stats, const ContentRules& rules,
              BlockVerdicts& verdicts, Document& doc, std::vector<CodeQuotes>& code)
      : tree_(tree), stats_(stats), rules_(rules), verdicts_(verdicts), doc_(doc), code_(code) {}

  std::size_t scripts = 0;

  void write(std::uint32_t root) {
    root_ = root;
    walk(tree_, root, [&](std::uint32_t i) { return enter(i); }, [&](std::uint32_t i) { leave(i); });
    flush();
  }

 private:
  struct Context {
    std::uint32_t node;
    Tag tag;
    bool data_table = false;  // a <table> whose first row holds a header cell (heads_columns)
    // An <ol>: the number its next shown item takes, and the step (-1 when reversed).
    int next = 0;
    int step = 0;
    // An <li> of an <ol>: that list's place in contexts_, until the item's first block takes its
    // number (a second paragraph of the item is not numbered again).
    std::size_t list = kUnnumbered;
  };
  static constexpr std::size_t kUnnumbered = static_cast<std::size_t>(-1);

  // The context to push for block element i: an ordered list with its first number, an item with
  // its list.
  Context context_for(std::uint32_t i, const Node& n) const {
    Context c{i, n.tag, n.tag == Tag::Table && heads_columns(tree_, i)};
    if (n.tag == Tag::Ol) {
      c.step = n.attribute("reversed") ? -1 : 1;
      c.next = ordered_list_start(tree_, i, c.step < 0);
    } else if (n.tag == Tag::Li) {
      for (std::size_t k = contexts_.size(); k-- > 0;) {
        const Tag t = contexts_[k].tag;
        if (t == Tag::Ol) c.list = k;
        if (t == Tag::Ol || t == Tag::Ul || t == Tag::Menu || t == Tag::Dir) break;
      }
    }
    return c;
  }

  // The number of the list item the next block stands in, when it is the item's first block in an
  // ordered list. Items the reading leaves out (a hidden one, an ad between steps) take no number,
  // so the steps shown count on without a gap.
  std::optional<int> take_number() {
    for (auto it = contexts_.rbegin(); it != contexts_.rend(); ++it) {
      if (it->tag != Tag::Li && it->tag != Tag::Dd && it->tag != Tag::Dt) continue;
      if (it->list == kUnnumbered) return std::nullopt;
      Context& list = contexts_[it->list];
      it->list = kUnnumbered;
      const int number = list.next;
      list.next += list.step;
      return number;
    }
    return std::nullopt;
  }

  // Element i is a data table, or a row group or row of the innermost table around it, which is one.
  bool in_data_table(std::uint32_t i) const {
    Tag t = tree_[i].tag;
    if (t == Tag::Table) return heads_columns(tree_, i);
    if (!is_table_part(t)) return false;
    for (auto it = contexts_.rbegin(); it != contexts_.rend(); ++it) {
      if (it->tag == Tag::Table) return it->data_table;
    }
    return false;
  }

  // A list of links right after a label that names more stories ("More:", "Don't miss", "More
  // Great WIRED Stories") is those stories: the label went by its wording, and the list, each item
  // half headline link and half plain words, was read as the article's last list. `shown` is the
  // last node with visible text entered before the list; its ancestor beside the list is the label.
  // (Climbing from it costs at most the depth of that sibling's subtree, which no other list climbs.)
  bool follows_related_label(std::uint32_t list, std::uint32_t shown) {
    constexpr std::uint32_t kLabelChars = 60;
    const std::uint32_t parent = tree_[list].parent;
    // The parent itself: the list opens its parent's text, with no label before it.
    if (shown == parent) return false;
    while (shown != kNoNode && tree_[shown].parent != parent) shown = tree_[shown].parent;
    if (shown == kNoNode || !tree_[shown].is_element() || stats_[shown].chars > kLabelChars) return false;
    std::string label = visible_text(tree_, stats_, shown);
    // Not "See also": on a docs page the list under it is pages of the same manual, which readers
    // (and the wcxb-dev gold) keep; the label alone goes, as before.
    if (html::ascii::iequals_at(label, 0, "see also")) return false;
    const BlockVerdict& v = verdicts_(label);
    return v.kind == BlockVerdict::Kind::Furniture && v.furniture == Reason::Related;
  }

  // A list the story's own sentence introduces: the paragraph just before it, written as the
  // reading's last block, ends with a colon ("The six shortlisted novels are:"), and the list's items
  // are what the sentence names, however much each is a link. Menus and teaser lists stand under no
  // sentence of the story; a label naming more stories ("More:", "Related stories:") is no sentence
  // (kIntroWords) and was removed as furniture before it became a block.
  // `shown` is the last node with visible text entered before the list.
  bool introduced_by_sentence(std::uint32_t list, std::uint32_t shown) const {
    constexpr std::size_t kIntroWords = 4;
    if (doc_.blocks.empty() || shown == kNoNode || tree_[list].parent == kNoNode) return false;
    // The element just before the list, with nothing shown between.
    std::uint32_t prev = kNoNode;
    for (std::uint32_t c = tree_[tree_[list].parent].first_child; c != list; c = tree_[c].next_sibling) {
      if (tree_[c].is_element() || stats_[c].chars > 0) prev = c;
    }
    if (prev == kNoNode || !tree_[prev].is(Tag::P) || stats_[prev].link_chars > 0 || !html::within(tree_, shown, prev)) {
      return false;
    }
    const std::string& last = doc_.blocks.back().text;
    return !last.empty() && last.back() == ':' && text::count_words(last) >= kIntroWords;
  }

  // Taking element `n` out ends the paragraph it stands in, unless it is a part inside a sentence:
  // a hidden <math> beside its image, an aria-hidden icon or a "Copy" <button> had cut "For small
  // angles the period is" from ", where L is…". An element of unknown name counts as a block: custom
  // elements (<ad-slot>, <share-bar>) usually stand alone. An inline part still parts the words
  // beside it: radio buttons between their labels had read "Crystal ClearBlue Topaz".
  void set_apart(const Node& n, const NodeStats& s) {
    if (is_block(n.tag) || s.has_block || n.tag == Tag::Other) {
      flush();
    } else if (pre_depth_ == 0 && !buf_.empty() && buf_.back() != ' ') {
      buf_.push_back(' ');
    }
  }

  void remove(std::string text, Reason reason) {
    if (text.empty()) return;
    doc_.removed.push_back({std::move(text), reason, doc_.blocks.size()});
  }

  // Why an element of the reading is removed whole, or nothing: its name, as the rules take names,
  // or its shape (a list of links, a kicker).
  std::optional<Reason> removal_reason(std::uint32_t i, const Node& n, const NodeStats& s, std::uint32_t before) {
    std::optional<Reason> reason = s.furniture;
    // The lenient retry keeps furniture-named parts, except captions, what stays out of it
    // everywhere, and a short element named a byline: a short story read leniently kept "Por María
    // García" as its first paragraph and lost its byline (a wrapper named so stays in).
    constexpr std::uint32_t kBylineChars = 100;
    const bool named_byline = reason == Reason::Byline && s.chars <= kBylineChars;
    if (!rules_.skip_unlikely && reason && *reason != Reason::Caption && !named_byline &&
        !stays_out_when_lenient(s, rules_.comments_out)) {
      reason.reset();
    }
    // A link-dense block is removed unless it is data (a table with a header row, or a wrapper around
    // one), a written list (items_open_with_names) or inside a main that is an index (main_is_index).
    if (!reason && rules_.drop_link_lists && is_link_list(tree_, stats_, i) && !(in_data_table(i) && s.link_chars < s.chars) &&
        !((n.tag == Tag::Ul || n.tag == Tag::Ol) && introduced_by_sentence(i, before)) &&
        !wraps_text(tree_, stats_, i) && !items_open_with_names(tree_, stats_, i) &&
        !heading_beside_edit_link(tree_, stats_, i) &&
        !((n.tag == Tag::Blockquote || in_context(Tag::Blockquote)) && quotes_prose(tree_, stats_, i)) &&
        !(rules_.index_main != kNoNode && html::within(tree_, i, rules_.index_main))) {
      reason = n.tag == Tag::Ul || n.tag == Tag::Ol ? Reason::Navigation : Reason::Related;
    }
    if (!reason && (n.tag == Tag::Ul || n.tag == Tag::Ol) && s.links >= 2 && s.link_chars * 3 >= s.chars &&
        follows_related_label(i, before)) {
      reason = Reason::Related;
    }
    // A paragraph that is one link written in capitals, inside the story: another story's headline
    // ("CO-FOUNDER 'PROUD' OF ... DREAM", "READ MORE: ..."), set between the paragraphs. Not in a
    // quote (a pull quote in capitals), and not a sentence: headlines end without a full stop.
    if (!reason && n.tag == Tag::P && s.links == 1 && s.link_chars == s.chars && s.chars >= kShoutedLink &&
        !in_context(Tag::Blockquote)) {
      std::string text = visible_text(tree_, stats_, i);
      if (in_capitals(text) && text.back() != '.') reason = Reason::Related;
    }
    // A kicker above the headline: a short paragraph that is nothing but a link to a section
    // ("<p class=kicker><a href=/news/local>Local News</a></p>"), before any article text.
    if (!reason && doc_.blocks.empty() && n.tag == Tag::P && s.chars > 0 && s.chars <= 40 &&
        s.link_chars == s.chars) {
      reason = Reason::Navigation;
    }
    return reason;
  }

  bool enter(std::uint32_t i) {
    const Node& n = tree_[i];
    const std::uint32_t before = last_shown_;
    if (stats_[i].chars > 0) last_shown_ = i;
    if (n.is_text()) {
      if (pre_depth_ > 0) {
        buf_.append(n.text);
      } else {
        append_for_normalizing(buf_, n.text, stats_[i]);
      }
      if (stats_[i].chars > 0) after_break_ = false;
      return false;
    }
    if (!n.is_element()) return true;
    const NodeStats& s = stats_[i];
    if (i != root_) {
      if (s.invisible && html::is_ruby_annotation(n)) return false;
      if (s.chars > 0 && html::names_visually_hidden(n) && screen_reader_aside(tree_, i)) {
        set_apart(n, s);
        remove(visible_text(tree_, stats_, i), Reason::Hidden);
        return false;
      }
      if (n.tag == Tag::Math && pre_depth_ == 0 && !hidden_by_page(n)) {
        if (std::string tex = formula_text(tree_, i); !tex.empty()) {
          buf_ += tex;
          return false;
        }
      }
      // Only an element compute_stats found invisible can have a reason: the rest are not asked.
      if (auto r = s.invisible ? html::invisible_reason(n) : std::nullopt) {
        if (*r == Reason::Script) {
          ++scripts;
        } else {
          set_apart(n, s);
          remove(hidden_part_text(tree_, i), *r);  // invisible, but its text is shown as removed
        }
        return false;
      }
      if (is_heading_anchor(tree_, stats_, i) || is_heading_edit_link(tree_, stats_, i)) {
        remove(visible_text(tree_, stats_, i), Reason::Navigation);
        return false;
      }
      if (std::optional<Reason> reason = removal_reason(i, n, s, before)) {
        set_apart(n, s);
        // An element with no visible byte (an icon, an empty wrapper) reads as nothing.
        std::string text = s.chars > 0 ? visible_text(tree_, stats_, i) : std::string();
        // A byline box may hold only the date ("Published Sep 12, 2023, updated Jan 3, 2024").
        if (*reason == Reason::Byline) reason = take_meta_line(text, true, doc_);
        if (*reason == Reason::Caption && doc_.image_credit.empty()) doc_.image_credit = credit_in_caption(text);
        remove(std::move(text), *reason);
        if (s.hides_text) remove(hidden_text_inside(tree_, stats_, i), Reason::Hidden);
        return false;
      }
    }
    if (is_inline_code(n) && code_depth_++ == 0) code_from_ = buf_.size();
    switch (n.tag) {
      case Tag::Br:
        if (pre_depth_ > 0) {
          buf_.push_back('\n');
        } else if (after_break_) {
          flush();  // <br><br>: the paragraph break of pages without <p>
        } else {
          buf_.push_back(' ');
          after_break_ = true;
        }
        return false;
      case Tag::Hr: flush(); return false;
      case Tag::Img:
        // An emoji drawn as an image (WordPress's and Twitter's emoji images) is the character its
        // alt text gives: "We loved it 😀" had lost it. Only symbols: a picture's description is no
        // part of the sentence it stands beside.
        if (const std::string_view* alt = n.attribute("alt"); alt && pre_depth_ == 0 && is_symbol_text(*alt)) {
          buf_.append(*alt);
        }
        return false;
      case Tag::Code:
        // Two <code> elements side by side in one <pre> are two listings (the Node.js docs give
        // each example as an ES module and in CommonJS, one shown at a time): a line apart, not
        // run together ("// Prints: €const {").
        if (pre_depth_ > 0 && buf_.size() == code_end_ && !buf_.empty() && buf_.back() != '\n') {
          buf_.push_back('\n');
        }
        break;
      case Tag::Td: case Tag::Th:
        if (!s.has_block && row_open()) {
          if (row_cells_ > 0) buf_.append(" | ");
          ++row_cells_;
          return true;
        }
        break;
      default: break;
    }
    if (is_block(n.tag) || n.tag == Tag::Tr) {
      flush();
      contexts_.push_back(context_for(i, n));
      if (n.tag == Tag::Pre || n.tag == Tag::Listing) ++pre_depth_;
      if (n.tag == Tag::Tr) row_cells_ = 0;
    }
    return true;
  }

  void leave(std::uint32_t i) {
    if (code_depth_ > 0 && is_inline_code(tree_[i]) && --code_depth_ == 0) close_code();
    if (pre_depth_ > 0 && tree_[i].tag == Tag::Code) code_end_ = buf_.size();
    if (contexts_.empty() || contexts_.back().node != i) return;
    flush();
    if (contexts_.back().tag == Tag::Pre || contexts_.back().tag == Tag::Listing) --pre_depth_;
    contexts_.pop_back();
  }

  // The inline code open since code_from_ ends here, in buf_.
  void close_code() {
    if (buf_.size() > code_from_) code_in_buf_.push_back({code_from_, buf_.size()});
  }

  bool in_context(Tag t) const {
    for (const Context& c : contexts_) {
      if (c.tag == t) return true;
    }
    return false;
  }

  bool row_open() const {
    for (auto it = contexts_.rbegin(); it != contexts_.rend(); ++it) {
      if (it->tag == Tag::Tr) return true;
      if (it->tag == Tag::Table) return false;
    }
    return false;
  }

  Block kind_here() const {
    Block b;
    for (auto it = contexts_.rbegin(); it != contexts_.rend(); ++it) {
      switch (it->tag) {
        case Tag::Pre: case Tag::Listing: b.kind = BlockKind::Code; return b;
        case Tag::Li: case Tag::Dd: case Tag::Dt: b.kind = BlockKind::ListItem; return b;
        case Tag::Blockquote: b.kind = BlockKind::Quote; return b;
        case Tag::H1: case Tag::H2: case Tag::H3: case Tag::H4: case Tag::H5: case Tag::H6:
          b.kind = BlockKind::Heading;
          b.level = static_cast<int>(it->tag) - static_cast<int>(Tag::H1) + 1;
          return b;
        default: break;
      }
    }
    return b;
  }

  void flush() {
    after_break_ = false;
    code_end_ = std::string::npos;
    // Inline code running on past the block (a <br><br> inside it) goes on from the next one's start.
    if (code_depth_ > 0) close_code();
    code_from_ = 0;
    if (buf_.empty()) return;
    Block b = kind_here();
    b.text = b.kind == BlockKind::Code ? clean_code(buf_) : text::normalize_spaces(buf_);
    std::vector<text::ByteRange> code_marks;
    if (!code_in_buf_.empty()) {
      // A listing is kept as written whole (finish_quotes): only inline code needs its marks found.
      if (b.kind != BlockKind::Code) code_marks = code_quote_marks(buf_, code_in_buf_, b.text);
      code_in_buf_.clear();
    }
    buf_.clear();
    if (b.text.empty()) return;
    if (b.kind == BlockKind::Code) {
      doc_.blocks.push_back(std::move(b));
      return;
    }
    // A page with no <title> or og:title still has its headline: the first <h1> before the text.
    bool untitled_h1 = doc_.title.empty() && b.kind == BlockKind::Heading && b.level == 1 && doc_.blocks.empty();
    // A page title that gives the headline shortened for search ("Senate passes water bill | The
    // Daily Ledger" over <h1>Senate passes sweeping water-rights bill after months of gridlock</h1>):
    // the <h1> that opens the text and starts as the title does is the headline, shown once, whole.
    bool fuller_h1 = rules_.title_from_tag && b.kind == BlockKind::Heading && b.level == 1 && doc_.blocks.empty() &&
                     !doc_.title.empty() &&
                     b.text.size() > doc_.title.size() && same_opening_words(b.text, doc_.title);
    if (b.kind == BlockKind::Heading && !title_seen_ && (is_headline(b.text) || untitled_h1 || fuller_h1)) {
      title_seen_ = true;
      if (doc_.title.empty() || fuller_h1) doc_.title = b.text;
      remove(std::move(b.text), Reason::Title);
      return;
    }
    const BlockVerdict& v = verdicts_(b.text);
    switch (v.kind) {
      case BlockVerdict::Kind::Furniture:
        remove(std::move(b.text), v.furniture);
        return;
      case BlockVerdict::Kind::Date:
        if (doc_.published.empty()) doc_.published = v.date;
        remove(std::move(b.text), Reason::Date);
        return;
      case BlockVerdict::Kind::Byline:
        take_byline(v.byline, doc_);
        remove(std::move(b.text), Reason::Byline);
        return;
      case BlockVerdict::Kind::PhotoCredit:
        if (doc_.image_credit.empty()) doc_.image_credit = b.text;
        remove(std::move(b.text), Reason::PhotoCredit);
        return;
      case BlockVerdict::Kind::Text:
        break;
    }
    if (!code_marks.empty()) code_.push_back({doc_.blocks.size(), std::move(code_marks)});
    if (b.kind == BlockKind::ListItem) b.number = take_number();
    doc_.blocks.push_back(std::move(b));
  }

  // The page's headline repeated in the body: the title itself, or — before any article text —
  // a heading that the title contains or that contains it ("Budget passes" under the title
  // "Budget passes | The Daily Planet", or og:title shortened from the <h1>).
  bool is_headline(std::string_view heading) const {
    if (same_text(heading, doc_.title)) return true;
    if (!doc_.blocks.empty() || doc_.title.empty() || heading.size() < 8) return false;
    std::string h = text::ascii_lower(heading);
    std::string t = text::ascii_lower(doc_.title);
    return h.find(t) != std::string::npos || t.find(h) != std::string::npos;
  }

  const html::Tree& tree_;
  const std::vector<NodeStats>& stats_;
  const ContentRules& rules_;
  BlockVerdicts& verdicts_;
  std::uint32_t last_shown_ = kNoNode;  // the last node entered with visible text (follows_related_label)
  Document& doc_;
  std::vector<CodeQuotes>& code_;
  std::uint32_t root_ = kNoNode;
  std::string buf_;
  int code_depth_ = 0;                       // inline code elements open around the walk
  std::size_t code_from_ = 0;                // buf_'s size where the outermost of them began
  std::vector<text::ByteRange> code_in_buf_;  // the inline code closed in buf_ so far
  std::vector<Context> contexts_;
  int pre_depth_ = 0;
  std::size_t code_end_ = std::string::npos;  // buf_'s size where a <code> inside a <pre> ended
  int row_cells_ = 0;
  bool after_break_ = false;
  bool title_seen_ = false;
};

}  // namespace

std::string visible_text(const html::Tree& tree, const std::vector<NodeStats>& stats, std::uint32_t root) {
  // Room for the visible bytes and about a space a word, taken once rather than grown a text at a
  // time: every removed part of a page is written out here.
  std::string out;
  out.reserve(stats[root].chars + stats[root].chars / 4);
  walk(tree, root,
       [&](std::uint32_t i) {
         const Node& n = tree[i];
         if (n.is_text()) {
           append_for_normalizing(out, n.text, stats[i]);
           return false;
         }
         if (stats[i].invisible && i != root) return false;
         if (is_block(n.tag) || n.tag == Tag::Br || n.tag == Tag::Td || n.tag == Tag::Th) {
           if (!out.empty() && out.back() != ' ') out.push_back(' ');
         } else if ((n.tag == Tag::A || n.tag == Tag::Button) && !out.empty() && ends_word(out.back())) {
           // Links and buttons right after a word are a menu's items or a bar's buttons, which the
           // page's style sets apart: "<a>Help</a><a>Status</a>" read "HelpStatus". After "[" or "/"
           // they run on: "[<a>edit</a>]".
           out.push_back(' ');
         }
         return true;
       },
       // A block ends its line too: "<nav>…Pricing</nav><a>Sign in</a>" read "PricingSign in".
       [&](std::uint32_t i) {
         if (is_block(tree[i].tag) && !out.empty() && out.back() != ' ') out.push_back(' ');
       });
  return text::normalize_spaces(out);
}

std::size_t write_blocks(const html::Tree& tree, const std::vector<NodeStats>& stats,
                         const std::vector<std::uint32_t>& roots, const ContentRules& rules, BlockVerdicts& verdicts,
                         Document& doc, std::vector<CodeQuotes>& code, std::vector<std::size_t>& root_ends) {
  BlockWriter writer(tree, stats, rules, verdicts, doc, code);
  for (std::uint32_t root : roots) {
    writer.write(root);
    root_ends.push_back(doc.blocks.size());
  }
  return writer.scripts;
}

// Not inlined: the WebAssembly build keeps the reader's stages as separate functions, which V8
// optimises sooner and with less memory than one large one (CMakeLists.txt, BINARYEN_EXTRA_PASSES).
[[gnu::noinline]] std::size_t write_removed_outside(const html::Tree& tree, const std::vector<NodeStats>& stats,
                                  const std::vector<std::uint32_t>& roots, const std::vector<std::size_t>& root_ends,
                                  Document& doc) {
  if (tree.body == kNoNode) return 0;
  std::vector<bool> on_path(tree.nodes.size(), false);
  // Each chosen element's place in `roots`, plus one; 0 for the rest.
  std::vector<std::uint32_t> chosen(tree.nodes.size(), 0);
  for (std::uint32_t k = 0; k < roots.size(); ++k) {
    const std::uint32_t r = roots[k];
    chosen[r] = k + 1;
    for (std::uint32_t a = tree[r].parent; a != kNoNode && !on_path[a]; a = tree[a].parent) on_path[a] = true;
  }
  std::size_t scripts = 0;
  std::size_t position = 0;
  auto remove = [&](std::string text, Reason reason) {
    if (!text.empty()) doc.removed.push_back({std::move(text), reason, position});
  };
  walk(tree, tree.body,
       [&](std::uint32_t i) {
         const Node& n = tree[i];
         if (chosen[i]) {
           // What follows a chosen element stood after its blocks: a byline or a lead photo's caption
           // between the headline's box and the story's paragraphs goes back there when restored, not
           // after the story's last paragraph.
           position = std::max(position, root_ends[chosen[i] - 1]);
           return false;
         }
         if (n.is_text()) {
           // Most text between the page's elements is indentation: counted as no visible byte, it
           // normalises to nothing.
           if (stats[i].chars == 0 && !stats[i].invisible) return false;
           remove(text::normalize_spaces(n.text), Reason::Boilerplate);
           return false;
         }
         if (i == tree.body) return true;
         if (auto r = stats[i].invisible ? html::invisible_reason(n) : std::nullopt) {
           if (*r == Reason::Script) ++scripts;
           else remove(hidden_part_text(tree, i), *r);
           return false;
         }
         if (on_path[i]) return true;
         const NodeStats& s = stats[i];
         if (!s.furniture && s.has_block) return true;
         // An element with no visible byte (an icon, an empty wrapper, a rule) reads as nothing.
         if (s.chars > 0) {
           std::string text = visible_text(tree, stats, i);
           Reason reason = s.furniture ? *s.furniture : Reason::Boilerplate;
           // The byline and dateline beside an article whose text alone was chosen are the article's:
           // above it, or within the element that holds it ("<article><h1>…<p>Par A et B<div
           // class=content>…"); not a line standing in the page's body after it.
           if (!s.furniture && (position == 0 || n.parent != tree.body)) {
             reason = take_meta_line(text, false, doc).value_or(reason);
           } else if (reason == Reason::Byline) {
             reason = take_meta_line(text, true, doc).value_or(reason);  // a byline box beside the text
           }
           if (reason == Reason::Caption && doc.image_credit.empty()) doc.image_credit = credit_in_caption(text);
           // The headline above the chosen text (a live page's <h1> over its stream of posts) is the
           // title, shown above the article, not the page's boilerplate.
           if (!s.furniture && is_heading(n.tag) && same_text(text, doc.title)) reason = Reason::Title;
           remove(std::move(text), reason);
         }
         if (s.hides_text) remove(hidden_text_inside(tree, stats, i), Reason::Hidden);
         return false;
       },
       [](std::uint32_t) {});
  return scripts;
}

}  // namespace pith::extract
