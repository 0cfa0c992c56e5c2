#include "extract/plain_text.h"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "extract/bylines.h"
#include "extract/content_model.h"
#include "extract/credits.h"
#include "extract/dates.h"
#include "extract/edit_links.h"
#include "extract/furniture.h"
#include "extract/line_shape.h"
#include "extract/listing.h"
#include "extract/mail_header.h"
#include "extract/words.h"
#include "html/text_refs.h"
#include "text/affixes.h"
#include "text/chat_line.h"
#include "text/lines.h"
#include "text/markdown.h"
#include "text/repair.h"
#include "text/unwrap.h"
#include "text/utf8.h"
#include "text/normalize.h"

namespace pith::extract {
namespace {

using Line = PageLine;

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

// One line made clean: damaged characters restored, then spacing normalised. A paste may also carry
// character references copied out of page source ("&amp;", "&#8217;"); HTML input decoded its own.
std::string clean_line(std::string_view raw, bool pasted) {
  std::string s = text::expand_ligatures(text::repair_mojibake(raw));
  if (pasted && s.find('&') != std::string::npos) s = html::decode_entities(s);
  return text::double_hyphen_dashes(text::normalize_spaces(s));
}

// Cells between tabs, indentation aside ("\tIndented paragraph" is one): 0 for fewer than two.
std::size_t tab_cells(std::string_view raw) {
  std::size_t cells = 0;
  for (std::size_t p = 0; p <= raw.size();) {
    std::size_t tab = std::min(raw.find('\t', p), raw.size());
    std::string_view cell = raw.substr(p, tab - p);
    cells += cell.find_first_not_of(" \r") != std::string_view::npos;
    p = tab + 1;
  }
  return cells >= 2 && raw.find('\t') != std::string_view::npos ? cells : 0;
}

std::vector<Line> nonblank_lines(std::string_view text, bool pasted) {
  std::vector<Line> out;
  bool blank = false;
  std::string code;  // the fenced listing being gathered, verbatim: indentation is its syntax
  bool fenced = false;
  auto end_listing = [&] {
    if (!code.empty()) {
      code.pop_back();  // its last line's newline
      Line l{code, shape_of(code), blank};
      l.markup = Markup::Code;
      out.push_back(std::move(l));
      blank = false;
    }
    code.clear();
  };
  for (std::string_view raw : text::split_lines(text)) {
    if (pasted && (fenced || text::is_code_fence(raw))) {
      if (fenced && !text::is_code_fence(raw)) {
        code.append(raw).append("\n");
        continue;
      }
      if (fenced) end_listing();
      fenced = !fenced;
      continue;
    }
    std::string clean = clean_line(raw, pasted);
    if (clean.empty()) {
      blank = true;
      continue;
    }
    // "History[edit]", a wiki heading copied with its edit link: the heading, and the link as a
    // line of its own (set apart, as the heading stands alone) that the furniture rules remove and
    // list. Only after a heading's words: "Next to your photo, click [Edit]" is an instruction.
    std::size_t edit = edit_link_suffix(clean);
    std::string link;
    if (edit > 0 && edit < clean.size()) {
      std::string_view head = std::string_view(clean).substr(0, clean.size() - edit);
      LineShape h = shape_of(head);
      constexpr std::size_t kHeadingWords = 8;
      if (h.words <= kHeadingWords && !h.terminal && !h.list_marker && head.find(',') == std::string_view::npos) {
        link = text::normalize_spaces(std::string_view(clean).substr(clean.size() - edit));
        clean.resize(clean.size() - edit);
      }
    }
    std::size_t level = pasted ? text::heading_level(clean) : 0;
    if (level > 0) clean = std::string(text::heading_text(clean));
    LineShape shape = shape_of(clean);
    out.push_back({std::move(clean), shape, blank, tab_cells(raw), level > 0 ? Markup::Heading : Markup::None, level});
    if (!link.empty()) out.push_back({link, shape_of(link), false});
    blank = false;
  }
  // A fence never closed: the listing ran to the end of the paste, and is kept as one.
  if (fenced) end_listing();
  return out;
}

bool is_credit_line(const Line& l) { return is_photo_credit(l.text); }

// A caption: ends with a credit, or sits right above a credit line (the scrape of a figure).
bool is_caption(const std::vector<Line>& lines, std::size_t i) {
  if (ends_with_credit(lines[i].text) || is_gallery_counter(lines[i].text)) return true;
  // A gallery's counter ("Image 1 of 23") sits right above or below the picture's caption.
  if ((i > 0 && is_gallery_counter(lines[i - 1].text)) ||
      (i + 1 < lines.size() && is_gallery_counter(lines[i + 1].text))) {
    return true;
  }
  return i + 1 < lines.size() && is_credit_line(lines[i + 1]) && lines[i].shape.words <= 40;
}

// "Home > News > Local News", "Forums › Hardware": a trail of the site's sections, not a name.
bool is_breadcrumb(std::string_view line) {
  return line.find(" > ") != std::string_view::npos || line.find(" \xE2\x80\xBA ") != std::string_view::npos ||
         line.find(" \xC2\xBB ") != std::string_view::npos;
}

// A post's line of particulars under its title, a date or a comment count among its parts:
// "Posted on February 18, 2024 by Jonas · 14 Comments", "Started by kevin_m, March 2, 2025".
bool particulars_line(std::string_view line) {
  constexpr std::size_t kMaxWords = 14;
  if (count_tokens(line, kMaxWords + 1) > kMaxWords) return false;
  static constexpr std::string_view kSeparators[] = {", ", " \xC2\xB7 ", " | ", " \xE2\x80\xA2 ", " - "};
  for (std::string_view sep : kSeparators) {
    for (std::size_t p = line.find(sep); p != std::string_view::npos; p = line.find(sep, p + 1)) {
      std::string_view after = line.substr(p + sep.size());
      std::size_t next = after.find(sep);
      std::string_view part = after.substr(0, next);
      if (parse_date_line(after) || parse_date_line(part) || furniture_phrase(part) == Reason::Comments) return true;
    }
  }
  return false;
}

// A line that may be the headline: of headline length, and none of the header's other lines (a
// byline, a date, a caption, a menu, a label).
bool title_candidate(const std::vector<Line>& lines, std::size_t i) {
  const Line& l = lines[i];
  const LineShape& s = l.shape;
  // A Markdown paste's "# fastgrep" names its project in a word.
  if (l.markup == Markup::Heading && l.level == 1 && s.words >= 1 && s.words <= 30) return true;
  if (s.words < 3 || s.words > 30 || s.truncated || s.list_marker || is_table_row(lines, i)) return false;
  // A headline is words: "14.03.2025, 18:42 Uhr" is a date line, however the date rules read it.
  std::size_t worded = 0, all = 0;
  for (std::string_view t : tokens(l.text, 31)) {
    ++all;
    worded += has_letter(t);
  }
  if (2 * worded < all) return false;
  if (is_credit_line(l) || parse_date_line(l.text) || furniture_phrase(l.text)) return false;
  // A picture's caption over the text: "Flooding on Riverside Road (Image: Wexham Gazette)".
  if (ends_with_credit(l.text) || is_gallery_counter(l.text)) return false;
  if (auto by = parse_byline(l.text); by && (by->explicit_by || s.words <= 4)) return false;
  if (l.text.find(" | ") != std::string::npos) return false;  // "News | Sport | Weather" menus
  return !is_breadcrumb(l.text) && !particulars_line(l.text);
}

// The headline: in the lines above the body, the headline-shaped line nearest the body, preferring
// capitalised lines of headline length and lines followed by a byline, date or the body itself.
std::size_t find_title(const std::vector<Line>& lines, std::size_t body_start) {
  std::size_t best = kNone;
  double best_score = 0.0;
  // Only the lines just above the text: further up are menus and lists of other stories' headlines.
  const std::size_t window = 12;
  const std::size_t first = body_start > window ? body_start - window : 0;
  for (std::size_t i = first; i < body_start; ++i) {
    const Line& l = lines[i];
    const LineShape& s = l.shape;
    if (!title_candidate(lines, i)) continue;
    double score = static_cast<double>(s.words < 20 ? s.words : 20) / 4.0;
    if (s.capitalised >= 0.6) score += 3.0;
    if (!s.terminal) score += 1.0;
    // What follows a headline on a page: the byline, the date, a picture, or the text itself.
    bool header_follows = i + 1 == body_start;
    // Within the headline's own block: past a blank line, a byline belongs to a lower headline (a
    // blog's name and motto stand apart over the post's title and its "Posted on …" line).
    for (std::size_t j = i + 1; j < body_start && j <= i + 3 && !header_follows && (j == i + 1 || !lines[j].blank_before); ++j) {
      header_follows = parse_byline(lines[j].text).has_value() || parse_date_line(lines[j].text).has_value() ||
                       is_credit_line(lines[j]) || particulars_line(lines[j].text);
    }
    if (header_follows) score += 4.0;
    // A Markdown paste marks its headline: "# Notes on C#" over a short first paragraph.
    if (l.markup == Markup::Heading && l.level == 1) score += 4.0;
    score += 2.0 - static_cast<double>(body_start - i) / static_cast<double>(window) * 2.0;  // nearer the body
    if (score > best_score) {
      best_score = score;
      best = i;
    }
  }
  // A news page's standfirst ("The measure, which now heads to the governor, would cap…") sits
  // between the headline and the byline, and is longer than the headline, so it scores higher. The
  // headline is the shorter line right above it, itself under the page's short labels (a section
  // name, a menu) or a blank line; a teaser in a list of stories stands under another teaser.
  constexpr std::size_t kLonger = 3;
  if (best != kNone && best > first && lines[best].markup == Markup::None) {
    const std::size_t above = best - 1;
    const bool set_apart = lines[best - 1].blank_before || above == 0 || lines[above - 1].shape.words <= 4 ||
                           is_breadcrumb(lines[above - 1].text) || furniture_phrase(lines[above - 1].text);
    if (title_candidate(lines, above) && lines[above].shape.words >= 4 &&
        lines[best].shape.words >= lines[above].shape.words + kLonger && !lines[best].blank_before && set_apart) {
      best = above;
    }
  }
  return best;
}

// "2. Study area" over its section: a numbered line set apart, short of a sentence, with a paragraph
// under it is a section heading in a paper or a report, as "1. Introduction" (too short to read as
// a list item) already was; the items of a numbered list stand together, without a paragraph
// under each.
bool numbered_heading(const std::vector<Line>& lines, std::size_t i, bool next_is_prose) {
  constexpr std::size_t kMaxWords = 10;
  const Line& l = lines[i];
  return l.shape.list_marker && l.text[0] >= '0' && l.text[0] <= '9' && !l.shape.terminal &&
         l.shape.words <= kMaxWords && next_is_prose && (l.blank_before || i == 0 || !lines[i - 1].shape.list_marker);
}

// A numbered item's marker ("3." or "3)", as line_shape's list_marker takes them) as its number; a
// bullet has none. The marker leaves the text, so the number is what keeps "3. Add the flour" step 3.
std::optional<int> marker_number(std::string_view marker) {
  if (marker.size() < 2 || marker[0] < '0' || marker[0] > '9') return std::nullopt;
  int n = 0;
  for (std::size_t i = 0; i + 1 < marker.size(); ++i) {
    if (marker[i] < '0' || marker[i] > '9') return std::nullopt;
    n = n * 10 + (marker[i] - '0');
  }
  return n;
}

// A short line over a paragraph may be a section title, unless it reads as the end or the middle
// of a sentence: one closing on a full stop, also inside a quotation ("\"It was touch and go.\""; a
// question may be a heading: "Why now?"), a line of a mail's quoted thread ("> Karen, the
// contractor…"), or a wrapped line cut on a small word ("…from the weir at Herbrum to the").
bool heading_shaped(const Line& l, nlp::Language language) {
  std::size_t end = l.text.size();
  if (l.shape.terminal && text::last_before_closers(l.text, &end) == '.') return false;
  if (l.text[0] == '>') return false;
  std::size_t space = l.text.rfind(' ');
  if (space == std::string::npos) return true;
  std::string_view last = std::string_view(l.text).substr(space + 1);
  return !(last[0] >= 'a' && last[0] <= 'z' && nlp::is_function_word(language, ascii_lower(last)));
}

struct Reader {
  Document& doc;
  nlp::Language language = nlp::Language::Unknown;
  // A listing page (listing.h): the items are the content, cut-off titles and dates included.
  bool listing = false;
  void remove(const Line& l, Reason r) { doc.removed.push_back({l.text, r, doc.blocks.size()}); }
  void keep(const Line& l, BlockKind kind) {
    std::string t = l.text;
    std::optional<int> number;
    if (kind == BlockKind::ListItem && l.shape.list_marker) {
      std::size_t sp = t.find(' ');
      number = marker_number(std::string_view(t).substr(0, sp));
      t = t.substr(sp + 1);
    }
    const int level = l.level > 0 ? static_cast<int>(l.level) : 2;  // a Markdown heading says its own
    doc.blocks.push_back({kind, std::move(t), kind == BlockKind::Heading ? level : 0, number});
  }

