// The DOM extractor, one rule per test, on small pages written for the rule.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "extract/html_reader.h"
#include "fixtures.h"
#include "html_pages.h"
#include "pith/read.h"
#include "text/utf8.h"

using namespace pith;
using pith::testing::has_block;
using pith::testing::joined_blocks;
using pith::testing::kStory;
using pith::testing::read_page;
using pith::testing::removed_with;

TEST(HtmlReader, LinkDenseNavigationIsDroppedWithItsReason) {
  Document doc = read_page(
      "<body><div><ul class=menu><li><a href=/a>Home</a><li><a href=/b>World</a><li><a href=/c>Sport</a></ul></div>"
      "<div class=story>" + kStory + "<div><a href=/1>Other story one</a> <a href=/2>Other story two</a></div></div></body>");
  EXPECT_TRUE(has_block(doc, "approved the new budget"));
  EXPECT_FALSE(has_block(doc, "Sport"));
  EXPECT_FALSE(has_block(doc, "Other story"));
  EXPECT_FALSE(removed_with(doc, Reason::Navigation).empty());
  EXPECT_FALSE(removed_with(doc, Reason::Related).empty());
}

TEST(HtmlReader, NavAndFooterElementsGiveTheirReasons) {
  Document doc = read_page("<body><nav>Home World Sport</nav><article>" + kStory +
                           "</article><footer>Contact us. Terms of use.</footer></body>");
  EXPECT_EQ(removed_with(doc, Reason::Navigation), std::vector<std::string>{"Home World Sport"});
  EXPECT_EQ(removed_with(doc, Reason::Footer), std::vector<std::string>{"Contact us. Terms of use."});
}

TEST(HtmlReader, HiddenContentIsDropped) {
  Document doc = read_page("<body><article>" + kStory +
                           "<p hidden>Secret one.</p><div style='display: none'>Secret two.</div>"
                           "<p aria-hidden=true>Secret three.</p></article></body>");
  EXPECT_FALSE(has_block(doc, "Secret"));
  EXPECT_EQ(removed_with(doc, Reason::Hidden).size(), 3u);
}

TEST(HtmlReader, HiddenPartsOfRemovedFurnitureAreAccountedFor) {
  // A site menu whose submenus are closed (aria-hidden): the menu is removed as navigation, and
  // the closed submenus' text is listed as hidden rather than vanishing from the account, both
  // inside the reading's container and outside it. Scripts inside are still only counted.
  Document doc = read_page(
      "<body><header><nav><a href=/>Home</a> <a href=/news>News</a>"
      "<div aria-hidden=true><a href=/news/local>Local politics</a> <a href=/news/world>World affairs</a></div>"
      "<script>var menu = 1;</script></nav></header>"
      "<article><nav class=breadcrumb><a href=/>Home</a><ul hidden><li>Section index</li></ul></nav>" + kStory +
      "</article><footer>Contact us.<div style='display:none'>Careers at the paper</div></footer></body>");
  EXPECT_TRUE(has_block(doc, "approved the new budget"));
  std::vector<std::string> hidden = removed_with(doc, Reason::Hidden);
  std::sort(hidden.begin(), hidden.end());
  EXPECT_EQ(hidden, (std::vector<std::string>{"Careers at the paper", "Local politics World affairs", "Section index"}));
  for (const std::string& t : removed_with(doc, Reason::Navigation)) EXPECT_EQ(t.find("Local politics"), std::string::npos);
  EXPECT_EQ(removed_with(doc, Reason::Footer), std::vector<std::string>{"Contact us."});
}

TEST(HtmlReader, LongHiddenTextIsCutAtACharacterAndMarked) {
  // An off-canvas menu of 10 KB: shown up to 4 KB, never cut inside a character, marked as cut.
  std::string menu;
  while (menu.size() < 10000) menu += "Caf\xC3\xA9 ";
  Document doc = read_page("<body><article>" + kStory + "<div hidden>" + menu + "</div></article></body>");
  std::vector<std::string> hidden = removed_with(doc, Reason::Hidden);
  ASSERT_EQ(hidden.size(), 1u);
  EXPECT_LE(hidden[0].size(), 4096u + 3u);
  EXPECT_EQ(hidden[0].substr(hidden[0].size() - 3), "\xE2\x80\xA6");
  EXPECT_EQ(text::find_invalid_utf8(hidden[0]), hidden[0].size());
}

TEST(HtmlReader, ScriptsAreCountedNotShown) {
  Document doc = read_page("<body><article>" + kStory + "<script>var x = 'not text';</script></article></body>");
  EXPECT_FALSE(has_block(doc, "not text"));
  EXPECT_EQ(removed_with(doc, Reason::Script).size(), 1u);
}

TEST(HtmlReader, ArticleBodyMarkerIsPreferred) {
  Document doc = read_page("<body><div class=teasers><p>A long teaser paragraph about something else entirely, with commas, "
                           "clauses, and more words than most teasers have, to tempt the scorer.</p></div>"
                           "<div itemprop=articleBody>" + kStory + "</div></body>");
  EXPECT_TRUE(has_block(doc, "approved the new budget"));
  EXPECT_FALSE(has_block(doc, "teaser"));
}

TEST(HtmlReader, StructureIsKept) {
  Document doc = read_page("<body><article><h2>Budget</h2>" + kStory +
                           "<ul><li>Roads: up 4%</li><li>Schools: up 2%</li></ul>"
                           "<blockquote><p>It is a good day for the town.</p></blockquote></article></body>");
  ASSERT_GE(doc.blocks.size(), 7u);
  EXPECT_EQ(doc.blocks[0].kind, BlockKind::Heading);
  EXPECT_EQ(doc.blocks[0].level, 2);
  EXPECT_EQ(doc.blocks[4].kind, BlockKind::ListItem);
  EXPECT_EQ(doc.blocks[4].text, "Roads: up 4%");
  EXPECT_EQ(doc.blocks[6].kind, BlockKind::Quote);
}

TEST(HtmlReader, PreKeepsItsNewlines) {
  Document doc = read_page("<body><article>" + kStory + "<pre>int main() {\n  return 0;\n}\n</pre></article></body>");
  ASSERT_FALSE(doc.blocks.empty());
  EXPECT_EQ(doc.blocks.back().kind, BlockKind::Code);
  EXPECT_EQ(doc.blocks.back().text, "int main() {\n  return 0;\n}");
}

// The Node.js docs give each example twice in one <pre>, as an ES module and in CommonJS.
TEST(HtmlReader, CodeElementsSideBySideInAPreAreSeparateLines) {
  Document doc = read_page("<body><article>" + kStory +
                           "<pre><code class=mjs>import { a } from 'a';</code><code class=cjs>const { a } = "
                           "require('a');</code></pre><pre><code>one</code>\n<code>two</code></pre></article></body>");
  EXPECT_TRUE(has_block(doc, "import { a } from 'a';\nconst { a } = require('a');"));
  EXPECT_TRUE(has_block(doc, "one\ntwo"));
  EXPECT_FALSE(has_block(doc, "one\n\ntwo"));
}

TEST(HtmlReader, CodeKeepsItsQuotes) {
  // Smart quotes are typography for prose; in code they break the program a reader copies
  // (a Rust book listing came out as String::from(\u201chello\u201d)).
  ReadOptions options;
  options.format = Format::Html;
  for (Quotes q : {Quotes::Smart, Quotes::Ascii}) {
    options.quotes = q;
    Document doc = read("<body><article>" + kStory + "<p>It said \"hello\".</p>"
                        "<pre>let s = String::from(\"hello\"); // it's \xE2\x80\x9Cquoted\xE2\x80\x9D</pre></article></body>",
                        options);
    ASSERT_FALSE(doc.blocks.empty());
    EXPECT_EQ(doc.blocks.back().kind, BlockKind::Code);
    EXPECT_EQ(doc.blocks.back().text, "let s = String::from(\"hello\"); // it's \xE2\x80\x9Cquoted\xE2\x80\x9D");
    if (q == Quotes::Smart) EXPECT_TRUE(has_block(doc, "It said \xE2\x80\x9Chello\xE2\x80\x9D."));
  }
}

namespace {

// The article's last block as read with `quotes`: a paragraph after the story.
std::string last_block(const std::string& paragraph, Quotes quotes) {
  ReadOptions options;
  options.format = Format::Html;
  options.quotes = quotes;
  Document doc = read("<body><article>" + kStory + paragraph + "</article></body>", options);
  return doc.blocks.empty() ? "" : doc.blocks.back().text;
}

}  // namespace

TEST(HtmlReader, InlineCodeKeepsItsQuotes) {
  // Node.js's CLI page: -e "script" in <code> came out curled, and a reader who copied it got
  // a command the shell does not understand. The prose around the code is still styled.
  EXPECT_EQ(last_block("<p>Run <code>node -e \"script\"</code> or add <code>'use strict'</code>; it's \"easy\".</p>",
                       Quotes::Smart),
            "Run node -e \"script\" or add 'use strict'; it\u2019s \u201Ceasy\u201D.");
  // Keyboard input, sample output and teletype text are copied as written too; nested code counts
  // once, and whitespace collapsed before the code does not shift where it lies.
  EXPECT_EQ(last_block("<p>Type \u00A0  \n <kbd>echo 'hi'</kbd>, see <samp>it's</samp>, use <tt>a=\"b\"</tt> "
                       "or <code><code>'x'</code> \"y\"</code>, \"done\".</p>",
                       Quotes::Smart),
            "Type echo 'hi', see it's, use a=\"b\" or 'x' \"y\", \u201Cdone\u201D.");
  // In a list item and a table cell alike.
  EXPECT_EQ(last_block("<ul><li>Set <code>mode = \"fast\"</code> \"now\"</li></ul>", Quotes::Smart),
            "Set mode = \"fast\" \u201Cnow\u201D");
  EXPECT_EQ(last_block("<table><tr><td><code>'a'</code></td><td>'b'</td></tr></table>", Quotes::Smart),
            "'a' | \u2018" "b\u2019");
}

