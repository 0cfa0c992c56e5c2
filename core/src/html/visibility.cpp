#include "html/visibility.h"

#include <array>
#include <string_view>

#include "html/ascii.h"

namespace pith::html {
namespace {

// The style with spaces removed and letters lower-cased, so "Display : None" matches, written into
// `buffer` rather than a new string: every styled element of a page is asked.
constexpr std::size_t kStyleCut = 4096;  // a style that long is not a toggle
std::string_view squeeze(std::string_view s, std::array<char, kStyleCut>& buffer) {
  std::size_t n = 0;
  for (char c : s.substr(0, kStyleCut)) {
    if (!ascii::is_space(c)) buffer[n++] = ascii::lower(c);
  }
  return std::string_view(buffer.data(), n);
}

// The declaration must start the style or follow a ';': "max-display:none" is not display.
bool has_declaration(std::string_view squeezed, std::string_view decl) {
  for (std::size_t p = squeezed.find(decl); p != std::string_view::npos; p = squeezed.find(decl, p + 1)) {
    if (p == 0 || squeezed[p - 1] == ';' || squeezed[p - 1] == '{') return true;
  }
  return false;
}

// React's streamed server rendering sends each finished Suspense boundary as <div hidden
// id="S:0"> (ids "S:" plus a hex number) and an inline script moves it into place on arrival: the
// div is the page's content, hidden only until scripts run, and no reader runs them.
bool is_streamed_segment(const Node& e) {
  const std::string_view* id = e.attribute("id");
  if (id == nullptr || id->size() < 3 || id->compare(0, 2, "S:") != 0) return false;
  for (std::size_t i = 2; i < id->size(); ++i) {
    char c = (*id)[i];
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

}  // namespace

bool style_hides(std::string_view style) {
  std::array<char, kStyleCut> buffer;
  std::string_view s = squeeze(style, buffer);
  return has_declaration(s, "display:none") || has_declaration(s, "visibility:hidden");
}

bool names_visually_hidden(const Node& e) {
  // Bootstrap and Tailwind, WordPress, the HTML5 Boilerplate and its dashed form, Drupal, and a few
  // design systems' own.
  static constexpr std::string_view kNames[] = {"sr-only",          "screen-reader-text", "screen-reader-only",
                                                "visually-hidden",  "visuallyhidden",     "u-visually-hidden",
                                                "element-invisible", "a11y-hidden",       "hidden-visually"};
  const std::string_view* cls = e.is_element() ? e.attribute("class") : nullptr;
  if (!cls) return false;
  std::size_t at = 0;
  while (at < cls->size()) {
    while (at < cls->size() && ascii::is_space((*cls)[at])) ++at;
    std::size_t end = at;
    while (end < cls->size() && !ascii::is_space((*cls)[end])) ++end;
    const std::string_view token = cls->substr(at, end - at);
    for (std::string_view name : kNames) {
      if (ascii::iequals(token, name)) return true;
    }
    at = end;
  }
  return false;
}

bool is_ruby_annotation(const Node& e) {
  return e.is_element() && e.tag == Tag::Other && (e.name == "rt" || e.name == "rp");
}

std::optional<Reason> invisible_reason(const Node& e) {
  if (!e.is_element()) return std::nullopt;
  switch (e.tag) {
    case Tag::Script: case Tag::Style: case Tag::Template: case Tag::Svg:
    case Tag::Math: case Tag::Canvas: case Tag::Iframe: case Tag::Object: case Tag::Embed:
    case Tag::Applet: case Tag::Video: case Tag::Audio: case Tag::Noembed: case Tag::Noframes:
    case Tag::Frameset: case Tag::Head: case Tag::Title: case Tag::Meta: case Tag::Link:
    case Tag::Base:
      return Reason::Script;
    // Form controls hold labels and option lists, not prose.
    case Tag::Select: case Tag::Textarea: case Tag::Button: case Tag::Input: case Tag::Option:
      return Reason::Boilerplate;
    default:
      break;
  }
  if (e.foreign) return Reason::Script;
  if (e.attribute("hidden") && !is_streamed_segment(e)) return Reason::Hidden;
  if (const std::string_view* v = e.attribute("aria-hidden"); v && ascii::iequals(*v, "true")) return Reason::Hidden;
  if (const std::string_view* v = e.attribute("style"); v && style_hides(*v)) return Reason::Hidden;
  return std::nullopt;
}

}  // namespace pith::html
