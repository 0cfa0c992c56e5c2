#include "html/text_arena.h"

#include <algorithm>
#include <cstring>

namespace pith::html {
namespace {

// Chunks start small (most pages decode a few kilobytes of references) and double up to a cap, so
// a large page makes few allocations and a small one wastes little.
constexpr std::size_t kFirstChunk = 1024;
constexpr std::size_t kMaxChunk = 64 * 1024;

}  // namespace

std::string_view TextArena::concat(std::string_view head, std::string_view tail) {
  if (!head.empty() && head.data() == last_ && head.data() + head.size() == free_ && tail.size() <= room_) {
    std::memcpy(free_, tail.data(), tail.size());
    free_ += tail.size();
    room_ -= tail.size();
    return {last_, head.size() + tail.size()};
  }
  const std::size_t size = head.size() + tail.size();
  if (size > room_) {
    // Twice what is asked for at least: a string regrown here has room for its next pieces, so
    // growing one piece by piece copies it a logarithmic number of times.
    chunk_size_ = std::max(std::min(chunk_size_ == 0 ? kFirstChunk : chunk_size_ * 2, kMaxChunk), 2 * size);
    chunks_.push_back(std::unique_ptr<char[]>(new char[chunk_size_]));  // not zeroed: written before read
    free_ = chunks_.back().get();
    room_ = chunk_size_;
  }
  char* out = free_;
  if (!head.empty()) std::memcpy(out, head.data(), head.size());
  if (!tail.empty()) std::memcpy(out + head.size(), tail.data(), tail.size());
  last_ = out;
  free_ += size;
  room_ -= size;
  return {out, size};
}

void TextArena::reset() {
  if (chunks_.size() > 1) {
    std::unique_ptr<char[]> keep = std::move(chunks_.back());
    chunks_.clear();
    chunks_.push_back(std::move(keep));
  }
  free_ = chunks_.back().get();
  room_ = chunk_size_;
  last_ = nullptr;
}

}  // namespace pith::html