TEST(HtmlReader, InlineCodeKeepsItsTypographicQuotesInAscii) {
  // ascii straightens the prose's quotes; code shows what it holds, curled or not.
  EXPECT_EQ(last_block("<p>The \u201Cprose\u201D and <code>print(\u201Cx\u201D) # it\u2019s</code>.</p>", Quotes::Ascii),
            "The \"prose\" and print(\u201Cx\u201D) # it\u2019s.");
}

TEST(HtmlReader, QuoteAfterInlineCodeIsJudgedByTheCode) {
  // Node's CLI page lists the quotes a value may be wrapped in as code: `"`, `'`. A quote right
  // after code opens or closes by the code's last character, and the code's own quotes stay.
  EXPECT_EQ(last_block("<p>Pass \"<code>'a'</code>\" or \"<code>b</code>\"'s form.</p>", Quotes::Smart),
            "Pass \u201C'a'\u201D or \u201C" "b\u201D\u2019s form.");
  EXPECT_EQ(last_block("<p>Quotes: <code>\"</code>, <code>'</code> or \"<code>`</code>\".</p>", Quotes::Smart),
            "Quotes: \", ' or \u201C`\u201D.");
}

TEST(HtmlReader, InlineCodeAcrossABreakKeepsItsQuotes) {
  // <br><br> inside a code element ends the paragraph: both halves are still code.
  ReadOptions options;
  options.format = Format::Html;
  Document doc = read("<body><article>" + kStory + "<p><code>say \"hi\"<br><br>say \"bye\"</code> \"done\"</p></article></body>",
                      options);
  ASSERT_GE(doc.blocks.size(), 2u);
  EXPECT_EQ(doc.blocks[doc.blocks.size() - 2].text, "say \"hi\"");
  EXPECT_EQ(doc.blocks.back().text, "say \"bye\" \u201Cdone\u201D");
}

TEST(HtmlReader, HighlightedCodeKeepsItsComments) {
  // Syntax highlighters name their spans for token kinds ("hljs-comment", "token comment"): inside
  // code they say nothing about the page, and the code's comments were cut as a comment thread.
  Document doc = read_page("<body><article>" + kStory +
                           "<pre><code><span class=\"hljs-comment\">// Creates a zero-filled buffer.</span>\n"
                           "const buf = <span class=\"token share\">Buffer</span>.alloc(10);</code></pre></article></body>");
  ASSERT_FALSE(doc.blocks.empty());
  EXPECT_EQ(doc.blocks.back().kind, BlockKind::Code);
  EXPECT_EQ(doc.blocks.back().text, "// Creates a zero-filled buffer.\nconst buf = Buffer.alloc(10);");
  EXPECT_TRUE(removed_with(doc, Reason::Comments).empty());
}

TEST(HtmlReader, CaptionOfACodeListingIsText) {
  // A figure of code or a table is titled by its caption ("Listing 4-1: …"), which the text
  // refers to; a photo's caption stays out (FigureCaptionIsRemovedAsCaption).
  Document doc = read_page("<body><article>" + kStory +
                           "<figure><pre>fn main() {\n    let s = 1;\n}</pre>"
                           "<figcaption>Listing 4-1: A variable and the scope in which it is valid</figcaption></figure>"
                           "<figure><picture><img src=a.jpg></picture><figcaption>The town hall at dusk.</figcaption></figure>"
                           "<figure><div class=lazy-image></div><figcaption>The mayor, in a photo a script loads.</figcaption></figure>"
                           "</article></body>");
  EXPECT_TRUE(has_block(doc, "Listing 4-1: A variable and the scope in which it is valid"));
  EXPECT_EQ(removed_with(doc, Reason::Caption),
            (std::vector<std::string>{"The town hall at dusk.", "The mayor, in a photo a script loads."}));
}

TEST(HtmlReader, HeadingPermalinksAreNotText) {
  // Documentation generators put a link to the heading itself after its words: Sphinx "¶",
  // Node's "#", rustdoc's "§". Kept, every heading read "Startup and Code Execution¶".
  Document doc = read_page("<body><article><h2>Startup<a class=headerlink href=#startup title='Link to this heading'>\xC2\xB6</a></h2>" +
                           kStory +
                           "<h3><span><a class=mark href=#buffers id=buffers>#</a></span>Buffers and encodings</h3>"
                           "<h3><a class=doc-anchor href=#examples>\xC2\xA7</a>Examples</h3>"
                           "<p>See <a href=#issue-5>#</a> and <a href=/tags/budget>#budget</a> for more on the budget debate.</p>"
                           "</article></body>");
  ASSERT_GE(doc.blocks.size(), 6u);
  EXPECT_EQ(doc.blocks[0].text, "Startup");
  EXPECT_TRUE(has_block(doc, "\nBuffers and encodings\nExamples\n"));
  EXPECT_TRUE(has_block(doc, "See # and #budget for more"));  // in running text a mark may be a reference
  EXPECT_EQ(removed_with(doc, Reason::Navigation), (std::vector<std::string>{"\xC2\xB6", "#", "\xC2\xA7"}));
}

TEST(HtmlReader, WikiEditLinksAreNotText) {
  // MediaWiki puts "[edit]" inside each heading (before 2024, and many wikis still) or beside it in a
  // wrapper; kept, the headings read "History[edit]" and "[edit]" stood between the sections.
  Document doc = read_page(
      "<body><main><h1>Town hall</h1>" + kStory +
      "<h2><span class=mw-headline id=History>History</span><span class=mw-editsection>"
      "<span class=mw-editsection-bracket>[</span><a href='/w/index.php?action=edit&amp;section=1'>edit</a>"
      "<span class=mw-editsection-bracket>]</span></span></h2>" + kStory +
      "<div class='mw-heading mw-heading2'><h2 id=Building>Building</h2><span class=mw-editsection>[<a "
      "href='/w/index.php?action=edit&amp;section=2'>edit</a>]</span></div>" + kStory +
      "<h2>Notes [<a href=/notes>see list</a>]</h2><p>The clerk [<a href=/clerk>edited</a>] the minutes.</p>"
      "</main></body>");
  EXPECT_TRUE(has_block(doc, "\nHistory\n"));
  EXPECT_TRUE(has_block(doc, "\nBuilding\n"));
  EXPECT_FALSE(has_block(doc, "[edit]"));
  EXPECT_EQ(removed_with(doc, Reason::Navigation), (std::vector<std::string>{"[edit]", "[edit]"}));
  EXPECT_TRUE(has_block(doc, "Notes [see list]"));  // other bracketed links are the heading's words
  // Found by review: beside the heading, two links ("[Bearbeiten | Quelltext bearbeiten]") made the
  // wrapper a list of links, and the heading went with them.
  Document de = read_page("<body><main><h1>Rathaus</h1>" + kStory +
                          "<div class='mw-heading mw-heading2'><h2 id=Geschichte>Geschichte</h2><span "
                          "class=mw-editsection>[<a href='/w/index.php?action=edit&amp;section=1'>Bearbeiten</a> | "
                          "<a href='/w/index.php?action=edit&amp;section=1&amp;source'>Quelltext bearbeiten</a>]"
                          "</span></div>" + kStory + "</main></body>");
  EXPECT_TRUE(has_block(de, "\nGeschichte\n")) << joined_blocks(de);
  EXPECT_EQ(removed_with(de, Reason::Navigation), std::vector<std::string>{"[Bearbeiten | Quelltext bearbeiten]"});
  EXPECT_TRUE(has_block(doc, "The clerk [edited] the minutes."));
}

TEST(HtmlReader, RemovedTextKeepsBlocksApart) {
  // A block's last word and the inline text after it were run together in the removed list:
  // "PricingSign in", "14 tagsGo to file".
  Document doc = read_page("<body><main>" + kStory +
                           "</main><footer><nav><ul><li><a href=/terms>Terms</a></li></ul></nav><a href=/privacy>Privacy</a>"
                           "<div>Contact</div>Help<div><a href=/status>Status</a><a href=/jobs>Jobs</a> "
                           "[<a href=/more>more</a>]</div></footer></body>");
  // Links side by side are a menu's items, set apart by the page's style.
  EXPECT_EQ(removed_with(doc, Reason::Footer), std::vector<std::string>{"Terms Privacy Contact Help Status Jobs [more]"});
}

TEST(HtmlReader, HeadingIdsAreAnchorsNotPageParts) {
  // Generators give each heading an id made from its words; the words are the section's title,
  // not the name of a page part. A section named comments still goes, and so does a heading
  // whose class names a share bar.
  Document doc = read_page("<body><article><h1>Notes on the budget</h1><h2 id=comments-and-whitespace>Comments and whitespace</h2>" + kStory +
                           "<h2 id=what-is-social-media-marketing>What is social media marketing?</h2>" + kStory +
                           "<h3 class=share-title>Share this story</h3></article>"
                           "<section id=comments><p>Great article, thanks, I agree with everything the mayor "
                           "said about the library.</p></section></body>");
  EXPECT_TRUE(has_block(doc, "Comments and whitespace\nThe council approved")) << joined_blocks(doc);
  EXPECT_TRUE(has_block(doc, "What is social media marketing?\nThe council approved")) << joined_blocks(doc);
  EXPECT_FALSE(has_block(doc, "Share this story"));
  EXPECT_FALSE(has_block(doc, "Great article"));
}

