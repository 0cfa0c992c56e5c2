#include "extract/mail_header.h"

#include <array>
#include <utility>

#include "extract/words.h"

namespace pith::extract {

MailField mail_field(std::string_view line, std::string_view* value) {
  static constexpr std::array<std::pair<std::string_view, MailField>, 7> kFields = {{
      {"from", MailField::From}, {"to", MailField::To}, {"cc", MailField::Cc}, {"bcc", MailField::Cc},
      {"date", MailField::Date}, {"sent", MailField::Date}, {"subject", MailField::Subject}}};
  std::size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon > 8) return MailField::None;
  std::string key = ascii_lower(line.substr(0, colon));
  for (const auto& [name, field] : kFields) {
    if (key != name) continue;
    std::string_view v = line.substr(colon + 1);
    while (!v.empty() && v.front() == ' ') v.remove_prefix(1);
    if (v.empty()) return MailField::None;
    if (value) *value = v;
    return field;
  }
  return MailField::None;
}

std::size_t mail_header_lines(const std::vector<PageLine>& lines) {
  constexpr std::size_t kMinFields = 2;
  std::size_t n = 0;
  bool named = false;  // a From or a Subject
  while (n < lines.size() && !(n > 0 && lines[n].blank_before)) {
    MailField f = mail_field(lines[n].text, nullptr);
    if (f == MailField::None) break;
    named = named || f == MailField::From || f == MailField::Subject;
    ++n;
  }
  // The whole block must be fields: "Date: Monday" over a paragraph is a note, not a header.
  bool block_ends = n == lines.size() || lines[n].blank_before;
  return n >= kMinFields && named && block_ends ? n : 0;
}

std::string_view sender_name(std::string_view from) {
  std::size_t angle = from.find('<');
  std::string_view name = angle == std::string_view::npos ? from : from.substr(0, angle);
  while (!name.empty() && (name.back() == ' ' || name.back() == '"')) name.remove_suffix(1);
  while (!name.empty() && (name.front() == ' ' || name.front() == '"')) name.remove_prefix(1);
  if (name.find('@') != std::string_view::npos) return {};
  return name;
}

bool sent_by_a_mailing(std::string_view from) {
  if (sender_name(from).substr(0, 4) == "The ") return true;
  std::size_t at = from.find('@');
  if (at == std::string_view::npos) return false;
  std::size_t start = from.find_last_of("< ", at);
  start = start == std::string_view::npos ? 0 : start + 1;
  const std::string local = ascii_lower(from.substr(start, at - start));
  static constexpr std::string_view kRoles[] = {"hello", "hi", "news", "newsletter", "newsletters", "noreply",
                                                "no-reply", "donotreply", "info", "team", "digest", "updates",
                                                "contact", "support", "marketing", "notifications", "mail"};
  for (std::string_view role : kRoles) {
    if (local == role) return true;
  }
  return false;
}

}  // namespace pith::extract
