// Text states: RCDATA, RAWTEXT, script data, PLAINTEXT and CDATA sections (data is read with the
// tags, in tokenizer_tags.cpp). Runs of ordinary text are taken in bulk (as views while nothing is
// decoded); each pass stops at the next byte that can change the state.
#include "html/tokenizer.h"

#include <algorithm>

#include "html/ascii.h"
#include "html/tokenizer_tokens.h"

namespace pith::html {

// Out of line: see advance() in tokenizer.cpp.
[[gnu::noinline]] void Tokenizer::step_text() {
  const std::size_t n = in_.size();
  switch (state_) {
    // (Data is read by step_tag(), which goes straight on into the tag that ends the text.)
    case State::Rcdata: {
      char c;
      if (!take_text(c) || c == '&') return;
      if (c == '<') {
        state_ = State::RcdataLessThanSign;
      } else {
        ++errors_;
        text_.edit().append(kReplacement);
      }
      return;
    }
    case State::Rawtext:
    case State::ScriptData: {
      std::size_t stop = ascii::find_any(in_, pos_, '<', '\0');
      if (!discard_text_) text_.take(in_.substr(pos_, stop - pos_));
      pos_ = stop;
      if (at_end()) return emit_eof();
      if (in_[pos_++] == '<') {
        state_ = state_ == State::Rawtext ? State::RawtextLessThanSign : State::ScriptDataLessThanSign;
      } else {
        ++errors_;
        text_.edit().append(kReplacement);
      }
      return;
    }
    case State::Plaintext: {
      std::size_t stop = std::min(in_.find('\0', pos_), n);
      text_.take(in_.substr(pos_, stop - pos_));
      pos_ = stop;
      if (at_end()) return emit_eof();
      ++pos_;
      ++errors_;
      text_.edit().append(kReplacement);
      return;
    }
    case State::RcdataLessThanSign:
    case State::RawtextLessThanSign: {
      State text = state_ == State::RcdataLessThanSign ? State::Rcdata : State::Rawtext;
      if (pos_ < n && in_[pos_] == '/') {
        ++pos_;
        return text_end_tag(text);
      }
      text_.take(in_.substr(pos_ - 1, 1));  // the '<', as written
      state_ = text;
      return;
    }
    case State::CdataSection: {
      // NUL is kept here: CDATA is "anything else" all the way to "]]>".
      std::size_t stop = std::min(in_.find(']', pos_), n);
      text_.take(in_.substr(pos_, stop - pos_));
      pos_ = stop;
      if (at_end()) {
        ++errors_;  // eof-in-cdata
        return emit_eof();
      }
      ++pos_;
      state_ = State::CdataSectionBracket;
      return;
    }
    case State::CdataSectionBracket:
      if (pos_ < n && in_[pos_] == ']') {
        ++pos_;
        state_ = State::CdataSectionEnd;
      } else {
        text_.edit().push_back(']');
        state_ = State::CdataSection;
      }
      return;
    case State::CdataSectionEnd:
      if (pos_ < n && in_[pos_] == ']') {
        ++pos_;
        text_.edit().push_back(']');
      } else if (pos_ < n && in_[pos_] == '>') {
        ++pos_;
        state_ = State::Data;
      } else {
        text_.edit() += "]]";
        state_ = State::CdataSection;
      }
      return;
    default:
      return;
  }
}

}  // namespace pith::html
