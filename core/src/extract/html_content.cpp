#include "extract/html_content.h"

#include <algorithm>


namespace pith::extract {
namespace {

using html::kNoNode;
using html::Node;
using html::Tag;

// Readability's starting score by element type: containers of prose up, lists and headings down.
double tag_base(Tag t) {
  switch (t) {
    case Tag::Div: case Tag::Article: case Tag::Main: return 5;
    case Tag::Pre: case Tag::Td: case Tag::Blockquote: case Tag::Section: return 3;
    case Tag::Address: case Tag::Ol: case Tag::Ul: case Tag::Dl: case Tag::Dd: case Tag::Dt:
    case Tag::Li: case Tag::Form: return -3;
    case Tag::H1: case Tag::H2: case Tag::H3: case Tag::H4: case Tag::H5: case Tag::H6: case Tag::Th:
      return -5;
    default: return 0;
  }
}

// Non-space characters per Readability's 100 characters of text (which counts the spaces).
constexpr double kCharsPer100 = 85;
// A sibling block this long (non-space bytes) and nearly link-free joins the article unscored:
// 400 gained on wcxb's service and product pages but took teaser blocks on aeb's news pages.
constexpr std::uint32_t kLongSibling = 800;
// Readability's weight for a content or furniture name (its class weight).
constexpr double kHintWeight = 25;
// Readability's minimum paragraph: 25 characters.
constexpr std::uint32_t kMinParagraph = 21;

// Furniture by name (comments, sidebars, share bars): its paragraphs vote for no container. The
// page's own content names keep an element in ("article-comments-off" is not a comment box).
// `lenient` is the retry, which keeps out only what stays_out_when_lenient names. A byte an element
// (not std::vector<bool>): the scorer reads every element's on each attempt.
std::vector<std::uint8_t> unlikely_elements(const html::Tree& tree, const std::vector<NodeStats>& stats, bool lenient,
                                            bool comments_out) {
  std::vector<std::uint8_t> out(tree.nodes.size(), 0);
  for (std::size_t i = 1; i < tree.nodes.size(); ++i) {
    const Node& n = tree.nodes[i];
    if (!n.is_element()) continue;  // texts are never asked: they neither vote nor are siblings
    if (n.parent != kNoNode && out[n.parent]) {
      out[i] = true;
      continue;
    }
    if (!n.is_element() || n.tag == Tag::Body || n.tag == Tag::Html || n.tag == Tag::Article ||
        n.tag == Tag::Main || n.tag == Tag::Figcaption) {
      continue;
    }
    const auto& reason = stats[i].furniture;
    out[i] = reason.has_value() && *reason != Reason::Caption && *reason != Reason::Byline &&
             (!lenient || stays_out_when_lenient(stats[i], comments_out));
  }
  return out;
}

std::uint32_t article_body_marker(const html::Tree& tree, const std::vector<NodeStats>& stats) {
  for (std::uint32_t i = 1; i < tree.nodes.size(); ++i) {
    const Node& n = tree.nodes[i];
    // The size first: most elements are let go without reading their attributes.
    if (!n.is_element() || stats[i].invisible || stats[i].chars < 300) continue;
    const std::string_view* prop = n.attribute("itemprop");
    if (prop && *prop == "articleBody") return i;
  }
  return kNoNode;
}

// A discussion thread: the top candidate's markup (same tag, same class) recurs in two or more
// other readable elements close by — each reply is written like the first post. Forums name the
// replies "comment" and the first post alone outscores any one of them, so the thread is the
// children of the nearest ancestor holding the repeats, each whole (author and date included).
// Empty when the top's markup does not recur.
constexpr int kThreadLevels = 4;     // the repeats meet the top this close above it
constexpr double kPostLinks = 0.5;   // teaser cards sharing the markup are mostly link
std::vector<std::uint32_t> repeated_posts(const html::Tree& tree, const std::vector<NodeStats>& stats,
                                          std::uint32_t top) {
  const Node& t = tree.nodes[top];
  const std::string_view* cls = t.attribute("class");
  if (!cls || cls->empty()) return {};
  // above[k]: the top's ancestor k + 1 levels up.
  std::vector<std::uint32_t> above;
  for (std::uint32_t a = t.parent; a != kNoNode && a != 0 && a != tree.body && above.size() < kThreadLevels;
       a = tree.nodes[a].parent) {
    above.push_back(a);
  }
  if (above.empty()) return {};
  std::vector<int> meets(above.size(), 0);
  std::vector<std::uint32_t> repeats;
  std::vector<std::size_t> repeat_level;
  for (std::uint32_t i = 1; i < tree.nodes.size(); ++i) {
    const Node& n = tree.nodes[i];
    if (i == top || !n.is_element() || n.tag != t.tag || stats[i].invisible) continue;
    // A post says something (the scorer's shortest paragraph); layout rows holding a heading
    // or an ad slot do not.
    if (stats[i].chars < kMinParagraph || link_density(stats[i]) >= kPostLinks) continue;
    const auto& furniture = stats[i].furniture;
    if (furniture && *furniture != Reason::Comments) continue;
    const std::string_view* c = n.attribute("class");
    if (!c || *c != *cls) continue;
    std::uint32_t a = n.parent;
    for (int up = 0; up < kThreadLevels + 1 && a != kNoNode; ++up, a = tree.nodes[a].parent) {
      auto it = std::find(above.begin(), above.end(), a);
      if (it != above.end()) {
        auto level = static_cast<std::size_t>(it - above.begin());
        ++meets[level];
        repeats.push_back(i);
        repeat_level.push_back(level);
        break;
      }
    }
  }
  int seen = 0;
  std::size_t level = above.size();
  for (std::size_t l = 0; l < above.size(); ++l) {
    seen += meets[l];
    if (seen >= 2) {
      level = l;
      break;
    }
  }
  if (level == above.size()) return {};
  std::uint32_t holder = above[level];
  std::vector<std::uint32_t> posts{top};
  for (std::size_t k = 0; k < repeats.size(); ++k) {
    if (repeat_level[k] <= level) posts.push_back(repeats[k]);
  }
  // Each post is read with the holder's child around it, whole (author and date lines, headings
  // between posts); where that child groups several posts (a "replies" section) whose wrappers are
  // named like furniture ("comment"), from the post's own wrapper (the largest element around it
  // holding no other post), so that the wrapper is a root, read whole, not furniture in a root.
  std::vector<std::uint32_t> holds(tree.nodes.size(), 0);
  for (std::uint32_t p : posts) {
    for (std::uint32_t a = p; a != holder; a = tree.nodes[a].parent) ++holds[a];
  }
  // Per post: its own wrapper, and the holder's child around it; a child with a furniture-named
  // element between it and one of its posts is read post by post.
  std::vector<std::uint32_t> wrappers, children;
  std::vector<bool> split(tree.nodes.size(), false);
  for (std::uint32_t p : posts) {
    std::uint32_t w = p;
    while (tree.nodes[w].parent != holder && holds[tree.nodes[w].parent] == 1) w = tree.nodes[w].parent;
    std::uint32_t c = w;
    bool named_out = false;
    while (tree.nodes[c].parent != holder) {
      named_out = named_out || stats[c].furniture.has_value();
      c = tree.nodes[c].parent;
    }
    if (named_out) split[c] = true;
    wrappers.push_back(w);
    children.push_back(c);
  }
  std::vector<std::uint32_t> out;
  for (std::size_t k = 0; k < posts.size(); ++k) out.push_back(split[children[k]] ? wrappers[k] : children[k]);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// The page's headline is in the subtree.
bool holds_h1(const html::Tree& tree, std::uint32_t root) {
  for (std::uint32_t i = root; i != kNoNode; i = html::next_node(tree, i, root)) {
    if (tree.nodes[i].tag == Tag::H1) return true;
  }
  return false;
}

}  // namespace

// Not inlined into read_html, which runs once a page and so is never worth optimising; this walk is
// (CMakeLists.txt, warm-up).
[[gnu::noinline]] std::vector<std::uint32_t> choose_content(const html::Tree& tree,
                                                            const std::vector<NodeStats>& stats,
                                                            const ContentRules& rules) {
  if (std::uint32_t marker = article_body_marker(tree, stats); marker != kNoNode) {
    if (std::vector<std::uint32_t> thread = repeated_posts(tree, stats, marker); !thread.empty()) return thread;
    return {marker};
  }

  std::size_t n = tree.nodes.size();
  std::vector<std::uint8_t> unlikely = unlikely_elements(tree, stats, !rules.skip_unlikely, rules.comments_out);
  std::vector<double> score(n, 0);
  std::vector<std::uint8_t> scored(n, 0);
  // Some paragraph other than a heading voted for the element. A heading's text scores as a paragraph
  // (a short post's title lifts the post's box over the sidebar's), but a box only the <h1> voted for
  // holds no text of the story: a headline in a content-named box ("entry-header",
  // "post-title-wrapper") won on its name alone, the story's paragraphs joined it as siblings, and
  // the subheadings and quotes between them were dropped. Only the <h1>'s box: a box of <h2>s
  // (a featured-articles header) that wins leads to the page's content often enough.
  std::vector<std::uint8_t> prose(n, 0);
  // The scored elements, a few hundred of a page's thousands: the passes below go over these alone.
  std::vector<std::uint32_t> candidates;
  for (std::uint32_t i = 1; i < n; ++i) {
    const Node& node = tree.nodes[i];
    const NodeStats& s = stats[i];
    if (!node.is_element() || s.invisible || unlikely[i]) continue;
    std::uint32_t len = 0;
    std::uint32_t first = node.parent;
    if (node.tag == Tag::P || node.tag == Tag::Pre || (node.tag == Tag::Td && !s.has_block)) {
      len = s.chars;
    } else if (!is_block(node.tag) || node.tag == Tag::Li) {
      continue;
    } else {
      // Text written straight into a container (<div>text<br><br>text</div>) is a paragraph of it.
      len = s.direct_chars;
      first = i;
    }
    if (len < kMinParagraph) continue;
    // A consent banner named like nothing in particular is still not the article: its paragraphs
    // vote for no container.
    if (s.consent) continue;
    const bool heading = node.tag >= Tag::H1 && node.tag <= Tag::H6;
    double value = 1 + s.commas + std::min(static_cast<double>(len) / kCharsPer100, 3.0);
    std::uint32_t a = first;
    for (int level = 0; level < 5 && a != kNoNode && a != 0; ++level, a = tree.nodes[a].parent) {
      if (!scored[a]) {
        scored[a] = 1;
        candidates.push_back(a);
        score[a] = tag_base(tree.nodes[a].tag) + (rules.weigh_hints ? kHintWeight * stats[a].hint : 0);
      }
      if (!heading) prose[a] = 1;
      double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
      score[a] += value / divider;
    }
  }
  // In the page's order, as a pass over every element takes them: of equal scores the first wins.
  std::sort(candidates.begin(), candidates.end());
  std::uint32_t top = kNoNode;
  for (std::uint32_t i : candidates) {
    score[i] *= 1 - link_density(stats[i]);
    if (top == kNoNode || score[i] > score[top]) top = i;
  }
  // A headline's box that won as top holds no text of the story: the story is the nearest element
  // around it that paragraphs voted for (see `prose`).
  if (top != kNoNode && !prose[top] && holds_h1(tree, top)) {
    for (std::uint32_t a = tree.nodes[top].parent; a != kNoNode && a != 0 && a != tree.body; a = tree.nodes[a].parent) {
      if (prose[a]) { top = a; break; }
    }
  }
  if (top == kNoNode) return tree.body == kNoNode ? std::vector<std::uint32_t>{} : std::vector<std::uint32_t>{tree.body};

  // Several near-equal candidates under one ancestor: the article is split into sibling parts
  // (page builders' sections, listings), and the ancestor holds them all (Readability's
  // alternative-candidate rule: three of the next four within 75% of the top score).
  {
    std::vector<std::uint32_t> best;
    for (std::uint32_t i : candidates) {
      if (i == top) continue;
      best.push_back(i);
      std::sort(best.begin(), best.end(), [&](std::uint32_t a, std::uint32_t b) { return score[a] > score[b]; });
      if (best.size() > 4) best.pop_back();
    }
    std::vector<std::uint32_t> alternatives;
    for (std::uint32_t c : best) {
      if (score[c] < 0.75 * score[top]) continue;
      alternatives.push_back(c);
    }
    if (alternatives.size() >= 3) {
      std::vector<std::uint8_t> shared(n, 0);
      for (std::uint32_t c : alternatives) {
        for (std::uint32_t a = tree.nodes[c].parent; a != kNoNode; a = tree.nodes[a].parent) ++shared[a];
      }
      for (std::uint32_t p = tree.nodes[top].parent; p != kNoNode && p != tree.body && p != 0; p = tree.nodes[p].parent) {
        if (shared[p] >= 3) {
          top = p;
          break;
        }
      }
    }
  }

  // A parent that scores higher than the top candidate holds more of the article (Readability's
  // climb for pages that split the story into several sibling containers).
  double last = score[top];
  double floor = last / 3;
  for (std::uint32_t p = tree.nodes[top].parent; p != kNoNode && p != tree.body && p != 0; p = tree.nodes[p].parent) {
    if (!scored[p]) continue;
    if (score[p] < floor) break;
    if (score[p] > last) {
      top = p;
      break;
    }
    last = score[p];
  }
  // A wrapper with one child is the same content.
  while (tree.nodes[top].parent != kNoNode && tree.nodes[top].parent != tree.body) {
    const Node& parent = tree.nodes[tree.nodes[top].parent];
    std::uint32_t only = kNoNode;
    int elements = 0;
    for (std::uint32_t c = parent.first_child; c != kNoNode; c = tree.nodes[c].next_sibling) {
      if (tree.nodes[c].is_element()) { ++elements; only = c; }
      else if (stats[c].chars > 0) elements += 2;
    }
    if (elements != 1 || only != top || parent.tag == Tag::Html || tree.nodes[top].parent == 0) break;
    top = tree.nodes[top].parent;
  }

  if (std::vector<std::uint32_t> thread = repeated_posts(tree, stats, top); !thread.empty()) return thread;

  std::uint32_t parent = tree.nodes[top].parent;
  if (parent == kNoNode || parent == 0) return {top};
  double threshold = std::max(10.0, score[top] * 0.2);
  const std::string_view* top_class = tree.nodes[top].attribute("class");
  std::vector<std::uint32_t> out;
  for (std::uint32_t c = tree.nodes[parent].first_child; c != kNoNode; c = tree.nodes[c].next_sibling) {
    const Node& sib = tree.nodes[c];
    const NodeStats& s = stats[c];
    bool take = c == top;
    if (!take && sib.is_element() && !s.invisible && !unlikely[c]) {
      double bonus = 0;
      const std::string_view* cls = sib.attribute("class");
      if (top_class && cls && !cls->empty() && *cls == *top_class) bonus = score[top] * 0.2;
      if (scored[c] && score[c] + bonus >= threshold) {
        take = true;
      } else if (sib.tag == Tag::P) {
        double ld = link_density(s);
        take = (s.chars > 68 && ld < 0.25) || (s.chars > 0 && s.chars <= 68 && ld == 0);
      } else if (is_block(sib.tag) && s.chars >= kLongSibling && link_density(s) < 0.1 && s.hint >= 0) {
        // A long, link-free sibling block continues the article even when its paragraphs were too
        // short to score (lists of steps, spec tables, Q&A blocks).
        take = true;
      }
    }
    if (take) out.push_back(c);
  }
  return out;
}

}  // namespace pith::extract
