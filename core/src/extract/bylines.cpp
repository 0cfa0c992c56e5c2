#include "extract/bylines.h"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <vector>

#include "extract/dates.h"
#include "extract/words.h"
#include "html/ascii.h"
#include "text/utf8.h"

namespace pith::extract {
namespace {

bool is_particle(std::string_view lowered) {
  static constexpr std::array<std::string_view, 14> kParticles = {
      "de", "da", "di", "del", "della", "van", "von", "der", "den", "la", "le", "bin", "al", "dos"};
  for (auto p : kParticles) {
    if (p == lowered) return true;
  }
  return false;
}

// "Sarah", "O'Neil", "Smith-Jones", "J.", "J.R.", "McDonald"
bool is_name_token(std::string_view raw) {
  std::string_view w = raw;
  while (!w.empty() && (w.back() == ',' || w.back() == ';')) w.remove_suffix(1);
  if (w.empty() || !starts_upper(w)) return false;
  for (char c : w) {
    if ((c >= '0' && c <= '9') || c == '@' || c == '/' || c == ':' || c == '|') return false;
  }
  // A dot with two letters after it is an address's ("Include USFCA.EDU", a search form's label;
  // "Example.com"), while initials have one ("J.R.").
  for (std::size_t k = 0; k + 2 < w.size(); ++k) {
    if (w[k] == '.' && html::ascii::is_alpha(w[k + 1]) && html::ascii::is_alpha(w[k + 2])) return false;
  }
  return true;
}

// A word lower-cased in `buffer` when it is short enough to be a particle or a minor word; a longer
// one as it is, which neither list holds. Byline candidates are every short line of a page.
std::string_view lowered_short(std::string_view w, std::array<char, 8>& buffer) {
  if (w.size() > buffer.size()) return w;
  for (std::size_t k = 0; k < w.size(); ++k) buffer[k] = html::ascii::lower(w[k]);
  return {buffer.data(), w.size()};
}

bool is_person(const std::vector<std::string_view>& toks) {
  if (toks.size() < 2 || toks.size() > 4) return false;
  for (std::size_t k = 0; k < toks.size(); ++k) {
    std::array<char, 8> buffer;
    std::string_view lw = lowered_short(toks[k], buffer);
    bool inner = k > 0 && k + 1 < toks.size();
    if (inner && is_particle(lw)) continue;
    if (!is_name_token(toks[k])) return false;
    if (is_minor_word(lw)) return false;
  }
  // A first and last name both end with letters; "Sarah." is a sentence.
  std::string_view last = toks.back();
  char end = last.back();
  return end != '.' || last.size() <= 3;  // initials like "Jr." may close a name
}

// The word joining the last two names of a byline in the languages whose "by" words
// foreign_by_prefix reads: "Von A und B", "Par A et B", "Por A y B", "Di A e B", "Door A en B",
// "Av A och B", "A и B". Lower case only: a capitalised "En" or "E" may start a name.
bool is_and(std::string_view t) {
  static constexpr std::string_view kAnd[] = {"and", "&", "und", "et", "y", "e", "en", "och", "og", "i",
                                              "\xD0\xB8"};  // и
  for (auto a : kAnd) {
    if (t == a) return true;
  }
  return html::ascii::iequals(t, "and");
}

// A word of the job title a byline prints after the name without a comma: "By Maria González
// Senior Reporter" (a <br> between them), "By Ann Lee Contributing columnist". The name ends there.
bool is_role_word(std::string_view w) {
  static constexpr std::string_view kRoles[] = {
      "reporter", "correspondent", "editor", "columnist", "writer", "contributor", "photographer",
      "journalist", "critic", "producer", "analyst", "staff", "senior", "chief", "contributing", "deputy",
      "associate", "managing", "freelance", "editor-at-large",
      // the beats a title names before its noun ("Local Democracy Reporter", "Political Editor")
      "local", "political", "foreign", "national", "international", "sports", "business", "health", "science",
      "technology", "tech", "investigative", "special", "economics", "education", "environment", "culture",
      "crime", "courts", "transport", "climate", "redakteur", "redakteurin", "korrespondent",
      "korrespondentin", "journaliste", "correspondant", "corresponsal", "periodista", "redactor", "redactora"};
  if (w.size() > 16) return false;
  std::string l = ascii_lower(strip_punct(w));
  for (auto r : kRoles) {
    if (l == r) return true;
  }
  return false;
}

// Splits "A and B", "A, B and C", "A & B" into people; fails if any part is not a name.
std::optional<std::vector<std::string>> names_of(std::string_view part) {
  auto toks = tokens(part);
  // Commas list people only in "A, B and C"; without an "and", a comma starts a role ("A, Staff Writer").
  bool has_and = false;
  for (auto t : toks) has_and = has_and || is_and(t);
  std::vector<std::vector<std::string_view>> people(1);
  for (auto t : toks) {
    if (is_and(t)) {
      people.emplace_back();
      continue;
    }
    bool comma = has_and && t.back() == ',';
    people.back().push_back(comma ? t.substr(0, t.size() - 1) : t);
    if (comma) people.emplace_back();
  }
  std::vector<std::string> out;
  for (auto& p : people) {
    if (p.empty()) continue;
    // A title after two or more names' words ends the name; the title itself is no one. After a
    // comma it is left to the comma's rule below ("Jane Doe, Staff Writer"); after the list's last
    // name and its comma it stands alone ("A and B, Staff Writers").
    for (std::size_t k = 2; k < p.size(); ++k) {
      if (is_role_word(p[k]) && p[k - 1].back() != ',') {
        p.resize(k);
        break;
      }
    }
    if (!out.empty() && is_role_word(p[0])) continue;
    if (!is_person(p)) return std::nullopt;
    // A comma after a full name starts a role: "Jane Doe, Staff Writer" is Jane Doe. After one
    // word it may be a surname first ("Lee, Ann") or a credit ("ITV, Associated Press"): kept whole.
    std::size_t end = p.size();
    bool open_paren = p[0].find('(') != std::string_view::npos;  // "Kent (South East, UK)" stays whole
    for (std::size_t j = 1; j + 1 < p.size() && !open_paren; ++j) {
      if (p[j].back() == ',') {
        end = j + 1;
        break;
      }
      open_paren = p[j].find('(') != std::string_view::npos;
    }
    std::string name;
    for (std::size_t j = 0; j < end; ++j) {
      if (j) name += ' ';
      name += j + 1 == end && end < p.size() ? p[j].substr(0, p[j].size() - 1) : p[j];
    }
    add_names(out, {std::move(name)});  // "By Ann Lee and ANN LEE": one person
  }
  if (out.empty() || out.size() > 4) return std::nullopt;
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

// The length of the first of `prefixes` (lower case, at most sixteen bytes) that the trimmed line
// opens with in any case, or 0.
std::size_t prefix_length(std::string_view line, std::initializer_list<std::string_view> prefixes) {
  // Lower-cased on the stack: sixteen bytes are past a std::string's inline buffer.
  std::array<char, 16> buffer;
  std::size_t n = std::min(line.size(), buffer.size());
  for (std::size_t k = 0; k < n; ++k) buffer[k] = html::ascii::lower(line[k]);
  std::string_view lowered(buffer.data(), n);
  for (std::string_view prefix : prefixes) {
    if (lowered.substr(0, prefix.size()) == prefix) return prefix.size();
  }
  return 0;
}

// The length of the "by" the trimmed line opens with, or 0. The kind of piece can stand before
// "by" ("Analysis by A, CNN Editor-at-large").
std::size_t by_prefix(std::string_view line) {
  return prefix_length(line, {"written by ", "words by ", "posted by ", "analysis by ", "opinion by ",
                              "commentary by ", "story by ", "reporting by ", "interview by ", "review by ",
                              "compiled by ", "text by ", "author: ", "text: ", "by: ", "by ", "autor: ",
                              "\xD0\xB0\xD0\xB2\xD1\x82\xD0\xBE\xD1\x80: ", "\xD0\x90\xD0\xB2\xD1\x82\xD0\xBE\xD1\x80: "});  // автор, Автор
}

// Where the names start on a dateline that ends in a byline, the usual blog shape ("Posted on March
// 5, 2024 by Ann Lee", "Published 5 March 2024 by Ann Lee"), or 0; `date` gets the dateline's date.
std::size_t dated_by(std::string_view line, std::string& date) {
  std::size_t by = line.find(" by ");
  if (by == std::string_view::npos) return 0;
  auto d = parse_date_line(line.substr(0, by));
  if (!d) return 0;
  date = std::move(*d);
  return by + 4;
}

// A blog's byline row ends in the time the piece takes to read: "· 6 min read", "| 12 minute read".
// The length of that ending with its separator, or 0.
std::size_t reading_time_suffix(std::string_view line) {
  constexpr std::string_view kRead = " read";
  if (line.size() <= kRead.size() || !html::ascii::iequals(line.substr(line.size() - kRead.size()), kRead)) return 0;
  std::size_t unit_end = line.size() - kRead.size();
  std::size_t unit = unit_end;
  while (unit > 0 && html::ascii::is_alpha(line[unit - 1])) --unit;
  if (unit == 0 || line[unit - 1] != ' ' || !is_reading_time_unit(ascii_lower(line.substr(unit, unit_end - unit)))) return 0;
  std::size_t p = unit - 1;  // the space before the unit
  std::size_t digits = p;
  while (digits > 0 && text::is_digit(line[digits - 1])) --digits;
  if (digits == p) return 0;
  for (std::string_view sep : {std::string_view(" \xC2\xB7 "), std::string_view(" | "), std::string_view(" \xE2\x80\xA2 ")}) {
    if (digits >= sep.size() && line.substr(digits - sep.size(), sep.size()) == sep) {
      return line.size() - (digits - sep.size());
    }
  }
  return 0;
}

// The date a byline line gives after its names: "Ann Lee | March 5, 2024", "Ann Lee, March 5,
// 2024", "Ann Lee on March 5, 2024": what follows the names, or what follows one of its separators.
// The date of the first part between bars or dots that is a dateline alone: "| Sep 12, 2023 | 5
// min read | 3 comments", "Veröffentlicht am 06.03.2024 um 14:27 Uhr · Lesezeit: 3 Min.".
std::optional<std::string> date_in_parts(std::string_view line) {
  for (std::size_t from = 0, p = 0; p <= line.size();) {
    std::size_t at = p;
    const char32_t c = p < line.size() ? text::next_code_point(line, p) : 0;
    if (at < line.size() && c != '|' && c != 0x00B7 /* · */ && c != 0x2022 /* • */) continue;
    if (auto d = parse_date_line(line.substr(from, at - from))) return d;
    from = p;
    if (at == line.size()) break;
  }
  return std::nullopt;
}

std::string date_after_names(std::string_view line) {
  if (auto d = parse_date_line(line)) return *d;
  if (auto d = date_in_parts(line)) return *d;
  for (std::size_t p = 0; p < line.size();) {
    const char32_t c = text::next_code_point(line, p);  // p moves past it
    const bool separator = c == ',' || c == '|' || c == '-' || c == 0x00B7 /* · */ || c == 0x2014 /* — */ ||
                           c == 0x2013 /* – */ || c == 0x2022 /* • */;
    if (!separator) continue;
    if (auto d = parse_date_line(line.substr(p))) return *d;
  }
  return {};
}

// The names' part of a line whose names run straight into a date, with no separator between
// ("Елена Смирнова 15 октября 2024", "Daniel Okoye November 2, 2023"): up to the date's first figure
// or the month name before it. Names hold no figures (is_name_token).
std::string_view before_date(std::string_view names) {
  auto toks = tokens(names);
  for (std::size_t k = 1; k < toks.size(); ++k) {
    if (!text::is_digit(static_cast<unsigned char>(toks[k][0]))) continue;
    std::size_t first = k > 1 && is_month_name(strip_punct(toks[k - 1])) ? k - 1 : k;
    std::string_view cut = trim(names.substr(0, toks[first].data() - names.data()));
    while (!cut.empty() && (cut.back() == ',' || cut.back() == ' ')) cut.remove_suffix(1);  // "Ann Lee, March 5"
    return cut;
  }
  return names;
}

// A byline that names one word or an organisation rather than a person, taken only where the line
// says it is a byline: a blog's "Posted on March 5, 2024 by Jonas" (`single`), a wire story's "By
// The Associated Press", "By The Editorial Board" ("The" and two to four capitalised words).
std::optional<std::vector<std::string>> other_names(std::string_view part, bool single) {
  auto toks = tokens(part);
  if (single && toks.size() == 1 && toks[0].size() >= 2 && is_name_token(toks[0]) &&
      !is_minor_word(ascii_lower(toks[0]))) {
    return std::vector<std::string>{std::string(toks[0])};
  }
  if (toks.size() < 3 || toks.size() > 5 || toks[0] != "The") return std::nullopt;
  for (std::size_t k = 1; k < toks.size(); ++k) {
    if (!is_name_token(toks[k]) || is_minor_word(ascii_lower(toks[k]))) return std::nullopt;
  }
  return std::vector<std::string>{std::string(part)};
}

// The names after a byline's "By" (explicit_by) or on a line without one: `whole` is the trimmed
// line, `line` what follows the prefix; `single` lets one word be the name.
std::optional<Byline> read_byline(std::string_view whole, std::string_view line, bool explicit_by,
                                  bool single = false) {
  if (whole.empty() || whole.size() > 160) return std::nullopt;
  Byline result;
  result.explicit_by = explicit_by;
  line = trim(line);
  // Cut a role, an agency or a date after a separator: "A | Reuters", "A, Staff Writer",
  // "A — March 16, 2025", "A on March 16, 2025".
  std::string_view name_part = line;
  // Every short line of a page is asked, and most hold none of the separators: each is looked for
  // only when the line holds its middle byte ('|', '-', 'o', or the lead byte of '—', '–', '·', '•').
  bool bar = false, hyphen = false, o = false, lead_c2 = false, lead_e2 = false;
  for (char c : line) {
    bar = bar || c == '|';
    hyphen = hyphen || c == '-';
    o = o || c == 'o';
    lead_c2 = lead_c2 || c == '\xC2';
    lead_e2 = lead_e2 || c == '\xE2';
  }
  struct Separator {
    std::string_view text;
    bool present;
  };
  for (const Separator& sep : {Separator{" | ", bar}, Separator{" — ", lead_e2}, Separator{" – ", lead_e2},
                               Separator{" - ", hyphen}, Separator{" · ", lead_c2}, Separator{" • ", lead_e2},
                               Separator{" on ", o}}) {
    if (!sep.present) continue;
    std::size_t p = name_part.find(sep.text);
    if (p != std::string_view::npos) name_part = trim(name_part.substr(0, p));
  }
  name_part = before_date(name_part);
  std::size_t names_end = name_part.size();  // where the names stop in `line`
  if (auto names = names_of(name_part)) {
    result.people = std::move(*names);
  } else if (auto others = explicit_by ? other_names(name_part, single) : std::nullopt) {
    result.people = std::move(*others);
  } else {
    // "A, Staff Writer": the part before the first comma is the person.
    std::size_t comma = name_part.find(',');
    if (comma == std::string_view::npos) return std::nullopt;
    auto tail = tokens(name_part.substr(comma + 1));
    if (tail.empty() || tail.size() > 5) return std::nullopt;
    auto first = names_of(trim(name_part.substr(0, comma)));
    if (!first) return std::nullopt;
    result.people = std::move(*first);
    names_end = comma;
  }
  // A bare two-word line could be a date like "March 2025"; dates are not names.
  if (!result.explicit_by && parse_date_line(name_part)) return std::nullopt;
  result.names = join_names(result.people);
  if (names_end < line.size()) result.date = date_after_names(line.substr(names_end));
  return result;
}

// A byline row without "By": names, a date and a reading time ("Ann Lee · Mar 5, 2024 · 6 min
// read", as blogging platforms print it). The reading time and the date make it a byline; a name and
// a date alone may be a section and a date ("Local News · March 5, 2024").
std::optional<Byline> byline_row(std::string_view line) {
  std::size_t reading = reading_time_suffix(line);
  if (reading == 0) return std::nullopt;
  line = trim(line.substr(0, line.size() - reading));
  auto row = read_byline(line, line, false);
  if (!row || row->date.empty()) return std::nullopt;
  row->explicit_by = true;
  return row;
}

// The explicit forms other than a "By" prefix: a dateline ending in a byline, a byline row.
std::optional<Byline> unprefixed_explicit_byline(std::string_view line) {
  std::string date;
  if (std::size_t names = dated_by(line, date)) {
    auto by = read_byline(line, line.substr(names), true, true);
    if (by) by->date = std::move(date);
    return by;
  }
  return byline_row(line);
}

}  // namespace

// "By" in the languages whose bylines pith meets most, read off a line already taken as a byline
// (named so, or placed as one) so the names stand alone: "Por María García", "Von Anna Schmidt".
// Not explicit: a sentence may open with these words, so they never make a line a byline.
std::size_t foreign_by_prefix(std::string_view line) {
  return prefix_length(line, {"por ", "von ", "par ", "di ", "door ", "av "});
}

std::optional<Byline> parse_byline(std::string_view line) {
  line = trim(line);
  std::size_t by = by_prefix(line);
  if (by > 0) return read_byline(line, line.substr(by), true);
  if (auto other = unprefixed_explicit_byline(line)) return other;
  return read_byline(line, line.substr(foreign_by_prefix(line)), false);
}

std::optional<Byline> parse_explicit_byline(std::string_view line) {
  line = trim(line);
  std::size_t by = by_prefix(line);
  if (by > 0) return read_byline(line, line.substr(by), true);
  if (auto other = unprefixed_explicit_byline(line)) return other;
  // "Von Katrin Lehmann und Thomas Schulte", "Par Camille Roux et Lucas Fabre": another language's
  // "by" with names and nothing else after it. A sentence opening with the word goes on in lower
  // case ("Von Berlin aus", "Par ailleurs"), which no name list does.
  std::size_t foreign = foreign_by_prefix(line);
  if (foreign == 0 || line.size() > 160) return std::nullopt;
  auto names = names_of(trim(line.substr(foreign)));
  if (!names) return std::nullopt;
  Byline result;
  result.explicit_by = true;
  result.people = std::move(*names);
  result.names = join_names(result.people);
  return result;
}

bool heads_article(std::string_view line) {
  return parse_explicit_byline(line).has_value() || parse_date_line(line).has_value();
}

std::string join_names(const std::vector<std::string>& people) {
  std::string out;
  for (std::size_t i = 0; i < people.size(); ++i) {
    if (i > 0) out += i + 1 == people.size() ? " and " : ", ";
    out += people[i];
  }
  return out;
}

void add_names(std::vector<std::string>& list, const std::vector<std::string>& names) {
  for (const std::string& n : names) {
    bool seen = false;
    for (const std::string& have : list) seen = seen || ascii_lower(have) == ascii_lower(n);
    if (!seen) list.push_back(n);
  }
}

std::optional<Reason> take_meta_line(std::string_view line, bool named_byline, Document& doc) {
  if (line.size() > 160) return std::nullopt;  // the byline reader's own limit
  std::optional<Byline> by = named_byline ? parse_byline(line) : std::nullopt;
  std::optional<std::string> date = by ? std::nullopt : parse_date_line(line);
  if (!by && !date) by = parse_explicit_byline(line);
  // A meta line's parts stand apart ("Published … · Lesezeit: 3 Min."): each is asked alone, once
  // the whole line is no byline ("Posted on February 18, 2024 by Jonas · 14 Comments" is one).
  if (!by && !date) date = date_in_parts(line);
  if (date) {
    if (doc.published.empty()) doc.published = std::move(*date);
    return Reason::Date;
  }
  if (!by) return named_byline ? std::optional<Reason>(Reason::Byline) : std::nullopt;
  take_byline(*by, doc);
  return Reason::Byline;
}

void take_byline(const Byline& byline, Document& doc) {
  if (!doc.byline.empty()) return;
  doc.byline = byline.names;
  doc.authors = byline.people;
  if (doc.published.empty()) doc.published = byline.date;
}

}  // namespace pith::extract
