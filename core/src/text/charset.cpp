#include "text/charset.h"

#include <algorithm>
#include <iterator>

namespace pith::text {

namespace {

using E = Encoding;

struct Label {
  std::string_view label;
  Encoding encoding;
};

// The Encoding Standard's label table (https://encoding.spec.whatwg.org/#names-and-labels),
// sorted bytewise for binary search.
constexpr Label kLabels[] = {
    {"866", E::Ibm866}, {"ansi_x3.4-1968", E::Windows1252}, {"arabic", E::Iso8859_6},
    {"ascii", E::Windows1252}, {"asmo-708", E::Iso8859_6}, {"big5", E::Big5},
    {"big5-hkscs", E::Big5}, {"chinese", E::Gbk}, {"cn-big5", E::Big5}, {"cp1250", E::Windows1250},
    {"cp1251", E::Windows1251}, {"cp1252", E::Windows1252}, {"cp1253", E::Windows1253},
    {"cp1254", E::Windows1254}, {"cp1255", E::Windows1255}, {"cp1256", E::Windows1256},
    {"cp1257", E::Windows1257}, {"cp1258", E::Windows1258}, {"cp819", E::Windows1252},
    {"cp866", E::Ibm866}, {"csbig5", E::Big5}, {"cseuckr", E::EucKr},
    {"cseucpkdfmtjapanese", E::EucJp}, {"csgb2312", E::Gbk}, {"csibm866", E::Ibm866},
    {"csiso2022jp", E::Iso2022Jp}, {"csiso2022kr", E::Replacement}, {"csiso58gb231280", E::Gbk},
    {"csiso88596e", E::Iso8859_6}, {"csiso88596i", E::Iso8859_6}, {"csiso88598e", E::Iso8859_8},
    {"csiso88598i", E::Iso8859_8I}, {"csisolatin1", E::Windows1252}, {"csisolatin2", E::Iso8859_2},
    {"csisolatin3", E::Iso8859_3}, {"csisolatin4", E::Iso8859_4}, {"csisolatin5", E::Windows1254},
    {"csisolatin6", E::Iso8859_10}, {"csisolatin9", E::Iso8859_15},
    {"csisolatinarabic", E::Iso8859_6}, {"csisolatincyrillic", E::Iso8859_5},
    {"csisolatingreek", E::Iso8859_7}, {"csisolatinhebrew", E::Iso8859_8}, {"cskoi8r", E::Koi8R},
    {"csksc56011987", E::EucKr}, {"csmacintosh", E::Macintosh}, {"csshiftjis", E::ShiftJis},
    {"csunicode", E::Utf16Le}, {"cyrillic", E::Iso8859_5}, {"dos-874", E::Windows874},
    {"ecma-114", E::Iso8859_6}, {"ecma-118", E::Iso8859_7}, {"elot_928", E::Iso8859_7},
    {"euc-jp", E::EucJp}, {"euc-kr", E::EucKr}, {"gb18030", E::Gb18030}, {"gb2312", E::Gbk},
    {"gb_2312", E::Gbk}, {"gb_2312-80", E::Gbk}, {"gbk", E::Gbk}, {"greek", E::Iso8859_7},
    {"greek8", E::Iso8859_7}, {"hebrew", E::Iso8859_8}, {"hz-gb-2312", E::Replacement},
    {"ibm819", E::Windows1252}, {"ibm866", E::Ibm866}, {"iso-10646-ucs-2", E::Utf16Le},
    {"iso-2022-cn", E::Replacement}, {"iso-2022-cn-ext", E::Replacement},
    {"iso-2022-jp", E::Iso2022Jp}, {"iso-2022-kr", E::Replacement}, {"iso-8859-1", E::Windows1252},
    {"iso-8859-10", E::Iso8859_10}, {"iso-8859-11", E::Windows874}, {"iso-8859-13", E::Iso8859_13},
    {"iso-8859-14", E::Iso8859_14}, {"iso-8859-15", E::Iso8859_15}, {"iso-8859-16", E::Iso8859_16},
    {"iso-8859-2", E::Iso8859_2}, {"iso-8859-3", E::Iso8859_3}, {"iso-8859-4", E::Iso8859_4},
    {"iso-8859-5", E::Iso8859_5}, {"iso-8859-6", E::Iso8859_6}, {"iso-8859-6-e", E::Iso8859_6},
    {"iso-8859-6-i", E::Iso8859_6}, {"iso-8859-7", E::Iso8859_7}, {"iso-8859-8", E::Iso8859_8},
    {"iso-8859-8-e", E::Iso8859_8}, {"iso-8859-8-i", E::Iso8859_8I}, {"iso-8859-9", E::Windows1254},
    {"iso-ir-100", E::Windows1252}, {"iso-ir-101", E::Iso8859_2}, {"iso-ir-109", E::Iso8859_3},
    {"iso-ir-110", E::Iso8859_4}, {"iso-ir-126", E::Iso8859_7}, {"iso-ir-127", E::Iso8859_6},
    {"iso-ir-138", E::Iso8859_8}, {"iso-ir-144", E::Iso8859_5}, {"iso-ir-148", E::Windows1254},
    {"iso-ir-149", E::EucKr}, {"iso-ir-157", E::Iso8859_10}, {"iso-ir-58", E::Gbk},
    {"iso8859-1", E::Windows1252}, {"iso8859-10", E::Iso8859_10}, {"iso8859-11", E::Windows874},
    {"iso8859-13", E::Iso8859_13}, {"iso8859-14", E::Iso8859_14}, {"iso8859-15", E::Iso8859_15},
    {"iso8859-2", E::Iso8859_2}, {"iso8859-3", E::Iso8859_3}, {"iso8859-4", E::Iso8859_4},
    {"iso8859-5", E::Iso8859_5}, {"iso8859-6", E::Iso8859_6}, {"iso8859-7", E::Iso8859_7},
    {"iso8859-8", E::Iso8859_8}, {"iso8859-9", E::Windows1254}, {"iso88591", E::Windows1252},
    {"iso885910", E::Iso8859_10}, {"iso885911", E::Windows874}, {"iso885913", E::Iso8859_13},
    {"iso885914", E::Iso8859_14}, {"iso885915", E::Iso8859_15}, {"iso88592", E::Iso8859_2},
    {"iso88593", E::Iso8859_3}, {"iso88594", E::Iso8859_4}, {"iso88595", E::Iso8859_5},
    {"iso88596", E::Iso8859_6}, {"iso88597", E::Iso8859_7}, {"iso88598", E::Iso8859_8},
    {"iso88599", E::Windows1254}, {"iso_8859-1", E::Windows1252}, {"iso_8859-15", E::Iso8859_15},
    {"iso_8859-1:1987", E::Windows1252}, {"iso_8859-2", E::Iso8859_2},
    {"iso_8859-2:1987", E::Iso8859_2}, {"iso_8859-3", E::Iso8859_3},
    {"iso_8859-3:1988", E::Iso8859_3}, {"iso_8859-4", E::Iso8859_4},
    {"iso_8859-4:1988", E::Iso8859_4}, {"iso_8859-5", E::Iso8859_5},
    {"iso_8859-5:1988", E::Iso8859_5}, {"iso_8859-6", E::Iso8859_6},
    {"iso_8859-6:1987", E::Iso8859_6}, {"iso_8859-7", E::Iso8859_7},
    {"iso_8859-7:1987", E::Iso8859_7}, {"iso_8859-8", E::Iso8859_8},
    {"iso_8859-8:1988", E::Iso8859_8}, {"iso_8859-9", E::Windows1254},
    {"iso_8859-9:1989", E::Windows1254}, {"koi", E::Koi8R}, {"koi8", E::Koi8R},
    {"koi8-r", E::Koi8R}, {"koi8-ru", E::Koi8U}, {"koi8-u", E::Koi8U}, {"koi8_r", E::Koi8R},
    {"korean", E::EucKr}, {"ks_c_5601-1987", E::EucKr}, {"ks_c_5601-1989", E::EucKr},
    {"ksc5601", E::EucKr}, {"ksc_5601", E::EucKr}, {"l1", E::Windows1252}, {"l2", E::Iso8859_2},
    {"l3", E::Iso8859_3}, {"l4", E::Iso8859_4}, {"l5", E::Windows1254}, {"l6", E::Iso8859_10},
    {"l9", E::Iso8859_15}, {"latin1", E::Windows1252}, {"latin2", E::Iso8859_2},
    {"latin3", E::Iso8859_3}, {"latin4", E::Iso8859_4}, {"latin5", E::Windows1254},
    {"latin6", E::Iso8859_10}, {"logical", E::Iso8859_8I}, {"mac", E::Macintosh},
    {"macintosh", E::Macintosh}, {"ms932", E::ShiftJis}, {"ms_kanji", E::ShiftJis},
    {"shift-jis", E::ShiftJis}, {"shift_jis", E::ShiftJis}, {"sjis", E::ShiftJis},
    {"sun_eu_greek", E::Iso8859_7}, {"tis-620", E::Windows874}, {"ucs-2", E::Utf16Le},
    {"unicode", E::Utf16Le}, {"unicode-1-1-utf-8", E::Utf8}, {"unicode11utf8", E::Utf8},
    {"unicode20utf8", E::Utf8}, {"unicodefeff", E::Utf16Le}, {"unicodefffe", E::Utf16Be},
    {"us-ascii", E::Windows1252}, {"utf-16", E::Utf16Le}, {"utf-16be", E::Utf16Be},
    {"utf-16le", E::Utf16Le}, {"utf-8", E::Utf8}, {"utf8", E::Utf8}, {"visual", E::Iso8859_8},
    {"windows-1250", E::Windows1250}, {"windows-1251", E::Windows1251},
    {"windows-1252", E::Windows1252}, {"windows-1253", E::Windows1253},
    {"windows-1254", E::Windows1254}, {"windows-1255", E::Windows1255},
    {"windows-1256", E::Windows1256}, {"windows-1257", E::Windows1257},
    {"windows-1258", E::Windows1258}, {"windows-31j", E::ShiftJis}, {"windows-874", E::Windows874},
    {"windows-949", E::EucKr}, {"x-cp1250", E::Windows1250}, {"x-cp1251", E::Windows1251},
    {"x-cp1252", E::Windows1252}, {"x-cp1253", E::Windows1253}, {"x-cp1254", E::Windows1254},
    {"x-cp1255", E::Windows1255}, {"x-cp1256", E::Windows1256}, {"x-cp1257", E::Windows1257},
    {"x-cp1258", E::Windows1258}, {"x-euc-jp", E::EucJp}, {"x-gbk", E::Gbk},
    {"x-mac-cyrillic", E::XMacCyrillic}, {"x-mac-roman", E::Macintosh},
    {"x-mac-ukrainian", E::XMacCyrillic}, {"x-sjis", E::ShiftJis}, {"x-unicode20utf8", E::Utf8},
    {"x-user-defined", E::XUserDefined}, {"x-x-big5", E::Big5},
};

constexpr bool sorted_and_unique() {
  for (std::size_t i = 1; i < std::size(kLabels); ++i) {
    if (!(kLabels[i - 1].label < kLabels[i].label)) return false;
  }
  return true;
}
static_assert(sorted_and_unique(), "kLabels must stay sorted for the binary search");

constexpr std::size_t kLongestLabel = 19;  // "cseucpkdfmtjapanese"

bool is_ascii_whitespace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

}  // namespace

std::optional<Encoding> encoding_for_label(std::string_view label) {
  while (!label.empty() && is_ascii_whitespace(label.front())) label.remove_prefix(1);
  while (!label.empty() && is_ascii_whitespace(label.back())) label.remove_suffix(1);
  if (label.empty() || label.size() > kLongestLabel) return std::nullopt;
  char lower[kLongestLabel];
  for (std::size_t i = 0; i < label.size(); ++i) {
    char c = label[i];
    lower[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + ('a' - 'A')) : c;
  }
  std::string_view key(lower, label.size());
  const Label* end = std::end(kLabels);
  const Label* it = std::lower_bound(std::begin(kLabels), end, key,
                                     [](const Label& l, std::string_view k) { return l.label < k; });
  if (it == end || it->label != key) return std::nullopt;
  return it->encoding;
}

std::string_view encoding_name(Encoding e) {
  switch (e) {
    case E::Ibm866: return "IBM866";
    case E::Iso8859_2: return "ISO-8859-2";
    case E::Iso8859_3: return "ISO-8859-3";
    case E::Iso8859_4: return "ISO-8859-4";
    case E::Iso8859_5: return "ISO-8859-5";
    case E::Iso8859_6: return "ISO-8859-6";
    case E::Iso8859_7: return "ISO-8859-7";
    case E::Iso8859_8: return "ISO-8859-8";
    case E::Iso8859_10: return "ISO-8859-10";
    case E::Iso8859_13: return "ISO-8859-13";
    case E::Iso8859_14: return "ISO-8859-14";
    case E::Iso8859_15: return "ISO-8859-15";
    case E::Iso8859_16: return "ISO-8859-16";
    case E::Koi8R: return "KOI8-R";
    case E::Koi8U: return "KOI8-U";
    case E::Macintosh: return "macintosh";
    case E::Windows874: return "windows-874";
    case E::Windows1250: return "windows-1250";
    case E::Windows1251: return "windows-1251";
    case E::Windows1252: return "windows-1252";
    case E::Windows1253: return "windows-1253";
    case E::Windows1254: return "windows-1254";
    case E::Windows1255: return "windows-1255";
    case E::Windows1256: return "windows-1256";
    case E::Windows1257: return "windows-1257";
    case E::Windows1258: return "windows-1258";
    case E::XMacCyrillic: return "x-mac-cyrillic";
    case E::Iso8859_8I: return "ISO-8859-8-I";
    case E::Utf8: return "UTF-8";
    case E::Utf16Le: return "UTF-16LE";
    case E::Utf16Be: return "UTF-16BE";
    case E::XUserDefined: return "x-user-defined";
    case E::Gbk: return "GBK";
    case E::Gb18030: return "gb18030";
    case E::Big5: return "Big5";
    case E::EucJp: return "EUC-JP";
    case E::Iso2022Jp: return "ISO-2022-JP";
    case E::ShiftJis: return "Shift_JIS";
    case E::EucKr: return "EUC-KR";
    case E::Replacement: return "replacement";
  }
  return "UTF-8";
}

bool can_decode(Encoding e) { return e != E::Replacement; }

std::optional<Bom> sniff_bom(std::string_view bytes) {
  auto at = [&](std::size_t i) { return static_cast<unsigned char>(bytes[i]); };
  if (bytes.size() >= 3 && at(0) == 0xEF && at(1) == 0xBB && at(2) == 0xBF) return Bom{E::Utf8, 3};
  if (bytes.size() >= 2 && at(0) == 0xFE && at(1) == 0xFF) return Bom{E::Utf16Be, 2};
  if (bytes.size() >= 2 && at(0) == 0xFF && at(1) == 0xFE) return Bom{E::Utf16Le, 2};
  return std::nullopt;
}

}  // namespace pith::text
