#include "extract/listing.h"

#include <algorithm>

#include "extract/bylines.h"
#include "extract/dates.h"
#include "extract/furniture.h"
#include "extract/max_run.h"

namespace pith::extract {
namespace {

// The article model's text stands right under a byline or a dateline (heads_article, the lines
// content_model.cpp gives its header bonus).
bool has_header(const std::vector<PageLine>& lines, const ArticleSpan& article) {
  constexpr std::size_t kReach = 5;
  if (!article.found) return false;
  for (std::size_t i = article.begin > kReach ? article.begin - kReach : 0; i < article.begin; ++i) {
    if (heads_article(lines[i].text)) return true;
  }
  return false;
}

}  // namespace

double item_value(const PageLine& line, nlp::Language language) {
  const LineShape& s = line.shape;
  // A readers' thread ("12 Comments", "jane says:") ends any list above it: its posts are running
  // text that would otherwise carry the run on through the thread.
  constexpr double kBarrier = -1e6;
  const SectionMarker marker = section_marker(line.text);
  if (marker == SectionMarker::Comments) return kBarrier;
  // An item's summary or description reads as running text: worth what it is worth in an article
  // (line_value gives furniture and section headings their -4 too).
  if (is_prose(s)) return line_value(line, language);
  // Headings over other stories, share bars, footers: they bound a list rather than belong to it.
  if (marker != SectionMarker::None || furniture_phrase(line.text)) return -4.0;
  if (s.keyword_list) return -3.0;  // a tag cloud
  // The date, price, rating or "2 days ago" line under an item's title: part of the item, no
  // evidence either way.
  if (parse_date_line(line.text)) return 0.0;
  // Menu entries, labels and counters ("Home", "839 Ratings", "$12.99"): menus are long runs of
  // them, while in a list of items they sit one between two titles.
  constexpr std::size_t kMaxLabelWords = 3;
  if (s.words <= kMaxLabelWords) return -1.0;
  // An item's title: a headline of four words or more, cut off or not ("Stardex Is Hiring Support
  // Engineers (example.com)", "20 Easy Soups for a Cold Night").
  constexpr double kTitleWeight = 0.5;
  return kTitleWeight * static_cast<double>(std::min<std::size_t>(s.words, 20));
}

ListingSpan find_listing(const std::vector<PageLine>& lines, const ArticleSpan& article, nlp::Language language) {
  const std::size_t n = lines.size();
  ListingSpan none;
  if (n == 0) return none;
  std::vector<double> value(n);
  for (std::size_t i = 0; i < n; ++i) value[i] = item_value(lines[i], language);
  // The run of items: the maximum-sum run of lines.
  LineRun items_run = max_sum_run(value, n);
  if (!items_run.found) return none;
  ListingSpan run{items_run.begin, items_run.end, true};
  // The run starts at its first item's title and ends with its last item. Running text further out
  // came in only for its own weight: a consent banner's or a footer's blurb below the footer links.
  auto is_title = [&](std::size_t i) { return value[i] > 0.0 && !is_prose(lines[i].shape); };
  std::size_t first = run.begin, last = run.end;
  while (first < run.end && !is_title(first)) ++first;
  while (last > run.begin && !is_title(last - 1)) --last;
  if (first >= last) return none;
  // Items are alike: the last one spans as many lines as the one before it (title, then summary,
  // date, price or rating), and furniture (a footer link, a "Related" heading) ends it early.
  constexpr std::size_t kMaxCardLines = 4;
  constexpr double kFurniture = -3.0;
  auto plain = [&](std::size_t i) { return value[i] > kFurniture; };
  std::size_t previous = last - 1;
  while (previous > first && !is_title(previous - 1)) --previous;
  std::size_t card = previous > first ? std::min(last - previous, kMaxCardLines) : 1;
  std::size_t tail = last;
  while (tail < run.end && tail < last - 1 + card && plain(tail)) ++tail;
  // A list's introduction ("What's for dinner? Start with these…") stands right above its first item.
  constexpr std::size_t kIntroReach = 3;
  std::size_t head = first;
  for (std::size_t i = first; i > 0 && i + kIntroReach > first && plain(i - 1); --i) {
    if (is_prose(lines[i - 1].shape) && value[i - 1] > 0.0) head = i - 1;
  }
  run.begin = head;
  run.end = tail;
  // The article model's text, and whether it is the list's introduction (right above the first
  // item, or among the items): then the listing takes it in. Text below the last item is a footer's
  // or a consent banner's, however close.
  double text = 0.0;
  if (article.found) {
    for (std::size_t i = article.begin; i < article.end; ++i) text += std::max(line_value(lines[i], language), 0.0);
  }
  constexpr std::size_t kReach = 3;
  bool joins = article.found && article.begin < run.end && run.begin <= article.end + kReach;
  for (std::size_t i = article.end; joins && i < run.begin; ++i) joins = plain(i);
  ListingSpan out = run;
  if (joins) {
    out.begin = std::min(run.begin, article.begin);
    out.end = std::max(run.end, article.end);
  }
  // What the run holds besides the article's text: its items' titles, and the summaries right under
  // them. Running text that follows running text is an article or a thread, not an item's summary.
  std::size_t items = 0;
  double mass = 0.0;
  for (std::size_t i = run.begin; i < run.end; ++i) {
    if (value[i] <= 0.0 || (article.found && i >= article.begin && i < article.end)) continue;
    if (!is_prose(lines[i].shape)) {
      ++items;
      mass += value[i];
    } else if (i == 0 || !is_prose(lines[i - 1].shape)) {
      mass += value[i];
    }
  }
  // A news story followed by related cards has a long text and a shorter run of cards: it stays an
  // article. A listing is many items that outweigh whatever text the page has, twice over; four
  // times over when that text stands under its own byline or dateline, as a story does (a short
  // story above a long "Latest news" column of headline, byline and time cards).
  // The article model already ended a story where other stories' cards begin (teasers_follow):
  // cards after that story are those teasers, however long their summaries run.
  if (article.found && article.teasers_follow && run.end > article.end) return none;
  constexpr std::size_t kMinItems = 6;
  constexpr double kRatio = 2.0;
  constexpr double kHeadedRatio = 4.0;
  if (items < kMinItems || mass < (has_header(lines, article) ? kHeadedRatio : kRatio) * text) return none;
  return out;
}

}  // namespace pith::extract
