#include "nlp/stop_words.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <string>
#include <utility>

#include "nlp/word_table.h"
#include "text/utf8.h"

namespace pith::nlp {
namespace {

// The commonest function words of each language (articles, pronouns, prepositions, auxiliaries,
// conjunctions), lower-case, sorted for binary search. Written for this project.
constexpr std::array<std::string_view, 60> kEnglish = {
    "a", "about", "after", "all", "also", "an", "and", "are", "as", "at", "be", "been", "but",
    "by", "can", "could", "did", "do", "for", "from", "had", "has", "have", "he", "her", "his",
    "i", "if", "in", "into", "is", "it", "its", "more", "not", "of", "on", "or", "our", "she",
    "so", "than", "that", "the", "their", "there", "they", "this", "to", "was", "we", "were",
    "what", "when", "which", "who", "will", "with", "would", "you"};
constexpr std::array<std::string_view, 80> kGerman = {
    "aber", "als", "am", "an", "auch", "auf", "aus", "bei", "bis", "das", "dass", "dem", "den",
    "der", "des", "die", "diese", "dieser", "dieses", "doch", "durch", "ein", "eine", "einem",
    "einen", "einer", "er", "es", "für", "gegen", "haben", "hat", "hatte", "ich", "ihr", "ihre",
    "ihrem", "ihren", "ihrer", "im", "in", "ist", "kann", "mehr", "mit", "nach", "nicht", "noch",
    "nur", "oder", "sehr", "seine", "seinem", "seinen", "seiner", "sich", "sie", "sind", "so", "um",
    "und", "uns", "unter", "vom", "von", "vor", "war", "was", "wenn", "werde", "werden", "wie",
    "wir", "wird", "wurde", "wurden", "zu", "zum", "zur", "über"};
constexpr std::array<std::string_view, 56> kFrench = {
    "a", "au", "aux", "avec", "c", "ce", "ces", "cette", "d", "dans", "de", "des", "du", "elle",
    "en", "est", "et", "il", "ils", "je", "l", "la", "le", "les", "leur", "lui", "mais", "me",
    "même", "n", "ne", "nous", "ont", "ou", "où", "par", "pas", "plus", "pour", "qu", "que", "qui",
    "s", "sa", "se", "ses", "son", "sont", "sur", "un", "une", "vous", "y", "était", "été", "être"};
constexpr std::array<std::string_view, 56> kSpanish = {
    "a", "al", "como", "con", "de", "del", "el", "ella", "en", "entre", "era", "es", "esta",
    "este", "está", "fue", "ha", "han", "hasta", "hay", "la", "las", "le", "les", "lo", "los",
    "me", "muy", "más", "ni", "no", "nos", "o", "para", "pero", "por", "porque", "que", "qué",
    "se", "sea", "ser", "si", "sin", "sobre", "son", "su", "sus", "también", "te", "un", "una",
    "uno", "y", "ya", "él"};
constexpr std::array<std::string_view, 52> kPortuguese = {
    "a", "ao", "aos", "as", "com", "como", "da", "das", "de", "do", "dos", "e", "ela", "ele", "em",
    "entre", "era", "essa", "esse", "está", "foi", "há", "isso", "já", "mais", "mas", "na", "nas",
    "no", "nos", "não", "o", "os", "ou", "para", "pela", "pelo", "por", "que", "se", "sem", "ser",
    "seu", "sua", "são", "também", "tem", "um", "uma", "à", "às", "é"};
constexpr std::array<std::string_view, 52> kItalian = {
    "a", "al", "alla", "anche", "che", "ci", "come", "con", "da", "dal", "dalla", "degli", "dei",
    "del", "della", "di", "e", "ed", "era", "essere", "fra", "gli", "ha", "hanno", "i", "il", "in",
    "io", "la", "le", "lo", "loro", "ma", "mi", "nel", "nella", "non", "per", "più", "quando",
    "questo", "se", "si", "sono", "su", "sua", "suo", "tra", "un", "una", "uno", "è"};
constexpr std::array<std::string_view, 50> kDutch = {
    "aan", "al", "als", "bij", "dan", "dat", "de", "die", "dit", "door", "een", "en", "er",
    "heeft", "het", "hij", "hoe", "ik", "in", "is", "je", "maar", "met", "na", "naar", "niet",
    "nog", "of", "om", "onder", "ons", "ook", "op", "over", "te", "tot", "uit", "van", "voor",
    "was", "wat", "we", "werd", "wij", "wordt", "zal", "ze", "zich", "zijn", "zo"};

// Russian and Arabic: prepositions, conjunctions, pronouns and the commonest auxiliaries. Arabic's
// "و" and "ب" are written onto the next word and so are not here.
constexpr std::array<std::string_view, 106> kRussian = {
    "а", "без", "более", "будет", "бы", "был", "была", "были", "было", "быть", "в", "вас", "во",
    "вот", "все", "всего", "всех", "всё", "где", "да", "для", "до", "его", "ее", "ей", "ему",
    "если", "есть", "еще", "ещё", "её", "же", "за", "здесь", "и", "из", "или", "им", "их", "к",
    "как", "ко", "когда", "которая", "которого", "которой", "котором", "которые", "который",
    "которых", "ли", "между", "менее", "может", "мы", "на", "над", "нас", "не", "нет", "ни", "но",
    "о", "об", "однако", "около", "он", "она", "они", "оно", "от", "очень", "перед", "по", "под",
    "после", "при", "с", "своей", "свои", "своих", "свой", "себя", "сейчас", "со", "так", "также",
    "там", "тем", "теперь", "то", "того", "только", "том", "тут", "у", "уже", "чем", "через", "что",
    "чтобы", "это", "этого", "этой", "этом", "этот"};
constexpr std::array<std::string_view, 48> kArabic = {
    "أن", "أو", "أي", "إذا", "إلى", "إن", "ان", "الى", "التي", "الذي", "الذين", "بعد", "بها", "به",
    "بين", "تلك", "ثم", "حتى", "حيث", "خلال", "ذلك", "عن", "عند", "على", "فيه", "فيها", "في", "قبل",
    "قد", "كان", "كانت", "كل", "لا", "لكن", "لم", "لن", "له", "لها", "ما", "مع", "من", "منذ", "هذا",
    "هذه", "هم", "هو", "هي", "و"};

// The languages told apart by function words alone; the others by their script first.
constexpr std::array<Language, 7> kLatinLanguages = {Language::English, Language::German, Language::French,
                                                    Language::Spanish, Language::Portuguese, Language::Italian,
                                                    Language::Dutch};

constexpr std::uint16_t bit(Language l) { return static_cast<std::uint16_t>(1u << (static_cast<int>(l) - 1)); }
static_assert(static_cast<int>(Language::Arabic) <= 16, "a flag bit per language with function words");

// All the lists in one hash table, a flag bit per language: language detection looks each word up
// once instead of binary-searching seven lists (which was a quarter of reading a news article).
constexpr auto kFunctionWords = WordTable<1024, std::uint16_t>{}
                                    .add(kEnglish, bit(Language::English))
                                    .add(kGerman, bit(Language::German))
                                    .add(kFrench, bit(Language::French))
                                    .add(kSpanish, bit(Language::Spanish))
                                    .add(kPortuguese, bit(Language::Portuguese))
                                    .add(kItalian, bit(Language::Italian))
                                    .add(kDutch, bit(Language::Dutch))
                                    .add(kRussian, bit(Language::Russian))
                                    .add(kArabic, bit(Language::Arabic));
static_assert(kFunctionWords.size < 1024 / 2, "keep the table at most half full");

// Letters counted by script, with the few letters that tell languages of one script apart.
struct Scripts {
  std::size_t latin = 0, cyrillic = 0, greek = 0, arabic = 0, hebrew = 0, devanagari = 0, thai = 0,
              armenian = 0, georgian = 0, han = 0, kana = 0, hangul = 0;
  std::size_t russian = 0;    // ы э ё: Russian has them, Ukrainian and Bulgarian do not
  std::size_t ukrainian = 0;  // і ї є ґ
  std::size_t bulgarian = 0;  // ъ as a vowel letter: common in Bulgarian, rare in Russian
  std::size_t serbian = 0;    // ђ ј љ њ ћ џ
  std::size_t persian = 0;    // پ چ ژ گ ک ی: not in Arabic's alphabet
  std::size_t urdu = 0;       // ٹ ڈ ڑ ں ے: not in Persian's either
};

void count_script(char32_t c, Scripts& s) {
  if (c < 0x250 || (c >= 0x1E00 && c <= 0x1EFF)) {
    s.latin += text::is_letter(c);
  } else if (c >= 0x400 && c <= 0x4FF) {
    ++s.cyrillic;
    s.russian += c == 0x44B || c == 0x42B || c == 0x44D || c == 0x42D || c == 0x451 || c == 0x401;
    s.ukrainian += c == 0x456 || c == 0x406 || c == 0x457 || c == 0x407 || c == 0x454 || c == 0x404 ||
                   c == 0x491 || c == 0x490;
    s.bulgarian += c == 0x44A;
    s.serbian += c == 0x452 || c == 0x458 || c == 0x459 || c == 0x45A || c == 0x45B || c == 0x45F ||
                 c == 0x402 || c == 0x408 || c == 0x409 || c == 0x40A || c == 0x40B || c == 0x40F;
  } else if ((c >= 0x370 && c <= 0x3FF) || (c >= 0x1F00 && c <= 0x1FFF)) {
    ++s.greek;
  } else if ((c >= 0x620 && c <= 0x6D3) || (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF)) {
    ++s.arabic;
    s.persian += c == 0x67E || c == 0x686 || c == 0x698 || c == 0x6AF || c == 0x6A9 || c == 0x6CC;
    s.urdu += c == 0x679 || c == 0x688 || c == 0x691 || c == 0x6BA || c == 0x6D2;
  } else if (c >= 0x5D0 && c <= 0x5EA) {
    ++s.hebrew;
  } else if (c >= 0x900 && c <= 0x97F) {
    ++s.devanagari;
  } else if (c >= 0xE00 && c <= 0xE7F) {
    ++s.thai;
  } else if (c >= 0x531 && c <= 0x587) {
    ++s.armenian;
  } else if (c >= 0x10A0 && c <= 0x10FF) {
    ++s.georgian;
  } else if (c >= 0x3040 && c <= 0x30FF && c != 0x30FB && c != 0x30FC) {
    ++s.kana;  // not the middle dot and the long-vowel mark, which Chinese text borrows too
  } else if (text::is_unspaced_cjk(c)) {
    ++s.han;
  } else if (text::is_hangul_syllable(c) || (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F)) {
    ++s.hangul;
  }
}

// Fewer letters than this in a script say nothing: a name or a symbol quoted in other text.
constexpr std::size_t kScriptLetters = 8;

// The language the script names, when most of the letters are in one script other than Latin.
Language language_of_script(const Scripts& s) {
  const std::size_t cjk = s.han + s.kana;
  const std::pair<std::size_t, int> counts[] = {
      {s.cyrillic, 0}, {s.greek, 1}, {s.arabic, 2}, {s.hebrew, 3}, {s.devanagari, 4}, {s.thai, 5},
      {s.armenian, 6}, {s.georgian, 7}, {cjk, 8}, {s.hangul, 9}};
  const auto* best = std::max_element(std::begin(counts), std::end(counts));
  if (best->first < kScriptLetters || best->first <= s.latin) return Language::Unknown;
  switch (best->second) {
    case 0:
      if (s.ukrainian > s.russian) return Language::Ukrainian;
      if (s.russian > 0) return Language::Russian;
      if (s.serbian > 0) return Language::Serbian;
      if (s.bulgarian > 0) return Language::Bulgarian;
      return Language::Russian;
    case 1: return Language::Greek;
    case 2: return s.urdu > 0 ? Language::Urdu : s.persian > 0 ? Language::Persian : Language::Arabic;
    case 3: return Language::Hebrew;
    case 4: return Language::Hindi;  // Devanagari's largest language; Marathi and Nepali share it
    case 5: return Language::Thai;
    case 6: return Language::Armenian;
    case 7: return Language::Georgian;
    // Japanese writes Han characters with kana between them; a kana in twenty is already telling,
    // where Chinese text has none (a quoted Japanese name aside).
    case 8: return s.kana * 20 >= cjk ? Language::Japanese : Language::Chinese;
    default: return Language::Korean;
  }
}

}  // namespace

std::string_view language_tag(Language l) {
  switch (l) {
    case Language::English: return "en";
    case Language::German: return "de";
    case Language::French: return "fr";
    case Language::Spanish: return "es";
    case Language::Portuguese: return "pt";
    case Language::Italian: return "it";
    case Language::Dutch: return "nl";
    case Language::Russian: return "ru";
    case Language::Arabic: return "ar";
    case Language::Ukrainian: return "uk";
    case Language::Bulgarian: return "bg";
    case Language::Serbian: return "sr";
    case Language::Greek: return "el";
    case Language::Hebrew: return "he";
    case Language::Persian: return "fa";
    case Language::Urdu: return "ur";
    case Language::Hindi: return "hi";
    case Language::Thai: return "th";
    case Language::Armenian: return "hy";
    case Language::Georgian: return "ka";
    case Language::Japanese: return "ja";
    case Language::Chinese: return "zh";
    case Language::Korean: return "ko";
    case Language::Unknown: break;
  }
  return "";
}

Language language_of_tag(std::string_view tag) {
  const std::size_t end = tag.find_first_of("-_");
  std::string primary(tag.substr(0, end));
  for (char& c : primary) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  if (primary == "iw") return Language::Hebrew;  // the code Hebrew had before 1989, still in use
  for (int k = 1; k <= static_cast<int>(Language::Korean); ++k) {
    const auto l = static_cast<Language>(k);
    if (!primary.empty() && language_tag(l) == primary) return l;
  }
  return Language::Unknown;
}

bool has_function_words(Language l) {
  return l != Language::Unknown && static_cast<int>(l) <= static_cast<int>(Language::Arabic);
}

bool is_function_word(Language l, std::string_view w) {
  return has_function_words(l) && (kFunctionWords.find(w) & bit(l)) != 0;
}

Language detect_language(std::string_view text) {
  std::array<std::size_t, kLatinLanguages.size()> hits{};
  std::size_t words = 0;
  Scripts scripts;
  std::string cur;
  auto flush = [&] {
    if (cur.empty()) return;
    ++words;
    std::uint16_t flags = kFunctionWords.find(cur);
    for (std::size_t k = 0; flags != 0 && k < kLatinLanguages.size(); ++k) {
      hits[k] += (flags & bit(kLatinLanguages[k])) != 0;
    }
    cur.clear();
  };
  // A few hundred words decide it; the rest of a 50 MB paste adds nothing. Text without spaces
  // (Chinese, Japanese) has few "words", hence the bound on letters too.
  for (std::size_t i = 0; i < text.size() && words < 800 && scripts.latin < 8000;) {
    char32_t cp = text::next_code_point(text, i);
    if (cp >= 0x80) count_script(cp, scripts);
    else scripts.latin += text::is_letter(cp);
    if (text::is_letter(cp)) text::append_utf8(cur, text::fold_case(cp));
    else flush();
    if (i > 32768) break;
  }
  flush();
  if (Language l = language_of_script(scripts); l != Language::Unknown) return l;
  if (words < 20) return Language::Unknown;
  std::size_t best = 0;
  for (std::size_t k = 1; k < kLatinLanguages.size(); ++k) {
    if (hits[k] > hits[best]) best = k;
  }
  return hits[best] * 100 >= words * 15 ? kLatinLanguages[best] : Language::Unknown;
}

}  // namespace pith::nlp
