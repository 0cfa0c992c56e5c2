#include "extract/dates.h"

#include <algorithm>
#include <array>

#include "extract/words.h"

namespace pith::extract {
namespace {

// Month names in English and in the languages whose news pages most often print a dateline
// without a machine-readable date beside it (Spanish, Portuguese, French, German, Italian, Dutch).
// Lower case; the non-ASCII letters as UTF-8, which ascii_lower leaves as they are.
struct MonthName {
  std::string_view name;
  int month;
};
constexpr MonthName kMonthNames[] = {
    {"jan", 1}, {"feb", 2}, {"mar", 3}, {"apr", 4}, {"may", 5}, {"jun", 6}, {"jul", 7}, {"aug", 8},
    {"sep", 9}, {"sept", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12},
    {"january", 1}, {"february", 2}, {"march", 3}, {"april", 4}, {"june", 6}, {"july", 7},
    {"august", 8}, {"september", 9}, {"october", 10}, {"november", 11}, {"december", 12},
    // es
    {"enero", 1}, {"febrero", 2}, {"marzo", 3}, {"abril", 4}, {"mayo", 5}, {"junio", 6}, {"julio", 7},
    {"agosto", 8}, {"septiembre", 9}, {"setiembre", 9}, {"octubre", 10}, {"noviembre", 11}, {"diciembre", 12},
    // pt
    {"janeiro", 1}, {"fevereiro", 2}, {"mar\xC3\xA7o", 3}, {"maio", 5}, {"junho", 6}, {"julho", 7},
    {"setembro", 9}, {"outubro", 10}, {"novembro", 11}, {"dezembro", 12},
    // fr
    {"janvier", 1}, {"f\xC3\xA9vrier", 2}, {"mars", 3}, {"avril", 4}, {"mai", 5}, {"juin", 6}, {"juillet", 7},
    {"ao\xC3\xBBt", 8}, {"septembre", 9}, {"octobre", 10}, {"novembre", 11}, {"d\xC3\xA9" "cembre", 12},
    // de
    {"januar", 1}, {"j\xC3\xA4nner", 1}, {"februar", 2}, {"m\xC3\xA4rz", 3}, {"juni", 6}, {"juli", 7},
    {"oktober", 10}, {"dezember", 12},
    // it
    {"gennaio", 1}, {"febbraio", 2}, {"aprile", 4}, {"maggio", 5}, {"giugno", 6}, {"luglio", 7},
    {"settembre", 9}, {"ottobre", 10}, {"dicembre", 12},
    // nl
    {"januari", 1}, {"februari", 2}, {"maart", 3}, {"mei", 5}, {"augustus", 8},
    // ru, in the genitive a date takes ("15 октября 2024")
    {"\xD1\x8F\xD0\xBD\xD0\xB2\xD0\xB0\xD1\x80\xD1\x8F", 1}, {"\xD1\x84\xD0\xB5\xD0\xB2\xD1\x80\xD0\xB0\xD0\xBB\xD1\x8F", 2},
    {"\xD0\xBC\xD0\xB0\xD1\x80\xD1\x82\xD0\xB0", 3}, {"\xD0\xB0\xD0\xBF\xD1\x80\xD0\xB5\xD0\xBB\xD1\x8F", 4},
    {"\xD0\xBC\xD0\xB0\xD1\x8F", 5}, {"\xD0\xB8\xD1\x8E\xD0\xBD\xD1\x8F", 6}, {"\xD0\xB8\xD1\x8E\xD0\xBB\xD1\x8F", 7},
    {"\xD0\xB0\xD0\xB2\xD0\xB3\xD1\x83\xD1\x81\xD1\x82\xD0\xB0", 8}, {"\xD1\x81\xD0\xB5\xD0\xBD\xD1\x82\xD1\x8F\xD0\xB1\xD1\x80\xD1\x8F", 9},
    {"\xD0\xBE\xD0\xBA\xD1\x82\xD1\x8F\xD0\xB1\xD1\x80\xD1\x8F", 10}, {"\xD0\xBD\xD0\xBE\xD1\x8F\xD0\xB1\xD1\x80\xD1\x8F", 11},
    {"\xD0\xB4\xD0\xB5\xD0\xBA\xD0\xB0\xD0\xB1\xD1\x80\xD1\x8F", 12},
    // ar, the names most Arabic news sites print ("14 مارس 2025")
    {"\xD9\x8A\xD9\x86\xD8\xA7\xD9\x8A\xD8\xB1", 1}, {"\xD9\x81\xD8\xA8\xD8\xB1\xD8\xA7\xD9\x8A\xD8\xB1", 2},
    {"\xD9\x85\xD8\xA7\xD8\xB1\xD8\xB3", 3}, {"\xD8\xA3\xD8\xA8\xD8\xB1\xD9\x8A\xD9\x84", 4},
    {"\xD9\x85\xD8\xA7\xD9\x8A\xD9\x88", 5}, {"\xD9\x8A\xD9\x88\xD9\x86\xD9\x8A\xD9\x88", 6},
    {"\xD9\x8A\xD9\x88\xD9\x84\xD9\x8A\xD9\x88", 7}, {"\xD8\xA3\xD8\xBA\xD8\xB3\xD8\xB7\xD8\xB3", 8},
    {"\xD8\xB3\xD8\xA8\xD8\xAA\xD9\x85\xD8\xA8\xD8\xB1", 9}, {"\xD8\xA3\xD9\x83\xD8\xAA\xD9\x88\xD8\xA8\xD8\xB1", 10},
    {"\xD9\x86\xD9\x88\xD9\x81\xD9\x85\xD8\xA8\xD8\xB1", 11}, {"\xD8\xAF\xD9\x8A\xD8\xB3\xD9\x85\xD8\xA8\xD8\xB1", 12},
};

int month_number(std::string_view w) {
  std::string l = ascii_lower(w);
  if (!l.empty() && l.back() == '.') l.pop_back();
  for (const MonthName& m : kMonthNames) {
    if (l == m.name) return m.month;
  }
  return 0;
}

// The day of the week a word names, Monday 1 to Sunday 7, or 0.
int weekday_number(std::string_view w) {
  // Seven names a language, Monday first; the short English forms after the long ones.
  static constexpr std::string_view kDays[] = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "mon", "tue", "wed", "thu", "fri", "sat", "sun",
      "lunes", "martes", "mi\xC3\xA9rcoles", "jueves", "viernes", "s\xC3\xA1" "bado", "domingo",
      "segunda-feira", "ter\xC3\xA7" "a-feira", "quarta-feira", "quinta-feira", "sexta-feira", "s\xC3\xA1" "bado", "domingo",
      "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
      "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
      "luned\xC3\xAC", "marted\xC3\xAC", "mercoled\xC3\xAC", "gioved\xC3\xAC", "venerd\xC3\xAC", "sabato", "domenica"};
  std::string l = ascii_lower(w);
  if (!l.empty() && l.back() == '.') l.pop_back();
  if (l == "tues") return 2;
  for (std::size_t k = 0; k < std::size(kDays); ++k) {
    if (l == kDays[k]) return static_cast<int>(k % 7) + 1;
  }
  return 0;
}

bool is_weekday(std::string_view w) { return weekday_number(w) != 0; }

// Words that label a date on a dateline, and whether the date they label is an update's
// ("Published: Sep 12, 2023 · Updated: Jan 3, 2024", "Publié le …, mis à jour le …"). A label ends
// the date before it: its parts are not joined to the next date's.
enum class Label { None, Published, Updated };
Label date_label(std::string_view lowered) {
  static constexpr std::string_view kPublished[] = {
      "published", "posted", "first", "date", "publicado", "publi\xC3\xA9", "ver\xC3\xB6" "ffentlicht",
      "pubblicato", "gepubliceerd", "publicerad", "publicerat",
      "\xD0\xBE\xD0\xBF\xD1\x83\xD0\xB1\xD0\xBB\xD0\xB8\xD0\xBA\xD0\xBE\xD0\xB2\xD0\xB0\xD0\xBD\xD0\xBE"};  // опубликовано
  static constexpr std::string_view kUpdated[] = {
      "updated", "modified", "last", "atualizado", "actualizado", "aktualisiert", "aggiornato", "mis", "jour",
      "bijgewerkt", "uppdaterad",
      "\xD0\xBE\xD0\xB1\xD0\xBD\xD0\xBE\xD0\xB2\xD0\xBB\xD0\xB5\xD0\xBD\xD0\xBE"};  // обновлено
  for (auto f : kPublished) {
    if (f == lowered) return Label::Published;
  }
  for (auto f : kUpdated) {
    if (f == lowered) return Label::Updated;
  }
  return Label::None;
}

// Words that may stand among a date's parts or around it without making the line prose.
bool is_date_filler(std::string_view lowered) {
  static constexpr std::string_view kFiller[] = {
      "on", "at", "am", "pm", "a.m", "p.m", "et", "gmt", "utc", "est", "edt", "bst", "cet", "cest", "mez", "mesz",
      "of", "the",
      // "22 de outubro de 2010 \xC3\xA0s 20:13", "le 3 mars", "am 3. M\xC3\xA4rz 2025 um 10:42 Uhr", "mis \xC3\xA0 jour le"
      "de", "del", "el", "\xC3\xA0s", "a", "las", "le", "\xC3\xA0", "um", "uhr", "den", "il", "alle", "ore", "h", "op", "kl",
      // "15 октября 2024 г.", "года"
      "\xD0\xB3", "\xD0\xB3\xD0\xBE\xD0\xB4\xD0\xB0"};
  for (auto f : kFiller) {
    if (f == lowered) return true;
  }
  return date_label(lowered) != Label::None;
}

std::optional<int> number(std::string_view w) {
  if (w.empty() || w.size() > 4) return std::nullopt;
  int v = 0;
  for (char c : w) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return v;
}

// "16th" → 16
std::optional<int> day_number(std::string_view w) {
  std::string l = ascii_lower(w);
  for (std::string_view suf : {"st", "nd", "rd", "th"}) {
    if (l.size() > suf.size() && l.compare(l.size() - suf.size(), suf.size(), suf) == 0) {
      l.resize(l.size() - suf.size());
      break;
    }
  }
  auto v = number(l);
  if (v && *v >= 1 && *v <= 31) return v;
  return std::nullopt;
}

std::optional<std::string> iso(int y, int m, int d) {
  static constexpr std::array<int, 12> kDays = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > kDays[m - 1]) return std::nullopt;
  // By hand rather than snprintf: date candidates are tried on many short lines of a page, and the
  // formatted-output machinery was among what V8 optimised in the WebAssembly build's warm-up
  // (bench/tierup.mjs). The year is four digits by the check above.
  auto digit = [](int v) { return static_cast<char>('0' + v % 10); };
  const char text[10] = {digit(y / 1000), digit(y / 100), digit(y / 10), digit(y), '-', digit(m / 10), digit(m),
                         '-', digit(d / 10), digit(d)};
  return std::string(text, 10);
}

