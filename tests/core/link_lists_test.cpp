// Lists of links inside the reading: when they are menus and "more stories" boxes (removed) and
// when they are what the page is for (kept). Each test is a docs-page shape that went wrong.
#include <gtest/gtest.h>

#include <string>

#include "extract/html_reader.h"
#include "extract/html_stats.h"
#include "extract/link_lists.h"
#include "html/tree.h"
#include "fixtures.h"
#include "html_pages.h"
#include "pith/read.h"

using namespace pith;
using pith::testing::has_block;
using pith::testing::kStory;
using pith::testing::read_page;
using pith::testing::removed_with;

namespace {

std::string links(std::initializer_list<const char*> names) {
  std::string out = "<ul>";
  for (const char* n : names) out += std::string("<li><a href=x.html>") + n + "</a></li>";
  return out + "</ul>";
}

}  // namespace

// mdBook and many docs themes put each table in a scrolling wrapper (<div class=table-wrapper>): the
// wrapper, mostly links, was removed as related links although the table it holds has a header row.
TEST(LinkLists, DataTableInAWrapperIsKept) {
  std::string rows;
  for (const char* k : {"as", "break", "const", "continue"}) {
    rows += std::string("<tr><td><code>") + k + "</code></td><td><a href=a.html>keyword uses</a>, "
            "<a href=b.html>expressions</a>, <a href=c.html>patterns</a></td></tr>";
  }
  Document doc = read_page("<body><main><h1>Syntax index</h1>" + kStory +
                           "<h2>Keywords</h2><div class=table-wrapper><table><thead><tr><th>Keyword</th><th>Use</th>"
                           "</tr></thead><tbody>" + rows + "</tbody></table></div></main></body>");
  EXPECT_TRUE(has_block(doc, "break | keyword uses, expressions, patterns"));
  // A wrapper around a table of links with no header row is a menu laid out as a table still.
  std::string menu_rows = "<tr><td><a href=/a>First other story</a></td><td><a href=/b>Second other story</a></td></tr>"
                          "<tr><td><a href=/c>Third other story</a></td><td><a href=/d>Fourth other story</a></td></tr>";
  Document menu = read_page("<body><main>" + kStory + "<div class=wrap><table><tbody>" + menu_rows +
                            "</tbody></table></div></main></body>");
  EXPECT_FALSE(has_block(menu, "Third other story"));
}

// The Node.js docs' index.html: its role=main holds nothing but lists of links to the modules (the
// sidebar repeats them outside main). It read as its title alone.
TEST(LinkLists, MainThatIsAllListsOfLinksIsAnIndex) {
  std::string page =
      "<head><title>Index | Node.js v20.20.2 Documentation</title></head>"
      "<body><div role=navigation id=column2><ul><li><a href=assert.html>Assertion testing</a></li>"
      "<li><a href=buffer.html>Buffer</a></li></ul></div><div id=column1><header><div class=header-container><h1>Node.js v20.20.2 documentation</h1></div>"
      "<div id=gtoc><ul><li class=pinned-header>Node.js v20.20.2</li><li><a href=#alt-docs>Other versions</a></li>"
      "</ul></div></header><div role=main id=apicontent>" +
      links({"About this documentation", "Usage and example"}) + "<hr>" +
      links({"Assertion testing", "Asynchronous context tracking", "Async hooks", "Buffer", "C++ addons",
             "Child processes", "Command-line options", "Diagnostics Channel", "File system", "Worker threads"}) +
      "</div></div></body>";
  Document doc = read_page(page);
  EXPECT_TRUE(has_block(doc, "Asynchronous context tracking"));
  EXPECT_TRUE(has_block(doc, "Usage and example"));
  EXPECT_TRUE(has_block(doc, "Worker threads"));
}

// A book's part page (mdBook's "Cargo Guide"): a sentence under the heading, then the list of the
// part's chapters, which is what the page is for. The list was removed as navigation: the keyboard
// help beside main outread main's sentence, and main, read in its place, dropped its lists.
TEST(LinkLists, ChapterListUnderAShortIntroductionIsTheContent) {
  std::string page =
      "<head><title>Cargo Guide - The Cargo Book</title></head><body><div id=help-container><div id=help-popup>"
      "<h2>Keyboard shortcuts</h2><div><p>Press the left or right arrow to move between chapters</p>"
      "<p>Press S or / to search in the book</p><p>Press ? to show this help</p><p>Press Esc to hide this help</p>"
      "</div></div></div><nav class=sidebar><ol><li><a href=a.html>Introduction</a></li><li><a href=b.html>Guide</a></li>"
      "</ol></nav><main><h1 id=cargo-guide><a class=header href=#cargo-guide>Cargo Guide</a></h1><p>This guide will give you all that you need to know about how to use "
      "Cargo to develop Rust packages.</p>" +
      links({"Why Cargo Exists", "Creating a New Package", "Working on an Existing Cargo Package", "Dependencies",
             "Package Layout", "Cargo.toml vs Cargo.lock", "Tests", "Continuous Integration"}) +
      "</main></body>";
  Document doc = read_page(page);
  EXPECT_TRUE(has_block(doc, "all that you need to know"));
  EXPECT_TRUE(has_block(doc, "Working on an Existing Cargo Package"));
}

