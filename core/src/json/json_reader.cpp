#include "json/json_reader.h"

#include <cstdlib>

#include "text/utf8.h"

namespace pith::json {
namespace {

constexpr std::size_t kMaxNumberLength = 1024;

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// One open array or object. Values live in their parent's vector, which is not appended to while
// a child is open, so these pointers stay valid.
struct Frame {
  Value* value;
  bool first;  // nothing read inside yet: the closing bracket may come next
};

class Reader {
 public:
  Reader(std::string_view s, std::size_t max_depth) : s_(s), max_depth_(max_depth) {}

  ReadResult run() {
    ReadResult result;
    skip_space();
    if (read_value(result.value)) read_containers();
    if (error_.empty()) {
      skip_space();
      if (i_ < s_.size()) fail("unexpected text after the JSON value");
    }
    if (!error_.empty()) {
      result.value = Value();
      result.error = error_;
      result.offset = i_;
      return result;
    }
    result.ok = true;
    return result;
  }

 private:
  bool fail(const char* message) {
    if (error_.empty()) error_ = message;
    return false;
  }

  char peek() const { return i_ < s_.size() ? s_[i_] : '\0'; }

  void skip_space() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r')) {
      ++i_;
    }
  }

  // Members and elements of the open containers, innermost first, until the root is closed.
  void read_containers() {
    while (!stack_.empty()) {
      Value& open = *stack_.back().value;
      const bool first = stack_.back().first;
      stack_.back().first = false;
      const char close = open.is_array() ? ']' : '}';
      skip_space();
      if (peek() == close) {
        ++i_;
        stack_.pop_back();
        continue;
      }
      if (!first) {
        if (peek() != ',') {
          fail(open.is_array() ? "expected ',' or ']'" : "expected ',' or '}'");
          return;
        }
        ++i_;
        skip_space();
      }
      Value* target;
      if (open.is_object()) {
        if (peek() != '"') {
          fail("expected a string key");
          return;
        }
        open.members.emplace_back();
        if (!read_string(open.members.back().key)) return;
        skip_space();
        if (peek() != ':') {
          fail("expected ':'");
          return;
        }
        ++i_;
        skip_space();
        target = &open.members.back().value;
      } else {
        open.items.emplace_back();
        target = &open.items.back();
      }
      if (!read_value(*target)) return;
    }
  }

  // A scalar, or the opening bracket of a container (pushed for read_containers to fill).
  bool read_value(Value& v) {
    switch (peek()) {
      case '{':
      case '[':
        if (stack_.size() >= max_depth_) return fail("nesting too deep");
        v.kind = peek() == '{' ? Value::Kind::Object : Value::Kind::Array;
        ++i_;
        stack_.push_back(Frame{&v, true});
        return true;
      case '"':
        v.kind = Value::Kind::String;
        return read_string(v.string);
      case 't':
        v.kind = Value::Kind::Bool;
        v.boolean = true;
        return literal("true");
      case 'f':
        v.kind = Value::Kind::Bool;
        return literal("false");
      case 'n':
        return literal("null");
      default:
        if (peek() == '-' || is_digit(peek())) return read_number(v);
        return fail(i_ < s_.size() ? "expected a value" : "unexpected end of input");
    }
  }

  bool literal(std::string_view word) {
    if (s_.substr(i_, word.size()) != word) return fail("invalid literal");
    i_ += word.size();
    return true;
  }

  bool read_number(Value& v) {
    const std::size_t start = i_;
    if (peek() == '-') ++i_;
    if (peek() == '0') {
      ++i_;
    } else if (is_digit(peek())) {
      while (is_digit(peek())) ++i_;
    } else {
      return fail("invalid number");
    }
    if (peek() == '.') {
      ++i_;
      if (!is_digit(peek())) return fail("invalid number");
      while (is_digit(peek())) ++i_;
    }
    if (peek() == 'e' || peek() == 'E') {
      ++i_;
      if (peek() == '+' || peek() == '-') ++i_;
      if (!is_digit(peek())) return fail("invalid number");
      while (is_digit(peek())) ++i_;
    }
    if (i_ - start > kMaxNumberLength) {
      i_ = start;
      return fail("number too long");
    }
    v.kind = Value::Kind::Number;
    v.string.assign(s_.substr(start, i_ - start));
    return true;
  }

  // Four hex digits after "\u", or -1.
  long read_hex4() {
    if (s_.size() - i_ < 4) return -1;
    long v = 0;
    for (int k = 0; k < 4; ++k) {
      int d = hex_digit(s_[i_ + static_cast<std::size_t>(k)]);
      if (d < 0) return -1;
      v = v * 16 + d;
    }
    i_ += 4;
    return v;
  }

  bool read_string(std::string& out) {
    ++i_;  // the opening quote
    for (;;) {
      std::size_t run = i_;
      while (run < s_.size() && s_[run] != '"' && s_[run] != '\\' &&
             static_cast<unsigned char>(s_[run]) >= 0x20) {
        ++run;
      }
      out.append(s_, i_, run - i_);
      i_ = run;
      if (i_ >= s_.size()) return fail("unterminated string");
      char c = s_[i_];
      if (c == '"') {
        ++i_;
        return true;
      }
      if (c != '\\') return fail("control character in string");
      ++i_;
      char e = peek();
      ++i_;
      switch (e) {
        case '"': out.push_back('"'); break;
        case '\\': out.push_back('\\'); break;
        case '/': out.push_back('/'); break;
        case 'b': out.push_back('\b'); break;
        case 'f': out.push_back('\f'); break;
        case 'n': out.push_back('\n'); break;
        case 'r': out.push_back('\r'); break;
        case 't': out.push_back('\t'); break;
        case 'u': {
          long cp = read_hex4();
          if (cp < 0) return fail("invalid \\u escape");
          auto unit = static_cast<char32_t>(cp);
          if (text::is_surrogate(unit)) {
            // A pair is two escapes; U+FFFD for a lone surrogate.
            std::size_t back = i_;
            long trail = -1;
            if (s_.substr(i_, 2) == "\\u") {
              i_ += 2;
              trail = read_hex4();
            }
            unit = text::surrogate_pair(unit, trail > 0 ? static_cast<char32_t>(trail) : 0);
            if (unit <= 0xFFFF) i_ = back;  // not a pair: the next escape is read on its own
          }
          text::append_utf8(out, unit);
          break;
        }
        default:
          i_ -= 1;
          return fail("invalid escape");
      }
    }
  }

  std::string_view s_;
  std::size_t i_ = 0;
  std::size_t max_depth_;
  std::vector<Frame> stack_;
  std::string error_;
};

}  // namespace

const Value* Value::find(std::string_view key) const {
  for (const Member& m : members) {
    if (m.key == key) return &m.value;
  }
  return nullptr;
}

ReadResult read_json(std::string_view text, std::size_t max_depth) {
  return Reader(text, max_depth).run();
}

// The grammar check in read_number made the spelling valid, so strtod takes all of it (the core
// never changes the C locale, so '.' is the decimal point).
double Value::number() const { return kind == Kind::Number ? std::strtod(string.c_str(), nullptr) : 0; }

}  // namespace pith::json
