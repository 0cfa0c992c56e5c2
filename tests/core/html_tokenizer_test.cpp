// The HTML tokenizer on hand-written snippets, state family by state family, and on hostile input.
// Tokens are shown compactly: <tag a="v"/>, </tag>, <!--data-->, <!DOCTYPE …>, or the text itself.
#include <gtest/gtest.h>

#include <chrono>
#include <random>
#include <string>
#include <vector>

#include "html/ascii.h"
#include "html/char_refs.h"
#include "html/named_char_refs.h"
#include "html/tokenizer.h"
#include "text/utf8.h"

using namespace pith::html;

namespace {

std::string show(const Token& t) {
  switch (t.type) {
    case TokenType::Character:
      return std::string(t.data);
    case TokenType::StartTag: {
      std::string s = "<" + std::string(t.name);
      for (const Attribute& a : t.attributes) s += " " + std::string(a.name) + "=\"" + std::string(a.value) + "\"";
      return s + (t.self_closing ? "/>" : ">");
    }
    case TokenType::EndTag:
      return "</" + std::string(t.name) + ">";
    case TokenType::Comment:
      return "<!--" + std::string(t.data) + "-->";
    case TokenType::Doctype: {
      std::string s = "<!DOCTYPE";
      s += t.has_name ? " " + std::string(t.name) : " -";
      s += t.has_public_id ? " \"" + t.public_id + "\"" : " -";
      s += t.has_system_id ? " \"" + t.system_id + "\"" : " -";
      return s + (t.force_quirks ? " quirks>" : ">");
    }
    case TokenType::EndOfFile:
      return "EOF";
  }
  return "?";
}

// What the tree builder will do after these start tags.
void follow_tree_hints(Tokenizer& tokenizer, const Token& t) {
  if (t.type != TokenType::StartTag) return;
  if (t.name == "title" || t.name == "textarea") tokenizer.set_state(State::Rcdata);
  if (t.name == "style" || t.name == "xmp") tokenizer.set_state(State::Rawtext);
  if (t.name == "script") tokenizer.set_state(State::ScriptData);
  if (t.name == "plaintext") tokenizer.set_state(State::Plaintext);
  // As the tree builder does: the tokenizer does not copy every start tag's name itself.
  if (tokenizer.state() != State::Data) tokenizer.set_last_start_tag(t.name);
}

struct Options {
  State state = State::Data;
  bool allow_cdata = false;
  // Switch states after start tags the way the tree builder will (title → RCDATA, …).
  bool tree_hints = true;
};

std::vector<std::string> tokens(std::string_view html, Options options = {}) {
  Tokenizer tokenizer(html);
  tokenizer.set_state(options.state);
  tokenizer.set_allow_cdata(options.allow_cdata);
  std::vector<std::string> out;
  Token t;
  while (tokenizer.next(t)) {
    if (t.type == TokenType::EndOfFile) break;
    out.push_back(show(t));
    if (options.tree_hints) follow_tree_hints(tokenizer, t);
  }
  return out;
}

using V = std::vector<std::string>;

std::string text_of(std::string_view html, Options options = {}) {
  std::string s;
  for (const std::string& t : tokens(html, options)) s += t;
  return s;
}

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

// A token copied out of the tokenizer: its views are good only until the next call.
struct OwnedToken {
  struct OwnedAttribute {
    std::string name;
    std::string value;
  };
  TokenType type = TokenType::EndOfFile;
  std::string data;
  std::vector<OwnedAttribute> attributes;
  std::string public_id;
  bool force_quirks = false;

  explicit OwnedToken(const Token& t = {})
      : type(t.type), data(t.data), public_id(t.public_id), force_quirks(t.force_quirks) {
    for (const Attribute& a : t.attributes) attributes.push_back({std::string(a.name), std::string(a.value)});
  }
};

struct Outcome {
  std::size_t tokens = 0;
  std::size_t characters = 0;  // bytes of character data
  OwnedToken last;             // the last token before EOF
  double seconds = 0;
};

// Tokenizes all of `html` and keeps only counts, so huge inputs do not need huge expectations.
Outcome run_all(std::string_view html, State state = State::Data) {
  auto t0 = std::chrono::steady_clock::now();
  Tokenizer tokenizer(html);
  tokenizer.set_state(state);
  Outcome run;
  Token t;
  while (tokenizer.next(t)) {
    if (t.type == TokenType::EndOfFile) break;
    ++run.tokens;
    if (t.type == TokenType::Character) run.characters += t.data.size();
    run.last = OwnedToken(t);
    follow_tree_hints(tokenizer, t);
  }
  EXPECT_FALSE(tokenizer.next(t));  // stays finished
  run.seconds = seconds_since(t0);
  return run;
}

// A hang guard, not a speed target: a quadratic path on these sizes would take minutes.
constexpr double kGuardSeconds = 10.0;

}  // namespace

// --- The pull API -----------------------------------------------------------------------------

