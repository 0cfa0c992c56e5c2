#include "text/charset_cjk.h"

#include <cstdint>
#include <vector>

#include "text/charset_cjk_index.h"
#include "text/utf8.h"

namespace pith::text {

namespace {

constexpr char kReplacement[] = "\xEF\xBF\xBD";

struct Output {
  std::string text;
  bool replaced = false;
  void code_point(char32_t cp) { append_utf8(text, cp); }
  void error() {
    text += kReplacement;
    replaced = true;
  }
};

unsigned byte_at(std::string_view s, std::size_t i) { return static_cast<unsigned char>(s[i]); }
bool in(unsigned b, unsigned lo, unsigned hi) { return b >= lo && b <= hi; }

// Markup is ASCII in all of these, so it is copied a run at a time. (ISO-2022-JP goes byte by byte:
// its ASCII bytes mean other things in its other states.)
std::size_t copy_ascii(std::string_view s, std::size_t i, std::string& out) {
  std::size_t run = i;
  while (run < s.size() && byte_at(s, run) < 0x80) ++run;
  out.append(s.data() + i, run - i);
  return run;
}

// The shared ending of a two-byte decoder whose trail byte gave no code point: one error, and the
// trail byte is read again when it is ASCII (the standard's "prepend byte to ioQueue").
std::size_t fail_trail(Output& out, std::string_view s, std::size_t trail) {
  out.error();
  return byte_at(s, trail) < 0x80 ? trail : trail + 1;
}

// What a decoder makes of a non-ASCII byte met outside a sequence.
enum class First { Written, Lead, Error };

// The loop Shift_JIS, Big5 and EUC-KR share: first(b, out) handles a non-ASCII byte outside a
// sequence (writing it when it is a character of its own), pair(lead, trail, out) writes the
// character of a lead and its trail and returns false when they make none.
template <typename FirstFn, typename PairFn>
void decode_lead_trail(std::string_view s, Output& out, FirstFn first, PairFn pair) {
  std::size_t i = 0;
  while ((i = copy_ascii(s, i, out.text)) < s.size()) {
    unsigned lead = byte_at(s, i++);
    First kind = first(lead, out);
    if (kind == First::Written) continue;
    if (kind == First::Error || i == s.size()) {
      out.error();
      continue;
    }
    if (pair(lead, byte_at(s, i), out)) {
      ++i;
    } else {
      i = fail_trail(out, s, i);
    }
  }
}

void decode_shift_jis(std::string_view s, Output& out) {
  const std::vector<char32_t> jis0208 = unpack_cjk_index(CjkIndex::Jis0208);
  auto first = [](unsigned b, Output& o) {
    if (b == 0x80) {
      o.code_point(0x80);
      return First::Written;
    }
    if (in(b, 0xA1, 0xDF)) {
      o.code_point(0xFF61 - 0xA1 + b);  // half-width katakana
      return First::Written;
    }
    return in(b, 0x81, 0x9F) || in(b, 0xE0, 0xFC) ? First::Lead : First::Error;
  };
  auto pair = [&jis0208](unsigned lead, unsigned trail, Output& o) {
    if (!in(trail, 0x40, 0x7E) && !in(trail, 0x80, 0xFC)) return false;
    unsigned pointer = (lead - (lead < 0xA0 ? 0x81 : 0xC1)) * 188 + trail - (trail < 0x7F ? 0x40 : 0x41);
    // The user-defined area (0xF040 to 0xF9FC) maps straight onto the Private Use Area.
    char32_t cp = in(pointer, 8836, 10715) ? 0xE000 - 8836 + pointer
                  : pointer < jis0208.size() ? jis0208[pointer] : 0;
    if (cp) o.code_point(cp);
    return cp != 0;
  };
  decode_lead_trail(s, out, first, pair);
}

First lead_if_81_to_fe(unsigned b, Output&) { return in(b, 0x81, 0xFE) ? First::Lead : First::Error; }

void decode_euc_jp(std::string_view s, Output& out) {
  const std::vector<char32_t> jis0208 = unpack_cjk_index(CjkIndex::Jis0208);
  std::vector<char32_t> jis0212;  // three-byte 0x8F sequences are rare: unpacked on the first
  std::size_t i = 0;
  while ((i = copy_ascii(s, i, out.text)) < s.size()) {
    unsigned lead = byte_at(s, i++);
    if (lead != 0x8E && lead != 0x8F && !in(lead, 0xA1, 0xFE)) {
      out.error();
      continue;
    }
    if (i == s.size()) {
      out.error();
      break;
    }
    unsigned trail = byte_at(s, i);
    if (lead == 0x8E && in(trail, 0xA1, 0xDF)) {
      out.code_point(0xFF61 - 0xA1 + trail);
      ++i;
      continue;
    }
    bool is_jis0212 = false;
    if (lead == 0x8F && in(trail, 0xA1, 0xFE)) {
      is_jis0212 = true;
      lead = trail;
      if (++i == s.size()) {
        out.error();
        break;
      }
      trail = byte_at(s, i);
    }
    if (in(lead, 0xA1, 0xFE) && in(trail, 0xA1, 0xFE)) {
      unsigned pointer = (lead - 0xA1) * 94 + trail - 0xA1;
      if (is_jis0212 && jis0212.empty()) jis0212 = unpack_cjk_index(CjkIndex::Jis0212);
      const std::vector<char32_t>& index = is_jis0212 ? jis0212 : jis0208;
      if (char32_t cp = pointer < index.size() ? index[pointer] : 0) {
        out.code_point(cp);
        ++i;
        continue;
      }
    }
    i = fail_trail(out, s, i);
  }
}

// The standard's ISO-2022-JP decoder: escape sequences switch between ASCII, JIS X 0201 Roman,
// half-width katakana and JIS X 0208; an escape right after another (nothing decoded between) is an
// error, as is any byte a state does not allow.
void decode_iso_2022_jp(std::string_view s, Output& out) {
  enum class State { Ascii, Roman, Katakana, LeadByte, TrailByte, EscapeStart, Escape };
  std::vector<char32_t> jis0208;  // unpacked on the first switch to JIS X 0208
  State state = State::Ascii, output_state = State::Ascii;
  unsigned lead = 0;
  bool output_flag = false;
  std::size_t i = 0;
  const std::size_t n = s.size();
  while (true) {
    bool end = i >= n;
    unsigned b = end ? 0 : byte_at(s, i);
    switch (state) {
      case State::Ascii:
      case State::Roman:
      case State::Katakana:
      case State::LeadByte:
        if (end) return;
        ++i;
        if (b == 0x1B) {
          state = State::EscapeStart;
          continue;
        }
        output_flag = false;
        if (state == State::Ascii && b <= 0x7F && b != 0x0E && b != 0x0F) {
          out.text.push_back(static_cast<char>(b));
        } else if (state == State::Roman && b <= 0x7F && b != 0x0E && b != 0x0F) {
          out.code_point(b == 0x5C ? 0xA5 : b == 0x7E ? 0x203E : b);
        } else if (state == State::Katakana && in(b, 0x21, 0x5F)) {
          out.code_point(0xFF61 - 0x21 + b);
        } else if (state == State::LeadByte && in(b, 0x21, 0x7E)) {
          lead = b;
          state = State::TrailByte;
        } else {
          out.error();
        }
        continue;
      case State::TrailByte:
        state = State::LeadByte;
        if (end) {
          out.error();
          return;
        }
        ++i;
        if (b == 0x1B) {
          state = State::EscapeStart;
          out.error();
        } else if (in(b, 0x21, 0x7E)) {
          if (jis0208.empty()) jis0208 = unpack_cjk_index(CjkIndex::Jis0208);
          char32_t cp = jis0208[(lead - 0x21) * 94 + b - 0x21];
          if (cp) out.code_point(cp);
          else out.error();
        } else {
          out.error();
        }
        continue;
      case State::EscapeStart:
        if (!end && (b == 0x24 || b == 0x28)) {
          lead = b;
          state = State::Escape;
          ++i;
          continue;
        }
        // The byte is read again in the state before the escape.
        output_flag = false;
        state = output_state;
        out.error();
        continue;
      case State::Escape: {
        unsigned escape_lead = lead;
        lead = 0;
        bool known = !end;
        State next = State::Ascii;
        if (escape_lead == 0x28 && b == 0x42) next = State::Ascii;
        else if (escape_lead == 0x28 && b == 0x4A) next = State::Roman;
        else if (escape_lead == 0x28 && b == 0x49) next = State::Katakana;
        else if (escape_lead == 0x24 && (b == 0x40 || b == 0x42)) next = State::LeadByte;
        else known = false;
        if (known) {
          ++i;
          state = output_state = next;
          bool back_to_back = output_flag;
          output_flag = true;
          if (back_to_back) out.error();
          continue;
        }
        // An unknown escape: ESC is the error, and its second byte ("$" or "(") is read again.
        --i;
        output_flag = false;
        state = output_state;
        out.error();
        continue;
      }
    }
  }
}

// gb18030's decoder, which GBK shares: two bytes through index gb18030, four bytes (the second a
// digit) through the ranges, and 0x80 for the euro sign as in Windows' code page 936.
void decode_gb18030(std::string_view s, Output& out) {
  const std::vector<char32_t> gb18030 = unpack_cjk_index(CjkIndex::Gb18030);
  std::size_t i = 0;
  const std::size_t n = s.size();
  while ((i = copy_ascii(s, i, out.text)) < n) {
    unsigned first = byte_at(s, i++);
    if (first == 0x80) {
      out.code_point(0x20AC);
      continue;
    }
    if (first == 0xFF) {
      out.error();
      continue;
    }
    if (i == n) {
      out.error();
      break;
    }
    unsigned second = byte_at(s, i);
    if (in(second, 0x30, 0x39)) {
      // Four bytes: a digit, 0x81-0xFE, a digit. Cut off by the end of input they are one error;
      // broken anywhere else, one error and the bytes after the first are read again.
      const std::size_t left = n - i;
      const bool third_ok = left > 1 && in(byte_at(s, i + 1), 0x81, 0xFE);
      if (!third_ok || left == 2 || !in(byte_at(s, i + 2), 0x30, 0x39)) {
        out.error();
        if (left == 1 || (third_ok && left == 2)) break;
        continue;
      }
      unsigned third = byte_at(s, i + 1), fourth = byte_at(s, i + 2);
      std::uint32_t pointer = (((first - 0x81) * 10 + second - 0x30) * 126 + third - 0x81) * 10 + fourth - 0x30;
      i += 3;
      if (char32_t cp = gb18030_ranges_code_point(pointer)) out.code_point(cp);
      else out.error();
      continue;
    }
    unsigned offset = second < 0x7F ? 0x40 : 0x41;
    if (in(second, 0x40, 0x7E) || in(second, 0x80, 0xFE)) {
      if (char32_t cp = gb18030[(first - 0x81) * 190 + second - offset]) {
        out.code_point(cp);
        ++i;
        continue;
      }
    }
    i = fail_trail(out, s, i);
  }
}

void decode_big5(std::string_view s, Output& out) {
  const std::vector<char32_t> big5 = unpack_cjk_index(CjkIndex::Big5);
  auto pair = [&big5](unsigned lead, unsigned trail, Output& o) {
    if (!in(trail, 0x40, 0x7E) && !in(trail, 0xA1, 0xFE)) return false;
    unsigned pointer = (lead - 0x81) * 157 + trail - (trail < 0x7F ? 0x40 : 0x62);
    // Four HKSCS characters have no precomposed form: a letter and a combining mark.
    if (pointer == 1133 || pointer == 1135 || pointer == 1164 || pointer == 1166) {
      o.code_point(pointer < 1164 ? 0xCA : 0xEA);
      o.code_point(pointer == 1133 || pointer == 1164 ? 0x0304 : 0x030C);
      return true;
    }
    if (big5[pointer]) o.code_point(big5[pointer]);
    return big5[pointer] != 0;
  };
  decode_lead_trail(s, out, lead_if_81_to_fe, pair);
}

void decode_euc_kr(std::string_view s, Output& out) {
  const std::vector<char32_t> euc_kr = unpack_cjk_index(CjkIndex::EucKr);
  auto pair = [&euc_kr](unsigned lead, unsigned trail, Output& o) {
    if (!in(trail, 0x41, 0xFE)) return false;
    char32_t cp = euc_kr[(lead - 0x81) * 190 + trail - 0x41];
    if (cp) o.code_point(cp);
    return cp != 0;
  };
  decode_lead_trail(s, out, lead_if_81_to_fe, pair);
}

}  // namespace

bool is_cjk(Encoding e) {
  switch (e) {
    case Encoding::Gbk:
    case Encoding::Gb18030:
    case Encoding::Big5:
    case Encoding::EucJp:
    case Encoding::Iso2022Jp:
    case Encoding::ShiftJis:
    case Encoding::EucKr: return true;
    default: return false;
  }
}

std::string decode_cjk(std::string_view bytes, Encoding e, bool* replaced) {
  Output out;
  out.text.reserve(bytes.size() + bytes.size() / 2);
  switch (e) {
    case Encoding::ShiftJis: decode_shift_jis(bytes, out); break;
    case Encoding::EucJp: decode_euc_jp(bytes, out); break;
    case Encoding::Iso2022Jp: decode_iso_2022_jp(bytes, out); break;
    case Encoding::Gbk:
    case Encoding::Gb18030: decode_gb18030(bytes, out); break;
    case Encoding::Big5: decode_big5(bytes, out); break;
    case Encoding::EucKr: decode_euc_kr(bytes, out); break;
    default: return decode_utf8(bytes, replaced);
  }
  if (replaced) *replaced = out.replaced;
  return std::move(out.text);
}

}  // namespace pith::text
