// Embind surface: strings and plain objects in, JSON text out (parsed by the package wrapper), so the
// JavaScript side never holds a C++ handle that would need delete().
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <string>

#include "pith/pith.h"

namespace {

using emscripten::val;

std::string error_json(const char* message) {
  return std::string("{\"error\":\"") + message + "\"}";
}

// `input` arrives as a JS string (Embind encodes it as UTF-8) or as bytes (Uint8Array); the wrapper
// passes encoding "utf-8" for strings, so a page's <meta charset> cannot re-decode decoded text.
std::string read_json(const std::string& input, const std::string& format, const std::string& quotes,
                      const std::string& encoding) {
  auto f = pith::parse_format(format);
  if (!f) return error_json("format must be auto, text or html");
  auto q = pith::parse_quotes(quotes);
  if (!q) return error_json("quotes must be smart, ascii or keep");
  return pith::to_json(pith::read(input, {*f, *q, encoding}));
}

pith::BlockKind kind_from_id(const std::string& id) {
  for (auto k : {pith::BlockKind::Paragraph, pith::BlockKind::Heading, pith::BlockKind::ListItem,
                 pith::BlockKind::Quote, pith::BlockKind::Code}) {
    if (pith::block_kind_id(k) == id) return k;
  }
  return pith::BlockKind::Paragraph;
}

std::string string_field(const val& object, const char* name) {
  val v = object[name];
  return v.isString() ? v.as<std::string>() : std::string();
}

// The Document comes back as the plain object read() returned; only what the summarizer reads is taken.
// The budget is one unit ('sentences' | 'ratio' | 'words') and its amount; api.js checks both first
// with clearer messages, and parse_budget checks again so a direct caller gets an error, not a guess.
std::string summarize_json(const val& doc, const std::string& unit, double amount) {
  if (!doc.isArray() && doc.typeOf().as<std::string>() != "object") return error_json("doc must be a Document");
  auto options = pith::parse_budget(unit, amount);
  if (!options) return error_json("the budget must be sentences 1-1000, ratio in (0, 1] or words 1-100000");
  pith::Document d;
  d.title = string_field(doc, "title");
  val blocks = doc["blocks"];
  if (!blocks.isArray()) return error_json("doc.blocks must be an array");
  const unsigned n = blocks["length"].as<unsigned>();
  d.blocks.reserve(n);
  for (unsigned i = 0; i < n; ++i) {
    val b = blocks[i];
    if (b.typeOf().as<std::string>() != "object") return error_json("doc.blocks holds a non-object");
    d.blocks.push_back({kind_from_id(string_field(b, "kind")), string_field(b, "text"), 0});
  }
  return pith::to_json(pith::summarize(d, *options), d);
}

}  // namespace

EMSCRIPTEN_BINDINGS(pith) {
  emscripten::function("readJson", &read_json);
  emscripten::function("summarizeJson", &summarize_json);
}
