#include "extract/html_hints.h"

#include <array>
#include <cstring>
#include <string>

#include "html/ascii.h"
#include "text/swar.h"

namespace pith::extract {
namespace {

using html::Node;
using html::Tag;

struct Hint {
  std::string_view word;
  bool whole_word;  // short names match only as a whole word ("ad" in "ad-slot", not "head")
  std::optional<Reason> reason;  // nothing: a content hint
};

// Order matters: the first match names the reason ("comment-share" is a comment section).
constexpr std::array kHints = {
    Hint{"article", false, {}},      Hint{"content", false, {}},  Hint{"entry", false, {}},
    Hint{"post", true, {}},          Hint{"story", true, {}},     Hint{"body", false, {}},
    Hint{"main", true, {}},          Hint{"text", true, {}},      Hint{"prose", true, {}},
    // Consent banners first: "onetrust-banner-sdk" is a cookie notice, not an ad banner.
    Hint{"cookie", false, Reason::CookieNotice}, Hint{"consent", false, Reason::CookieNotice},
    Hint{"gdpr", false, Reason::CookieNotice},  Hint{"onetrust", false, Reason::CookieNotice},
    Hint{"didomi", false, Reason::CookieNotice}, Hint{"usercentrics", false, Reason::CookieNotice},
    // Not "cmp": Adobe Experience Manager prefixes every component with it.
    Hint{"sp-cc", true, Reason::CookieNotice},
    Hint{"comment", false, Reason::Comments},   Hint{"disqus", false, Reason::Comments},
    Hint{"share", false, Reason::ShareBar},     Hint{"social", false, Reason::ShareBar},
    Hint{"sharing", false, Reason::ShareBar},
    Hint{"breadcrumb", false, Reason::Navigation}, Hint{"nav", true, Reason::Navigation},
    Hint{"navbar", false, Reason::Navigation},  Hint{"navigation", false, Reason::Navigation},
    Hint{"menu", false, Reason::Navigation},    Hint{"pagination", false, Reason::Navigation},
    // Links to the site's previous and next stories under an article, each a headline, a teaser and
    // a date that read as the story's last paragraphs. The pair only: carousels name the slide
    // before the current one "swiper-slide-prev" or "is-prev", and Next.js wraps every page in
    // id="__next".
    Hint{"next-prev", true, Reason::Navigation}, Hint{"prev-next", true, Reason::Navigation},
    Hint{"footer", false, Reason::Footer},      Hint{"masthead", false, Reason::SiteHeader},
    Hint{"related", false, Reason::Related},    Hint{"recommend", false, Reason::Related},
    Hint{"more", true, Reason::Related},        Hint{"outbrain", false, Reason::Related},
    Hint{"taboola", false, Reason::Related},    Hint{"trending", false, Reason::Related},
    Hint{"popular", false, Reason::Related},    Hint{"sidebar", false, Reason::Related},
    Hint{"widget", false, Reason::Boilerplate}, Hint{"promo", false, Reason::Advertisement},
    Hint{"ad", true, Reason::Advertisement},    Hint{"ads", true, Reason::Advertisement},
    Hint{"advert", false, Reason::Advertisement}, Hint{"sponsor", false, Reason::Advertisement},
    Hint{"banner", false, Reason::Advertisement}, Hint{"dfp", true, Reason::Advertisement},
    Hint{"subscribe", false, Reason::Newsletter}, Hint{"newsletter", false, Reason::Newsletter},
    Hint{"signup", false, Reason::Newsletter},
    // No "paywall": Dow Jones pages (Barron's, WSJ) name the gated article text itself "paywall";
    // the prompts are caught by their wording (furniture_phrase).
    Hint{"bio", true, Reason::AuthorBio},       Hint{"tags", true, Reason::Tags},
    Hint{"caption", false, Reason::Caption},    Hint{"byline", false, Reason::Byline},
    Hint{"modal", false, Reason::Boilerplate},  Hint{"popup", false, Reason::Boilerplate},
    Hint{"skip", true, Reason::Navigation},     Hint{"copyright", false, Reason::Copyright},
};

bool is_word_char(char c) { return html::ascii::is_alpha(c) || (c >= '0' && c <= '9'); }

// The hints grouped by their first two letters, so the names are read once, position by position,
// instead of once per hint, and most positions find no hint to compare: every element of a page is
// looked at.
constexpr std::size_t kPairs = 26 * 26;
struct Buckets {
  std::array<std::uint8_t, kPairs + 1> start{};  // hints starting with pair k: order[start[k], start[k+1])
  std::array<std::uint8_t, kHints.size()> order{};
  // Bit b of seconds[a]: some hint starts with letters a, b. Most pairs start none, and are let go
  // on this bit. Entries past 'z' are for letter_index's other bytes: they start nothing.
  std::array<std::uint32_t, 32> seconds{};
  // Bit third_class(c) of thirds[k]: some hint of pair k goes on with c. Most pairs that start a
  // hint go on otherwise ("co" in "col-md-6", "re" in "row-reverse"), and are let go on this bit.
  std::array<std::uint32_t, kPairs> thirds{};
};

// The pair of letters at places `a` and `b` in the alphabet.
constexpr std::size_t pair_of(unsigned a, unsigned b) { return std::size_t{a} * 26 + b; }

// A letter is its place in the alphabet, '-' is 26, any other byte 27. Equal bytes are of one
// class, so a hint is let go only when its third byte cannot be there; a two-letter hint takes
// every class.
constexpr unsigned third_class(char c) { return c >= 'a' && c <= 'z' ? static_cast<unsigned>(c - 'a') : c == '-' ? 26 : 27; }

constexpr Buckets make_buckets() {
  Buckets b;
  std::size_t n = 0;
  for (std::size_t pair = 0; pair < kPairs; ++pair) {
    b.start[pair] = static_cast<std::uint8_t>(n);
    for (std::size_t k = 0; k < kHints.size(); ++k) {
      if (pair_of(kHints[k].word[0] - 'a', kHints[k].word[1] - 'a') == pair) {
        b.order[n++] = static_cast<std::uint8_t>(k);
        b.seconds[pair / 26] |= std::uint32_t{1} << (pair % 26);
        b.thirds[pair] |= kHints[k].word.size() == 2 ? ~std::uint32_t{0} : std::uint32_t{1} << third_class(kHints[k].word[2]);
      }
    }
  }
  b.start[kPairs] = static_cast<std::uint8_t>(n);
  return b;
}

// A byte's place in the alphabet, or 31 for a byte that is no lower-case letter: no hint starts
// with it (seconds[31] is 0), nor goes on with it (no hint's bit 31 is set).
constexpr unsigned kNotLetter = 31;
constexpr std::array<std::uint8_t, 256> make_letter_index() {
  std::array<std::uint8_t, 256> index{};
  for (std::size_t c = 0; c < index.size(); ++c) {
    index[c] = static_cast<std::uint8_t>(c >= 'a' && c <= 'z' ? c - 'a' : kNotLetter);
  }
  return index;
}
constexpr std::array<std::uint8_t, 256> kLetterIndex = make_letter_index();
unsigned letter_index(char c) { return kLetterIndex[static_cast<unsigned char>(c)]; }

constexpr bool all_start_with_two_letters() {
  for (const Hint& h : kHints) {
    if (h.word.size() < 2 || h.word[0] < 'a' || h.word[0] > 'z' || h.word[1] < 'a' || h.word[1] > 'z') return false;
  }
  return true;
}
static_assert(all_start_with_two_letters(), "hints are bucketed by their first two letters");
constexpr Buckets kBuckets = make_buckets();
static_assert(kBuckets.start[kPairs] == kHints.size(), "every hint is in a bucket");

// The element's class, id, role and itemprop attributes, found in one pass over its attributes.
struct Names {
  std::array<const std::string_view*, 4> values{};  // class, id, role, itemprop; nullptr when absent
  const std::string_view* role() const { return values[2]; }
};

Names names_of(const Node& e) {
  Names names;
  // Most elements with attributes have none of these (links, images): let go on their bits.
  constexpr unsigned kNameBits = html::attribute_name_bit("class") | html::attribute_name_bit("id") |
                                 html::attribute_name_bit("role") | html::attribute_name_bit("itemprop");
  if ((e.attribute_names & kNameBits) == 0) return names;
  for (const html::Attribute& a : e.attributes) {
    // The length picks the one name to compare: most attributes are let go without a compare, and
    // the rest are compared with a literal of known length, which the compiler does inline rather
    // than by a library call (every element's every attribute comes here).
    std::string_view name = a.name;
    std::size_t k;
    switch (name.size()) {
      case 5: k = 0; if (name != "class") continue; break;
      case 2: k = 1; if (name != "id") continue; break;
      case 4: k = 2; if (name != "role") continue; break;
      case 8: k = 3; if (name != "itemprop") continue; break;
      default: continue;
    }
    if (!names.values[k]) names.values[k] = &a.value;  // the first, as Node::attribute answers
  }
  // A heading's id is its anchor, made from its words by documentation generators and CMSs
  // (mdBook, Sphinx, rustdoc, GitHub READMEs, WordPress tables of contents): 19 of 581 bench pages
  // lost headings such as "What is Social Media Marketing?" to the share-bar name in their ids.
  // Its class still counts.
  if (e.tag >= html::Tag::H1 && e.tag <= html::Tag::H6) names.values[1] = nullptr;
  return names;
}

// The element's class, id, role and itemprop, lower-cased, one space between names, in `buffer`;
// long class lists are cut (utility-class soups say nothing).
constexpr std::size_t kNameCut = 256;
std::string_view hint_text(const Names& names, std::array<char, 4 * (kNameCut + 1) + 1>& buffer) {
  std::size_t n = 0;
  for (const std::string_view* v : names.values) {
    if (!v) continue;
    std::string_view s = std::string_view(*v).substr(0, kNameCut);
    buffer[n++] = ' ';
    // Utility classes with bracketed arbitrary values ("[--sidebar-width:18rem]") set a style; the
    // words inside name no part of the page (a whole page section was read as a sidebar). Names
    // before the first bracket (all of them, on most elements) are copied without counting.
    // Every element's names are copied, so eight bytes go at a time.
    std::size_t k = 0;
    for (; k + 8 <= s.size(); k += 8) {
      std::uint64_t w = text::swar::load8(s.data() + k);
      if (text::swar::equal_bytes(w, '[') != 0) break;
      text::swar::store8(buffer.data() + n, text::swar::ascii_lower(w));
      n += 8;
    }
    for (; k < s.size() && s[k] != '['; ++k) buffer[n++] = html::ascii::lower(s[k]);
    int brackets = 0;
    for (; k < s.size(); ++k) {
      char c = s[k];
      if (c == '[') ++brackets;
      if (brackets == 0) buffer[n++] = html::ascii::lower(c);
      if (c == ']' && brackets > 0) --brackets;
    }
  }
  buffer[n++] = ' ';
  return {buffer.data(), n};
}

// `h` starts with text[p] and text[p + 1] (its bucket); the rest and, for short names, the word
// boundaries decide.
bool matches_at(std::string_view text, std::size_t p, const Hint& h) {
  // Hints are short: compared here rather than in a library call.
  if (text.size() - p < h.word.size()) return false;
  for (std::size_t k = 2; k < h.word.size(); ++k) {
    if (text[p + k] != h.word[k]) return false;
  }
  if (!h.whole_word) return true;
  bool left = p == 0 || !is_word_char(text[p - 1]);
  std::size_t end = p + h.word.size();
  bool right = end >= text.size() || !is_word_char(text[end]);
  return left && right;
}

// The first content name and the first furniture name (in kHints order) among the element's names.
struct Matches {
  const Hint* positive = nullptr;
  const Hint* negative = nullptr;
  bool embed = false;  // "embed" is among the names
};

Matches match_text(std::string_view text) {
  Matches m;
  if (text.size() <= 2) return m;
  std::size_t first_positive = kHints.size();
  std::size_t first_negative = kHints.size();
  // Each position costs a table look-up or two: the byte after it is looked up once, and kept as
  // the next position's first letter.
  unsigned lead = letter_index(text[0]);
  const std::size_t last = text.size() - 1;  // the last position with a byte after it
  for (std::size_t p = 0; p < last; ++p) {
    unsigned a = lead;
    unsigned b = letter_index(text[p + 1]);
    lead = b;
    if (((kBuckets.seconds[a] >> b) & 1) == 0) continue;  // both letters, and a pair that starts a hint
    std::size_t pair = pair_of(a, b);
    char e = p + 2 < text.size() ? text[p + 2] : ' ';
    if (((kBuckets.thirds[pair] >> third_class(e)) & 1) == 0) continue;
    for (std::size_t j = kBuckets.start[pair]; j < kBuckets.start[pair + 1]; ++j) {
      std::size_t k = kBuckets.order[j];
      std::size_t& first = kHints[k].reason.has_value() ? first_negative : first_positive;
      if (k < first && matches_at(text, p, kHints[k])) first = k;
    }
  }
  if (first_positive < kHints.size()) m.positive = &kHints[first_positive];
  if (first_negative < kHints.size()) m.negative = &kHints[first_negative];
  if (m.negative && m.negative->reason == Reason::ShareBar) m.embed = text.find("embed") != std::string_view::npos;
  return m;
}

Matches match_hints(const Node& e, const Names& names) {
  if (!e.is_element() || e.attributes.empty()) return {};
  std::array<char, 4 * (kNameCut + 1) + 1> buffer;
  return match_text(hint_text(names, buffer));
}

std::uint64_t hash_text(std::string_view text) {
  constexpr std::uint64_t kMul = 0x9E3779B97F4A7C15ull;
  std::uint64_t h = text.size();
  std::size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) h = (h ^ text::swar::load8(text.data() + i)) * kMul;
  // The last bytes: a key of eight or more (nearly all: a name with its slot and length) ends on
  // its last eight, some hashed twice; a shorter one goes a byte at a time.
  std::uint64_t tail = 0;
  if (i < text.size() && text.size() >= 8) {
    tail = text::swar::load8(text.data() + text.size() - 8);
  } else {
    for (; i < text.size(); ++i) tail = tail << 8 | static_cast<unsigned char>(text[i]);
  }
  h = (h ^ tail) * kMul;
  return h ^ (h >> 32);
}

std::uint8_t index_of(const Hint* h) { return static_cast<std::uint8_t>(h ? h - kHints.data() : kHints.size()); }
const Hint* hint_at(std::uint8_t k) { return k < kHints.size() ? &kHints[k] : nullptr; }

void grow(HintMemo& memo) {
  std::vector<HintMemo::Slot> old = std::move(memo.slots);
  memo.slots.assign(old.empty() ? 256 : 2 * old.size(), HintMemo::Slot{});
  std::size_t mask = memo.slots.size() - 1;
  for (const HintMemo::Slot& s : old) {
    if (s.size == 0) continue;
    std::size_t j = s.hash & mask;
    while (memo.slots[j].size != 0) j = (j + 1) & mask;
    memo.slots[j] = s;
  }
}

// The names as the memo tells them apart: each value present, as far as hint_text reads it, after
// its slot and length ("a b" in one attribute and "a", "b" in two are different keys). Copied as
// they are: most elements repeat names met before, and are answered without lower-casing them.
constexpr std::size_t kKeyHead = 3;  // the slot, then the length in two bytes
static_assert(kNameCut < 0x10000, "a name's length fits its two bytes");
std::string_view memo_key(const Names& names, std::array<char, 4 * (kKeyHead + kNameCut)>& buffer) {
  std::size_t n = 0;
  for (std::size_t k = 0; k < names.values.size(); ++k) {
    if (!names.values[k]) continue;
    std::string_view s = std::string_view(*names.values[k]).substr(0, kNameCut);
    buffer[n++] = static_cast<char>(k);
    buffer[n++] = static_cast<char>(s.size() & 0xFF);
    buffer[n++] = static_cast<char>(s.size() >> 8);
    if (!s.empty()) std::memcpy(buffer.data() + n, s.data(), s.size());
    n += s.size();
  }
  return {buffer.data(), n};
}

Matches match_hints(const Node& e, const Names& names, HintMemo& memo) {
  if (!e.is_element() || e.attributes.empty()) return {};
  std::array<char, 4 * (kKeyHead + kNameCut)> key_buffer;
  std::string_view key = memo_key(names, key_buffer);
  if (key.empty()) return {};
  if (2 * (memo.count + 1) > memo.slots.size()) grow(memo);
  std::uint64_t hash = hash_text(key);
  std::size_t mask = memo.slots.size() - 1;
  std::size_t j = hash & mask;
  for (; memo.slots[j].size != 0; j = (j + 1) & mask) {
    const HintMemo::Slot& s = memo.slots[j];
    if (s.hash == hash && s.size == key.size() && std::string_view(memo.keys).substr(s.offset, s.size) == key) {
      Matches m;
      m.positive = hint_at(s.positive);
      m.negative = hint_at(s.negative);
      m.embed = s.embed;
      return m;
    }
  }
  std::array<char, 4 * (kNameCut + 1) + 1> buffer;
  Matches m = match_text(hint_text(names, buffer));
  HintMemo::Slot& s = memo.slots[j];
  s.hash = hash;
  s.offset = static_cast<std::uint32_t>(memo.keys.size());
  s.size = static_cast<std::uint32_t>(key.size());
  s.positive = index_of(m.positive);
  s.negative = index_of(m.negative);
  s.embed = m.embed;
  memo.keys.append(key);
  ++memo.count;
  return m;
}

std::optional<Reason> reason_from(const Node& e, const Names& names, const Matches& m) {
  if (!e.is_element()) return std::nullopt;
  switch (e.tag) {
    case Tag::Nav: return Reason::Navigation;
    case Tag::Footer: return Reason::Footer;
    case Tag::Aside: return Reason::Related;
    case Tag::Figcaption: return Reason::Caption;
    default: break;
  }
  if (const std::string_view* role = names.role()) {
    if (*role == "navigation" || *role == "menu" || *role == "menubar") return Reason::Navigation;
    if (*role == "contentinfo") return Reason::Footer;
    if (*role == "complementary") return Reason::Related;
    if (*role == "banner") return Reason::SiteHeader;
    if (*role == "dialog" || *role == "alertdialog") return Reason::Boilerplate;
  }
  // A content name beside a furniture name ("post-comments" vs "entry-content share") is settled
  // by the furniture name only when no content name is present.
  if (m.positive) {
    const Hint* n = m.negative;
    // Comments and related-story sections often carry "post" or "content" in their names.
    if (n && (n->reason == Reason::Comments || n->reason == Reason::Related ||
              n->reason == Reason::ShareBar || n->reason == Reason::Advertisement)) {
      return n->reason;
    }
    return std::nullopt;
  }
  if (const Hint* n = m.negative) {
    // "social-media-embed" holds an embedded post (a tweet quoted in the story), not share buttons.
    if (n->reason == Reason::ShareBar && m.embed) return std::nullopt;
    return n->reason;
  }
  return std::nullopt;
}

int sign_from(const Matches& m) {
  bool positive = m.positive != nullptr;
  bool negative = m.negative != nullptr;
  return positive == negative ? 0 : (positive ? 1 : -1);
}

}  // namespace

