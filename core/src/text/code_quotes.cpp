#include "text/code_quotes.h"

#include <cstring>

namespace pith::text {
namespace {

// U+FDD0 and U+FDD1 in UTF-8: EF B7 90 and EF B7 91.
constexpr char kLead0 = '\xEF';
constexpr char kLead1 = '\xB7';
constexpr char kSingle = '\x90';
constexpr char kDouble = '\x91';

}  // namespace

void append_marking_quotes(std::string& out, std::string_view code) {
  std::size_t run = 0;
  for (std::size_t i = 0; i < code.size(); ++i) {
    char c = code[i];
    if (c != '\'' && c != '"') continue;
    out.append(code, run, i - run);
    const char marker[3] = {kLead0, kLead1, c == '\'' ? kSingle : kDouble};
    out.append(marker, 3);
    run = i + 1;
  }
  out.append(code, run, code.size() - run);
}

void unmark_quotes(std::string& s) {
  std::size_t at = s.find(kLead0);
  if (at == std::string::npos) return;
  std::size_t out = at;
  for (std::size_t i = at; i < s.size();) {
    if (s[i] == kLead0 && i + 2 < s.size() && s[i + 1] == kLead1 && (s[i + 2] == kSingle || s[i + 2] == kDouble)) {
      s[out++] = s[i + 2] == kSingle ? '\'' : '"';
      i += 3;
    } else {
      s[out++] = s[i++];
    }
  }
  s.resize(out);
}

}  // namespace pith::text
