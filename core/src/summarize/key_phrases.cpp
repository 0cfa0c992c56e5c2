#include "summarize/key_phrases.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <limits>

#include "nlp/stop_words.h"
#include "summarize/phrase_words.h"

namespace pith::summarizer {
namespace {

// A word said once heads a phrase only while the list is shorter than this: a short note still gets
// a few phrases, a news story gets only what it repeats.
constexpr std::size_t kMinKeyPhrases = 5;
// Each phrase uses up a topic or two and a few are skipped as repeats; the rest never make the list.
constexpr std::size_t kTopicsConsidered = 3 * kMaxKeyPhrases;
constexpr std::uint32_t kMaxPhraseWords = 4;
constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();

using Key = std::array<std::uint32_t, kMaxPhraseWords>;  // word ids, kNone-padded

// One occurrence of a candidate run of words.
struct Run {
  Key key;
  std::uint32_t start;   // PhraseWord index of its first word
  std::uint32_t length;
  bool opens;            // its first word opens a sentence
  bool ends_with_topic;  // (names) the word it was found for is its last
};

// Equal runs counted: which recurs, and which occurrence to show.
struct Tally {
  std::uint32_t count = 0;
  std::uint32_t first = kNone;  // start of the first occurrence
  std::uint32_t shown = kNone;  // the first that does not open a sentence, capitalised only there
  std::uint32_t length = 0;
  bool ends_with_topic = false;
};

struct Phrase {
  std::uint32_t start;   // PhraseWord index of the occurrence shown
  std::uint32_t length;  // in words
};

bool is_name_word(const WordInfo& w) { return w.capitals > w.lowercase; }

Run run_at(const PhraseWords& pw, std::uint32_t start, std::uint32_t length, bool ends_with_topic) {
  Run r{{}, start, length, pw.words[start].opens, ends_with_topic};
  r.key.fill(kNone);
  for (std::uint32_t t = 0; t < length; ++t) r.key[t] = pw.words[start + t].word;
  return r;
}

// Groups equal runs (sorting, so a word with thousands of occurrences stays n log n) and keeps the
// best group that `keep` accepts: the most frequent; a longer one beats a shorter seen as often (it
// is the whole of what recurs), then the earlier.
template <typename Keep>
Phrase best_run(std::vector<Run>& runs, Keep keep) {
  std::sort(runs.begin(), runs.end(),
            [](const Run& a, const Run& b) { return a.key < b.key || (a.key == b.key && a.start < b.start); });
  Tally best;
  for (std::size_t i = 0; i < runs.size();) {
    Tally t;
    t.length = runs[i].length;
    std::size_t j = i;
    for (; j < runs.size() && runs[j].key == runs[i].key; ++j) {
      ++t.count;
      if (t.first == kNone) t.first = runs[j].start;
      if (t.shown == kNone && !runs[j].opens) t.shown = runs[j].start;
      t.ends_with_topic = t.ends_with_topic || runs[j].ends_with_topic;
    }
    i = j;
    if (!keep(t)) continue;
    if (best.count == 0 || t.count > best.count ||
        (t.count == best.count && (t.length > best.length || (t.length == best.length && t.first < best.first)))) {
      best = t;
    }
  }
  if (best.count == 0) return {kNone, 1};
  return {best.shown != kNone ? best.shown : best.first, best.length};
}

// "Putin" → "Vladimir Putin": the name it is part of, a run of capitalised name words around it. A
// run said once counts when the word ends it, as a surname ends the full name given at first
// mention ("Steve Witkoff", then "Witkoff"); otherwise it must recur, or "U.S." would become
// "U.S. Treasury". Titles are not names: "President Trump" stays "Trump"; nor is what follows "of"
// in one ("Secretary of State Marco Rubio"); nor an acronym after a name ("Ho Chi Minh ATC").
Phrase name_of(const PhraseWords& pw, std::uint32_t word, std::vector<Run>& runs) {
  runs.clear();
  const auto n = static_cast<std::uint32_t>(pw.words.size());
  auto joins = [&](std::uint32_t k, std::uint32_t other) {
    const PhraseWord& b = pw.words[other];
    const WordInfo& info = pw.info[b.word];
    return b.chunk == pw.words[k].chunk && b.capitalized && is_name_word(info) && !info.title;
  };
  for (std::uint32_t k = pw.info[word].first; k < n; k = pw.next[k]) {
    std::uint32_t s = k, e = k;
    while (s > 0 && !pw.words[s - 1].ends_title && joins(k, s - 1)) --s;
    while (e + 1 < n && !pw.words[e + 1].acronym && joins(k, e + 1)) ++e;
    const std::uint32_t len = e - s + 1;
    if (len >= 2 && len <= kMaxPhraseWords) runs.push_back(run_at(pw, s, len, e == k));
  }
  return best_run(runs, [](const Tally& t) { return t.count >= 2 || t.ends_with_topic; });
}

// "decision" → "decision maker": the most frequent run of two to four words around it that recurs.
// A title does not end one: "school Principal" belongs to the name after it; nor a participle:
// "Police searched" is a clause. Nor does a lower-case word run into a name: "disregarded Israel" is
// a verb and its object ("flight MH370" is fine).
bool runs_into_name(const PhraseWord& a, const PhraseWord& b) { return !a.capitalized && b.capitalized && !b.acronym; }

Phrase term_of(const PhraseWords& pw, std::uint32_t word, std::vector<Run>& runs) {
  runs.clear();
  const auto n = static_cast<std::uint32_t>(pw.words.size());
  for (std::uint32_t k = pw.info[word].first; k < n; k = pw.next[k]) {
    const std::uint32_t chunk = pw.words[k].chunk;
    for (std::uint32_t s = k; s + kMaxPhraseWords > k; --s) {
      if (pw.words[s].chunk != chunk) break;
      // Counted from its leftmost copy of `word` only, so "bla bla" is not counted twice.
      if (s < k && pw.words[s].word == word) break;
      for (std::uint32_t len = 2; len <= kMaxPhraseWords && s + len <= n; ++len) {
        const std::uint32_t last = s + len - 1;
        if (pw.words[last].chunk != chunk || runs_into_name(pw.words[last - 1], pw.words[last])) break;
        const WordInfo& end = pw.info[pw.words[last].word];
        if (last < k || end.title || end.participle) continue;
        runs.push_back(run_at(pw, s, len, false));
      }
      if (s == 0) break;
    }
  }
  return best_run(runs, [](const Tally& t) { return t.count >= 2; });
}

// The word alone, at its first occurrence that does not open a sentence; for a word that is not a
// name, its first in lower case ("park", not the "Park" of "Riverside Park").
Phrase word_alone(const PhraseWords& pw, std::uint32_t word) {
  const auto n = static_cast<std::uint32_t>(pw.words.size());
  const bool name = is_name_word(pw.info[word]);
  std::uint32_t inner = kNone;
  for (std::uint32_t k = pw.info[word].first; k < n; k = pw.next[k]) {
    if (pw.words[k].opens) continue;
    if (name || !pw.words[k].capitalized) return {k, 1};
    if (inner == kNone) inner = k;
  }
  return {inner != kNone ? inner : pw.info[word].first, 1};
}

// The phrase a topic word stands for, or kNone when it has none worth showing.
Phrase phrase_for(const PhraseWords& pw, std::uint32_t word, std::vector<Run>& runs) {
  const WordInfo& info = pw.info[word];
  Phrase p{kNone, 1};
  if (is_name_word(info)) p = name_of(pw, word, runs);
  if (p.start == kNone) p = term_of(pw, word, runs);
  if (p.start != kNone) return p;
  if (info.generic || info.participle || info.in_titles == info.count) return p;
  // "Russian" in "Russian forces", "Russian troops": an adjective that is capitalised, not a name.
  if (is_name_word(info) && 2 * info.modifies > info.count) return p;
  return word_alone(pw, word);
}

struct Candidate {
  Phrase phrase;
  Key ids;
  std::uint32_t score;  // how often the article uses its words, summed: longer names and terms win
};

Candidate candidate(const PhraseWords& pw, Phrase p) {
  Candidate c{p, run_at(pw, p.start, p.length, false).key, 0};
  for (std::uint32_t t = 0; t < p.length; ++t) c.score += pw.info[c.ids[t]].count;
  return c;
}

// Whether one phrase's words appear, in order and together, inside the other's.
bool overlaps(const Candidate& a, const Candidate& b) {
  const Candidate& outer = a.phrase.length >= b.phrase.length ? a : b;
  const Candidate& inner = &outer == &a ? b : a;
  const auto* o = outer.ids.data();
  const auto* i = inner.ids.data();
  return std::search(o, o + outer.phrase.length, i, i + inner.phrase.length) != o + outer.phrase.length;
}

// The language whose function words end phrases: what the text itself is written in, else what the
// page says. The text first, as a page's lang attribute is sometimes its template's ("en" on a German
// article).
nlp::Language language_of(const Document& doc, const std::vector<SentenceRef>& sentences) {
  constexpr std::size_t kSample = 16384;  // bytes: a few hundred words decide it
  std::string sample;
  for (const SentenceRef& ref : sentences) {
    if (sample.size() >= kSample) break;
    sample.append(doc.blocks[ref.block].text, ref.span.begin, ref.span.end - ref.span.begin).push_back(' ');
  }
  const nlp::Language detected = nlp::detect_language(sample);
  return detected != nlp::Language::Unknown ? detected : nlp::language_of_tag(doc.language);
}

}  // namespace

std::vector<std::string> key_phrases(const Document& doc, const std::vector<SentenceRef>& sentences) {
  const PhraseWords pw = phrase_words(doc, sentences, language_of(doc, sentences));

  // Topics: the words the article repeats most; ties go to the one it mentions first.
  std::vector<std::uint32_t> topics;
  for (std::uint32_t id = 0; id < pw.info.size(); ++id) {
    if (!pw.info[id].title && !pw.info[id].short_word) topics.push_back(id);
  }
  auto more = [&](std::uint32_t a, std::uint32_t b) {
    const WordInfo &x = pw.info[a], &y = pw.info[b];
    return x.count > y.count || (x.count == y.count && x.first < y.first);
  };
  const std::size_t considered = std::min(topics.size(), kTopicsConsidered);
  std::partial_sort(topics.begin(), topics.begin() + static_cast<std::ptrdiff_t>(considered), topics.end(), more);
  topics.resize(considered);

  std::vector<Candidate> repeated, once;
  std::vector<Run> runs;  // scratch, reused for every topic
  for (std::uint32_t word : topics) {
    const Phrase p = phrase_for(pw, word, runs);
    if (p.start == kNone) continue;
    (pw.info[word].count >= 2 ? repeated : once).push_back(candidate(pw, p));
  }
  std::stable_sort(repeated.begin(), repeated.end(),
                   [](const Candidate& a, const Candidate& b) { return a.score > b.score; });

  std::vector<std::string> out;
  std::vector<const Candidate*> chosen;
  auto offer = [&](const Candidate& c) {
    for (const Candidate* k : chosen) {
      if (overlaps(*k, c)) return;
    }
    const PhraseWord& a = pw.words[c.phrase.start];
    const PhraseWord& b = pw.words[c.phrase.start + c.phrase.length - 1];
    out.push_back(doc.blocks[a.block].text.substr(a.begin, b.end - a.begin));
    chosen.push_back(&c);
  };
  for (const Candidate& c : repeated) {
    if (out.size() >= kMaxKeyPhrases) break;
    offer(c);
  }
  for (const Candidate& c : once) {
    if (out.size() >= kMinKeyPhrases) break;
    offer(c);
  }
  return out;
}

}  // namespace pith::summarizer
