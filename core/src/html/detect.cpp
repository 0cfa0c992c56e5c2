#include "html/detect.h"

#include <algorithm>
#include <array>

#include "html/ascii.h"
#include "text/markdown.h"

namespace pith::html {
namespace {

using ascii::iequals_at;

bool is_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == ':';
}

constexpr std::array<std::string_view, 38> kBlockTags = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th",
    "table", "section", "article", "header", "footer", "nav", "aside", "main", "blockquote",
    "pre", "figure", "figcaption", "dd", "dt", "dl", "hr", "form", "address", "details",
    "summary", "title", "body", "html"};

// Lines that are Markdown's own structure: ATX headings ("## Install") and code fences.
int markdown_lines(std::string_view head) {
  int n = 0;
  for (std::size_t start = 0; start < head.size();) {
    std::size_t end = std::min(head.find('\n', start), head.size());
    std::string_view line = head.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    n += text::heading_level(line) > 0 || text::is_code_fence(line);
    start = end + 1;
  }
  return n;
}

}  // namespace

bool looks_like_html(std::string_view input) {
  std::string_view head = input.substr(0, 65536);
  std::size_t i = head.find_first_not_of(" \t\r\n");
  if (i == std::string_view::npos) return false;
  if (iequals_at(head, i, "<!doctype html") || iequals_at(head, i, "<html")) return true;
  // Prose that mentions a tag or two is still prose: require several real element tags, one of them
  // an end tag (a CSS tutorial names "<div>", "<span>" and "<p>" and closes none), or a fragment
  // that opens with one ("<p>One short paragraph.</p>").
  const bool opens_with_tag = head[i] == '<';
  int tags = 0;
  bool closed = false, opening_tag = false;
  for (std::size_t p = head.find('<'); p != std::string_view::npos; p = head.find('<', p + 1)) {
    const bool end_tag = p + 1 < head.size() && head[p + 1] == '/';
    std::size_t n = p + 1 + (end_tag ? 1 : 0);
    for (std::string_view t : kBlockTags) {
      if (iequals_at(head, n, t) && n + t.size() < head.size() &&
          !is_name_char(head[n + t.size()])) {
        opening_tag = opening_tag || (opens_with_tag && p == i);
        closed = closed || end_tag;
        ++tags;
        break;
      }
    }
  }
  if (!opening_tag && !(tags >= 3 && closed)) return false;
  // A README that opens with an HTML banner ('<p align="center"><img …></p>') and goes on in
  // Markdown: its headings and fences outnumber the tags, and it is read as the text it is.
  const int markdown = markdown_lines(head);
  return markdown < 2 || markdown <= tags;
}

bool has_markup(std::string_view input) { return input.find('<') != std::string_view::npos; }

}  // namespace pith::html