TEST(HtmlReader, TableRowsBecomeOneBlockEach) {
  Document doc = read_page("<body><article>" + kStory +
                           "<table><tr><th>Item</th><th>Cost</th></tr><tr><td>Roads</td><td>$4m</td></tr></table>"
                           "</article></body>");
  EXPECT_TRUE(has_block(doc, "Item | Cost\nRoads | $4m"));
}

// A docs page's table of targets, each linked to its platform's page, was removed as related links.
TEST(HtmlReader, DataTableWithALinkColumnIsKept) {
  const std::string rows =
      "<tr><td><code>aarch64-unknown-openbsd</code></td><td>libc++</td>"
      "<td><a href=/arm64.html>64-bit ARM systems of every kind and size</a></td></tr>"
      "<tr><td><code>i686-unknown-openbsd</code></td><td>libc++</td>"
      "<td><a href=/i386.html>Standard PC and clones based on the Intel i386 architecture</a></td></tr>";
  Document data = read_page("<body><article>" + kStory +
                            "<table><thead><tr><th>Target</th><th>Library</th><th>Platform</th></tr></thead>"
                            "<tbody>" + rows + "</tbody></table></article></body>");
  EXPECT_TRUE(has_block(data, "aarch64-unknown-openbsd | libc++ | 64-bit ARM systems"));
  EXPECT_TRUE(has_block(data, "i686-unknown-openbsd | libc++ | Standard PC"));
  // The same rows with no header row: a table of mostly links, still removed.
  Document menu = read_page("<body><article>" + kStory + "<table><tbody>" + rows + "</tbody></table></article></body>");
  EXPECT_FALSE(has_block(menu, "64-bit ARM systems"));
  EXPECT_FALSE(removed_with(menu, Reason::Related).empty());
  // A header row over nothing but links: a menu all the same.
  Document links = read_page("<body><article>" + kStory +
                             "<table><tr><th>More</th></tr><tr><td><a href=/a>First other story</a></td>"
                             "<td><a href=/b>Second other story</a></td></tr></table></article></body>");
  EXPECT_FALSE(has_block(links, "First other story"));
}

TEST(HtmlReader, InlineTextIsJoinedWithCollapsedSpaces) {
  Document doc = read_page("<body><article>" + kStory + "<p>One <b>bold</b>\n   <i>move</i>,<br>then   more.</p></article></body>");
  EXPECT_EQ(doc.blocks.back().text, "One bold move, then more.");
}

TEST(HtmlReader, FigureCaptionIsRemovedAsCaption) {
  Document doc = read_page("<body><article>" + kStory +
                           "<figure><img src=a.jpg><figcaption>The town hall at dusk.</figcaption></figure></article></body>");
  EXPECT_FALSE(has_block(doc, "town hall at dusk"));
  EXPECT_EQ(removed_with(doc, Reason::Caption), std::vector<std::string>{"The town hall at dusk."});
}

TEST(HtmlReader, OpenGraphTitleWinsAndTheHeadlineIsNotRepeated) {
  Document doc = read_page("<head><title>Budget passes | The Daily Planet</title>"
                           "<meta property='og:title' content='Council passes the budget'>"
                           "<meta property='og:site_name' content='The Daily Planet'></head>"
                           "<body><article><h1>Council passes the budget</h1>" + kStory + "</article></body>");
  EXPECT_EQ(doc.title, "Council passes the budget");
  EXPECT_EQ(doc.site_name, "The Daily Planet");
  EXPECT_FALSE(has_block(doc, "Council passes the budget"));
  EXPECT_EQ(removed_with(doc, Reason::Title).size(), 1u);
}

TEST(HtmlReader, TitleTagLosesItsSiteSuffix) {
  Document doc = read_page("<head><title>Budget passes | The Daily Planet</title></head><body><article>" + kStory +
                           "</article></body>");
  EXPECT_EQ(doc.title, "Budget passes");
}

TEST(HtmlReader, BylineFromMetaAuthor) {
  Document doc = read_page("<head><meta name=author content='Sarah Arnold'></head><body><article>" + kStory +
                           "</article></body>");
  EXPECT_EQ(doc.byline, "Sarah Arnold");
}

TEST(HtmlReader, BylineElementIsRemovedAndKept) {
  Document doc = read_page("<body><article><div class=byline>By Sarah Arnold</div>" + kStory + "</article></body>");
  EXPECT_EQ(doc.byline, "Sarah Arnold");
  EXPECT_FALSE(has_block(doc, "Sarah Arnold"));
}

TEST(HtmlReader, PublishedFromJsonLd) {
  Document doc = read_page("<head><script type='application/ld+json'>{\"@context\":\"https://schema.org\","
                           "\"@graph\":[{\"@type\":\"NewsArticle\",\"datePublished\":\"2025-03-16T08:00:00Z\","
                           "\"author\":[{\"name\":\"Ann Lee\"},{\"name\":\"Bo Park\"}]}]}</script></head>"
                           "<body><article>" + kStory + "</article></body>");
  EXPECT_EQ(doc.published, "2025-03-16T08:00:00Z");
  EXPECT_EQ(doc.byline, "Ann Lee and Bo Park");
}

TEST(HtmlReader, PublishedFromMetaAndTimeElement) {
  Document meta = read_page("<head><meta property='article:published_time' content='2024-01-02'></head><body><article>" +
                            kStory + "</article></body>");
  EXPECT_EQ(meta.published, "2024-01-02");
  Document time = read_page("<body><article><time datetime='2023-05-06T10:00'>May 6</time>" + kStory + "</article></body>");
  EXPECT_EQ(time.published, "2023-05-06T10:00");
}

TEST(HtmlReader, JsonLdArticleBodyWhenTheMarkupHasLittle) {
  std::string body(600, 'x');
  body = "First paragraph of the real story, which the page renders with script.\\n" + std::string(520, 'y') + ".";
  Document doc = read_page("<head><script type='application/ld+json'>{\"@type\":\"Article\",\"articleBody\":\"" + body +
                           "\"}</script></head><body><div id=app>Loading…</div></body>");
  ASSERT_EQ(doc.blocks.size(), 2u);
  EXPECT_EQ(doc.blocks[0].text, "First paragraph of the real story, which the page renders with script.");
}

TEST(HtmlReader, LanguageFromHtmlLang) {
  Document doc = read_page("<html lang=de><body><article>" + kStory + "</article></body></html>");
  EXPECT_EQ(doc.language, "de");
}

TEST(HtmlReader, CommentsSectionIsRemovedAsComments) {
  Document doc = read_page("<body><article>" + kStory + "</article><section id=comments><p>Great article, thanks, "
                           "I agree with everything the mayor said about the library.</p></section></body>");
  EXPECT_FALSE(has_block(doc, "Great article"));
  EXPECT_EQ(removed_with(doc, Reason::Comments).size(), 1u);
}

// A forum thread (NodeBB, Discourse, Stack Exchange) marks its posts up as schema.org Comments
// inside the DiscussionForumPosting (or QAPage) it declares: the posts are the page. Read as comments,
// every post was removed and the thread's menus were the article. A story's own comments stay out.
TEST(HtmlReader, ThreadThatDeclaresItselfKeepsItsPosts) {
  const std::string posts =
      "<ul class=posts>"
      "<li class=post itemprop=comment itemscope itemtype=http://schema.org/Comment><div class=content>"
      "<p>Our town is voting on a new budget next week and I would like to know how other towns handled "
      "the library question, since ours wants to cut its hours in half.</p></div></li>"
      "<li class=post itemprop=comment itemscope itemtype=http://schema.org/Comment><div class=content>"
      "<p>We kept the hours by moving the road repairs to next year, which the council agreed to after a "
      "long debate about the state of the bridges and the cost of waiting.</p></div></li>"
      "<li class=post itemprop=comment itemscope itemtype=http://schema.org/Comment><div class=content>"
      "<p>Ours cut the hours and then restored them a year later when the figures came in better than "
      "expected, so it may be worth asking for a review clause in the spring.</p></div></li></ul>";
  // The thread's own header: rules and counts, enough text that the strict reading stops there.
  const std::string info =
      "<div class=topic-info><p>Welcome to the town forum. Please read the guidelines before posting, be kind to your "
      "neighbours, and keep each thread on its topic so that others can find answers later.</p><p>Posts that sell "
      "things, attack other members or share private details are removed by the moderators, who are volunteers from "
      "the town and answer reports within a day or two, and repeat offenders lose their accounts.</p>"
      "<p>3 Posts 3 Posters 1.2k Views</p></div>";
  Document thread = read_page("<body><nav><a href=/>Home</a> <a href=/c/budgets>Budgets</a></nav>"
                              "<div itemscope itemtype=https://schema.org/DiscussionForumPosting><h1>Library hours "
                              "and the budget</h1>" + info + posts + "</div></body>");
  EXPECT_TRUE(has_block(thread, "Our town is voting")) << joined_blocks(thread);
  EXPECT_TRUE(has_block(thread, "We kept the hours"));
  EXPECT_TRUE(has_block(thread, "Ours cut the hours"));
  EXPECT_TRUE(removed_with(thread, Reason::Comments).empty());
  // Declared in JSON-LD instead (a question and its answers).
  Document qa = read_page("<head><script type=application/ld+json>{\"@context\":\"https://schema.org\",\"@type\":"
                          "\"QAPage\",\"mainEntity\":{\"@type\":\"Question\",\"name\":\"Library hours\"}}</script>"
                          "</head><body>" + info + posts + "</body>");
  EXPECT_TRUE(has_block(qa, "We kept the hours")) << joined_blocks(qa);
  // Found by review: a story whose comment section declares itself a discussion is still the story.
  Document news = read_page("<body><article>" + kStory + "</article><section id=comments itemscope "
                            "itemtype=https://schema.org/DiscussionForumPosting>" + posts + "</section></body>");
  EXPECT_FALSE(has_block(news, "Our town is voting")) << joined_blocks(news);
  // The same posts under a story that declares no thread are its readers' comments.
  Document story = read_page("<body><article>" + kStory + "</article><section>" + posts + "</section></body>");
  EXPECT_FALSE(has_block(story, "Our town is voting"));
  EXPECT_EQ(removed_with(story, Reason::Comments).size(), 3u);
}

