// Markup declaration open, bogus comment and the comment states, including the spec's answers to
// "<!-->", "<!--->", "--!>" and "<!--<!--": every way a page opens or closes a comment badly.
#include "html/tokenizer.h"

#include "html/ascii.h"
#include "html/tokenizer_tokens.h"

namespace pith::html {

// Out of advance(): a page holds a few comments, and inlined with the DOCTYPE states they doubled
// the size of the function V8 optimises for every page's text (CMakeLists.txt, warm-up).
[[gnu::noinline]] void Tokenizer::step_comment() {
  const std::size_t n = in_.size();
  std::string& data = comment_;
  // EOF inside a comment: the comment so far is emitted, then the end (eof-in-comment).
  auto eof_in_comment = [this] {
    ++errors_;
    emit_current();
    emit_eof();
  };
  switch (state_) {
    case State::MarkupDeclarationOpen: {
      std::string_view rest = in_.substr(pos_);
      if (rest.substr(0, 2) == "--") {
        pos_ += 2;
        new_token(TokenType::Comment);
        state_ = State::CommentStart;
      } else if (ascii::iequals(rest.substr(0, 7), "doctype")) {
        pos_ += 7;
        new_token(TokenType::Doctype);
        state_ = State::Doctype;
      } else if (rest.substr(0, 7) == "[CDATA[") {
        pos_ += 7;
        if (allow_cdata_) {
          state_ = State::CdataSection;
        } else {
          ++errors_;  // cdata-in-html-content: a comment in HTML
          new_token(TokenType::Comment);
          data = "[CDATA[";
          state_ = State::BogusComment;
        }
      } else {
        ++errors_;  // incorrectly-opened-comment
        new_token(TokenType::Comment);
        state_ = State::BogusComment;
      }
      return;
    }
    case State::BogusComment: {
      std::size_t stop = ascii::find_any(in_, pos_, '>', '\0');
      data.append(in_, pos_, stop - pos_);
      pos_ = stop;
      if (at_end()) {
        emit_current();
        return emit_eof();
      }
      if (in_[pos_++] == '>') {
        state_ = State::Data;
        return emit_current();
      }
      ++errors_;
      data.append(kReplacement);
      return;
    }
    case State::CommentStart:
      if (pos_ < n && in_[pos_] == '-') {
        ++pos_;
        state_ = State::CommentStartDash;
      } else if (pos_ < n && in_[pos_] == '>') {
        ++errors_;  // abrupt-closing-of-empty-comment: "<!-->"
        ++pos_;
        state_ = State::Data;
        emit_current();
      } else {
        state_ = State::Comment;
      }
      return;
    case State::CommentStartDash:
      if (at_end()) return eof_in_comment();
      if (in_[pos_] == '-') {
        ++pos_;
        state_ = State::CommentEnd;
      } else if (in_[pos_] == '>') {
        ++errors_;  // abrupt-closing-of-empty-comment: "<!--->"
        ++pos_;
        state_ = State::Data;
        emit_current();
      } else {
        data.push_back('-');
        state_ = State::Comment;
      }
      return;
    case State::Comment: {
      std::size_t stop = ascii::find_any(in_, pos_, '<', '-', '\0');
      data.append(in_, pos_, stop - pos_);
      pos_ = stop;
      if (at_end()) return eof_in_comment();
      char c = in_[pos_++];
      if (c == '<') {
        data.push_back('<');
        state_ = State::CommentLessThanSign;
      } else if (c == '-') {
        state_ = State::CommentEndDash;
      } else {
        ++errors_;
        data.append(kReplacement);
      }
      return;
    }
    case State::CommentLessThanSign:
      if (pos_ < n && in_[pos_] == '!') {
        ++pos_;
        data.push_back('!');
        state_ = State::CommentLessThanSignBang;
      } else if (pos_ < n && in_[pos_] == '<') {
        ++pos_;
        data.push_back('<');
      } else {
        state_ = State::Comment;
      }
      return;
    case State::CommentLessThanSignBang:
      if (pos_ < n && in_[pos_] == '-') {
        ++pos_;
        state_ = State::CommentLessThanSignBangDash;
      } else {
        state_ = State::Comment;
      }
      return;
    case State::CommentLessThanSignBangDash:
      if (pos_ < n && in_[pos_] == '-') {
        ++pos_;
        state_ = State::CommentLessThanSignBangDashDash;
      } else {
        state_ = State::CommentEndDash;
      }
      return;
    case State::CommentLessThanSignBangDashDash:
      if (pos_ < n && in_[pos_] != '>') ++errors_;  // nested-comment: "<!--" inside a comment
      state_ = State::CommentEnd;
      return;
    case State::CommentEndDash:
      if (at_end()) return eof_in_comment();
      if (in_[pos_] == '-') {
        ++pos_;
        state_ = State::CommentEnd;
      } else {
        data.push_back('-');
        state_ = State::Comment;
      }
      return;
    case State::CommentEnd:
      if (at_end()) return eof_in_comment();
      if (in_[pos_] == '>') {
        ++pos_;
        state_ = State::Data;
        emit_current();
      } else if (in_[pos_] == '!') {
        ++pos_;
        state_ = State::CommentEndBang;
      } else if (in_[pos_] == '-') {
        ++pos_;
        data.push_back('-');
      } else {
        data += "--";
        state_ = State::Comment;
      }
      return;
    case State::CommentEndBang:
      if (at_end()) return eof_in_comment();
      if (in_[pos_] == '-') {
        ++pos_;
        data += "--!";
        state_ = State::CommentEndDash;
      } else if (in_[pos_] == '>') {
        ++errors_;  // incorrectly-closed-comment: "--!>"
        ++pos_;
        state_ = State::Data;
        emit_current();
      } else {
        data += "--!";
        state_ = State::Comment;
      }
      return;
    default:
      return;
  }
}

}  // namespace pith::html