  // Lines between the top of the page and the headline.
  void above_title(const std::vector<Line>& lines, std::size_t title) {
    for (std::size_t i = 0; i < title; ++i) {
      const Line& l = lines[i];
      if (auto r = furniture_phrase(l.text)) {
        remove(l, *r);
      } else if (l.shape.truncated) {
        remove(l, Reason::TeaserLink);
      } else if (auto d = parse_date_line(l.text)) {
        remove(l, Reason::Date);
      } else if (is_breadcrumb(l.text)) {
        remove(l, Reason::Navigation);
      } else if (i + 1 == title && l.shape.words <= 4 && !l.shape.terminal) {
        // The short line right above the headline is the masthead or section: "Tipsheet". Not a
        // press office's contact line ("press@example.com | +1 (555) 010-2233"), nor a README
        // banner's leftover tag ("</p>").
        const bool contact = l.text.find('@') != std::string::npos || l.text.find(" | ") != std::string::npos ||
                             l.text[0] == '<';
        if (doc.site_name.empty() && !contact) doc.site_name = l.text;
        remove(l, Reason::SiteHeader);
      } else if (l.shape.words <= 6) {
        remove(l, Reason::Navigation);
      } else {
        remove(l, Reason::SiteHeader);
      }
    }
  }

  // Lines between the headline and the first paragraph: byline, date, picture, standfirst.
  void header(const std::vector<Line>& lines, std::size_t from, std::size_t to) {
    for (std::size_t i = from; i < to; ++i) {
      const Line& l = lines[i];
      if (auto r = furniture_phrase(l.text)) {
        remove(l, *r);
      } else if (auto d = parse_date_line(l.text)) {
        if (doc.published.empty()) doc.published = *d;
        remove(l, Reason::Date);
      } else if (ends_with_credit(l.text)) {
        remove(l, Reason::Caption);
      } else if (is_credit_line(l)) {
        if (doc.image_credit.empty()) doc.image_credit = l.text;
        remove(l, Reason::PhotoCredit);
      } else if (auto by = parse_byline(l.text)) {
        take_byline(*by, doc);  // with the date beside the names: "By Ann Lee, March 16, 2025"
        remove(l, Reason::Byline);
      } else if (is_caption(lines, i)) {
        remove(l, Reason::Caption);
      } else if (l.shape.words <= 6) {
        remove(l, Reason::Boilerplate);
      } else {
        remove(l, Reason::Standfirst);
      }
    }
  }