TEST(HtmlReader, BadInputGivesAResult) {
  std::string deep;
  for (int i = 0; i < 100000; ++i) deep += "<div><span>";
  deep += "text";
  Document doc = read_page(deep);
  EXPECT_TRUE(has_block(doc, "text"));
  Document broken = read_page("<p>&#xZZ; &bogus <b><i>unclosed <table><td>cell");
  EXPECT_FALSE(broken.blocks.empty());
}

TEST(HtmlReader, ConsentBannerNeverBecomesTheContent) {
  std::string banner = "<div id=onetrust-banner-sdk><p>We and our 977 partners store and access personal data, like "
                       "browsing data or unique identifiers, on your device, for personalised advertising, content "
                       "measurement, audience research and services development, with your consent, or on the basis "
                       "of legitimate interest, which you can object to at any time, in the privacy centre.</p></div>";
  Document doc = read_page("<body><main><h1>Homes for sale</h1><p>Three homes match your search.</p></main>" + banner + "</body>");
  EXPECT_FALSE(has_block(doc, "977 partners"));
  EXPECT_FALSE(removed_with(doc, Reason::CookieNotice).empty());
}

TEST(HtmlReader, ShortPostKeepsItsCommentThreadOut) {
  std::string comments = "<ol class=commentlist>";
  for (int i = 0; i < 5; ++i) {
    comments += "<li><p>Thanks for the open thread, I have a question about the follow-up paper, its sample size, "
                "and what it means for your recommendation this year.</p></li>";
  }
  comments += "</ol>";
  Document doc = read_page("<body><div class=post><p>Our quarterly open thread: ask us anything about our research, "
                           "our recommendations, or our plans, in the comments below. You can also email us, or request a call with "
                           "our staff, if you would rather discuss your feedback privately.</p></div>" + comments + "</body>");
  EXPECT_TRUE(has_block(doc, "quarterly open thread"));
  EXPECT_FALSE(has_block(doc, "sample size"));
}

TEST(HtmlReader, NoscriptContentIsReadAsAScriptlessBrowserShowsIt) {
  Document doc = read_page("<body><div id=app></div><noscript>" + kStory + "</noscript></body>");
  EXPECT_TRUE(has_block(doc, "approved the new budget"));
}

TEST(HtmlReader, LeadingHeadingThatTheTitleContainsIsTheHeadline) {
  Document doc = read_page("<head><title>Council passes the budget after a long night | The Daily Planet</title></head>"
                           "<body><article><h1>Council passes the budget after a long night</h1>" + kStory +
                           "<h2>What happens next</h2><p>The plan goes to the state for review.</p></article></body>");
  EXPECT_FALSE(has_block(doc, "Council passes"));
  EXPECT_TRUE(has_block(doc, "What happens next"));
}

TEST(HtmlReader, LongLinkFreeSiblingJoinsTheArticle) {
  std::string steps = "<div class=steps>";
  for (int i = 0; i < 20; ++i) steps += "<div>Step: measure the flour and the sugar into the bowl</div>";
  steps += "</div>";
  Document doc = read_page("<body><div><div class=intro>" + kStory + "</div>" + steps + "</div></body>");
  EXPECT_TRUE(has_block(doc, "approved the new budget"));
  EXPECT_TRUE(has_block(doc, "Step: measure the flour"));
}

TEST(HtmlReader, SectionKickerAboveTheHeadlineIsNavigation) {
  Document doc = read(
      "<html><body><article><header><p class=\"kicker\"><a href=\"/news/local\">Local News</a></p>"
      "<h1>Council Approves Park Expansion</h1></header>"
      "<p>The city council voted 7 to 2 on Monday night to expand Riverside Park by twelve acres, ending a long debate.</p>"
      "<p>The plan converts a former rail yard north of the park into meadows and a walking loop, <a href=\"/x\">officials said</a>.</p>"
      "</article></body></html>");
  ASSERT_EQ(doc.blocks.size(), 2u);
  EXPECT_EQ(pith::testing::removed_with(doc, Reason::Navigation), std::vector<std::string>{"Local News"});
  EXPECT_EQ(doc.title, "Council Approves Park Expansion");  // no <title>: the first h1 before the text
}

TEST(HtmlReader, ForumRepliesWrittenLikeTheFirstPostAreTheThread) {
  auto post = [](const std::string& who, const std::string& extra, const std::string& text) {
    return "<div class='topic-post'" + extra + "><div class=meta><span class=user>" + who +
           "</span></div><div class=post-text><p>" + text + "</p></div></div>";
  };
  std::string page =
      "<body><nav><a href=/>Forum home</a> <a href=/latest>Latest</a></nav><div id=thread>" +
      post("riverbank", "", "Which tent would you take for a week of walking in wet weather, with a budget of "
                            "about two hundred pounds, and a preference for something light to carry? We walked the coast path "
                            "last spring with a borrowed dome tent, and it leaked at the seams on the second night, so "
                            "this time I would rather buy my own, one that has been tested in real storms. I have read "
                            "the reviews in the magazines, but they disagree with each other, and the shop staff only "
                            "recommend whatever is on the shelf that week, which is not much help at all.") +
      post("moorland", " itemprop=comment", "I would take a tunnel tent, since they shed rain well and pitch fast.") +
      post("hillfoot", " itemprop=comment", "Seconded, and bring a spare groundsheet for the wet nights.") +
      post("valleyway", " itemprop=comment", "Look at last season's models, they are often half price now.") +
      "</div><footer>About us</footer></body>";
  Document doc = read_page(page);
  EXPECT_TRUE(has_block(doc, "Which tent would you take"));
  EXPECT_TRUE(has_block(doc, "tunnel tent"));
  EXPECT_TRUE(has_block(doc, "half price now"));
  EXPECT_FALSE(has_block(doc, "About us"));
  EXPECT_FALSE(has_block(doc, "Latest"));
}

TEST(HtmlReader, TeaserCardsSharingTheStoryMarkupStayOut) {
  std::string teasers;
  for (int i = 0; i < 3; ++i) {
    teasers += "<div class=text><a href=/story" + std::to_string(i) + ">Another story from the same town</a></div>";
  }
  Document doc = read_page("<body><div><div class=text>" + kStory + "</div></div><div class=more>" + teasers +
                           "</div></body>");
  EXPECT_TRUE(has_block(doc, "approved the new budget"));
  EXPECT_FALSE(has_block(doc, "Another story"));
}

TEST(HtmlReader, CategoryPageIsItsItemGridNotItsOnlyProse) {
  std::string items;
  const char* names[] = {"Trail runner waterproof boot", "Alpine leather walking boot", "Lightweight hiking shoe",
                         "Winter insulated snow boot", "Approach shoe with sticky sole", "Wide-fit fell running shoe"};
  for (int i = 0; i < 6; ++i) {
    items += "<li class=product-tile><a href=/p/" + std::to_string(i) + "><img src=x.jpg><span class=name>" + names[i] +
             "</span></a><span class=price>$" + std::to_string(90 + i * 15) + ".00</span><span class=rating>(" +
             std::to_string(40 + i) + " reviews, 4." + std::to_string(i) + " stars)</span></li>";
  }
  std::string page =
      "<body><header><a href=/>Outdoor Shop</a></header><main><h1>Hiking boots</h1><ul class=results>" + items +
      "</ul></main><div class=site-info><p>Who we are: since 1938 we have shared our passion for the outdoors, "
      "with members across the country, and we believe a life outside is a life well lived.</p></div></body>";
  Document doc = read_page(page);
  EXPECT_TRUE(has_block(doc, "Trail runner waterproof boot"));
  EXPECT_TRUE(has_block(doc, "$165.00"));
  EXPECT_TRUE(has_block(doc, "Wide-fit fell running shoe"));
  EXPECT_FALSE(has_block(doc, "passion for the outdoors"));
}

TEST(HtmlReader, ShortStoryAmongTheLatestHeadlinesStaysTheStory) {
  std::string latest;
  for (int i = 0; i < 8; ++i) {
    latest += "<div class=item><a href=/n/" + std::to_string(i) + ">Minister answers questions on the harbour plan, part " +
              std::to_string(i) + "</a><span class=date>11/20/2019 09:39 AM</span></div>";
  }
  std::string page = "<body><div class=list><div class=item><p>The harbour will close for repairs next month, the "
                     "port authority said on Wednesday, after an inspection found cracks in the old sea wall.</p>"
                     "<p>Ferries will run from the north pier until the work is finished in the spring.</p></div>" +
                     latest + "</div></body>";
  Document doc = read_page(page);
  EXPECT_TRUE(has_block(doc, "harbour will close"));
  EXPECT_FALSE(has_block(doc, "Minister answers"));
}

