#include "extract/content_model.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "extract/bylines.h"
#include "extract/credits.h"
#include "extract/dates.h"
#include "extract/furniture.h"
#include "extract/max_run.h"
#include "extract/section_words.h"
#include "extract/words.h"
#include "text/affixes.h"
#include "text/chat_line.h"

namespace pith::extract {
namespace {

using text::starts_with;

template <std::size_t N>
bool one_of(std::string_view s, const std::array<std::string_view, N>& list) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

// Share of tokens that are function words. Running text sits around 0.3–0.5 in the languages with
// a list; menus, headline lists and name lists near 0.
double stop_word_share(std::string_view line, std::size_t words, nlp::Language language) {
  if (words == 0) return 0.0;
  std::size_t stops = 0;
  for (auto tok : tokens(line, 200)) {
    if (nlp::is_function_word(language, ascii_lower(strip_punct(tok)))) ++stops;
  }
  return static_cast<double>(stops) / static_cast<double>(std::min<std::size_t>(words, 200));
}

// A heading that starts a readers' thread, as opposed to a link that counts comments.
bool opens_thread(std::string_view line) {
  if (section_marker(line) != SectionMarker::Comments) return false;
  std::string l = ascii_lower(line);
  while (!l.empty() && (l.back() == ':' || l.back() == ' ' || l.back() == '.')) l.pop_back();
  static constexpr std::array<std::string_view, 9> kHeadings = {
      "comments", "leave a reply", "join the conversation", "join the discussion", "reader comments",
      "responses", "discussion", "conversation", "comments are closed"};
  if (one_of(l, kHeadings)) return true;
  auto toks = tokens(l, 3);
  return toks.size() >= 2 && (toks[1] == "responses" || toks[1] == "thoughts" || toks[1] == "replies");
}

// "87 Comments", "[ 167 comments ]": a count of comments standing alone on its line. Counts inside a
// phrase ("New, 6 comments", "Show all 40 comments") are links in a header.
bool comment_count_heading(std::string_view line) {
  auto toks = tokens(line, 5);
  std::vector<std::string_view> words;
  for (auto t : toks) {
    if (!strip_punct(t).empty()) words.push_back(strip_punct(t));
  }
  return words.size() == 2 && words[0].find_first_not_of("0123456789") == std::string_view::npos &&
         ascii_lower(words[1]) == "comments";
}

// The readers' thread under a count heading shows itself within a few lines: a reply button
// ("Reply", "ReplyDelete") or another heading of the thread ("Top Rated Comments", "View all
// comments"). A count over a share bar and more of the article (a header link placed after the
// first paragraph) has neither.
bool thread_line(const PageLine& l) {
  if (l.shape.words <= 4 && starts_with(ascii_lower(std::string_view(l.text).substr(0, 5)), "reply")) return true;
  if (starts_with(ascii_lower(std::string_view(l.text).substr(0, 13)), "add a comment")) return true;
  return section_marker(l.text) == SectionMarker::Comments;
}

bool thread_follows(const std::vector<PageLine>& lines, std::size_t heading) {
  constexpr std::size_t kReach = 12;
  for (std::size_t j = heading + 1; j < lines.size() && j <= heading + kReach; ++j) {
    if (thread_line(lines[j])) return true;
  }
  return false;
}

// Where a list of other stories' cards ends the run, or `end` when it does not. Under an article,
// "More from the site" lists alternate a headline (a short line) with its one-sentence summary, often
// with a name or source line between, so every running-text line in them stands alone; an article's
// paragraphs follow one another. Walking back from the end, the cards are the short running-text
// lines with no running text right above them; the first paragraph that has one, or that is long,
// is the article's. Three cards at least, so that one short closing paragraph after a subheading is
// not taken for a list.
struct TeaserCards {
  std::size_t start;  // where the cards start, or the run's end when there are none
  bool dated;         // most cards carry a date line right above their summary, and none a reply button
};

TeaserCards teaser_cards_start(const std::vector<double>& value, const std::vector<PageLine>& lines,
                               std::size_t begin, std::size_t end) {
  constexpr std::size_t kMaxCardWords = 50;
  constexpr std::size_t kMinCards = 3;
  std::size_t cards = 0, dated = 0;
  bool replies = false;  // a forum's posts are dated too, and have reply buttons
  std::size_t j = end;
  while (j > begin) {
    std::size_t i = j - 1;
    replies = replies || thread_line(lines[i]);
    if (value[i] > 0.0) {
      bool after_prose = i > begin && value[i - 1] > 0.0;
      // A card's summary may run long when the card dates it (headline, name, date, summary): an
      // article's closing paragraph has no date line right above it.
      bool date_above = i > begin && parse_date_line(lines[i - 1].text).has_value();
      if (after_prose || (lines[i].shape.words > kMaxCardWords && !date_above)) break;
      ++cards;
      dated += date_above;
    }
    j = i;
  }
  if (cards < kMinCards || j == begin) return {end, false};
  // The article's own last paragraph stops the walk: the cards start after it. Between the two a
  // teaser list has its heading, tags or share links as well as the first card's headline ("World",
  // "More World", headline); a page of items under their names (services, plants, results) goes
  // straight from its introduction to the first name, and is the content itself.
  constexpr std::size_t kMinGap = 3;
  std::size_t gap = 0;
  for (std::size_t i = j; i < end && value[i] <= 0.0; ++i) ++gap;
  return {gap >= kMinGap ? j : end, 2 * dated > cards && !replies};
}

// Where a remnant after a long stretch of page furniture starts, or `end`. Past the article's last
// paragraph come the list of more stories, tags and share links, and then the author's bio, the
// site's "about us" blurb or a newsletter pitch: one paragraph of running text that outweighs the
// stretch above it, so the maximum run keeps it. A stretch of kMinGapLines furniture lines or more
// that shows itself as page furniture (a section heading, a furniture phrase, a cut-off teaser, or a
// few headline links), followed by a single paragraph with less than a quarter of the text before
// it, is where the article ended. A list of names in a guide or a spec sheet (short labels) is
// not such a stretch, and an article goes on with more than one paragraph after a picture or a box.
std::size_t remnant_start(const std::vector<double>& value, const std::vector<double>& good_words,
                          const std::vector<PageLine>& lines, std::size_t begin, std::size_t end) {
  constexpr std::size_t kMinGapLines = 5;
  constexpr std::size_t kMinHeadlineLinks = 3;
  constexpr double kMaxRemnantShare = 0.25;
  constexpr double kFurniture = -4.0, kHeadlineLink = -2.0;
  // The remnant's paragraphs (running text, or any line of eight words or more), counted from the
  // end so that each gap's remnant is known without a walk: linear in the run.
  std::vector<std::size_t> paragraphs_after(end - begin + 1, 0);
  for (std::size_t k = end; k > begin; --k) {
    const bool paragraph = value[k - 1] > 0.0 || lines[k - 1].shape.words >= 8;
    paragraphs_after[k - 1 - begin] = paragraphs_after[k - begin] + paragraph;
  }
  for (std::size_t i = begin; i < end;) {
    if (value[i] > 0.0) {
      ++i;
      continue;
    }
    std::size_t j = i, furniture = 0, markers = 0, headlines = 0;
    for (; j < end && value[j] <= 0.0; ++j) {
      furniture += value[j] < 0.0;
      markers += value[j] <= kFurniture;
      headlines += value[j] == kHeadlineLink;
    }
    // "Here are the models he recommends:" introduces the article's own list, however headline-like;
    // the lead-in is itself no running text, so it opens the stretch or stands right above it.
    auto lead_in = [&](std::size_t k) {
      return lines[k].shape.words >= 5 && !lines[k].text.empty() && lines[k].text.back() == ':';
    };
    const bool introduced = lead_in(i) || (i > begin && lead_in(i - 1));
    const bool page_part = (markers > 0 || headlines >= kMinHeadlineLinks) && !introduced;
    const double before = good_words[i] - good_words[begin];
    if (j < end && furniture >= kMinGapLines && page_part && before >= 40.0 && paragraphs_after[j - begin] <= 1 &&
        good_words[end] - good_words[j] < kMaxRemnantShare * before) {
      return i;
    }
    i = j;
  }
  return end;
}

// A page's footer strip (tags, a comment form, counters) is mostly labels: one- and two-word lines,
// where a list's items say more. A web address under an item ("1) The boxed set", its link) is
// the item's, not a label.
bool mostly_labels(const std::vector<PageLine>& lines, std::size_t i, std::size_t j) {
  std::size_t labels = 0;
  for (std::size_t k = i; k < j; ++k) {
    const std::string& t = lines[k].text;
    const bool address = t.find("://") != std::string::npos || t.rfind("www.", 0) == 0;
    labels += lines[k].shape.words <= 2 && !address;
  }
  return 4 * labels > j - i;
}

// A "Most popular" box is mostly capitalised headlines of five words or more with no full stop;
// a list's items are written as phrases.
bool mostly_headlines(const std::vector<PageLine>& lines, std::size_t i, std::size_t j) {
  std::size_t headlines = 0;
  for (std::size_t k = i; k < j; ++k) {
    const LineShape& sh = lines[k].shape;
    headlines += sh.words >= 5 && !sh.terminal && sh.capitalised >= 0.7;
  }
  return 2 * headlines >= j - i;
}

// Where the list that closes an article ends, or `end` when the run is not left on a lead-in. An
// article may end on its own list: "The tour dates so far:" over a block of dates, a code listing
// or a table. The items are short lines with no running text, so the maximum run stops at the
// lead-in and the list is lost. A lead-in is a line of five words or more ending in a colon, last in
// the run or right under it; the list is the block of lines under it with no blank line inside (a
// paste keeps none between a list's items), and further blocks that open with a list marker as its
// first did ("1) …", "2) …"). Furniture (a section heading, a share bar) ends it.
std::size_t closing_list_end(const std::vector<double>& value, const std::vector<PageLine>& lines, std::size_t end) {
  constexpr double kFurniture = -4.0;
  constexpr std::size_t kMinItems = 2;
  const std::size_t n = lines.size();
  auto lead_in = [&](std::size_t k) {
    const PageLine& l = lines[k];
    return l.shape.words >= 5 && !l.text.empty() && l.text.back() == ':' && value[k] > kFurniture;
  };
  std::size_t start = end;
  if (end < n && lead_in(end)) {
    start = end + 1;
  } else if (end == 0 || !lead_in(end - 1)) {
    return end;
  }
  if (start >= n) return end;
  const bool marked = lines[start].shape.list_marker;
  std::size_t k = start;
  for (; k < n && value[k] > kFurniture; ++k) {
    if (k > start && lines[k].blank_before && !(marked && lines[k].shape.list_marker)) break;
  }
  // Running text under the block means the list stands between paragraphs, which the maximum run
  // has already weighed (see lists_between_paragraphs); a closing list has only furniture below.
  // Its items may read as headlines ("June 9, Coral Sky Amphitheatre"), so only labels rule it out.
  if (k - start < kMinItems || (k < n && value[k] > 0.0) || mostly_labels(lines, start, k)) return end;
  return k;
}

bool looks_like_code(std::string_view line) {
  constexpr std::size_t kMinMarks = 3;
  std::size_t marks = 0;
  for (char c : line) {
    marks += c == '{' || c == '}' || c == '(' || c == ')' || c == '[' || c == ']' || c == ';' || c == '=' ||
             c == '<' || c == '>';
  }
  char last = line.empty() ? ' ' : line.back();
  return marks >= kMinMarks || last == ';' || last == '{' || last == '}';
}

// A teaser card copied without the break between its headline and its summary: "Bill Unpaid At
// Troy SteakhouseA party of six left without paying". The summary makes the line read as running
// text, so cards in a menu or a sidebar outweigh a short article. The seam is a lower-case letter
// glued to a capitalised article or sentence opener followed by a lower-case word, after a
// capitalised headline; brand names ("LinkedIn", "iPhone") and model numbers ("A110A") do not
// glue an opener to a lower-case word after a headline.
bool glued_headline_and_summary(std::string_view line) {
  static constexpr std::array<std::string_view, 7> kOpeners = {"A", "An", "The", "This", "If", "When", "After"};
  constexpr std::size_t kMinHeadlineWords = 3;
  constexpr std::size_t kMinSummaryWords = 5;
  // Any other capitalised word after the seam ("…Won't StandWarren Mayor says it was…", "…Poached
  // In MichiganMichigan conservation officers are…") when the rest reads as a sentence of eight words
  // or more and the glued word has three characters or more before the seam: "iPhone", "McDonald"
  // and "eBay" have fewer, and a sentence with "LinkedIn" in it is no capitalised headline before it.
  constexpr std::size_t kMinSentenceWords = 8;
  constexpr std::size_t kMinGluedChars = 3;
  constexpr std::size_t kMaxHeadlineChars = 200;  // a headline's length: the seam is near the start
  const std::size_t limit = std::min(line.size(), kMaxHeadlineChars);
  std::optional<LineShape> whole;
  for (std::size_t p = 1; p < limit; ++p) {
    char before = line[p - 1], c = line[p];
    if (!(before >= 'a' && before <= 'z') || !(c >= 'A' && c <= 'Z')) continue;
    std::size_t sp = line.find(' ', p);
    if (sp == std::string_view::npos || sp + 1 >= line.size()) return false;
    LineShape head = shape_of(line.substr(0, p));
    if (head.words < kMinHeadlineWords || head.capitalised < 0.7 || head.terminal) continue;
    // The summary's shape from the whole line's, taken once: a line glued many times over stays
    // linear. The glued word counts on both sides of the seam.
    if (!whole) whole = shape_of(line);
    LineShape summary = *whole;
    summary.words = whole->words + 1 - std::min(whole->words + 1, head.words);
    char next = line[sp + 1];
    if (one_of(line.substr(p, sp - p), kOpeners) &&
        ((next >= 'a' && next <= 'z') || (next >= '0' && next <= '9')) && summary.words >= kMinSummaryWords) {
      return true;
    }
    std::size_t glued = 0;  // letters or digits of the glued word before the seam ("(IoT)" has a bracket)
    std::size_t k = p;
    for (; k > 0 && line[k - 1] != ' '; --k) {
      const char g = line[k - 1];
      const bool alnum = (g >= 'a' && g <= 'z') || (g >= 'A' && g <= 'Z') || (g >= '0' && g <= '9');
      if (!alnum) break;
      ++glued;
    }
    if (k > 0 && line[k - 1] != ' ') continue;
    // The summary's first word is written as a word ("The", "Michigan"), not as the capitals that
    // end a brand ("KulturIT", "LiteAF").
    const bool word_follows = p + 1 < line.size() && line[p + 1] >= 'a' && line[p + 1] <= 'z';
    if (!word_follows) continue;
    if (glued >= kMinGluedChars && summary.words >= kMinSentenceWords && is_prose(summary)) return true;
  }
  return false;
}

// The article's own list: tour dates, a product's features, a table of results. A paste keeps a
// blank line between paragraphs and none between a list's items, so a block of three or more lines
// with no blank line inside, standing between two paragraphs of running text, is a list the
// article holds; menus and link lists sit at the page's edges, next to other furniture. Its short
// lines would count against the text and could split the article in two; they count as neutral.
// A block that holds a furniture phrase or a section heading is a page part, not a list.
void lists_between_paragraphs(std::vector<double>& value, const std::vector<PageLine>& lines) {
  const std::size_t n = lines.size();
  constexpr double kFurniture = -4.0;
  constexpr std::size_t kMinItems = 3;
  // Paragraphs, not the one-line summaries of a teaser list whose cards alternate with short lines.
  constexpr std::size_t kMinParagraphWords = 12;
  // The paragraph above may introduce the list: "The dates so far are these:".
  auto paragraph = [&](std::size_t k, bool above) {
    const PageLine& l = lines[k];
    bool lead_in = above && !l.text.empty() && l.text.back() == ':';
    return ((is_prose(l.shape) && value[k] > 0.0) || lead_in) && l.shape.words >= kMinParagraphWords;
  };
  for (std::size_t i = 1; i < n;) {
    std::size_t j = i + 1;
    while (j < n && !lines[j].blank_before) ++j;
    bool list = lines[i].blank_before && j - i >= kMinItems && j < n && paragraph(i - 1, true) && paragraph(j, false);
    for (std::size_t k = i; k < j && list; ++k) {
      // A byline in the block makes it an article's header (byline, date, share bar).
      auto by = parse_byline(lines[k].text);
      list = value[k] > kFurniture && !(by && by->explicit_by);
    }
    list = list && !mostly_labels(lines, i, j) && !mostly_headlines(lines, i, j);
    if (list) {
      for (std::size_t k = i; k < j; ++k) value[k] = std::max(value[k], 0.0);
    }
    i = j;
  }
}

// A story's own short sentence standing as a paragraph ("Police are investigating.", "Nobody was
// hurt."): too short to count as running text, so the maximum run left it out and it was listed as
// the footer, or taken for the headline when it opened the paste. Set apart by a blank line (a
// paragraph of its own), ending like a sentence and written in lower case past its first word, it
// reads as text; furniture is labels, capitalised links, dates, bylines and known phrases.
bool short_sentence_paragraph(const PageLine& l, double value) {
  constexpr std::size_t kMinWords = 2;
  constexpr double kMaxCapitalised = 0.5;
  const LineShape& s = l.shape;
  if (s.words < kMinWords || is_prose(s) || !s.terminal || s.list_marker) return false;
  if (s.capitalised > kMaxCapitalised || value <= -4.0 || l.text.back() == ':') return false;
  return !parse_date_line(l.text) && !parse_byline(l.text);
}

}  // namespace

bool is_table_row(const std::vector<PageLine>& lines, std::size_t i) {
  const std::size_t c = lines[i].cells;
  if (c < 2) return false;
  return (i > 0 && lines[i - 1].cells == c) || (i + 1 < lines.size() && lines[i + 1].cells == c);
}

SectionMarker section_marker(std::string_view line) {
  auto toks = tokens(line, 21);
  if (toks.empty() || toks.size() > 20) return SectionMarker::None;
  // "34 responses to “Headline”", "3 thoughts on “Headline”": a count opens a thread of any length.
  std::vector<std::string> words;  // the line's words without punctuation-only tokens like "["
  for (auto t : toks) {
    std::string_view w = strip_punct(t);
    if (!w.empty()) words.push_back(ascii_lower(w));
  }
  if (words.empty()) return SectionMarker::None;
  if (words.size() >= 2 && words[0].find_first_not_of("0123456789") == std::string::npos &&
      (words[1] == "comments" || words[1] == "responses" || words[1] == "replies" || words[1] == "thoughts")) {
    return SectionMarker::Comments;
  }
  std::string l = ascii_lower(line);
  // "thelastchargersfan says:", "Catherine (GiveWell) on September 13, 2018 at 5:23 pm said:" — the
  // header of a comment; short, so a sentence ending in "said:" before a quote is not taken.
  bool speaks = l.size() > 6 && (l.substr(l.size() - 5) == "says:" || l.substr(l.size() - 5) == "said:" ||
                                 l.substr(l.size() - 6) == "wrote:");
  if (speaks && toks.size() <= 4) return SectionMarker::Comments;
  // With the time of posting the header runs longer ("Gary M on September 17, 2018 at 8:50 pm
  // said:"); a digit in a short line that ends in "said:" is that, not a reporter's lead-in.
  constexpr std::size_t kDatedHeaderTokens = 12;
  if (speaks && toks.size() <= kDatedHeaderTokens && l.find_first_of("0123456789") != std::string::npos) {
    return SectionMarker::Comments;
  }
  if (toks.size() > 8) return SectionMarker::None;
  // "Top Rated Comments", "[ 167 comments ]", "Comments (12)", "Show all 40 comments"
  if (words.size() <= 4 && std::find(words.begin(), words.end(), "comments") != words.end()) {
    return SectionMarker::Comments;
  }
  while (!l.empty() && (l.back() == ':' || l.back() == ' ' || l.back() == '.')) l.pop_back();
  static constexpr std::array<std::string_view, 16> kComments = {
      "comments", "comment", "leave a reply", "leave a comment", "post a comment", "add a comment",
      "join the conversation", "join the discussion", "discussion", "reader comments", "responses",
      "conversation", "what do you think?", "show comments", "view comments", "comments are closed"};
  if (one_of(l, kComments) || foreign_comments_heading(l)) return SectionMarker::Comments;
  // Headings over lists of other stories; other languages' in section_words.
  static constexpr std::array<std::string_view, 41> kRelated = {
      "related", "related articles", "related stories", "related posts", "related content",
      "related coverage", "related links", "related products", "more from", "more stories", "more news", "you may also like",
      "you might also like", "you may like", "you may also be interested in", "you might also be interested in",
      "recommended", "recommended for you", "recommended stories",
      "read next", "read more", "more on this", "most popular", "most read", "most viewed", "trending",
      "trending news", "trending now", "latest news", "latest stories", "top stories", "popular posts",
      "popular", "up next", "editor's picks", "editors' picks", "around the web", "from our partners",
      "promoted stories", "sponsored stories", "opinion"};
  if (one_of(l, kRelated) || foreign_related_heading(l) || starts_with(l, "more from ") || starts_with(l, "more in ") ||
      starts_with(l, "more stories from") || starts_with(l, "related roundup")) {
    return SectionMarker::Related;
  }
  if (l == "share" || l == "share this" || starts_with(l, "share this ") || l == "share the story") {
    return SectionMarker::Share;
  }
  // "About the author", "Sobre Carlos Nadalim": a bio box after the text.
  if (starts_with(l, "about the author") || starts_with(l, "about the writer") ||
      (starts_with(l, "sobre ") && toks.size() <= 4) || starts_with(l, "über den autor") ||
      starts_with(l, "à propos de l'auteur")) {
    return SectionMarker::AuthorBio;
  }
  if (l == "tags" || starts_with(l, "tags:") || starts_with(l, "filed under") || starts_with(l, "posted in ") ||
      l == "topics") {
    return SectionMarker::Tags;
  }
  return SectionMarker::None;
}

double line_value(const PageLine& line, nlp::Language language) {
  const LineShape& s = line.shape;
  if (furniture_phrase(line.text) || section_marker(line.text) != SectionMarker::None) return -4.0;
  if (s.truncated) return -4.0;  // a cut-off teaser headline
  if (s.keyword_list) return -3.0;  // a tag cloud or tag line, however long
  if (glued_headline_and_summary(line.text)) return -2.0;  // a teaser card, as a headline link
  double words = static_cast<double>(s.words);
  if (is_prose(s)) {
    // A run of capitalised words with a full stop is more often a headline list or a name list
    // than a sentence; running text is rich in function words.
    double weight = 1.0;
    if (nlp::has_function_words(language)) {
      double stops = stop_word_share(line.text, s.words, language);
      weight = stops >= 0.2 ? 1.0 : stops >= 0.1 ? 0.5 : 0.25;
    }
    return std::min(words, 120.0) * weight;
  }
  // Program code in a technical article ("WHERE u.id = o.user_id;", "if (x) {"): neutral, so that a
  // code listing does not split the text around it into two articles. Menus carry no such marks.
  if (looks_like_code(line.text)) return 0.0;
  if (s.words <= 3) return -3.0;                     // menu items, labels, counters
  if (!s.terminal && s.capitalised >= 0.7) return -2.0;  // headline-like links
  return -0.5;                                      // a short line of text: neutral, slightly against
}

ArticleSpan find_article(const std::vector<PageLine>& lines, nlp::Language language) {
  const std::size_t n = lines.size();
  std::vector<double> value(n);
  std::vector<double> good_words(n + 1, 0.0);  // prefix sums of positive evidence
  for (std::size_t i = 0; i < n; ++i) {
    value[i] = line_value(lines[i], language);
    good_words[i + 1] = good_words[i] + std::max(value[i], 0.0);
  }
  // Articles start right under their byline and date: the first running text within a few lines of
  // a "By …" line or a dateline gets a bonus, so a short story beats a long disclaimer or a
  // customer-service blurb elsewhere on the page (pages with a two-paragraph story are common).
  constexpr double kHeaderBonus = 40.0;
  constexpr std::size_t kHeaderReach = 5;
  std::vector<bool> bonus(n, false);
  for (std::size_t i = 0; i < n; ++i) {
    bool header = heads_article(lines[i].text);
    // "Gary M on September 17, 2018 at 8:50 pm said:" carries a date but heads a comment.
    header = header && section_marker(lines[i].text) != SectionMarker::Comments;
    // The date under "jane says:" heads a reader's comment, not an article.
    for (std::size_t k = i >= 2 ? i - 2 : 0; k < i && header; ++k) {
      header = section_marker(lines[k].text) != SectionMarker::Comments;
    }
    if (!header) continue;
    for (std::size_t j = i + 1; j < n && j <= i + kHeaderReach; ++j) {
      if (value[j] > 0.0) {
        if (!bonus[j]) value[j] += kHeaderBonus;
        bonus[j] = true;
        break;
      }
    }
  }
  // Lists of other stories put a name and a date over every summary (headline, "Jane Roe",
  // "Tuesday November 19, 2019", summary): dated texts a few lines apart are cards, not articles
  // under their header, and lose the bonus. An article's byline and dateline head one text.
  constexpr std::size_t kCardSpacing = 6;
  std::vector<bool> repeated(n, false);
  std::size_t last = n;  // the previous line with a bonus
  for (std::size_t i = 0; i < n; ++i) {
    if (!bonus[i]) continue;
    if (last != n && i - last <= kCardSpacing) repeated[i] = repeated[last] = true;
    last = i;
  }
  for (std::size_t i = 0; i < n; ++i) {
    if (repeated[i]) {
      value[i] -= kHeaderBonus;
      bonus[i] = false;
    }
  }
  // A code listing mixes lines with program marks and lines without ("EXPLAIN ANALYZE", "FROM users
  // u"): a run of non-prose lines of which a quarter at least look like code is the listing, neutral
  // as a whole, so that it does not split the article around it.
  for (std::size_t i = 0; i < n;) {
    if (is_prose(lines[i].shape)) {
      ++i;
      continue;
    }
    std::size_t j = i, code = 0;
    for (; j < n && !is_prose(lines[j].shape); ++j) code += looks_like_code(lines[j].text);
    if (code >= 2 && 4 * code >= j - i) {
      for (std::size_t k = i; k < j; ++k) value[k] = std::max(value[k], 0.0);
    }
    i = j;
  }
  // A picture gallery above or inside the article: the counter ("Image 1 of 23") and the captions
  // beside it are no evidence of the text, however sentence-like a caption is.
  for (std::size_t i = 0; i < n; ++i) {
    if (!is_gallery_counter(lines[i].text)) continue;
    value[i] = -4.0;
    if (i > 0) value[i - 1] = std::min(value[i - 1], -2.0);
    if (i + 1 < n) value[i + 1] = std::min(value[i + 1], -2.0);
  }
  lists_between_paragraphs(value, lines);
  // A fenced listing is neutral, as an unfenced one (looks_like_code), so it does not split the
  // text. A table's rows keep their value: neutral, a price or spec table under a product's or a
  // service's text was pulled into it; the table that opens a paste is taken below.
  for (std::size_t i = 0; i < n; ++i) {
    if (lines[i].markup == Markup::Code) value[i] = std::max(value[i], 0.0);
  }
  // A chat export or log (text::opens_chat_message): its messages are short and often unpunctuated,
  // so they weighed as menu lines and the conversation was cut. Three messages in a row at least,
  // so that one "Photo: Ann Lee" line is not taken for one. When they open with names only, two
  // names at least, one said twice: "Colour: Red", "Size: Large" is a spec sheet, and "Video: …"
  // over "Video: …" a list of links.
  constexpr std::size_t kMinMessages = 3;
  for (std::size_t i = 0; i < n;) {
    std::size_t j = i;
    bool stamped = false, repeated = false;
    std::unordered_set<std::string_view> speakers;  // one pass: a run may be a whole 50 MB log
    for (; j < n && text::opens_chat_message(lines[j].text); ++j) {
      std::string_view speaker = text::speaker_of(lines[j].text);
      stamped = stamped || speaker.empty();
      repeated = !speakers.insert(speaker).second || repeated;
    }
    const bool several = speakers.size() >= 2;
    if (j - i >= kMinMessages && (stamped || (repeated && several))) {
      for (std::size_t k = i; k < j; ++k) value[k] = std::max(value[k], static_cast<double>(lines[k].shape.words));
    }
    i = j > i ? j : i + 1;
  }
  for (std::size_t i = 0; i < n; ++i) good_words[i + 1] = good_words[i] + std::max(value[i], 0.0);
  // A comments section after a real article bounds the search: comment threads are running text
  // too, and a long thread would otherwise outweigh the article. A "3 Comments" link in the page
  // header has no article text before it and is ignored.
  // Only a heading that opens a thread counts ("Comments", "12 responses to …", "Leave a reply"),
  // and not when an article's byline or date follows it closely: "New, 6 comments" and "Leave a
  // comment" links also sit in the header of the article itself.
  // A count heading ("87 Comments") opens a thread only when the thread shows under it and no other
  // count stands a few lines away: a listing puts a count on every card, and the cards are its content.
  constexpr std::size_t kCountSpacing = 8;
  std::vector<bool> carded(n, false);
  for (std::size_t i = 0, last = n; i < n; ++i) {
    if (!comment_count_heading(lines[i].text)) continue;
    if (last != n && i - last <= kCountSpacing) carded[i] = carded[last] = true;
    last = i;
  }
  // A forum's threads are its content and show before the count too: a count heading below an
  // earlier part of a thread (a "Reply", "Add a comment", a comments heading) opens none. The lines
  // just above the count are left out: the thread's own form ("Notify me of new comments") sits there.
  constexpr std::size_t kFormLines = 12;
  bool thread_above = false;
  auto opens = [&](std::size_t i) {
    if (opens_thread(lines[i].text)) return true;
    return comment_count_heading(lines[i].text) && !carded[i] && !thread_above && thread_follows(lines, i);
  };
  std::size_t limit = n;
  for (std::size_t i = 0; i < n && limit == n; ++i) {
    if (i >= kFormLines) thread_above = thread_above || thread_line(lines[i - kFormLines]);
    if (good_words[i] < 40.0 || !opens(i)) continue;
    bool article_follows = false;
    for (std::size_t j = i + 1; j < n && j <= i + 20; ++j) article_follows = article_follows || bonus[j];
    if (!article_follows) limit = i;
  }
  // Maximum-sum run of lines: linear in the page.
  LineRun article_run = max_sum_run(value, limit);
  ArticleSpan best;
  if (!article_run.found) return best;
  best = {article_run.begin, article_run.end, true};
  // Cut at the first end-of-article marker ("Tags", "Related", "Share this", a comments heading)
  // once a real share of the run's text lies before it: what follows such a heading is the next
  // stories' teasers or the readers' thread, which Kadane alone keeps when their text is long.
  const double total = good_words[best.end] - good_words[best.begin];
  for (std::size_t i = best.begin; i < best.end; ++i) {
    if (section_marker(lines[i].text) == SectionMarker::None) continue;
    double before = good_words[i] - good_words[best.begin];
    if (before >= 40.0 && before >= 0.6 * total) {
      best.end = i;
      break;
    }
  }
  // Other stories' cards at the end of the run (see teaser_cards_start), once the article is in.
  if (TeaserCards cards = teaser_cards_start(value, lines, best.begin, best.end); cards.start < best.end) {
    // Only when the article outweighs the cards: a listing, a services page or a documentation hub
    // is one introduction over many items of that shape, and the items are what the page is for.
    // Dated cards are other stories however long their summaries run: a services page or a
    // catalogue does not date its items, and an article over a long "More from" list would lose.
    const std::size_t cut = cards.start;
    double article = good_words[cut] - good_words[best.begin];
    if (article >= 40.0 && (cards.dated || article >= good_words[best.end] - good_words[cut])) {
      best.end = cut;
      best.teasers_follow = true;
    }
  }
  best.end = remnant_start(value, good_words, lines, best.begin, best.end);
  if (!best.teasers_follow) best.end = closing_list_end(value, lines, best.end);
  // The story's closing short sentences, right under its last paragraph (short_sentence_paragraph):
  // two at most, and no question. More of them, or a question put to the reader, are a thread's
  // bare comments ("Great article, thanks for sharing.", "Who cares about this anyway?").
  if (best.end > best.begin && is_prose(lines[best.end - 1].shape)) {
    constexpr std::size_t kMaxClosing = 2;
    for (std::size_t taken = 0; taken < kMaxClosing && best.end < n && lines[best.end].blank_before &&
                                short_sentence_paragraph(lines[best.end], value[best.end]) &&
                                lines[best.end].text.back() != '?';
         ++taken) {
      ++best.end;
    }
  }
  // And its opening ones, when nothing else stands above them: a paste that starts with the story.
  // So too a table that opens the paste right above the text ("The table above lists…").
  if (best.begin > 0 && lines[best.begin].blank_before && is_prose(lines[best.begin].shape)) {
    bool opening = true, table = true;
    for (std::size_t i = 0; i < best.begin && (opening || table); ++i) {
      opening = opening && (i == 0 || lines[i].blank_before) && short_sentence_paragraph(lines[i], value[i]);
      table = table && is_table_row(lines, i);
    }
    if (opening || table) best.begin = 0;
  }
  // A byline or dateline in the first lines of the run: what stands above it is the standfirst
  // (the publisher's summary under the headline), and the article starts below it. A standfirst is
  // one paragraph: under two, the byline closes a short story ("Written by Ana Ruiz" over the
  // author's bio, on blog platforms), and the story was cut as its standfirst.
  std::size_t prose_above = 0;
  for (std::size_t i = best.begin; i < best.end && i < best.begin + 4; ++i) {
    if (heads_article(lines[i].text) && prose_above < 2) best.begin = i + 1;
    // A paragraph, not a question headline repeated ("How many wine styles are there?" twice).
    constexpr std::size_t kParagraphWords = 15;
    if (is_prose(lines[i].shape) && lines[i].shape.words >= kParagraphWords) ++prose_above;
  }
  return best;
}

}  // namespace pith::extract
