// Tag states: tag open, end tag open, tag name, the attribute states and self-closing start tag,
// and the data state before them. Names and values grow in reused buffers; quoted values are
// copied in runs.
#include "html/tokenizer.h"

#include <algorithm>
#include <array>
#include <cstdint>

#include "html/ascii.h"
#include "html/char_refs.h"
#include "html/tokenizer_tokens.h"

namespace pith::html {
namespace {

// Bytes that a tag or attribute name does not take as they are (lower-cased): the ones that end
// the name or need a parse error counted; '=' too for attribute names. A table, since names are
// scanned byte by byte and this was seven compares a byte.
constexpr std::uint8_t kEndsTagName = 1;
constexpr std::uint8_t kEndsAttributeName = 2;
constexpr std::uint8_t kUpperCase = 4;  // taken, but lower-cased: not the input's byte

constexpr std::array<std::uint8_t, 256> make_name_stops() {
  std::array<std::uint8_t, 256> stops{};
  constexpr char kStops[] = {'\t', '\n', '\f', ' ', '/', '>', '\0', '"', '\'', '<'};
  for (char c : kStops) stops[static_cast<unsigned char>(c)] = kEndsTagName | kEndsAttributeName;
  stops['='] = kEndsAttributeName;
  for (char c = 'A'; c <= 'Z'; ++c) stops[static_cast<unsigned char>(c)] = kUpperCase;
  return stops;
}
constexpr std::array<std::uint8_t, 256> kNameStops = make_name_stops();

bool is_plain_name_byte(char c, std::uint8_t name) { return (kNameStops[static_cast<unsigned char>(c)] & name) == 0; }

}  // namespace

// Inlined into step_tag()'s loop: as a call, its entry and exit cost as much as a short state.
[[gnu::always_inline]] inline void Tokenizer::step_tag_state() {
  const std::size_t n = in_.size();
  switch (state_) {
    // Data: the text up to the next tag, which follows at once. As a step of its own, the text
    // before each tag cost a call and a return more.
    case State::Data: {
      char c;
      if (!take_text(c) || c == '&') return;
      if (c == '\0') {
        ++errors_;  // unexpected-null-character: data keeps the NUL for the tree builder to drop
        text_.take(in_.substr(pos_ - 1, 1));
        return;
      }
      state_ = State::TagOpen;
    }
      [[fallthrough]];
    // "<", "</" and the name's first letter run straight on into the name: a round of step_tag()'s
    // loop per tag was about 2% of building the tree.
    case State::TagOpen:
    case State::EndTagOpen: {
      if (state_ == State::TagOpen) {
        if (at_end()) {
          ++errors_;  // eof-before-tag-name
          text_.take(in_.substr(pos_ - 1, 1));  // the '<', as written
          return emit_eof();
        }
        char c = in_[pos_];
        if (c == '!') {
          ++pos_;
          state_ = State::MarkupDeclarationOpen;
          return;
        } else if (c == '/') {
          ++pos_;
          state_ = State::EndTagOpen;  // read just below
        } else if (ascii::is_alpha(c)) {
          new_token(TokenType::StartTag);
          state_ = State::TagName;
        } else if (c == '?') {
          ++errors_;  // unexpected-question-mark-instead-of-tag-name: <?xml …> becomes a comment
          new_token(TokenType::Comment);
          state_ = State::BogusComment;
          return;
        } else {
          ++errors_;  // invalid-first-character-of-tag-name: "<" is text
          text_.take(in_.substr(pos_ - 1, 1));  // as written: "a < b" stays one view
          state_ = State::Data;
          return;
        }
      }
      if (state_ == State::EndTagOpen) {
        if (at_end()) {
          ++errors_;
          text_.edit() += "</";
          return emit_eof();
        }
        char c = in_[pos_];
        if (ascii::is_alpha(c)) {
          new_token(TokenType::EndTag);
          state_ = State::TagName;
        } else if (c == '>') {
          ++errors_;  // missing-end-tag-name: "</>" is dropped
          ++pos_;
          state_ = State::Data;
          return;
        } else {
          ++errors_;
          new_token(TokenType::Comment);
          state_ = State::BogusComment;
          return;
        }
      }
    }
      [[fallthrough]];
    case State::TagName: {
      bool space = false;
      while (pos_ < n) {
        // Most names are plain lower-case bytes: one view of the input. An upper-case letter is
        // lower-cased into the name's buffer, and the loop goes on.
        std::size_t end = pos_;
        while (end < n && is_plain_name_byte(in_[end], kEndsTagName | kUpperCase)) ++end;
        name_.take(in_.substr(pos_, end - pos_));
        pos_ = end;
        if (pos_ == n) break;
        char c = in_[pos_++];
        if (is_plain_name_byte(c, kEndsTagName)) {
          name_.edit().push_back(ascii::lower(c));
          continue;
        }
        if (ascii::is_space(c)) {
          space = true;
          break;
        } else if (c == '/') {
          state_ = State::SelfClosingStartTag;
          return;
        } else if (c == '>') {
          state_ = State::Data;
          return emit_current();
        } else if (c == '\0') {
          ++errors_;
          name_.edit().append(kReplacement);
        } else {
          name_.take(in_.substr(pos_ - 1, 1));  // '"', '\'' or '<': kept as written
        }
      }
      if (!space) {
        ++errors_;  // eof-in-tag: the unfinished tag is dropped
        return emit_eof();
      }
      state_ = State::BeforeAttributeName;
    }
      [[fallthrough]];
    // The usual path through a tag, <name attribute="value">, falls through these cases in order
    // rather than going round step_tag()'s loop and this switch at every state.
    case State::BeforeAttributeName: {
      while (pos_ < n && ascii::is_space(in_[pos_])) ++pos_;
      if (at_end() || in_[pos_] == '/' || in_[pos_] == '>') {
        state_ = State::AfterAttributeName;
        return;
      }
      start_attribute();
      if (in_[pos_] == '=') {
        ++errors_;  // unexpected-equals-sign-before-attribute-name: '=' starts the name
        attr_name_.take(in_.substr(pos_, 1));
        ++pos_;
      }
      state_ = State::AttributeName;
    }
      [[fallthrough]];
    case State::AttributeName: {
      bool equals = false;
      bool complete = false;
      // Most names are one run of plain lower-case bytes ending at '=', a space, '/' or '>': the
      // filter sees such a name in place, and it is copied only if kept (most are dropped: data-*,
      // event handlers…). Anything else goes byte by byte below.
      if (attr_name_.empty()) {
        std::size_t end = pos_;
        while (end < n && is_plain_name_byte(in_[end], kEndsAttributeName | kUpperCase)) ++end;
        // (A name that stops at an upper-case letter is not complete here, and takes the byte loop.)
        if (end < n && (ascii::is_space(in_[end]) || in_[end] == '=' || in_[end] == '/' || in_[end] == '>')) {
          std::string_view name = in_.substr(pos_, end - pos_);
          if (!skip_attribute(name)) attr_name_.take(name);
          pos_ = end;
          complete = true;
          if (in_[pos_] == '=') {
            ++pos_;
            equals = true;
          }
        }
      }
      while (!complete && pos_ < n) {
        char c = in_[pos_];
        if (is_plain_name_byte(c, kEndsAttributeName)) {
          if (ascii::is_upper(c)) {
            attr_name_.edit().push_back(ascii::lower(c));
          } else {
            attr_name_.take(in_.substr(pos_, 1));
          }
          ++pos_;
          continue;
        }
        if (ascii::is_space(c) || c == '/' || c == '>') break;
        ++pos_;
        if (c == '=') {
          equals = true;
          break;
        } else if (c == '\0') {
          ++errors_;
          attr_name_.edit().append(kReplacement);
        } else {
          if (c == '"' || c == '\'' || c == '<') ++errors_;  // unexpected-character-in-attribute-name
          attr_name_.edit().push_back(ascii::lower(c));
        }
      }
      if (!equals) {
        state_ = State::AfterAttributeName;
        return;
      }
      state_ = State::BeforeAttributeValue;
    }
      [[fallthrough]];
    case State::BeforeAttributeValue: {
      // The name is complete: a value the filter drops is skipped, not copied. No character
      // reference can hide the closing quote, space or '>', so the skip ends where the copy would.
      skip_attribute(attr_name_.view());
      while (pos_ < n && ascii::is_space(in_[pos_])) ++pos_;
      char c = at_end() ? ' ' : in_[pos_];
      if (c == '"') {
        ++pos_;
        state_ = State::AttributeValueDoubleQuoted;
      } else if (c == '\'') {
        ++pos_;
        state_ = State::AttributeValueSingleQuoted;
      } else if (c == '>') {
        ++errors_;  // missing-attribute-value
        ++pos_;
        state_ = State::Data;
        return emit_current();
      } else {
        state_ = State::AttributeValueUnquoted;
        return;
      }
    }
      [[fallthrough]];
    case State::AttributeValueDoubleQuoted:
    case State::AttributeValueSingleQuoted: {
      char quote = state_ == State::AttributeValueDoubleQuoted ? '"' : '\'';
      std::size_t stop = attr_skipped_ ? ascii::find_any(in_, pos_, quote)
                                       : ascii::find_any(in_, pos_, quote, '&', '\0');
      if (!attr_skipped_) attr_value_.take(in_.substr(pos_, stop - pos_));
      pos_ = stop;
      if (at_end()) {
        ++errors_;  // eof-in-tag
        return emit_eof();
      }
      char c = in_[pos_++];
      if (c == '&') {
        pos_ = decode_char_ref(in_, pos_ - 1, true, attr_value_.edit(), errors_);
        return;
      } else if (c != quote) {
        ++errors_;
        attr_value_.edit().append(kReplacement);
        return;
      }
      add_attribute();  // complete: the usual end of an attribute
      state_ = State::AfterAttributeValueQuoted;
    }
      [[fallthrough]];
    case State::AfterAttributeValueQuoted: {
      if (at_end()) {
        ++errors_;
        return emit_eof();
      }
      char c = in_[pos_];
      if (ascii::is_space(c)) {
        ++pos_;
        state_ = State::BeforeAttributeName;
      } else if (c == '/') {
        ++pos_;
        state_ = State::SelfClosingStartTag;
      } else if (c == '>') {
        ++pos_;
        state_ = State::Data;
        emit_current();
      } else {
        ++errors_;  // missing-whitespace-between-attributes
        state_ = State::BeforeAttributeName;
      }
      return;
    }
    case State::AfterAttributeName: {
      while (pos_ < n && ascii::is_space(in_[pos_])) ++pos_;
      if (at_end()) {
        ++errors_;  // eof-in-tag
        return emit_eof();
      }
      char c = in_[pos_];
      if (c == '/') {
        ++pos_;
        state_ = State::SelfClosingStartTag;
      } else if (c == '=') {
        ++pos_;
        state_ = State::BeforeAttributeValue;
      } else if (c == '>') {
        ++pos_;
        state_ = State::Data;
        emit_current();
      } else {
        start_attribute();
        state_ = State::AttributeName;
      }
      return;
    }
    case State::AttributeValueUnquoted:
      while (attr_skipped_ && pos_ < n && !ascii::is_space(in_[pos_]) && in_[pos_] != '>') ++pos_;
      while (pos_ < n) {
        char c = in_[pos_++];
        if (ascii::is_space(c)) {
          state_ = State::BeforeAttributeName;
          return;
        } else if (c == '&') {
          pos_ = decode_char_ref(in_, pos_ - 1, true, attr_value_.edit(), errors_);
        } else if (c == '>') {
          state_ = State::Data;
          return emit_current();
        } else if (c == '\0') {
          ++errors_;
          attr_value_.edit().append(kReplacement);
        } else {
          if (c == '"' || c == '\'' || c == '<' || c == '=' || c == '`') ++errors_;
          attr_value_.take(in_.substr(pos_ - 1, 1));  // as written
        }
      }
      ++errors_;  // eof-in-tag
      return emit_eof();
    case State::SelfClosingStartTag:
      if (at_end()) {
        ++errors_;
        return emit_eof();
      }
      if (in_[pos_] == '>') {
        ++pos_;
        current_.self_closing = true;
        state_ = State::Data;
        return emit_current();
      }
      ++errors_;  // unexpected-solidus-in-tag
      state_ = State::BeforeAttributeName;
      return;
    default:
      return;
  }
}

// A tag moves through several states (name, attribute name, value, …): they follow one another
// here instead of going back to advance()'s dispatch at every change.
// Out of line: see advance() in tokenizer.cpp.
[[gnu::noinline]] void Tokenizer::step_tag() {
  do {
    step_tag_state();
  } while (!ready_ && !eof_ && read_by_step_tag(state_));
}

}  // namespace pith::html
