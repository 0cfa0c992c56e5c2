#include "json/json_writer.h"

#include <cmath>
#include <cstdint>
#include <cstdio>

#include "text/swar.h"

namespace pith::json {

namespace {

// True when one of the eight bytes at p is below 0x20 or is '"' or '\\' (a byte of a UTF-8
// sequence, >= 0x80, never matches).
bool needs_escape(const char* p) {
  using namespace text::swar;
  std::uint64_t w = load8(p);
  return (control_bytes(w) | equal_bytes(w, '"') | equal_bytes(w, '\\')) != 0;
}

}  // namespace

void append_escaped(std::string& out, std::string_view s) {
  out.push_back('"');
  // Runs that need no escape are appended whole: one call per run rather than per byte.
  std::size_t run = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    // Eight bytes a step past words with nothing to escape (no control byte, '"' or '\\'): the
    // removed list repeats most of a page's text, so this runs over kilobytes per read.
    while (i + 8 <= s.size() && !needs_escape(s.data() + i)) i += 8;
    if (i >= s.size()) break;
    char c = s[i];
    auto u = static_cast<unsigned char>(c);
    if (u >= 0x20 && c != '"' && c != '\\') continue;
    out.append(s, run, i - run);
    run = i + 1;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default: {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\u%04x", u);
        out += buf;
      }
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
  append_escaped(out_, k);
  out_.push_back(':');
  need_comma_ = false;
  return *this;
}
Writer& Writer::value(std::string_view s) {
  separate();
  append_escaped(out_, s);
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