TEST(HtmlReader, MainElementWithMuchMoreTextThanThePickIsTheContent) {
  std::string sections;
  const char* services[] = {"Payroll", "Recruiting", "Training", "Benefits", "Compliance"};
  for (const char* s : services) {
    sections += std::string("<section><h3>") + s + "</h3><ul>"
                "<li>Monthly reviews with a named adviser for your team</li>"
                "<li>Clear reports your managers can read in minutes</li>"
                "<li>Support by phone and email on every working day</li></ul></section>";
  }
  std::string page =
      "<body><nav><a href=/>Home</a> <a href=/services>Services</a></nav><main><div class=hero><p>Our people "
      "services range from quick answers for a single question to ongoing support for your whole team, with "
      "advisers who know your sector, your region, and the rules that apply to you.</p></div><div class=grid>" +
      sections + "</div></main><footer>Contact us</footer></body>";
  Document doc = read_page(page);
  EXPECT_TRUE(has_block(doc, "ongoing support for your whole team"));
  EXPECT_TRUE(has_block(doc, "Compliance"));
  EXPECT_TRUE(has_block(doc, "named adviser"));
  EXPECT_FALSE(has_block(doc, "Contact us"));
}

// An mdBook stub page: the keyboard-help dialog before <main> has more prose than main's one line,
// and was read instead of it.
TEST(HtmlReader, ShortReadingBesideMainGivesWayToMain) {
  std::string page =
      "<body><div id=help-container><div id=help-popup><h2>Keyboard shortcuts</h2><div>"
      "<p>Press the left or right arrow to move between chapters</p><p>Press S or / to search in the book</p>"
      "<p>Press ? to show this help</p><p>Press Esc to hide this help</p></div></div></div>"
      "<div id=body-container><nav class=sidebar><ol><li><a href=a.html>One</a></li></ol></nav>"
      "<main><h1>box_take</h1><p>The tracking issue for this feature is: <a href=/issues/147212>#147212</a></p>"
      "</main></div></body>";
  Document doc = read_page(page);
  EXPECT_TRUE(has_block(doc, "The tracking issue for this feature is: #147212"));
  EXPECT_FALSE(has_block(doc, "Press Esc"));
  // A story outside main is kept when it is no short reading: main may wrap only a box of key points.
  Document story = read_page("<body><main><ul><li>Spending is set to triple by 2030.</li></ul></main>"
                             "<article>" + kStory + "</article></body>");
  EXPECT_TRUE(has_block(story, "approved the new budget"));
  EXPECT_FALSE(has_block(story, "triple by 2030"));
  // Nor is a short story in an <article> beside a main that holds only its headline and deck
  // (found in review: the deck replaced the story).
  Document short_story = read_page(
      "<body><header><nav><ul><li><a href=/>Home</a></li><li><a href=/news>News</a></li></ul></nav></header>"
      "<main><h1>City council approves budget</h1><p class=deck>The vote came after a long night of debate "
      "in the chamber, where residents lined up to speak for and against the plan until well past midnight."
      "</p></main><article><p>The city council voted seven to two on Tuesday to approve the new budget, which "
      "raises spending on roads and parks by four million dollars. The mayor said the plan would be paid for "
      "without new taxes.</p><p>Opponents said the council should have waited for the audit due next month, "
      "and warned that the reserve fund would fall below its target.</p></article>"
      "<footer><p>Copyright 2025 The Daily Example</p></footer></body>");
  EXPECT_TRUE(has_block(short_story, "voted seven to two"));
  EXPECT_TRUE(has_block(short_story, "reserve fund would fall below"));
}

// A Node.js API page: role=main holds an introduction and then a <section> a class or method. The
// class's long section outscored the short method sections, whose type links earn them little: the
// scorer took the introduction and the class and the methods were read as boilerplate, though main,
// which the page declares its content, held them.
TEST(HtmlReader, MainsPartsLeftOutByTheScorerAreReadWithMain) {
  auto prose = [](const std::string& lead) {
    return "<p>" + lead + " The buffer module gives a way of handling streams of binary data, and its methods read, "
           "write and compare the bytes in place, with offsets and lengths checked against the size.</p>";
  };
  std::string types = "<a href=/t0>&lt;TypedArrayKind0&gt;</a> | <a href=/t1>&lt;TypedArrayKind1&gt;</a> | "
                      "<a href=/t2>&lt;TypedArrayKind2&gt;</a>";
  std::string page = "<head><title>Buffer | Node.js Documentation</title></head><body><div role=main id=apicontent>"
                     "<h2>Buffer</h2><p>Many Node.js APIs support buffers. The class is a subclass of Uint8Array, and "
                     "it adds methods for encodings, comparisons, and slicing.</p>" +
                     prose("Buffer objects represent fixed-length sequences of bytes.") + "<section><h3>Class: Buffer</h3>";
  for (int i = 0; i < 14; ++i) page += prose("Paragraph " + std::to_string(i) + " of the class.");
  page += "</section>";
  for (int k = 0; k < 4; ++k) {
    page += "<section><h3>Static method: Buffer.method" + std::to_string(k) + "(size)</h3><ul><li><code>size</code> " +
            types + "</li><li><code>fill</code> " + types + "</li></ul><p>Method " + std::to_string(k) +
            " returns a new Buffer. It copies the bytes of the source, and throws a range error when the size is "
            "larger than the maximum length a buffer may have, which depends on the platform.</p></section>";
  }
  Document doc = read_page(page + "</div></body>");
  EXPECT_TRUE(has_block(doc, "Paragraph 13 of the class."));
  EXPECT_TRUE(has_block(doc, "Method 0 returns a new Buffer."));
  EXPECT_TRUE(has_block(doc, "Method 3 returns a new Buffer."));
}

// A Node.js API page whose role=main holds two lines: the header's four pickers (contents, index of
// modules, other versions, options), like items each holding a list of links, were taken for a page
// of items and read instead.
TEST(HtmlReader, ItemsBesideMainAreAMenu) {
  auto picker = [](const char* label, std::initializer_list<const char*> entries) {
    std::string list;
    for (const char* e : entries) list += std::string("<li><a href=x.html>") + e + "</a></li>";
    return std::string("<li class=picker-header><a href=#p>") + label + "</a><div class=picker><ul>" + list +
           "</ul></div></li>";
  };
  std::string page =
      "<body><div id=column1><header><h1>Node.js documentation</h1><div id=gtoc><ul>" +
      picker("Table of contents", {"Policies"}) +
      picker("Index", {"Assertion testing", "Asynchronous context tracking", "Async hooks", "Buffer",
                       "C++ addons", "Child processes", "Command-line options", "Diagnostics Channel"}) +
      picker("Other versions", {"25.x", "24.x LTS", "23.x", "22.x LTS", "21.x", "20.x LTS"}) +
      picker("Options", {"View on single page", "View as JSON", "Edit on GitHub"}) +
      "</ul></div></header><div role=main id=apicontent><h2>Policies</h2><div class=stability><a href=doc.html>"
      "Stability: 1</a> - Experimental</div><p>The former Policies documentation is now at <a href=p.html>"
      "Permissions documentation</a>.</p></div></div></body>";
  Document doc = read_page(page);
  EXPECT_TRUE(has_block(doc, "The former Policies documentation is now at Permissions documentation."));
  EXPECT_FALSE(has_block(doc, "Child processes"));
}

TEST(HtmlReader, RepliesGroupedInTheirOwnSectionJoinTheThread) {
  auto body = [](const std::string& text) { return "<div class='content markdown'><p>" + text + "</p></div>"; };
  std::string page =
      "<body><div class=main-content><article class=topic><h1>Two weeks in Japan</h1>"
      "<div class=meta>Posted by walker on 07/03/24</div>" +
      body("We have travelled a lot but never to Japan, and we are torn between planning the trip ourselves "
           "and taking a tour. We like to walk, and we want to see Tokyo, Kyoto and Osaka, with a day trip to "
           "Hiroshima. We thought fifteen to eighteen days in total, in the spring, before the summer heat. "
           "Planning it feels harder than planning a trip around Europe, because we do not speak the language, "
           "and the train passes and the regional tickets are confusing from here. Any advice is welcome, "
           "especially from people who went without a guide for the first time.") +
      "</article><section id=replies>"
      "<article class=reply itemprop=comment><div class=meta>Reply by ferry</div>" +
      body("Plan it yourselves, the trains are easy and every station has signs in English.") +
      "</article><article class=reply itemprop=comment><div class=meta>Reply by lantern</div>" +
      body("Book the first and last hotels, and leave the middle of the trip open.") +
      "</article></section></div><footer>Travel forum rules</footer></body>";
  Document doc = read_page(page);
  EXPECT_TRUE(has_block(doc, "torn between planning"));
  EXPECT_TRUE(has_block(doc, "signs in English"));
  EXPECT_TRUE(has_block(doc, "leave the middle of the trip open"));
  EXPECT_FALSE(has_block(doc, "forum rules"));
}

TEST(HtmlReader, ConsentBannerWithoutANameIsNotTheContent) {
  // A consent dialog in plain divs, longer and more comma-rich than the short story beside it.
  std::string banner =
      "<div><div><p>We and selected third parties use cookies or similar technologies for technical purposes and, "
      "with your consent, for experience, measurement, and marketing, as specified in the notice.</p>"
      "<p>Cookies collect information, such as pages visited, links clicked, time spent, and device type, "
      "so that, with your consent, we and our partners can measure, improve, and personalise the service.</p>"
      "<p>You can accept all, reject all, or manage consent, choose purposes, vendors, and retention, "
      "and change your choice at any time, from the cookie settings link, at the bottom of every page.</p></div></div>";
  std::string page = "<body>" + banner +
                     "<div><p>The ferry timetable changes on Monday, when the winter service starts and the last "
                     "boat leaves at nine.</p><p>Tickets bought for the summer service stay valid until the end "
                     "of the month.</p></div></body>";
  Document doc = read_page(page);
  EXPECT_TRUE(has_block(doc, "ferry timetable changes"));
  EXPECT_FALSE(has_block(doc, "third parties"));
}

