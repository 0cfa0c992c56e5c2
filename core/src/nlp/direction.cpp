#include "nlp/direction.h"

#include "html/ascii.h"

namespace pith::nlp {

std::string_view text_direction(std::string_view bcp47) {
  // Arabic, Hebrew (and its old code "iw"), Persian, Urdu, Yiddish, Pashto, Sindhi, Uyghur, Dhivehi:
  // the languages the detector names or pages declare that are written right to left.
  constexpr std::string_view kRightToLeft[] = {"ar", "he", "iw", "fa", "ur", "yi", "ps", "sd", "ug", "dv"};
  const std::size_t end = bcp47.find_first_of("-_");
  const std::string_view primary = bcp47.substr(0, end);
  for (std::string_view rtl : kRightToLeft) {
    if (html::ascii::iequals(primary, rtl)) return "rtl";
  }
  return "ltr";
}

}  // namespace pith::nlp
