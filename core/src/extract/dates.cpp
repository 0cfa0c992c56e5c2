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
};

int month_number(std::string_view w) {
  std::string l = ascii_lower(w);
  if (!l.empty() && l.back() == '.') l.pop_back();
  for (const MonthName& m : kMonthNames) {
    if (l == m.name) return m.month;
  }
  return 0;
}

bool is_weekday(std::string_view w) {
  static constexpr std::string_view kDays[] = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "mon", "tue", "tues", "wed", "thu", "fri", "sat", "sun",
      "lunes", "martes", "mi\xC3\xA9rcoles", "jueves", "viernes", "s\xC3\xA1" "bado", "domingo",
      "segunda-feira", "ter\xC3\xA7" "a-feira", "quarta-feira", "quinta-feira", "sexta-feira",
      "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
      "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
      "luned\xC3\xAC", "marted\xC3\xAC", "mercoled\xC3\xAC", "gioved\xC3\xAC", "venerd\xC3\xAC", "sabato", "domenica"};
  std::string l = ascii_lower(w);
  if (!l.empty() && l.back() == '.') l.pop_back();
  for (auto d : kDays) {
    if (l == d) return true;
  }
  return false;
}

// Words that may surround a date on a dateline without making it prose.
bool is_date_filler(std::string_view lowered) {
  static constexpr std::string_view kFiller[] = {
      "published", "updated", "posted", "on", "at", "last", "modified", "date", "am", "pm",
      "a.m", "p.m", "et", "gmt", "utc", "est", "edt", "bst",
      // "22 de outubro de 2010 \xC3\xA0s 20:13", "le 3 mars", "am 3. M\xC3\xA4rz 2025 um 10:42 Uhr"
      "de", "del", "el", "\xC3\xA0s", "a", "las", "le", "\xC3\xA0", "um", "uhr", "den", "il", "alle", "ore", "h",
      "publicado", "atualizado", "actualizado", "publi\xC3\xA9", "ver\xC3\xB6" "ffentlicht", "aktualisiert", "pubblicato",
      "aggiornato"};
  for (auto f : kFiller) {
    if (f == lowered) return true;
  }
  return false;
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

// 2025-03-16, 2025/03/16, optionally followed by T… time.
std::optional<std::string> parse_numeric(std::string_view w) {
  if (w.size() < 10) return std::nullopt;
  auto y = number(w.substr(0, 4));
  char s1 = w[4], s2 = w[7];
  if (!y || (s1 != '-' && s1 != '/') || s2 != s1) return std::nullopt;
  auto m = number(w.substr(5, 2));
  auto d = number(w.substr(8, 2));
  if (!m || !d) return std::nullopt;
  if (w.size() > 10 && w[10] != 'T' && w[10] != ' ') return std::nullopt;
  return iso(*y, *m, *d);
}

bool is_time(std::string_view w) {
  // 10:42, 9:05am, 10.42
  std::size_t colon = w.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 2) return false;
  return w.size() >= colon + 3 && w[colon + 1] >= '0' && w[colon + 1] <= '9';
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

std::optional<std::string> parse_date_line(std::string_view line) {
  // A dateline is a dozen words at most; a sentence with a number in it is not one.
  if (!may_be_dateline(line, 12)) return std::nullopt;
  auto toks = tokens(line, 13);
  if (toks.empty()) return std::nullopt;
  std::optional<std::string> found;
  int day = 0, month = 0, year = 0;
  std::size_t other = 0;
  for (std::string_view raw : toks) {
    std::string_view w = strip_punct(raw);
    if (w.empty()) continue;  // punctuation, the separators | - — · among it
    if (auto n = parse_numeric(w)) {
      found = n;
      continue;
    }
    if (int m = month_number(w)) {
      if (month == 0) {
        month = m;
        continue;
      }
    }
    if (auto n = number(w); n && *n >= 1900 && *n <= 2200 && year == 0) {
      year = *n;
      continue;
    }
    if (auto d = day_number(w); d && day == 0) {
      day = *d;
      continue;
    }
    if (is_weekday(w) || is_time(w) || is_date_filler(ascii_lower(w))) continue;
    // A dateline may carry a word or two more ("Updated", a place); more than that is a sentence,
    // whatever the words after them are.
    if (++other > 2) return std::nullopt;
  }
  if (!found && day && month && year) found = iso(year, month, day);
  if (!found) return std::nullopt;
  return found;
}

}  // namespace pith::extract
