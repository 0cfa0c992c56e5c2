#include "text/chat_line.h"

#include <cstddef>

#include "html/ascii.h"
#include "text/utf8.h"

namespace pith::text {
namespace {

using html::ascii::is_alpha;
using html::ascii::is_upper;

bool digit(char c) { return is_digit(static_cast<unsigned char>(c)); }

// A stamp of date and time at the start: digits and their separators up to a time "9:14" / "09:14".
bool opens_with_time(std::string_view line) {
  constexpr std::size_t kMaxStamp = 24;  // "12/03/2024, 09:14" and a bracket or two
  std::size_t i = line.size() > 0 && line[0] == '[' ? 1 : 0;
  for (; i < line.size() && i < kMaxStamp; ++i) {
    char c = line[i];
    if (c == ':') return i > 0 && digit(line[i - 1]) && i + 2 < line.size() && digit(line[i + 1]) && digit(line[i + 2]);
    if (!digit(c) && c != '/' && c != '.' && c != '-' && c != ',' && c != ' ') return false;
  }
  return false;
}

// "<tom>": an IRC nick in angle brackets, without spaces.
bool opens_with_nick(std::string_view line) {
  constexpr std::size_t kMaxNick = 32;
  if (line.empty() || line[0] != '<') return false;
  std::size_t close = line.substr(0, kMaxNick + 1).find('>');  // a long line is not searched whole
  return close != std::string_view::npos && close > 1 && close <= kMaxNick &&
         line.substr(1, close - 1).find(' ') == std::string_view::npos && close + 1 < line.size() &&
         line[close + 1] == ' ';
}

}  // namespace

// "Tom: " or "Dr Ann Lee: ": up to three capitalised words and a colon, then the message.
std::string_view speaker_of(std::string_view line) {
  constexpr std::size_t kMaxWords = 3;
  std::size_t words = 0, i = 0;
  while (i < line.size()) {
    if (!is_upper(line[i])) return {};
    ++words;
    while (i < line.size() && (is_alpha(line[i]) || line[i] == '.' || line[i] == '\'' || line[i] == '-')) ++i;
    if (i >= line.size() || words > kMaxWords) return {};
    if (line[i] == ':') return i + 1 < line.size() && line[i + 1] == ' ' ? line.substr(0, i) : std::string_view();
    if (line[i] != ' ') return {};
    ++i;
  }
  return {};
}

bool opens_chat_message(std::string_view line) {
  return opens_with_time(line) || opens_with_nick(line) || !speaker_of(line).empty();
}

bool among_chat_messages(std::string_view before, std::string_view line, std::string_view after) {
  return opens_chat_message(line) && (opens_chat_message(before) || opens_chat_message(after));
}

}  // namespace pith::text