// The rule is about the page's main being an index: a story in <main> with a short list of other
// stories under it keeps the list out.
TEST(LinkLists, ShortListUnderAStoryInMainIsStillRemoved) {
  std::string page = "<body><main><h1>Budget passes</h1>" + kStory +
                     links({"Council elects a new chair", "Library hours change in May", "Roadworks start on Main St"}) +
                     "</main></body>";
  Document doc = read_page(page);
  EXPECT_TRUE(has_block(doc, "approved the new budget"));
  EXPECT_FALSE(has_block(doc, "Library hours change"));
  EXPECT_FALSE(removed_with(doc, Reason::Navigation).empty());
}

// Cargo's command pages name each option in a <dt> whose text is a link to itself
// ("<dt><a href=#option-v><code>-v</code></a></dt>"): the terms were removed as related links,
// leaving each option's description without its name.
TEST(LinkLists, DefinitionTermThatLinksToItselfIsKept) {
  Document doc = read_page(
      "<head><title>cargo fetch</title></head><body><main><h1>cargo-fetch</h1>" + kStory +
      "<h3>Display Options</h3><dl><dt id=option-v><a href=#option-v><code>-v</code></a></dt>"
      "<dt id=option-verbose><a href=#option-verbose><code>--verbose</code></a></dt>"
      "<dd><p>Use verbose output. May be specified twice for very verbose output.</p></dd>"
      "<dt id=option-q><a href=#option-q><code>-q</code></a></dt><dd><p>Do not print cargo log messages.</p></dd>"
      "</dl></main></body>");
  EXPECT_TRUE(has_block(doc, "--verbose"));
  EXPECT_TRUE(has_block(doc, "-q"));
  EXPECT_TRUE(has_block(doc, "Do not print cargo log messages."));
}

// The Node.js docs list a function's parameters as items that open with the parameter's name in
// <code>, then its types as links ("path <string> | <Buffer> | <URL>"), and the return type under a
// label ("Returns: <boolean>"). Mostly link text, they were removed as navigation.
TEST(LinkLists, ParameterListOpeningWithNamesOrLabelsIsKept) {
  Document doc = read_page(
      "<head><title>File system</title></head><body><main><h1>File system</h1>" + kStory +
      "<h4>fs.access(path[, mode], callback)</h4><ul>"
      "<li><code>path</code> <a class=type href=/s>&lt;string&gt;</a> | <a class=type href=/b>&lt;Buffer&gt;</a> | "
      "<a class=type href=/u>&lt;URL&gt;</a></li>"
      "<li><code>mode</code> <a class=type href=/i>&lt;integer&gt;</a></li>"
      "<li><code>callback</code> <a class=type href=/f>&lt;Function&gt;</a></li></ul>"
      "<p>Tests a user's permissions for the file or directory specified by path.</p>"
      "<ul><li>Returns: <a class=type href=/b>&lt;boolean&gt;</a></li></ul>"
      "</main></body>");
  EXPECT_TRUE(has_block(doc, "path <string> | <Buffer> | <URL>"));
  EXPECT_TRUE(has_block(doc, "callback <Function>"));
  EXPECT_TRUE(has_block(doc, "Returns: <boolean>"));
  // A list of other stories, each item a date then its headline, is still a list of links.
  Document news = read_page("<body><article>" + kStory +
                            "<ul><li><span>May 2</span> <a href=/a>Council elects a new chair for the year</a></li>"
                            "<li><span>May 1</span> <a href=/b>Library hours change in the summer</a></li></ul>"
                            "</article></body>");
  EXPECT_FALSE(has_block(news, "Library hours change"));
}

// Cargo's option descriptions: a <dd> around one sentence that is mostly a link ("Remove as a
// <a>development dependency</a>."), and a <dl> whose terms link to themselves over one short
// description. Both were removed as related links; a paragraph is never a list of links, and a
// definition list's own terms are names, not links away.
TEST(LinkLists, DefinitionsWhoseLinksAreTermsOrOneSentenceAreKept) {
  Document doc = read_page(
      "<head><title>cargo remove</title></head><body><main><h1>cargo-remove</h1>" + kStory +
      "<h3>Section options</h3><dl><dt id=dev><a href=#dev><code>--dev</code></a></dt>"
      "<dd><p>Remove as a <a href=/deps#dev>development dependency</a>.</p></dd></dl>"
      "<h3>Package Selection</h3><dl><dt id=p><a href=#p><code>-p</code> <em>spec</em>\u2026</a></dt>"
      "<dt id=package><a href=#package><code>--package</code> <em>spec</em>\u2026</a></dt>"
      "<dd><p>Package to remove from.</p></dd></dl></main></body>");
  EXPECT_TRUE(has_block(doc, "Remove as a development dependency."));
  EXPECT_TRUE(has_block(doc, "--package spec"));
  EXPECT_TRUE(has_block(doc, "Package to remove from."));
  // A definition list of labels over bare links (a poster's profile) is still a list of links.
  Document profile = read_page("<body><article>" + kStory +
                               "<dl><dt>Location</dt><dd><a href=/place/oslo>Oslo, Norway</a></dd>"
                               "<dt>Website</dt><dd><a href=/u/site>example.org/my-own-site</a></dd></dl></article></body>");
  EXPECT_FALSE(has_block(profile, "Oslo, Norway"));
  // A wrapper around a list of other stories is still one.
  Document news = read_page("<body><article>" + kStory +
                            "<div class=more><ul><li><a href=/a>Council elects a new chair for the year</a></li>"
                            "<li><a href=/b>Library hours change in the summer</a></li></ul></div></article></body>");
  EXPECT_FALSE(has_block(news, "Library hours change"));
}

