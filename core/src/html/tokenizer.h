// The WHATWG HTML tokenizer as a pull parser over decoded UTF-8. The tree builder drives it: it
// reads tokens with next() and, after <title>, <textarea>, <style>, <script>, <plaintext> and the
// like, switches the content state with set_state() and names that start tag with
// set_last_start_tag(); it says when <![CDATA[ is allowed (foreign content) with set_allow_cdata().
//
// Bytes are matched one at a time: every byte the tokenizer treats specially is ASCII, and the bytes
// of a multi-byte UTF-8 sequence are all >= 0x80, so they pass through as "anything else" intact.
// Time is linear in the input on every path — no rescans beyond a bounded lookahead — and nothing
// recurses. Names, text, comments and attribute values are views: of the input where it holds them
// as written, else of buffers the tokenizer reuses, so a token's views are good until the next call.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "html/text_arena.h"
#include "html/text_run.h"

namespace pith::html {

enum class TokenType : std::uint8_t { Doctype, StartTag, EndTag, Comment, Character, EndOfFile };

struct Attribute {
  std::string_view name;  // lower-cased
  std::string_view value;
};

struct Token {
  TokenType type = TokenType::EndOfFile;
  std::string_view name;  // tag name (lower-cased) or DOCTYPE name
  std::string_view data;  // Character and Comment text; consecutive characters come as one token
  std::vector<Attribute> attributes;  // start tags: in source order, later duplicates dropped
  // Start tags: the attribute filter's marks of the attributes kept, OR-ed (every bit without a
  // filter), so the tree builder has them without reading the names again.
  std::uint32_t attribute_marks = 0;
  bool self_closing = false;

  // DOCTYPE only. A missing identifier differs from an empty one: quirks mode depends on it.
  std::string public_id;
  std::string system_id;
  bool has_name = false;
  bool has_public_id = false;
  bool has_system_id = false;
  bool force_quirks = false;

  const Attribute* attribute(std::string_view attribute_name) const;
};

// The tokenizer states of the WHATWG spec. The tree builder sets only the first six; the rest are
// listed so the machine's position is one value. The character reference states are not here:
// a reference is decoded in one bounded step (char_refs.h) from the state that met the '&'.
enum class State : std::uint8_t {
  Data,
  Rcdata,
  Rawtext,
  ScriptData,
  Plaintext,
  CdataSection,
  // Tags and attributes: TagOpen to SelfClosingStartTag, in one run with Data (read_by_step_tag).
  TagOpen,
  EndTagOpen,
  TagName,
  BeforeAttributeName,
  AttributeName,
  AfterAttributeName,
  BeforeAttributeValue,
  AttributeValueDoubleQuoted,
  AttributeValueSingleQuoted,
  AttributeValueUnquoted,
  AfterAttributeValueQuoted,
  SelfClosingStartTag,
  // Text end tags: "less-than sign" states; the end tag open and end tag name states of RCDATA,
  // RAWTEXT, script data and escaped script data are one lookahead step (text_end_tag()).
  RcdataLessThanSign,
  RawtextLessThanSign,
  ScriptDataLessThanSign,
  // Script data escapes (<!-- … --> inside <script>).
  ScriptDataEscapeStart,
  ScriptDataEscapeStartDash,
  ScriptDataEscaped,
  ScriptDataEscapedDash,
  ScriptDataEscapedDashDash,
  ScriptDataEscapedLessThanSign,
  ScriptDataDoubleEscapeStart,
  ScriptDataDoubleEscaped,
  ScriptDataDoubleEscapedDash,
  ScriptDataDoubleEscapedDashDash,
  ScriptDataDoubleEscapedLessThanSign,
  ScriptDataDoubleEscapeEnd,
  // Comments.
  MarkupDeclarationOpen,
  BogusComment,
  CommentStart,
  CommentStartDash,
  Comment,
  CommentLessThanSign,
  CommentLessThanSignBang,
  CommentLessThanSignBangDash,
  CommentLessThanSignBangDashDash,
  CommentEndDash,
  CommentEnd,
  CommentEndBang,
  // DOCTYPE.
  Doctype,
  BeforeDoctypeName,
  DoctypeName,
  AfterDoctypeName,
  AfterDoctypePublicKeyword,
  BeforeDoctypePublicIdentifier,
  DoctypePublicIdentifierDoubleQuoted,
  DoctypePublicIdentifierSingleQuoted,
  AfterDoctypePublicIdentifier,
  BetweenDoctypePublicAndSystemIdentifiers,
  AfterDoctypeSystemKeyword,
  BeforeDoctypeSystemIdentifier,
  DoctypeSystemIdentifierDoubleQuoted,
  DoctypeSystemIdentifierSingleQuoted,
  AfterDoctypeSystemIdentifier,
  BogusDoctype,
  // CDATA sections (foreign content only).
  CdataSectionBracket,
  CdataSectionEnd,
};

// The tag and attribute states, which follow one another inside step_tag().
constexpr bool is_tag_state(State s) { return s >= State::TagOpen && s <= State::SelfClosingStartTag; }
// What step_tag() reads: the tag states, and data, which runs straight on into the tag that ends it.
constexpr bool read_by_step_tag(State s) { return s == State::Data || is_tag_state(s); }

class Tokenizer {
 public:
  // Normalises CR LF and lone CR to LF (copying the input only when it has a CR); otherwise reads
  // `utf8_input` in place, so it must outlive the tokenizer and every view of it in the tokens.
  explicit Tokenizer(std::string_view utf8_input);
  // The tokenizer may view its own normalised copy of the input: moving it would dangle.
  Tokenizer(const Tokenizer&) = delete;
  Tokenizer& operator=(const Tokenizer&) = delete;