TEST(HtmlReader, BracketedUtilityValuesNameNoPart) {
  // A page builder's section sets its layout through utility classes; "sidebar" inside the
  // bracketed value is a width, not a sidebar. Another block of prose stands ready to be taken.
  std::string teasers =
      "<div class=latest><p>Our guide to picking a used bicycle, with the checks worth doing before you hand over "
      "any money, from the frame and the chain to the brakes and the wheels.</p>"
      "<p>How to store a bicycle over the winter, in a shed, a hallway or a flat, without rust, flat tyres or a "
      "seized chain when the spring comes round again.</p>"
      "<p>The best lights for riding at night, tested on dark lanes and busy roads, with notes on battery life, "
      "mounting, and how far each one throws its beam.</p>"
      "<p>Why a bike fit matters more than the bike, and what a fitter changes first: saddle height, reach, "
      "and the angle of the bars, in that order.</p></div>";
  std::string page = "<body><main><section class='page-section [--content-width:53rem] [--sidebar-width:18rem]'>"
                     "<div class='content'>" + kStory + kStory + "</div></section>" + teasers + "</main></body>";
  Document doc = read_page(page);
  EXPECT_TRUE(has_block(doc, "approved the new budget"));
}

namespace {

// A shop page: a JSON-LD Product whose description is `description_json` (JSON string content,
// escaped), and `body` as the markup a script would fill in.
std::string shop_page(const std::string& description_json, const std::string& body) {
  return "<html><head><script type='application/ld+json'>{\"@context\":\"https://schema.org\","
         "\"@type\":\"Product\",\"name\":\"Trail Runner Socks\",\"description\":\"" +
         description_json + "\"}</script></head><body>" + body + "</body></html>";
}

const std::string kSignUpBox =
    "<div><p>Enter your email for ten percent off your first order, plus the latest news.</p></div>";

}  // namespace

TEST(HtmlReader, ProductDescriptionStandsInForScriptFilledMarkup) {
  // A shop page whose description is rendered by script: the markup holds only a sign-up box.
  Document doc = read_page(shop_page(
      "Cushioned where your feet land and thin where they flex, these socks are knitted from merino wool for "
      "long days on rough trails.\\nA reinforced heel and toe outlast a season of running, and the arch band "
      "keeps them from slipping.",
      kSignUpBox));
  EXPECT_TRUE(has_block(doc, "knitted from merino wool"));
  EXPECT_TRUE(has_block(doc, "arch band keeps them"));
  EXPECT_FALSE(has_block(doc, "Enter your email"));
}

TEST(HtmlReader, ProductDescriptionAlreadyReadIsNotRepeated) {
  const std::string text =
      "Cushioned where your feet land and thin where they flex, these socks are knitted from merino wool for "
      "long days on rough trails, with a reinforced heel and toe that outlast a season of running, and an arch "
      "band that keeps them from slipping.";
  Document doc = read_page(shop_page(text, "<div class=product><p>" + text + "</p><p>Sizes: small, medium, large.</p></div>"));
  EXPECT_TRUE(has_block(doc, "Sizes: small, medium"));
}

TEST(HtmlReader, ProductDescriptionWrittenAsMarkupIsReadAsText) {
  // Shops often store the description as HTML: its paragraphs and list items become blocks, and no
  // tag is ever shown.
  Document doc = read_page(shop_page(
      "<p><strong>Cushioned</strong> where your feet land and thin where they flex, these socks are knitted "
      "from merino wool for long days on rough trails.</p><ul><li>A reinforced heel and toe outlast a season "
      "of running</li><li>The arch band keeps them from slipping</li></ul>",
      kSignUpBox));
  EXPECT_TRUE(has_block(doc, "Cushioned where your feet land"));
  EXPECT_TRUE(has_block(doc, "The arch band keeps them from slipping"));
  EXPECT_FALSE(has_block(doc, "Enter your email"));
  for (const Block& b : doc.blocks) EXPECT_EQ(b.text.find('<'), std::string::npos) << b.text;
}

TEST(HtmlReader, StreamedSuspenseContentIsTheArticle) {
  // A streamed React page: the shell holds a placeholder and the footer; the story arrives in a
  // hidden segment that an inline script swaps in.
  std::string page =
      "<html><body><main><!--$?--><template id=\"B:0\"></template><p>Loading…</p><!--/$--></main>"
      "<footer><a href=/privacy>Privacy Policy</a> · <a href=/terms>Terms</a></footer>"
      "<div hidden id=\"S:0\"><article><h1>Full electric cars</h1><p>When people talk about electric cars "
      "they usually mean vehicles that run only on electricity, with no fuel tank and no exhaust pipe at "
      "all.</p><p>Range has grown every year, and most new models now cover three hundred miles or more "
      "on a charge, which is enough for nearly every daily trip.</p></article></div>"
      "<script>$RC(\"B:0\",\"S:0\")</script></body></html>";
  Document doc = read_page(page);
  EXPECT_TRUE(has_block(doc, "run only on electricity"));
  EXPECT_TRUE(has_block(doc, "three hundred miles"));
  EXPECT_FALSE(has_block(doc, "Privacy Policy"));
}

TEST(HtmlReader, ItemTitleLinkWrappingAHeadingIsKeptAsTheItemsName) {
  // A chart page: each entry's name is a heading inside a link inside its own <div>, which is
  // all link; the entry's year and rating are beside it.
  std::string entries;
  const char* films[] = {"The Quiet Harbour", "Northern Lights Again", "A Summer in Lisbon", "The Last Ferry"};
  for (int i = 0; i < 4; ++i) {
    entries += "<li class=entry><span class=rank>#" + std::to_string(i + 1) +
               "</span><div class=entry-name><a href=/title/" + std::to_string(i) + "><h3>" + films[i] +
               "</h3></a></div><span>2024, 1h 52m, rated 7." + std::to_string(i) + " by 12,000 viewers</span></li>";
  }
  Document doc = read_page(
      "<body><div class=chart><p>The most watched films this week, ranked by the number of viewers, with their "
      "running times, the year they came out, and the average rating given by the people who watched them.</p>" +
      kStory + "<ul>" + entries + "</ul></div></body>");
  EXPECT_TRUE(has_block(doc, "The Quiet Harbour"));
  EXPECT_TRUE(has_block(doc, "The Last Ferry"));
  EXPECT_TRUE(has_block(doc, "rated 7.3"));
}

namespace {

// A shop's item page body: a two-paragraph description, then customer reviews that hold more
// text (and more commas) than the description.
std::string reviewed_item_body() {
  std::string reviews;
  const char* says[] = {
      "Bought these for a week of hiking, and honestly, they held up better than any pair I have owned, even "
      "after crossing two rivers, a scree field, and a lot of mud.",
      "Warm, soft, and they dry overnight by the stove, which matters a lot on a long trip, though the sizing "
      "runs a little small, so order up.",
      "My partner stole my first pair, so I bought a second, and a third for my brother, who runs ultras, and "
      "he says they are the best he has tried.",
      "After six months of daily wear, washing, and tumble drying, no holes yet, no thinning at the heel, and "
      "the colour has barely faded at all."};
  for (const char* s : says) {
    reviews += "<div class=review-item><p class=review-author>Verified buyer</p><p class=review-text>" +
               std::string(s) + "</p></div>";
  }
  return "<div class=product-page><div class=product-description><p>Cushioned where your feet land and thin "
         "where they flex, these socks are knitted from merino wool for long days on rough trails.</p><p>A "
         "reinforced heel and toe outlast a season of running, and the arch band keeps them from slipping.</p>"
         "</div><section class=product-reviews><h2>Customer reviews</h2>" +
         reviews + "</section></div>";
}

}  // namespace

TEST(HtmlReader, CustomerReviewsOnAShopPageAreComments) {
  Document doc = read_page(shop_page("Merino trail socks.", reviewed_item_body()));
  EXPECT_TRUE(has_block(doc, "knitted from merino wool"));
  EXPECT_TRUE(has_block(doc, "arch band keeps them"));
  EXPECT_FALSE(has_block(doc, "crossing two rivers"));
  EXPECT_FALSE(has_block(doc, "no holes yet"));
  EXPECT_FALSE(removed_with(doc, Reason::Comments).empty());
}

TEST(HtmlReader, ReviewNamedArticleOutsideAShopIsTheContent) {
  // A critic's review is the article: "review" names content unless the page is a shop's item.
  Document doc = read_page("<body><nav><a href=/>Home</a> <a href=/films>Films</a></nav>"
                           "<div class=review-body>" + kStory + "</div></body>");
  EXPECT_TRUE(has_block(doc, "approved the new budget"));
  EXPECT_TRUE(has_block(doc, "promised a review of spending"));
}

TEST(HtmlReader, OpenGraphProductTypeMarksAShopPageToo) {
  Document doc = read_page("<html><head><meta property='og:type' content='product'></head><body>" +
                           reviewed_item_body() + "</body></html>");
  EXPECT_TRUE(has_block(doc, "knitted from merino wool"));
  EXPECT_FALSE(has_block(doc, "crossing two rivers"));
}

