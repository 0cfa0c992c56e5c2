// Developer tool for bench/fit-summary.mjs, built natively only (build/pith_summary_tool):
//   pith_summary_tool features FILE...               one JSON line per file: sentences and features
//   pith_summary_tool summarize W0,W1,…,R N FILE...  one JSON line per file: the chosen sentences
// Files are plain-text articles; both modes run the engine's own code paths.
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "json/json_writer.h"
#include "pith/pith.h"
#include "summarize/features.h"
#include "summarize/select.h"

namespace {

std::string slurp(const char* path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

int main(int argc, char** argv) {
  using namespace pith;
  if (argc < 3) {
    std::cerr << "usage: pith_summary_tool features FILE... | summarize WEIGHTS N FILE...\n";
    return 2;
  }
  std::string mode = argv[1];
  if (mode == "features") {
    for (int f = 2; f < argc; ++f) {
      Document doc = read(slurp(argv[f]));
      summarizer::Analysis a = summarizer::analyse(doc);
      json::Writer w;
      w.begin_object().key("file").value(argv[f]).key("sentences").begin_array();
      for (std::size_t i = 0; i < a.sentences.size(); ++i) {
        const auto& ref = a.sentences[i];
        w.begin_object().key("text").value(doc.blocks[ref.block].text.substr(ref.span.begin, ref.span.end - ref.span.begin));
        w.key("features").begin_array();
        for (double v : a.features[i]) w.value(v);
        w.end_array().end_object();
      }
      w.end_array().key("names").begin_array();
      for (std::size_t k = 0; k < summarizer::kFeatureCount; ++k) w.value(summarizer::feature_name(static_cast<summarizer::Feature>(k)));
      w.end_array().end_object();
      std::cout << w.take() << "\n";
    }
    return 0;
  }
  if (mode == "summarize" && argc >= 5) {
    summarizer::Features weights{};
    std::stringstream ws(argv[2]);
    std::string item;
    std::size_t k = 0;
    double redundancy = 0.0;
    while (std::getline(ws, item, ',')) {
      if (k < summarizer::kFeatureCount) weights[k] = std::atof(item.c_str());
      else redundancy = std::atof(item.c_str());
      ++k;
    }
    const SummaryOptions options = SummaryOptions::sentences(static_cast<std::size_t>(std::atoi(argv[3])));
    for (int f = 4; f < argc; ++f) {
      Document doc = read(slurp(argv[f]));
      Summary s = summarizer::summarize_with(doc, options, weights, redundancy);
      json::Writer w;
      w.begin_object().key("file").value(argv[f]).key("sentences").begin_array();
      for (const auto& x : s.sentences) w.value(x.text);
      w.end_array().end_object();
      std::cout << w.take() << "\n";
    }
    return 0;
  }
  std::cerr << "pith_summary_tool: unknown mode\n";
  return 2;
}
