// The native command, run as a user would.
#include <gtest/gtest.h>

#include <sys/wait.h>

#include <algorithm>
#include <cstdio>
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

// A folder given as the file made the C++ stream throw, and the command died (exit 134, "terminate
// called"): it is an error like a missing file, exit 1.
TEST(Cli, AFolderIsAnErrorNotACrash) {
  CliRun r = run("read " + std::string(PITH_FIXTURES));
  ASSERT_TRUE(WIFEXITED(r.status));
  EXPECT_EQ(WEXITSTATUS(r.status), 1);
  EXPECT_TRUE(r.out.empty());
  // The same folder as standard input is the same error (it used to read as nothing at all: "no
  // article text found", exit 0).
  CliRun piped = run("read - < " + std::string(PITH_FIXTURES));
  ASSERT_TRUE(WIFEXITED(piped.status));
  EXPECT_EQ(WEXITSTATUS(piped.status), 1);
  CliRun missing = run("read /nonexistent/file.txt");
  ASSERT_TRUE(WIFEXITED(missing.status));
  EXPECT_EQ(WEXITSTATUS(missing.status), 1);
}

TEST(Cli, AnEmptyReadingSaysSoOnStderr) {
  // A page that is all furniture (a manual's title page: a menu and a copyright line) gives no
  // text; stdout stays empty for pipes, and stderr says why instead of nothing at all.
  std::string cmd = "printf '%s' '<body><nav><a href=/a>Home</a> <a href=/b>Next</a></nav>"
                    "<footer>Copyright 2022 The Authors</footer></body>' | " +
                    std::string(PITH_CLI) + " read --format html - 2>&1 >/dev/null";
  FILE* p = popen(cmd.c_str(), "r");
  std::string err;
  char buf[512];
  std::size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) err.append(buf, n);
  EXPECT_EQ(pclose(p), 0);
  EXPECT_NE(err.find("no article text found (2 parts removed"), std::string::npos) << err;
}

TEST(Cli, SummarizeBudgets) {
  const std::string file = seed(pith::testing::kSeed001);  // 30 candidate sentences
  CliRun ratio = run("summarize --ratio 0.11 " + file);
  EXPECT_EQ(ratio.status, 0);
  EXPECT_EQ(std::count(ratio.out.begin(), ratio.out.end(), '\n'), 4);  // ceil(3.3)
  CliRun words = run("summarize --words 60 " + file);
  EXPECT_EQ(words.status, 0);
  EXPECT_FALSE(words.out.empty());
  EXPECT_LE(pith::count_words(words.out), 60u);
  CliRun json = run("summarize --words 60 --json " + file);
  EXPECT_EQ(json.status, 0);
  EXPECT_NE(json.out.find("\"keyPhrases\":[\""), std::string::npos) << json.out;
  EXPECT_NE(json.out.find("\"Vladimir Putin\""), std::string::npos) << json.out;
}

TEST(Cli, SummarizeBudgetErrors) {
  const std::string file = seed(pith::testing::kSeed001);
  for (const char* bad : {"--sentences 3 --words 50", "--ratio 0.5 --sentences 2", "--words 10 --words 20",
                          "--ratio 0", "--ratio 1.5", "--ratio abc", "--words 0", "--words 2.5", "--words 100001",
                          "--sentences 1001", "--sentences", "--sentences ''", "--words 12x"}) {
    CliRun r = run(std::string("summarize ") + bad + " " + file);
    EXPECT_NE(r.status, 0) << bad;
    EXPECT_TRUE(r.out.empty()) << bad;
  }
  EXPECT_NE(run("read --words 50 " + file).status, 0);  // a summary option on read
}

TEST(Cli, SummarizeBudgetErrorsSayWhatIsWrong) {
  const std::string file = seed(pith::testing::kSeed001);
  auto err = [&](const std::string& args) {  // what the command prints on stderr
    std::string cmd = std::string(PITH_CLI) + " summarize " + args + " " + file + " 2>&1 >/dev/null";
    std::string out;
    FILE* p = popen(cmd.c_str(), "r");
    char buf[4096];
    std::size_t n;
    while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
    pclose(p);
    return out;
  };
  EXPECT_NE(err("--sentences 3 --words 50").find("--sentences and --words both set the length"), std::string::npos);
  EXPECT_NE(err("--ratio 2").find("--ratio takes a number greater than 0 and at most 1"), std::string::npos);
  EXPECT_NE(err("--words -1").find("--words takes a whole number from 1 to 100000"), std::string::npos);
}