namespace {

// A service company's landing page with no <main>: one section of prose, then sections of short
// feature lines (list items, which vote for no container), each under its own heading.
std::string landing_page() {
  std::string sections;
  const char* services[] = {"Boiler repair", "Heat pump installation", "Underfloor heating", "Radiator upgrades",
                            "Annual servicing"};
  for (const char* s : services) {
    sections += "<section class=service><h2>" + std::string(s) +
                "</h2><ul><li>Same-week appointments across the county</li><li>Fixed quotes before any work "
                "starts</li><li>Engineers registered and insured</li><li>Parts guaranteed for two full years</li>"
                "<li>Evening and weekend visits on request</li></ul></section>";
  }
  return "<html><body><header class=site-header><nav><a href=/>Home</a> <a href=/contact>Contact</a></nav>"
         "</header><div class=page><section class=intro><h1>Heating engineers you can rely on</h1><p>We are a "
         "family firm of heating engineers, founded in 1994, serving homes, schools, and small businesses across "
         "the county, with a team of twelve.</p><p>Every job, large or small, gets a written quote, a named "
         "engineer, and a follow-up call a week later, so that nothing is left half done.</p></section>" +
         sections + "</div><footer>Registered in England. Company number 01234567.</footer></body></html>";
}

}  // namespace

TEST(HtmlReader, LandingPageWithoutMainIsReadWholeWhenTheBodyHoldsMuchMore) {
  Document doc = read_page(landing_page());
  EXPECT_TRUE(has_block(doc, "family firm of heating engineers"));
  EXPECT_TRUE(has_block(doc, "Heat pump installation"));
  EXPECT_TRUE(has_block(doc, "Fixed quotes before any work starts"));
  EXPECT_FALSE(has_block(doc, "Company number"));
}

TEST(HtmlReader, ShortStoryWithTeasersAroundItStaysTheStory) {
  // Around the story, "top stories" with their opening lines: the body holds twice the story's
  // text, less than three times, and the story stays the reading.
  std::string teasers;
  for (int i = 0; i < 3; ++i) {
    teasers += "<li><h3>Harbour works delayed again, part " + std::to_string(i + 1) +
               "</h3><span>The contractor blamed the winter storms and a shortage of steel for the delay, "
               "the council said on Monday, adding that the new quay wall would now open in the autumn and "
               "that the ferry timetable would stay as it is until then, with the old slipway in use for "
               "another summer.</span></li>";
  }
  Document doc = read_page("<body><div class=wrap><div class=story>" + kStory +
                           "</div><div class=teasers><h2>Top stories</h2><ul>" + teasers + "</ul></div></div></body>");
  EXPECT_TRUE(has_block(doc, "approved the new budget"));
  EXPECT_FALSE(has_block(doc, "Harbour works delayed"));
}

TEST(HtmlReader, MarkedMenusAndFootersStayOutOfTheLenientRetry) {
  // A short category page (the strict reading is under 500 characters, so the reader retries with
  // furniture names allowed): the menu the page marks as <nav> and its role=contentinfo footer are
  // still not the content, whatever their size.
  std::string menu;
  for (const char* group : {"Camping", "Climbing", "Cycling", "Running", "Paddling", "Snow sports"}) {
    menu += "<li><a href=/c>" + std::string(group) + "</a><ul><li><a href=/c/1>Tents and shelters</a></li>"
            "<li><a href=/c/2>Sleeping bags</a></li><li><a href=/c/3>Stoves and cookware</a></li></ul></li>";
  }
  Document doc = read_page(
      "<body><div id=page><header><nav class=menu-bar><ul>" + menu + "</ul></nav></header>"
      "<h1>Climbing shoes</h1><p>Shoes for the gym, the crag and the big wall, from soft slippers to stiff "
      "all-day lace-ups, fitted by our staff.</p><div class=card><a href=/p/1>Aragon lace-up, men's</a> "
      "<span>$96.73</span></div><div class=card><a href=/p/2>Skwama slipper</a> <span>$199.00</span></div>"
      "<div role=contentinfo><p>Free returns within 30 days, on all orders, by post or in store.</p></div>"
      "</div></body>");
  EXPECT_TRUE(has_block(doc, "Shoes for the gym"));
  EXPECT_FALSE(has_block(doc, "Sleeping bags"));
  EXPECT_FALSE(has_block(doc, "Free returns within 30 days"));
}

TEST(HtmlReader, WrapperAroundMainIsLayoutWhateverItsName) {
  // A blog theme wraps <main> and the sidebar in "content-sidebar-wrap": named like a sidebar, it
  // must not keep the post out of the first reading (whose retry then let the comments in).
  std::string comments;
  for (const char* says : {"I tried this on my tomatoes last summer, and it worked better than anything from the "
                           "store, thank you for sharing it.",
                           "Does the soap need to be unscented, or will any dish soap do, and how often should "
                           "I spray after rain?",
                           "We have had a wet spring, so the aphids are everywhere, and I am going to try your "
                           "recipe this weekend."}) {
    comments += "<li class=comment><article><p class=comment-author>Reader</p><div class=comment-content><p>" +
                std::string(says) + "</p></div></article></li>";
  }
  Document doc = read_page(
      "<body><div class=site-container><header class=site-header><p>The Garden Table</p></header>"
      "<div class=content-sidebar-wrap><main class=content><article class=entry><div class=entry-content>" +
      kStory + "</div><div class=entry-comments id=comments><h3>Comments</h3><ol class=comment-list>" + comments +
      "</ol></div></article></main><aside class=sidebar><p>Subscribe to get new recipes in your inbox.</p>"
      "</aside></div></div></body>");
  EXPECT_TRUE(has_block(doc, "approved the new budget"));
  EXPECT_FALSE(has_block(doc, "worked better than anything"));
  EXPECT_FALSE(has_block(doc, "Subscribe to get new recipes"));
}

TEST(HtmlReader, SidebarLayoutWrapperHoldingMostOfThePageIsNotASidebar) {
  // "page-width with-sidebar" wraps the post and its sidebar: named for the sidebar, it holds most
  // of the page's text and is not removed as related links. The sidebar itself still is.
  // The site's notice below holds enough prose that the first reading does not retry.
  const std::string notice =
      "<div class=notice><p>Solar Home is an independent guide written by installers and homeowners who have "
      "fitted panels themselves and want to share what they learned along the way with others.</p><p>We do "
      "not take money from manufacturers and we do not sell panels or batteries ourselves so our reviews and "
      "our calculators stay fair to every brand we cover on this site and in the weekly letter.</p><p>Write to "
      "the editors with your own story and we may publish it in a future issue of the letter.</p><p>Every "
      "story we print is checked by two installers before it goes out to our readers.</p></div>";
  Document doc = read_page("<body><header><a href=/>Solar Home</a></header><div class='page-width with-sidebar'>"
                           "<div class=post>" + kStory + kStory +
                           "</div><div class=sidebar><p>Get a free quote for panels on your roof today.</p>"
                           "</div></div>" + notice + "<footer>Contact us</footer></body>");
  EXPECT_TRUE(has_block(doc, "approved the new budget"));
  EXPECT_TRUE(has_block(doc, "promised a review of spending"));
  EXPECT_FALSE(has_block(doc, "free quote for panels"));
}

// Links to the previous and next stories under an article are a headline, a teaser and a date
// each, written as paragraphs: they read as the story's last lines unless their names say what
// they are. A Next.js page is wrapped whole in id="__next", which must not read as such a link.
TEST(HtmlReader, PreviousAndNextStoryLinksAreNavigation) {
  const std::string links =
      "<div class=\"prev-next\"><div class=\"row next\"><p><a href=\"/a\">Next story</a></p>"
      "<a href=\"/a\"><h5>Harbour ferry returns after a winter of repairs to its hull</h5></a>"
      "<p>The boat that links the two villages sails again from Monday, the operator says</p>"
      "<span>2019-11-20 17:27</span></div>"
      "<div class=\"row prev\"><p><a href=\"/b\">Previous story</a></p>"
      "<a href=\"/b\"><h5>School roof fixed in time for the new term</h5></a>"
      "<p>Builders finished the work a week early, and the pupils return on schedule</p></div></div>";
  Document doc = read_page("<html><body><article><h1>Council passes budget</h1>" + kStory + links +
                           "</article></body></html>");
  EXPECT_TRUE(has_block(doc, "good day for the town")) << joined_blocks(doc);
  EXPECT_FALSE(has_block(doc, "Harbour ferry")) << joined_blocks(doc);
  EXPECT_FALSE(has_block(doc, "pupils return")) << joined_blocks(doc);
  EXPECT_TRUE(pith::testing::removed_holding(doc, Reason::Navigation, "Harbour ferry"));

  Document next_js = read_page("<html><body><div id=\"__next\"><main><h1>Council passes budget</h1>" + kStory +
                               "</main></div></body></html>");
  EXPECT_TRUE(has_block(next_js, "good day for the town")) << joined_blocks(next_js);
}

// A list of links under a label that names more stories is those stories, even when most of each
// item is plain words (too few links for a link list); the same list under a heading of the
// article's own is kept.
TEST(HtmlReader, ListUnderAMoreStoriesLabelIsRelated) {
  const std::string list =
      "<ul><li>How the town rebuilt its harbour wall <a href=\"/a\">after the storms</a></li>"
      "<li>Why the ferry between the villages <a href=\"/b\">stopped running</a></li>"
      "<li>What the new school on the hill <a href=\"/c\">means for families</a></li></ul>";
  for (const std::string label : {"<div class=\"heading-h3\">More Great Gazette Stories</div>", "<p><b>More:</b></p>",
                                   "<h3>Don\xE2\x80\x99t miss</h3>"}) {
    Document doc = read_page("<html><body><article><h1>Council passes budget</h1>" + kStory + "<hr>" + label + list +
                             "</article></body></html>");
    EXPECT_TRUE(has_block(doc, "good day for the town")) << label;
    EXPECT_FALSE(has_block(doc, "harbour wall")) << label << "\n" << joined_blocks(doc);
    EXPECT_TRUE(pith::testing::removed_holding(doc, Reason::Related, "harbour wall")) << label;
  }
  Document own = read_page("<html><body><article><h1>Council passes budget</h1>" + kStory +
                           "<h3>What the budget pays for</h3>" + list + "</article></body></html>");
  EXPECT_TRUE(has_block(own, "harbour wall")) << joined_blocks(own);
}