bool names_reviews(const Node& e) {
  if (!e.is_element() || e.attributes.empty()) return false;
  std::array<char, 4 * (kNameCut + 1) + 1> buffer;
  std::string_view text = hint_text(names_of(e), buffer);
  constexpr std::string_view kReview = "review";
  for (std::size_t p = text.find(kReview); p != std::string_view::npos; p = text.find(kReview, p + 1)) {
    if (p == 0 || text[p - 1] != 'p') return true;
  }
  return false;
}

bool names_sidebar(const Node& e) {
  if (!e.is_element() || e.attributes.empty()) return false;
  std::array<char, 4 * (kNameCut + 1) + 1> buffer;
  return hint_text(names_of(e), buffer).find("sidebar") != std::string_view::npos;
}


bool names_banner(const Node& e) {
  if (!e.is_element() || e.attributes.empty()) return false;
  std::array<char, 4 * (kNameCut + 1) + 1> buffer;
  Matches m = match_text(hint_text(names_of(e), buffer));
  return m.negative && m.negative->word == "banner";
}

namespace {

bool marks_frame(const Node& e, const Names& names) {
  if (!e.is_element()) return false;
  if (e.tag == Tag::Nav || e.tag == Tag::Footer) return true;
  const std::string_view* role = names.role();
  return role && (*role == "navigation" || *role == "menu" || *role == "menubar" || *role == "contentinfo" ||
                  *role == "banner");
}

}  // namespace

namespace {

ElementHints hints_from(const Node& e, const Names& names, const Matches& m) {
  const std::string_view* role = names.role();
  return {reason_from(e, names, m), static_cast<std::int8_t>(sign_from(m)), marks_frame(e, names),
          role && *role == "main"};
}

}  // namespace

ElementHints element_hints(const Node& e) {
  Names names = names_of(e);
  return hints_from(e, names, match_hints(e, names));
}

ElementHints element_hints(const Node& e, HintMemo& memo) {
  Names names = names_of(e);
  return hints_from(e, names, match_hints(e, names, memo));
}

}  // namespace pith::extract
