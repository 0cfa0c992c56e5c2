#include "summarize/phrase_words.h"

#include <string>

#include "nlp/string_ids.h"
#include "nlp/words.h"
#include "summarize/phrase_lexicon.h"
#include "text/utf8.h"

namespace pith::summarizer {
namespace {

constexpr std::uint32_t kNoId = 0xFFFFFFFF;

// ASCII answered here, the rest by text/: nearly every character of an English article is ASCII, and
// a call into utf8.cpp per character and per test was most of the key phrases' time.
inline char32_t decode(std::string_view s, std::size_t& i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    ++i;
    return c;
  }
  return text::next_code_point(s, i);
}
inline bool is_letter(char32_t c) { return c < 0x80 ? (c | 0x20) - 'a' < 26u : text::is_letter(c); }
inline bool is_upper(char32_t c) { return c < 0x80 ? c - 'A' < 26u : text::is_upper(c); }
inline bool is_lower(char32_t c) { return c < 0x80 ? c - 'a' < 26u : text::is_lower(c); }
inline bool is_digit(char32_t c) { return c - '0' < 10u; }
inline bool is_space(char32_t c) { return c < 0x80 ? c == ' ' || (c >= 9 && c <= 13) : text::is_space(c); }

bool is_hyphen(char32_t cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011; }
bool is_apostrophe(char32_t cp) { return cp == '\'' || cp == 0x2019; }
bool is_word_char(char32_t cp) { return is_letter(cp) || is_digit(cp); }

// After these a capital is the rule, not a name: “President Trump is …” opens with one. A straight
// quote opens only after a space; after a word it closes.
bool opens_quotation(char32_t cp, bool after_space) {
  if (cp == '"' || cp == '\'') return after_space;
  return cp == 0x201C || cp == 0x2018 || cp == 0xAB || cp == ':' || cp == 0x2014;
}

char32_t peek(std::string_view s, std::size_t i, std::size_t* after = nullptr) {
  if (i >= s.size()) return 0;
  char32_t cp = decode(s, i);
  if (after) *after = i;
  return cp;
}

// One word as scanned: where it ends, how it is written, and its lower-case form.
struct Scan {
  std::size_t end;     // one past the word's last byte
  std::size_t resume;  // where scanning continues ("'s" skipped)
  bool possessive = false;
  bool contraction = false;
  // "Krause-Vilmar" is capitalised, "James-produced" is not (every part after a hyphen must be);
  // "US" and "U.S." are acronyms.
  bool capitalized = false;
  bool acronym = false;
  bool unspaced = false;  // has a Han or kana character
  std::size_t letters = 0;
};

// One word from s[begin]: letters and digits, joined by inner hyphens ("30-day", "de-escalating"),
// apostrophes ("don't") and, in abbreviations, dots ("U.S."). A possessive "'s" ends the word: in
// "Putin's body language" the name is "Putin". One pass over the characters also gives the word's
// shape and, into `lowered`, its folded form.
Scan scan_word(std::string_view s, std::size_t begin, std::string& lowered) {
  Scan w{begin, begin};
  std::size_t run = 0;  // letters and digits since the last dot
  bool dotted = false, part_start = true, parts_capitalised = true, any_lower = false, any_upper = false,
       ascii = true;
  auto take = [&](char32_t cp) {
    if (is_letter(cp)) {
      ++w.letters;
      if (part_start && !is_upper(cp)) parts_capitalised = false;
      if (is_lower(cp)) any_lower = true;
      if (is_upper(cp)) any_upper = true;
    }
    part_start = is_hyphen(cp);
    if (cp >= 0x80) {
      ascii = false;
      if (text::is_unspaced_cjk(cp)) w.unspaced = true;
    }
  };
  std::size_t i = begin;
  while (i < s.size()) {
    std::size_t j = i;
    char32_t cp = decode(s, j);
    if (is_word_char(cp)) {
      ++run;
      take(cp);
      i = j;
      continue;
    }
    std::size_t k = j;
    char32_t after = peek(s, j, &k);
    if (is_hyphen(cp) && is_word_char(after)) {
      take(cp);
      i = j;
      continue;
    }
    if (is_apostrophe(cp) && is_letter(after)) {
      if ((after == 's' || after == 'S') && !is_word_char(peek(s, k))) {
        w.possessive = true;
        w.resume = k;
        break;
      }
      w.contraction = true;
      take(cp);
      i = j;
      continue;
    }
    if (cp == '.' && (run == 1 || dotted)) {
      // An initial or an abbreviation keeps its dot: "U.S. officials" stays one phrase.
      if (is_letter(after)) {
        dotted = true;
        run = 0;
        take(cp);
        i = j;
        continue;
      }
      if (is_upper(text::previous_code_point(s, i))) {
        dotted = true;
        take(cp);
        i = j;
      }
    }
    break;
  }
  w.end = i;
  if (!w.possessive) w.resume = i;
  const std::string_view raw = s.substr(begin, w.end - begin);
  if (ascii) {
    nlp::fold_ascii(raw, lowered);
  } else {
    nlp::fold_case(raw, lowered);  // beyond ASCII, nlp's folding (Latin-1 and the rest)
  }
  w.capitalized = parts_capitalised && is_upper(peek(raw, 0));
  // Capitals and no small letters; a script without case (Arabic, Hebrew) has no acronyms, or every
  // word of it would be one and no function word would end a phrase ("في", "إلى").
  w.acronym = !any_lower && any_upper && w.letters >= 2;
  return w;
}

// "https://www.example.com/faq", "desk@example.com": an address is one token of several words, none
// of them a topic ("https", "www", "com"). `token` runs from one space to the next.
bool is_address(std::string_view token) {
  while (!token.empty() && (token.front() == '(' || token.front() == '<' || token.front() == '"' || token.front() == '[')) {
    token.remove_prefix(1);
  }
  if (token.find("://") != std::string_view::npos) return true;
  if (token.size() > 4 && (token.substr(0, 4) == "www." || token.substr(0, 4) == "WWW.")) return true;
  const std::size_t at = token.find('@');
  return at != std::string_view::npos && at > 0 && token.find('.', at) != std::string_view::npos;
}

std::size_t token_end(std::string_view s, std::size_t from) {
  const std::size_t end = s.find_first_of(" \t\n\r\f\v", from);
  return end == std::string_view::npos ? s.size() : end;
}

// What the word lists say about one lower-cased form, looked up once per distinct form.
struct Entry {
  std::uint32_t id = kNoId;  // its stem's word id, given at its first use inside a phrase
  WordClass is;
};

}  // namespace

