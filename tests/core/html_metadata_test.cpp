// Page metadata beyond title and date: the canonical address, the lead image and the authors, each
// from every place pages put them, in order of trust, on small pages written for the rule.
#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

#include "extract/authors.h"
#include "extract/headline.h"
#include "fixtures.h"
#include "pith/pith.h"

using namespace pith;
using Names = std::vector<std::string>;

namespace {

const std::string kStory =
    "<p>The ferry service to the outer islands will run twice a day from May, the transport board said on "
    "Thursday, after a winter in which storms cancelled more than forty crossings.</p>"
    "<p>Islanders had asked for a second daily sailing for years, saying a single boat left them stranded "
    "whenever the weather turned, and that doctors and teachers could not plan their weeks.</p>"
    "<p>The board said a second vessel leased from a mainland operator would cover the extra crossings "
    "until a new boat is delivered, which is expected in two years.</p>";

const std::string kPage = "https://news.example.com/region/2025/ferry-service.html";

// `top` goes at the top of the article, where bylines stand.
Document read_html_page(const std::string& head, const std::string& top = "", const std::string& url = "") {
  ReadOptions options;
  options.format = Format::Html;
  options.url = url;
  return read("<html><head>" + head + "</head><body><article>" + top + kStory + "</article></body></html>", options);
}

std::string json_ld(const std::string& object) { return "<script type=application/ld+json>" + object + "</script>"; }

}  // namespace

// --- canonical URL --------------------------------------------------------------------------------