TEST(HtmlTokenizer, EmptyInputGivesOnlyEndOfFile) {
  Tokenizer tokenizer("");
  Token t;
  ASSERT_TRUE(tokenizer.next(t));
  EXPECT_EQ(t.type, TokenType::EndOfFile);
  EXPECT_FALSE(tokenizer.next(t));
  EXPECT_FALSE(tokenizer.next(t));
}

TEST(HtmlTokenizer, CharactersAreCoalescedAndComeBeforeTheTag) {
  EXPECT_EQ(tokens("a<>b</>c<p>d"), (V{"a<>bc", "<p>", "d"}));
  EXPECT_EQ(tokens("x &amp; y"), (V{"x & y"}));
}

TEST(HtmlTokenizer, TextAndValuesAsWrittenAreViewsOfTheInput) {
  // Nothing decoded: the token's strings are the input's own bytes, so the tree can keep them
  // without a copy. Decoded or lower-cased: the tokenizer's buffers, which the tree copies.
  const std::string html = "a < b<p class=\"x y\" ID=k title=\"&amp;\">c&amp;d";
  Tokenizer tokenizer(html);
  tokenizer.set_attribute_filter(nullptr);
  Token* t = tokenizer.next();
  ASSERT_EQ(t->type, TokenType::Character);
  EXPECT_EQ(t->data, "a < b");
  EXPECT_TRUE(tokenizer.in_input(t->data));
  t = tokenizer.next();
  ASSERT_EQ(t->type, TokenType::StartTag);
  EXPECT_TRUE(tokenizer.in_input(t->name));
  ASSERT_EQ(t->attributes.size(), 3u);
  EXPECT_EQ(t->attributes[0].value, "x y");
  EXPECT_TRUE(tokenizer.in_input(t->attributes[0].name) && tokenizer.in_input(t->attributes[0].value));
  EXPECT_EQ(t->attributes[1].name, "id");
  EXPECT_FALSE(tokenizer.in_input(t->attributes[1].name));
  EXPECT_EQ(t->attributes[2].value, "&");
  EXPECT_FALSE(tokenizer.in_input(t->attributes[2].value));
  t = tokenizer.next();
  ASSERT_EQ(t->type, TokenType::Character);
  EXPECT_EQ(t->data, "c&d");
  EXPECT_FALSE(tokenizer.in_input(t->data));
}

TEST(HtmlTokenizer, ReusedTokenCarriesNothingOver) {
  Tokenizer tokenizer("<a href=x>text<!--c--><br/>");
  Token t;
  ASSERT_TRUE(tokenizer.next(t));
  EXPECT_EQ(t.attributes.size(), 1u);
  ASSERT_TRUE(tokenizer.next(t));
  EXPECT_EQ(t.type, TokenType::Character);
  EXPECT_TRUE(t.attributes.empty());
  ASSERT_TRUE(tokenizer.next(t));
  EXPECT_EQ(t.type, TokenType::Comment);
  EXPECT_EQ(t.data, "c");
  ASSERT_TRUE(tokenizer.next(t));
  EXPECT_EQ(show(t), "<br/>");
  EXPECT_TRUE(t.data.empty());

  Tokenizer doctype("<!DOCTYPE html SYSTEM 'x'>y");
  ASSERT_TRUE(doctype.next(t));
  EXPECT_TRUE(t.has_system_id);
  ASSERT_TRUE(doctype.next(t));
  EXPECT_EQ(t.type, TokenType::Character);
  EXPECT_FALSE(t.has_system_id);
  EXPECT_TRUE(t.system_id.empty());
  EXPECT_TRUE(t.name.empty());
}

TEST(HtmlTokenizer, LineBreaksAreNormalised) {
  EXPECT_EQ(tokens("a\r\nb\rc\n\rd"), (V{"a\nb\nc\n\nd"}));
  EXPECT_EQ(tokens("<p title='1\r\n2'>\r"), (V{"<p title=\"1\n2\">", "\n"}));
}

// --- Character references ---------------------------------------------------------------------

TEST(HtmlTokenizer, NamedReferences) {
  EXPECT_EQ(text_of("&lt;b&gt; &amp;&quot;&apos;"), "<b> &\"'");
  EXPECT_EQ(text_of("&eacute;&Eacute;&hellip;&NotNestedGreaterGreater;"),
            "\xC3\xA9\xC3\x89\xE2\x80\xA6\xE2\xAA\xA2\xCC\xB8");
  EXPECT_EQ(text_of("&fjlig;&CounterClockwiseContourIntegral;"), "fj\xE2\x88\xB3");
  EXPECT_EQ(text_of("&bogus; &amp &ampx &AMP; &Amp;"), "&bogus; & &x & &Amp;");
}

TEST(HtmlTokenizer, LongestMatchTakesLegacyPrefixes) {
  EXPECT_EQ(text_of("&notin;"), "\xE2\x88\x89");    // ∉
  EXPECT_EQ(text_of("&notit;"), "\xC2\xACit;");     // ¬ then "it;"
  EXPECT_EQ(text_of("&not"), "\xC2\xAC");
  EXPECT_EQ(text_of("&copy2024"), "\xC2\xA9" "2024");
}

