// Where the article runs in a page's lines. A pasted page is the article surrounded by menus,
// sidebars, teaser lists, comments and footers; every line gets a value (running text positive,
// furniture negative) and the article is the run of lines with the greatest total, cut at the
// markers that end articles (a comments section, "Related", share bars) once most of its text is in.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "extract/line_shape.h"
#include "nlp/stop_words.h"

namespace pith::extract {

// Headings that open the page parts after an article.
enum class SectionMarker { None, Comments, Related, Share, AuthorBio, Tags };

SectionMarker section_marker(std::string_view line);

// What the paste's own marks say a line is: Markdown's "## Parts" and fenced code.
enum class Markup { None, Heading, Code };

struct PageLine {
  std::string text;  // normalised
  LineShape shape;
  // A blank line stands above this one in the paste. Pastes keep a blank line between paragraphs
  // and none between the items of a list, so it tells an article's list from its paragraphs.
  bool blank_before = false;
  // Cells between tabs in the pasted line ("Anna\t34\tOslo": 3), 0 for a line without them: a
  // table copied as text, whose rows the normalised text no longer tells apart from headlines.
  std::size_t cells = 0;
  Markup markup = Markup::None;
  std::size_t level = 0;  // a Markup::Heading's: "## Parts" is 2
};

// Rows of a table: this line and the one above or below it have the same number of tab-separated
// cells, two or more.
bool is_table_row(const std::vector<PageLine>& lines, std::size_t i);

struct ArticleSpan {
  std::size_t begin = 0;  // [begin, end) in the page's lines
  std::size_t end = 0;
  bool found = false;     // false: the page has no running text at all
  bool teasers_follow = false;  // the run was cut where a list of other stories' cards starts
};

// `language` is the page's (nlp::detect_language); a language without function-word lists (Unknown,
// Japanese, …) skips the function-word test.
ArticleSpan find_article(const std::vector<PageLine>& lines, nlp::Language language);

// The value of one line as article evidence; exposed for tests.
double line_value(const PageLine& line, nlp::Language language);

}  // namespace pith::extract