// A paragraph that is one link in capitals, between the story's paragraphs, is another story's
// headline; a sentence with a link in it, or a link in ordinary case, stays.
TEST(HtmlReader, HeadlineLinkInCapitalsInsideTheStoryIsRelated) {
  Document doc = read_page("<html><body><article><h1>Council passes budget</h1>" + kStory +
                           "<p><strong><a href=\"/x\">MAYOR\u2019S RIVAL SAYS THE LIBRARY PLAN WILL COST TOO MUCH</a></strong></p>"
                           "<p>Read <a href=\"/budget.pdf\">the full budget document</a> on the council's site.</p>"
                           "<p><a href=\"/minutes\">The minutes of the meeting are published online</a></p>" + kStory +
                           "</article></body></html>");
  EXPECT_FALSE(has_block(doc, "LIBRARY PLAN")) << joined_blocks(doc);
  EXPECT_EQ(removed_with(doc, Reason::Related).size(), 1u);
  EXPECT_TRUE(has_block(doc, "the full budget document"));
  EXPECT_TRUE(has_block(doc, "minutes of the meeting"));
}

// Found by review: a carousel names the slide before the current one "swiper-slide-prev", and a
// pull quote in capitals can be a link; both are the article's.
TEST(HtmlReader, PreviousSlideAndCapitalPullQuoteAreKept) {
  Document doc = read_page(
      "<html><body><article><h1>Council passes budget</h1>" + kStory +
      "<div class=\"swiper\"><div class=\"swiper-slide swiper-slide-prev\"><p>The first design was a suspension "
      "bridge, which the council rejected in 2019 as too costly for a town of its size.</p></div>"
      "<div class=\"swiper-slide swiper-slide-active\"><p>The second design, a plain arch, won the vote.</p></div></div>"
      "<blockquote><p><a href=\"/q\">WE ARE NOT FOR SALE, NOT NOW AND NOT EVER</a></p><p>said the founder of the company, speaking to reporters outside the office on Monday</p>"
      "</blockquote><p><a href=\"/w\">READ THE FULL WARNING, WHICH COVERS ALL COASTAL COUNTIES.</a></p>" + kStory +
      "</article></body></html>");
  EXPECT_TRUE(has_block(doc, "The first design was a suspension bridge")) << joined_blocks(doc);
  EXPECT_TRUE(has_block(doc, "WE ARE NOT FOR SALE")) << joined_blocks(doc);
  EXPECT_TRUE(has_block(doc, "READ THE FULL WARNING")) << joined_blocks(doc);
}

// A short story is read leniently (furniture names kept), and its byline, named so but not opening
// with "By", was read as its first paragraph.
TEST(HtmlReader, NamedBylineOfAShortStoryIsTheByline) {
  Document doc = read_page(
      "<html><body><main><article><h1>El Gobierno aprueba la reforma</h1><p class=\"byline\">Por Mar\xC3\xAD" "a "
      "Garc\xC3\xAD" "a</p><p>El Consejo de Ministros aprob\xC3\xB3 este martes la reforma del sistema de pensiones tras "
      "meses de negociaci\xC3\xB3n con los sindicatos.</p><p>La oposici\xC3\xB3n critic\xC3\xB3 la reforma.</p>"
      "</article></main></body></html>");
  EXPECT_FALSE(has_block(doc, "Por Mar")) << joined_blocks(doc);
  EXPECT_EQ(doc.byline, "Mar\xC3\xAD" "a Garc\xC3\xAD" "a");  // "Por" is Spanish for "By"
  EXPECT_TRUE(has_block(doc, "El Consejo de Ministros"));
}

// A part taken out of a sentence leaves the sentence whole: a formula's hidden <math> (its image
// beside it), an aria-hidden icon, a "Copy" button had each cut their paragraph in two, and the
// halves went into summaries as sentences.
TEST(HtmlReader, HiddenPartInsideASentenceKeepsTheParagraphWhole) {
  Document doc = read_page(
      "<body><article>" + kStory +
      "<p>For small angles the period is <span style=\"display:none\"><math><mi>T</mi></math></span>"
      "<img alt=\"T\" src=t.svg> nearly constant, which made pendulums useful for clocks.</p>"
      "<p>An icon <span aria-hidden=\"true\">\xE2\x98\x85</span> in a sentence or a <button>Copy</button> "
      "button leaves it whole.</p></article></body>");
  EXPECT_TRUE(has_block(doc, "For small angles the period is nearly constant, which made")) << joined_blocks(doc);
  EXPECT_TRUE(has_block(doc, "An icon in a sentence or a button leaves it whole.")) << joined_blocks(doc);
  EXPECT_EQ(doc.blocks.size(), 5u) << joined_blocks(doc);
  EXPECT_EQ(removed_with(doc, Reason::Hidden).size(), 2u);
}

// Yet what stood there still parts the words on either side: radio buttons between their labels.
TEST(HtmlReader, RemovedInlinePartStillPartsTheWordsBesideIt) {
  Document doc = read_page(
      "<body><article>" + kStory +
      "<p>Colour: <input type=radio hidden name=c><label>Crystal Clear</label><input type=radio hidden "
      "name=c><label>Blue Topaz</label></p></article></body>");
  EXPECT_TRUE(has_block(doc, "Crystal Clear Blue Topaz")) << joined_blocks(doc);
}

// A byline line's date is the story's when the page declares none: the names and the date are
// read off the same line, whatever its shape.
TEST(HtmlReader, DateOnTheBylineLineIsThePublishedDate) {
  for (const std::string line : {"By Anna Lee | March 5, 2024", "Posted on March 5, 2024 by Anna Lee",
                                 "Anna Lee \xC2\xB7 Mar 5, 2024 \xC2\xB7 6 min read"}) {
    Document doc = read_page("<body><article><h1>Council approves new marina plan</h1><div class=meta>" + line +
                             "</div>" + kStory + "</article></body>");
    EXPECT_EQ(doc.byline, "Anna Lee") << line;
    EXPECT_EQ(doc.published, "2024-03-05") << line;
    EXPECT_FALSE(has_block(doc, "Anna Lee")) << line;
  }
}

// A short story does not take its page's footer and menu back in: the lenient readings tried after
// a short strict one had won by any margin, so a footer named so came back as the last paragraph.
TEST(HtmlReader, ShortStoryLeavesItsNamedFooterAndMenuOut) {
  Document doc = read_page(
      "<html><head><title>Bike lane for city park</title></head><body><div class=nav><a href=/politics>Politics</a> "
      "<a href=/business>Business</a> <a href=/culture>Culture</a></div><h1>Bike lane for city park</h1>"
      "<p>The parks bureau said the central park will get a new bike lane, ready this autumn.</p>"
      "<p>An official said the lane will be kept apart from the footpath.</p>"
      "<div class=footer>Local News Net, 12 Market Street, Springfield</div></body></html>");
  EXPECT_EQ(doc.blocks.size(), 2u) << joined_blocks(doc);
  EXPECT_FALSE(has_block(doc, "Market Street")) << joined_blocks(doc);
  EXPECT_FALSE(has_block(doc, "Politics")) << joined_blocks(doc);
}

// A live page: the chosen text is the stream of posts, and the headline above it, outside the
// reading, is listed as the title rather than as the page's boilerplate.
TEST(HtmlReader, HeadlineOutsideTheReadingIsListedAsTheTitle) {
  std::string posts;
  for (int i = 0; i < 4; ++i) {
    posts += "<article class=live-post><time>1" + std::to_string(i) + ":00</time><p>The harbour bridge has been shut to "
             "lorries and vans after gusts above seventy miles an hour were recorded on the span, police said.</p></article>";
  }
  Document doc = read_page("<html><head><title>Storm live: power cuts spread</title></head><body><main><h1>Storm live: "
                           "power cuts spread</h1><div class=live-blog>" + posts + "</div></main></body></html>");
  EXPECT_EQ(doc.title, "Storm live: power cuts spread");
  EXPECT_EQ(removed_with(doc, Reason::Title).size(), 1u) << joined_blocks(doc);
  EXPECT_TRUE(removed_with(doc, Reason::Boilerplate).empty());
}

// An emoji drawn as an image (WordPress, Twitter) is its character in the sentence; a picture's
// description, in any script, is not read into the text.
TEST(HtmlReader, EmojiImageReadsAsItsCharacter) {
  Document doc = read_page("<body><article>" + kStory +
                           "<p>We loved the new bridge <img class=emoji alt=\"\xF0\x9F\x98\x80\" src=e.svg> and the view "
                           "<img alt=\"A view of the harbour\" src=h.jpg><img alt=\"\xE5\x86\x99\xE7\x9C\x9F\" src=p.jpg> "
                           "from it.</p></article></body>");
  EXPECT_TRUE(has_block(doc, "We loved the new bridge \xF0\x9F\x98\x80 and the view from it.")) << joined_blocks(doc);
}
