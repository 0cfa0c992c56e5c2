// pith — the native command: the same core as the WebAssembly package, for files and pipelines.
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "pith/pith.h"

namespace {

constexpr const char* kUsage =
    "usage: pith read [--format auto|text|html] [--quotes smart|ascii|keep] [--url URL] [--json] [--] FILE|-\n"
    "       pith summarize [--sentences N | --ratio R | --words W] [--format auto|text|html] [--url URL] [--json] [--] FILE|-\n"
    "read prints the clean article, one paragraph per line; summarize prints the summary,\n"
    "one sentence per line. --json prints the whole Document (read) or Summary with its key\n"
    "phrases (summarize). The summary's length is one of: --sentences N (1-1000, default 3),\n"
    "--ratio R (that share of the article's sentences, rounded up, at least one; 0 < R <= 1),\n"
    "--words W (the best sentences that fit in W words, 1-100000; none, with a note on stderr,\n"
    "when no sentence fits). --url gives the page's address (http or https), against which\n"
    "relative canonical and image links resolve. An option's value may follow it or an = sign\n"
    "(--format=html). -h or --help prints this, --version the version; -- ends the options\n"
    "(for a file whose name starts with -).\n";

int usage_error(const std::string& message) {
  std::cerr << "pith: " << message << "\n" << kUsage;
  return 2;
}

bool all_digits(const std::string& s) {
  return !s.empty() && s.find_first_not_of("0123456789") == std::string::npos;
}

// Digits, at most one '.', and at least one digit: "0.25", ".5", "1".
bool plain_decimal(const std::string& s) {
  const std::size_t dot = s.find('.');
  if (dot == std::string::npos) return all_digits(s);
  const std::string before = s.substr(0, dot);
  const std::string after = s.substr(dot + 1);
  return (before.empty() || all_digits(before)) && (after.empty() || all_digits(after)) && before.size() + after.size() > 0;
}

// "--sentences 3" and friends: a plain whole number, or for --ratio a plain decimal. strtod alone
// took "1e2", "0x3", " 3" and "inf", so a slip of the keyboard gave some other length, silently.
std::optional<pith::SummaryOptions> parse_amount(const std::string& unit, const std::string& value) {
  if (!(unit == "ratio" ? plain_decimal(value) : all_digits(value))) return std::nullopt;
  return pith::parse_budget(unit, std::strtod(value.c_str(), nullptr));
}

std::string budget_range(const std::string& flag) {
  if (flag == "--ratio") return "--ratio takes a number greater than 0 and at most 1, e.g. 0.2";
  if (flag == "--words") return "--words takes a whole number from 1 to " + std::to_string(pith::kMaxSummaryWords);
  return "--sentences takes a whole number from 1 to " + std::to_string(pith::kMaxSummarySentences);
}

// Reads the whole file (or standard input for "-"); on failure returns false with the system's
// reason in `why` ("No such file or directory", "Is a directory", ...).
bool read_all(const std::string& path, std::string& out, std::string& why) {
  // C stdio, not C++ streams: libstdc++'s file buffer throws on a read error (a folder given as
  // the file, or as standard input), whatever the stream's exception mask, and the command died.
  errno = 0;
  std::FILE* f = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
  if (f == nullptr) {
    why = std::strerror(errno != 0 ? errno : ENOENT);
    return false;
  }
  char buffer[1 << 16];
  std::size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0) out.append(buffer, n);
  const bool ok = std::ferror(f) == 0;
  if (!ok) why = errno != 0 ? std::strerror(errno) : "read error";
  if (f != stdin) std::fclose(f);
  return ok;
}

// Everything printed must reach its destination: a full disk is a failure (exit 1 with the
// reason), not a silent success. A reader that closes the pipe early (`| head`) ends the command
// by SIGPIPE, as it does any other command-line tool.
int finish(int status) {
  errno = 0;
  std::cout.flush();
  const bool ok = std::cout.good() && std::fflush(stdout) == 0 && std::ferror(stdout) == 0;
  if (!ok) {
    std::cerr << "pith: cannot write the output: " << (errno != 0 ? std::strerror(errno) : "write error") << "\n";
    return 1;
  }
  return status;
}

