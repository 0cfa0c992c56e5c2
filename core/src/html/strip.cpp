#include "html/strip.h"

#include <array>
#include <cstdint>

#include "text/utf8.h"

namespace pith::html {
namespace {

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

bool iequals_at(std::string_view s, std::size_t pos, std::string_view word) {
  if (pos + word.size() > s.size()) return false;
  for (std::size_t k = 0; k < word.size(); ++k) {
    if (lower(s[pos + k]) != word[k]) return false;
  }
  return true;
}

// Case-insensitive search for `needle` (lowercase) from `from`. Linear in the distance scanned.
std::size_t ifind(std::string_view s, std::string_view needle, std::size_t from) {
  if (needle.empty()) return from;
  for (std::size_t i = from; i + needle.size() <= s.size(); ++i) {
    if (lower(s[i]) == needle[0] && iequals_at(s, i, needle)) return i;
  }
  return std::string_view::npos;
}

bool is_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == ':';
}

constexpr std::array<std::string_view, 38> kBlockTags = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th",
    "table", "section", "article", "header", "footer", "nav", "aside", "main", "blockquote",
    "pre", "figure", "figcaption", "dd", "dt", "dl", "hr", "form", "address", "details",
    "summary", "title", "body", "html"};

constexpr std::array<std::string_view, 7> kSkipContent = {"script", "style", "noscript", "template",
                                                          "svg", "iframe", "head"};

struct NamedRef {
  std::string_view name;
  char32_t cp;
};
constexpr std::array<NamedRef, 28> kNamed = {{
    {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}, {"nbsp", 0xA0},
    {"mdash", 0x2014}, {"ndash", 0x2013}, {"lsquo", 0x2018}, {"rsquo", 0x2019},
    {"ldquo", 0x201C}, {"rdquo", 0x201D}, {"hellip", 0x2026}, {"copy", 0xA9}, {"reg", 0xAE},
    {"trade", 0x2122}, {"eacute", 0xE9}, {"egrave", 0xE8}, {"aacute", 0xE1}, {"agrave", 0xE0},
    {"uuml", 0xFC}, {"ouml", 0xF6}, {"auml", 0xE4}, {"szlig", 0xDF}, {"ccedil", 0xE7},
    {"bull", 0x2022}, {"middot", 0xB7}, {"laquo", 0xAB},
}};

}  // namespace

std::string decode_entities(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    if (s[i] != '&') {
      out.push_back(s[i++]);
      continue;
    }
    // Look only a short way for the ';' so a page full of bare '&' stays linear.
    std::size_t semi = s.substr(0, i + 14).find(';', i + 1);
    if (semi == std::string_view::npos) {
      out.push_back(s[i++]);
      continue;
    }
    std::string_view body = s.substr(i + 1, semi - i - 1);
    char32_t cp = 0;
    if (!body.empty() && body[0] == '#') {
      bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
      std::uint32_t v = 0;
      bool ok = body.size() > (hex ? 2u : 1u);
      for (std::size_t k = hex ? 2 : 1; k < body.size() && ok; ++k) {
        char c = body[k];
        int d = (c >= '0' && c <= '9') ? c - '0'
                : (hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f') ? (c | 0x20) - 'a' + 10
                                                                  : -1;
        if (d < 0) ok = false;
        else v = v * (hex ? 16 : 10) + static_cast<std::uint32_t>(d);
        if (v > 0x10FFFF) ok = false;
      }
      if (ok) cp = (v == 0 || (v >= 0xD800 && v <= 0xDFFF)) ? 0xFFFD : v;
    } else {
      for (const auto& ref : kNamed) {
        if (ref.name == body) cp = ref.cp;
      }
    }
    if (cp == 0) {
      out.push_back(s[i++]);
      continue;
    }
    text::append_utf8(out, cp);
    i = semi + 1;
  }
  return out;
}

