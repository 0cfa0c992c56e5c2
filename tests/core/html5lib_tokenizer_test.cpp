// The html5lib tokenizer conformance suite, read from ../shared (never copied into the repository).
// Tokens are compared, parse errors are not; adjacent Character tokens are merged on both sides.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "html/tokenizer.h"
#include "json/json_reader.h"
#include "text/utf8.h"

using pith::html::State;
using pith::html::Token;
using pith::html::TokenType;
using pith::html::Tokenizer;
using pith::json::Value;

namespace {

namespace fs = std::filesystem;

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// A code point as UTF-8, surrogates included (as the 3-byte form UTF-8 would give them): the
// tokenizer copies such bytes through untouched, as it would any other non-ASCII character.
void append_wtf8(std::string& out, unsigned cp) {
  if (cp >= 0xD800 && cp <= 0xDFFF) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    return;
  }
  pith::text::append_utf8(out, static_cast<char32_t>(cp));
}

int hex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool hex4(const std::string& s, std::size_t i, unsigned& v) {
  if (i + 6 > s.size() || s[i] != '\\' || s[i + 1] != 'u') return false;
  v = 0;
  for (std::size_t k = i + 2; k < i + 6; ++k) {
    int d = hex(s[k]);
    if (d < 0) return false;
    v = v * 16 + static_cast<unsigned>(d);
  }
  return true;
}

// The "doubleEscaped" second round: \uHHHH → the code point (pairs joined, lone surrogates kept).
std::string unescape(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    unsigned v;
    if (!hex4(s, i, v)) {
      out.push_back(s[i++]);
      continue;
    }
    i += 6;
    unsigned low;
    if (v >= 0xD800 && v <= 0xDBFF && hex4(s, i, low) && low >= 0xDC00 && low <= 0xDFFF) {
      v = 0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00);
      i += 6;
    }
    append_wtf8(out, v);
  }
  return out;
}

// Tokens as comparable strings: a kind, then length-prefixed fields ("~" for null).
void field(std::string& out, std::string_view s) {
  out += std::to_string(s.size()) + ":";
  out += s;
  out += " ";
}
void null_field(std::string& out) { out += "~ "; }

// A token list with adjacent character data merged, as the suite's format requires.
class Canonical {
 public:
  void characters(std::string_view data) { pending_ += data; }
  void token(std::string t) {
    flush();
    tokens_.push_back(std::move(t));
  }
  const std::vector<std::string>& tokens() {
    flush();
    return tokens_;
  }

 private:
  void flush() {
    if (pending_.empty()) return;
    std::string t = "Character ";
    field(t, pending_);
    tokens_.push_back(std::move(t));
    pending_.clear();
  }
  std::vector<std::string> tokens_;
  std::string pending_;
};

std::string str(const Value& v, bool double_escaped) {
  return double_escaped ? unescape(v.string) : v.string;
}

bool expected_tokens(const Value& output, bool de, Canonical& c) {
  for (const Value& t : output.items) {
    if (!t.is_array() || t.items.empty()) return false;
    const std::string& kind = t.items[0].string;
    std::string s = kind + " ";
    if (kind == "Character") {
      c.characters(str(t.items[1], de));
      continue;
    }
    if (kind == "DOCTYPE") {
      for (std::size_t k = 1; k <= 3; ++k) {
        if (t.items[k].is_null()) null_field(s);
        else field(s, str(t.items[k], de));
      }
      s += t.items[4].boolean ? "ok" : "quirks";
    } else if (kind == "StartTag") {
      field(s, str(t.items[1], de));
      std::vector<std::pair<std::string, std::string>> attrs;
      for (const auto& m : t.items[2].members) {
        attrs.emplace_back(de ? unescape(m.key) : m.key, str(m.value, de));
      }
      std::sort(attrs.begin(), attrs.end());
      for (const auto& [k, v] : attrs) {
        field(s, k);
        field(s, v);
      }
      if (t.items.size() > 3 && t.items[3].boolean) s += "/";
    } else if (kind == "EndTag" || kind == "Comment") {
      field(s, str(t.items[1], de));
    } else {
      return false;
    }
    c.token(s);
  }
  return true;
}

void actual_tokens(std::string_view input, State state, const std::string* last_start_tag,
                   Canonical& c) {
  Tokenizer tokenizer(input);
  tokenizer.set_state(state);
  if (last_start_tag) tokenizer.set_last_start_tag(*last_start_tag);
  Token t;
  while (tokenizer.next(t)) {
    std::string s;
    switch (t.type) {
      case TokenType::Character:
        c.characters(t.data);
        continue;
      case TokenType::EndOfFile:
        continue;
      case TokenType::Doctype:
        s = "DOCTYPE ";
        if (t.has_name) field(s, t.name);
        else null_field(s);
        if (t.has_public_id) field(s, t.public_id);
        else null_field(s);
        if (t.has_system_id) field(s, t.system_id);
        else null_field(s);
        s += t.force_quirks ? "quirks" : "ok";
        break;
      case TokenType::StartTag: {
        s = "StartTag ";
        field(s, t.name);
        std::vector<std::pair<std::string, std::string>> attrs;
        for (const auto& a : t.attributes) attrs.emplace_back(a.name, a.value);
        std::sort(attrs.begin(), attrs.end());
        for (const auto& [k, v] : attrs) {
          field(s, k);
          field(s, v);
        }
        if (t.self_closing) s += "/";
        break;
      }
      case TokenType::EndTag:
        s = "EndTag ";
        field(s, t.name);
        break;
      case TokenType::Comment:
        s = "Comment ";
        field(s, t.data);
        break;
    }
    c.token(s);
  }
}

