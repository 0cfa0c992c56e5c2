#include "json/json_writer.h"

#include <cmath>
#include <cstdint>
#include <cstdio>

#include "text/swar.h"
#include "text/utf8.h"

namespace pith::json {

namespace {

// True when one of the eight bytes at p is below 0x20 or is '"' or '\\', or, with `ascii`, is past
// ASCII (otherwise a byte of a UTF-8 sequence, >= 0x80, never matches).
bool needs_escape(const char* p, bool ascii) {
  using namespace text::swar;
  std::uint64_t w = load8(p);
  std::uint64_t marks = control_bytes(w) | equal_bytes(w, '"') | equal_bytes(w, '\\');
  if (ascii) marks |= high_bytes(w);
  return marks != 0;
}

// By hand rather than snprintf (a formatted-output call per escape): an ASCII-only result escapes
// every accented letter and curly quote of a page.
void append_u_escape(std::string& out, unsigned unit) {
  static constexpr char kHex[] = "0123456789abcdef";
  const char escape[6] = {'\\', 'u', kHex[(unit >> 12) & 0xF], kHex[(unit >> 8) & 0xF], kHex[(unit >> 4) & 0xF], kHex[unit & 0xF]};
  out.append(escape, 6);
}

// The code point of the UTF-8 sequence at s[i] (advancing i past it) as one or two \u escapes. A
// sequence the core's UTF-8 rule rejects (text::sequence_length: bad lead, missing continuation,
// overlong, surrogate, past U+10FFFF) is one U+FFFD for its lead byte, so no escape can hide a
// broken byte.
void append_code_point_escape(std::string& out, std::string_view s, std::size_t& i) {
  char32_t cp = 0xFFFD;
  if (text::sequence_length(s, i) <= 0) {
    ++i;
  } else {
    cp = text::next_code_point(s, i);
  }
  if (cp < 0x10000) {
    append_u_escape(out, static_cast<unsigned>(cp));
    return;
  }
  cp -= 0x10000;
  append_u_escape(out, 0xD800 + static_cast<unsigned>(cp >> 10));
  append_u_escape(out, 0xDC00 + static_cast<unsigned>(cp & 0x3FF));
}

}  // namespace

void append_escaped(std::string& out, std::string_view s, bool ascii) {
  out.push_back('"');
  // Runs that need no escape are appended whole: one call per run rather than per byte.
  std::size_t run = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    // Eight bytes a step past words with nothing to escape (no control byte, '"' or '\\'): the
    // removed list repeats most of a page's text, so this runs over kilobytes per read.
    while (i + 8 <= s.size() && !needs_escape(s.data() + i, ascii)) i += 8;
    if (i >= s.size()) break;
    char c = s[i];
    auto u = static_cast<unsigned char>(c);
    if (ascii && u >= 0x80) {
      out.append(s, run, i - run);
      append_code_point_escape(out, s, i);
      run = i;
      --i;  // the loop steps on to s[run]
      continue;
    }
    if (u >= 0x20 && c != '"' && c != '\\') continue;
    out.append(s, run, i - run);
    run = i + 1;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default: append_u_escape(out, u);
    }
  }
  out.append(s, run, s.size() - run);
  out.push_back('"');
}

void Writer::separate() {
  if (need_comma_) out_.push_back(',');
  need_comma_ = true;
}

Writer& Writer::begin_object() {
  separate();
  out_.push_back('{');
  need_comma_ = false;
  return *this;
}
Writer& Writer::end_object() {
  out_.push_back('}');
  need_comma_ = true;
  return *this;
}
Writer& Writer::begin_array() {
  separate();
  out_.push_back('[');
  need_comma_ = false;
  return *this;
}
Writer& Writer::end_array() {
  out_.push_back(']');
  need_comma_ = true;
  return *this;
}
Writer& Writer::key(std::string_view k) {
  separate();
  append_escaped(out_, k, ascii_);
  out_.push_back(':');
  need_comma_ = false;
  return *this;
}
Writer& Writer::value(std::string_view s) {
  separate();
  append_escaped(out_, s, ascii_);
  return *this;
}
Writer& Writer::value(double d) {
  separate();
  if (!std::isfinite(d)) d = 0.0;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.6g", d);
  out_ += buf;
  return *this;
}
Writer& Writer::value(std::size_t n) {
  separate();
  out_ += std::to_string(n);
  return *this;
}
Writer& Writer::value(int n) {
  separate();
  out_ += std::to_string(n);
  return *this;
}

}  // namespace pith::json
