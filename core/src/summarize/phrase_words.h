// The words key phrases are built from: content words with their place in the text, grouped into
// chunks — runs that no stop word or punctuation interrupts — so a phrase never spans "Putin, who".
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "nlp/stop_words.h"
#include "pith/document.h"
#include "summarize/features.h"

namespace pith::summarizer {

struct PhraseWord {
  std::uint32_t word;   // id of the folded, stemmed form: "Talks" and "talk" share one
  std::uint32_t chunk;  // equal for neighbours with only spaces between them
  std::uint32_t block;
  std::uint32_t begin;  // byte offsets into the block's text
  std::uint32_t end;
  bool capitalized;
  bool opens;     // first word of a sentence or of a quotation, where a capital says nothing
  bool acronym;   // "US", "ATC", "U.S."
  bool ends_title;  // "State" in "Secretary of State": part of the title before it, not of a name
};

struct WordInfo {
  std::uint32_t count = 0;
  std::uint32_t first = 0;       // index of its first PhraseWord
  std::uint32_t capitals = 0;    // capitalised where no rule asks for it
  std::uint32_t lowercase = 0;
  std::uint32_t in_titles = 0;   // times it ended a title ("Secretary of State")
  std::uint32_t modifies = 0;    // followed by a lower-case word of the same phrase: "Russian forces"
  bool title = false;       // "President", "Secretary": said before names, never the point itself
  bool short_word = false;  // under three letters and not an acronym: "ex", "al"
  bool generic = false;     // fine inside a phrase, empty alone: "effort", "upcoming"
  bool participle = false;  // "expected", "searched": fine before a noun, not alone or last
};

struct PhraseWords {
  std::vector<PhraseWord> words;  // in text order
  std::vector<WordInfo> info;     // by word id
  std::vector<std::uint32_t> next;  // index of the next PhraseWord with the same id, or words.size()
};

// `language` picks the function words that end a chunk. Words in scripts written without spaces
// (Chinese, Japanese) and web and mail addresses take no part: see phrase_words.cpp.
PhraseWords phrase_words(const Document& doc, const std::vector<SentenceRef>& sentences, nlp::Language language);

}  // namespace pith::summarizer