// 1 (Monday) to 7 (Sunday) for a valid ISO date (Sakamoto's method).
int weekday_of(int y, int m, int d) {
  static constexpr int kOffset[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
  if (m < 3) --y;
  int sunday_first = (y + y / 4 - y / 100 + y / 400 + kOffset[m - 1] + d) % 7;  // 0 = Sunday
  return sunday_first == 0 ? 7 : sunday_first;
}

// A date written in figures: "2025-03-16" (optionally with "T08:00:00Z" after it), "2025/3/16",
// "06.03.2024", "14/03/2025", "03/12/2024". The year first is year-month-day. The year last is
// day-month with dots, the European way; with slashes or hyphens it is day-month in Europe and
// month-day in the United States, so it is read only when one reading is impossible (a part over
// 12) or the line's weekday (`weekday`, 0 for none) fits one reading only ("Tue, 03/12/2024").
std::optional<std::string> parse_numeric(std::string_view w, int weekday) {
  if (std::size_t t = w.find('T'); t != std::string_view::npos && t >= 8) w = w.substr(0, t);
  std::array<std::string_view, 3> parts;
  std::size_t n = 0;
  char sep = 0;
  std::size_t start = 0;
  for (std::size_t k = 0; k <= w.size(); ++k) {
    if (k < w.size() && w[k] >= '0' && w[k] <= '9') continue;
    if (k < w.size() && w[k] != '-' && w[k] != '/' && w[k] != '.') return std::nullopt;
    if (k < w.size() && sep != 0 && w[k] != sep) return std::nullopt;
    if (n == parts.size() || k == start) return std::nullopt;
    parts[n++] = w.substr(start, k - start);
    if (k < w.size()) sep = w[k];
    start = k + 1;
  }
  if (n != 3) return std::nullopt;
  auto a = number(parts[0]), b = number(parts[1]), c = number(parts[2]);
  if (!a || !b || !c) return std::nullopt;
  if (parts[0].size() == 4 && parts[1].size() <= 2 && parts[2].size() <= 2) return iso(*a, *b, *c);
  if (parts[2].size() != 4 || parts[0].size() > 2 || parts[1].size() > 2) return std::nullopt;
  if (sep == '.' || *a > 12) return iso(*c, *b, *a);
  if (*b > 12) return iso(*c, *a, *b);
  auto day_first = iso(*c, *b, *a), month_first = iso(*c, *a, *b);
  if (*a == *b) return day_first;
  if (weekday == 0 || !day_first || !month_first) return std::nullopt;
  bool dm = weekday_of(*c, *b, *a) == weekday, md = weekday_of(*c, *a, *b) == weekday;
  if (dm == md) return std::nullopt;
  return dm ? day_first : month_first;
}

// A date in Chinese or Japanese figures: "2025年3月14日", with anything after the 日 ("日 10:15").
std::optional<std::string> parse_cjk(std::string_view w) {
  static constexpr std::string_view kMarks[] = {"\xE5\xB9\xB4", "\xE6\x9C\x88", "\xE6\x97\xA5"};  // 年 月 日
  std::array<int, 3> v{};
  std::size_t p = 0;
  for (std::size_t k = 0; k < 3; ++k) {
    std::size_t digits = p;
    while (digits < w.size() && w[digits] >= '0' && w[digits] <= '9') ++digits;
    auto n = number(w.substr(p, digits - p));
    if (digits == p || !n || w.substr(digits, kMarks[k].size()) != kMarks[k]) return std::nullopt;
    v[k] = *n;
    p = digits + kMarks[k].size();
  }
  return iso(v[0], v[1], v[2]);
}

bool is_time(std::string_view w) {
  // 10:42, 9:05am, 13.00 (a British paper's clock), 18h45 (a French one)
  std::size_t mark = w.find_first_of(":.h");
  if (mark == std::string_view::npos || mark == 0 || mark > 2) return false;
  for (std::size_t k = 0; k < mark; ++k) {
    if (w[k] < '0' || w[k] > '9') return false;
  }
  bool minutes = w.size() >= mark + 3 && w[mark + 1] >= '0' && w[mark + 1] <= '9' && w[mark + 2] >= '0' && w[mark + 2] <= '9';
  if (w[mark] == ':') return w.size() >= mark + 2 && w[mark + 1] >= '0' && w[mark + 1] <= '9';
  // "4.9" is a rating and "06.03.2024" a date: a dotted clock has two figures after the dot and
  // nothing more.
  return minutes && w.size() == mark + 3 && *number(w.substr(0, mark)) <= 23;
}

// Every short block of a page is tried as a dateline, so most lines are turned away before they are
// split into words: a line without a digit (a date or a time has one), and one of more than
// `max_words` words, counted rather than split.
bool may_be_dateline(std::string_view line, std::size_t max_words) {
  if (std::none_of(line.begin(), line.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
  return count_tokens(line, max_words + 1) <= max_words;
}

}  // namespace

bool is_timestamp_line(std::string_view line) {
  if (!may_be_dateline(line, 16)) return false;  // a stamp has a time, so a digit
  // Two stamps on one line are run together by a ';' or '|' ("6:55 AM;Posted Nov 19").
  std::string spaced(line);
  std::replace_if(spaced.begin(), spaced.end(), [](char c) { return c == ';' || c == '|'; }, ' ');
  auto toks = tokens(spaced, 17);
  if (toks.empty()) return false;
  std::string first = ascii_lower(strip_punct(toks[0]));
  if (first != "updated" && first != "posted" && first != "published" && first != "modified" && first != "last") {
    return false;
  }
  bool time = false;
  for (std::string_view raw : toks) {
    std::string_view w = strip_punct(raw);
    if (w.empty()) continue;  // punctuation, the separators | - — · among it
    if (is_time(w)) {
      time = true;
      continue;
    }
    if (month_number(w) || is_weekday(w) || day_number(w) || is_date_filler(ascii_lower(w))) continue;
    if (auto n = number(w); n && *n >= 1900 && *n <= 2200) continue;
    return false;  // a word of prose: "Updated at 10:42 with the minister's reply" is news
  }
  // A whole date is parse_date_line's, which also gives the page its published date.
  return time && !parse_date_line(line);
}

bool is_month_name(std::string_view word) { return month_number(word) != 0; }

std::optional<std::string> parse_date_line(std::string_view line) {
  // A dateline is a dozen words at most, or a score when it gives the update too; a sentence with a
  // number in it is not one.
  if (!may_be_dateline(line, 20)) return std::nullopt;
  auto toks = tokens(line, 21);
  if (toks.empty()) return std::nullopt;
  int weekday = 0;  // read first: it settles an ambiguous "03/12/2024"
  for (std::string_view raw : toks) weekday = weekday ? weekday : weekday_number(strip_punct(raw));
  // The first date the line gives, and the first not labelled an update: the page's published date
  // is the one a "Published …, updated …" line gives first.
  std::optional<std::string> first, published;
  Label label = Label::None;
  auto found = [&](std::optional<std::string> date) {
    if (!first) first = date;
    if (!published && label != Label::Updated) published = date;
  };
  // The parts of the date being read. They stand together: a label, a time or another word between
  // two parts ends the date, so "Sep 12, 2023 · Updated: Jan 3, 2024" is not read as 2023-01-03.
  int day = 0, month = 0, year = 0;
  std::size_t other = 0;
  // Parts left over from no date are words of something else, counted as such: "Mar 07, 2026 · 4
  // min read" is a listing's date and reading time, not a dateline ("4", "min", "read").
  auto restart = [&] {
    if (day || month || year) ++other;
    day = month = year = 0;
  };
  for (std::string_view raw : toks) {
    std::string_view w = strip_punct(raw);
    if (w.empty()) continue;  // punctuation, the separators | - — · among it
    std::optional<std::string> whole = parse_numeric(w, weekday);
    if (!whole) whole = parse_cjk(w);
    if (whole) {
      found(std::move(whole));
      restart();
      continue;
    }
    if (int m = month_number(w); m && month == 0) {
      month = m;
    } else if (auto n = number(w); n && *n >= 1900 && *n <= 2200) {
      if (year != 0) restart();
      year = *n;
    } else if (auto d = day_number(w)) {
      if (day != 0) restart();
      day = *d;
    } else if (m != 0) {
      restart();  // a second month name: "Sep … Jan 3, 2024" starts another date
      month = m;
    } else if (weekday_number(w) != 0) {
      continue;
    } else {
      std::string lw = ascii_lower(w);
      if (Label l = date_label(lw); l != Label::None) label = l;
      // A dateline may carry a word or two more ("Updated", a place); more than that is a sentence,
      // whatever the words after them are.
      if (!is_time(w) && !is_date_filler(lw) && ++other > 2) return std::nullopt;
      if (!is_date_filler(lw) || date_label(lw) != Label::None) restart();
      continue;
    }
    if (day && month && year) {
      found(iso(year, month, day));
      day = month = year = 0;
    }
  }
  restart();
  if (other > 2) return std::nullopt;
  if (published) return published;
  return first;
}

}  // namespace pith::extract
