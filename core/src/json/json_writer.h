// A small streaming JSON writer: enough for the Document and Summary, with strings escaped per RFC 8259.
#pragma once

#include <string>
#include <string_view>

namespace pith::json {

class Writer {
 public:
  // ascii: characters past ASCII as \u escapes (JsonChars::Ascii in pith/json.h).
  explicit Writer(bool ascii = false) : ascii_(ascii) {}
  Writer& begin_object();
  Writer& end_object();
  Writer& begin_array();
  Writer& end_array();
  Writer& key(std::string_view k);
  Writer& value(std::string_view s);
  Writer& value(const char* s) { return value(std::string_view(s)); }
  Writer& value(double d);
  Writer& value(std::size_t n);
  Writer& value(int n);
  std::string take() { return std::move(out_); }

 private:
  void separate();
  std::string out_;
  bool need_comma_ = false;
  bool ascii_ = false;
};

// `s` as a JSON string; with `ascii`, every character past ASCII as a \u escape (a byte that is not
// valid UTF-8 as U+FFFD).
void append_escaped(std::string& out, std::string_view s, bool ascii = false);

}  // namespace pith::json
