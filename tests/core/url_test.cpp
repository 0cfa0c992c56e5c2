// The URL resolver behind canonicalUrl and imageUrl: browser-style resolution of what pages write.
#include <gtest/gtest.h>

#include <string>

#include "extract/url.h"

namespace {

using pith::extract::kMaxUrl;
using pith::extract::resolve_url;

constexpr const char* kBase = "https://news.example.com/world/europe/story.html?id=7#top";

std::string resolved(const std::string& ref, const std::string& base = kBase) {
  return resolve_url(ref, base).value_or("<none>");
}

TEST(Url, AbsoluteHttpUrlsAreKeptAndNormalised) {
  EXPECT_EQ(resolved("https://example.org/a/b", ""), "https://example.org/a/b");
  EXPECT_EQ(resolved("HTTP://Example.ORG/Path/To", ""), "http://example.org/Path/To");
  EXPECT_EQ(resolved("https://example.org", ""), "https://example.org/");
  EXPECT_EQ(resolved("  https://example.org/x \n", ""), "https://example.org/x");
  EXPECT_EQ(resolved("https://example.org/x", kBase), "https://example.org/x");  // the base does not matter
}

TEST(Url, PortsAreCheckedAndDefaultsDropped) {
  EXPECT_EQ(resolved("http://example.org:80/a", ""), "http://example.org/a");
  EXPECT_EQ(resolved("https://example.org:443/a", ""), "https://example.org/a");
  EXPECT_EQ(resolved("https://example.org:8443/a", ""), "https://example.org:8443/a");
  EXPECT_EQ(resolved("http://example.org:0080/a", ""), "http://example.org/a");
  EXPECT_EQ(resolved("http://example.org:/a", ""), "http://example.org/a");
  EXPECT_EQ(resolved("http://example.org:99999/a", ""), "<none>");
  EXPECT_EQ(resolved("http://example.org:8o/a", ""), "<none>");
  EXPECT_EQ(resolved("http://[2001:db8::1]:8080/a", ""), "http://[2001:db8::1]:8080/a");
  EXPECT_EQ(resolved("http://[2001:db8::zz]/a", ""), "<none>");
}

TEST(Url, RelativePathsJoinTheBaseDirectory) {
  EXPECT_EQ(resolved("photo.jpg"), "https://news.example.com/world/europe/photo.jpg");
  EXPECT_EQ(resolved("./photo.jpg"), "https://news.example.com/world/europe/photo.jpg");
  EXPECT_EQ(resolved("../photo.jpg"), "https://news.example.com/world/photo.jpg");
  EXPECT_EQ(resolved("../../../../photo.jpg"), "https://news.example.com/photo.jpg");  // not above the root
  EXPECT_EQ(resolved("img/../img/./a.jpg"), "https://news.example.com/world/europe/img/a.jpg");
  EXPECT_EQ(resolved(".."), "https://news.example.com/world/");
  EXPECT_EQ(resolved("."), "https://news.example.com/world/europe/");
  EXPECT_EQ(resolved("a/%2e%2E/b"), "https://news.example.com/world/europe/b");  // encoded dots count
  EXPECT_EQ(resolved("story", "https://example.org"), "https://example.org/story");
}

TEST(Url, RootRelativeAndProtocolRelative) {
  EXPECT_EQ(resolved("/images/lead.jpg"), "https://news.example.com/images/lead.jpg");
  EXPECT_EQ(resolved("/a/../b"), "https://news.example.com/b");
  EXPECT_EQ(resolved("//cdn.example.net/x.jpg"), "https://cdn.example.net/x.jpg");
  EXPECT_EQ(resolved("//cdn.example.net/x.jpg", "http://example.org/"), "http://cdn.example.net/x.jpg");
  EXPECT_EQ(resolved("\\\\cdn.example.net\\x.jpg"), "https://cdn.example.net/x.jpg");  // browsers read \ as /
}

TEST(Url, QueryAndFragment) {
  EXPECT_EQ(resolved("?page=2"), "https://news.example.com/world/europe/story.html?page=2");
  EXPECT_EQ(resolved("#comments"), "https://news.example.com/world/europe/story.html?id=7#comments");
  EXPECT_EQ(resolved(""), "https://news.example.com/world/europe/story.html?id=7");
  EXPECT_EQ(resolved("other.html?a=1&b=2#x"), "https://news.example.com/world/europe/other.html?a=1&b=2#x");
  EXPECT_EQ(resolved("other.html?"), "https://news.example.com/world/europe/other.html?");
  // A '?' inside the fragment belongs to it; a '/' in the query does not start a path.
  EXPECT_EQ(resolved("a#b?c"), "https://news.example.com/world/europe/a#b?c");
  EXPECT_EQ(resolved("a?b/../c"), "https://news.example.com/world/europe/a?b/../c");
}

TEST(Url, SchemeRelativeForms) {
  // "https:x" is relative to an https base; with another base browsers take the host from it.
  EXPECT_EQ(resolved("https:other.html"), "https://news.example.com/world/europe/other.html");
  EXPECT_EQ(resolved("http:example.org/x"), "http://example.org/x");
}

TEST(Url, UnsafeCharactersArePercentEncoded) {
  EXPECT_EQ(resolved("https://example.org/a b/\"c\"<d>?q=a b#f g", ""),
            "https://example.org/a%20b/%22c%22%3Cd%3E?q=a%20b#f%20g");
  EXPECT_EQ(resolved("https://example.org/caf\xC3\xA9", ""), "https://example.org/caf%C3%A9");
  EXPECT_EQ(resolved("https://example.org/a%20b", ""), "https://example.org/a%20b");  // not encoded twice
  EXPECT_EQ(resolved("https://exa\nmple.org/x\t", ""), "https://example.org/x");
}

TEST(Url, OtherSchemesAreRefused) {
  for (const char* ref : {"javascript:alert(1)", "JavaScript:alert(1)", " java\nscript:alert(1)", "data:image/png;base64,AAAA",
                          "mailto:a@example.org", "ftp://example.org/x", "file:///etc/passwd", "vbscript:x",
                          "blob:https://example.org/1", "chrome://settings"}) {
    EXPECT_EQ(resolved(ref), "<none>") << ref;
  }
}

TEST(Url, RelativeReferencesNeedABase) {
  EXPECT_EQ(resolved("/images/lead.jpg", ""), "<none>");
  EXPECT_EQ(resolved("//cdn.example.net/x.jpg", ""), "<none>");
  EXPECT_EQ(resolved("photo.jpg", "not a url"), "<none>");
  EXPECT_EQ(resolved("photo.jpg", "file:///home/me/page.html"), "<none>");
  EXPECT_EQ(resolved("photo.jpg", "/relative/base"), "<none>");
}

TEST(Url, MalformedHostsAreRefused) {
  for (const char* ref : {"https://", "https:///x", "https://exa mple.org/", "https://a<b.org/", "https://a|b/",
                          "https://bank.example@evil.example/", "https://user:pw@example.org/", "https://%41.org/",
                          "https://[::1/"}) {
    EXPECT_EQ(resolved(ref, ""), "<none>") << ref;
  }
}

TEST(Url, OverlongReferencesAreRefused) {
  std::string near = "https://example.org/" + std::string(kMaxUrl - 20, 'a');
  EXPECT_EQ(resolved(near, ""), near);
  EXPECT_EQ(resolved(near + "a", ""), "<none>");
  // Growth by percent-encoding counts too.
  EXPECT_EQ(resolved("https://example.org/" + std::string(kMaxUrl / 2, ' ') + "x", ""), "<none>");
  // Thousands of ".." segments: each climbs or stops at the root.
  std::string dots;
  while (dots.size() + 3 < kMaxUrl) dots += "../";
  EXPECT_EQ(resolved(dots + "x"), "https://news.example.com/x");
}

}  // namespace
