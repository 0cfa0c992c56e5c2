// Test helpers: the seed fixtures and small views of a Document.
#pragma once

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "pith/pith.h"

namespace pith::testing {

inline std::string fixture(const std::string& name) {
  std::ifstream in(std::string(PITH_FIXTURES) + "/" + name, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline const char* kSeed000 = "000_a7f127b872ba1c0d.txt";
inline const char* kSeed001 = "001_2978124eeed4c36e.txt";
inline const char* kSeed002 = "002_b4b415554566cd52.txt";
inline const char* kSeed003 = "003_724e3f9dc9e6efd3.txt";
inline const char* kSeed004 = "004_dba09bd23bece275.txt";

inline std::string joined_blocks(const Document& doc) {
  std::string out;
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    if (i) out += '\n';
    out += doc.blocks[i].text;
  }
  return out;
}

inline std::vector<std::string> removed_with(const Document& doc, Reason r) {
  std::vector<std::string> out;
  for (const auto& x : doc.removed) {
    if (x.reason == r) out.push_back(x.text);
  }
  return out;
}

// Some text removed for reason `r` holds `needle`.
inline bool removed_holding(const Document& doc, Reason r, std::string_view needle) {
  for (const std::string& t : removed_with(doc, r)) {
    if (t.find(needle) != std::string::npos) return true;
  }
  return false;
}

inline std::vector<std::string> sentences_of(std::string_view text) {
  std::vector<std::string> out;
  for (Span s : split_sentences(text)) out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

}  // namespace pith::testing
