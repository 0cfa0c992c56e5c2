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