// A shop's category page lists its products in <main> as cards, each a photo, a name link and a
// price: not an index whose lists are content, or the sort menu and every card are read as text.
TEST(LinkLists, ProductCardsInMainAreNoIndex) {
  auto main_reads_as_index = [](const std::string& page) {
    pith::html::Tree tree = pith::html::build_tree(page);
    std::vector<pith::extract::NodeStats> stats = pith::extract::compute_stats(tree, false);
    for (std::uint32_t i = 0; i < tree.nodes.size(); ++i) {
      if (tree.nodes[i].is(pith::html::Tag::Main)) return pith::extract::main_is_index(tree, stats, i);
    }
    ADD_FAILURE() << "no <main>";
    return false;
  };
  auto page = [](bool pictures) {
    std::string cards = "<body><main><h1>Cameras</h1><ul class=products>";
    for (const char* name : {"Trail camera 4K", "Trail camera HD", "Dash camera Pro", "Dash camera Lite"}) {
      cards += std::string("<li>") + (pictures ? "<a href=p.html><img src=p.jpg alt=x></a>" : "") +
               "<a href=p.html>" + name + "</a><span>$129.00</span></li>";
    }
    return cards + "</ul></main></body>";
  };
  EXPECT_FALSE(main_reads_as_index(page(true)));
  EXPECT_TRUE(main_reads_as_index(page(false)));  // the same names without pictures: an index
}

// Found by review: a news page's <main> holds the story and, under it, "most read" lists of
// headlines that outweigh it; main is no index, and the lists go as before.
TEST(LinkLists, StoryInMainWithHeadlineListsIsNoIndex) {
  std::string lists;
  for (int k = 0; k < 3; ++k) {
    lists += "<section class=most-read><h3>Most read</h3>" +
             links({"Harbour wall to be rebuilt after storms", "Ferry returns to the island in spring",
                    "School on the hill gets a new roof", "Library opens on Sundays from May",
                    "Market square closed for the fair", "Bus route 7 to run every ten minutes"}) + "</section>";
  }
  for (const std::string& story : {"<article>" + kStory + "</article>", kStory}) {
    Document doc = read_page("<html><body><main><h1>Council passes budget</h1>" + story + lists + "</main></body></html>");
    EXPECT_TRUE(has_block(doc, "good day for the town"));
    EXPECT_FALSE(has_block(doc, "Harbour wall to be rebuilt")) << pith::testing::joined_blocks(doc);
  }
}

// A quote that is mostly one link was removed as related links: a pull quote written as one linked
// sentence, a quoted tweet whose words, picture link and author sit inside the link to it. A quote
// written as a sentence is text; one that is only another story's headline is still a link.
TEST(LinkLists, QuoteWrittenAsASentenceStaysWhateverItLinks) {
  Document doc = read_page(
      "<body><article><h1>Council passes the budget</h1>" + kStory +
      "<blockquote class=pullquote><p><a href=/quotes/mayor>We will not raise taxes this year, whatever happens to "
      "the roads.</a></p></blockquote>" + kStory +
      "<blockquote class=twitter-tweet><a href=\"https://twitter.com/janeroe/status/1\">The roads in this county "
      "are a disgrace and the council knows it. pic.twitter.com/AbCdEfGhIjKl &mdash; Jane Roe (@janeroe) May 1, "
      "2020</a></blockquote>" + kStory +
      "<blockquote><a href=/news/mayor-resigns>Mayor resigns after the budget vote</a></blockquote>" + kStory +
      "</article></body>");
  EXPECT_TRUE(has_block(doc, "We will not raise taxes this year, whatever happens to the roads."));
  EXPECT_TRUE(has_block(doc, "The roads in this county are a disgrace and the council knows it."));
  EXPECT_FALSE(has_block(doc, "Mayor resigns after the budget vote"));
  EXPECT_TRUE(pith::testing::removed_holding(doc, Reason::Related, "Mayor resigns after the budget vote"));
  EXPECT_FALSE(pith::testing::removed_holding(doc, Reason::Related, "raise taxes"));
}