  // The next token, or nullptr once the EndOfFile token has been returned. It is the tokenizer's
  // own and stays valid, with its views, until the next call; the caller may take its attribute
  // list (the views stay good until the next call).
  Token* next() {
    // A tag after the text before it, already read with it: the usual second call, answered here
    // rather than through the state machine's dispatch.
    if (chars_out_ && ready_) {
      text_.clear();
      chars_.data = {};
      chars_out_ = false;
      ready_ = false;
      return &current_;
    }
    return advance();
  }
  // The same, copied into `token` (its views too: good until the next call); returns false once
  // the EndOfFile token has been returned.
  bool next(Token& token);

  // The text the tokens' views of the input point into: the input, or its normalised copy.
  std::string_view input() const { return in_; }
  // True when every attribute of the start tag just returned is a view of input() (none was
  // decoded or lower-cased into the tokenizer's buffers), so none needs in_input() asked of it.
  bool attributes_in_input() const { return tag_store_.empty(); }
  // True when `s` is a view of input(), so it lives as long as that does; false for a view of the
  // tokenizer's buffers, which the next call reuses.
  bool in_input(std::string_view s) const {
    // As integers: comparing pointers into different blocks with < is unspecified.
    auto at = reinterpret_cast<std::uintptr_t>(s.data());
    auto begin = reinterpret_cast<std::uintptr_t>(in_.data());
    return at - begin <= in_.size() && s.size() <= in_.size() - (at - begin);
  }
  // The normalised copy of the input, if one was made (it had a CR), for whoever keeps views of it
  // past the tokenizer: it moves out, so input() and the views stay good.
  std::unique_ptr<char[]> take_normalised() { return std::move(normalised_); }

  void set_state(State state) { state_ = state; }
  State state() const { return state_; }
  // "The last start tag emitted": end tags in RCDATA, RAWTEXT and script data close only it. The
  // tokenizer enters those states only through set_state(), so whoever switches to one names the
  // start tag here (the tree builder does, with the tag that switched it). Copying every start
  // tag's name on the chance was about 1% of reading a page.
  void set_last_start_tag(std::string_view name) { last_start_tag_.assign(name); }
  // True when the adjusted current node is not an HTML element, so <![CDATA[ opens a section.
  void set_allow_cdata(bool allow) { allow_cdata_ = allow; }
  // The raw-text element just entered keeps no text (the tree drops script and style text): its
  // content is scanned for the end tag but not copied. Cleared at that end tag.
  void set_discard_text(bool discard) { discard_text_ = discard; }

