// Storage for strings that views must be able to hold on to: text the tree keeps that is not in the
// input as written (decoded references, joined pieces, the CR-normalised copy of the input). Chunks
// never move or shrink while the arena lives, so a view into one stays good however much is added
// after it, and moving the arena moves only the chunk pointers.
#pragma once

#include <cstddef>
#include <memory>
#include <string_view>
#include <utility>
#include <vector>

namespace pith::html {

class TextArena {
 public:
  TextArena() = default;
  // The source is left empty: a defaulted move would leave it pointing into chunks it no longer
  // owns, and a later copy into it would write into the new owner's strings.
  TextArena(TextArena&& other) noexcept { *this = std::move(other); }
  TextArena& operator=(TextArena&& other) noexcept {
    if (this == &other) return *this;
    chunks_ = std::move(other.chunks_);
    other.chunks_.clear();
    last_ = std::exchange(other.last_, nullptr);
    free_ = std::exchange(other.free_, nullptr);
    room_ = std::exchange(other.room_, 0);
    chunk_size_ = std::exchange(other.chunk_size_, 0);
    return *this;
  }
  TextArena(const TextArena&) = delete;
  TextArena& operator=(const TextArena&) = delete;

  // A copy of `s` that lives as long as the arena.
  std::string_view copy(std::string_view s) { return concat({}, s); }
  // `head` then `tail`, as one string. When `head` is the arena's latest string and its chunk has
  // room, `tail` is added in place: a text node that grows piece by piece (text, a comment, more
  // text, …) costs linear time, not a copy of all of it per piece.
  std::string_view concat(std::string_view head, std::string_view tail);
  // Takes ownership of a block (the tokenizer's normalised input) that views already point into.
  // (At the front: the last chunk is the one with free space.)
  void adopt(std::unique_ptr<char[]> block) { chunks_.insert(chunks_.begin(), std::move(block)); }
  // Forgets every string but keeps the current chunk for reuse (the tokenizer's per-tag store):
  // every view into the arena is dangling after this. Inline for the usual case, a tag whose
  // attributes all stayed views of the input, where there is nothing to forget.
  void clear() {
    if (last_ != nullptr) reset();
  }
  // True when nothing was copied in since the last clear.
  bool empty() const { return last_ == nullptr; }

 private:
  void reset();

  std::vector<std::unique_ptr<char[]>> chunks_;
  char* last_ = nullptr;  // the latest string, which ends where the free space begins
  char* free_ = nullptr;  // the current chunk's free space
  std::size_t room_ = 0;
  std::size_t chunk_size_ = 0;  // of the current chunk
};

}  // namespace pith::html
