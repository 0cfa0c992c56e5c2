#include "nlp/string_ids.h"

#include "nlp/word_table.h"

namespace pith::nlp {

std::pair<std::uint32_t, bool> StringIds::intern(std::string_view s) {
  if ((spans_.size() + 1) * 2 > slots_.size()) grow();
  const std::uint32_t hash = word_hash(s);
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
    Slot& slot = slots_[i];
    if (slot.id == kEmpty) {
      slot = {hash, static_cast<std::uint32_t>(spans_.size())};
      spans_.emplace_back(static_cast<std::uint32_t>(arena_.size()), static_cast<std::uint32_t>(s.size()));
      arena_.append(s);
      return {slot.id, true};
    }
    if (slot.hash == hash && text(slot.id) == s) return {slot.id, false};
  }
}

void StringIds::grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 1024 : old.size() * 2, Slot{});  // a news story has some 500 distinct words
  const std::size_t mask = slots_.size() - 1;
  for (const Slot& slot : old) {
    if (slot.id == kEmpty) continue;
    std::size_t i = slot.hash & mask;
    while (slots_[i].id != kEmpty) i = (i + 1) & mask;
    slots_[i] = slot;
  }
}

}  // namespace pith::nlp
