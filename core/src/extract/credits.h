// Photo credits and captions that carry one.
#pragma once

#include <string_view>

namespace pith::extract {

// "AP Photo/Pablo Martinez Monsivais, File", "Getty Images", "Photo: Jane Doe", "Chip Somodevilla/Getty
// Images", "(Reuters)", "Image credit: NASA". A short line only: prose that names an agency is kept.
bool is_photo_credit(std::string_view line);

// A caption line that ends in a credit: "The president speaks on Friday. (AP Photo/Evan Vucci)".
bool ends_with_credit(std::string_view line);

// The credit a picture's caption carries at its end, or "": "Waves at Porthleven. Photograph: Jane
// Doe/Reuters" → "Photograph: Jane Doe/Reuters"; "Smoke over Clearlake. (Noah Berger / Associated
// Press)" → "Noah Berger / Associated Press"; a caption that is a credit whole → itself. The caption
// stays a caption: this only names the credit (Document::image_credit).
std::string_view credit_in_caption(std::string_view caption);

// A picture gallery's counter: "Image 1 of 23", "Image 1 of / 23", "1 / 8", "Slide 3 of 12". The
// lines beside it are the picture's caption.
bool is_gallery_counter(std::string_view line);

}  // namespace pith::extract
