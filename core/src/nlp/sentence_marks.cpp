#include "nlp/sentence_marks.h"

#include "text/utf8.h"

namespace pith::nlp {
namespace {

// Longer than "[better source needed]" and "(citation needed)"; shorter than a bracketed aside.
constexpr std::size_t kMaxMarkBytes = 26;
// A quoted statement of two or three sentences ("“We will not give up. We will keep fighting until
// the plant is saved,” said…") closes well inside this; a mark that has not closed by then is
// more likely stray than a quotation worth keeping whole.
constexpr std::size_t kQuotationReach = 320;

// One [1] / [citation needed] / (citation needed) at `at`: its length, 0 if there is none.
std::size_t one_mark(std::string_view s, std::size_t at) {
  if (at >= s.size() || (s[at] != '[' && s[at] != '(')) return 0;
  const char close = s[at] == '[' ? ']' : ')';
  for (std::size_t i = at + 1; i < s.size() && i - at <= kMaxMarkBytes; ++i) {
    const char c = s[i];
    if (c == close) {
      if (i == at + 1) return 0;
      // A parenthesis right after a stop is a mark only when it says so: "(citation needed)"; a
      // bracket holds a number or a short note ("[1]", "[note 2]", "[who?]").
      std::string_view inner = s.substr(at + 1, i - at - 1);
      if (close == ')' && inner != "citation needed") return 0;
      return i + 1 - at;
    }
    const bool ok = (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == ' ' || c == '?';
    if (!ok) return 0;
  }
  return 0;
}

bool is_space_before(std::string_view s, std::size_t at) {
  return at == 0 || text::is_space(text::previous_code_point(s, at));
}

}  // namespace

std::size_t reference_marks_length(std::string_view s, std::size_t at) {
  static constexpr std::string_view kBare = "citation needed";
  if (s.substr(at, kBare.size()) == kBare) return kBare.size();
  std::size_t i = at;
  while (std::size_t n = one_mark(s, i)) i += n;
  return i - at;
}

std::size_t quotation_close(std::string_view s, std::size_t open) {
  std::size_t i = open;
  const char32_t opener = text::next_code_point(s, i);
  char32_t closer = 0;
  switch (opener) {
    case 0x201C: closer = 0x201D; break;
    case 0xAB: closer = 0xBB; break;
    case 0x300C: closer = 0x300D; break;
    case 0x300E: closer = 0x300F; break;
    case '"':
      // A straight quote opens a quotation only at the start of a word: "… worker said. "Nobody…".
      if (!is_space_before(s, open) && s[open - 1] != '(') return std::string_view::npos;
      closer = '"';
      break;
    default: return std::string_view::npos;
  }
  while (i < s.size() && i - open <= kQuotationReach) {
    const std::size_t at = i;
    const char32_t cp = text::next_code_point(s, i);
    if (opener == '"' && cp == '"') {
      // A straight quote after a space opens the next quotation: this one was never closed.
      return is_space_before(s, at) ? std::string_view::npos : at;
    }
    if (cp == closer) return at;
    if (cp == opener) return std::string_view::npos;  // a second opening mark: the first was stray
  }
  return std::string_view::npos;
}

}  // namespace pith::nlp