TEST(CanonicalUrl, FromEachSourceAlone) {
  EXPECT_EQ(read_html_page("<link rel=canonical href='https://news.example.com/ferry'>").canonical_url,
            "https://news.example.com/ferry");
  EXPECT_EQ(read_html_page("<meta property=og:url content='https://news.example.com/og'>").canonical_url,
            "https://news.example.com/og");
  EXPECT_EQ(read_html_page(json_ld(R"({"@type":"NewsArticle","headline":"Ferry","url":"https://news.example.com/ld"})"))
                .canonical_url,
            "https://news.example.com/ld");
  // mainEntityOfPage as a string, and as the WebPage node that names itself by @id.
  EXPECT_EQ(read_html_page(json_ld(R"({"@type":"Article","mainEntityOfPage":"https://news.example.com/main"})"))
                .canonical_url,
            "https://news.example.com/main");
  EXPECT_EQ(read_html_page(json_ld(R"({"@type":"NewsArticle","datePublished":"2025-03-01",)"
                                   R"("mainEntityOfPage":{"@type":"WebPage","@id":"https://news.example.com/id"}})"))
                .canonical_url,
            "https://news.example.com/id");
  EXPECT_EQ(read_html_page("").canonical_url, "");
}

// The script's type may have spaces around it; a type shorter than "application/ld+json" is let
// go before it is cleaned, and no other type is read.
TEST(CanonicalUrl, JsonLdScriptTypeWithSpaces) {
  const std::string object = R"({"@type":"NewsArticle","url":"https://news.example.com/ld"})";
  EXPECT_EQ(read_html_page("<script type=' application/ld+json\t'>" + object + "</script>").canonical_url,
            "https://news.example.com/ld");
  EXPECT_EQ(read_html_page("<script type='application/json'>" + object + "</script>").canonical_url, "");
  EXPECT_EQ(read_html_page("<script type='ld+json'>" + object + "</script>").canonical_url, "");
  EXPECT_EQ(read_html_page("<script type='application/ld+json5'>" + object + "</script>").canonical_url, "");
}

// MIME types are case-insensitive: the tree dropped the text of a script typed
// "application/LD+JSON", as it drops program text, before the metadata reader could see it.
TEST(CanonicalUrl, JsonLdScriptTypeInAnyCase) {
  const std::string object = R"({"@type":"NewsArticle","url":"https://news.example.com/ld"})";
  EXPECT_EQ(read_html_page("<script type='application/LD+JSON'>" + object + "</script>").canonical_url,
            "https://news.example.com/ld");
  EXPECT_EQ(read_html_page("<script type='Application/Ld+Json'>" + object + "</script>").canonical_url,
            "https://news.example.com/ld");
}

TEST(CanonicalUrl, LinkBeatsOgUrlBeatsJsonLd) {
  const std::string link = "<link rel='Canonical' href='https://news.example.com/link'>";
  const std::string og = "<meta property=og:url content='https://news.example.com/og'>";
  const std::string ld = json_ld(R"({"@type":"NewsArticle","url":"https://news.example.com/ld"})");
  // Document order does not matter: the JSON-LD and og:url come first here.
  EXPECT_EQ(read_html_page(ld + og + link).canonical_url, "https://news.example.com/link");
  EXPECT_EQ(read_html_page(ld + og).canonical_url, "https://news.example.com/og");
}

TEST(CanonicalUrl, JsonLdUrlOfTheArticleNotOfTheSiteOrPublisher) {
  // A typical @graph: the WebSite's url is the home page and the publisher's is its own site.
  Document doc = read_html_page(json_ld(
      R"({"@context":"https://schema.org","@graph":[)"
      R"({"@type":"WebSite","url":"https://news.example.com/","name":"Island News"},)"
      R"({"@type":"Organization","url":"https://group.example.org/","logo":{"url":"https://news.example.com/logo.png"}},)"
      R"({"@type":"NewsArticle","headline":"Ferry","mainEntityOfPage":{"@id":"https://news.example.com/ferry"},)"
      R"("publisher":{"@type":"Organization","name":"Island News","url":"https://group.example.org/"}}]})"));
  EXPECT_EQ(doc.canonical_url, "https://news.example.com/ferry");
  EXPECT_EQ(doc.image_url, "");  // the logo is not the lead image
}

TEST(CanonicalUrl, RelativeHrefsResolveAgainstThePageAddress) {
  Document doc = read_html_page("<link rel=canonical href='/region/ferry?ref=rss#top'>", "", kPage);
  EXPECT_EQ(doc.canonical_url, "https://news.example.com/region/ferry?ref=rss#top");
  EXPECT_EQ(read_html_page("<link rel=canonical href='../2024/../2025/ferry'>", "", kPage).canonical_url,
            "https://news.example.com/region/2025/ferry");
  EXPECT_EQ(read_html_page("<link rel=canonical href='//amp.example.com/ferry'>", "", kPage).canonical_url,
            "https://amp.example.com/ferry");
}

TEST(CanonicalUrl, BaseHrefComesBeforeThePageAddress) {
  // An absolute <base>: the page address is not needed.
  EXPECT_EQ(read_html_page("<base href='https://static.example.net/site/'><link rel=canonical href='ferry'>")
                .canonical_url,
            "https://static.example.net/site/ferry");
  // A relative <base> resolves against the page address first.
  EXPECT_EQ(read_html_page("<base href='/archive/'><link rel=canonical href='ferry'>", "", kPage).canonical_url,
            "https://news.example.com/archive/ferry");
  // A <base> that is no address leaves the page address in charge.
  EXPECT_EQ(read_html_page("<base href='javascript:void(0)'><link rel=canonical href='ferry'>", "", kPage)
                .canonical_url,
            "https://news.example.com/region/2025/ferry");
}

TEST(CanonicalUrl, RelativeWithoutAnyBaseFallsToTheNextSource) {
  // Pasted HTML has no address: the relative link cannot be placed, og:url can.
  Document doc = read_html_page("<link rel=canonical href='/ferry'><meta property=og:url content='https://x.example/f'>");
  EXPECT_EQ(doc.canonical_url, "https://x.example/f");
  EXPECT_EQ(read_html_page("<link rel=canonical href='/ferry'>").canonical_url, "");
  // A page address that is not http(s) (a saved file) resolves nothing either.
  EXPECT_EQ(read_html_page("<link rel=canonical href='/ferry'>", "", "file:///home/me/ferry.html").canonical_url, "");
}

TEST(CanonicalUrl, UnsafeOrEmptyValuesAreSkipped) {
  Document doc = read_html_page(
      "<link rel=canonical href='javascript:alert(document.cookie)'>"
      "<meta property=og:url content='data:text/html,<script>alert(1)</script>'>" +
          json_ld(R"({"@type":"Article","url":"https://news.example.com/safe"})"),
      "", kPage);
  EXPECT_EQ(doc.canonical_url, "https://news.example.com/safe");
  // An empty href would resolve to the page itself; the page named nothing.
  EXPECT_EQ(read_html_page("<link rel=canonical href=''><meta property=og:url content='  '>", "", kPage).canonical_url, "");
  EXPECT_EQ(read_html_page("<link rel=canonical href='mailto:desk@example.com'>", "", kPage).canonical_url, "");
  EXPECT_EQ(read_html_page("<link rel=canonical href='https://user:pw@news.example.com/'>").canonical_url, "");
}

// --- lead image -----------------------------------------------------------------------------------

TEST(ImageUrl, OgImageBeatsTwitterImageBeatsJsonLd) {
  const std::string og = "<meta property=og:image content='https://img.example.com/og.jpg'>";
  const std::string tw = "<meta name=twitter:image content='https://img.example.com/tw.jpg'>";
  const std::string ld = json_ld(R"({"@type":"NewsArticle","image":"https://img.example.com/ld.jpg"})");
  EXPECT_EQ(read_html_page(ld + tw + og).image_url, "https://img.example.com/og.jpg");
  EXPECT_EQ(read_html_page(ld + tw).image_url, "https://img.example.com/tw.jpg");
  EXPECT_EQ(read_html_page(ld).image_url, "https://img.example.com/ld.jpg");
  EXPECT_EQ(read_html_page("<meta property=og:image:secure_url content='https://img.example.com/s.jpg'>").image_url,
            "https://img.example.com/s.jpg");
  EXPECT_EQ(read_html_page("<meta name=twitter:image:src content='https://img.example.com/t.jpg'>").image_url,
            "https://img.example.com/t.jpg");
}

TEST(ImageUrl, JsonLdImageAsStringObjectOrArray) {
  EXPECT_EQ(read_html_page(json_ld(R"({"@type":"BlogPosting","image":{"@type":"ImageObject",)"
                                   R"("url":"https://img.example.com/obj.jpg","width":1200}})"))
                .image_url,
            "https://img.example.com/obj.jpg");
  EXPECT_EQ(read_html_page(json_ld(R"({"@type":"NewsArticle","image":[)"
                                   R"("https://img.example.com/16x9.jpg","https://img.example.com/4x3.jpg"]})"))
                .image_url,
            "https://img.example.com/16x9.jpg");
  EXPECT_EQ(read_html_page(json_ld(R"({"@type":"NewsArticle","image":[{"@id":"#primaryimage"},)"
                                   R"({"@type":"ImageObject","contentUrl":"/media/ferry.jpg"}]})"),
                           "", kPage)
                .image_url,
            "https://news.example.com/media/ferry.jpg");
}

TEST(ImageUrl, RelativeImagesResolveAndUnsafeOnesAreSkipped) {
  EXPECT_EQ(read_html_page("<meta property=og:image content='images/ferry.jpg'>", "", kPage).image_url,
            "https://news.example.com/region/2025/images/ferry.jpg");
  EXPECT_EQ(read_html_page("<meta property=og:image content='images/ferry.jpg'>").image_url, "");
  Document doc = read_html_page(
      "<meta property=og:image content='data:image/png;base64,iVBORw0KGgo='>"
      "<meta name=twitter:image content=' JaVaScRiPt:alert(1)'>"
      "<meta name=twitter:image content='//cdn.example.net/ferry.jpg'>",
      "", kPage);
  EXPECT_EQ(doc.image_url, "https://cdn.example.net/ferry.jpg");
}

// --- authors --------------------------------------------------------------------------------------

TEST(Authors, SingleMetaAuthorKeepsTheByline) {
  Document doc = read_html_page("<meta name=author content='Sarah Arnold'>");
  EXPECT_EQ(doc.byline, "Sarah Arnold");
  EXPECT_EQ(doc.authors, Names{"Sarah Arnold"});
}

TEST(Authors, JsonLdAuthorArray) {
  Document doc = read_html_page(json_ld(
      R"({"@type":"NewsArticle","datePublished":"2025-03-01","author":[)"
      R"({"@type":"Person","name":"Ann Lee","url":"https://news.example.com/staff/ann-lee"},)"
      R"({"@type":"Person","name":"Bo Park"},"Cy Ode",{"@id":"#/schema/person/9"}]})"));
  EXPECT_EQ(doc.authors, (Names{"Ann Lee", "Bo Park", "Cy Ode"}));
  EXPECT_EQ(doc.byline, "Ann Lee, Bo Park and Cy Ode");
}

TEST(Authors, RepeatedMetaAuthorTags) {
  Document doc = read_html_page(
      "<meta name=author content='Ann Lee'><meta name=author content='Bo Park'>"
      "<meta name=author content='ann lee'>"  // the same person again
      "<meta name=parsely-author content='Lee, Ann'>");  // another key's spelling: not mixed in
  EXPECT_EQ(doc.authors, (Names{"Ann Lee", "Bo Park"}));
  EXPECT_EQ(doc.byline, "Ann Lee and Bo Park");
}

TEST(Authors, OneMetaValueListingSeveralPeople) {
  EXPECT_EQ(read_html_page("<meta name=author content='By Ann Lee and Bo Park'>").authors, (Names{"Ann Lee", "Bo Park"}));
  EXPECT_EQ(read_html_page("<meta name=author content='Ann Lee, Bo Park and Cy Ode'>").authors,
            (Names{"Ann Lee", "Bo Park", "Cy Ode"}));
}

TEST(Authors, WhatNamesNobodyIsDropped) {
  // A profile URL, a placeholder and an empty value come before the real name.
  Document doc = read_html_page(
      "<meta property=article:author content='https://www.facebook.com/annlee'>"
      "<meta name=author content='Staff'><meta name=author content=''>"
      "<meta name=dc.creator content='Ann Lee'>");
  EXPECT_EQ(doc.authors, Names{"Ann Lee"});
  EXPECT_EQ(doc.byline, "Ann Lee");
  Document nobody = read_html_page("<meta name=author content='admin'><meta name=author content='desk@example.com'>");
  EXPECT_EQ(nobody.byline, "");
  EXPECT_TRUE(nobody.authors.empty());
}

TEST(Authors, TheFirstStructuredSourceWins) {
  const std::string meta = "<meta name=author content='Ann Lee'>";
  const std::string ld = json_ld(R"({"@type":"NewsArticle","datePublished":"2025-03-01","author":[)"
                                 R"({"name":"Bo Park"},{"name":"Cy Ode"}]})");
  EXPECT_EQ(read_html_page(meta + ld).authors, Names{"Ann Lee"});
  EXPECT_EQ(read_html_page(ld + meta).authors, (Names{"Bo Park", "Cy Ode"}));
}

TEST(Authors, RelAuthorLinksOfOneByline) {
  Document doc = read_html_page(
      "",
      "<header><p class=byline>By <a rel=author href=/staff/ann>Ann Lee</a> and "
      "<span><a rel='author noopener' href=/staff/bo>Bo Park</a></span></p></header>"
      "<aside><ul><li><a href=/other>Another story</a> <a rel=author href=/staff/dee>Dee Rowe</a></li></ul></aside>");
  EXPECT_EQ(doc.authors, (Names{"Ann Lee", "Bo Park"}));
  EXPECT_EQ(doc.byline, "Ann Lee and Bo Park");
}

TEST(Authors, BylineClassWithSeveralPeople) {
  Document doc = read_html_page("", "<div class=byline>By Ann Lee, Bo Park and Cy Ode</div>");
  EXPECT_EQ(doc.authors, (Names{"Ann Lee", "Bo Park", "Cy Ode"}));
  EXPECT_EQ(doc.byline, "Ann Lee, Bo Park and Cy Ode");
  Document one = read_html_page("", "<div class=byline>By Sarah Arnold</div>");
  EXPECT_EQ(one.authors, Names{"Sarah Arnold"});
}

TEST(Authors, PlainTextBylineFillsAuthors) {
  ReadOptions text;
  text.format = Format::Text;
  Document doc = read(
      "Ferry Service To Run Twice A Day\n\nBy Ann Lee and Bo Park\n\n"
      "The ferry service to the outer islands will run twice a day from May, the transport board said on Thursday.\n\n"
      "Islanders had asked for a second daily sailing for years, saying a single boat left them stranded.\n",
      text);
  EXPECT_EQ(doc.byline, "Ann Lee and Bo Park");
  EXPECT_EQ(doc.authors, (Names{"Ann Lee", "Bo Park"}));
}

TEST(Authors, NamesInOneValue) {
  using extract::names_in;
  EXPECT_EQ(names_in("Reuters"), Names{"Reuters"});  // an agency is a credit, though not a person's name
  EXPECT_EQ(names_in("by The Associated Press"), Names{"The Associated Press"});
  EXPECT_EQ(names_in("Jane Doe, Staff Writer"), Names{"Jane Doe"});
  EXPECT_EQ(names_in("Ann  Lee | Reuters"), Names{"Ann Lee"});
  for (const char* nobody : {"", "   ", "@annlee", "www.example.com/ann", "/staff/ann-lee", "ann@example.com",
                             "Anonymous", "UNKNOWN", "Staff Writer", "123456789", "jdoe42", "mlopezq6vkpg2ma0ci",
                             "content: Harbour Desk, design: Ann Lee, code: Bo Park"}) {
    EXPECT_TRUE(names_in(nobody).empty()) << nobody;
  }
  // The kind of piece before "by", and the role after the comma.
  EXPECT_EQ(names_in("Analysis by Ann Lee, Gazette Editor-at-large"), Names{"Ann Lee"});
  EXPECT_EQ(names_in("Opinion by Bo Park"), Names{"Bo Park"});
  EXPECT_EQ(names_in("Story by Ann Lee and Bo Park"), (Names{"Ann Lee", "Bo Park"}));
  EXPECT_TRUE(names_in(std::string(200, 'a')).empty());
}

// --- through the public faces ---------------------------------------------------------------------

TEST(PageMetadata, JsonCarriesTheNewFields) {
  Document doc = read_html_page(
      "<link rel=canonical href='/ferry'><meta property=og:image content='/ferry.jpg'>"
      "<meta name=author content='Ann Lee'><meta name=author content='Bo Park'>",
      "<nav><a href=/>Home</a> <a href=/news>News</a> <a href=/sport>Sport</a></nav>", kPage);
  std::string json = to_json(doc);
  EXPECT_NE(json.find(R"("authors":["Ann Lee","Bo Park"])"), std::string::npos) << json;
  EXPECT_NE(json.find(R"("canonicalUrl":"https://news.example.com/ferry")"), std::string::npos) << json;
  EXPECT_NE(json.find(R"("imageUrl":"https://news.example.com/ferry.jpg")"), std::string::npos) << json;
  // Restoring a removed piece keeps them.
  ASSERT_FALSE(doc.removed.empty());
  auto restored = restore_removed(doc, 0);
  ASSERT_TRUE(restored);
  EXPECT_EQ(restored->authors, doc.authors);
  EXPECT_EQ(restored->canonical_url, doc.canonical_url);
  EXPECT_EQ(restored->image_url, doc.image_url);
}

TEST(PageMetadata, ParsePageUrl) {
  EXPECT_EQ(parse_page_url("HTTPS://News.Example.com").value_or(""), "https://news.example.com/");
  EXPECT_FALSE(parse_page_url("news.example.com/story"));
  EXPECT_FALSE(parse_page_url("file:///tmp/story.html"));
  EXPECT_FALSE(parse_page_url(""));
}

// --- bad input ------------------------------------------------------------------------------------

TEST(PageMetadata, HugeAndNestedValuesStayLinear) {
  // Hundreds of nested rel=author links over 10 MB of text: each would copy all of it.
  std::string nested;
  for (int i = 0; i < 400; ++i) nested += "<span><a rel=author href=/a>";
  for (int i = 0; i < 200000; ++i) nested += "Fifty bytes of text inside the author links here. ";
  const std::string million(1000000, 'a');
  auto t0 = std::chrono::steady_clock::now();
  Document doc = read_html_page("<link rel=canonical href='https://example.org/" + million + "'>"
                                "<meta property=og:image content='/" + million + "'>"
                                "<meta name=author content='" + million + "'>",
                                nested, kPage);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  EXPECT_EQ(doc.canonical_url, "");
  EXPECT_EQ(doc.image_url, "");
  EXPECT_TRUE(doc.authors.empty());
  EXPECT_LT(secs, 5.0);  // a hang guard: the quadratic walk took minutes
}

// --- published date ---------------------------------------------------------------------------------

TEST(PublishedDate, TimestampsAreWrittenTheOneIso8601Way) {
  // Pages write the same instant many ways in article:published_time; the document says it in one.
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"2019-11-19T13:03:00.000Z", "2019-11-19T13:03:00.000Z"},
      {"2019-11-19T09:01:42+05:30", "2019-11-19T09:01:42+05:30"},
      {"2019-11-19 02:24:00", "2019-11-19T02:24:00"},
      {"2019-11-20T09:29:08+0000", "2019-11-20T09:29:08+00:00"},
      {"2019-11-19T13:16+0000", "2019-11-19T13:16+00:00"},
      {"2025-12-02 08:30:10 -0600", "2025-12-02T08:30:10-06:00"},
      {"2019-11-18 17:19:53 GMT", "2019-11-18T17:19:53Z"},
      {"2024-05-09 00:00:00 +0000", "2024-05-09T00:00:00+00:00"},
      {"2021-06-01T10:00:00,5+02", "2021-06-01T10:00:00.5+02:00"},
      {"2019-11-18", "2019-11-18"},
      // What follows the day is not a time: the day alone.
      {"2019-11-18 by the desk", "2019-11-18"},
      {"2019-11-18T25:00:00Z", "2019-11-18"},
      {"2019-11-18T10:00:00 Eastern", "2019-11-18"},
      {"March 16, 2025", "2025-03-16"},
  };
  for (const auto& [value, expected] : cases) {
    Document doc = read_html_page("<meta property=article:published_time content=\"" + value + "\">");
    EXPECT_EQ(doc.published, expected) << value;
  }
  // Not a date at all (month 13): nothing.
  EXPECT_EQ(read_html_page("<meta property=article:published_time content=\"2019-13-45\">").published, "");
}

TEST(PublishedDate, JsonLdAndTimeElementAreWrittenTheSameWay) {
  EXPECT_EQ(read_html_page(json_ld(R"({"@type":"NewsArticle","datePublished":"2020-03-11 14:49:33"})")).published,
            "2020-03-11T14:49:33");
  EXPECT_EQ(read_html_page("", "<time datetime=\"2023-04-18T14:30:28-0700\">April 18</time>").published,
            "2023-04-18T14:30:28-07:00");
}

// --- site name --------------------------------------------------------------------------------------

TEST(SiteName, TaglinesAndAddressesAreCut) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Harbour Gazette", "Harbour Gazette"},
      {"https://www.harbourgazette.example/", "harbourgazette.example"},
      {"www.harbourgazette.example", "harbourgazette.example"},
      {"Stacy Lane Consulting - MBA Admissions Consulting", "Stacy Lane Consulting"},
      {"Harbour Gazette | News for the islands since 1963", "Harbour Gazette"},
      {"World Choir Festival \xE2\x80\x94 US Edition", "World Choir Festival"},
      // A long slogan first: the part naming the site's own host (news.example is the page's).
      {"Thoughts about ferries, islands and the weather out there | Example News", "Example News"},
      // A long name with no part naming the host, or no separator: as written.
      {"Thoughts about ferries, islands and the weather out there | Harbour Gazette",
       "Thoughts about ferries, islands and the weather out there | Harbour Gazette"},
      {"Harvard Medical School Professional, Corporate, and Continuing Education",
       "Harvard Medical School Professional, Corporate, and Continuing Education"},
      {"Hewlett-Packard", "Hewlett-Packard"},
  };
  for (const auto& [declared, expected] : cases) {
    Document doc = read_html_page("<meta property=og:site_name content=\"" + declared + "\">", "", kPage);
    EXPECT_EQ(doc.site_name, expected) << declared;
  }
}

TEST(SiteName, OgSiteNameBeatsApplicationNameWhichIsNeverTheHeadline) {
  // An aggregator's pages: application-name holds the story's headline, og:site_name the site.
  const std::string headline = "The ferry that nearly sank: how the crew brought it home";
  EXPECT_EQ(read_html_page("<meta name=application-name content=\"" + headline + "\">"
                           "<meta property=og:site_name content=\"Harbour Gazette\">").site_name,
            "Harbour Gazette");
  EXPECT_EQ(read_html_page("<meta property=og:title content=\"" + headline + "\">"
                           "<meta name=application-name content=\"" + headline + "\">").site_name,
            "");
  EXPECT_EQ(read_html_page("<meta name=application-name content=\"Harbour Gazette\">").site_name, "Harbour Gazette");
  EXPECT_EQ(read_html_page(json_ld(R"({"@type":"NewsArticle","datePublished":"2025-03-16","publisher":{"@type":"Organization","name":"Gazette Group"}})") +
                           "<meta name=application-name content=\"Harbour App\">").site_name,
            "Gazette Group");
}

// A page that declares no site name names it in its title: the part that is not the headline.
TEST(SiteName, TheTitlesOtherPartWhenNoneIsDeclared) {
  using extract::site_from_title_tag;
  EXPECT_EQ(site_from_title_tag("Lighthouse of Alexandria - Wikipedia", "Lighthouse of Alexandria"), "Wikipedia");
  EXPECT_EQ(site_from_title_tag("Budget passes | Politics | The Daily Planet", "Budget passes"), "The Daily Planet");
  EXPECT_EQ(site_from_title_tag("Daily Planet | Budget passes after a night of talks",
                                "Budget passes after a night of talks"),
            "Daily Planet");
  EXPECT_EQ(site_from_title_tag("Smart Bitches, Trashy Books - Review: The Duke", "Review: The Duke"),
            "Smart Bitches, Trashy Books");
  // Not a name: a subtitle that lists things, a title that is the headline alone, a long rest.
  EXPECT_EQ(site_from_title_tag("ML Software Ranking 2025 | Reviews, Features, Pricing", "ML Software Ranking 2025"), "");
  EXPECT_EQ(site_from_title_tag("Home Insurance Guide | Coverage Types, Costs & Savings", "Home Insurance Guide"), "");
  EXPECT_EQ(site_from_title_tag("Budget passes", "Budget passes"), "");
  EXPECT_EQ(site_from_title_tag("Budget passes - and the mayor says the library will stay open all year", "Budget passes"), "");
  // Vouched for by the page's address, or with none by the <h1> the headline was cut from.
  EXPECT_EQ(read_html_page("<title>Ferry service to run twice daily - Harbour Gazette</title>", "",
                           "https://www.harbourgazette.example/ferry").site_name,
            "Harbour Gazette");
  EXPECT_EQ(read_html_page("<title>Ferry service to run twice daily - Harbour Gazette</title>",
                           "<h1>Ferry service to run twice daily</h1>").site_name,
            "Harbour Gazette");
  // Found by review: a slogan, a section or a page number is no site name.
  EXPECT_EQ(read_html_page("<title>Ferry service to run twice daily - Free Shipping on Orders</title>", "",
                           "https://www.harbourgazette.example/ferry").site_name,
            "");
  EXPECT_EQ(read_html_page("<title>Ferry service to run twice daily - Page 3</title>").site_name, "");
  // The site's home link says it.
  EXPECT_EQ(read_html_page("<title>Reddit - The heart of the internet</title>", "<a href=/>Reddit</a>").site_name,
            "Reddit");
  EXPECT_EQ(read_html_page("<title>Ferry service to run twice daily - Harbour Gazette</title>"
                           "<meta property=og:site_name content=\"The Gazette\">").site_name,
            "The Gazette");
}

// --- title ----------------------------------------------------------------------------------------

TEST(Title, SiteLabelsComeOffTheHeadline) {
  using extract::headline_from_title_tag;
  EXPECT_EQ(headline_from_title_tag("Budget passes | The Daily Planet"), "Budget passes");
  EXPECT_EQ(headline_from_title_tag("Healthy Eating Plate \xE2\x80\xA2 The Nutrition Desk"), "Healthy Eating Plate");
  EXPECT_EQ(headline_from_title_tag("Ferry timetable \xC2\xB7 Harbour Gazette"), "Ferry timetable");
  EXPECT_EQ(headline_from_title_tag("Daily Planet | Budget passes after a night of talks in the chamber"),
            "Budget passes after a night of talks in the chamber");
  EXPECT_EQ(headline_from_title_tag("No separator at all here"), "No separator at all here");
  // Tag, headline, site: the longer rest is read again.
  EXPECT_EQ(headline_from_title_tag("c++ - Why is reading lines from stdin much slower in C++ than Python? - Stack Overflow"),
            "Why is reading lines from stdin much slower in C++ than Python?");
  EXPECT_EQ(headline_from_title_tag("Daily Planet | Politics - Budget passes after a night of talks in the chamber"),
            "Budget passes after a night of talks in the chamber");
  // A dash between numbers is a range or a score, not a separator.
  EXPECT_EQ(headline_from_title_tag("Player - Squad 2024 - 2025"), "Squad 2024 - 2025");
  EXPECT_EQ(headline_from_title_tag("Top 11 Console Makers | 2025"), "Top 11 Console Makers");
}

// "Page - Site Name" where the page's <h1> is the first part: a short page name is the headline, not
// the longer site name after it (a book's chapter "box_take - The Rust Unstable Book"). A headline
// holding " - " that the <h1> repeats whole stays whole; a site's name in a logo <h1> is not taken.
TEST(Title, FirstPartTheHeadingRepeatsIsTheHeadline) {
  EXPECT_EQ(read_html_page("<title>box_take - The Rust Unstable Book</title>", "<h1>box_take</h1>").title, "box_take");
  EXPECT_EQ(read_html_page("<title>Budget - The Daily Planet Evening Edition</title>", "<h1>Budget</h1>").title, "Budget");
  EXPECT_EQ(read_html_page("<title>Lille - Lyon: the late goal that decided the title</title>",
                           "<h1>Lille - Lyon: the late goal that decided the title</h1>").title,
            "Lille - Lyon: the late goal that decided the title");
  EXPECT_EQ(read_html_page("<title>Daily Planet | Budget passes after a night of talks in the chamber</title>"
                           "<meta property=og:site_name content=\"Daily Planet\">",
                           "<h1>Daily Planet</h1>").title,
            "Budget passes after a night of talks in the chamber");
  // Found by review: the site's logo in an <h1> of the page header is not the headline.
  EXPECT_EQ(read("<html><head><title>Acme | Rebuilding our data pipeline quickly</title></head><body><header><h1 "
                 "class=site-title><a href=/>Acme</a></h1></header><article><h2>Rebuilding our data pipeline "
                 "quickly</h2>" + kStory + "</article></body></html>", ReadOptions{Format::Html}).title,
            "Rebuilding our data pipeline quickly");
  // No heading to go by: the longer part after a short one is still taken for the headline.
  EXPECT_EQ(read_html_page("<title>Daily Planet | Budget passes after a night of talks in the chamber</title>").title,
            "Budget passes after a night of talks in the chamber");
}

// Found by review: separators of other writing systems and plugins, and a paginated story's place.
TEST(Title, YoastChineseAndJapaneseSeparatorsAndPageCounters) {
  using extract::headline_from_title_tag;
  using extract::site_from_title_tag;
  EXPECT_EQ(headline_from_title_tag("Wildfire forces evacuation of 30,000 \xC2\xBB Pacific Ledger"),
            "Wildfire forces evacuation of 30,000");
  EXPECT_EQ(site_from_title_tag("Wildfire forces evacuation of 30,000 \xC2\xBB Pacific Ledger",
                                "Wildfire forces evacuation of 30,000"),
            "Pacific Ledger");
  // 邮轮完成首航_新闻频道_华东日报网: headline, channel, site.
  const std::string zh = "\xE9\x82\xAE\xE8\xBD\xAE\xE5\xAE\x8C\xE6\x88\x90\xE9\xA6\x96\xE8\x88\xAA_"
                         "\xE6\x96\xB0\xE9\x97\xBB\xE9\xA2\x91\xE9\x81\x93_\xE5\x8D\x8E\xE4\xB8\x9C\xE6\x97\xA5\xE6\x8A\xA5\xE7\xBD\x91";
  EXPECT_EQ(headline_from_title_tag(zh), "\xE9\x82\xAE\xE8\xBD\xAE\xE5\xAE\x8C\xE6\x88\x90\xE9\xA6\x96\xE8\x88\xAA");
  EXPECT_EQ(site_from_title_tag(zh, "\xE9\x82\xAE\xE8\xBD\xAE\xE5\xAE\x8C\xE6\x88\x90\xE9\xA6\x96\xE8\x88\xAA"),
            "\xE5\x8D\x8E\xE4\xB8\x9C\xE6\x97\xA5\xE6\x8A\xA5\xE7\xBD\x91");
  // An identifier's underscore is its own.
  EXPECT_EQ(headline_from_title_tag("std_vec_deque docs"), "std_vec_deque docs");
  // 日銀、利上げを決定 ｜ 東都新聞 (a full-width bar between ideographic spaces).
  EXPECT_EQ(headline_from_title_tag("\xE5\x88\xA9\xE4\xB8\x8A\xE3\x81\x92\xE3\x82\x92\xE6\xB1\xBA\xE5\xAE\x9A"
                                    "\xE3\x80\x80\xEF\xBD\x9C\xE3\x80\x80\xE6\x9D\xB1\xE9\x83\xBD\xE6\x96\xB0\xE8\x81\x9E"),
            "\xE5\x88\xA9\xE4\xB8\x8A\xE3\x81\x92\xE3\x82\x92\xE6\xB1\xBA\xE5\xAE\x9A");
  EXPECT_EQ(headline_from_title_tag("The 10 Greatest Comebacks in Tennis History - Page 1 of 3 | CourtSide"),
            "The 10 Greatest Comebacks in Tennis History");
  EXPECT_EQ(headline_from_title_tag("Die besten Radwege - Seite 2"), "Die besten Radwege");
  // Not a counter: a name that starts with the word.
  EXPECT_EQ(headline_from_title_tag("Budget talks for the new year - Page Street"), "Budget talks for the new year");
}

// Found by review: "Site - Short headline" over an <h1> that gives the headline whole.
TEST(Title, SiteFirstTitleWhoseRestBeginsTheHeading) {
  using extract::headline_from_title_tag;
  const std::vector<std::string> h1 = {"wildfire forces evacuation of 30,000 in northern california"};
  EXPECT_EQ(headline_from_title_tag("Pacific Ledger - Wildfire forces evacuation", h1), "Wildfire forces evacuation");
  EXPECT_EQ(headline_from_title_tag("Pacific Ledger - Wildfire forces evacuation"), "Pacific Ledger");
  // A docs page's book title in an <h1> of its own, whole, is not taken over the chapter's name.
  EXPECT_EQ(headline_from_title_tag("Ownership rules - The Rust Programming Language",
                                    {"the rust programming language", "what is ownership?"}),
            "Ownership rules");
  // Read whole: the <h1> that opens the article then gives the headline in full.
  EXPECT_EQ(read_html_page("<title>Pacific Ledger - Wildfire forces evacuation</title>",
                           "<h1>Wildfire forces evacuation of 30,000 in Northern California</h1>").title,
            "Wildfire forces evacuation of 30,000 in Northern California");
}

// Found by review: a <title> shortened for search over the <h1> that gives the headline whole: the
// <h1> is the title, and is not shown again as the article's first heading.
TEST(Title, TheFullerHeadlineOfTheOpeningHeadingWins) {
  Document doc = read("<html><head><title>Senate passes water bill | The Daily Ledger</title></head><body><article>"
                      "<h1>Senate passes sweeping water-rights bill after months of gridlock</h1>" + kStory +
                      "</article></body></html>", ReadOptions{Format::Html});
  EXPECT_EQ(doc.title, "Senate passes sweeping water-rights bill after months of gridlock");
  ASSERT_FALSE(doc.blocks.empty());
  EXPECT_NE(doc.blocks[0].kind, BlockKind::Heading);
  EXPECT_TRUE(pith::testing::removed_holding(doc, Reason::Title, "sweeping water-rights"));
  // A heading that does not open as the title does stays a heading.
  Document other = read("<html><head><title>Senate passes water bill | The Daily Ledger</title></head><body>"
                        "<article><h1>What the new water rules mean for farms</h1>" + kStory + "</article></body></html>",
                        ReadOptions{Format::Html});
  EXPECT_EQ(other.title, "Senate passes water bill");
}

// Found on a university page: the site's name opens its <h1> too; the title's rest is that name.
TEST(Title, TheSitesNameBeginningTheHeadingIsNotTheHeadline) {
  using extract::headline_from_title_tag;
  EXPECT_EQ(headline_from_title_tag("Online Tuition and Financing | Liberty University",
                                    {"liberty university online programs"}, "Liberty University Online"),
            "Online Tuition and Financing");
}

// Found over the bench pages: an og:title is the headline the site chose to give; a longer <h1>
// beside it ("Best Drip Coffee Maker 2026" over an <h1> in capitals with more words) does not replace it.
TEST(Title, AnOgTitleIsNotReplacedByALongerHeading) {
  Document doc = read("<html><head><title>Senate passes water bill | The Daily Ledger</title><meta property=og:title "
                      "content=\"Senate passes water bill\"></head><body><article><h1>Senate passes sweeping "
                      "water-rights bill after months of gridlock</h1>" + kStory + "</article></body></html>",
                      ReadOptions{Format::Html});
  EXPECT_EQ(doc.title, "Senate passes water bill");
}