TEST(Cli, UrlResolvesThePageLinks) {
  const std::string page =
      "<html><head><link rel=canonical href='../ferry'><meta property=og:image content='/img/ferry.jpg'></head>"
      "<body><article><p>The ferry to the outer islands will run twice a day from May, the transport board said.</p>"
      "</article></body></html>";
  const std::string file = ::testing::TempDir() + "pith_cli_url.html";
  FILE* f = std::fopen(file.c_str(), "wb");
  ASSERT_NE(f, nullptr);
  std::fwrite(page.data(), 1, page.size(), f);
  std::fclose(f);
  CliRun r = run("read --json --url https://news.example.com/region/story.html " + file);
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(r.out.find("\"canonicalUrl\":\"https://news.example.com/ferry\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"imageUrl\":\"https://news.example.com/img/ferry.jpg\""), std::string::npos) << r.out;
  // Without the address the relative links cannot be placed.
  EXPECT_NE(run("read --json " + file).out.find("\"canonicalUrl\":\"\""), std::string::npos);
  for (const char* bad : {"--url", "--url news.example.com/story", "--url 'javascript:alert(1)'", "--url ''"}) {
    CliRun e = run(std::string("read ") + bad + " " + file);
    EXPECT_NE(e.status, 0) << bad;
    EXPECT_TRUE(e.out.empty()) << bad;
  }
  std::remove(file.c_str());
}

namespace {

// Runs a shell command line and returns its exit status and what it wrote to stderr.
CliRun run_stderr(const std::string& cmd) {
  CliRun r{0, {}};
  FILE* p = popen((cmd + " 2>&1 >/dev/null").c_str(), "r");
  char buf[4096];
  std::size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
  r.status = pclose(p);
  return r;
}

}  // namespace

// Output that cannot be written (a full disk) is a failure, not exit 0.
TEST(Cli, AFailedWriteIsAnError) {
  for (const char* command : {"read", "read --json", "summarize"}) {
    CliRun r = run_stderr("sh -c '" + std::string(PITH_CLI) + " " + command + " " +
                          seed(pith::testing::kSeed002) + " >/dev/full'");
    ASSERT_TRUE(WIFEXITED(r.status)) << command;
    EXPECT_EQ(WEXITSTATUS(r.status), 1) << command;
    EXPECT_NE(r.out.find("pith: cannot write the output: No space left on device"), std::string::npos) << r.out;
  }
}

TEST(Cli, EachCommandHasHelp) {
  for (const char* args : {"read --help", "summarize --help", "read -h", "summarize --json -h"}) {
    CliRun r = run(args);
    EXPECT_EQ(r.status, 0) << args;
    EXPECT_EQ(r.out.rfind("usage: pith read", 0), 0u) << args << ": " << r.out;
  }
}

TEST(Cli, DoubleDashEndsTheOptions) {
  const std::string dir = ::testing::TempDir();
  const std::string name = "-pith-cli-dash.txt";
  FILE* f = std::fopen((dir + "/" + name).c_str(), "wb");
  ASSERT_NE(f, nullptr);
  const std::string text = pith::testing::fixture(pith::testing::kSeed002);
  std::fwrite(text.data(), 1, text.size(), f);
  std::fclose(f);
  CliRun r = run("read -- " + dir + "/" + name);
  EXPECT_EQ(r.status, 0);
  const std::string cd = "cd '" + dir + "' && " + std::string(PITH_CLI);
  CliRun relative{0, {}};
  FILE* p = popen((cd + " read -- " + name + " 2>/dev/null").c_str(), "r");
  char buf[4096];
  std::size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) relative.out.append(buf, n);
  relative.status = pclose(p);
  EXPECT_EQ(relative.status, 0);
  EXPECT_EQ(relative.out, pith::testing::fixture(pith::testing::kSeed000) + "\n");
  // Without --, the name is an unknown option.
  EXPECT_NE(run_stderr(cd + " read " + name).status, 0);
  EXPECT_NE(run("read -- a b").status, 0);  // still one file at a time
  std::remove((dir + "/" + name).c_str());
}

TEST(Cli, CannotReadSaysWhy) {
  EXPECT_NE(run_stderr(std::string(PITH_CLI) + " read /nonexistent/file.txt").out.find(
                "cannot read '/nonexistent/file.txt': No such file or directory"),
            std::string::npos);
  EXPECT_NE(run_stderr(std::string(PITH_CLI) + " read " + PITH_FIXTURES).out.find("Is a directory"),
            std::string::npos);
}

TEST(Cli, AWordBudgetNoSentenceFitsSaysSoOnStderr) {
  // --words 3 on a one-sentence article printed nothing and exited 0: the budget is kept exactly,
  // so stdout stays empty, and stderr says why and what would fit.
  CliRun r = run_stderr("printf '%s' 'Only one sentence lives in this article, and it is this one.' | " +
                        std::string(PITH_CLI) + " summarize --words 3 -");
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(r.out.find("no sentence fits in 3 words (the shortest has 12)"), std::string::npos) << r.out;
}

