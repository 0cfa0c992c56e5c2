#include "extract/credits.h"

#include <array>

#include "extract/words.h"
#include "text/affixes.h"

namespace pith::extract {
namespace {

bool contains(std::string_view hay, std::string_view needle) {
  return hay.find(needle) != std::string_view::npos;
}

// Agencies and picture libraries whose names, next to a slash or "via", only ever mark a credit.
bool is_agency(std::string_view w) {
  static constexpr std::array<std::string_view, 22> kAgencies = {
      "ap", "afp", "reuters", "epa", "epa-efe", "getty", "bloomberg", "pool", "xinhua", "sipa",
      "zuma", "nurphoto", "redux", "anadolu", "shutterstock", "istock", "alamy", "dpa", "ians",
      "pti", "ani", "efe"};
  std::string l = ascii_lower(w);
  for (auto a : kAgencies) {
    if (a == l) return true;
  }
  return false;
}

// Views with their lengths fixed when compiled, not C strings measured on every line.
constexpr std::array<std::string_view, 18> kCreditPrefixes = {
    "photo:", "photo by ", "photos:", "photograph:", "photograph by ", "picture:", "image:",
    "images:", "image credit", "photo credit", "credit:", "credits:", "illustration:",
    "illustration by ", "(photo", "courtesy of ", "file photo", "(credit"};
constexpr std::array<std::string_view, 6> kCreditMarks = {"getty images", "shutterstock", "istock",
                                                          "alamy", "ap photo", "via getty"};
constexpr std::array<std::string_view, 3> kSlashMarks = {"photo/", "photograph/", "images/"};

bool credit_shape(std::string_view line) {
  std::string l = ascii_lower(line);
  for (std::string_view prefix : kCreditPrefixes) {
    if (text::starts_with(l, prefix)) return true;
  }
  for (std::string_view mark : kCreditMarks) {
    if (contains(l, mark)) return true;
  }
  // The rest need a slash, which most short lines (every one on a page comes here) have not.
  if (line.find('/') == std::string_view::npos) return false;
  for (std::string_view mark : kSlashMarks) {
    if (contains(l, mark)) return true;
  }
  // "Name/Agency" or "Agency/Name" tokens.
  for (auto tok : tokens(line)) {
    std::string_view w = strip_punct(tok);
    std::size_t slash = w.find('/');
    if (slash == std::string_view::npos) continue;
    if (is_agency(w.substr(0, slash)) || is_agency(w.substr(slash + 1))) return true;
  }
  return false;
}

}  // namespace

bool is_photo_credit(std::string_view line) {
  std::size_t words = count_tokens(line, 17);
  if (words == 0 || words > 16) return false;
  // A sentence that names an agency ("LONDON (Reuters) - Shares fell.") is prose, not a credit.
  if (words > 8 && (line.back() == '.' || line.back() == '!' || line.back() == '?')) return false;
  return credit_shape(line);
}

bool ends_with_credit(std::string_view line) {
  // The credit sits in a final parenthesis or after a final bar.
  std::size_t open = line.rfind('(');
  if (open != std::string_view::npos && !line.empty() && line.back() == ')' && open > 0) {
    // Its label may open inside the parenthesis: "Flooding on Riverside Road (Image: Gazette / Tom Briggs)".
    if (is_photo_credit(line.substr(open)) || is_photo_credit(line.substr(open + 1, line.size() - open - 2))) return true;
  }
  std::size_t bar = line.rfind(" | ");
  return bar != std::string_view::npos && is_photo_credit(line.substr(bar + 3));
}

std::string_view credit_in_caption(std::string_view caption) {
  while (!caption.empty() && caption.back() == ' ') caption.remove_suffix(1);
  if (caption.empty()) return {};
  // In a final parenthesis: "(AP Photo/Evan Vucci)", "(Image: Wexham Gazette / Tom Briggs)", and the
  // photographer and agency a slash apart, which a caption's end holds for nothing else ("… on
  // Sunday. (Noah Berger / Associated Press)").
  if (caption.back() == ')') {
    std::size_t open = caption.rfind('(');
    if (open != std::string_view::npos && open > 0) {
      std::string_view inner = caption.substr(open + 1, caption.size() - open - 2);
      std::size_t slash = inner.find(" / ");
      bool named_sides = slash != std::string_view::npos && slash > 0 && starts_upper(inner) &&
                         starts_upper(inner.substr(slash + 3)) && count_tokens(inner, 9) <= 8;
      if (is_photo_credit(inner) || named_sides) return inner;
    }
  }
  if (std::size_t bar = caption.rfind(" | "); bar != std::string_view::npos && is_photo_credit(caption.substr(bar + 3))) {
    return caption.substr(bar + 3);
  }
  // A credit label after the caption's sentence: "… at dusk. Photograph: Daniel Okoye for The Review",
  // "… at Porthleven. Picture: PA". The last label is the credit's.
  std::size_t best = std::string_view::npos;
  for (std::string_view label : {"Photograph:", "Photo:", "Picture:", "Image:", "Credit:", "Illustration:",
                                 "Photograph by ", "Photo by ", "Photos:"}) {
    std::size_t at = caption.rfind(label);
    if (at != std::string_view::npos && at > 0 && caption[at - 1] == ' ' &&
        (best == std::string_view::npos || at > best)) {
      best = at;
    }
  }
  if (best != std::string_view::npos && is_photo_credit(caption.substr(best))) return caption.substr(best);
  return is_photo_credit(caption) ? caption : std::string_view();
}

bool is_gallery_counter(std::string_view line) {
  auto toks = tokens(line, 6);
  if (toks.empty() || toks.size() > 5) return false;
  auto number = [](std::string_view t) { return !t.empty() && t.find_first_not_of("0123456789") == std::string_view::npos; };
  std::size_t k = 0;
  std::string first = ascii_lower(toks[0]);
  if (first == "image" || first == "photo" || first == "picture" || first == "slide") ++k;
  if (k >= toks.size() || !number(toks[k])) return false;
  ++k;
  // "of", "/" or "of /" between the two numbers, then the count, and nothing after it.
  std::size_t seps = 0;
  while (k < toks.size() && (toks[k] == "of" || toks[k] == "/") && seps < 2) {
    ++k;
    ++seps;
  }
  return seps > 0 && k + 1 == toks.size() && number(toks[k]);
}

}  // namespace pith::extract
