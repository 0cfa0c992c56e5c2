// Photo credits and captions that carry one.
#pragma once

#include <string_view>

namespace pith::extract {

// "AP Photo/Pablo Martinez Monsivais, File", "Getty Images", "Photo: Jane Doe", "Chip Somodevilla/Getty
// Images", "(Reuters)", "Image credit: NASA". A short line only: prose that names an agency is kept.
bool is_photo_credit(std::string_view line);

// A caption line that ends in a credit: "The president speaks on Friday. (AP Photo/Evan Vucci)".
bool ends_with_credit(std::string_view line);

}  // namespace pith::extract
