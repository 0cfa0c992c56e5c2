#include "nlp/stop_words.h"

#include <algorithm>
#include <array>
#include <string>

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
constexpr std::array<std::string_view, 60> kGerman = {
    "als", "am", "an", "auch", "auf", "aus", "bei", "bis", "das", "dass", "dem", "den", "der",
    "des", "die", "doch", "durch", "ein", "eine", "einem", "einen", "einer", "er", "es", "für",
    "hat", "ich", "ihr", "im", "in", "ist", "kann", "mit", "nach", "nicht", "noch", "nur", "oder",
    "sich", "sie", "sind", "so", "um", "und", "uns", "unter", "vom", "von", "vor", "war", "was",
    "wenn", "werden", "wie", "wir", "wird", "wurde", "zu", "zum", "zur"};
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

constexpr std::array<Language, 7> kLanguages = {Language::English, Language::German, Language::French,
                                               Language::Spanish, Language::Portuguese, Language::Italian,
                                               Language::Dutch};

constexpr std::uint8_t bit(Language l) { return static_cast<std::uint8_t>(1u << (static_cast<int>(l) - 1)); }

// All seven lists in one hash table, a flag bit per language: language detection looks each word up
// once instead of binary-searching seven lists (which was a quarter of reading a news article).
constexpr auto kFunctionWords = WordTable<1024>{}
                                    .add(kEnglish, bit(Language::English))
                                    .add(kGerman, bit(Language::German))
                                    .add(kFrench, bit(Language::French))
                                    .add(kSpanish, bit(Language::Spanish))
                                    .add(kPortuguese, bit(Language::Portuguese))
                                    .add(kItalian, bit(Language::Italian))
                                    .add(kDutch, bit(Language::Dutch));


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
    case Language::Unknown: break;
  }
  return "";
}

bool is_function_word(Language l, std::string_view w) {
  return l != Language::Unknown && (kFunctionWords.find(w) & bit(l)) != 0;
}

Language detect_language(std::string_view text) {
  std::array<std::size_t, kLanguages.size()> hits{};
  std::size_t words = 0;
  std::string cur;
  auto flush = [&] {
    if (cur.empty()) return;
    ++words;
    std::uint8_t flags = kFunctionWords.find(cur);
    for (std::size_t k = 0; flags != 0 && k < kLanguages.size(); ++k) hits[k] += (flags & bit(kLanguages[k])) != 0;
    cur.clear();
  };
  // A few hundred words decide it; the rest of a 50 MB paste adds nothing.
  for (std::size_t i = 0; i < text.size() && words < 800;) {
    char32_t cp = text::next_code_point(text, i);
    if (text::is_letter(cp)) text::append_utf8(cur, text::fold_case(cp));
    else flush();
  }
  flush();
  if (words < 20) return Language::Unknown;
  std::size_t best = 0;
  for (std::size_t k = 1; k < kLanguages.size(); ++k) {
    if (hits[k] > hits[best]) best = k;
  }
  return hits[best] * 100 >= words * 15 ? kLanguages[best] : Language::Unknown;
}

}  // namespace pith::nlp
