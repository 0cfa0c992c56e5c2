// Script data states: "<!--" inside <script> escapes the text, and "<script" inside that escape
// double-escapes it, so "</script>" there does not end the element. All of it is text to the tree
// builder; these states only decide where the script ends.
#include "html/tokenizer.h"

#include "html/ascii.h"

namespace pith::html {
namespace {

bool ends_escape_name(char c) { return ascii::is_space(c) || c == '/' || c == '>'; }

}  // namespace

// Out of line: see advance() in tokenizer.cpp.
[[gnu::noinline]] void Tokenizer::step_script() {
  const std::size_t n = in_.size();
  const bool double_escaped = state_ == State::ScriptDataDoubleEscaped ||
                              state_ == State::ScriptDataDoubleEscapedDash ||
                              state_ == State::ScriptDataDoubleEscapedDashDash;
  switch (state_) {
    case State::ScriptDataLessThanSign:
      if (pos_ < n && in_[pos_] == '/') {
        ++pos_;
        return text_end_tag(State::ScriptData);
      }
      if (pos_ < n && in_[pos_] == '!') {
        ++pos_;
        text_.edit() += "<!";
        state_ = State::ScriptDataEscapeStart;
        return;
      }
      text_.edit().push_back('<');
      state_ = State::ScriptData;
      return;
    case State::ScriptDataEscapeStart:
    case State::ScriptDataEscapeStartDash:
      if (pos_ < n && in_[pos_] == '-') {
        ++pos_;
        text_.edit().push_back('-');
        state_ = state_ == State::ScriptDataEscapeStart ? State::ScriptDataEscapeStartDash
                                                        : State::ScriptDataEscapedDashDash;
        return;
      }
      state_ = State::ScriptData;
      return;
    case State::ScriptDataEscaped:
    case State::ScriptDataDoubleEscaped: {
      std::size_t stop = ascii::find_any(in_, pos_, '-', '<', '\0');
      if (!discard_text_) text_.take(in_.substr(pos_, stop - pos_));
      pos_ = stop;
      if (at_end()) {
        ++errors_;  // eof-in-script-html-comment-like-text
        return emit_eof();
      }
      char c = in_[pos_++];
      if (c == '-') {
        text_.edit().push_back('-');
        state_ = double_escaped ? State::ScriptDataDoubleEscapedDash : State::ScriptDataEscapedDash;
      } else if (c == '<') {
        if (double_escaped) text_.edit().push_back('<');
        state_ = double_escaped ? State::ScriptDataDoubleEscapedLessThanSign
                                : State::ScriptDataEscapedLessThanSign;
      } else {
        ++errors_;
        text_.edit().append(kReplacement);
      }
      return;
    }
    case State::ScriptDataEscapedDash:
    case State::ScriptDataEscapedDashDash:
    case State::ScriptDataDoubleEscapedDash:
    case State::ScriptDataDoubleEscapedDashDash: {
      const bool dash_dash = state_ == State::ScriptDataEscapedDashDash ||
                             state_ == State::ScriptDataDoubleEscapedDashDash;
      const State inside = double_escaped ? State::ScriptDataDoubleEscaped : State::ScriptDataEscaped;
      if (at_end()) {
        ++errors_;
        return emit_eof();
      }
      char c = in_[pos_++];
      if (c == '-') {
        text_.edit().push_back('-');
        state_ = double_escaped ? State::ScriptDataDoubleEscapedDashDash
                                : State::ScriptDataEscapedDashDash;
      } else if (c == '<') {
        if (double_escaped) text_.edit().push_back('<');
        state_ = double_escaped ? State::ScriptDataDoubleEscapedLessThanSign
                                : State::ScriptDataEscapedLessThanSign;
      } else if (c == '>' && dash_dash) {
        text_.edit().push_back('>');
        state_ = State::ScriptData;
      } else if (c == '\0') {
        ++errors_;
        text_.edit().append(kReplacement);
        state_ = inside;
      } else {
        text_.edit().push_back(c);
        state_ = inside;
      }
      return;
    }
    case State::ScriptDataEscapedLessThanSign:
      if (pos_ < n && in_[pos_] == '/') {
        ++pos_;
        return text_end_tag(State::ScriptDataEscaped);
      }
      text_.edit().push_back('<');
      state_ = pos_ < n && ascii::is_alpha(in_[pos_]) ? State::ScriptDataDoubleEscapeStart
                                                       : State::ScriptDataEscaped;
      return;
    case State::ScriptDataDoubleEscapedLessThanSign:
      if (pos_ < n && in_[pos_] == '/') {
        ++pos_;
        text_.edit().push_back('/');
        state_ = State::ScriptDataDoubleEscapeEnd;
        return;
      }
      state_ = State::ScriptDataDoubleEscaped;
      return;
    case State::ScriptDataDoubleEscapeStart:
    case State::ScriptDataDoubleEscapeEnd: {
      // The letters are the spec's temporary buffer: emitted as text, then compared with "script".
      const bool start = state_ == State::ScriptDataDoubleEscapeStart;
      std::size_t end = pos_;
      while (end < n && ascii::is_alpha(in_[end])) ++end;
      std::string_view name = in_.substr(pos_, end - pos_);
      text_.edit().append(name);
      pos_ = end;
      const State inside = start ? State::ScriptDataEscaped : State::ScriptDataDoubleEscaped;
      const State toggled = start ? State::ScriptDataDoubleEscaped : State::ScriptDataEscaped;
      if (pos_ < n && ends_escape_name(in_[pos_])) {
        text_.edit().push_back(in_[pos_++]);
        state_ = ascii::iequals(name, "script") ? toggled : inside;
      } else {
        state_ = inside;
      }
      return;
    }
    default:
      return;
  }
}

}  // namespace pith::html
