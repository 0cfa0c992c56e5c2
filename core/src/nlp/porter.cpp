#include "nlp/porter.h"

#include <array>
#include <utility>

namespace pith::nlp {
namespace {

// The stem under examination is w[0, end): suffix rules shorten `end` and rewrite the tail.
class Stemmer {
 public:
  explicit Stemmer(std::string w) : w_(std::move(w)) {}

  std::string run() {
    if (w_.size() <= 2) return w_;
    step1a();
    step1b();
    step1c();
    step2();
    step3();
    step4();
    step5();
    return w_;
  }

 private:
  bool consonant(std::size_t i) const {
    switch (w_[i]) {
      case 'a': case 'e': case 'i': case 'o': case 'u': return false;
      case 'y': return i == 0 || !consonant(i - 1);
      default: return true;
    }
  }

  // m: the number of vowel-consonant sequences in w[0, len).
  int measure(std::size_t len) const {
    int m = 0;
    std::size_t i = 0;
    while (i < len && consonant(i)) ++i;
    while (i < len) {
      while (i < len && !consonant(i)) ++i;
      if (i >= len) break;
      while (i < len && consonant(i)) ++i;
      ++m;
    }
    return m;
  }

  bool has_vowel(std::size_t len) const {
    for (std::size_t i = 0; i < len; ++i) {
      if (!consonant(i)) return true;
    }
    return false;
  }

  bool double_consonant(std::size_t len) const {
    return len >= 2 && w_[len - 1] == w_[len - 2] && consonant(len - 1);
  }

  // *o: the stem ends consonant-vowel-consonant, the last not w, x or y ("hop", not "bow").
  bool cvc(std::size_t len) const {
    if (len < 3 || !consonant(len - 1) || consonant(len - 2) || !consonant(len - 3)) return false;
    char c = w_[len - 1];
    return c != 'w' && c != 'x' && c != 'y';
  }

  bool ends(std::string_view suffix) const {
    return w_.size() >= suffix.size() && w_.compare(w_.size() - suffix.size(), suffix.size(), suffix) == 0;
  }

  std::size_t stem_len(std::string_view suffix) const { return w_.size() - suffix.size(); }

  void replace(std::string_view suffix, std::string_view with) {
    w_.replace(w_.size() - suffix.size(), suffix.size(), with);
  }

  void step1a() {
    if (ends("sses")) replace("sses", "ss");
    else if (ends("ies")) replace("ies", "i");
    else if (ends("ss")) return;
    else if (ends("s")) replace("s", "");
  }

  void step1b() {
    if (ends("eed")) {
      if (measure(stem_len("eed")) > 0) replace("eed", "ee");
      return;
    }
    bool cut = false;
    if (ends("ed") && has_vowel(stem_len("ed"))) {
      replace("ed", "");
      cut = true;
    } else if (ends("ing") && has_vowel(stem_len("ing"))) {
      replace("ing", "");
      cut = true;
    }
    if (!cut) return;
    if (ends("at")) replace("at", "ate");
    else if (ends("bl")) replace("bl", "ble");
    else if (ends("iz")) replace("iz", "ize");
    else if (double_consonant(w_.size())) {
      char c = w_.back();
      if (c != 'l' && c != 's' && c != 'z') w_.pop_back();
    } else if (measure(w_.size()) == 1 && cvc(w_.size())) {
      w_ += 'e';
    }
  }

  void step1c() {
    if (ends("y") && has_vowel(stem_len("y"))) replace("y", "i");
  }

  // Replaces the longest listed suffix whose stem has measure > min_m; only that suffix is tried.
  template <std::size_t N>
  void replace_longest(const std::array<std::pair<std::string_view, std::string_view>, N>& rules, int min_m) {
    const std::pair<std::string_view, std::string_view>* best = nullptr;
    for (const auto& r : rules) {
      if (ends(r.first) && (!best || r.first.size() > best->first.size())) best = &r;
    }
    if (best && measure(stem_len(best->first)) > min_m) replace(best->first, best->second);
  }

  void step2() {
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 20> kRules = {{
        {"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"}, {"anci", "ance"}, {"izer", "ize"},
        {"abli", "able"}, {"alli", "al"}, {"entli", "ent"}, {"eli", "e"}, {"ousli", "ous"},
        {"ization", "ize"}, {"ation", "ate"}, {"ator", "ate"}, {"alism", "al"}, {"iveness", "ive"},
        {"fulness", "ful"}, {"ousness", "ous"}, {"aliti", "al"}, {"iviti", "ive"}, {"biliti", "ble"},
    }};
    replace_longest(kRules, 0);
  }

  void step3() {
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 7> kRules = {{
        {"icate", "ic"}, {"ative", ""}, {"alize", "al"}, {"iciti", "ic"}, {"ical", "ic"}, {"ful", ""},
        {"ness", ""},
    }};
    replace_longest(kRules, 0);
  }

  void step4() {
    static constexpr std::array<std::string_view, 19> kSuffixes = {
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou",
        "ism", "ate", "iti", "ous", "ive", "ize"};
    std::string_view best;
    for (auto s : kSuffixes) {
      if (ends(s) && s.size() > best.size()) best = s;
    }
    if (best.empty()) return;
    std::size_t len = stem_len(best);
    if (measure(len) <= 1) return;
    if (best == "ion" && !(len > 0 && (w_[len - 1] == 's' || w_[len - 1] == 't'))) return;
    replace(best, "");
  }

  void step5() {
    if (ends("e")) {
      int m = measure(stem_len("e"));
      if (m > 1 || (m == 1 && !cvc(stem_len("e")))) replace("e", "");
    }
    if (ends("ll") && measure(w_.size()) > 1) w_.pop_back();
  }

  std::string w_;
};

}  // namespace

std::string porter_stem(std::string_view word) {
  for (char c : word) {
    if (c < 'a' || c > 'z') return std::string(word);
  }
  return Stemmer(std::string(word)).run();
}

}  // namespace pith::nlp