// `head -c 3000 /usr/bin/ls > bin.dat; pith read bin.dat` printed mojibake, warned only "decoded as
// windows-1252" and exited 0; a PDF likewise. Both are errors now, naming the file and what it is.
TEST(Cli, AFileThatIsNotTextIsAnError) {
  const std::string dir = ::testing::TempDir();
  const std::string pdf = dir + "/pith-cli-paper.pdf";
  FILE* f = std::fopen(pdf.c_str(), "wb");
  ASSERT_NE(f, nullptr);
  std::string bytes = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Length 64 /Filter /FlateDecode >>\nstream\n";
  for (int i = 0; i < 64; ++i) bytes += static_cast<char>(0x78 + i * 37);
  std::fwrite(bytes.data(), 1, bytes.size(), f);
  std::fclose(f);
  for (const std::string command : {"read", "read --json", "summarize", "read --format text"}) {
    CliRun out = run(command + " " + pdf);
    ASSERT_TRUE(WIFEXITED(out.status)) << command;
    EXPECT_EQ(WEXITSTATUS(out.status), 1) << command;
    EXPECT_TRUE(out.out.empty()) << command << ": " << out.out;
    CliRun err = run_stderr(std::string(PITH_CLI) + " " + command + " " + pdf);
    EXPECT_NE(err.out.find("pith: cannot read '" + pdf + "': it looks like a PDF document, not text or HTML"),
              std::string::npos) << err.out;
  }
  std::remove(pdf.c_str());
  // A program's first 3000 bytes, piped in.
  CliRun program = run_stderr("head -c 3000 " + std::string(PITH_CLI) + " | " + PITH_CLI + " read -");
  ASSERT_TRUE(WIFEXITED(program.status));
  EXPECT_EQ(WEXITSTATUS(program.status), 1);
  EXPECT_NE(program.out.find("pith: cannot read '-': it looks like a"), std::string::npos) << program.out;
  EXPECT_EQ(program.out.find("windows-1252"), std::string::npos) << program.out;
}

// strtod read "1e2" as 100 sentences, "0x3" as 3 and " 3" as 3: a length must be written plainly.
TEST(Cli, SummarizeLengthsArePlainNumbers) {
  const std::string file = seed(pith::testing::kSeed001);
  for (const char* bad : {"--sentences 1e2", "--sentences 0x3", "--sentences ' 3'", "--sentences '3 '", "--sentences +3",
                          "--words 1e1", "--ratio 1e-1", "--ratio 0x0.1", "--ratio ' 0.2'", "--ratio .", "--ratio inf",
                          "--ratio 0.1.2"}) {
    CliRun r = run(std::string("summarize ") + bad + " " + file);
    EXPECT_EQ(WEXITSTATUS(r.status), 2) << bad;
    EXPECT_TRUE(r.out.empty()) << bad;
  }
  const std::string tenth = run("summarize --ratio .1 " + file).out;
  EXPECT_EQ(tenth, run("summarize --ratio 0.1 " + file).out);
  EXPECT_GE(std::count(tenth.begin(), tenth.end(), '\n'), 3);
  EXPECT_EQ(run("summarize --sentences 02 " + file).status, 0);
}

TEST(Cli, OptionValuesMayFollowAnEqualsSign) {
  const std::string file = seed(pith::testing::kSeed001);
  CliRun joined = run("summarize --sentences=2 --format=text " + file);
  EXPECT_EQ(joined.status, 0);
  EXPECT_EQ(joined.out, run("summarize --sentences 2 --format text " + file).out);
  EXPECT_EQ(run("read --quotes=ascii " + file).out, run("read --quotes ascii " + file).out);
  EXPECT_EQ(WEXITSTATUS(run("read --format=pdf " + file).status), 2);
  EXPECT_EQ(WEXITSTATUS(run("read --json=yes " + file).status), 2);
  EXPECT_EQ(WEXITSTATUS(run("read --format= " + file).status), 2);
}

TEST(Cli, VersionMatchesThePackage) {
  CliRun r = run("--version");
  EXPECT_EQ(r.status, 0);
  const std::string package = pith::testing::fixture("../../package.json");
  const std::size_t at = package.find("\"version\": \"");
  ASSERT_NE(at, std::string::npos);
  const std::string version = package.substr(at + 12, package.find('"', at + 12) - at - 12);
  EXPECT_EQ(r.out, "pith " + version + "\n");
}

// read said "no article text found" where summarize printed nothing at all, exit 0.
TEST(Cli, AnEmptySummarySaysThereWasNoArticle) {
  CliRun r = run_stderr(std::string(PITH_CLI) + " summarize /dev/null");
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(r.out.find("no article text found"), std::string::npos) << r.out;
  EXPECT_TRUE(run("summarize /dev/null").out.empty());
}