// An empty stdout alone reads as a failure to run; say what happened instead.
void report_no_article(const pith::Document& doc) {
  std::cerr << "pith: no article text found";
  if (!doc.removed.empty()) std::cerr << " (" << doc.removed.size() << " parts removed as page furniture; --json lists them)";
  std::cerr << "\n";
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "--help" || args[0] == "-h") {
    std::cout << kUsage;
    return finish(args.empty() ? 2 : 0);
  }
  if (args[0] == "--version") {
    std::cout << "pith " << PITH_VERSION << "\n";
    return finish(0);
  }
  const std::string command = args[0];
  if (command != "read" && command != "summarize") return usage_error("unknown command '" + command + "'");

  pith::ReadOptions read_options;
  pith::SummaryOptions summary_options;
  std::string budget_flag;  // the one of --sentences/--ratio/--words given, if any
  bool as_json = false;
  std::string path;
  bool options_done = false;  // after "--", every argument is a file
  for (std::size_t i = 1; i < args.size(); ++i) {
    std::string a = args[i];
    // "--format=html" is "--format html", as getopt_long reads it.
    std::optional<std::string> inline_value;
    if (!options_done && a.rfind("--", 0) == 0 && a.find('=') != std::string::npos) {
      inline_value = a.substr(a.find('=') + 1);
      a.resize(a.find('='));
    }
    auto need_value = [&](const char* flag) -> const std::string* {
      (void)flag;
      if (inline_value) return &*inline_value;
      if (i + 1 >= args.size()) return nullptr;
      return &args[++i];
    };
    const bool takes_value = a == "--format" || a == "--quotes" || a == "--url" || a == "--sentences" ||
                             a == "--ratio" || a == "--words";
    if (inline_value && !takes_value) return usage_error(a + " takes no value");
    if (!options_done && (a == "--help" || a == "-h")) {
      std::cout << kUsage;
      return finish(0);
    }
    if (!options_done && a == "--") {
      options_done = true;
    } else if (options_done) {
      if (!path.empty()) return usage_error("one input file at a time");
      path = a;
    } else if (a == "--json") {
      as_json = true;
    } else if (a == "--format") {
      const std::string* v = need_value("--format");
      auto f = v ? pith::parse_format(*v) : std::nullopt;
      if (!f) return usage_error("--format takes auto, text or html");
      read_options.format = *f;
    } else if (a == "--quotes") {
      const std::string* v = need_value("--quotes");
      auto q = v ? pith::parse_quotes(*v) : std::nullopt;
      if (!q) return usage_error("--quotes takes smart, ascii or keep");
      read_options.quotes = *q;
    } else if (a == "--url") {
      const std::string* v = need_value("--url");
      auto url = v ? pith::parse_page_url(*v) : std::nullopt;
      if (!url) return usage_error("--url takes an absolute http or https URL, e.g. https://example.com/story");
      read_options.url = *url;
    } else if (command == "summarize" && (a == "--sentences" || a == "--ratio" || a == "--words")) {
      if (!budget_flag.empty()) {
        return usage_error(budget_flag == a ? a + " given twice"
                                            : budget_flag + " and " + a + " both set the length: give one");
      }
      budget_flag = a;
      const std::string* v = need_value(a.c_str());
      auto budget = v ? parse_amount(a.substr(2), *v) : std::nullopt;
      if (!budget) return usage_error(budget_range(a));
      summary_options = *budget;
    } else if (a.size() > 1 && a[0] == '-' ) {
      return usage_error("unknown option '" + a + "'");
    } else if (path.empty()) {
      path = a;
    } else {
      return usage_error("one input file at a time");
    }
  }
  if (path.empty()) return usage_error("no input file (use - for standard input)");

  std::string input;
  std::string why;
  if (!read_all(path, input, why)) {
    std::cerr << "pith: cannot read '" << path << "': " << why << "\n";
    return 1;
  }
  pith::Document doc = pith::read(input, read_options);
  // A PDF, an image or a program is a failed read, not an empty article: a script sees the status.
  if (!doc.not_text.empty()) {
    std::cerr << "pith: cannot read '" << path << "': it looks like " << doc.not_text
              << ", not text or HTML\n";
    return 1;
  }
  for (const auto& w : doc.warnings) std::cerr << "pith: warning: " << w << "\n";
  if (command == "read") {
    if (as_json) {
      std::cout << pith::to_json(doc) << "\n";
    } else {
      for (const auto& b : doc.blocks) {
        // A numbered step keeps its number on the line (the marker is not in the block's text).
        if (b.number) std::cout << *b.number << ". ";
        std::cout << b.text << "\n";
      }
      if (doc.blocks.empty()) report_no_article(doc);
    }
    return finish(0);
  }
  pith::Summary summary = pith::summarize(doc, summary_options);
  if (as_json) {
    std::cout << pith::to_json(summary, doc) << "\n";
  } else {
    for (const auto& s : summary.sentences) std::cout << s.text << "\n";
    if (doc.blocks.empty()) report_no_article(doc);
    // The word budget is kept exactly, so it can leave nothing; an empty stdout alone reads as a
    // failure, so say what would fit.
    if (summary.sentences.empty() && summary_options.unit == pith::BudgetUnit::Words) {
      std::size_t shortest = 0;
      for (const auto& s : pith::summarize(doc, pith::SummaryOptions::sentences(pith::kMaxSummarySentences)).sentences) {
        const std::size_t w = pith::count_words(s.text);
        if (shortest == 0 || w < shortest) shortest = w;
      }
      if (shortest > 0) {
        std::cerr << "pith: no sentence fits in " << static_cast<std::size_t>(summary_options.amount)
                  << " words (the shortest has " << shortest << ")\n";
      }
    }
  }
  return finish(0);
}
