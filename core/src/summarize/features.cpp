#include "summarize/features.h"

#include <algorithm>
#include <cmath>

#include "summarize/candidates.h"
#include "text/normalize.h"
#include "text/utf8.h"

namespace pith::summarizer {
namespace {

bool opens_with_quote(std::string_view s) {
  if (s.empty()) return false;
  std::size_t i = 0;
  char32_t cp = text::next_code_point(s, i);
  return cp == '"' || cp == 0x201C || cp == 0x2018 || cp == 0xAB || cp == 0x300C;
}

bool has_first_person(std::string_view s) {
  // Whole-word match of I, we, my, our, me, us (ASCII case-insensitive except "I").
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && !((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= 'a' && s[i] <= 'z'))) ++i;
    std::size_t b = i;
    while (i < s.size() && ((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= 'a' && s[i] <= 'z'))) ++i;
    std::string_view w = s.substr(b, i - b);
    if (w == "I" || w == "we" || w == "We" || w == "my" || w == "My" || w == "our" || w == "Our" ||
        w == "me" || w == "us") {
      return true;
    }
  }
  return false;
}

bool ends_with_question(std::string_view s) {
  char32_t last = text::last_before_closers(s);
  return last == '?' || last == 0xFF1F;
}

bool has_digit(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

Analysis analyse(const Document& doc) {
  Analysis a;
  std::vector<std::vector<nlp::TermId>> terms;
  std::vector<std::string_view> statements;  // what of each sentence is scored (statement_start)
  nlp::TermIndex index;
  for (std::size_t b = 0; b < doc.blocks.size(); ++b) {
    const Block& block = doc.blocks[b];
    if (block.kind == BlockKind::Heading || block.kind == BlockKind::Code || is_caption(block.text)) continue;
    for (Span sp : split_sentences(block.text)) {
      std::string_view sentence = std::string_view(block.text).substr(sp.begin, sp.end - sp.begin);
      const std::string_view statement = sentence.substr(statement_start(sentence));
      if (!is_candidate(sentence, statement, block.kind)) continue;
      a.sentences.push_back({b, sp});
      statements.push_back(statement);
      terms.push_back(index.intern(statement));
    }
  }
  const std::size_t n = a.sentences.size();
  if (n == 0) return a;

  // Within-article IDF from sentence frequencies: terms every sentence repeats say little.
  std::vector<double> df(index.size(), 0.0);
  for (const auto& t : terms) {
    std::vector<nlp::TermId> u = t;
    std::sort(u.begin(), u.end());
    u.erase(std::unique(u.begin(), u.end()), u.end());
    for (nlp::TermId id : u) df[id] += 1.0;
  }
  std::vector<double> idf(index.size());
  for (std::size_t id = 0; id < idf.size(); ++id) idf[id] = std::log(1.0 + static_cast<double>(n) / df[id]);

  std::vector<nlp::TermId> all;
  for (const auto& t : terms) all.insert(all.end(), t.begin(), t.end());
  nlp::SparseVector centroid = nlp::weigh(all, idf);
  nlp::SparseVector title = nlp::weigh(index.intern(doc.title), idf);

  a.vectors.reserve(n);
  for (const auto& t : terms) a.vectors.push_back(nlp::weigh(t, idf));
  a.features.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    const std::string_view text = statements[i];
    double words = static_cast<double>(terms[i].size());
    Features& f = a.features[i];
    f[kBias] = 1.0;
    f[kFirst] = i == 0 ? 1.0 : 0.0;
    f[kLeadDecay] = 1.0 / (1.0 + static_cast<double>(i));
    f[kRelativePos] = static_cast<double>(i) / static_cast<double>(n);
    f[kCentrality] = nlp::cosine(a.vectors[i], centroid);
    f[kTitleOverlap] = nlp::cosine(a.vectors[i], title);
    f[kLeadOverlap] = i == 0 ? 0.0 : nlp::cosine(a.vectors[i], a.vectors[0]);
    f[kLength] = std::min(words / 20.0, 2.0);
    f[kShort] = words < 6 ? 1.0 : 0.0;
    f[kQuote] = opens_with_quote(text) ? 1.0 : 0.0;
    f[kFirstPerson] = has_first_person(text) ? 1.0 : 0.0;
    f[kQuestion] = ends_with_question(text) ? 1.0 : 0.0;
    f[kHasNumber] = has_digit(text) ? 1.0 : 0.0;
  }
  return a;
}

std::string_view feature_name(Feature f) {
  switch (f) {
    case kBias: return "bias";
    case kFirst: return "first";
    case kLeadDecay: return "lead_decay";
    case kRelativePos: return "relative_pos";
    case kCentrality: return "centrality";
    case kTitleOverlap: return "title_overlap";
    case kLeadOverlap: return "lead_overlap";
    case kLength: return "length";
    case kShort: return "short";
    case kQuote: return "quote";
    case kFirstPerson: return "first_person";
    case kQuestion: return "question";
    case kHasNumber: return "has_number";
    case kFeatureCount: break;
  }
  return "?";
}

}  // namespace pith::summarizer
