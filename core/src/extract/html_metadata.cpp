#include "extract/html_metadata.h"

#include <utility>
#include <vector>

#include "extract/bylines.h"
#include "extract/dates.h"
#include "extract/headline.h"
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

// JSON-LD "author": a string, an object with "name", or an array of either → "A and B".
std::string author_names(const json::Value& v) {
  std::vector<std::string> names;
  auto add = [&](const json::Value& one) {
    if (one.is_string()) names.push_back(text::normalize_spaces(one.string));
    if (const json::Value* n = one.find("name"); n && n->is_string()) names.push_back(text::normalize_spaces(n->string));
  };
  if (v.is_array()) {
    for (const json::Value& item : v.items) add(item);
  } else {
    add(v);
  }
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (names[i].empty()) continue;
    if (!out.empty()) out += i + 1 == names.size() ? " and " : ", ";
    out += names[i];
  }
  return out;
}

// Fields of the JSON-LD objects that describe the article. Objects nest (@graph, mainEntity),
// so they are visited with an explicit stack.
void read_json_ld(const json::Value& root, HtmlMetadata& m, std::string& headline) {
  std::vector<const json::Value*> stack{&root};
  while (!stack.empty()) {
    const json::Value* v = stack.back();
    stack.pop_back();
    if (v->is_array()) {
      for (auto it = v->items.rbegin(); it != v->items.rend(); ++it) stack.push_back(&*it);
      continue;
    }
    if (!v->is_object()) continue;
    const json::Value* body = v->find("articleBody");
    const json::Value* published = v->find("datePublished");
    if (body && body->is_string() && body->string.size() > m.article_body.size()) m.article_body = body->string;
    if (published && published->is_string() && m.published.empty()) m.published = iso_date(published->string);
    if (published || body) {
      if (const json::Value* h = v->find("headline"); h && h->is_string()) set_once(headline, h->string);
      if (const json::Value* a = v->find("author"); a && m.byline.empty()) m.byline = author_names(*a);
      if (const json::Value* p = v->find("publisher")) {
        if (const json::Value* n = p->find("name"); n && n->is_string()) set_once(m.site_name, n->string);
      }
    }
    for (const json::Member& member : v->members) {
      if (member.value.is_array() || member.value.is_object()) stack.push_back(&member.value);
    }
  }
}

}  // namespace

std::string iso_date(std::string_view value) {
  std::string v = text::normalize_spaces(value);
  // Already ISO 8601: keep the timestamp, which parse_date_line would cut to the day.
  if (v.size() >= 10 && is_digit(v[0]) && is_digit(v[3]) && v[4] == '-' && is_digit(v[5]) && v[7] == '-' &&
      is_digit(v[8]) && is_digit(v[9])) {
    return v.size() > 32 ? v.substr(0, 10) : v;
  }
  if (auto d = parse_date_line(v)) return *d;
  return "";
}

HtmlMetadata read_metadata(const html::Tree& tree) {
  HtmlMetadata m;
  std::string og_title, twitter_title, ld_headline, rel_author, time_datetime;
  if (tree.html != html::kNoNode) {
    if (const std::string* lang = tree[tree.html].attribute("lang")) m.language = text::normalize_spaces(*lang);
  }
  for (std::uint32_t i = 0; i != html::kNoNode; i = html::next_node(tree, i, 0)) {
    const Node& n = tree[i];
    if (!n.is_element()) continue;
    if (n.tag == Tag::Title && !n.foreign && m.title_tag.empty()) {
      m.title_tag = text::normalize_spaces(html::text_content(tree, i));
    } else if (n.tag == Tag::Meta) {
      const std::string* content = n.attribute("content");
      if (!content) continue;
      const std::string* key = n.attribute("property");
      if (!key) key = n.attribute("name");
      if (!key) key = n.attribute("itemprop");
      if (!key) continue;
      std::string k;
      for (char c : *key) k.push_back(html::ascii::lower(c));
      if (k == "og:title") set_once(og_title, *content);
      else if (k == "twitter:title") set_once(twitter_title, *content);
      else if (k == "author" || k == "article:author" || k == "parsely-author" || k == "dc.creator" || k == "sailthru.author") {
        // article:author is often a profile URL, not a name.
        if (content->find("://") == std::string::npos) set_once(m.byline, *content);
      } else if (k == "article:published_time" || k == "datepublished" || k == "og:published_time" ||
                 k == "parsely-pub-date" || k == "dc.date" || k == "date" || k == "pubdate" || k == "sailthru.date") {
        if (m.published.empty()) m.published = iso_date(*content);
      } else if (k == "og:site_name" || k == "application-name") {
        set_once(m.site_name, *content);
      } else if (k == "og:locale" && m.language.empty()) {
        m.language = text::normalize_spaces(*content);
        for (char& c : m.language) if (c == '_') c = '-';
      }
    } else if (n.tag == Tag::Script) {
      const std::string* type = n.attribute("type");
      if (!type || !html::ascii::iequals(text::normalize_spaces(*type), "application/ld+json")) continue;
      json::ReadResult r = json::read_json(html::text_content(tree, i));
      if (r.ok) read_json_ld(r.value, m, ld_headline);
    } else if (n.tag == Tag::Time && time_datetime.empty()) {
      if (const std::string* dt = n.attribute("datetime")) time_datetime = iso_date(*dt);
    } else if (rel_author.empty() && (n.tag == Tag::A || n.tag == Tag::Link)) {
      const std::string* rel = n.attribute("rel");
      if (rel && *rel == "author" && n.tag == Tag::A) {
        std::string name = text::normalize_spaces(html::text_content(tree, i));
        if (name.size() < 80) rel_author = name;
      }
    }
  }
  if (m.published.empty()) m.published = time_datetime;
  if (m.byline.empty()) m.byline = rel_author;
  if (auto b = parse_byline(m.byline)) m.byline = b->names;  // "By Ann Lee" → "Ann Lee"
  for (std::string* t : {&og_title, &twitter_title, &ld_headline}) {
    if (m.title.empty() && !t->empty()) m.title = headline_from_title_tag(*t);
  }
  if (m.title.empty()) m.title = headline_from_title_tag(m.title_tag);
  return m;
}

}  // namespace pith::extract
