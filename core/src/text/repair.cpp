#include "text/repair.h"

#include <array>
#include <optional>

#include "text/utf8.h"

namespace pith::text {
namespace {

// The byte Windows-1252 decodes to `cp`, for the characters mojibake is made of.
std::optional<unsigned char> cp1252_byte(char32_t cp) {
  if (cp >= 0x80 && cp <= 0xFF) return static_cast<unsigned char>(cp);  // Latin-1 and C1 controls
  static constexpr std::array<std::pair<char32_t, unsigned char>, 27> kHigh = {{
      {0x20AC, 0x80}, {0x201A, 0x82}, {0x0192, 0x83}, {0x201E, 0x84}, {0x2026, 0x85}, {0x2020, 0x86},
      {0x2021, 0x87}, {0x02C6, 0x88}, {0x2030, 0x89}, {0x0160, 0x8A}, {0x2039, 0x8B}, {0x0152, 0x8C},
      {0x017D, 0x8E}, {0x2018, 0x91}, {0x2019, 0x92}, {0x201C, 0x93}, {0x201D, 0x94}, {0x2022, 0x95},
      {0x2013, 0x96}, {0x2014, 0x97}, {0x02DC, 0x98}, {0x2122, 0x99}, {0x0161, 0x9A}, {0x203A, 0x9B},
      {0x0153, 0x9C}, {0x017E, 0x9E}, {0x0178, 0x9F},
  }};
  for (const auto& [c, b] : kHigh) {
    if (c == cp) return b;
  }
  return std::nullopt;
}

}  // namespace

std::string repair_mojibake(std::string_view s) {
  // Fast path: mojibake always starts with a Latin-1 lead character (Â Ã â ð …), two bytes in UTF-8.
  bool candidate = false;
  for (std::size_t i = 0; i + 1 < s.size() && !candidate; ++i) {
    candidate = s[i] == '\xC3' || s[i] == '\xC2';
  }
  if (!candidate) return std::string(s);
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    std::size_t start = i;
    char32_t cp = next_code_point(s, i);
    auto lead = cp1252_byte(cp);
    int need = !lead ? 0 : (*lead >= 0xC2 && *lead <= 0xDF) ? 1 : (*lead >= 0xE0 && *lead <= 0xEF) ? 2
                                                             : (*lead >= 0xF0 && *lead <= 0xF4) ? 3 : 0;
    if (need > 0) {
      std::string bytes(1, static_cast<char>(*lead));
      std::size_t j = i;
      for (int k = 0; k < need && j < s.size(); ++k) {
        auto b = cp1252_byte(next_code_point(s, j));
        if (!b || *b < 0x80 || *b > 0xBF) break;
        bytes.push_back(static_cast<char>(*b));
      }
      bool replaced = false;
      if (bytes.size() == static_cast<std::size_t>(need + 1)) {
        std::string decoded = decode_utf8(bytes, &replaced);
        if (!replaced) {
          out += decoded;
          i = j;
          continue;
        }
      }
    }
    out.append(s.substr(start, i - start));
  }
  return out;
}

std::string expand_ligatures(std::string_view s) {
  if (s.find("\xEF\xAC") == std::string_view::npos) return std::string(s);  // U+FB00–FB3F
  static constexpr std::array<std::string_view, 7> kLetters = {"ff", "fi", "fl", "ffi", "ffl", "st", "st"};
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    std::size_t start = i;
    char32_t cp = next_code_point(s, i);
    if (cp >= 0xFB00 && cp <= 0xFB06) out += kLetters[cp - 0xFB00];
    else out.append(s.substr(start, i - start));
  }
  return out;
}

std::string double_hyphen_dashes(std::string_view s) {
  if (s.find("--") == std::string_view::npos) return std::string(s);
  // "-- " alone on its line: the delimiter an e-mail's signature stands under, not a dash.
  if (s == "--" || s == "-- ") return std::string(s);
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    bool pair = s[i] == '-' && i + 1 < s.size() && s[i + 1] == '-' && (i + 2 >= s.size() || s[i + 2] != '-') &&
                (i == 0 || s[i - 1] != '-');
    if (pair) {
      char before = i > 0 ? s[i - 1] : ' ';
      char after = i + 2 < s.size() ? s[i + 2] : ' ';
      auto wordish = [](char c) {
        return c == ' ' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               static_cast<unsigned char>(c) >= 0x80 || c == '.' || c == ',' || c == '"';
      };
      // "--json", "pass --format text": a command-line flag opens a word, with no space after it.
      const bool flag = before == ' ' && ((after >= 'a' && after <= 'z') || (after >= 'A' && after <= 'Z'));
      if (!flag && wordish(before) && wordish(after) && before != '<' && after != '>') {
        out += "\xE2\x80\x94";
        ++i;
        continue;
      }
    }
    out.push_back(s[i]);
  }
  return out;
}

}  // namespace pith::text