  // A pasted e-mail's header block: the subject is the title, the sender the byline when a person
  // sends it (a mailing's name is the site's), the date the date.
  void mail_header(const std::vector<Line>& lines, std::size_t count) {
    for (std::size_t i = 0; i < count; ++i) {
      std::string_view value;
      switch (mail_field(lines[i].text, &value)) {
        case MailField::Subject:
          if (doc.title.empty()) doc.title = std::string(value);
          remove(lines[i], Reason::Title);
          break;
        case MailField::From: {
          std::string_view name = sender_name(value);
          auto by = name.empty() ? std::nullopt : parse_byline(name);
          if (by && !by->people.empty() && !sent_by_a_mailing(value)) {
            take_byline(*by, doc);
          } else if (!name.empty() && doc.site_name.empty()) {
            doc.site_name = std::string(name);
          }
          remove(lines[i], Reason::Byline);
          break;
        }
        case MailField::Date:
          if (auto d = parse_date_line(value); d && doc.published.empty()) doc.published = *d;
          remove(lines[i], Reason::Date);
          break;
        default:
          remove(lines[i], Reason::Boilerplate);  // To, Cc: the addressees
          break;
      }
    }
  }

  void body(const std::vector<Line>& lines, std::size_t from, std::size_t to) {
    for (std::size_t i = from; i < to; ++i) {
      const Line& l = lines[i];
      const LineShape& s = l.shape;
      // (Past a wiki heading's own edit link, split off it in nonblank_lines.)
      std::size_t next = i + 1 < to && is_edit_link(lines[i + 1].text) ? i + 2 : i + 1;
      bool next_is_prose = next < to && is_prose(lines[next].shape);
      if (l.markup != Markup::None) {
        keep(l, l.markup == Markup::Code ? BlockKind::Code : BlockKind::Heading);
        continue;
      }
      // A Markdown table's rows are kept as rows; the rule under its head row draws nothing.
      if (text::is_table_markup(l.text)) {
        if (l.text.find_first_not_of("|-: ") == std::string::npos) remove(l, Reason::Boilerplate);
        else keep(l, BlockKind::Paragraph);
        continue;
      }
      std::optional<Byline> by = s.words <= 12 ? parse_byline(l.text) : std::nullopt;
      auto r = furniture_phrase(l.text);
      // On a listing page, "3 days ago" under an item's title is the item's own date, not furniture.
      if (listing && r == Reason::Date) r.reset();
      if (r) {
        remove(l, *r);
      } else if (ends_with_credit(l.text)) {
        remove(l, Reason::Caption);
      } else if (is_credit_line(l)) {
        if (doc.image_credit.empty()) doc.image_credit = l.text;
        remove(l, Reason::PhotoCredit);
      } else if (is_caption(lines, i)) {
        remove(l, Reason::Caption);
      } else if (by && by->explicit_by) {
        // A "By …" line inside the text: the byline sat below a standfirst or a picture.
        take_byline(*by, doc);
        remove(l, Reason::Byline);
      } else if (listing) {
        keep(l, s.list_marker ? BlockKind::ListItem : BlockKind::Paragraph);
      } else if (auto d = parse_date_line(l.text)) {
        if (doc.published.empty()) doc.published = *d;
        remove(l, Reason::Date);
      } else if (is_prose(s)) {
        keep(l, s.list_marker ? BlockKind::ListItem : BlockKind::Paragraph);
      } else if (is_table_row(lines, i)) {
        keep(l, BlockKind::Paragraph);  // a row, however headline-like its cells
      } else if (numbered_heading(lines, i, next_is_prose)) {
        keep(l, BlockKind::Heading);  // its number is part of it: "2. Study area"
      } else if (s.list_marker) {
        keep(l, BlockKind::ListItem);
      } else if (s.truncated) {
        remove(l, Reason::TeaserLink);
      } else if (next_is_prose && s.words <= 20 && heading_shaped(l, language) &&
                 !text::among_chat_messages(i > 0 ? lines[i - 1].text : std::string_view(), l.text,
                                            i + 1 < lines.size() ? lines[i + 1].text : std::string_view())) {
        keep(l, BlockKind::Heading);  // section titles, as in a long report
      } else {
        keep(l, BlockKind::Paragraph);
      }
    }
  }

