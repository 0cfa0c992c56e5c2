// Building the current token: the steps every tag, comment and DOCTYPE takes (a new token, an
// attribute started, the token complete). Inline in the state files that use them: they are short,
// and run a few times per tag, so as calls much of their cost was the calls' own (saving registers,
// reloading the tokenizer's fields).
#pragma once

#include "html/tokenizer.h"

namespace pith::html {

inline void Tokenizer::new_token(TokenType type) {
  // Empties every field but keeps the strings' capacity. Only a DOCTYPE token sets the
  // identifiers, and only a comment the comment buffer, so they are cleared only after one.
  Token& t = current_;
  if (t.type == TokenType::Comment) comment_.clear();
  if (t.type == TokenType::Doctype) {
    t.public_id.clear();
    t.system_id.clear();
  }
  t.name = {};
  t.data = {};
  t.attributes.clear();
  t.self_closing = false;
  t.has_name = t.has_public_id = t.has_system_id = false;
  t.force_quirks = false;
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

inline void Tokenizer::start_attribute() {
  finish_attribute();
  attr_open_ = true;
  attr_checked_ = attr_skipped_ = false;
  attr_name_.clear();
  attr_value_.clear();
}

}  // namespace pith::html
