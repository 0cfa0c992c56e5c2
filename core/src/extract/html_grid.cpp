#include "extract/html_grid.h"

#include <string>

namespace pith::extract {
namespace {

using html::kNoNode;
using html::Node;

// Four like items make a grid; three are as often a page's columns or a menu's groups.
constexpr std::uint32_t kMinItems = 4;
// An item names a thing and says something about it (a title and a price, a role and a place):
// single-word items are icons, menus and filters.
constexpr std::uint32_t kMinItemChars = 20;

bool same_kind(const Node& a, const Node& b) {
  if (a.tag != b.tag || a.name != b.name) return false;
  const std::string_view* ca = a.attribute("class");
  const std::string_view* cb = b.attribute("class");
  if (!ca || !cb) return ca == cb;
  return *ca == *cb;
}

}  // namespace

// Not inlined: the WebAssembly build keeps the reader's stages as separate functions, which V8
// optimises sooner and with less memory than one large one (CMakeLists.txt, BINARYEN_EXTRA_PASSES).
[[gnu::noinline]] std::vector<std::uint32_t> item_grid(const html::Tree& tree, const std::vector<NodeStats>& stats) {
  std::size_t n = tree.nodes.size();
  // Menus, footers and sidebars are grids too; the content grid is outside them.
  std::vector<bool> furniture(n, false);
  for (std::uint32_t i = 1; i < n; ++i) {
    const Node& node = tree.nodes[i];
    bool inherited = node.parent != kNoNode && furniture[node.parent];
    const auto& reason = stats[i].furniture;
    furniture[i] = inherited || stats[i].invisible ||
                   (reason && *reason != Reason::Caption && *reason != Reason::Byline);
  }
  std::uint32_t best_first = kNoNode;
  std::uint32_t best_count = 0;
  std::uint64_t best_chars = 0;
  for (std::uint32_t p = 1; p < n; ++p) {
    if (!tree.nodes[p].is_element() || furniture[p] || stats[p].chars == 0) continue;
    std::uint32_t first = kNoNode;
    std::uint32_t count = 0;
    std::uint64_t chars = 0;
    auto close_run = [&]() {
      if (count >= kMinItems && chars >= std::uint64_t{kMinItemChars} * count && chars > best_chars) {
        best_first = first;
        best_count = count;
        best_chars = chars;
      }
    };
    for (std::uint32_t c = tree.nodes[p].first_child; c != kNoNode; c = tree.nodes[c].next_sibling) {
      const Node& node = tree.nodes[c];
      // Whitespace, comments and hidden elements between items do not end the run.
      if (!node.is_element()) {
        if (stats[c].chars == 0) continue;
      } else if (stats[c].invisible) {
        continue;
      } else if (!furniture[c] && first != kNoNode && same_kind(tree.nodes[first], node)) {
        ++count;
        chars += stats[c].chars;
        continue;
      }
      close_run();
      first = kNoNode;
      count = 0;
      chars = 0;
      if (node.is_element() && !furniture[c]) {
        first = c;
        count = 1;
        chars = stats[c].chars;
      }
    }
    close_run();
  }
  std::vector<std::uint32_t> out;
  for (std::uint32_t c = best_first; c != kNoNode && out.size() < best_count; c = tree.nodes[c].next_sibling) {
    if (tree.nodes[c].is_element() && !stats[c].invisible && same_kind(tree.nodes[best_first], tree.nodes[c])) {
      out.push_back(c);
    }
  }
  return out;
}

}  // namespace pith::extract
