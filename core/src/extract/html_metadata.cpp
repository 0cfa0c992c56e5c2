#include "extract/html_metadata.h"

#include <algorithm>
#include <initializer_list>
#include <optional>
#include <utility>
#include <vector>

#include "extract/authors.h"
#include "extract/bylines.h"
#include "extract/dates.h"
#include "extract/headline.h"
#include "extract/json_ld.h"
#include "extract/site_name.h"
#include "text/affixes.h"
#include "extract/url.h"
#include "html/ascii.h"
#include "json/json_reader.h"
#include "text/normalize.h"

namespace pith::extract {
namespace {

using html::Node;
using html::Tag;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

void set_once(std::string& field, std::string_view value) {
  if (field.empty()) field = text::normalize_spaces(value);
}

// rel="canonical", rel="author noopener": a space-separated list of keywords, any case.
bool has_rel(const Node& n, std::string_view lower_keyword) {
  const std::string_view* rel = n.attribute("rel");
  if (!rel) return false;
  std::size_t i = 0;
  while (i < rel->size()) {
    while (i < rel->size() && html::ascii::is_space((*rel)[i])) ++i;
    std::size_t start = i;
    while (i < rel->size() && !html::ascii::is_space((*rel)[i])) ++i;
    if (i > start && html::ascii::iequals(std::string_view(*rel).substr(start, i - start), lower_keyword)) return true;
  }
  return false;
}

bool is_author_key(std::string_view k) {
  return k == "author" || k == "article:author" || k == "parsely-author" || k == "dc.creator" || k == "sailthru.author";
}

bool is_date_key(std::string_view k) {
  return k == "article:published_time" || k == "datepublished" || k == "og:published_time" ||
         k == "parsely-pub-date" || k == "dc.date" || k == "date" || k == "pubdate" || k == "sailthru.date";
}

// A rel=author link's byline: its parent and grandparent, which the other links of the same byline
// share ("By <a>A</a> and <a>B</a>", or each link wrapped in its own <span>).
struct BylinePlace {
  std::uint32_t parent = html::kNoNode;
  std::uint32_t grandparent = html::kNoNode;
  bool shares(const BylinePlace& o) const {
    return parent == o.parent || parent == o.grandparent || grandparent == o.parent || grandparent == o.grandparent;
  }
};

[[gnu::noinline]] BylinePlace place_of(const html::Tree& tree, std::uint32_t i) {
  BylinePlace p;
  p.parent = tree[i].parent;
  if (p.parent != html::kNoNode) p.grandparent = tree[p.parent].parent;
  if (p.grandparent == html::kNoNode) p.grandparent = p.parent;
  return p;
}

// The first candidate, in order of trust, that resolves to an absolute http(s) URL. An empty value
// is no address (a browser would read it as the page itself).
std::string first_address(std::initializer_list<const std::vector<std::string>*> sources, std::string_view base) {
  for (const std::vector<std::string>* list : sources) {
    for (const std::string& ref : *list) {
      if (text::normalize_spaces(ref).empty()) continue;
      if (auto url = resolve_url(ref, base)) return *url;
    }
  }
  return "";
}

// <base href> resolved against the page's address; the address alone without one.
[[gnu::noinline]] std::string base_url(const std::string_view* base_href, std::string_view page_url) {
  if (base_href) {
    if (auto b = resolve_url(*base_href, page_url)) return *b;
  }
  return resolve_url(page_url).value_or("");
}

// Reads `count` digits at `at` as a number, or -1.
int digits_at(std::string_view s, std::size_t at, std::size_t count) {
  if (at + count > s.size()) return -1;
  int n = 0;
  for (std::size_t i = at; i < at + count; ++i) {
    if (!is_digit(s[i])) return -1;
    n = n * 10 + (s[i] - '0');
  }
  return n;
}

// The time and zone after an ISO date, written the one ISO 8601 way ("T08:30:10-06:00"), or ""
// when they are not a time. Pages write the same instant many ways — "2019-11-19 02:24:00",
// "…T13:16:49+0000", "… 08:30:10 -0600", "… 17:19:53 GMT" — and a reader of the document's
// `published` should not have to.
[[gnu::noinline]] std::string iso_time(std::string_view rest) {
  if (rest.size() < 6 || (rest[0] != 'T' && rest[0] != ' ')) return "";
  int hour = digits_at(rest, 1, 2);
  int minute = rest.size() > 3 && rest[3] == ':' ? digits_at(rest, 4, 2) : -1;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return "";
  std::size_t at = 6;
  if (at < rest.size() && rest[at] == ':') {
    int second = digits_at(rest, at + 1, 2);
    if (second < 0 || second > 60) return "";
    at += 3;
    if (at < rest.size() && (rest[at] == '.' || rest[at] == ',')) {
      std::size_t end = at + 1;
      while (end < rest.size() && is_digit(rest[end])) ++end;
      if (end == at + 1) return "";
      at = end;
    }
  }
  std::string out = "T";
  out.append(rest.substr(1, at - 1));
  for (char& c : out) c = c == ',' ? '.' : c;  // "08:30:10,5": the decimal comma ISO allows
  std::string_view zone = rest.substr(at);
  if (!zone.empty() && zone[0] == ' ') zone.remove_prefix(1);
  if (zone.empty()) return out;
  if (zone == "Z" || zone == "UTC" || zone == "GMT") return out + "Z";
  if (zone[0] != '+' && zone[0] != '-') return "";
  int zh = digits_at(zone, 1, 2);
  int zm = zone.size() == 3 ? 0 : digits_at(zone, zone.size() == 6 && zone[3] == ':' ? 4 : 3, 2);
  bool shape = zone.size() == 3 || zone.size() == 5 || (zone.size() == 6 && zone[3] == ':');
  if (!shape || zh < 0 || zh > 14 || zm < 0 || zm > 59) return "";
  out += zone[0];
  out.append(zone.substr(1, 2));
  out += ':';
  out += static_cast<char>('0' + zm / 10);
  out += static_cast<char>('0' + zm % 10);
  return out;
}

}  // namespace

std::string iso_date(std::string_view value) {
  std::string v = text::normalize_spaces(value);
  // Already ISO 8601 (or close): keep the timestamp, which parse_date_line would cut to the day,
  // written the standard way; a tail that is no time is dropped.
  int month = digits_at(v, 5, 2);
  int day = digits_at(v, 8, 2);
  if (digits_at(v, 0, 4) >= 0 && v.size() >= 10 && v[4] == '-' && v[7] == '-' && month >= 1 && month <= 12 &&
      day >= 1 && day <= 31) {
    return v.substr(0, 10) + iso_time(std::string_view(v).substr(10));
  }
  if (auto d = parse_date_line(v)) return *d;
  return "";
}

namespace {

// What the walk over the page gathers before the sources are weighed against one another.
struct Sources {
  std::string og_title, twitter_title, ld_headline, time_datetime, application_name;
  std::vector<std::string> h1s;  // the first few <h1> texts, spaces normalised: which part of a title is the headline
  std::vector<std::string> home_links;  // the first few links to the site's root ("/"): its logo or name
  const std::string_view* base_href = nullptr;
  std::vector<std::string> canonical_links, og_urls, og_images, twitter_images, ld_urls, ld_images;
  // Authors: the page's first structured source that names someone — every <meta> of that name
  // (pages list co-authors as repeated tags), or JSON-LD's author — else the rel=author links.
  std::string author_key;
  std::vector<std::string> meta_authors, ld_authors, rel_authors;
  bool ld_authors_first = false;
  std::optional<BylinePlace> rel_byline;
};

// The walk visits every node of the page and hands the few elements that carry metadata to the
// readers below. Each reader is its own function so that V8 optimises the walk without them: with
// them inlined it was the module's largest function (CMakeLists.txt on warm-up has the sizes, from
// node bench/tierup.mjs).
[[gnu::noinline]] void read_meta(const Node& n, Sources& s, HtmlMetadata& m) {
  const std::string_view* content = n.attribute("content");
  if (!content) return;
  const std::string_view* key = n.attribute("property");
  if (!key) key = n.attribute("name");
  if (!key) key = n.attribute("itemprop");
  if (!key) return;
  // Compared as a view: a std::string against a literal is a library call per compare, and
  // every <meta> goes down the list.
  const std::string lower_key = text::ascii_lower(*key);
  std::string_view k = lower_key;
  if (k == "og:title") set_once(s.og_title, *content);
  else if (k == "twitter:title") set_once(s.twitter_title, *content);
  else if (is_author_key(k)) {
    std::vector<std::string> names = names_in(*content);
    if (!names.empty() && (s.author_key.empty() || s.author_key == k)) {
      s.author_key = k;
      add_names(s.meta_authors, names);
    }
  } else if (is_date_key(k)) {
    if (m.published.empty()) m.published = iso_date(*content);
  } else if (k == "og:site_name") {
    set_once(m.site_name, *content);
  } else if (k == "application-name") {
    // Last in line: some pages fill it with the story's headline (an aggregator's pages).
    set_once(s.application_name, *content);
  } else if (k == "og:locale" && m.language.empty()) {
    m.language = text::normalize_spaces(*content);
    for (char& c : m.language) if (c == '_') c = '-';
  } else if (k == "og:url") {
    s.og_urls.emplace_back(*content);
  } else if (k == "og:image" || k == "og:image:url" || k == "og:image:secure_url") {
    s.og_images.emplace_back(*content);
  } else if (k == "twitter:image" || k == "twitter:image:src") {
    s.twitter_images.emplace_back(*content);
  } else if (k == "og:type") {
    std::string type = text::ascii_lower(text::normalize_spaces(*content));
    if (type == "product" || type == "og:product" || type == "product.item") m.product = true;
  }
}

[[gnu::noinline]] void read_ld_script(const html::Tree& tree, std::uint32_t i, Sources& s, HtmlMetadata& m) {
  const std::string_view* type = tree[i].attribute("type");
  // Cleaning only merges spaces and drops bytes; it adds no ASCII byte: a type shorter than the
  // name ("text/javascript", "module") cannot clean up to it, and is let go uncopied.
  constexpr std::string_view kLd = "application/ld+json";
  if (!type || type->size() < kLd.size() || !html::ascii::iequals(text::normalize_spaces(*type), kLd)) return;
  json::ReadResult r = json::read_json(html::text_content(tree, i));
  if (!r.ok) return;
  JsonLdArticle ld = read_json_ld(r.value);
  if (ld.article_body.size() > m.article_body.size()) m.article_body = std::move(ld.article_body);
  m.product = m.product || ld.product;
  m.discussion = m.discussion || ld.discussion;
  if (ld.product_description.size() > m.product_description.size()) {
    m.product_description = std::move(ld.product_description);
  }
  if (m.published.empty()) m.published = ld.published;
  if (s.ld_headline.empty()) s.ld_headline = ld.headline;
  if (m.site_name.empty()) m.site_name = ld.site_name;
  if (s.ld_authors.empty() && !ld.authors.empty()) {
    s.ld_authors = std::move(ld.authors);
    s.ld_authors_first = s.meta_authors.empty();
  }
  for (std::string& u : ld.urls) s.ld_urls.push_back(std::move(u));
  for (std::string& u : ld.images) s.ld_images.push_back(std::move(u));
}

[[gnu::noinline]] void read_author_link(const html::Tree& tree, std::uint32_t i, Sources& s) {
  // Links of one byline only: a page's other rel=author links credit other stories.
  BylinePlace place = place_of(tree, i);
  if (s.rel_byline && !s.rel_byline->shares(place)) return;
  std::vector<std::string> names = names_in(html::text_content(tree, i));
  if (names.empty()) return;
  if (!s.rel_byline) s.rel_byline = place;
  add_names(s.rel_authors, names);
}

// An <h1> in the site's header, outside any story: the site's name as its logo, not a headline.
bool in_site_header(const html::Tree& tree, std::uint32_t i) {
  bool header = false;
  for (std::uint32_t a = tree[i].parent; a != html::kNoNode && !header; a = tree[a].parent) header = tree[a].is(Tag::Header);
  return header && !html::in_story(tree, i);
}

// A word of `name` (three letters or more) is in the address's host: "Stack Overflow" on
// stackoverflow.com, "BBC News" on www.bbc.co.uk.
bool names_host(std::string_view name, std::string_view address) {
  const std::string h = text::ascii_lower(url_host(address));
  if (h.empty() || name.empty()) return false;
  std::string squashed;
  std::string word;
  auto word_in_host = [&] {
    constexpr std::size_t kShortest = 3;
    bool hit = word.size() >= kShortest && word != "the" && word != "and" && word != "www" &&
               h.find(word) != std::string::npos;
    word.clear();
    return hit;
  };
  for (char c : text::ascii_lower(name)) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      word.push_back(c);
      squashed.push_back(c);
    } else if (word_in_host()) {
      return true;
    }
  }
  return word_in_host() || (!squashed.empty() && h.find(squashed) != std::string::npos);
}

