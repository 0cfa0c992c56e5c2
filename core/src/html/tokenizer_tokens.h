// Building the current token: the steps every tag, comment and DOCTYPE takes (a new token, an
// attribute started, the token complete). Inline in the state files that use them: they are short,
// and run a few times per tag, so as calls much of their cost was the calls' own (saving registers,
// reloading the tokenizer's fields).
#pragma once

#include "html/ascii.h"
#include "html/char_refs.h"
#include "html/tokenizer.h"

namespace pith::html {

// Data and RCDATA text: the text up to the next '<', '&' or NUL, then that byte in `stop`, with a
// character reference already decoded into the text. False at the end of the input (the end
// token is due). The two states differ only in what '<' and NUL do.
[[gnu::always_inline]] inline bool Tokenizer::take_text(char& stop) {
  std::size_t at = ascii::find_any(in_, pos_, '<', '&', '\0');
  text_.take(in_.substr(pos_, at - pos_));
  pos_ = at;
  if (at_end()) {
    emit_eof();
    return false;
  }
  stop = in_[pos_++];
  if (stop == '&') pos_ = decode_char_ref(in_, pos_ - 1, false, text_.edit(), errors_);
  return true;
}

inline void Tokenizer::new_token(TokenType type) {
  // Empties every field but keeps the strings' capacity. Only a comment sets the data (and the
  // comment buffer), and only a DOCTYPE the identifiers and flags, so they are cleared only after
  // one: most tokens follow a tag.
  Token& t = current_;
  if (t.type == TokenType::Comment) {
    comment_.clear();
    t.data = {};
  } else if (t.type == TokenType::Doctype) {
    t.public_id.clear();
    t.system_id.clear();
    t.has_name = t.has_public_id = t.has_system_id = false;
    t.force_quirks = false;
  }
  t.name = {};
  t.attributes.clear();
  t.attribute_marks = 0;
  t.self_closing = false;
  t.type = type;
  name_.clear();
  tag_store_.clear();
  attr_open_ = false;
  if (!attr_seen_.empty()) attr_seen_.clear();
}

inline void Tokenizer::emit_current() {
  if (current_.type == TokenType::Comment) {
    current_.data = comment_;
  } else {
    current_.name = name_.view();
  }
  if (current_.type == TokenType::StartTag || current_.type == TokenType::EndTag) {
    finish_attribute();
    if (current_.type == TokenType::EndTag) {
      // end-tag-with-attributes / end-tag-with-trailing-solidus: the tree builder ignores both.
      if (!current_.attributes.empty() || current_.self_closing) ++errors_;
      current_.attributes.clear();
      current_.self_closing = false;
    }
  }
  ready_ = true;
}

inline void Tokenizer::add_attribute() {
  attr_open_ = false;
  // A dropped attribute is let go before the duplicate check: the list holds only kept names, so
  // it could not match one anyway.
  if (skip_attribute(attr_name_.view())) return;
  std::string_view name = attr_name_.view();
  std::vector<Attribute>& attrs = current_.attributes;
  bool duplicate = false;
  if (attrs.size() < kLinearAttributeCheck) {
    for (const Attribute& a : attrs) {
      if (a.name == name) {
        duplicate = true;
        break;
      }
    }
  } else {
    duplicate = seen_among_many(name);
  }
  if (duplicate) {
    ++errors_;  // duplicate-attribute: the first one wins
    return;
  }
  // Room for a typical tag's kept attributes at once rather than growing 1, 2, 4 (the tree builder
  // empties the list but leaves its capacity).
  if (attrs.capacity() == 0) attrs.reserve(4);
  // A name or value the input does not hold as written moves to the tag's store: the next
  // attribute reuses the buffers.
  std::string_view value = attr_value_.view();
  if (!attr_name_.in_input()) name = tag_store_.copy(name);
  if (!attr_value_.in_input()) value = tag_store_.copy(value);
  attrs.push_back(Attribute{name, value});
  current_.attribute_marks |= attr_mark_;
}

inline void Tokenizer::start_attribute() {
  finish_attribute();
  attr_open_ = true;
  attr_checked_ = attr_skipped_ = false;
  attr_name_.clear();
  attr_value_.clear();
}

}  // namespace pith::html