bool looks_like_html(std::string_view input) {
  std::string_view head = input.substr(0, 65536);
  std::size_t i = head.find_first_not_of(" \t\r\n");
  if (i == std::string_view::npos) return false;
  if (iequals_at(head, i, "<!doctype html") || iequals_at(head, i, "<html")) return true;
  // Prose that mentions a tag or two is still prose: require several real element tags.
  int tags = 0;
  for (std::size_t p = head.find('<'); p != std::string_view::npos; p = head.find('<', p + 1)) {
    std::size_t n = p + 1 + (p + 1 < head.size() && head[p + 1] == '/' ? 1 : 0);
    for (std::string_view t : kBlockTags) {
      if (iequals_at(head, n, t) && n + t.size() < head.size() &&
          !is_name_char(head[n + t.size()])) {
        if (++tags >= 3) return true;
        break;
      }
    }
  }
  return false;
}

StrippedHtml strip_to_text(std::string_view s) {
  StrippedHtml result;
  std::string raw;  // text with entities still encoded; decoded once at the end
  raw.reserve(s.size() / 2);
  std::size_t i = 0;
  while (i < s.size()) {
    char c = s[i];
    if (c != '<') {
      raw.push_back(c);
      ++i;
      continue;
    }
    if (iequals_at(s, i, "<!--")) {
      std::size_t end = s.find("-->", i + 4);
      i = end == std::string_view::npos ? s.size() : end + 3;
      continue;
    }
    bool closing = i + 1 < s.size() && s[i + 1] == '/';
    std::size_t name_start = i + (closing ? 2 : 1);
    std::size_t name_end = name_start;
    while (name_end < s.size() && is_name_char(s[name_end])) ++name_end;
    if (name_end == name_start && !(name_start < s.size() && (s[name_start] == '!' || s[name_start] == '?'))) {
      raw.push_back(c);  // a lone "<" in text
      ++i;
      continue;
    }
    std::string name;
    for (std::size_t k = name_start; k < name_end; ++k) name.push_back(lower(s[k]));
    // Find the tag's end, skipping quoted attribute values.
    std::size_t j = name_end;
    char quote = 0;
    while (j < s.size()) {
      char d = s[j];
      if (quote) {
        if (d == quote) quote = 0;
      } else if (d == '"' || d == '\'') {
        quote = d;
      } else if (d == '>') {
        break;
      }
      ++j;
    }
    i = j < s.size() ? j + 1 : s.size();
    if (!closing) {
      bool skip = false;
      for (std::string_view t : kSkipContent) skip = skip || t == name;
      if (skip || name == "title") {
        std::string close = "</" + name;
        std::size_t end = ifind(s, close, i);
        std::size_t content_end = end == std::string_view::npos ? s.size() : end;
        if (name == "title" && result.title.empty()) {
          result.title = decode_entities(s.substr(i, content_end - i));
        } else if (name != "title" && name != "head") {
          ++result.dropped_scripts;
        }
        if (name == "head") {
          // The head holds no article text, but its <title> is wanted.
          std::size_t t = ifind(s.substr(0, content_end), "<title", i);
          if (t != std::string_view::npos && result.title.empty()) {
            std::size_t gt = s.find('>', t);
            std::size_t te = ifind(s, "</title", gt == std::string_view::npos ? t : gt);
            if (gt != std::string_view::npos && te != std::string_view::npos && te <= content_end) {
              result.title = decode_entities(s.substr(gt + 1, te - gt - 1));
            }
          }
        }
        if (end == std::string_view::npos) {
          i = s.size();
        } else {
          std::size_t gt = s.find('>', end);
          i = gt == std::string_view::npos ? s.size() : gt + 1;
        }
        continue;
      }
    }
    for (std::string_view t : kBlockTags) {
      if (t == name) {
        raw.push_back('\n');
        break;
      }
    }
  }
  result.text = decode_entities(raw);
  return result;
}

}  // namespace pith::html