// schema.org's "…/DiscussionForumPosting" or "…/QAPage" as an element's itemtype. Not on a story's
// comment section (<section id="comments" itemtype="…/DiscussionForumPosting">): the page is the
// story.
bool declares_discussion(const Node& n) {
  const std::string_view* type = n.attribute("itemtype");
  if (!type || !(text::ends_with(*type, "/DiscussionForumPosting") || text::ends_with(*type, "/QAPage"))) return false;
  for (const char* name : {"id", "class"}) {
    const std::string_view* v = n.attribute(name);
    if (v && text::ascii_lower(*v).find("comment") != std::string::npos) return false;
  }
  return true;
}

// The sources weighed: which title, authors, addresses and site name the page gets.
[[gnu::noinline]] void settle(Sources& s, std::string_view page_url, HtmlMetadata& m) {
  if (m.published.empty()) m.published = s.time_datetime;
  const std::vector<std::string>& first = s.ld_authors_first ? s.ld_authors : s.meta_authors;
  const std::vector<std::string>& second = s.ld_authors_first ? s.meta_authors : s.ld_authors;
  m.authors = !first.empty() ? first : !second.empty() ? second : s.rel_authors;
  m.byline = join_names(m.authors);
  std::string base = base_url(s.base_href, page_url);
  m.canonical_url = first_address({&s.canonical_links, &s.og_urls, &s.ld_urls}, base);
  m.image_url = first_address({&s.og_images, &s.twitter_images, &s.ld_images}, base);
  bool headline = false;
  for (const std::string* t : {&s.og_title, &s.twitter_title, &s.ld_headline, &m.title_tag}) {
    headline = headline || text::normalize_spaces(*t) == text::normalize_spaces(s.application_name);
  }
  if (m.site_name.empty() && !headline) m.site_name = s.application_name;
  m.site_name = clean_site_name(m.site_name, !m.canonical_url.empty() ? m.canonical_url : base);
  for (std::string* t : {&s.og_title, &s.twitter_title, &s.ld_headline}) {
    if (m.title.empty() && !t->empty()) m.title = headline_from_title_tag(*t, s.h1s, m.site_name);
  }
  if (m.title.empty()) {
    m.title = headline_from_title_tag(m.title_tag, s.h1s, m.site_name);
    m.title_from_tag = !m.title.empty();
  }
  // The title's other part as the site, when something vouches for it: the page's address names it
  // ("Wikipedia" on en.wikipedia.org), or, with no address, the page's <h1> is the headline it was
  // cut from. Without either, a slogan or a section came in ("Official Site", "Free Shipping*").
  if (m.site_name.empty()) {
    const std::string& address = !m.canonical_url.empty() ? m.canonical_url : base;
    std::string candidate = site_from_title_tag(m.title_tag, m.title);
    bool vouched = address.empty() ? std::find(s.h1s.begin(), s.h1s.end(), m.title) != s.h1s.end()
                                   : names_host(candidate, address);
    // The site's home link says it ("<a href="/">Reddit</a>").
    for (const std::string& home : s.home_links) vouched = vouched || html::ascii::iequals(home, text::ascii_lower(candidate));
    if (vouched) m.site_name = clean_site_name(candidate, address);
  }
}

}  // namespace

