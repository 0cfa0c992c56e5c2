#include "extract/authors.h"

#include <array>

#include "extract/bylines.h"
#include "extract/words.h"
#include "text/normalize.h"

namespace pith::extract {
namespace {

// An author value longer than this is a sentence or a bio, not a name (the byline reader's limit).
constexpr std::size_t kMaxName = 80;

bool is_address(std::string_view v) {
  if (v.find("://") != std::string_view::npos) return true;  // article:author often holds a profile URL
  if (ascii_lower(v.substr(0, 4)) == "www." || v.front() == '/' || v.front() == '@') return true;
  // An e-mail address: one word with an '@' in it.
  return v.find('@') != std::string_view::npos && v.find(' ') == std::string_view::npos;
}

// What content systems put in an author field when no person is credited (a theme's unfilled
// <meta name=author content="Name"> included).
bool is_placeholder(std::string_view v) {
  static constexpr std::array<std::string_view, 17> kPlaceholders = {
      "staff", "admin", "administrator", "author", "name", "anonymous", "unknown", "guest", "editor", "webmaster",
      "staff writer", "staff reporter", "editorial staff", "null", "undefined", "none", "n/a"};
  std::string lw = ascii_lower(v);
  for (std::string_view p : kPlaceholders) {
    if (lw == p) return true;
  }
  return false;
}

// One word with digits in it is a user handle or an id a CMS put in the author field
// ("jdoe42", "mdelatorre7x2k"), not a name.
bool is_handle(std::string_view v) {
  if (v.find(' ') != std::string_view::npos) return false;
  for (char c : v) {
    if (c >= '0' && c <= '9') return true;
  }
  return false;
}

std::string_view without_by(std::string_view v) {
  std::string lw = ascii_lower(v.substr(0, 3));
  if (lw == "by " || lw == "by:") {
    v.remove_prefix(3);
    while (!v.empty() && v.front() == ' ') v.remove_prefix(1);
  }
  return v;
}

}  // namespace

std::vector<std::string> names_in(std::string_view value) {
  std::string v = text::normalize_spaces(value);
  if (v.empty() || v.size() > kMaxName || is_address(v)) return {};
  std::vector<std::string> out;
  if (auto b = parse_byline(v)) {
    for (std::string& p : b->people) {
      if (!is_placeholder(p)) out.push_back(std::move(p));
    }
    return out;
  }
  std::string_view name = without_by(v);
  // A colon left in the value labels its parts ("content: A, design: B, code: C"): a credits
  // list, not one person's name.
  if (name.empty() || !has_letter(name) || is_placeholder(name) || is_handle(name) ||
      name.find(':') != std::string_view::npos) {
    return {};
  }
  out.emplace_back(name);
  return out;
}

}  // namespace pith::extract
