// Key phrases: the handful of names and terms an article is about, for a reader to scan before the
// summary. Built from the same candidate sentences as the summary, in time about linear in the
// article's length (0.2 s natively for 50,000 sentences).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "pith/document.h"
#include "summarize/features.h"

namespace pith::summarizer {

inline constexpr std::size_t kMaxKeyPhrases = 10;

// Up to kMaxKeyPhrases phrases, most important first, each as it stands in the article. The words the
// article repeats most are the topics; each is shown in its fullest recurring form: a person or place
// with the name beside it ("Putin" → "Vladimir Putin"), a term with the words it keeps company with
// ("decision" → "decision maker"), else the word alone ("ceasefire"). No phrase repeats or contains
// another.
std::vector<std::string> key_phrases(const Document& doc, const std::vector<SentenceRef>& sentences);

}  // namespace pith::summarizer