bool state_named(const std::string& name, State& state) {
  static const std::pair<const char*, State> kStates[] = {
      {"Data state", State::Data},           {"PLAINTEXT state", State::Plaintext},
      {"RCDATA state", State::Rcdata},       {"RAWTEXT state", State::Rawtext},
      {"Script data state", State::ScriptData}, {"CDATA section state", State::CdataSection}};
  for (const auto& [n, s] : kStates) {
    if (name == n) {
      state = s;
      return true;
    }
  }
  return false;
}

std::string printable(const std::vector<std::string>& tokens) {
  std::string out;
  for (const std::string& t : tokens) {
    for (char ch : t) {
      auto u = static_cast<unsigned char>(ch);
      if (u < 0x20 || u == 0x7F) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\x%02X", u);
        out += buf;
      } else {
        out.push_back(ch);
      }
    }
    out += " | ";
  }
  return out;
}

}  // namespace

TEST(Html5libTokenizer, ConformanceSuite) {
  const fs::path dir = fs::path(PITH_CONFORMANCE_DIR) / "tokenizer";
  if (!fs::is_directory(dir)) {
    GTEST_SKIP() << "skipped the html5lib tokenizer conformance suite: " << dir.string()
                 << " does not exist (the suite lives in ../shared/conformance, outside the "
                    "repository)";
  }
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() == ".test") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  ASSERT_FALSE(files.empty()) << "no .test files in " << dir.string();

  std::size_t passed = 0, total = 0, skipped = 0, shown = 0;
  for (const fs::path& file : files) {
    pith::json::ReadResult doc = pith::json::read_json(read_file(file));
    ASSERT_TRUE(doc.ok) << file.string() << ": " << doc.error << " at byte " << doc.offset;
    if (const Value* xml = doc.value.find("xmlViolationTests")) {
      // These expect the XML-infoset coercions, which an HTML tokenizer does not apply.
      skipped += xml->items.size();
      std::printf("  %-30s skipped %zu xmlViolation tests\n", file.filename().c_str(), xml->items.size());
      continue;
    }
    const Value* tests = doc.value.find("tests");
    ASSERT_NE(tests, nullptr) << file.string();
    std::size_t file_passed = 0, file_total = 0;
    for (const Value& test : tests->items) {
      const Value* description = test.find("description");
      const Value* input = test.find("input");
      const Value* output = test.find("output");
      ASSERT_TRUE(input && output) << file.string();
      const Value* de_value = test.find("doubleEscaped");
      const bool de = de_value && de_value->boolean;
      const Value* last = test.find("lastStartTag");
      std::string last_tag = last && last->is_string() ? last->string : std::string();
      std::vector<std::string> states = {"Data state"};
      if (const Value* initial = test.find("initialStates")) {
        states.clear();
        for (const Value& s : initial->items) states.push_back(s.string);
      }
      std::string in = de ? unescape(input->string) : input->string;
      Canonical expected;
      bool understood = expected_tokens(*output, de, expected);
      for (const std::string& state_name : states) {
        ++file_total;
        State state;
        if (!understood || !state_named(state_name, state)) {
          ADD_FAILURE() << file.filename() << ": cannot run '" << state_name << "'";
          continue;
        }
        Canonical actual;
        actual_tokens(in, state, last ? &last_tag : nullptr, actual);
        if (actual.tokens() == expected.tokens()) {
          ++file_passed;
        } else if (shown++ < 25) {
          std::printf("  FAIL %s: %s [%s]\n    expected: %s\n    actual:   %s\n",
                      file.filename().c_str(), description ? description->string.c_str() : "?",
                      state_name.c_str(), printable(expected.tokens()).c_str(),
                      printable(actual.tokens()).c_str());
        }
      }
    }
    std::printf("  %-30s %zu of %zu\n", file.filename().c_str(), file_passed, file_total);
    passed += file_passed;
    total += file_total;
  }
  const double rate = total ? 100.0 * static_cast<double>(passed) / static_cast<double>(total) : 0;
  std::printf("html5lib tokenizer conformance: %zu of %zu passed (%.1f%%), %zu skipped\n", passed,
              total, rate, skipped);
  EXPECT_GE(rate, 95.0);
}
