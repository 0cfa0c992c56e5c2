// A pasted README: its one-word "# name" is the title, and the table and the closing section
// after its last paragraph are still the document's.
#include <gtest/gtest.h>

#include <string>

#include "fixtures.h"
#include "pith/read.h"
#include "text/markdown.h"

using namespace pith;

namespace {

bool kept(const Document& doc, std::string_view needle) {
  for (const Block& b : doc.blocks) {
    if (b.text.find(needle) != std::string::npos) return true;
  }
  return false;
}

const std::string kReadme =
    "# fastgrep\n\n"
    "A tiny, fast line searcher written in Rust. It respects ignore files and skips binary files by default.\n\n"
    "## Installation\n\n```sh\ncargo install fastgrep\n```\n\n"
    "## Performance\n\n"
    "On a large corpus of source code, fastgrep finishes in a little over a second, compared with nearly five "
    "seconds for the usual tools on the same machine.\n\n"
    "| Tool | Time (s) |\n|------|----------|\n| fastgrep | 1.3 |\n| grep | 4.8 |\n\n"
    "## License\n\nMIT. See LICENSE for details.\n";

}  // namespace

TEST(MarkdownPaste, OneWordTitleHeading) {
  Document doc = read(kReadme, {Format::Text, Quotes::Keep});
  EXPECT_EQ(doc.title, "fastgrep");
}

TEST(MarkdownPaste, TableAndClosingSectionAreKept) {
  Document doc = read(kReadme, {Format::Text, Quotes::Keep});
  EXPECT_TRUE(kept(doc, "| fastgrep | 1.3 |"));
  EXPECT_TRUE(kept(doc, "| grep | 4.8 |"));
  EXPECT_TRUE(kept(doc, "License"));
  EXPECT_TRUE(kept(doc, "MIT. See LICENSE for details."));
  EXPECT_FALSE(kept(doc, "|------|"));
}

TEST(MarkdownPaste, TableRowShape) {
  EXPECT_TRUE(text::is_table_markup("| Tool | Time (s) |"));
  EXPECT_TRUE(text::is_table_markup("|------|----------|"));
  EXPECT_FALSE(text::is_table_markup("|"));
  EXPECT_FALSE(text::is_table_markup("| a pipe at the start only"));
}

// A README that opens with an HTML banner is still Markdown: its headings and fences outnumber
// the banner's tags, so it is read as text, its code kept as code with its straight quotes.
TEST(MarkdownPaste, HtmlBannerOverMarkdownIsText) {
  const std::string readme =
      "<p align=\"center\">\n  <img src=\"docs/logo.png\" width=\"200\" alt=\"tinyq logo\">\n</p>\n\n"
      "# tinyq\n\nA minimal job queue for Python backed by SQLite. No Redis, no broker, no daemon.\n\n"
      "## Why\n\nMost small projects do not need a distributed queue. tinyq stores jobs in a single SQLite file "
      "and runs them in worker threads, so deploying it is as simple as copying a file.\n\n"
      "## Quick start\n\n```python\nfrom tinyq import Queue\nq = Queue(\"jobs.db\")\n```\n";
  EXPECT_EQ(detect_format(readme), Format::Text);
  Document doc = read(readme);
  EXPECT_EQ(doc.format, Format::Text);
  EXPECT_EQ(doc.title, "tinyq");
  EXPECT_EQ(doc.site_name, "");
  bool code = false;
  for (const Block& b : doc.blocks) {
    if (b.kind == BlockKind::Code) {
      code = true;
      EXPECT_NE(b.text.find("Queue(\"jobs.db\")"), std::string::npos) << b.text;
    }
  }
  EXPECT_TRUE(code);
  // A page whose markup outweighs a heading-like line stays HTML.
  EXPECT_EQ(detect_format("<div><p>Intro paragraph.</p>\n# not a heading\n<p>More.</p><p>End.</p></div>"), Format::Html);
}
