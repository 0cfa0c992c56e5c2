#include "extract/furniture.h"

#include <algorithm>
#include <array>
#include <string>

#include "extract/dates.h"
#include "extract/edit_links.h"
#include "extract/words.h"
#include "html/ascii.h"
#include "text/affixes.h"

namespace pith::extract {
namespace {

using text::contains;
using text::ends_with;
using text::starts_with;

template <std::size_t N>
bool any_prefix(std::string_view s, const std::array<std::string_view, N>& list) {
  for (auto p : list) {
    if (starts_with(s, p)) return true;
  }
  return false;
}

// The networks a share bar names, one button each.
bool is_network_name(std::string_view w) {
  static constexpr std::array<std::string_view, 11> kNetworks = {
      "tweet", "facebook", "twitter", "linkedin", "whatsapp", "pinterest", "reddit", "telegram", "flipboard",
      "messenger", "bluesky"};
  for (auto s : kNetworks) {
    if (s == w) return true;
  }
  return false;
}

// Where a site has accounts to follow: the share networks and those with no share button.
bool is_follow_network(std::string_view w) {
  static constexpr std::array<std::string_view, 5> kMore = {"instagram", "youtube", "tiktok", "snapchat", "mastodon"};
  return is_network_name(w) || std::find(kMore.begin(), kMore.end(), w) != kMore.end();
}

// Share bars are runs of network names and verbs: "Share Tweet Email", "Facebook Twitter LinkedIn".
bool is_share_word(std::string_view w) {
  static constexpr std::array<std::string_view, 11> kVerbs = {"share", "shares", "email", "e-mail", "x", "print",
                                                              "copy", "link", "save", "mail", "sms"};
  if (is_network_name(w)) return true;
  for (auto s : kVerbs) {
    if (s == w) return true;
  }
  return false;
}

// "Updated 3 hours ago", "5 min read", "2 days ago".
bool is_relative_time(const std::vector<std::string_view>& toks) {
  if (toks.size() > 6) return false;
  std::string last = ascii_lower(strip_punct(toks.back()));
  if (last == "ago") return true;
  if (toks.size() >= 3) {
    std::string a = ascii_lower(strip_punct(toks[toks.size() - 2]));
    if (last == "read" && is_reading_time_unit(a)) return true;
  }
  return false;
}

// "Follow us" in the languages sites most often print it, as the lower-cased line opens.
constexpr std::array<std::string_view, 11> kFollowUs = {
    "follow us", "s\xC3\xADguenos", "siguenos", "suivez-nous", "folgen sie uns", "folge uns", "seguici",
    "siga-nos", "sigam-nos", "segue-nos", "volg ons"};

// The words that join networks to "follow us" and to each other: "on", "en", "sur", "auf", "su",
// "no", "op"; "and", "y", "et", "und", "e", "en"; "or" and its kin.
bool is_follow_joiner(std::string_view w) {
  static constexpr std::array<std::string_view, 22> kJoiners = {
      "on", "and", "&", "or", "at", "en", "y", "o", "sur", "et", "ou", "auf", "und", "oder", "bei", "su",
      "e", "no", "na", "op", "of", "in"};
  return std::find(kJoiners.begin(), kJoiners.end(), w) != kJoiners.end();
}

// "Follow us on Twitter", "Follow Newsbeat on Instagram, Facebook and YouTube", "Suivez-nous sur
// Facebook": the site's own accounts, and nothing else on the line: a network or two after "follow
// us" in some language, or two after "follow" and a name of up to three words. `l` is the line
// lower-cased. "Follow us on Twitter, the bank told customers", "Síguenos en Twitter, dijo el
// alcalde a los vecinos" and "Follow the money on Facebook" are news.
std::optional<Reason> follow_line(std::string_view l) {
  std::string_view rest;
  bool us = false;
  for (std::string_view p : kFollowUs) {
    if (starts_with(l, p) && (l.size() == p.size() || l[p.size()] == ' ')) {
      rest = l.substr(p.size());
      us = true;
      break;
    }
  }
  if (!us) {
    if (!starts_with(l, "follow ")) return std::nullopt;
    rest = l.substr(7);
  }
  int networks = 0, other = 0;
  for (std::string_view t : tokens(rest, 16)) {
    std::string_view w = strip_punct(t);
    if (is_follow_network(w)) ++networks;
    else if (!w.empty() && !is_follow_joiner(w)) ++other;
  }
  if (networks >= 1 && other <= 3 && (networks >= 2 || us)) return Reason::ShareBar;
  return std::nullopt;
}

// A forum post's frame, copied with each post: its buttons ("Reply Quote Like 12"), the poster's
// rank ("Junior Member", "Moderator") and counters ("Posts: 8,421", "Joined: Jan 2024"). `l` is
// the line lower-cased; the words alone on their line, as a sentence never stands.
bool forum_furniture(std::string_view l, const std::vector<std::string_view>& toks) {
  static constexpr std::array<std::string_view, 9> kButtons = {"reply", "quote", "like", "likes", "report",
                                                                "permalink", "multi-quote", "thanks", "unlike"};
  std::size_t buttons = 0, other = 0;
  for (auto t : toks) {
    std::string lw = ascii_lower(strip_punct(t));
    if (std::find(kButtons.begin(), kButtons.end(), lw) != kButtons.end()) ++buttons;
    else if (lw.empty() || lw.find_first_not_of("0123456789,") != std::string::npos) ++other;
  }
  if (buttons >= 2 && other == 0) return true;
  static constexpr std::array<std::string_view, 10> kRanks = {
      "moderator", "administrator", "admin", "member", "junior member", "senior member", "new member",
      "full member", "well-known member", "registered user"};
  if (std::find(kRanks.begin(), kRanks.end(), l) != kRanks.end()) return true;
  // A counter's label and its value: a number or a date.
  static constexpr std::array<std::string_view, 6> kCounters = {"posts: ", "joined: ", "messages: ", "reputation: ",
                                                                "reaction score: ", "threads: "};
  for (auto c : kCounters) {
    if (starts_with(l, c) && toks.size() <= 4) return true;
  }
  return false;
}

}  // namespace

bool consent_wording(std::string_view text) {
  constexpr std::size_t kLead = 320;  // banners say what they are in their first sentences
  // Every text of a sentence or more on a page comes here: most have no "cookie" in any case, and
  // are let go before a lower-cased copy is made.
  std::string_view lead = text.substr(0, kLead);
  bool cookie = false;
  for (std::size_t k = html::ascii::find_any(lead, 3, 'k', 'K'); !cookie && k < lead.size();
       k = html::ascii::find_any(lead, k + 1, 'k', 'K')) {
    cookie = html::ascii::iequals_at(lead, k - 3, "cookie");
  }
  if (!cookie) return false;
  std::string l = ascii_lower(lead);
  // The banner's voice, in the languages consent banners are most often written in; each needs
  // "cookie" beside it, so an article about browsers or baking does not match.
  static constexpr std::array<std::string_view, 36> kVoice = {
      "we use cookies", "we use technologies", "we and selected", "we and our", "our partners", "site uses",
      "website uses", "use of cookies", "accept all", "accept cookies", "reject all", "cookie settings",
      "cookie preferences", "manage consent", "manage preferences", "your consent", "you consent",
      "strictly necessary", "by clicking", "by continuing", "similar technologies", "disable all cookies",
      "wir verwenden cookies", "wir nutzen cookies", "alle akzeptieren", "nous utilisons des cookies",
      "tout accepter", "utilise des cookies", "utilizamos cookies", "aceptar todas", "utilizziamo i cookie",
      "accetta tutti", "wij gebruiken cookies", "alles accepteren", "usamos cookies", "aceitar todos"};
  for (auto v : kVoice) {
    if (contains(l, v)) return true;
  }
  return false;
}

std::optional<Reason> furniture_phrase(std::string_view line) {
  std::size_t words = count_tokens(line, 31);
  if (words == 0) return std::nullopt;
  // consent_wording covers the "We use cookies…" / "This (web)site uses cookies…" openings.
  if (html::ascii::iequals_at(line, 0, "by choosing i accept") || consent_wording(line)) {
    return Reason::CookieNotice;  // consent banners run long: 60+ words
  }
  if (words > 30) return std::nullopt;
  // The words themselves are read only on lines of ten or fewer (share bars, "3 hours ago",
  // "12 Comments"); longer lines go by their count, and a sentence is not split for nothing.
  constexpr std::size_t kWordByWord = 10;
  const std::vector<std::string_view> toks = words <= kWordByWord ? tokens(line, 31) : std::vector<std::string_view>();
  std::string l = ascii_lower(line);
  while (!l.empty() && (l.back() == ':' || l.back() == '.' || l.back() == ' ')) l.pop_back();

  // The label over an ad slot, alone on its line; British "advert", and the label in the languages
  // it is most often printed in.
  // (Japanese 広告, Chinese 广告, Russian Реклама in either case, Arabic إعلان: no ASCII case to fold.)
  // A transcript marks the break in brackets: "[AD BREAK]", "[Advertisement]".
  static constexpr std::array<std::string_view, 25> kAds = {
      "advertisement", "advertising", "sponsored", "ad", "paid content", "promoted",
      "story continues below advertisement", "continue reading below", "scroll to continue with content",
      "advert", "anzeige", "werbung", "publicidad", "publicité", "pubblicità", "reklama", "sponsored links",
      "sponsored content", "\xE5\xBA\x83\xE5\x91\x8A", "\xE5\xB9\xBF\xE5\x91\x8A",
      "\xD0\xA0\xD0\xB5\xD0\xBA\xD0\xBB\xD0\xB0\xD0\xBC\xD0\xB0", "\xD1\x80\xD0\xB5\xD0\xBA\xD0\xBB\xD0\xB0\xD0\xBC\xD0\xB0",
      "\xD8\xA5\xD8\xB9\xD9\x84\xD8\xA7\xD9\x86", "ad break", "commercial break"};
  std::string_view ad_label = l;
  if (ad_label.size() > 2 && ad_label.front() == '[' && ad_label.back() == ']') ad_label = ad_label.substr(1, ad_label.size() - 2);
  for (auto a : kAds) {
    if (ad_label == a) return Reason::Advertisement;
  }
  if (words <= kWordByWord) {
    bool all_share = true;
    for (auto t : toks) all_share = all_share && is_share_word(ascii_lower(strip_punct(t)));
    // One network's name alone on its line is a share button too (a bar copied one button a line:
    // "Facebook", "Twitter", "Pinterest"); the generic verbs ("Print", "Save", "Link") alone may be a
    // list item or a heading, so they need company.
    const bool network = words == 1 && is_network_name(ascii_lower(strip_punct(toks[0])));
    if (all_share && (words >= 2 || network || l == "share" || l == "share this article")) return Reason::ShareBar;
    if (starts_with(l, "share this") || starts_with(l, "share on ") || starts_with(l, "share via")) {
      return Reason::ShareBar;
    }
    // "Share" and "Share on …" in the languages pages most often print them; a network named after.
    static constexpr std::array<std::string_view, 8> kShareLabels = {
        "compartir", "partager", "teilen", "condividi", "compartilhar", "partilhar", "delen",
        "udost\xC4\x99pnij"};
    static constexpr std::array<std::string_view, 9> kShareOn = {
        "compartir en ", "partager sur ", "teilen auf ", "auf ", "condividi su ", "compartilhar no ",
        "compartilhar em ", "partilhar no ", "delen op "};
    for (auto label : kShareLabels) {
      if (l == label) return Reason::ShareBar;
    }
    for (auto p : kShareOn) {
      if (!starts_with(l, p)) continue;
      std::string_view rest = std::string_view(l).substr(p.size());
      std::size_t space = rest.find(' ');
      std::string_view network = rest.substr(0, space);
      // "Auf Facebook teilen": the network, then the verb.
      if (is_network_name(network) && (p != "auf " || ends_with(l, " teilen"))) return Reason::ShareBar;
    }
    if (is_relative_time(toks)) return Reason::Date;
  }
  if (words <= 15) {
    if (auto r = follow_line(l)) return r;
  }
  if (words <= 16 && is_timestamp_line(line)) return Reason::Date;
  if (starts_with(l, "©") || starts_with(l, "copyright ") || starts_with(l, "(c) ") ||
      (words <= 14 && contains(l, "all rights reserved")) || starts_with(l, "this document is subject to copyright")) {
    return Reason::Copyright;
  }
  static constexpr std::array<std::string_view, 12> kRelated = {
      "read more", "related:", "related stories", "related articles", "related coverage",
      "see also", "also read", "more from", "recommended", "you may also like", "more stories",
      "most read"};
  // "Read also" in the languages pages most often print it, also in brackets after a paragraph
  // ("(Leggi anche: …)").
  static constexpr std::array<std::string_view, 14> kReadAlso = {
      "leggi anche", "lesen sie auch", "lire aussi", "\xC3\xA0 lire aussi", "\xC3\x80 lire aussi", "a lire aussi", "lea tambi\xC3\xA9n",
      "lee tambi\xC3\xA9n", "leia tamb\xC3\xA9m", "leia mais", "veja tamb\xC3\xA9m", "lees ook", "zobacz te\xC5\xBC",
      "read also"};
  // A label (alone, or with a colon before the headline) or a bracketed aside; without either it
  // is a sentence: "Lire aussi le rapport de la Cour des comptes, publié lundi."
  if (words <= 30) {
    std::string_view rest = l;
    const bool bracketed = !rest.empty() && (rest[0] == '(' || rest[0] == '[');
    if (bracketed) rest.remove_prefix(1);
    for (std::string_view p : kReadAlso) {
      if (!starts_with(rest, p)) continue;
      std::string_view after = rest.substr(p.size());
      while (!after.empty() && after[0] == ' ') after.remove_prefix(1);
      if (bracketed || after.empty() || after[0] == ':') return Reason::Related;
    }
  }
  // Docs point to each other in sentences ("See also the linker-flavor flag for another way to specify
  // the linker."): a "see also" running on, without a colon, to a full stop is text. A link line
  // under a story has a colon or is a bare headline ("See also: Talks stall in Riyadh").
  const bool see_also_sentence = starts_with(l, "see also ") && !line.empty() && line.back() == '.';
  // "More:" alone is "more" here (the colon is trimmed above), so the line's own last byte is asked;
  // a heading "More" (npm's docs) is no label. "More: <headline>" keeps its colon.
  // "Don't miss" only alone: "Don't Miss a Sale" heads a shop's offer.
  if (words <= 20 && !see_also_sentence &&
      (any_prefix(l, kRelated) || l == "related" || (l == "more" && line.back() == ':') || starts_with(l, "more:") || l == "don't miss" ||
       l == "don\xE2\x80\x99t miss")) {
    return Reason::Related;
  }
  // A label over more of the site's stories: "More Great WIRED Stories", "More Politics News".
  if (words <= 6 && starts_with(l, "more ") &&
      (ends_with(l, " stories") || ends_with(l, " articles") || ends_with(l, " news") || ends_with(l, " reads"))) {
    return Reason::Related;
  }
  static constexpr std::array<std::string_view, 9> kNewsletter = {
      "sign up for", "sign up to", "signup for", "signup to", "subscribe to our", "get our newsletter",
      "join our newsletter", "subscribe now", "newsletter sign"};
  // Most phrases looked for inside a block share a word, looked for first ("newsletter", "cookie",
  // "subscri"): most blocks hold none, and are let go after one search per group.
  if (words <= 25) {
    bool newsletter = contains(l, "newsletter");
    // "Subscribe to Example.com's newsletters": a short line naming a newsletter, with a sentence
    // that opens "Subscribe to". Not "subscribers" or "unsubscribe" (an article about newsletters
    // lost its figures), nor "Readers can subscribe to the newsletter, the company said."
    auto says_subscribe = [&] { return starts_with(l, "subscribe to ") || contains(l, ". subscribe to "); };
    if (any_prefix(l, kNewsletter) || (newsletter && (words <= 6 || contains(l, "subscribe to our newsletter") ||
                                                      contains(l, "sign up for our newsletter") ||
                                                      (words <= 16 && says_subscribe())))) {
      return Reason::Newsletter;
    }
    // A mailing's own footer: "You are receiving this because you signed up at …", "Enjoying the
    // Brief? Forward it to a friend."
    static constexpr std::array<std::string_view, 4> kMailing = {
        "you are receiving this", "you're receiving this", "you\xE2\x80\x99re receiving this", "you received this"};
    if (any_prefix(l, kMailing) ||
        (words <= 12 && (contains(l, "forward it to a friend") || contains(l, "forward this email to a friend") ||
                         contains(l, "forward this to a friend")))) {
      return Reason::Newsletter;
    }
  }
  // Consent banners run long ("We use cookies and other tracking technologies to …", 60+ words).
  if (starts_with(l, "we use cookies") || starts_with(l, "this site uses cookies") ||
      starts_with(l, "this website uses cookies") || starts_with(l, "by choosing i accept")) {
    return Reason::CookieNotice;
  }
  if (words <= 25 && contains(l, "cookie") &&
      (contains(l, "we use cookies") || contains(l, "this site uses cookies") || contains(l, "accept cookies") ||
       contains(l, "cookie policy") || contains(l, "cookie settings"))) {
    return Reason::CookieNotice;
  }
  // A press release's wire credit under its headline: "NEWS PROVIDED BY Northwind Robotics Inc.
  // Mar 12, 2024, 09:00 ET" names the issuer, as a byline does, and was read as the first sentence.
  if (words <= 20 && starts_with(l, "news provided by ")) return Reason::Byline;
  if (words <= 20) {
    bool subscri = contains(l, "subscri");
    if ((subscri && (contains(l, "already a subscriber") || contains(l, "subscribe to continue") ||
                     contains(l, "subscribe to keep reading") || contains(l, "subscribers only"))) ||
        contains(l, "to continue reading")) {
      return Reason::Paywall;
    }
  }
  // A newsletter's or a podcast's own pitch inside the text: Substack's "Thanks for reading The
  // Long View! Subscribe for free to receive new posts…", a transcript's "Subscribe to The Briefing
  // wherever you get your podcasts", and its button "Subscribe to The Long View" alone on a line
  // (after the paywall's "Subscribe to keep reading").
  if (words <= 25 && ((starts_with(l, "thanks for reading") && contains(l, "subscribe")) ||
                      contains(l, "wherever you get your podcasts") || contains(l, "wherever you listen to podcasts") ||
                      (words <= 6 && starts_with(l, "subscribe to ") && line.back() != '.'))) {
    return Reason::Newsletter;
  }
  // The offer under a paywall's heading: "Get unlimited access to The Courier for just £1 a week for
  // your first three months. Cancel anytime." Cancelling is what a sales pitch promises; a story that
  // mentions unlimited access (a gym's members) does not add it.
  if (words <= 40 && (contains(l, "cancel anytime") || contains(l, "cancel any time") || contains(l, "cancel at any time")) &&
      (contains(l, "access") || contains(l, "subscri") || contains(l, "trial"))) {
    return Reason::Paywall;
  }
  // The prompt alone, or sending the reader below: "Tell us what you think, the mayor told
  // residents" is a quote.
  if (l == "tell us what you think" || starts_with(l, "tell us what you think in the comment") ||
      starts_with(l, "tell us what you think below")) {
    return Reason::Comments;
  }
  if (words <= 6 && (l == "comments" || starts_with(l, "leave a comment") || starts_with(l, "show comments") ||
                    starts_with(l, "post a comment") || starts_with(l, "add a comment") || starts_with(l, "leave a reply") ||
                           starts_with(l, "view comments") || starts_with(l, "join the conversation") ||
                           (words == 2 && ascii_lower(strip_punct(toks[1])) == "comments"))) {
    return Reason::Comments;
  }
  // A button or link label copied as its own line ("Learn more", "Add to cart", "Back to top"): the
  // page's controls, which a paste keeps between the paragraphs of the text they sit beside. Only
  // the label alone on its line; "Learn more about the plan at the library." is a sentence.
  static constexpr std::array<std::string_view, 30> kButtons = {
      "learn more", "get started", "show more", "view more", "see more", "load more", "find out more",
      "more details", "add to cart", "add to basket", "add to bag", "buy now", "shop now", "book now",
      "check price", "check price at amazon", "see it", "read the review", "jump to review", "contact us",
      "back to top", "skip to content", "skip to main content", "table of contents", "see all", "view all",
      "previous next", "sign in", "log in", "get the app"};
  {
    std::string_view label = l;
    while (!label.empty() && (label.back() == '>' || label.back() == ' ' || label.back() == '!')) label.remove_suffix(1);
    for (auto b : kButtons) {
      if (label == b) return Reason::Boilerplate;
    }
  }
  if (is_edit_link(line)) return Reason::Navigation;  // a wiki section's "[edit]", on its own line
  if (words <= 6 && forum_furniture(l, toks)) return Reason::Boilerplate;
  // The note a page keeps for browsers with scripts off, often in <noscript>: "Your browser does not
  // seem to support JavaScript…", "Please enable JavaScript to view the comments", "JavaScript is
  // disabled. For a better experience…". It opens addressed to the reader; a sentence that only
  // mentions browsers and scripts ("If your browser does not support JavaScript, many web apps…",
  // "Your browser's JavaScript engine…") does not.
  if (words <= 40) {
    static constexpr std::array<std::string_view, 17> kNoScript = {
        "your browser does not", "your browser doesn't", "your browser doesn\xE2\x80\x99t", "your browser is not",
        "your browser seems", "your browser appears", "please enable", "please turn on", "please download a browser",
        "please use a browser", "you need to enable", "you must enable", "javascript is disabled",
        "javascript is required", "javascript must be enabled", "this site requires javascript",
        "this website requires javascript"};
    // The openings first: a few bytes compared each, where a search for "javascript" reads the line.
    for (std::string_view opening : kNoScript) {
      if (starts_with(l, opening) && contains(l, "javascript")) return Reason::Boilerplate;
    }
  }
  // The affiliate disclosure over a blog post or review ("This post may contain affiliate links.",
  // "As an Amazon Associate I earn from qualifying purchases."): the site's own voice about its
  // links. A report about affiliate links ("The site earns a commission from affiliate links,
  // regulators said") is not in it.
  // (One search per word the phrases share, then the phrases: most lines hold neither word.)
  const bool affiliate = words <= 40 && contains(l, "affiliate ");
  const bool commission = words <= 40 && contains(l, "commission");
  if ((affiliate && (contains(l, "affiliate link") || contains(l, "affiliate commission"))) ||
      (commission && (contains(l, "earn a commission") || contains(l, "earn a small commission"))) ||
      (words <= 40 && contains(l, "qualifying purchases"))) {
    if (starts_with(l, "this post") || starts_with(l, "this article") || starts_with(l, "this page") ||
        starts_with(l, "this content") || starts_with(l, "this site") || starts_with(l, "disclosure") ||
        starts_with(l, "as an amazon associate") || contains(l, "we may earn") || contains(l, "i may earn") ||
        contains(l, "links on our site") || contains(l, "at no extra cost to you") ||
        contains(l, "at no additional cost to you")) {
      return Reason::Advertisement;
    }
  }
  // Calls to action: "Do you rely on our reporting? Click here to support it."
  if (words <= 15 && (contains(l, "click here") || contains(l, "clicking here"))) return Reason::Boilerplate;
  // What a WordPress gallery (Jetpack's slideshow) shows to a reader without its script.
  if (l == "this slideshow requires javascript") return Reason::Boilerplate;
  // Gravity Forms, on many WordPress sites: the label of its hidden anti-spam field, and the note on
  // a field hidden from readers, both printed in the page's markup.
  if (words <= 14 && (contains(l, "for validation purposes and should be left unchanged") ||
                      l == "this field is hidden when viewing the form")) {
    return Reason::Boilerplate;
  }
  if (words <= 30 && (starts_with(l, "tags:") || starts_with(l, "topics:") || starts_with(l, "filed under"))) {
    return Reason::Tags;
  }
  return std::nullopt;
}

}  // namespace pith::extract
