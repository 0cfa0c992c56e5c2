// Developer tool for the HTML reader's cost, built natively only (build/pith_read_tool):
//   pith_read_tool REPS FILE...   reads every (gunzipped) HTML file REPS times; prints ms/page
// Run under `valgrind --tool=callgrind build/pith_read_tool 1 pages/*.html` for instruction counts
// that machine load does not change (how the figures in the speed commits were taken).
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "pith/pith.h"

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: pith_read_tool REPS FILE...\n");
    return 2;
  }
  const int reps = std::atoi(argv[1]);
  std::vector<std::string> pages;
  for (int i = 2; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    pages.push_back(ss.str());
  }
  pith::ReadOptions options;
  options.format = pith::Format::Html;
  std::size_t blocks = 0;
  auto t0 = std::chrono::steady_clock::now();
  for (int r = 0; r < reps; ++r) {
    for (const std::string& page : pages) blocks += pith::read(page, options).blocks.size();
  }
  double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  std::printf("%zu pages x %d: %.3f ms/page (%zu blocks)\n", pages.size(), reps,
              ms / static_cast<double>(pages.size() * static_cast<std::size_t>(reps > 0 ? reps : 1)), blocks);
  return 0;
}
