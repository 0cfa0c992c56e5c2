// A small JSON reader (RFC 8259): the html5lib test files, and JSON-LD in pages. Strict on syntax,
// iterative (nesting is bounded by a depth limit, not by the stack), linear in the input, and it
// reports failure as a value.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace pith::json {

struct Member;

struct Value {
  enum class Kind : std::uint8_t { Null, Bool, Number, String, Array, Object };

  Kind kind = Kind::Null;
  bool boolean = false;
  // String: UTF-8, \u escapes decoded, lone surrogates as U+FFFD. Number: its spelling in the
  // source, checked against the grammar; number() converts it. Pages' JSON-LD is full of numbers
  // (image widths, ratings) that extraction never reads, and strtod in the WebAssembly build goes
  // through 128-bit soft float: converting only on request kept __multf3 and decfloat out of
  // every page's work (bench/tierup.mjs listed both among TurboFan's compiles).
  std::string string;
  std::vector<Value> items;     // Array
  std::vector<Member> members;  // Object, in document order; repeated keys are all kept

  bool is_null() const { return kind == Kind::Null; }
  bool is_bool() const { return kind == Kind::Bool; }
  bool is_number() const { return kind == Kind::Number; }
  bool is_string() const { return kind == Kind::String; }
  bool is_array() const { return kind == Kind::Array; }
  bool is_object() const { return kind == Kind::Object; }

  // The number's value (0 when this is not a number).
  double number() const;

  // The first member named `key`, or nullptr (also when this is not an object).
  const Value* find(std::string_view key) const;
};

struct Member {
  std::string key;
  Value value;
};

struct ReadResult {
  bool ok = false;
  Value value;              // the document when ok
  std::string error;        // what went wrong, when not ok
  std::size_t offset = 0;   // byte offset of the error in the input
};

constexpr std::size_t kDefaultMaxDepth = 512;

// Reads one JSON text (whitespace around it allowed, nothing else). Strings are copied byte for
// byte, so the input should be valid UTF-8 (text::decode_input guarantees it). Numbers longer
// than 1,024 characters are refused rather than handed to strtod.
ReadResult read_json(std::string_view text, std::size_t max_depth = kDefaultMaxDepth);

}  // namespace pith::json
