// pith — the native command: the same core as the WebAssembly package, for files and pipelines.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "pith/pith.h"

namespace {

constexpr const char* kUsage =
    "usage: pith read [--format auto|text|html] [--quotes smart|ascii|keep] [--json] FILE|-\n"
    "       pith summarize [--sentences N] [--format auto|text|html] [--json] FILE|-\n"
    "read prints the clean article, one paragraph per line; summarize prints the summary,\n"
    "one sentence per line. --json prints the whole Document (read) or Summary (summarize).\n";

int usage_error(const std::string& message) {
  std::cerr << "pith: " << message << "\n" << kUsage;
  return 2;
}

bool read_all(const std::string& path, std::string& out) {
  if (path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    out = ss.str();
    return !std::cin.bad();
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return !in.bad();
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "--help" || args[0] == "-h") {
    std::cout << kUsage;
    return args.empty() ? 2 : 0;
  }
  const std::string command = args[0];
  if (command != "read" && command != "summarize") return usage_error("unknown command '" + command + "'");

  pith::ReadOptions read_options;
  pith::SummaryOptions summary_options;
  bool as_json = false;
  std::string path;
  for (std::size_t i = 1; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto need_value = [&](const char* flag) -> const std::string* {
      if (i + 1 >= args.size()) return nullptr;
      (void)flag;
      return &args[++i];
    };
    if (a == "--json") {
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
    } else if (a == "--sentences" && command == "summarize") {
      const std::string* v = need_value("--sentences");
      char* end = nullptr;
      long n = v ? std::strtol(v->c_str(), &end, 10) : 0;
      if (!v || *end != '\0' || n < 1 || n > 1000) return usage_error("--sentences takes a number from 1 to 1000");
      summary_options.sentences = static_cast<std::size_t>(n);
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
  if (!read_all(path, input)) {
    std::cerr << "pith: cannot read '" << path << "'\n";
    return 1;
  }
  pith::Document doc = pith::read(input, read_options);
  for (const auto& w : doc.warnings) std::cerr << "pith: warning: " << w << "\n";
  if (command == "read") {
    if (as_json) {
      std::cout << pith::to_json(doc) << "\n";
    } else {
      for (const auto& b : doc.blocks) std::cout << b.text << "\n";
    }
    return 0;
  }
  pith::Summary summary = pith::summarize(doc, summary_options);
  if (as_json) {
    std::cout << pith::to_json(summary, doc) << "\n";
  } else {
    for (const auto& s : summary.sentences) std::cout << s.text << "\n";
  }
  return 0;
}
