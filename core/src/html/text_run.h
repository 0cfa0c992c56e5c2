// A string the tokenizer builds from the input: character data, an attribute's name or value.
// Most are one stretch of the input as written (the text between two tags, a class list), so while
// that holds only a view is kept; the first byte that is not the input's next one (a decoded
// reference, U+FFFD for a NUL, a lower-cased letter, a piece after a gap) copies it into a buffer.
#pragma once

#include <string>
#include <string_view>

namespace pith::html {

class TextRun {
 public:
  // Appends `piece`, a view of the input.
  void take(std::string_view piece) {
    if (piece.empty()) return;
    if (!copied_) {
      if (run_.empty()) {
        run_ = piece;
        return;
      }
      if (run_.data() + run_.size() == piece.data()) {
        run_ = std::string_view(run_.data(), run_.size() + piece.size());
        return;
      }
      copy();
    }
    buffer_.append(piece);
  }
  // The buffer, for bytes that are not the input's: what is held so far is copied into it first.
  std::string& edit() {
    if (!copied_) copy();
    return buffer_;
  }
  std::string_view view() const { return copied_ ? std::string_view(buffer_) : run_; }
  // True while the view is of the input (it lives as long as the input), false once copied (it
  // lives until the next clear).
  bool in_input() const { return !copied_; }
  bool empty() const { return copied_ ? buffer_.empty() : run_.empty(); }
  void clear() {
    run_ = {};
    if (copied_) {
      buffer_.clear();  // keeps its capacity for the next string
      copied_ = false;
    }
  }

 private:
  void copy() {
    buffer_.assign(run_.data(), run_.size());
    copied_ = true;
  }

  std::string_view run_;
  std::string buffer_;
  bool copied_ = false;
};

}  // namespace pith::html
