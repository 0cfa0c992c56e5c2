#include "pith/json.h"

#include "json/json_writer.h"
#include "nlp/direction.h"
#include "text/normalize.h"
#include "text/utf8.h"

namespace pith {
namespace {

// Words of the article's blocks, for the faces' "N words" line.
std::size_t word_count(const Document& doc) {
  std::size_t n = 0;
  for (const Block& b : doc.blocks) {
    n += text::count_reading_words(b.text);
  }
  return n;
}

std::string_view format_id(Format f) { return f == Format::Html ? "html" : "text"; }

}  // namespace

std::string to_json(const Document& doc, JsonChars chars) {
  json::Writer w(chars == JsonChars::Ascii);
  w.begin_object();
  w.key("format").value(format_id(doc.format));
  w.key("title").value(doc.title);
  w.key("byline").value(doc.byline);
  w.key("authors").begin_array();
  for (const std::string& a : doc.authors) w.value(a);
  w.end_array();
  w.key("published").value(doc.published);
  w.key("siteName").value(doc.site_name);
  w.key("imageCredit").value(doc.image_credit);
  w.key("canonicalUrl").value(doc.canonical_url);
  w.key("imageUrl").value(doc.image_url);
  w.key("language").value(doc.language);
  w.key("direction").value(nlp::text_direction(doc.language));
  w.key("wordCount").value(word_count(doc));
  w.key("blocks").begin_array();
  for (const Block& b : doc.blocks) {
    w.begin_object();
    w.key("kind").value(block_kind_id(b.kind));
    w.key("text").value(b.text);
    w.key("level").value(b.level);
    if (b.number) w.key("number").value(*b.number);
    w.end_object();
  }
  w.end_array();
  w.key("removed").begin_array();
  for (const Removed& r : doc.removed) {
    w.begin_object();
    w.key("text").value(r.text);
    w.key("reason").value(reason_id(r.reason));
    w.key("label").value(reason_label(r.reason));
    w.key("position").value(r.position);
    w.end_object();
  }
  w.end_array();
  w.key("warnings").begin_array();
  for (const auto& s : doc.warnings) w.value(s);
  w.end_array();
  w.key("notText").value(doc.not_text);
  w.end_object();
  return w.take();
}

std::string to_json(const Summary& summary, const Document& doc, JsonChars chars) {
  json::Writer w(chars == JsonChars::Ascii);
  w.begin_object();
  w.key("sentences").begin_array();
  for (const SummarySentence& s : summary.sentences) {
    std::string_view block = s.block < doc.blocks.size() ? std::string_view(doc.blocks[s.block].text) : "";
    std::size_t begin = std::min(s.begin, block.size());
    std::size_t end = std::min(s.end, block.size());
    std::size_t start16 = text::utf16_length(block.substr(0, begin));
    w.begin_object();
    w.key("text").value(s.text);
    w.key("block").value(s.block);
    w.key("start").value(start16);
    w.key("end").value(start16 + text::utf16_length(block.substr(begin, end - begin)));
    w.key("score").value(s.score);
    w.end_object();
  }
  w.end_array();
  w.key("keyPhrases").begin_array();
  for (const std::string& phrase : summary.key_phrases) w.value(phrase);
  w.end_array();
  w.end_object();
  return w.take();
}

std::string to_json(const DecodedInput& decoded, JsonChars chars) {
  json::Writer w(chars == JsonChars::Ascii);
  w.begin_object();
  w.key("format").value(format_id(decoded.format));
  w.key("text").value(decoded.text);
  w.key("encoding").value(decoded.encoding);
  w.key("warnings").begin_array();
  for (const auto& s : decoded.warnings) w.value(s);
  w.end_array();
  w.key("notText").value(decoded.not_text);
  w.end_object();
  return w.take();
}

}  // namespace pith
