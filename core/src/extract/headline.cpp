#include "extract/headline.h"

#include "html/ascii.h"
#include "text/normalize.h"
#include "text/utf8.h"

namespace pith::extract {

const std::string_view kTitleSeparators[7] = {
    " | ", " - ", " \xE2\x80\x94 ", " \xE2\x80\x93 ", " :: ", " \xE2\x80\xA2 " /* • */, " \xC2\xB7 " /* · */};

namespace {

// One of the page's headings says `part` (spaces normalised, case aside).
bool repeated(const std::vector<std::string>& headings, std::string_view part) {
  if (headings.empty()) return false;
  const std::string lower = text::ascii_lower(part);
  for (const std::string& h : headings) {
    if (html::ascii::iequals(h, lower)) return true;
  }
  return false;
}

}  // namespace

// Pages put the site after the headline, so the first part wins, unless it is clearly the shorter
// label of a "Site | A much longer headline" title and no heading on the page repeats it. That
// longer rest is read again, a few parts at most: "c++ - Why is reading lines slower? - Stack
// Overflow" is tag, headline, site.
std::string headline_from_title_tag(std::string_view title, const std::vector<std::string>& headings,
                                    std::string_view site_name) {
  const std::string clean = text::normalize_spaces(title);
  std::string_view t = clean;
  constexpr int kParts = 4;
  for (int part = 0; part < kParts; ++part) {
    bool rest_taken = false;
    for (std::string_view sep : kTitleSeparators) {
      std::size_t p = t.find(sep);
      if (p == std::string_view::npos) continue;
      // A headline with a separator in it ("Lille - Lyon: ..."), as its heading says it.
      if (repeated(headings, t)) return std::string(t);
      std::string_view first = t.substr(0, p);
      std::string_view rest = t.substr(p + sep.size());
      // A dash between numbers is the headline's own: a range or a score ("Squad 2024 - 2025").
      if (sep != " | " && !first.empty() && !rest.empty() && text::is_digit(first.back()) && text::is_digit(rest.front())) continue;
      const bool first_is_heading = repeated(headings, first) && !html::ascii::iequals(first, text::ascii_lower(site_name));
      if (!first_is_heading && text::count_words(rest) >= 4 && text::count_words(rest) > 2 * text::count_words(first)) {
        t = rest;
        rest_taken = true;
        break;
      }
      return std::string(first);
    }
    if (!rest_taken) break;
  }
  return std::string(t);
}

std::string site_from_title_tag(std::string_view title, std::string_view headline) {
  const std::string clean = text::normalize_spaces(title);
  std::string_view rest;
  for (std::string_view sep : kTitleSeparators) {
    if (headline.empty() || clean.size() <= headline.size() + sep.size()) continue;
    if (clean.compare(0, headline.size(), headline) == 0 && clean.compare(headline.size(), sep.size(), sep) == 0) {
      rest = std::string_view(clean).substr(headline.size() + sep.size());
    } else if (clean.compare(clean.size() - headline.size(), headline.size(), headline) == 0 &&
               clean.compare(clean.size() - headline.size() - sep.size(), sep.size(), sep) == 0) {
      rest = std::string_view(clean).substr(0, clean.size() - headline.size() - sep.size());
    }
    if (!rest.empty()) break;
  }
  // The last of several parts: "Politics | The Daily Planet".
  for (std::string_view sep : kTitleSeparators) {
    std::size_t p = rest.rfind(sep);
    if (p != std::string_view::npos) rest.remove_prefix(p + sep.size());
  }
  constexpr std::size_t kNameWords = 5;
  if (rest.empty() || text::count_words(rest) > kNameWords) return {};
  // A list is the page's subtitle, not a name: "Reviews, Features, Pricing", "Coverage Types, Costs
  // & Savings" (one comma alone may be a name: "Smart Bitches, Trashy Books", "Portage, IN").
  std::size_t comma = rest.find(", ");
  if (comma != std::string_view::npos) {
    std::string_view after = rest.substr(comma + 2);
    if (after.find(", ") != std::string_view::npos || after.find(" & ") != std::string_view::npos ||
        after.find(" and ") != std::string_view::npos) {
      return {};
    }
  }
  return std::string(rest);
}

}  // namespace pith::extract
