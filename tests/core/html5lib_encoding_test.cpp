// html5lib's encoding tests (encoding/*.dat in PITH_CONFORMANCE_DIR, kept outside the repository):
// each #data is a page's first bytes, each #encoding what a browser decides with no transport
// label. The check is the sniffing decision (sniff_html_encoding), so pages declaring an encoding
// pith cannot decode (EUC-JP) still count when the declaration is found. encoding/scripted/ needs
// a script engine and is not run.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "text/charset.h"
#include "text/charset_sniff.h"

namespace fs = std::filesystem;
using pith::text::Encoding;

namespace {

struct EncodingCase {
  std::string data;
  std::string expected;  // a label
  std::size_t line;
};

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// "#data\n<bytes>\n#encoding\n<label>\n", repeated; the newline before "#encoding" is the format's.
std::vector<EncodingCase> parse_dat(const std::string& text) {
  std::vector<EncodingCase> cases;
  std::size_t pos = 0;
  while ((pos = text.find("#data\n", pos)) != std::string::npos) {
    std::size_t start = pos + 6;
    std::size_t marker = text.find("\n#encoding\n", start - 1);
    if (marker == std::string::npos) break;
    std::size_t label_start = marker + 11;
    std::size_t label_end = text.find('\n', label_start);
    if (label_end == std::string::npos) label_end = text.size();
    EncodingCase c;
    c.data = text.substr(start, marker >= start ? marker - start : 0);
    c.expected = text.substr(label_start, label_end - label_start);
    c.line = static_cast<std::size_t>(std::count(text.begin(), text.begin() + pos, '\n')) + 1;
    cases.push_back(std::move(c));
    pos = label_end;
  }
  return cases;
}

std::string excerpt(std::string s) {
  for (char& c : s) {
    if (c == '\n') c = ' ';
  }
  return s.size() > 60 ? s.substr(0, 60) + "…" : s;
}

}  // namespace

TEST(Html5libEncoding, PrescanMatchesTheSuite) {
  const fs::path dir = fs::path(PITH_CONFORMANCE_DIR) / "encoding";
  if (!fs::is_directory(dir)) {
    GTEST_SKIP() << "skipped the html5lib encoding suite: " << dir.string()
                 << " does not exist (the suite lives in ../shared, outside the repository)";
  }
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.is_regular_file() && entry.path().extension() == ".dat") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  ASSERT_FALSE(files.empty()) << "no .dat files in " << dir.string();

  std::size_t passed = 0, total = 0;
  for (const fs::path& file : files) {
    for (const EncodingCase& c : parse_dat(read_file(file))) {
      ++total;
      auto expected = pith::text::encoding_for_label(c.expected);
      auto got = pith::text::sniff_html_encoding(c.data).encoding;
      if (expected && *expected == got) {
        ++passed;
        continue;
      }
      std::printf("  FAIL %s:%zu expected %s, got %s (%zu bytes: %s)\n", file.filename().c_str(), c.line,
                  c.expected.c_str(), std::string(pith::text::encoding_name(got)).c_str(), c.data.size(),
                  excerpt(c.data).c_str());
    }
  }
  std::printf("html5lib encoding: %zu of %zu passed\n", passed, total);
  ASSERT_GT(total, 0u);
  // All pass: the ones declaring the encoding after the first 1024 bytes (which a browser honours by
  // parsing again when its tree builder meets that <meta>) through the late look for a <meta>.
  EXPECT_EQ(passed, total);
}