PhraseWords phrase_words(const Document& doc, const std::vector<SentenceRef>& sentences, nlp::Language language) {
  PhraseWords out;
  // Two levels, so the lists are searched and the stemmer run once per distinct spelling: the folded
  // form ("talks") to its entry, and the stem ("talk") to its id.
  nlp::StringIds spellings;
  std::vector<Entry> lexicon;  // by spelling id
  nlp::StringIds stems;
  std::string lowered;
  std::uint32_t chunk = 0;
  std::size_t bytes = 0;
  for (const SentenceRef& ref : sentences) bytes += ref.span.end - ref.span.begin;
  out.words.reserve(bytes / 12);  // about a content word per dozen bytes of English
  for (const SentenceRef& ref : sentences) {
    const std::string& block = doc.blocks[ref.block].text;
    const std::string_view s(block.data(), ref.span.end);
    bool opens = true;
    bool after_space = true;
    bool of_title = false;     // "Secretary of": the next word ends a title
    bool after_title = false;  // the word just before was a capitalised title
    std::size_t token_begin = ref.span.begin;  // where the current space-delimited token starts
    std::size_t checked_token = std::string_view::npos;
    ++chunk;
    for (std::size_t i = ref.span.begin; i < s.size();) {
      std::size_t j = i;
      char32_t cp = decode(s, j);
      if (is_space(cp)) {
        after_space = true;
        token_begin = j;
        i = j;
        continue;
      }
      if (checked_token != token_begin) {
        checked_token = token_begin;
        const std::size_t end = token_end(s, token_begin);
        if (is_address(s.substr(token_begin, end - token_begin))) {
          ++chunk;
          after_space = false;
          of_title = after_title = false;
          i = end;
          continue;
        }
      }
      if (!is_word_char(cp)) {
        ++chunk;
        // "(CNN)Three French athletes": a word glued to a closing bracket starts the story.
        if (opens_quotation(cp, after_space) || (cp == ')' && is_letter(peek(s, j)))) opens = true;
        after_space = false;
        of_title = after_title = false;
        i = j;
        continue;
      }
      after_space = false;
      const Scan scan = scan_word(s, i, lowered);
      const auto [spelling, fresh] = spellings.intern(lowered);
      if (fresh) lexicon.push_back({kNoId, classify(lowered, language)});
      Entry& entry = lexicon[spelling];
      const bool named = scan.capitalized && !opens;
      // Chinese and Japanese run a clause's words together, and telling them apart takes a dictionary
      // pith does not carry: a run of Han and kana between two commas was shown as one "phrase" (and
      // "0.25%" cut at its point). No phrase beats a wrong one; Korean, spaced, keeps its words.
      const bool stop = scan.contraction || scan.letters == 0 || scan.unspaced ||
                        (!scan.acronym && (entry.is.always_stops || (entry.is.stops_unless_named && !named)));
      if (stop) {
        ++chunk;
      } else {
        const auto index = static_cast<std::uint32_t>(out.words.size());
        if (entry.id == kNoId) {
          std::string stem(lowered);
          if (stem.back() == '.') stem.pop_back();  // "U.S." and "U.S" are one word
          const auto [id, added] = stems.intern(nlp::stem(std::move(stem)));
          entry.id = id;
          if (added) {
            out.info.emplace_back();
            out.info.back().first = index;
            out.info.back().title = entry.is.title;
            out.info.back().short_word = !scan.acronym && scan.letters < 3;
          }
        }
        WordInfo& info = out.info[entry.id];
        ++info.count;
        if (of_title) ++info.in_titles;
        if (!scan.capitalized && entry.is.generic) info.generic = true;
        if (!scan.capitalized && entry.is.participle) info.participle = true;
        if (named) ++info.capitals;
        if (!scan.capitalized && !is_digit(cp)) ++info.lowercase;
        out.words.push_back({entry.id, chunk, static_cast<std::uint32_t>(ref.block), static_cast<std::uint32_t>(i),
                             static_cast<std::uint32_t>(scan.end), scan.capitalized, opens, scan.acronym, of_title});
      }
      // "Secretary of State Marco Rubio": "of" after a title makes the next word part of the title.
      of_title = stop && after_title && lowered == "of";
      after_title = !stop && scan.capitalized && entry.is.title;
      if (scan.possessive) ++chunk;
      opens = false;
      i = scan.resume;
    }
  }
  for (std::size_t k = 0; k + 1 < out.words.size(); ++k) {
    const PhraseWord& a = out.words[k];
    const PhraseWord& b = out.words[k + 1];
    if (a.chunk == b.chunk && !b.capitalized) ++out.info[a.word].modifies;
  }
  // Chains of equal words, so each word's occurrences are walked without a list per word.
  out.next.assign(out.words.size(), static_cast<std::uint32_t>(out.words.size()));
  std::vector<std::uint32_t> last(out.info.size(), static_cast<std::uint32_t>(out.words.size()));
  for (std::uint32_t k = static_cast<std::uint32_t>(out.words.size()); k-- > 0;) {
    out.next[k] = last[out.words[k].word];
    last[out.words[k].word] = k;
  }
  return out;
}

}  // namespace pith::summarizer
