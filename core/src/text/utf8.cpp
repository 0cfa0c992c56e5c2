#include "text/utf8.h"

#include <cstdint>

#include "text/swar.h"

namespace pith::text {

int sequence_length(std::string_view s, std::size_t i) {
  auto at = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = at(i);
  int need;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) need = 1;
  else if (c >= 0xE0 && c <= 0xEF) {
    need = 2;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;  // no surrogates
  } else if (c >= 0xF0 && c <= 0xF4) {
    need = 3;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return -1;
  }
  for (int k = 1; k <= need; ++k) {
    if (i + k >= s.size()) return -k;
    unsigned char d = at(i + k);
    if (d < lo || d > hi) return -k;
    lo = 0x80;
    hi = 0xBF;
  }
  return need + 1;
}

std::string decode_input(std::string_view bytes, bool* replaced) {
  if (bytes.size() >= 3 && static_cast<unsigned char>(bytes[0]) == 0xEF &&
      static_cast<unsigned char>(bytes[1]) == 0xBB && static_cast<unsigned char>(bytes[2]) == 0xBF) {
    bytes.remove_prefix(3);
  }
  return decode_utf8(bytes, replaced);
}

std::size_t find_invalid_utf8(std::string_view bytes, std::size_t from, std::size_t* multibyte) {
  const std::size_t n = bytes.size();
  const char* p = bytes.data();
  std::size_t i = from;
  std::size_t sequences = 0;
  while (i < n) {
    // Runs of ASCII — most of any page's markup — are checked 32 bytes a step, then 8, and a word
    // with a high bit skips straight to it: the WebAssembly build has no fast memchr-like library
    // call to lean on, so this loop is the page's first pass.
    using namespace swar;
    while (i + 32 <= n && high_bytes(load8(p + i) | load8(p + i + 8) | load8(p + i + 16) | load8(p + i + 24)) == 0) {
      i += 32;
    }
    while (i + 8 <= n) {
      std::uint64_t high = high_bytes(load8(p + i));
      if (high != 0) {
        i += first_mark(high);
        break;
      }
      i += 8;
    }
    while (i < n && static_cast<unsigned char>(p[i]) < 0x80) ++i;
    if (i == n) break;
    // Two-byte sequences (Latin accents, Cyrillic, Greek) are checked here, the rest by the table.
    auto c = static_cast<unsigned char>(p[i]);
    if (c >= 0xC2 && c <= 0xDF && i + 1 < n && (static_cast<unsigned char>(p[i + 1]) & 0xC0) == 0x80) {
      ++sequences;
      i += 2;
      continue;
    }
    int len = sequence_length(bytes, i);
    if (len < 0) break;
    ++sequences;
    i += static_cast<std::size_t>(len);
  }
  if (multibyte) *multibyte += sequences;
  return i < n ? i : n;
}

std::string decode_utf8(std::string_view bytes, bool* replaced) {
  std::size_t i = find_invalid_utf8(bytes);
  if (replaced) *replaced = i != bytes.size();
  if (i == bytes.size()) return std::string(bytes);
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  out.append(bytes.substr(0, i));
  while (i < bytes.size()) {
    if (static_cast<unsigned char>(bytes[i]) < 0x80) {
      out.push_back(bytes[i++]);
      continue;
    }
    int len = sequence_length(bytes, i);
    if (len > 0) {
      out.append(bytes.substr(i, static_cast<std::size_t>(len)));
      i += static_cast<std::size_t>(len);
    } else {
      out += "\xEF\xBF\xBD";
      i += static_cast<std::size_t>(-len);
    }
  }
  return out;
}

char32_t next_code_point(std::string_view s, std::size_t& i) {
  auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    ++i;
    return c;
  }
  int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
  char32_t cp = c & (0x3F >> extra);
  ++i;
  for (int k = 0; k < extra && i < s.size(); ++k, ++i) {
    cp = (cp << 6) | (static_cast<unsigned char>(s[i]) & 0x3F);
  }
  return cp;
}

char32_t previous_code_point(std::string_view s, std::size_t end, std::size_t* start) {
  std::size_t b = end;
  while (b > 0) {
    --b;
    if ((static_cast<unsigned char>(s[b]) & 0xC0) != 0x80) break;
  }
  if (start) *start = b;
  std::size_t i = b;
  return end == 0 ? 0 : next_code_point(s, i);
}

