// The native command, run as a user would.
#include <gtest/gtest.h>

#include <cstdio>
#include <algorithm>
#include <string>

#include "fixtures.h"

namespace {

struct CliRun {
  int status;
  std::string out;
};

CliRun run(const std::string& args) {
  std::string cmd = std::string(PITH_CLI) + " " + args + " 2>/dev/null";
  CliRun r{0, {}};
  FILE* p = popen(cmd.c_str(), "r");
  char buf[4096];
  std::size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
  r.status = pclose(p);
  return r;
}

std::string seed(const char* name) { return std::string(PITH_FIXTURES) + "/" + name; }

}  // namespace

TEST(Cli, ReadPrintsOneParagraphPerLine) {
  CliRun r = run("read " + seed(pith::testing::kSeed002));
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out, pith::testing::fixture(pith::testing::kSeed000) + "\n");
}

TEST(Cli, ReadFromStdinAsJson) {
  CliRun r = run("read --json - < " + seed(pith::testing::kSeed002));
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(r.out.find("\"byline\":\"Sarah Arnold\""), std::string::npos);
  EXPECT_NE(r.out.find("\"reason\":\"photo-credit\""), std::string::npos);
}

TEST(Cli, SummarizePrintsTheChosenSentences) {
  CliRun r = run("summarize --sentences 2 " + seed(pith::testing::kSeed004));
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 2);
}

TEST(Cli, ErrorsGoToStderrWithNonZeroExit) {
  EXPECT_NE(run("read /nonexistent/file.txt").status, 0);
  EXPECT_NE(run("read --format pdf " + seed(pith::testing::kSeed000)).status, 0);
  EXPECT_NE(run("summarize --sentences 0 " + seed(pith::testing::kSeed000)).status, 0);
  EXPECT_NE(run("frobnicate").status, 0);
  EXPECT_TRUE(run("read /nonexistent/file.txt").out.empty());
}
