// DOCTYPE states: name, PUBLIC/SYSTEM keywords, quoted identifiers and bogus DOCTYPE. What matters
// downstream is force-quirks and which identifiers are present; the spec's answers are kept exactly.
#include "html/tokenizer.h"

#include <algorithm>

#include "html/ascii.h"
#include "html/tokenizer_tokens.h"

namespace pith::html {

// Out of advance(): one DOCTYPE a page (see step_comment).
[[gnu::noinline]] void Tokenizer::step_doctype() {
  const std::size_t n = in_.size();
  Token& t = current_;
  auto skip_space = [&] {
    while (pos_ < n && ascii::is_space(in_[pos_])) ++pos_;
  };
  // eof-in-doctype: what there is goes out, marked quirky.
  auto eof_in_doctype = [this, &t] {
    ++errors_;
    t.force_quirks = true;
    emit_current();
    emit_eof();
  };
  auto close = [this] {
    ++pos_;
    state_ = State::Data;
    emit_current();
  };
  auto close_quirky = [this, &t, &close] {
    ++errors_;
    t.force_quirks = true;
    close();
  };
  auto to_bogus = [this, &t](bool quirky) {
    ++errors_;
    if (quirky) t.force_quirks = true;
    state_ = State::BogusDoctype;
  };
  auto open_identifier = [this, &t](bool public_id, char quote) {
    ++pos_;
    if (public_id) {
      t.has_public_id = true;
      t.public_id.clear();
      state_ = quote == '"' ? State::DoctypePublicIdentifierDoubleQuoted
                            : State::DoctypePublicIdentifierSingleQuoted;
    } else {
      t.has_system_id = true;
      t.system_id.clear();
      state_ = quote == '"' ? State::DoctypeSystemIdentifierDoubleQuoted
                            : State::DoctypeSystemIdentifierSingleQuoted;
    }
  };

  switch (state_) {
    case State::Doctype:
      if (at_end()) return eof_in_doctype();
      if (ascii::is_space(in_[pos_])) ++pos_;
      else if (in_[pos_] != '>') ++errors_;  // missing-whitespace-before-doctype-name
      state_ = State::BeforeDoctypeName;
      return;
    case State::BeforeDoctypeName:
      skip_space();
      if (at_end()) return eof_in_doctype();
      if (in_[pos_] == '>') return close_quirky();  // missing-doctype-name
      t.has_name = true;
      state_ = State::DoctypeName;
      return;
    case State::DoctypeName:
      while (pos_ < n) {
        char c = in_[pos_];
        if (ascii::is_space(c)) {
          ++pos_;
          state_ = State::AfterDoctypeName;
          return;
        }
        if (c == '>') return close();
        ++pos_;
        if (c == '\0') {
          ++errors_;
          name_.edit().append(kReplacement);
        } else {
          if (ascii::is_upper(c)) {
            name_.edit().push_back(ascii::lower(c));
          } else {
            name_.take(in_.substr(pos_ - 1, 1));
          }
        }
      }
      return eof_in_doctype();
    case State::AfterDoctypeName: {
      skip_space();
      if (at_end()) return eof_in_doctype();
      if (in_[pos_] == '>') return close();
      std::string_view keyword = in_.substr(pos_, 6);
      if (ascii::iequals(keyword, "public")) {
        pos_ += 6;
        state_ = State::AfterDoctypePublicKeyword;
      } else if (ascii::iequals(keyword, "system")) {
        pos_ += 6;
        state_ = State::AfterDoctypeSystemKeyword;
      } else {
        to_bogus(true);  // invalid-character-sequence-after-doctype-name
      }
      return;
    }
    case State::AfterDoctypePublicKeyword:
    case State::AfterDoctypeSystemKeyword:
    case State::BeforeDoctypePublicIdentifier:
    case State::BeforeDoctypeSystemIdentifier: {
      const bool public_id = state_ == State::AfterDoctypePublicKeyword ||
                             state_ == State::BeforeDoctypePublicIdentifier;
      const bool after_keyword = state_ == State::AfterDoctypePublicKeyword ||
                                 state_ == State::AfterDoctypeSystemKeyword;
      if (after_keyword && pos_ < n && ascii::is_space(in_[pos_])) {
        state_ = public_id ? State::BeforeDoctypePublicIdentifier : State::BeforeDoctypeSystemIdentifier;
        return;
      }
      skip_space();
      if (at_end()) return eof_in_doctype();
      char c = in_[pos_];
      if (c == '"' || c == '\'') {
        if (after_keyword) ++errors_;  // missing-whitespace-after-doctype-*-keyword
        return open_identifier(public_id, c);
      }
      if (c == '>') return close_quirky();  // missing-doctype-*-identifier
      return to_bogus(true);                // missing-quote-before-doctype-*-identifier
    }
    case State::DoctypePublicIdentifierDoubleQuoted:
    case State::DoctypePublicIdentifierSingleQuoted:
    case State::DoctypeSystemIdentifierDoubleQuoted:
    case State::DoctypeSystemIdentifierSingleQuoted: {
      const bool public_id = state_ == State::DoctypePublicIdentifierDoubleQuoted ||
                             state_ == State::DoctypePublicIdentifierSingleQuoted;
      const char quote = state_ == State::DoctypePublicIdentifierDoubleQuoted ||
                                 state_ == State::DoctypeSystemIdentifierDoubleQuoted
                             ? '"'
                             : '\'';
      std::string& id = public_id ? t.public_id : t.system_id;
      std::size_t stop = ascii::find_any(in_, pos_, quote, '>', '\0');
      id.append(in_, pos_, stop - pos_);
      pos_ = stop;
      if (at_end()) return eof_in_doctype();
      char c = in_[pos_];
      if (c == quote) {
        ++pos_;
        state_ = public_id ? State::AfterDoctypePublicIdentifier : State::AfterDoctypeSystemIdentifier;
      } else if (c == '>') {
        close_quirky();  // abrupt-doctype-*-identifier
      } else {
        ++pos_;
        ++errors_;
        id.append(kReplacement);
      }
      return;
    }
    case State::AfterDoctypePublicIdentifier:
    case State::BetweenDoctypePublicAndSystemIdentifiers: {
      const bool after = state_ == State::AfterDoctypePublicIdentifier;
      if (after && pos_ < n && ascii::is_space(in_[pos_])) {
        state_ = State::BetweenDoctypePublicAndSystemIdentifiers;
        return;
      }
      skip_space();
      if (at_end()) return eof_in_doctype();
      char c = in_[pos_];
      if (c == '>') return close();
      if (c == '"' || c == '\'') {
        if (after) ++errors_;  // missing-whitespace-between-doctype-public-and-system-identifiers
        return open_identifier(false, c);
      }
      return to_bogus(true);  // missing-quote-before-doctype-system-identifier
    }
    case State::AfterDoctypeSystemIdentifier:
      skip_space();
      if (at_end()) return eof_in_doctype();
      if (in_[pos_] == '>') return close();
      return to_bogus(false);  // unexpected-character-after-doctype-system-identifier: not quirky
    case State::BogusDoctype: {
      std::size_t stop = std::min(in_.find('>', pos_), n);
      for (std::size_t i = pos_; i < stop; ++i) {
        if (in_[i] == '\0') ++errors_;
      }
      pos_ = stop;
      if (at_end()) {
        emit_current();  // EOF in a bogus DOCTYPE keeps its quirks flag as it was
        return emit_eof();
      }
      return close();
    }
    default:
      return;
  }
}

}  // namespace pith::html
