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

// `input` arrives as a JS string (Embind encodes it as UTF-8) or as bytes (Uint8Array).
std::string read_json(const std::string& input, const std::string& format, const std::string& quotes) {
  auto f = pith::parse_format(format);
  if (!f) return error_json("format must be auto, text or html");
  auto q = pith::parse_quotes(quotes);
  if (!q) return error_json("quotes must be smart, ascii or keep");
  return pith::to_json(pith::read(input, {*f, *q}));
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
std::string summarize_json(const val& doc, int sentences) {
  if (!doc.isArray() && doc.typeOf().as<std::string>() != "object") return error_json("doc must be a Document");
  if (sentences < 1) return error_json("sentences must be a positive number");
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
  pith::SummaryOptions options;
  options.sentences = static_cast<std::size_t>(sentences);
  return pith::to_json(pith::summarize(d, options), d);
}

}  // namespace

EMSCRIPTEN_BINDINGS(pith) {
  emscripten::function("readJson", &read_json);
  emscripten::function("summarizeJson", &summarize_json);
}
