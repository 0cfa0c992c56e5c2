#include "html/text_refs.h"

#include "html/char_refs.h"

namespace pith::html {

std::string decode_entities(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t errors = 0;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t amp = text.find('&', i);
    if (amp == std::string_view::npos) {
      out.append(text.substr(i));
      break;
    }
    out.append(text.substr(i, amp - i));
    i = decode_char_ref(text, amp, false, out, errors);
  }
  return out;
}

}  // namespace pith::html
