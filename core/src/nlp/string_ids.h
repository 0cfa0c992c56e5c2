// Dense ids for strings (0, 1, 2, … in order of first sight), in an open-addressing table over one
// character arena. The summarizer interns every word of an article; std::unordered_map<std::string>
// spent more time allocating nodes and walking buckets than the rest of the work.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pith::nlp {

class StringIds {
 public:
  // The id of `s`, and whether it was new.
  std::pair<std::uint32_t, bool> intern(std::string_view s);
  std::size_t size() const { return spans_.size(); }
  std::string_view text(std::uint32_t id) const {
    return std::string_view(arena_).substr(spans_[id].first, spans_[id].second);
  }

 private:
  struct Slot {
    std::uint32_t hash = 0;
    std::uint32_t id = kEmpty;
  };
  static constexpr std::uint32_t kEmpty = 0xFFFFFFFF;
  void grow();

  std::string arena_;                                        // every string, back to back
  std::vector<std::pair<std::uint32_t, std::uint32_t>> spans_;  // id → (offset, length) in arena_
  std::vector<Slot> slots_;                                  // power-of-two size, at most half full
};

}  // namespace pith::nlp
