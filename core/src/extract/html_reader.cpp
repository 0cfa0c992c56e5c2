#include "extract/html_reader.h"

#include <algorithm>
#include <optional>
#include <string>

#include "extract/html_blocks.h"
#include "extract/html_content.h"
#include "extract/html_grid.h"
#include "extract/html_metadata.h"
#include "extract/html_stats.h"
#include "extract/link_lists.h"
#include "html/tree.h"
#include "nlp/stop_words.h"
#include "text/lines.h"
#include "text/normalize.h"

namespace pith::extract {
namespace {

// The helpers read_html calls in a loop, or once on a rare page, are kept out of it: read_html runs
// once a page, so alone it never becomes hot enough for V8 to optimise, while each loop here is
// optimised as its own small function (see CMakeLists.txt on warm-up).
[[gnu::noinline]] std::size_t block_chars(const Document& doc) {
  std::size_t n = 0;
  for (const Block& b : doc.blocks) n += b.text.size();
  return n;
}

// One reading of the page: what write_blocks gave for `roots`. Its parts travel together, so a
// better reading replaces the best one whole.
struct Reading {
  Document doc;
  std::vector<CodeQuotes> code;  // quote marks of the blocks' inline code
  std::vector<std::uint32_t> roots;
  std::vector<std::size_t> root_ends;  // doc.blocks' size after each root's blocks
  std::size_t scripts = 0;  // script, style and embedded elements met
};

// The page read from `roots` under `rules`, onto a copy of `doc` (its metadata).
Reading read_roots(const html::Tree& tree, const std::vector<NodeStats>& stats, std::vector<std::uint32_t> roots,
                   const ContentRules& rules, BlockVerdicts& verdicts, const Document& doc) {
  Reading r{doc, {}, std::move(roots), {}, 0};
  r.scripts = write_blocks(tree, stats, r.roots, rules, verdicts, r.doc, r.code, r.root_ends);
  return r;
}

// JSON-LD articleBody: the publisher's own copy of the text, for pages whose markup hides the
// story from the scorer (text rendered by script, or split into many small containers). Used only
// when the markup gave less than half of it.
constexpr std::size_t kMinLdBody = 500;

// The publisher's copy of the text replaces the blocks, and holds no markup to mark code with.
void use_article_body(std::string_view body, Reading& reading) {
  Document& doc = reading.doc;
  for (Block& b : doc.blocks) doc.removed.push_back({std::move(b.text), Reason::Boilerplate, 0});
  doc.blocks.clear();
  for (std::string_view line : text::split_lines(body)) {
    std::string clean = text::normalize_spaces(line);
    if (!clean.empty()) doc.blocks.push_back({BlockKind::Paragraph, std::move(clean), 0, std::nullopt});
  }
  reading.code.clear();
}

// A shop page whose description is filled in by script: the reading (a sign-up box, the size
// picker) does not hold the Product description's opening and is no longer than twice it, so the
// description is the page's text. Descriptions written as markup ("<p><strong>…") are read as
// markup first: their text, a line per block, never their tags.
constexpr std::size_t kMinProductText = 200;  // a product's description: a paragraph or two
constexpr std::size_t kProductLead = 40;
[[gnu::noinline]] std::string markup_text(std::string_view markup) {
  html::Tree tree = html::build_tree(markup);
  std::string out;
  for (std::uint32_t i = tree.body; i != html::kNoNode; i = html::next_node(tree, i, tree.body)) {
    const html::Node& n = tree[i];
    if (n.is_text()) out += n.text;
    else if (n.is_element() && (is_block(n.tag) || n.tag == html::Tag::Br)) out += '\n';
  }
  return out;
}

[[gnu::noinline]] bool missing_product_text(const std::string& description, const Document& doc) {
  if (description.size() < kMinProductText) return false;
  if (block_chars(doc) >= 2 * description.size()) return false;
  // The opening line, as a block would hold it.
  std::string_view text = description;
  while (!text.empty() && (text.front() == '\n' || text.front() == ' ')) text.remove_prefix(1);
  std::string_view first = text.substr(0, text.find('\n'));
  std::string lead = text::normalize_spaces(first.substr(0, 4 * kProductLead)).substr(0, kProductLead);
  for (const Block& b : doc.blocks) {
    if (b.text.find(lead) != std::string::npos) return false;
  }
  return true;
}

// The element is an <article> or inside one.
bool in_article(const html::Tree& tree, std::uint32_t node) {
  for (std::uint32_t a = node; a != html::kNoNode; a = tree[a].parent) {
    if (tree[a].tag == html::Tag::Article) return true;
  }
  return false;
}

// The reading inside one of the items is a story in a list of stories (a short news item among
// the latest headlines); the reading holding the items has them already.
[[gnu::noinline]] bool overlaps(const html::Tree& tree, const std::vector<std::uint32_t>& items,
                                const std::vector<std::uint32_t>& roots) {
  if (roots.empty()) return false;
  std::uint32_t parent = tree[items.front()].parent;
  for (std::uint32_t r : roots) {
    if (html::within(tree, r, parent) || html::within(tree, parent, r)) return true;
  }
  return false;
}

// The first visible <main> or role=main element.
[[gnu::noinline]] std::uint32_t main_element(const html::Tree& tree, const std::vector<NodeStats>& stats) {
  for (std::uint32_t i = 1; i < tree.nodes.size(); ++i) {
    const html::Node& n = tree[i];
    // Only an element holding a main can be one: the rest are let go without reading attributes.
    if (!n.is_element() || stats[i].invisible || !stats[i].holds_main) continue;
    const std::string_view* role = n.attribute("role");
    if (n.tag == html::Tag::Main || (role && *role == "main")) return i;
  }
  return html::kNoNode;
}

// A page that does not say its language (no <html lang>, no content-language) is given the one its
// text shows, as a plain-text paste of it is (nlp::detect_language, which answers only when sure).
// The detector reads a few hundred words; the blocks are taken up to about that many.
[[gnu::noinline]] std::string language_of_blocks(const Document& doc) {
  constexpr std::size_t kEnoughBytes = 8192;
  std::string text;
  for (const Block& b : doc.blocks) {
    if (text.size() >= kEnoughBytes) break;
    if (b.kind == BlockKind::Code) continue;  // keywords of a program are no language's words
    text += b.text;
    text += '\n';
  }
  return std::string(nlp::language_tag(nlp::detect_language(text)));
}

// The entries this reading added, in page order.
[[gnu::noinline]] void order_removed(std::vector<Removed>& removed, std::size_t first) {
  std::stable_sort(removed.begin() + static_cast<std::ptrdiff_t>(first), removed.end(),
                   [](const Removed& a, const Removed& b) { return a.position < b.position; });
}

}  // namespace

std::vector<CodeQuotes> read_html(std::string_view html, std::string_view page_url, Document& doc) {
  html::Tree tree = html::build_tree(html);
  HtmlMetadata meta = read_metadata(tree, page_url);
  std::vector<NodeStats> stats = compute_stats(tree, meta.product, meta.discussion);
  doc.title = meta.title;
  doc.byline = meta.byline;
  doc.authors = meta.authors;
  doc.canonical_url = meta.canonical_url;
  doc.image_url = meta.image_url;
  doc.published = meta.published;
  doc.site_name = meta.site_name;
  doc.language = meta.language;

  // Readability's retries: strict first; when that yields less than a short article, loosen one
  // rule at a time and keep the longest reading.
  constexpr std::size_t kEnoughText = 500;
  constexpr std::size_t kShortPost = 200;
  // The page's own <main> (or role=main); when it is an index, its lists of links are kept in every
  // reading (main_is_index).
  const std::uint32_t main = main_element(tree, stats);
  ContentRules rules;
  if (main_is_index(tree, stats, main)) rules.index_main = main;
  rules.title_from_tag = meta.title_from_tag;
  BlockVerdicts verdicts;
  Reading best;
  ContentRules best_rules;  // the retries' rules that gave `best`, for the readings tried after
  for (int attempt = 0; attempt < 4; ++attempt) {
    if (attempt == 1) {
      rules.skip_unlikely = false;
      // A short post keeps its comment thread out; a page whose text is all "comments" is a
      // forum thread, and the thread is the content.
      rules.comments_out = block_chars(best.doc) >= kShortPost;
    }
    if (attempt == 2) rules.weigh_hints = false;
    if (attempt == 3) rules.drop_link_lists = false;
    Reading trial = read_roots(tree, stats, choose_content(tree, stats, rules), rules, verdicts, doc);
    if (attempt == 0 || 2 * block_chars(trial.doc) > 3 * block_chars(best.doc)) {
      best = std::move(trial);
      best_rules = rules;
    }
    if (block_chars(best.doc) >= kEnoughText) break;
  }
  // A second reading replaces the first when it holds `gain` (in halves: 3 is half as much text
  // again) times as much.
  constexpr std::size_t kHalfAgain = 3;
  auto prefer_longer = [&](std::vector<std::uint32_t> roots, const ContentRules& with, std::size_t gain) {
    Reading trial = read_roots(tree, stats, std::move(roots), with, verdicts, doc);
    if (2 * block_chars(trial.doc) > gain * block_chars(best.doc)) best = std::move(trial);
  };
  // The page's own <main> around the reading: a page built of sections (service and landing pages,
  // recipes, guides) where the scorer picked one.
  if (main != html::kNoNode) {
    bool inside = !best.roots.empty();
    for (std::uint32_t r : best.roots) inside = inside && r != main && html::within(tree, r, main);
    // The scorer took several of main's own parts and left the rest: a docs page's sections (the
    // Node.js API pages: an introduction, then a <section> a class or function) score unevenly, as
    // code and signatures full of type links earn little, and a third of buffer.html was read as
    // boilerplate. The page says main is its content and the scorer agreed on its parts, so main is
    // read whole whenever it holds more visible text than the parts taken. Three parts at least: a
    // story and its standfirst are two parts of a news page's main, whose other parts are teasers.
    constexpr std::size_t kMinParts = 3;
    bool parts_of_main = best.roots.size() >= kMinParts;
    std::size_t parts_chars = 0;
    for (std::uint32_t r : best.roots) {
      parts_of_main = parts_of_main && tree[r].parent == main;
      parts_chars += stats[r].chars;
    }
    // A reading shorter than a short article, beside the page's main rather than in it, is the
    // scorer settling for a popup or a box: a docs page's keyboard-help dialog was read instead
    // of its main's one-line stub. The page's main is then the reading, if it holds a quarter as
    // much text: a streamed page's main holds only "Loading…" until script moves the story in. A
    // long reading outside main stays, and so does one in an <article>, however short: some news
    // pages wrap only a key-points box or the headline and deck in <main>.
    bool outside = !best.roots.empty() && block_chars(best.doc) < kEnoughText &&
                   4 * std::size_t{stats[main].chars} >= block_chars(best.doc);
    for (std::uint32_t r : best.roots) {
      outside = outside && !html::within(tree, r, main) && !html::within(tree, main, r) && !in_article(tree, r);
    }
    // The cases exclude each other (main's parts and a reading inside main are not beside it), so
    // main is read once at most, with the case's bar in halves.
    constexpr std::size_t kAnyGain = 2;  // any more text at all
    constexpr std::size_t kAnyText = 0;  // any text: the reading beside main is not the content
    std::optional<std::size_t> gain;
    if (parts_of_main && stats[main].chars > parts_chars) {
      gain = kAnyGain;
    } else if (inside && stats[main].chars > block_chars(best.doc)) {
      // Main's visible letters bound what its reading can hold (about one space per word on top):
      // a main no larger than the reading cannot give half as much again, and is not written out.
      gain = kHalfAgain;
    } else if (outside) {
      gain = kAnyText;
    }
    if (gain) prefer_longer({main}, best_rules, *gain);
  }
  // A page with no <main> to climb to, whose body (less its named furniture) holds three times the
  // reading: a landing or service page of many short sections, where the scorer picked one. The
  // bar is higher than main's: around a short news story, the body adds teaser lists and "top
  // stories" that at half as much again would pass.
  constexpr std::size_t kBodyGain = 6;  // in halves: three times
  if (main == html::kNoNode && tree.body != html::kNoNode && !best.roots.empty() &&
      stats[tree.body].chars > 2 * block_chars(best.doc)) {
    bool inside = true;
    for (std::uint32_t r : best.roots) inside = inside && r != tree.body;
    if (inside) prefer_longer({tree.body}, best_rules, kBodyGain);
  }
  // A short reading on a page built of like items (a category page, search results) is the
  // scorer settling for the page's only prose; the items are the content when they hold clearly
  // more text. Item names are links and item parts carry badge and promo names, so neither
  // link lists nor furniture names are dropped inside them.
  constexpr std::size_t kShortReading = 1500;
  if (block_chars(best.doc) < kShortReading) {
    std::vector<std::uint32_t> grid = item_grid(tree, stats);
    // The body's reading holds every grid; the grid is weighed against it all the same.
    bool body_read = best.roots.size() == 1 && best.roots.front() == tree.body;
    // On a page that marks its main content, items beside main are a menu: a docs page's list of
    // modules, each a link, outgrew its two-line main.
    bool beside_main = !grid.empty() && main != html::kNoNode && !html::within(tree, grid.front(), main);
    if (!grid.empty() && !beside_main && (body_read || !overlaps(tree, grid, best.roots))) {
      ContentRules grid_rules;
      grid_rules.skip_unlikely = false;
      grid_rules.drop_link_lists = false;
      prefer_longer(std::move(grid), grid_rules, kHalfAgain);
    }
  }
  // The rest of the page is listed once, for the reading kept.
  best.scripts += write_removed_outside(tree, stats, best.roots, best.root_ends, best.doc);
  if (meta.article_body.size() >= kMinLdBody && block_chars(best.doc) * 2 < meta.article_body.size()) {
    use_article_body(meta.article_body, best);
  } else if (std::string product = meta.product_description.find('<') == std::string::npos
                                        ? meta.product_description
                                        : markup_text(meta.product_description);
             missing_product_text(product, best.doc)) {
    use_article_body(product, best);
  }
  if (best.scripts > 0) {
    best.doc.removed.push_back(
        {std::to_string(best.scripts) + " script, style or embedded elements", Reason::Script, 0});
  }
  if (best.doc.language.empty()) best.doc.language = language_of_blocks(best.doc);
  order_removed(best.doc.removed, doc.removed.size());
  doc = std::move(best.doc);
  return std::move(best.code);
}

}  // namespace pith::extract
