// Lists of links inside the reading: when they are menus and "more stories" boxes (removed) and
// when they are what the page is for (kept). Each test is a docs-page shape that went wrong.
#include <gtest/gtest.h>

#include <string>

#include "extract/html_reader.h"
#include "fixtures.h"
#include "pith/read.h"

using namespace pith;
using pith::testing::joined_blocks;
using pith::testing::removed_with;

namespace {

const std::string kStory =
    "<p>The council approved the new budget on Tuesday, after a debate that ran late into the evening, "
    "with members arguing over road repairs, school funding, and the library.</p>"
    "<p>Supporters said the plan balanced the books without cutting services, while critics warned that "
    "reserves would run low by the end of the decade, leaving little room for surprises.</p>"
    "<p>The mayor, who had pushed for the library funding, called the vote a good day for the town, and "
    "promised a review of spending in the spring, when the first figures come in.</p>";

Document read_page(const std::string& html) {
  Document doc;
  extract::read_html(html, "", doc);
  return doc;
}

bool has_block(const Document& doc, std::string_view needle) {
  return joined_blocks(doc).find(needle) != std::string::npos;
}

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