HtmlMetadata read_metadata(const html::Tree& tree, std::string_view page_url) {
  HtmlMetadata m;
  Sources s;
  if (tree.html != html::kNoNode) {
    if (const std::string_view* lang = tree[tree.html].attribute("lang")) m.language = text::normalize_spaces(*lang);
  }
  for (std::uint32_t i = 0; i != html::kNoNode; i = html::next_node(tree, i, 0)) {
    const Node& n = tree[i];
    if (!n.is_element()) continue;
    switch (n.tag) {
      case Tag::Title:
        if (!n.foreign && m.title_tag.empty()) m.title_tag = text::normalize_spaces(html::text_content(tree, i));
        break;
      case Tag::Meta: read_meta(n, s, m); break;
      case Tag::Script: read_ld_script(tree, i, s, m); break;
      case Tag::Time:
        if (s.time_datetime.empty()) {
          if (const std::string_view* dt = n.attribute("datetime")) s.time_datetime = iso_date(*dt);
        }
        break;
      case Tag::Link:
        if (const std::string_view* href = n.attribute("href"); href && has_rel(n, "canonical")) {
          s.canonical_links.emplace_back(*href);
        }
        break;
      case Tag::Base:
        if (!s.base_href) s.base_href = n.attribute("href");
        break;
      case Tag::H1:
        if (constexpr std::size_t kHeadings = 4; s.h1s.size() < kHeadings && !in_site_header(tree, i)) {
          s.h1s.push_back(text::normalize_spaces(html::text_content(tree, i)));
        }
        break;
      case Tag::A:
        if (has_rel(n, "author")) read_author_link(tree, i, s);
        // The site's name as its home link says it (at most a few: the logo comes first).
        if (const std::string_view* href = n.attribute("href"); href && is_home_href(*href) && s.home_links.size() < 4) {
          s.home_links.push_back(text::normalize_spaces(html::text_content(tree, i)));
        }
        break;
      // Microdata's item around the posts (NodeBB, Discourse, Stack Exchange put it on a <div> or
      // the <body>).
      case Tag::Div: case Tag::Body: case Tag::Main: case Tag::Article: case Tag::Section:
        if (!m.discussion) m.discussion = declares_discussion(n);
        break;
      default: break;
    }
  }
  settle(s, page_url, m);
  return m;
}

}  // namespace pith::extract
