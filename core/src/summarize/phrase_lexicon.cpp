#include "summarize/phrase_lexicon.h"

#include <array>
#include <cstdint>

#include "nlp/stop_words.h"
#include "nlp/word_table.h"
#include "nlp/words.h"
#include "text/affixes.h"

namespace pith::summarizer {
namespace {

// Words that end a phrase on top of nlp's stop words: the rest of English's function words, the
// verbs news uses to report speech, belief and findings ("told", "believes", "shows"), vague modifiers ("new",
// "former", "potential") and quantities ("million").
constexpr std::array<std::string_view, 237> kPhraseStops = {
    "able", "according", "across", "added", "adding", "after", "ago", "allows", "almost", "along",
    "already", "also", "although", "always", "amid", "among", "announced", "another", "anyone",
    "anything", "appear", "appears", "around", "asked", "away", "back", "became", "become", "becomes",
    "behind", "believe", "believes", "beyond", "big", "billion", "billions", "came", "cannot",
    "certain", "claimed", "come", "comes", "concerning", "confirmed", "continue", "continued",
    "continues", "current", "declared", "despite", "different", "dozen", "dozens", "early", "eight",
    "either", "else", "enough", "even", "ever", "every", "everyone", "everything", "expect",
    "expected", "expects", "explained", "feel", "feels", "finds", "five", "following", "former",
    "four", "full", "gave", "get", "gets", "getting", "give", "given", "go", "goes", "going", "gone",
    "good", "got", "great", "high", "hope", "hopes", "however", "hundred", "hundreds", "important",
    "includes", "including", "instead", "involves", "know", "known", "large", "late", "later",
    "latest", "least", "less", "let", "like", "likely", "little", "long", "low", "made", "major",
    "make", "makes", "making", "many", "may", "maybe", "means", "meanwhile", "might", "million",
    "millions", "much", "must", "near", "nearly", "need", "needs", "negative", "never", "new", "next",
    "nine", "noted", "often", "old", "one", "ones", "ongoing", "onto", "others", "otherwise",
    "overall", "particular", "past", "per", "percent", "perhaps", "positive", "possible", "potential",
    "productive", "put", "raises", "rather", "real", "really", "recent", "recently", "regarding",
    "remain", "remains", "reported", "requires", "reveals", "right", "saw", "saying", "see", "seem",
    "seemed", "seems", "seen", "serious", "seven", "several", "shall", "shows", "significant",
    "similar", "since", "six", "small", "specific", "stated", "still", "stressed", "suggested",
    "suggests", "sure", "take", "taken", "takes", "tells", "ten", "thing", "things", "think", "thinks",
    "though", "thousand", "thousands", "three", "thus", "together", "told", "took", "total", "toward",
    "towards", "tried", "tries", "try", "two", "upcoming", "upon", "us", "various", "via", "want",
    "wanted", "wants", "way", "well", "went", "whether", "whole", "whose", "why", "within", "without",
    "wrote", "yet"};

// Irregular past tenses: "tourist caught carving" is a clause, not a phrase. (Regular ones end in
// "-ed" and are only kept from standing alone; "armed forces" is a phrase.)
constexpr std::array<std::string_view, 46> kPastTenses = {
    "began", "bought", "brought", "caught", "chose", "drew", "drove", "fell", "felt", "flew", "forgot",
    "fought", "found", "froze", "grew", "heard", "held", "kept", "knew", "left", "lost", "meant", "met",
    "ran", "rang", "rode", "rose", "sang", "sat", "sent", "shook", "sought", "spent", "spoke", "stole",
    "stood", "struck", "swam", "taught", "thought", "threw", "tore", "understood", "woke", "won",
    "wore"};

// Days and months, capitalised or not: "on Sunday" recurs in every news story and says nothing about
// this one. With the months' abbreviations, but not those that are also names ("Jan", "Mar").
constexpr std::array<std::string_view, 29> kCalendar = {
    "apr", "april", "aug", "august", "dec", "december", "feb", "february", "friday", "january", "jul",
    "july", "jun", "june", "march", "may", "monday", "nov", "november", "oct", "october", "saturday",
    "sep", "sept", "september", "sunday", "thursday", "tuesday", "wednesday"};

// The same for spans of time, unless capitalised mid-sentence: "this week" ends a phrase,
// "Independence Day" is one.
constexpr std::array<std::string_view, 23> kTimeWords = {
    "afternoon", "day", "days", "evening", "hour", "hours", "minute", "minutes", "month", "months",
    "morning", "night", "time", "times", "today", "tomorrow", "tonight", "week", "weekend", "weeks",
    "year", "years", "yesterday"};

// Titles stand before names ("Russian President Vladimir Putin") but are not part of them.
constexpr std::array<std::string_view, 60> kTitles = {
    "admiral", "adviser", "advisor", "ambassador", "archbishop", "bishop", "captain", "ceo", "chairman",
    "chairwoman", "chancellor", "chief", "colonel", "commander", "director", "dr", "envoy", "gen",
    "general", "gov", "governor", "judge", "justice", "king", "lady", "leader", "lieutenant", "lord",
    "mayor", "minister", "mr", "mrs", "ms", "officer", "pope", "president", "presidents", "prime",
    "prince", "princess", "principal", "prof", "professor", "queen", "rabbi", "rep", "representative",
    "rev", "reverend", "secretary", "sen", "senator", "sergeant", "sheikh", "sir", "speaker",
    "spokesman", "spokesperson", "spokeswoman", "vice"};

// Words any story uses: abstract nouns and plain adjectives. They may belong to a key phrase
// ("decision maker", "second term") but are not one alone.
constexpr std::array<std::string_view, 113> kGeneric = {
    "approach", "area", "call", "calls", "case", "cases", "chance", "change", "changes", "clear",
    "close", "comment", "comments", "conditions", "conversation", "conversations", "countries",
    "country", "decision", "details", "discussion", "discussions", "effort", "efforts", "end", "event",
    "events", "example", "fact", "final", "first", "free", "group", "groups", "hard", "idea",
    "information", "interview", "issue", "issues", "key", "kind", "last", "leaders", "level", "levels",
    "lot", "matter", "member", "members", "move", "moves", "news", "number", "official", "officials",
    "open", "part", "parts", "people", "person", "personal", "place", "point", "points", "position",
    "problem", "problems", "process", "progress", "public", "question", "questions", "reason",
    "reasons", "remarks", "report", "reports", "result", "results", "role", "second", "series", "side",
    "sides", "sign", "signs", "situation", "special", "start", "statement", "statements", "step",
    "steps", "stories", "story", "strong", "support", "team", "term", "terms", "third", "top", "update",
    "updates", "use", "view", "views", "ways", "word", "words", "work", "world"};

// Nouns that end like adverbs, which otherwise end a phrase ("absolutely disgusting").
constexpr std::array<std::string_view, 13> kLyNouns = {
    "anomaly", "assembly", "belly", "bully", "butterfly", "family", "homily", "jelly", "melancholy",
    "monopoly", "rally", "reply", "supply"};

enum Flag : std::uint8_t {
  kAlwaysStops = 1,
  kStopsUnlessNamed = 2,
  kIsTitle = 4,
  kIsGeneric = 8,
  kIsLyNoun = 16,
};

// All the lists in one table, each word with the flags of the lists it is on.
constexpr auto kLexicon = nlp::WordTable<2048>{}
                              .add(kPhraseStops, kStopsUnlessNamed)
                              .add(kPastTenses, kStopsUnlessNamed)
                              .add(kTimeWords, kStopsUnlessNamed)
                              .add(kCalendar, kAlwaysStops)
                              .add(kTitles, kIsTitle)
                              .add(kGeneric, kIsGeneric)
                              .add(kLyNouns, kIsLyNoun);
static_assert(kLexicon.size < 2048 / 2, "keep the table at most half full");

using text::ends_with;

}  // namespace

WordClass classify(std::string_view w, nlp::Language language) {
  WordClass c;
  // "die", "zu einem", "في": another language's articles and prepositions were key phrases when only
  // English's lists were asked. Its function words end a phrase; English's lists say nothing there.
  if (language != nlp::Language::English && language != nlp::Language::Unknown) {
    c.always_stops = nlp::is_function_word(language, w);
    return c;
  }
  const std::uint8_t flags = kLexicon.find(w);
  c.always_stops = nlp::is_stop_word(w) || (flags & kAlwaysStops);
  // "reportedly", "absolutely": adverbs modify, they name nothing. Six letters at least ("only" and
  // "fly" are elsewhere or harmless).
  const bool adverb = w.size() >= 6 && ends_with(w, "ly") && !(flags & kIsLyNoun);
  c.stops_unless_named = !c.always_stops && ((flags & kStopsUnlessNamed) || adverb);
  c.title = flags & kIsTitle;
  c.generic = flags & kIsGeneric;
  // Five letters at least and not "-eed", so "voted" is one and "bed", "speed", "greed" are not.
  c.participle = w.size() >= 5 && ends_with(w, "ed") && !ends_with(w, "eed");
  return c;
}

}  // namespace pith::summarizer
