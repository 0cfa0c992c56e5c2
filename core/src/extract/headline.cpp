#include "extract/headline.h"

#include "html/ascii.h"
#include "text/normalize.h"
#include "text/utf8.h"

namespace pith::extract {

const std::string_view kTitleSeparators[9] = {
    " | ", " - ", " \xE2\x80\x94 ", " \xE2\x80\x93 ", " :: ", " \xE2\x80\xA2 " /* • */, " \xC2\xB7 " /* · */,
    " \xC2\xBB " /* » */, " \xEF\xBD\x9C " /* ｜ */};

namespace {

// A title with its spaces normalised, and the underscores that part a Chinese title's headline,
// channel and site ("…完成首航_新闻频道_华东日报网") written as " | ": between two non-ASCII
// characters only, so a name_with_underscores keeps them.
std::string title_text(std::string_view title) {
  std::string t = text::normalize_spaces(title);
  std::string out;
  out.reserve(t.size());
  for (std::size_t i = 0; i < t.size(); ++i) {
    const bool parts = t[i] == '_' && i > 0 && i + 1 < t.size() && static_cast<unsigned char>(t[i - 1]) >= 0x80 &&
                       static_cast<unsigned char>(t[i + 1]) >= 0x80;
    if (parts) {
      out += " | ";
    } else {
      out += t[i];
    }
  }
  return out;
}

// "Page 2", "Page 1 of 3" (and "Seite", "Página", "Pagina"): a paginated article's place, which
// pages add to each part's title ("The 10 Greatest Comebacks - Page 1 of 3 | CourtSide").
bool is_page_counter(std::string_view part) {
  for (std::string_view word : {"page ", "seite ", "p\xC3\xA1gina ", "pagina "}) {
    if (part.size() <= word.size() || !html::ascii::iequals_at(part, 0, word)) continue;
    std::string_view rest = part.substr(word.size());
    std::size_t digits = 0;
    while (digits < rest.size() && text::is_digit(rest[digits])) ++digits;
    if (digits == 0) return false;
    rest.remove_prefix(digits);
    if (rest.empty()) return true;
    for (std::string_view of : {" of ", " von ", " de ", " di "}) {
      if (rest.size() > of.size() && html::ascii::iequals_at(rest, 0, of)) {
        rest.remove_prefix(of.size());
        return rest.find_first_not_of("0123456789") == std::string_view::npos;
      }
    }
    return false;
  }
  return false;
}

// The headline without a page counter after it.
std::string_view without_page_counter(std::string_view headline) {
  for (std::string_view sep : kTitleSeparators) {
    std::size_t p = headline.rfind(sep);
    if (p != std::string_view::npos && p > 0 && is_page_counter(headline.substr(p + sep.size()))) {
      return headline.substr(0, p);
    }
  }
  return headline;
}

// One of the page's headings says `part` (spaces normalised, case aside).
bool repeated(const std::vector<std::string>& headings, std::string_view part) {
  if (headings.empty()) return false;
  const std::string lower = text::ascii_lower(part);
  for (const std::string& h : headings) {
    if (html::ascii::iequals(h, lower)) return true;
  }
  return false;
}

// One of the page's headings begins with `part` and goes on past it, at a word's end: the title
// gave the headline cut short.
bool begins_heading(const std::vector<std::string>& headings, std::string_view part) {
  constexpr std::size_t kWords = 2;  // one word may begin a heading by chance
  if (headings.empty() || text::count_words(part) < kWords) return false;
  const std::string lower = text::ascii_lower(part);
  for (const std::string& h : headings) {
    if (h.size() > lower.size() && h[lower.size()] == ' ' && html::ascii::iequals_at(h, 0, lower)) {
      return true;
    }
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
  const std::string clean = title_text(title);
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
      // Or the rest begins a heading that the first part does not ("Pacific Ledger - Wildfire
      // forces evacuation" over <h1>Wildfire forces evacuation of 30,000 in Northern California</h1>):
      // a site-first title whose headline is short.
      // Not when the rest is the site's declared name or the start of it ("Online Tuition and
      // Financing | Liberty University" under og:site_name "Liberty University Online", over an
      // <h1> that opens with the name).
      const std::string site = text::ascii_lower(site_name);
      const bool rest_is_site = !site.empty() && text::count_words(rest) <= text::count_words(site) &&
                                html::ascii::iequals_at(site, 0, text::ascii_lower(rest));
      const bool rest_begins_heading =
          !first_is_heading && !rest_is_site && begins_heading(headings, rest) && !begins_heading(headings, first);
      if (rest_begins_heading ||
          (!first_is_heading && text::count_words(rest) >= 4 && text::count_words(rest) > 2 * text::count_words(first))) {
        t = rest;
        rest_taken = true;
        break;
      }
      return std::string(without_page_counter(first));
    }
    if (!rest_taken) break;
  }
  return std::string(without_page_counter(t));
}

std::string site_from_title_tag(std::string_view title, std::string_view headline) {
  const std::string clean = title_text(title);
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
