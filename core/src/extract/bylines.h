// Bylines: "By Sarah Arnold", "Sarah Arnold", "By A and B", "A, Staff Writer", "A | Reuters".
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pith/document.h"

namespace pith::extract {

struct Byline {
  std::string names;     // "Sarah Arnold", "Ann Lee and Bo Park"
  std::vector<std::string> people;  // {"Ann Lee", "Bo Park"}
  bool explicit_by = false;  // the line said "By …": strong evidence on its own
  std::string date;  // ISO 8601 date the line gives beside the names ("By Ann Lee | March 5, 2024"), or ""
};

// The author names on a line that is a byline and nothing else; nothing for prose or headlines.
// Without "By", a bare name is only a name shape: the caller weighs it by position.
std::optional<Byline> parse_byline(std::string_view line);

// The byline of a line that says it is one (explicit_by), or nothing: a line that opens with "By",
// "Written by", "Analysis by", "Author:"…; a dateline that ends in one ("Posted on March 5, 2024 by
// Ann Lee"); a blog's byline row of name, date and reading time ("Ann Lee · Mar 5, 2024 · 6 min
// read"). Other lines are let go unparsed. For callers that take only what the line's own wording
// says is a byline.
std::optional<Byline> parse_explicit_byline(std::string_view line);

// The line heads an article: an explicit byline ("By Ann Lee") or a dateline. The plain-text
// model's header bonus, its standfirst cut and the listing finder ask the same question.
bool heads_article(std::string_view line);

// How a byline lists people: "Ann Lee", "Ann Lee and Bo Park", "Ann Lee, Bo Park and Cy Ode".
std::string join_names(const std::vector<std::string>& people);

// Appends the names not already in `list`, compared ignoring ASCII case ("Ann Lee" and "ANN LEE"
// are one person): a byline's own list and the authors gathered from a page's markup both use it.
void add_names(std::vector<std::string>& list, const std::vector<std::string>& names);

// A line set apart from the article's text as a byline — named so by its markup (`named_byline`),
// or standing above the article outside the chosen text — read for what it gives: a byline (the
// names, and the date beside them), or a date ("Published Sep 12, 2023, updated Jan 3, 2024"),
// each taken when the document has none yet. The reason to show it removed with: Byline or Date;
// nothing for a line above the article that is neither (a menu, a kicker), which stays as it was.
std::optional<Reason> take_meta_line(std::string_view line, bool named_byline, Document& doc);

// The first byline found wins: sets doc.byline and doc.authors when the document has none yet, and
// doc.published from the byline's date when the document has no date yet.
void take_byline(const Byline& byline, Document& doc);

}  // namespace pith::extract