  // After the article: comments, related stories, share bars, tags and the site footer. A section
  // heading names everything under it until the next one.
  void tail(const std::vector<Line>& lines, std::size_t from, std::size_t to, bool teasers_first) {
    Reason section = teasers_first ? Reason::Related : Reason::Footer;
    for (std::size_t i = from; i < to; ++i) {
      const Line& l = lines[i];
      switch (section_marker(l.text)) {
        case SectionMarker::Comments: section = Reason::Comments; break;
        case SectionMarker::Related: section = Reason::Related; break;
        case SectionMarker::Share: section = Reason::ShareBar; break;
        case SectionMarker::AuthorBio: section = Reason::AuthorBio; break;
        case SectionMarker::Tags: section = Reason::Tags; break;
        case SectionMarker::None: break;
      }
      auto r = furniture_phrase(l.text);
      remove(l, r ? *r : l.shape.truncated ? Reason::TeaserLink : section);
    }
  }
};

// Where a mail's own text ends. The signature stands under "-- " (RFC 3676's delimiter; also
// bare); a client's reply quotes the thread under "-----Original Message-----", or, in a pasted
// mail (`mail`), under "On Mon, 7 Oct 2024, Ravi Patel wrote:" (a forum's quotes use that line
// too, and go on after it).
struct MailEnd {
  std::size_t signature;  // the delimiter, or the thread's marker when there is none
  std::size_t thread;     // the quoted thread's marker; lines.size() when none
};

bool opens_quoted_thread(std::string_view line, bool mail) {
  std::string l = ascii_lower(line);
  std::size_t b = l.find_first_not_of("- "), e = l.find_last_not_of("- ");
  if (b != std::string::npos && l.substr(b, e + 1 - b) == "original message" && b > 0) return true;
  constexpr std::size_t kMaxWords = 30;
  return mail && text::starts_with(l, "on ") && text::ends_with(l, " wrote:") && count_tokens(l, kMaxWords + 1) <= kMaxWords;
}

MailEnd mail_end(const std::vector<Line>& lines, std::size_t from, bool mail) {
  MailEnd end{lines.size(), lines.size()};
  for (std::size_t i = from; i < lines.size(); ++i) {
    if (lines[i].text == "--" && end.signature == lines.size()) end.signature = i;
    if (opens_quoted_thread(lines[i].text, mail)) {
      end.thread = i;
      break;
    }
  }
  end.signature = std::min(end.signature, end.thread);
  return end;
}

// The sign-off right above a mail's signature or thread: "Thanks," over "Karen" (short lines, the
// first closing on a comma). Returns where it starts, `at` when there is none.
std::size_t sign_off_start(const std::vector<Line>& lines, std::size_t begin, std::size_t at) {
  constexpr std::size_t kMaxWords = 3;
  auto short_line = [&](std::size_t k) { return lines[k].shape.words <= kMaxWords && !lines[k].shape.terminal; };
  if (at >= begin + 2 && short_line(at - 2) && short_line(at - 1) && lines[at - 2].text.back() == ',') return at - 2;
  if (at >= begin + 1 && short_line(at - 1) && lines[at - 1].text.back() == ',') return at - 1;
  return at;
}

// `next` goes on with the sentence `line` left open: `line` stops on a small word or a comma and
// `next` starts with a small letter. Not after a capital or a digit: a title stops there too.
bool continues_sentence(std::string_view line, std::string_view next) {
  if (line.empty() || next.empty()) return false;
  char last = line.back();
  return ((last >= 'a' && last <= 'z') || last == ',') && next.front() >= 'a' && next.front() <= 'z';
}

}  // namespace

void read_plain_text(std::string_view text, Document& doc) {
  const bool pasted = doc.format == Format::Text;
  std::string unwrapped;
  if (pasted) {
    unwrapped = text::unwrap_hard_wrapped(text);
    text = unwrapped;
  }
  std::vector<Line> lines = nonblank_lines(text, pasted);
  Reader reader{doc};
  bool mail_header_seen = false;
  if (std::size_t header = mail_header_lines(lines); header > 0) {
    mail_header_seen = true;
    reader.mail_header(lines, header);
    lines.erase(lines.begin(), lines.begin() + static_cast<std::ptrdiff_t>(header));
  }
  nlp::Language language = nlp::detect_language(text);
  reader.language = language;
  if (doc.language.empty()) doc.language = std::string(nlp::language_tag(language));
  ArticleSpan span = find_article(lines, language);
  if (!span.found) {
    // No running text at all (a list, a poem, a single line): keep everything but known furniture.
    for (const Line& l : lines) {
      if (auto r = furniture_phrase(l.text)) reader.remove(l, *r);
      else reader.keep(l, l.shape.list_marker ? BlockKind::ListItem : BlockKind::Paragraph);
    }
    return;
  }
  if (ListingSpan items = find_listing(lines, span, language); items.found) {
    span.begin = items.begin;
    span.end = items.end;
    span.teasers_follow = false;
    reader.listing = true;
  }
  // The article ends at the end of a sentence: a line that finishes one its last line left open
  // ("…unless privacy is explicitly" / "required and justified.") was cut as the page footer in
  // READMEs and mail wrapped at 72 columns.
  while (span.end > span.begin && span.end < lines.size() &&
         continues_sentence(lines[span.end - 1].text, lines[span.end].text)) {
    ++span.end;
  }
  // A README goes on past the run of prose in its own Markdown: a table ("| Tool | Time (s) |") and
  // a closing section ("## License" over "MIT. See LICENSE."), short lines the run leaves out.
  for (bool section_opened = false; span.end < lines.size(); ++span.end) {
    const Line& l = lines[span.end];
    const bool structure = l.markup != Markup::None || text::is_table_markup(l.text);
    if (!structure && !(section_opened && !furniture_phrase(l.text))) break;
    section_opened = l.markup == Markup::Heading;
  }
  // A mail's subject is its title already.
  std::size_t title = doc.title.empty() ? find_title(lines, span.begin) : kNone;
  if (title == kNone) {
    reader.header(lines, 0, span.begin);
  } else {
    reader.above_title(lines, title);
    doc.title = lines[title].text;
    reader.remove(lines[title], Reason::Title);
    reader.header(lines, title + 1, span.begin);
  }
  // A mail's sign-off and signature go as its footer, the thread it quotes as text it repeats.
  MailEnd mail = mail_end(lines, span.begin, mail_header_seen);
  // Only under a mail's header: a web page's "--" is a select box's empty choice.
  if (mail_header_seen && mail.signature < lines.size()) {
    const std::size_t own_end = sign_off_start(lines, span.begin, mail.signature);
    span.end = std::min(span.end, own_end);
    reader.body(lines, span.begin, span.end);
    reader.tail(lines, span.end, own_end, span.teasers_follow);
    for (std::size_t i = own_end; i < lines.size(); ++i) reader.remove(lines[i], i < mail.thread ? Reason::Footer : Reason::Boilerplate);
    return;
  }
  reader.body(lines, span.begin, span.end);
  reader.tail(lines, span.end, lines.size(), span.teasers_follow);
}

}  // namespace pith::extract
