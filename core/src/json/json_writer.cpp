#include "json/json_writer.h"

#include <cmath>
#include <cstdio>

namespace pith::json {

void append_escaped(std::string& out, std::string_view s) {
  out.push_back('"');
  // Runs that need no escape are appended whole: one call per run rather than per byte.
  std::size_t run = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
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
