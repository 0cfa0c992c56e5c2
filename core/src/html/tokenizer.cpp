// The tokenizer's driver: input preprocessing, token hand-off, and the pieces the state families
// share (a finished attribute, text end tags; the token-building steps are inline in
// tokenizer_tokens.h). The states live in tokenizer_*.cpp.
#include "html/tokenizer.h"

#include <cstring>
#include <utility>

#include "html/ascii.h"
#include "html/tokenizer_tokens.h"

namespace pith::html {
namespace {

// CR LF → LF and lone CR → LF, as "preprocessing the input stream" requires, into `out` (room for
// in.size() bytes: the result is no longer); returns its size. The text between CRs is copied in
// runs.
std::size_t normalise_newlines(std::string_view in, std::size_t first_cr, char* out) {
  std::size_t size = 0;
  std::size_t from = 0;
  for (std::size_t cr = first_cr; cr < in.size(); cr = ascii::find_any(in, from, '\r')) {
    std::memcpy(out + size, in.data() + from, cr - from);
    size += cr - from;
    out[size++] = '\n';
    from = cr + 1;
    if (from < in.size() && in[from] == '\n') ++from;
  }
  std::memcpy(out + size, in.data() + from, in.size() - from);
  return size + in.size() - from;
}

enum class Family { Text, Tag, Script, Comment, Doctype };

Family family_of(State s) {
  if (read_by_step_tag(s)) return Family::Tag;
  switch (s) {
    case State::Rcdata:
    case State::Rawtext:
    case State::ScriptData:
    case State::Plaintext:
    case State::CdataSection:
    case State::CdataSectionBracket:
    case State::CdataSectionEnd:
    case State::RcdataLessThanSign:
    case State::RawtextLessThanSign:
      return Family::Text;
    case State::ScriptDataLessThanSign:
    case State::ScriptDataEscapeStart:
    case State::ScriptDataEscapeStartDash:
    case State::ScriptDataEscaped:
    case State::ScriptDataEscapedDash:
    case State::ScriptDataEscapedDashDash:
    case State::ScriptDataEscapedLessThanSign:
    case State::ScriptDataDoubleEscapeStart:
    case State::ScriptDataDoubleEscaped:
    case State::ScriptDataDoubleEscapedDash:
    case State::ScriptDataDoubleEscapedDashDash:
    case State::ScriptDataDoubleEscapedLessThanSign:
    case State::ScriptDataDoubleEscapeEnd:
      return Family::Script;
    case State::MarkupDeclarationOpen:
    case State::BogusComment:
    case State::CommentStart:
    case State::CommentStartDash:
    case State::Comment:
    case State::CommentLessThanSign:
    case State::CommentLessThanSignBang:
    case State::CommentLessThanSignBangDash:
    case State::CommentLessThanSignBangDashDash:
    case State::CommentEndDash:
    case State::CommentEnd:
    case State::CommentEndBang:
      return Family::Comment;
    default:
      return Family::Doctype;
  }
}

}  // namespace

const Attribute* Token::attribute(std::string_view attribute_name) const {
  for (const Attribute& a : attributes) {
    if (a.name == attribute_name) return &a;
  }
  return nullptr;
}

Tokenizer::Tokenizer(std::string_view utf8_input) : in_(utf8_input) {
  chars_.type = TokenType::Character;
  // Sixteen bytes a compare (the WebAssembly build's memchr takes four a step), and the '<'s are
  // counted on the way: this pass runs over every page.
  std::size_t cr = 0;
  less_than_signs_ = ascii::count_byte_before(utf8_input, '<', '\r', cr);
  if (cr < utf8_input.size()) {
    // A block the tree can adopt (take_normalised), where a std::string's characters could move.
    normalised_.reset(new char[utf8_input.size()]);
    in_ = std::string_view(normalised_.get(), normalise_newlines(utf8_input, cr, normalised_.get()));
    // The copy has no CR left, so this counts the rest.
    less_than_signs_ += ascii::count_byte_before(in_.substr(cr), '<', '\r', cr);
  }
}

// Not inlined, and the state machine's steps (step_tag, step_text, step_script, …) are calls, each
// marked so: with the state machine folded into build_tree, V8's optimising compile of the one
// large function raised the aeb run's peak memory (node bench/memory.mjs) from about 92 to 98-115
// MiB (see CMakeLists.txt, BINARYEN_EXTRA_PASSES), and the link-time optimiser inlined the steps
// into this loop until it was the largest function TurboFan compiled, 15,256 body bytes
// (node bench/tierup.mjs on a --profiling-funcs build). The dispatch loop is here, not a function
// of its own, which would be a call per token.
[[gnu::noinline]] Token* Tokenizer::advance() {
  if (chars_out_) {
    text_.clear();
    chars_.data = {};
    chars_out_ = false;
  }
  // Steps until a token is complete or the input ends.
  while (!ready_ && !eof_) {
    switch (family_of(state_)) {
      case Family::Text: step_text(); break;
      case Family::Tag: step_tag(); break;
      case Family::Script: step_script(); break;
      case Family::Comment: step_comment(); break;
      case Family::Doctype: step_doctype(); break;
    }
  }
  // Characters before a tag, comment or DOCTYPE (or the end) go out first, as one token.
  if (discard_text_ && eof_) text_.clear();  // an unclosed <script> at the end of the page
  if (!text_.empty()) {
    chars_.data = text_.view();
    chars_out_ = true;
    return &chars_;
  }
  if (ready_) {
    ready_ = false;
    return &current_;
  }
  if (finished_) return nullptr;
  finished_ = true;
  new_token(TokenType::EndOfFile);
  return &current_;
}

bool Tokenizer::next(Token& token) {
  Token* t = next();
  if (t == nullptr) return false;
  token = *t;
  return true;
}

void Tokenizer::finish_open_attribute() { add_attribute(); }

bool Tokenizer::seen_among_many(std::string_view name) {
  if (attr_seen_.empty()) {
    for (const Attribute& a : current_.attributes) attr_seen_.emplace(a.name);
  }
  return !attr_seen_.insert(std::string(name)).second;
}

// After "</" in RCDATA, RAWTEXT, script data or escaped script data: the end tag open and end tag
// name states in one step. Only an appropriate end tag (the last start tag's name, followed by
// whitespace, '/' or '>') leaves the text; anything else is text, and the letters read ahead are
// exactly the spec's temporary buffer, so nothing is read twice.
void Tokenizer::text_end_tag(State fallback) {
  std::size_t end = pos_;
  while (end < in_.size() && ascii::is_alpha(in_[end])) ++end;
  std::string_view name = in_.substr(pos_, end - pos_);
  if (!name.empty() && end < in_.size() && !last_start_tag_.empty() &&
      ascii::iequals(name, last_start_tag_)) {
    char c = in_[end];
    if (ascii::is_space(c) || c == '/' || c == '>') {
      if (discard_text_) {
        text_.clear();  // the few bytes the small states still appended
        discard_text_ = false;
      }
      new_token(TokenType::EndTag);
      name_.edit().assign(last_start_tag_);  // lower-cased, where the input may not be
      pos_ = end + 1;
      if (c == '>') {
        state_ = State::Data;
        emit_current();
      } else {
        state_ = c == '/' ? State::SelfClosingStartTag : State::BeforeAttributeName;
      }
      return;
    }
  }
  text_.take(in_.substr(pos_ - 2, end - pos_ + 2));  // "</" and the letters, as written
  pos_ = end;
  state_ = fallback;
}

}  // namespace pith::html