  // Start-tag attributes to keep; the others are tokenized and dropped. The tree builder keeps only
  // what the readers read; a null filter (the default, and the conformance tests) keeps all.
  // 0 drops the attribute (its value is skipped, not copied); anything else keeps it, and is its
  // mark in Token::attribute_marks.
  using AttributeFilter = std::uint32_t (*)(std::string_view lower_name);
  void set_attribute_filter(AttributeFilter keep) { keep_attribute_ = keep; }

  std::size_t errors() const { return errors_; }  // parse errors so far (counted, not reported)
  // How many '<' the input holds: about one node each, so the tree builder sizes its arena by it.
  std::size_t less_than_signs() const { return less_than_signs_; }

 private:
  Token* advance();  // next(), through the state machine
  void step_text();
  void step_tag();
  void step_tag_state();
  void step_script();
  void step_comment();
  void step_doctype();

  // Inline, in tokenizer_tokens.h.
  bool take_text(char& stop);
  void new_token(TokenType type);
  void emit_current();
  void start_attribute();
  void emit_eof() { eof_ = true; }
  // The attribute being read goes into the token (or is dropped); out of line past the check, so
  // a tag with no attribute open pays only the test.
  void finish_attribute() {
    if (attr_open_) finish_open_attribute();
  }
  void finish_open_attribute();
  // The attribute being read (open) goes into the token, unless the filter drops it or the tag has
  // it already; inline (tokenizer_tokens.h) where a quoted value closes, the usual end of one.
  void add_attribute();
  // The duplicate check of a tag with many attributes: true when `name` is one of them.
  bool seen_among_many(std::string_view name);
  void text_end_tag(State fallback);

  bool at_end() const { return pos_ >= in_.size(); }

  static constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD, for NULs

  std::unique_ptr<char[]> normalised_;  // the input with line breaks normalised, when it had a CR
  std::string_view in_;
  std::size_t pos_ = 0;
  State state_ = State::Data;

  Token current_;      // the tag, comment or DOCTYPE being built
  Token chars_;        // the Character token; text_ is its data until it is returned
  TextRun text_;       // the character data not yet returned
  bool chars_out_ = false;  // chars_ was returned last: its data is spent
  std::string comment_;  // the comment being read (current_.data views it once complete)
  TextRun name_;        // the tag or DOCTYPE name being read (current_.name views it once complete)
  TextRun attr_name_;
  TextRun attr_value_;
  TextArena tag_store_;  // the current tag's attribute names and values not held by the input
  bool attr_open_ = false;
  // Whether the filter drops the attribute being read, named `name` (complete): the filter is asked
  // once per attribute, whichever state learns the name first.
  bool skip_attribute(std::string_view name) {
    if (!attr_checked_) {
      attr_checked_ = true;
      attr_mark_ = keep_attribute_ != nullptr ? keep_attribute_(name) : ~std::uint32_t{0};
      attr_skipped_ = attr_mark_ == 0;
    }
    return attr_skipped_;
  }
  bool attr_checked_ = false;  // the filter has seen the attribute's name (attr_skipped_ holds)
  bool attr_skipped_ = false;  // the filter drops the attribute whose value is being read
  std::uint32_t attr_mark_ = 0;  // the filter's answer for it
  // Past this many attributes, duplicate checks go through a hash set instead of a scan, so a tag
  // with 100,000 attributes stays linear.
  static constexpr std::size_t kLinearAttributeCheck = 16;
  std::unordered_set<std::string> attr_seen_;  // duplicate check once a tag has many attributes
  std::string last_start_tag_;
  AttributeFilter keep_attribute_ = nullptr;

  std::size_t errors_ = 0;
  std::size_t less_than_signs_ = 0;
  bool allow_cdata_ = false;
  bool discard_text_ = false;
  bool ready_ = false;     // current_ is complete and waits to be returned
  bool eof_ = false;       // the machine reached the end of the input
  bool finished_ = false;  // the EndOfFile token has been returned
};

}  // namespace pith::html