TEST(HtmlTokenizer, LegacyReferencesInAttributesStayLiteralBeforeEqualsOrAlphanumeric) {
  EXPECT_EQ(tokens("<a href='?a=1&copy=2&amp;b=3&notx'>"), (V{"<a href=\"?a=1&copy=2&b=3&notx\">"}));
  EXPECT_EQ(tokens("<a title='&copy 2024' alt=&amp>"), (V{"<a title=\"\xC2\xA9 2024\" alt=\"&\">"}));
  EXPECT_EQ(tokens("<a title='&copy;=' x=&lt;>"), (V{"<a title=\"\xC2\xA9=\" x=\"<\">"}));
}

TEST(HtmlTokenizer, NumericReferences) {
  EXPECT_EQ(text_of("&#65;&#x42;&#X43;&#x1F600;"), "ABC\xF0\x9F\x98\x80");
  EXPECT_EQ(text_of("&#65"), "A");
  EXPECT_EQ(text_of("&#0;&#xD800;&#x110000;&#99999999999999999999999;"),
            "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(text_of("&#x80;&#x99;&#x81;&#150;"), "\xE2\x82\xAC\xE2\x84\xA2\xC2\x81\xE2\x80\x93");
  EXPECT_EQ(text_of("&#;&#x;&#xg;&# "), "&#;&#x;&#xg;&# ");
  EXPECT_EQ(text_of("&#13;"), "\r");  // a character reference is not subject to CR normalisation
}

TEST(HtmlTokenizer, NamedTableLookups) {
  EXPECT_TRUE(find_named_char_ref("amp").legacy);
  EXPECT_FALSE(find_named_char_ref("hellip").legacy);
  EXPECT_EQ(find_named_char_ref("AElig").first, 0xC6u);      // the first name in the table
  EXPECT_EQ(find_named_char_ref("zwnj").first, 0x200Cu);     // the last
  EXPECT_EQ(find_named_char_ref("nvlt").second, 0x20D2u);
  EXPECT_FALSE(find_named_char_ref("ampx").found);
  EXPECT_FALSE(find_named_char_ref("").found);
  EXPECT_FALSE(find_named_char_ref(std::string(100, 'a')).found);
  EXPECT_EQ(numeric_char_ref_value(0x9F), 0x178u);
}

// --- Tags and attributes ----------------------------------------------------------------------

TEST(HtmlTokenizer, TagsAndAttributes) {
  EXPECT_EQ(tokens("<DIV Class=\"a\" ID=b data-x='c' hidden>"),
            (V{"<div class=\"a\" id=\"b\" data-x=\"c\" hidden=\"\">"}));
  EXPECT_EQ(tokens("<a x=1 X=2 y=3 x=4>"), (V{"<a x=\"1\" y=\"3\">"}));
  EXPECT_EQ(tokens("<br/><img src=a />"), (V{"<br/>", "<img src=\"a\"/>"}));
  EXPECT_EQ(tokens("<img src=a/>"), (V{"<img src=\"a/\">"}));
  EXPECT_EQ(tokens("</P><p/ class=x>"), (V{"</p>", "<p class=\"x\">"}));
  EXPECT_EQ(tokens("</p class=x>"), (V{"</p>"}));  // end tags carry no attributes
  EXPECT_EQ(tokens("<a b=>c"), (V{"<a b=\"\">", "c"}));
  EXPECT_EQ(tokens("<a b c=\"d\"e>"), (V{"<a b=\"\" c=\"d\" e=\"\">"}));
  EXPECT_EQ(tokens("<a =b>"), (V{"<a =b=\"\">"}));
  EXPECT_EQ(tokens("<a x=a\"'<=`b>"), (V{"<a x=\"a\"'<=`b\">"}));
  EXPECT_EQ(tokens("<a\tb\nc\fd e>"), (V{"<a b=\"\" c=\"\" d=\"\" e=\"\">"}));
  EXPECT_EQ(tokens("<caf\xC3\xA9 \xC3\x89=\xC3\xA9>"), (V{"<caf\xC3\xA9 \xC3\x89=\"\xC3\xA9\">"}));
}

TEST(HtmlTokenizer, TextThatOnlyLooksLikeATag) {
  EXPECT_EQ(tokens("a < b <3 <> <"), (V{"a < b <3 <> <"}));
  EXPECT_EQ(tokens("</"), (V{"</"}));
  EXPECT_EQ(tokens("x</>y"), (V{"xy"}));
  EXPECT_EQ(tokens("<?xml version=\"1.0\"?><p>"), (V{"<!--?xml version=\"1.0\"?-->", "<p>"}));
  EXPECT_EQ(tokens("</ x>"), (V{"<!-- x-->"}));
}

TEST(HtmlTokenizer, UnfinishedTagsAtTheEndAreDropped) {
  EXPECT_EQ(tokens("a<div"), (V{"a"}));
  EXPECT_EQ(tokens("a<div class='x"), (V{"a"}));
  EXPECT_EQ(tokens("a<div class=x"), (V{"a"}));
  EXPECT_EQ(tokens("a<div /"), (V{"a"}));
}

TEST(HtmlTokenizer, NulHandlingDependsOnTheState) {
  using namespace std::string_literals;
  const std::string fffd = "\xEF\xBF\xBD";
  EXPECT_EQ(tokens("a\0b"s), (V{"a\0b"s}));  // data keeps it; the tree builder drops it
  EXPECT_EQ(tokens("<a\0 b\0=\0>"s), (V{"<a" + fffd + " b" + fffd + "=\"" + fffd + "\">"}));
  EXPECT_EQ(tokens("<style>\0</style>"s), (V{"<style>", fffd, "</style>"}));
  EXPECT_EQ(tokens("<!--\0-->"s), (V{"<!--" + fffd + "-->"}));
  EXPECT_EQ(text_of("]\0]]>"s, {State::CdataSection}), "]\0"s);
}

// --- RCDATA, RAWTEXT, script data, PLAINTEXT --------------------------------------------------

TEST(HtmlTokenizer, RcdataDecodesReferencesAndEndsOnlyAtItsOwnEndTag) {
  EXPECT_EQ(tokens("<title>a &amp; <b></i></title>x"), (V{"<title>", "a & <b></i>", "</title>", "x"}));
  EXPECT_EQ(tokens("<textarea></textareax></TEXTAREA >"),
            (V{"<textarea>", "</textareax>", "</textarea>"}));
  EXPECT_EQ(tokens("<title></title/>"), (V{"<title>", "</title>"}));
  EXPECT_EQ(tokens("<title>a</tit"), (V{"<title>", "a</tit"}));
  EXPECT_EQ(tokens("<title>a</"), (V{"<title>", "a</"}));
}

TEST(HtmlTokenizer, RawtextAndPlaintext) {
  EXPECT_EQ(tokens("<style>a &amp; <b></style>"), (V{"<style>", "a &amp; <b>", "</style>"}));
  EXPECT_EQ(tokens("<plaintext></plaintext>&amp;"), (V{"<plaintext>", "</plaintext>&amp;"}));
}

TEST(HtmlTokenizer, LastStartTagCanBeSetByTheTreeBuilder) {
  Tokenizer tokenizer("a</xmp>b</style>");
  tokenizer.set_state(State::Rawtext);
  tokenizer.set_last_start_tag("style");
  Token t;
  std::vector<std::string> out;
  while (tokenizer.next(t) && t.type != TokenType::EndOfFile) out.push_back(show(t));
  EXPECT_EQ(out, (V{"a</xmp>b", "</style>"}));
}

TEST(HtmlTokenizer, ScriptData) {
  EXPECT_EQ(tokens("<script>if (a<b) x='</scr'+'ipt>';</script>"),
            (V{"<script>", "if (a<b) x='</scr'+'ipt>';", "</script>"}));
  EXPECT_EQ(tokens("<script>a &amp; b</script>"), (V{"<script>", "a &amp; b", "</script>"}));
}

TEST(HtmlTokenizer, ScriptDataEscapedAndDoubleEscaped) {
  // Escaped: "<!--" … "-->" — </script> still ends the script inside it.
  EXPECT_EQ(tokens("<script><!-- a </script>b"), (V{"<script>", "<!-- a ", "</script>", "b"}));
  // Double-escaped: "<script>" inside the escape hides the next "</script>".
  EXPECT_EQ(tokens("<script><!--document.write('<script>x</script>');--></script>"),
            (V{"<script>", "<!--document.write('<script>x</script>');-->", "</script>"}));
  EXPECT_EQ(tokens("<script><!--<script></script></script>"),
            (V{"<script>", "<!--<script></script>", "</script>"}));
  EXPECT_EQ(tokens("<script><!--<scripts></script>"),
            (V{"<script>", "<!--<scripts>", "</script>"}));
  EXPECT_EQ(tokens("<script><!-- --> </script>"), (V{"<script>", "<!-- --> ", "</script>"}));
  EXPECT_EQ(tokens("<script><!--<script>--></script>"),
            (V{"<script>", "<!--<script>-->", "</script>"}));
  EXPECT_EQ(tokens("<script><!--<script"), (V{"<script>", "<!--<script"}));
}

// --- Comments, bogus comments, CDATA ----------------------------------------------------------

TEST(HtmlTokenizer, Comments) {
  EXPECT_EQ(tokens("<!-- a -->b"), (V{"<!-- a -->", "b"}));
  EXPECT_EQ(tokens("<!---->"), (V{"<!---->"}));
  EXPECT_EQ(tokens("<!-->x"), (V{"<!---->", "x"}));
  EXPECT_EQ(tokens("<!--->x"), (V{"<!---->", "x"}));
  EXPECT_EQ(tokens("<!-- a --!>x"), (V{"<!-- a -->", "x"}));
  EXPECT_EQ(tokens("<!-- a --!-->"), (V{"<!-- a --!-->"}));
  EXPECT_EQ(tokens("<!-- a -- b --->"), (V{"<!-- a -- b --->"}));
  EXPECT_EQ(tokens("<!--<!-- x -->"), (V{"<!--<!-- x -->"}));
  EXPECT_EQ(tokens("<!--a<!b<c-->"), (V{"<!--a<!b<c-->"}));
  EXPECT_EQ(tokens("<!-- open"), (V{"<!-- open-->"}));
  EXPECT_EQ(tokens("<!--"), (V{"<!---->"}));
  EXPECT_EQ(tokens("<!x>y"), (V{"<!--x-->", "y"}));
  EXPECT_EQ(tokens("<!>"), (V{"<!---->"}));
}

TEST(HtmlTokenizer, CdataIsACommentInHtmlAndTextInForeignContent) {
  EXPECT_EQ(tokens("<![CDATA[x<y]]>"), (V{"<!--[CDATA[x<y]]-->"}));
  Options foreign;
  foreign.allow_cdata = true;
  EXPECT_EQ(tokens("<![CDATA[x<y]]]>z", foreign), (V{"x<y]z"}));
  EXPECT_EQ(tokens("<![CDATA[x]]", foreign), (V{"x]]"}));
  EXPECT_EQ(tokens("<![cdata[x]]>", foreign), (V{"<!--[cdata[x]]-->"}));  // case-sensitive
}

// --- DOCTYPE ----------------------------------------------------------------------------------

TEST(HtmlTokenizer, Doctypes) {
  EXPECT_EQ(tokens("<!DOCTYPE html>"), (V{"<!DOCTYPE html - ->"}));
  EXPECT_EQ(tokens("<!doctype HTML>"), (V{"<!DOCTYPE html - ->"}));
  EXPECT_EQ(tokens("<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01//EN\" "
                   "'http://www.w3.org/TR/html4/strict.dtd'>"),
            (V{"<!DOCTYPE html \"-//W3C//DTD HTML 4.01//EN\" "
               "\"http://www.w3.org/TR/html4/strict.dtd\">"}));
  EXPECT_EQ(tokens("<!DOCTYPE html SYSTEM \"about:legacy-compat\">"),
            (V{"<!DOCTYPE html - \"about:legacy-compat\">"}));
  EXPECT_EQ(tokens("<!DOCTYPE html PUBLIC \"\">"), (V{"<!DOCTYPE html \"\" ->"}));
}

TEST(HtmlTokenizer, BrokenDoctypesForceQuirks) {
  EXPECT_EQ(tokens("<!DOCTYPE>"), (V{"<!DOCTYPE - - - quirks>"}));
  EXPECT_EQ(tokens("<!DOCTYPE"), (V{"<!DOCTYPE - - - quirks>"}));
  EXPECT_EQ(tokens("<!DOCTYPE html"), (V{"<!DOCTYPE html - - quirks>"}));
  EXPECT_EQ(tokens("<!DOCTYPE html PUBLIC>"), (V{"<!DOCTYPE html - - quirks>"}));
  EXPECT_EQ(tokens("<!DOCTYPE html bogus>x"), (V{"<!DOCTYPE html - - quirks>", "x"}));
  EXPECT_EQ(tokens("<!DOCTYPE html PUBLIC \"abc>x"), (V{"<!DOCTYPE html \"abc\" - quirks>", "x"}));
  EXPECT_EQ(tokens("<!DOCTYPE html PUBLIC 'a' junk>"), (V{"<!DOCTYPE html \"a\" - quirks>"}));
  // Junk after the system identifier is a parse error but not quirks.
  EXPECT_EQ(tokens("<!DOCTYPE html SYSTEM 'x' junk>"), (V{"<!DOCTYPE html - \"x\">"}));
  EXPECT_EQ(tokens("<!DOCTYPEhtml>"), (V{"<!DOCTYPE html - ->"}));
}

TEST(HtmlTokenizer, ErrorsAreCounted) {
  Tokenizer clean("<!DOCTYPE html><p class=a>x &amp; y</p>");
  Tokenizer broken("<p a=1 a=2>&#0;</p x>");
  Token t;
  while (clean.next(t)) {
  }
  while (broken.next(t)) {
  }
  EXPECT_EQ(clean.errors(), 0u);
  EXPECT_EQ(broken.errors(), 3u);
}

// --- Hostile input: linear time, a result, no crash ------------------------------------------

TEST(HtmlTokenizerBadInput, MillionCharacterAttributeValues) {
  const std::string value(1000000, 'v');
  for (const std::string& html : {"<a title=\"" + value + "\">", "<a title=" + value + ">",
                                  "<a title='" + value + "&amp;'>"}) {
    Outcome run = run_all(html);
    ASSERT_EQ(run.tokens, 1u);
    ASSERT_EQ(run.last.attributes.size(), 1u);
    EXPECT_GE(run.last.attributes[0].value.size(), value.size());
    EXPECT_LT(run.seconds, kGuardSeconds);
  }
}

TEST(HtmlTokenizerBadInput, HundredThousandLessThanSigns) {
  Outcome run = run_all(std::string(100000, '<'));
  EXPECT_EQ(run.tokens, 1u);
  EXPECT_EQ(run.characters, 100000u);
  Outcome end_tags = run_all(std::string(100000, '<') + std::string(100000, '/'));
  EXPECT_LT(end_tags.seconds, kGuardSeconds);
}

TEST(HtmlTokenizerBadInput, FiftyMegabytesOfRandomBytes) {
  std::mt19937 rng(7);
  std::string bytes(50u << 20, '\0');
  for (char& c : bytes) c = static_cast<char>(rng() & 0xFF);
  std::string html = pith::text::decode_input(bytes);
  bytes = std::string();
  Outcome run = run_all(html);
  EXPECT_GT(run.tokens, 0u);
  EXPECT_LT(run.seconds, kGuardSeconds);
}

TEST(HtmlTokenizerBadInput, AmpersandThenTenMegabytesOfLetters) {
  std::string html = "&" + std::string(10u << 20, 'a');
  Outcome run = run_all(html);
  EXPECT_EQ(run.tokens, 1u);
  EXPECT_EQ(run.last.data, html);
  std::string attr = "<a x=\"&" + std::string(10u << 20, 'b') + ";\">";
  Outcome in_attribute = run_all(attr);
  EXPECT_EQ(in_attribute.last.attributes.at(0).value.size(), (10u << 20) + 2);
  Outcome numeric = run_all("&#" + std::string(10u << 20, '9') + ";");
  EXPECT_EQ(numeric.last.data, "\xEF\xBF\xBD");
  EXPECT_LT(run.seconds + in_attribute.seconds + numeric.seconds, kGuardSeconds);
}

TEST(HtmlTokenizerBadInput, ManyShortReferences) {
  std::string html;
  for (int i = 0; i < 200000; ++i) html += "&CounterClockwiseContourIntegra&amp&#x41&nope;";
  Outcome run = run_all(html);
  EXPECT_EQ(run.tokens, 1u);
  EXPECT_LT(run.seconds, kGuardSeconds);
}

TEST(HtmlTokenizerBadInput, UnterminatedConstructsRunToTheEnd) {
  const std::string tail(1u << 20, 'x');
  Outcome comment = run_all("<!-- " + tail);
  EXPECT_EQ(comment.last.type, TokenType::Comment);
  EXPECT_EQ(comment.last.data.size(), tail.size() + 1);
  Outcome bogus = run_all("<!" + tail);
  EXPECT_EQ(bogus.last.type, TokenType::Comment);
  Outcome doctype = run_all("<!DOCTYPE " + tail);
  EXPECT_EQ(doctype.last.type, TokenType::Doctype);
  EXPECT_TRUE(doctype.last.force_quirks);
  Outcome doctype_id = run_all("<!DOCTYPE html PUBLIC \"" + tail);
  EXPECT_EQ(doctype_id.last.public_id.size(), tail.size());
  Outcome attribute = run_all("text<a b=\"" + tail);
  EXPECT_EQ(attribute.tokens, 1u);  // the unfinished tag is dropped; the text stays
  Outcome script = run_all("<!--<script>" + tail, State::ScriptData);
  EXPECT_EQ(script.characters, tail.size() + 12);
  Outcome cdata = run_all(tail, State::CdataSection);
  EXPECT_EQ(cdata.characters, tail.size());
}

TEST(HtmlTokenizerBadInput, CommentOpenersRepeated) {
  std::string html;
  for (int i = 0; i < 100000; ++i) html += "<!--";
  Outcome run = run_all(html);
  ASSERT_EQ(run.tokens, 1u);
  EXPECT_EQ(run.last.type, TokenType::Comment);
  EXPECT_EQ(run.last.data.size(), 99999u * 4 - 2);  // each nested "<!--" is data; the last lacks "--"
  EXPECT_LT(run.seconds, kGuardSeconds);
}

TEST(HtmlTokenizerBadInput, ManyAttributesOnOneTag) {
  std::string unique = "<a";
  for (int i = 0; i < 200000; ++i) unique += " a" + std::to_string(i);
  Outcome run = run_all(unique + ">");
  EXPECT_EQ(run.last.attributes.size(), 200000u);
  std::string same = "<a";
  for (int i = 0; i < 200000; ++i) same += " x=" + std::to_string(i);
  Outcome dup = run_all(same + ">");
  ASSERT_EQ(dup.last.attributes.size(), 1u);
  EXPECT_EQ(dup.last.attributes[0].value, "0");
  EXPECT_LT(run.seconds + dup.seconds, kGuardSeconds);
}

TEST(HtmlTokenizerBadInput, NearMissEndTagsInRawText) {
  std::string html = "<title>";
  for (int i = 0; i < 200000; ++i) html += "</titl</title</titlex";
  Outcome run = run_all(html + "</title>");
  EXPECT_EQ(run.tokens, 3u);
  std::string script = "<script><!--";
  for (int i = 0; i < 200000; ++i) script += "<script</scrip<!--<sc-->";
  Outcome s = run_all(script);
  EXPECT_LT(run.seconds + s.seconds, kGuardSeconds);
}

TEST(HtmlTokenizerBadInput, ManyTagsStayFast) {
  std::string html;
  for (int i = 0; i < 300000; ++i) html += "<p class=\"c\" id=x>Some text &amp; more</p>\n";
  Outcome run = run_all(html);
  EXPECT_EQ(run.tokens, 300000u * 4);
  EXPECT_LT(run.seconds, kGuardSeconds);
}

// Random soup of the fragments the states turn on, from every initial state: the output stays
// valid UTF-8 and within the worst-case growth (a NUL or a lone '&#0;' becomes 3 bytes).
TEST(HtmlTokenizerBadInput, RandomFragmentSoup) {
  const std::string_view fragments[] = {
      "<", "</", "<!", "<!--", "-->", "--!>", "-", "--", ">", "/>", "/", "!", "?", "&", "&amp",
      "&amp;", "&#", "&#x", "1", "9;", "F", "&notin", "=", "\"", "'", "`", " ", "\n", "\r", "\t",
      "a", "Z", "script", "title", "SCRIPT", "style", "DOCTYPE", "PUBLIC", "SYSTEM", "[CDATA[",
      "]]>", "]", "\xC3\xA9", "\xF0\x9F\x98\x80", std::string_view("\0", 1)};
  const State states[] = {State::Data, State::Rcdata, State::Rawtext, State::ScriptData,
                          State::Plaintext, State::CdataSection};
  std::mt19937 rng(11);
  for (int round = 0; round < 3000; ++round) {
    std::string html;
    const int count = static_cast<int>(rng() % 120);
    for (int k = 0; k < count; ++k) html += fragments[rng() % std::size(fragments)];
    for (State state : states) {
      Tokenizer tokenizer(html);
      tokenizer.set_state(state);
      tokenizer.set_allow_cdata(rng() & 1);
      if (rng() & 1) tokenizer.set_last_start_tag("script");
      std::size_t out = 0;
      Token t;
      bool valid = true;
      auto check = [&](std::string_view s) {
        out += s.size();
        std::string copy = pith::text::decode_input(s);
        valid = valid && copy == s;
      };
      while (tokenizer.next(t)) {
        check(t.data);
        check(t.name);
        check(t.public_id);
        check(t.system_id);
        for (const Attribute& a : t.attributes) {
          check(a.name);
          check(a.value);
        }
      }
      ASSERT_TRUE(valid) << html;
      ASSERT_LE(out, 3 * html.size() + 8) << html;
    }
  }
}

// --- What the tree builder asks of the tokenizer: dropped attributes, discarded script text ----

namespace {

std::uint32_t keeps_class_only(std::string_view name) { return name == "class" ? 1 : 0; }

std::vector<std::string> filtered_tokens(std::string_view html) {
  Tokenizer tokenizer(html);
  tokenizer.set_attribute_filter(keeps_class_only);
  std::vector<std::string> out;
  Token t;
  while (tokenizer.next(t) && t.type != TokenType::EndOfFile) out.push_back(show(t));
  return out;
}

}  // namespace

TEST(HtmlTokenizer, FilteredAttributesAreDroppedWithoutLosingTheirNeighbours) {
  // Values with references, quotes of the other kind, '>' and unquoted forms are skipped exactly
  // where a copy would have ended.
  EXPECT_EQ(filtered_tokens("<a data-x=\"1 &quot;>2' \" class=c onclick='f(\">\")' href=x&amp;y>t</a>"),
            (V{"<a class=\"c\">", "t", "</a>"}));
  EXPECT_EQ(filtered_tokens("<img srcset=a.jpg,b.jpg class=\"x&amp;y\" hidden>"), (V{"<img class=\"x&y\">"}));
  EXPECT_EQ(filtered_tokens("<div data-a=1>x"), (V{"<div>", "x"}));
  EXPECT_EQ(filtered_tokens("<div data-a=\"never closed"), V{});
  // Without a filter every attribute stays (the conformance tests read them all).
  EXPECT_EQ(tokens("<a data-x=1 class=c>"), (V{"<a data-x=\"1\" class=\"c\">"}));
}

TEST(HtmlTokenizer, DiscardedScriptTextStillEndsAtItsEndTag) {
  for (std::string_view html : {"<script>if (a<b) x='</scr'+'ipt>';</script><p>after",
                                "<script><!--<script>x</script>-->y</script><p>after",
                                "<style>p{}</STYLE ><p>after"}) {
    Tokenizer tokenizer(html);
    Token t;
    std::vector<std::string> out;
    while (tokenizer.next(t) && t.type != TokenType::EndOfFile) {
      out.push_back(show(t));
      if (t.type == TokenType::StartTag && (t.name == "script" || t.name == "style")) {
        tokenizer.set_state(t.name == "script" ? State::ScriptData : State::Rawtext);
        tokenizer.set_last_start_tag(t.name);
        tokenizer.set_discard_text(true);
      }
    }
    ASSERT_EQ(out.size(), 4u) << html;
    EXPECT_EQ(out[1].substr(0, 2), "</") << html;  // no text between the start and end tag
    EXPECT_EQ(out[2], "<p>") << html;
    EXPECT_EQ(out[3], "after") << html;  // text after the element is kept again
  }
  // An unclosed script at the end of the page gives no text either.
  Tokenizer tokenizer("<script>var a = 1;");
  Token t;
  ASSERT_TRUE(tokenizer.next(t));
  tokenizer.set_state(State::ScriptData);
  tokenizer.set_last_start_tag("script");
  tokenizer.set_discard_text(true);
  ASSERT_TRUE(tokenizer.next(t));
  EXPECT_EQ(t.type, TokenType::EndOfFile);
}

TEST(HtmlTokenizer, WordAtATimeScanFindsTheFirstStopByte) {
  // find_any reads thirty-two, sixteen or eight bytes at a time; checked against a byte loop at
  // every offset and length, with stop bytes and high bytes (UTF-8, 0xFF, 0x80) placed at random,
  // densely and sparsely (so that hits fall in any eight of thirty-two bytes, or past them).
  std::mt19937 rng(7);
  const char alphabet[] = {'a', '<', '&', '\0', '-', '\x80', '\xff', ' ', 'z', '\x3c' + 1};
  for (int round = 0; round < 300; ++round) {
    std::string s(rng() % 120, 'x');
    const unsigned sparseness = round % 2 == 0 ? 4 : 40;
    for (char& c : s) c = rng() % sparseness == 0 ? alphabet[rng() % sizeof alphabet] : 'q';
    for (std::size_t from = 0; from <= s.size(); ++from) {
      std::size_t naive = from;
      while (naive < s.size() && s[naive] != '<' && s[naive] != '&' && s[naive] != '\0') ++naive;
      ASSERT_EQ(ascii::find_any(s, from, '<', '&', '\0'), naive) << round << " " << from;
      std::size_t naive2 = from;
      while (naive2 < s.size() && s[naive2] != '-' && s[naive2] != '\xff') ++naive2;
      ASSERT_EQ(ascii::find_any(s, from, '-', '\xff'), naive2) << round << " " << from;
    }
  }
}

TEST(HtmlTokenizer, WordAtATimeCountMatchesAByteLoop) {
  // count_byte_before sums 32 bytes a step (the tree builder's '<' count, up to the first CR);
  // checked against a byte loop at every offset, with the counted byte next to bytes that differ
  // from it in one bit ('<' ^ 0x80, '<' + 1, '<' - 1), NULs and 0xFF, which a carry between bytes
  // would miscount, and a rare stop byte.
  std::mt19937 rng(11);
  const char alphabet[] = {'<', '<', '\xbc', '=', ';', '\0', '\xff', '\x80', 'a', '<', '=', '<', 'a'};
  for (int round = 0; round < 600; ++round) {
    std::string s(rng() % 140, 'x');
    for (char& c : s) c = alphabet[rng() % sizeof alphabet];
    if (round % 2 == 1 && !s.empty()) s[rng() % s.size()] = '\r';
    for (std::size_t from = 0; from <= s.size(); ++from) {
      std::string_view tail = std::string_view(s).substr(from);
      std::size_t naive = 0;
      std::size_t naive_stop = 0;
      for (; naive_stop < tail.size() && tail[naive_stop] != '\r'; ++naive_stop) naive += tail[naive_stop] == '<';
      std::size_t stop = 0;
      ASSERT_EQ(ascii::count_byte_before(tail, '<', '\r', stop), naive) << round << " " << from;
      ASSERT_EQ(stop, naive_stop) << round << " " << from;
      std::size_t nuls = 0;
      for (std::size_t i = 0; i < naive_stop; ++i) nuls += tail[i] == '\0';
      ASSERT_EQ(ascii::count_byte_before(tail, '\0', '\r', stop), nuls) << round << " " << from;
    }
  }
  std::size_t stop = 0;
  EXPECT_EQ(ascii::count_byte_before(std::string(1000, '<'), '<', '\r', stop), 1000u);
  EXPECT_EQ(stop, 1000u);
  // Long inputs, where per-lane sums are folded in blocks: all hits, and dense random hits.
  EXPECT_EQ(ascii::count_byte_before(std::string(70001, '<'), '<', '\r', stop), 70001u);
  EXPECT_EQ(stop, 70001u);
  for (int round = 0; round < 40; ++round) {
    std::string s(rng() % 9000, 'x');
    for (char& c : s) c = alphabet[rng() % sizeof alphabet];
    if (round % 3 == 1 && !s.empty()) s[rng() % s.size()] = '\r';
    std::size_t naive = 0;
    std::size_t naive_stop = 0;
    for (; naive_stop < s.size() && s[naive_stop] != '\r'; ++naive_stop) naive += s[naive_stop] == '<';
    ASSERT_EQ(ascii::count_byte_before(s, '<', '\r', stop), naive) << round;
    ASSERT_EQ(stop, naive_stop) << round;
  }
}
