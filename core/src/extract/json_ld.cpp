#include "extract/json_ld.h"

#include "extract/authors.h"
#include "extract/html_metadata.h"
#include "text/affixes.h"
#include "text/normalize.h"

namespace pith::extract {
namespace {

// "author": a string, an object with "name", or an array of either.
std::vector<std::string> author_names(const json::Value& v) {
  std::vector<std::string> names;
  auto add = [&](const json::Value& one) {
    if (one.is_string()) add_names(names, names_in(one.string));
    if (const json::Value* n = one.find("name"); n && n->is_string()) add_names(names, names_in(n->string));
  };
  if (v.is_array()) {
    for (const json::Value& item : v.items) add(item);
  } else {
    add(v);
  }
  return names;
}

using text::ends_with;

// An @type is one name or an array of them: does any satisfy `one`?
template <class One>
bool any_type(const json::Value& type, One one) {
  auto named = [&](const json::Value& t) { return t.is_string() && one(std::string_view(t.string)); };
  if (!type.is_array()) return named(type);
  for (const json::Value& t : type.items) {
    if (named(t)) return true;
  }
  return false;
}

// Article, NewsArticle, BlogPosting, Report, WebPage, ItemPage…: the page's own subject, whose
// url and image are the page's. Organization, Person, WebSite and ImageObject carry other ones
// (a logo, a profile, the home page).
bool is_article_type(const json::Value& type) {
  return any_type(type, [](std::string_view t) {
    return ends_with(t, "Article") || ends_with(t, "Posting") || ends_with(t, "Page") || t == "Report";
  });
}

// A shop's item: its description is the product page's text when the markup leaves it to script.
bool is_product_type(const json::Value& type) {
  return any_type(type, [](std::string_view t) { return t == "Product" || t == "ProductGroup"; });
}

// A forum thread or a question with its answers: the page is the posts.
bool is_discussion_type(const json::Value& type) {
  return any_type(type, [](std::string_view t) { return t == "DiscussionForumPosting" || t == "QAPage"; });
}

// The script's own object says so: its top object, an item of its top array or of an @graph. A
// DiscussionForumPosting nested in an article's "comment" is its readers' thread.
bool declares_discussion(const json::Value& root) {
  auto says = [](const json::Value& v) {
    const json::Value* t = v.is_object() ? v.find("@type") : nullptr;
    return t && is_discussion_type(*t);
  };
  auto top_or_graph = [&](const json::Value& v) {
    if (says(v)) return true;
    const json::Value* graph = v.is_object() ? v.find("@graph") : nullptr;
    if (!graph || !graph->is_array()) return false;
    for (const json::Value& g : graph->items) {
      if (says(g)) return true;
    }
    return false;
  };
  if (!root.is_array()) return top_or_graph(root);
  for (const json::Value& v : root.items) {
    if (top_or_graph(v)) return true;
  }
  return false;
}

// A string, or an object's "url" (or `id_key`, the address a node names itself by).
void add_address(const json::Value& v, std::vector<std::string>& out, const char* id_key) {
  if (v.is_string()) {
    out.push_back(v.string);
  } else if (const json::Value* u = v.find("url"); u && u->is_string()) {
    out.push_back(u->string);
  } else if (const json::Value* c = v.find(id_key); c && c->is_string()) {
    out.push_back(c->string);
  }
}

}  // namespace

// Not inlined: the WebAssembly build keeps the reader's stages as separate functions, which V8
// optimises sooner and with less memory than one large one (CMakeLists.txt, BINARYEN_EXTRA_PASSES).
[[gnu::noinline]] JsonLdArticle read_json_ld(const json::Value& root) {
  JsonLdArticle a;
  a.discussion = declares_discussion(root);
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
    if (body && body->is_string() && body->string.size() > a.article_body.size()) a.article_body = body->string;
    if (published && published->is_string() && a.published.empty()) a.published = iso_date(published->string);
    if (published || body) {
      if (const json::Value* h = v->find("headline"); h && h->is_string() && a.headline.empty()) {
        a.headline = text::normalize_spaces(h->string);
      }
      if (const json::Value* au = v->find("author"); au && a.authors.empty()) a.authors = author_names(*au);
      if (const json::Value* p = v->find("publisher")) {
        if (const json::Value* n = p->find("name"); n && n->is_string() && a.site_name.empty()) {
          a.site_name = text::normalize_spaces(n->string);
        }
      }
    }
    const json::Value* type = v->find("@type");
    if (type && is_product_type(*type)) {
      a.product = true;
      const json::Value* d = v->find("description");
      if (d && d->is_string() && d->string.size() > a.product_description.size()) a.product_description = d->string;
    }
    if (published || body || (type && is_article_type(*type))) {
      if (const json::Value* u = v->find("url"); u && u->is_string()) a.urls.push_back(u->string);
      // mainEntityOfPage is the page itself, often as {"@type": "WebPage", "@id": "https://…"}.
      if (const json::Value* m = v->find("mainEntityOfPage")) add_address(*m, a.urls, "@id");
      if (const json::Value* img = v->find("image")) {
        if (img->is_array()) {
          for (const json::Value& one : img->items) add_address(one, a.images, "contentUrl");
        } else {
          add_address(*img, a.images, "contentUrl");
        }
      }
    }
    for (const json::Member& member : v->members) {
      if (member.value.is_array() || member.value.is_object()) stack.push_back(&member.value);
    }
  }
  return a;
}

}  // namespace pith::extract