// Out of line: small since put_utf8, it was inlined at its many call sites (4 KB more wasm) for no
// speed bench/ab.mjs could measure.
[[gnu::noinline]] void append_utf8(std::string& out, char32_t cp) {
  char bytes[4];
  out.append(bytes, put_utf8(bytes, cp) - bytes);
}

std::size_t utf16_length(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s) {
    if ((c & 0xC0) != 0x80) n += (c >= 0xF0) ? 2 : 1;  // 4-byte sequences are surrogate pairs
  }
  return n;
}

bool is_closing_punct(char32_t cp) {
  return cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == 0x201D || cp == 0x2019 ||
         cp == 0xBB || cp == 0x300D || cp == 0x300F || cp == 0xFF09;
}

bool is_sentence_stop(char32_t cp) {
  return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026 || cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F;
}

char32_t last_before_closers(std::string_view s, std::size_t* before) {
  std::size_t end = s.size();
  char32_t cp = 0;
  while (end > 0) {
    std::size_t start = 0;
    cp = previous_code_point(s, end, &start);
    if (!is_closing_punct(cp)) break;
    end = start;
    cp = 0;
  }
  if (before) *before = end;
  return cp;
}

bool is_upper(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;
  if (cp >= 0x100 && cp <= 0x17F) return (cp % 2) == 0;  // Latin Extended-A alternates upper/lower
  if (cp >= 0x391 && cp <= 0x3A9) return true;            // Greek
  if (cp >= 0x400 && cp <= 0x42F) return true;            // Cyrillic
  return false;
}

char32_t fold_case(char32_t cp) {
  if (cp >= 'A' && cp <= 'Z') return cp + 32;
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 32;
  // Greek and Cyrillic capitals, as is_upper knows them: "По" opens a sentence, "по" is the same word.
  if (cp >= 0x391 && cp <= 0x3A9 && cp != 0x3A2) return cp + 32;
  if (cp >= 0x410 && cp <= 0x42F) return cp + 32;
  if (cp >= 0x400 && cp <= 0x40F) return cp + 80;
  return cp;
}

bool is_lower(char32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  if (cp >= 0xDF && cp <= 0xFF) return cp != 0xF7;
  if (cp >= 0x100 && cp <= 0x17F) return (cp % 2) == 1;
  if (cp >= 0x3B1 && cp <= 0x3C9) return true;
  if (cp >= 0x430 && cp <= 0x45F) return true;
  return false;
}

bool is_letter(char32_t cp) {
  if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
  if (cp == 0xAA || cp == 0xB5 || cp == 0xBA) return true;
  if (cp >= 0xC0 && cp <= 0x24F) return cp != 0xD7 && cp != 0xF7;
  if (cp >= 0x370 && cp <= 0x52F) return true;    // Greek, Cyrillic
  if (cp >= 0x531 && cp <= 0x587) return true;    // Armenian
  if (cp >= 0x5D0 && cp <= 0x5EA) return true;    // Hebrew
  if (cp >= 0x620 && cp <= 0x64A) return true;    // Arabic
  if (cp >= 0x900 && cp <= 0xDFF) return true;    // Indic scripts (approximate: includes marks)
  if (cp >= 0xE00 && cp <= 0xE7F) return true;    // Thai
  if (cp >= 0x1E00 && cp <= 0x1FFF) return true;  // Latin and Greek extended
  return is_unspaced_cjk(cp) || is_hangul_syllable(cp);  // kana, ideographs, Hangul
}

bool is_digit(char32_t cp) { return cp >= '0' && cp <= '9'; }

bool is_unspaced_cjk(char32_t cp) {
  return (cp >= 0x3040 && cp <= 0x30FF) ||   // Hiragana, Katakana
         (cp >= 0x3400 && cp <= 0x9FFF) ||   // CJK ideographs and extension A
         (cp >= 0xF900 && cp <= 0xFAFF) ||   // compatibility ideographs
         (cp >= 0x20000 && cp <= 0x2FA1F);   // extensions B and later
}

bool is_hangul_syllable(char32_t cp) { return cp >= 0xAC00 && cp <= 0xD7A3; }

bool is_space(char32_t cp) {
  switch (cp) {
    case ' ': case '\t': case '\n': case '\r': case '\f': case '\v':
    case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F:
    case 0x3000:
      return true;
    default:
      return cp >= 0x2000 && cp <= 0x200A;
  }
}

}  // namespace pith::text
