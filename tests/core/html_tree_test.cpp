// The tree builder: implied tags, leniency, raw text switching and bounded cost on hostile input.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <type_traits>
#include <utility>

#include "html/tree.h"

using namespace pith::html;

namespace {

// The tree as a compact string: elements as name(children), text as 'text'.
std::string shape(const Tree& t, std::uint32_t root) {
  std::string out;
  std::uint32_t i = root;
  // Iterative pre-order with explicit closing: track depth through parents.
  std::vector<std::uint32_t> open;
  for (; i != kNoNode; i = next_node(t, i, root)) {
    while (!open.empty() && t[i].parent != open.back()) {
      out += ")";
      open.pop_back();
    }
    const Node& n = t[i];
    if (n.is_text()) {
      out += "'" + std::string(n.text) + "'";
    } else if (n.is_element()) {
      out += n.tag == Tag::Other ? n.name : std::string(tag_name(n.tag));
      out += "(";
      open.push_back(i);
    }
  }
  for (std::size_t k = 0; k < open.size(); ++k) out += ")";
  return out;
}

std::string body_shape(std::string_view html) {
  Tree t = build_tree(html);
  return shape(t, t.body);
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

TEST(HtmlTree, TagNamesRoundTrip) {
  // Every known tag is found by its name (short names by the packed-word table, the three longer
  // ones by string), and near misses are Other.
  for (int i = 1; i <= static_cast<int>(Tag::Search); ++i) {
    Tag tag = static_cast<Tag>(i);
    std::string_view name = tag_name(tag);
    ASSERT_FALSE(name.empty()) << i;
    EXPECT_EQ(tag_from_name(name), tag) << name;
    EXPECT_EQ(tag_from_name(std::string(name) + "x"), Tag::Other) << name;
  }
  for (std::string_view other : std::initializer_list<std::string_view>{"", "h7", "di", "divv", "blockquotes", "figcaptio", "plaintex", "x-tag", "abcdefghi",
                                 std::string_view("a\0", 2), "DIV"}) {
    EXPECT_EQ(tag_from_name(other), Tag::Other) << other;
  }
}

TEST(HtmlTree, ImpliesHtmlHeadAndBody) {
  Tree t = build_tree("<title>T</title><p>x");
  ASSERT_NE(t.html, kNoNode);
  ASSERT_NE(t.head, kNoNode);
  ASSERT_NE(t.body, kNoNode);
  EXPECT_EQ(shape(t, t.head), "head(title('T'))");
  EXPECT_EQ(shape(t, t.body), "body(p('x'))");
}

TEST(HtmlTree, ParagraphsCloseAtBlockStarts) {
  EXPECT_EQ(body_shape("<p>a<p>b<div>c</div>"), "body(p('a')p('b')div('c'))");
  EXPECT_EQ(body_shape("<p>a<h2>b</h2>"), "body(p('a')h2('b'))");
  EXPECT_EQ(body_shape("a</p>b"), "body('ab')");  // </p> without an open p is ignored
}

TEST(HtmlTree, ListItemsDefinitionsOptionsAndCellsCloseImplicitly) {
  EXPECT_EQ(body_shape("<ul><li>a<li>b</ul>"), "body(ul(li('a')li('b')))");
  EXPECT_EQ(body_shape("<ul><li>a<ul><li>b</ul><li>c</ul>"), "body(ul(li('a'ul(li('b')))li('c')))");
  EXPECT_EQ(body_shape("<dl><dt>a<dd>b<dt>c</dl>"), "body(dl(dt('a')dd('b')dt('c')))");
  EXPECT_EQ(body_shape("<select><option>a<option>b</select>"), "body(select(option('a')option('b')))");
  EXPECT_EQ(body_shape("<table><tr><td>a<td>b<tr><td>c</table>"),
            "body(table(tr(td('a')td('b'))tr(td('c'))))");
}

TEST(HtmlTree, TableEndTagClosesOpenCells) {
  EXPECT_EQ(body_shape("<table><tr><td>a</table><p>b"), "body(table(tr(td('a')))p('b'))");
}

TEST(HtmlTree, VoidAndSelfClosingElements) {
  EXPECT_EQ(body_shape("<p>a<br>b<img src=x>c<hr>d"), "body(p('a'br()'b'img()'c')hr()'d')");
  // Self-closing syntax means nothing on an HTML element, but closes a foreign one.
  EXPECT_EQ(body_shape("<div/>a"), "body(div('a'))");
  EXPECT_EQ(body_shape("<svg><circle/>x</svg>y"), "body(svg(circle()'x')'y')");
}

TEST(HtmlTree, MisnestedFormattingIsClosedSensibly) {
  EXPECT_EQ(body_shape("<b><i>a</b>b</i>c"), "body(b(i('a'))'bc')");
  // A formatting end tag never closes the block it is inside.
  EXPECT_EQ(body_shape("<b><p>a</b>b</p>c"), "body(b(p('ab')'c'))");
  EXPECT_EQ(body_shape("<div><span>a</div>b"), "body(div(span('a'))'b')");
  EXPECT_EQ(body_shape("<a href=1>a<a href=2>b</a>"), "body(a('a')a('b'))");
}

TEST(HtmlTree, EndTagsMatchingNothingAreIgnored) {
  EXPECT_EQ(body_shape("<div>a</span></section></div>b"), "body(div('a')'b')");
}

TEST(HtmlTree, RawTextElementsSwitchTheTokenizer) {
  // Program text and style sheets are read as raw text and then dropped (nothing reads them); the
  // '<p>' inside did not become an element. JSON data in a script is kept for the metadata reader.
  EXPECT_EQ(body_shape("<body><script>if (a<b) x='<p>'</script>z"), "body(script()'z')");
  EXPECT_EQ(body_shape("<body><script type=application/ld+json>{\"a\":\"<p>\"}</script>z"),
            "body(script('{\"a\":\"<p>\"}')'z')");
  EXPECT_EQ(body_shape("<textarea><b>x</b>&amp;</textarea>"), "body(textarea('<b>x</b>&'))");
  EXPECT_EQ(body_shape("<body><style>p>b{}</style><xmp><i></xmp>"), "body(style()xmp('<i>'))");
  // Scripting disabled: <noscript> holds markup (forums put whole threads there).
  EXPECT_EQ(body_shape("<body><noscript><p>Enable JS</p></noscript>"), "body(noscript(p('Enable JS')))");
  EXPECT_EQ(body_shape("<plaintext><p></plaintext>"), "body(plaintext('<p></plaintext>'))");
  Tree t = build_tree("<title>a<b>c</title>");
  EXPECT_EQ(shape(t, t.head), "head(title('a<b>c'))");
}

TEST(HtmlTree, CdataOnlyInForeignContent) {
  EXPECT_EQ(body_shape("<svg><![CDATA[a<b]]></svg>"), "body(svg('a<b'))");
  EXPECT_EQ(body_shape("<div><![CDATA[x]]></div>"), "body(div())");  // a bogus comment in HTML
  // Allowed by the current node, as the open elements change: after a foreign child closes, and
  // not after the <svg> closes.
  EXPECT_EQ(body_shape("<svg><g></g><![CDATA[y]]></svg><![CDATA[z]]>"), "body(svg(g()'y'))");
}

TEST(HtmlTree, HtmlBreaksOutOfForeignContent) {
  EXPECT_EQ(body_shape("<svg><g><p>a</p>"), "body(svg(g())p('a'))");
}

TEST(HtmlTree, AttributesAndHtmlLangAreKept) {
  Tree t = build_tree("<html lang=fr><body class=x><p id=a data-x='1'>t");
  EXPECT_EQ(*t[t.html].attribute("lang"), "fr");
  EXPECT_EQ(*t[t.body].attribute("class"), "x");
  std::uint32_t p = t[t.body].first_child;
  EXPECT_EQ(*t[p].attribute("id"), "a");
  EXPECT_EQ(t[p].attribute("missing"), nullptr);
}

TEST(HtmlTree, AttributesSurviveTheStoreGrowingAndRepeatedBodyTags) {
  // Elements point into the attribute blocks: many tags with attributes fill more than one, while
  // earlier elements must still read theirs, and a repeated <html>/<body> adds only the names its
  // element lacks.
  std::string html = "<html lang=fr><body class=x>";
  for (int i = 0; i < 5000; ++i) html += "<p id=p" + std::to_string(i) + " class=\"a-long-class-name-" + std::to_string(i) + "\">t";
  html += "<body id=b class=y><html class=h lang=de><body title=z id=c>";
  Tree t = build_tree(html);
  EXPECT_GT(t.attributes.size(), 1u);
  EXPECT_EQ(*t[t.html].attribute("lang"), "fr");
  ASSERT_NE(t[t.html].attribute("class"), nullptr);
  EXPECT_EQ(*t[t.html].attribute("class"), "h");
  EXPECT_EQ(*t[t.body].attribute("class"), "x");
  ASSERT_NE(t[t.body].attribute("id"), nullptr);
  EXPECT_EQ(*t[t.body].attribute("id"), "b");
  ASSERT_NE(t[t.body].attribute("title"), nullptr);
  EXPECT_EQ(*t[t.body].attribute("title"), "z");
  EXPECT_EQ(t[t.body].attributes.size(), 3u);
  int i = 0;
  for (std::uint32_t p = t[t.body].first_child; p != kNoNode; p = t[p].next_sibling, ++i) {
    ASSERT_EQ(t[p].attributes.size(), 2u) << i;
    EXPECT_EQ(*t[p].attribute("id"), "p" + std::to_string(i));
    EXPECT_EQ(*t[p].attribute("class"), "a-long-class-name-" + std::to_string(i));
  }
  EXPECT_EQ(i, 5000);
  Tree moved = std::move(t);
  EXPECT_EQ(*moved[moved.body].attribute("id"), "b");
}

TEST(HtmlTree, AttributeNamesReadInPlaceOrByteByByte) {
  // Plain lower-case names are filtered in place; upper case, odd bytes and a leading '=' take
  // the byte loop. Either way the kept names and values are the same.
  Tree t = build_tree("<div data-x ID=a data-y=\"q\" CLASS=\"b c\" =title=t on\"x=1 role=main hidden/>"
                      "<p lang=en\tclass='d'>x");
  std::uint32_t div = t[t.body].first_child;
  std::vector<std::string> names;
  for (const Attribute& a : t[div].attributes) names.push_back(std::string(a.name) + "=" + std::string(a.value));
  EXPECT_EQ(names, (std::vector<std::string>{"id=a", "class=b c", "role=main", "hidden="}));
  std::uint32_t p = t[div].first_child;
  ASSERT_TRUE(t[p].is(Tag::P));
  EXPECT_EQ(*t[p].attribute("lang"), "en");
  EXPECT_EQ(*t[p].attribute("class"), "d");
}

// The tree views its input: a temporary string is refused at compile time, what lives on is not.
template <typename T, typename = void>
struct Buildable : std::false_type {};
template <typename T>
struct Buildable<T, std::void_t<decltype(build_tree(std::declval<T>()))>> : std::true_type {};
static_assert(!Buildable<std::string>::value, "a temporary would leave the tree dangling");
static_assert(Buildable<const std::string&>::value && Buildable<std::string_view>::value);
static_assert(Buildable<const char (&)[4]>::value, "a literal lives for the program");

TEST(HtmlTree, ViewsOfTheInputAndOfTheArenaOutliveTheBuilder) {
  // Views of the input (plain text, lower-case names and values), of the arena (a decoded
  // reference, an upper-case name, text joined across a comment, a custom element's upper-case
  // name) and of the CR-normalised copy the tree adopts; then the tree is moved.
  const std::string html =
      "<p CLASS=\"a&amp;b\" id=plain title='x'>one &lt; two<!-- c -->three</p>\r\n"
      "<My-Widget lang=en>w</My-Widget><span>cr\r\nlf</span>";
  Tree built = build_tree(html);
  Tree t = std::move(built);
  std::uint32_t p = t[t.body].first_child;
  ASSERT_TRUE(t[p].is(Tag::P));
  EXPECT_EQ(*t[p].attribute("class"), "a&b");
  EXPECT_EQ(*t[p].attribute("id"), "plain");
  EXPECT_EQ(*t[p].attribute("title"), "x");
  ASSERT_EQ(t[p].first_child, t[p].last_child);  // one text node across the comment
  EXPECT_EQ(t[t[p].first_child].text, "one < twothree");
  std::uint32_t widget = t[t[p].next_sibling].next_sibling;  // after the "\n" text
  EXPECT_EQ(t[widget].name, "my-widget");
  EXPECT_EQ(*t[widget].attribute("lang"), "en");
  EXPECT_EQ(text_content(t, t.body), "one < twothree\nwcr\nlf");
}

TEST(HtmlTree, TextJoinedPieceByPieceStaysLinear) {
  // A text node split by 200,000 comments grows in place in the arena, not by a copy per piece.
  std::string html = "<p>";
  for (int i = 0; i < 200000; ++i) html += "ab<!---->";
  auto start = std::chrono::steady_clock::now();
  Tree t = build_tree(html);
  EXPECT_LT(seconds_since(start), 2.0);
  std::uint32_t p = t[t.body].first_child;
  ASSERT_EQ(t[p].first_child, t[p].last_child);
  EXPECT_EQ(t[t[p].first_child].text.size(), 400000u);
}

TEST(HtmlTree, UnclosedEverythingStillGivesAllText) {
  Tree t = build_tree("<div><p><b><i><ul><li><table><tr><td>a<span>b<em>c");
  EXPECT_EQ(text_content(t, t.body), "abc");
}

TEST(HtmlTree, HundredThousandNestedDivsAreLinearAndCapped) {
  std::string html;
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "deep";
  for (int i = 0; i < 100000; ++i) html += "</div>";
  html += "<p>after";
  auto start = std::chrono::steady_clock::now();
  Tree t = build_tree(html);
  EXPECT_LT(seconds_since(start), 2.0);
  EXPECT_EQ(text_content(t, t.body), "deepafter");
  std::size_t depth = 0;
  for (std::uint32_t i = t.body; i != kNoNode && t[i].first_child != kNoNode; i = t[i].first_child) ++depth;
  EXPECT_LE(depth, kMaxOpenElements + 1);
}

TEST(HtmlTree, MillionCharacterAttribute) {
  std::string html = "<p title=\"" + std::string(1000000, 'x') + "\">a</p>";
  auto start = std::chrono::steady_clock::now();
  Tree t = build_tree(html);
  EXPECT_LT(seconds_since(start), 2.0);
  std::uint32_t p = t[t.body].first_child;
  ASSERT_NE(t[p].attribute("title"), nullptr);
  EXPECT_EQ(t[p].attribute("title")->size(), 1000000u);
}

TEST(HtmlTree, ManyStrayEndTagsStayLinear) {
  std::string html;
  for (int i = 0; i < 600; ++i) html += "<span>";
  for (int i = 0; i < 200000; ++i) html += "</em>";
  auto start = std::chrono::steady_clock::now();
  Tree t = build_tree(html);
  EXPECT_LT(seconds_since(start), 2.0);
}

TEST(HtmlTree, KeepsOnlyTheAttributesReadersRead) {
  Tree t = build_tree("<div class=a data-track=\"x\" id=b onclick=\"go()\" style=\"display:none\" "
                      "aria-label=l aria-hidden=true><a href=/x rel=author srcset=\"a 1x\">y</a>");
  std::uint32_t div = t[t.body].first_child;
  ASSERT_TRUE(t[div].is(Tag::Div));
  std::vector<std::string> names;
  for (const Attribute& a : t[div].attributes) names.emplace_back(a.name);
  EXPECT_EQ(names, (std::vector<std::string>{"class", "id", "style", "aria-hidden"}));
  const Node& a = t[t[div].first_child];
  ASSERT_NE(a.attribute("href"), nullptr);
  EXPECT_EQ(*a.attribute("href"), "/x");
  EXPECT_EQ(*a.attribute("rel"), "author");
  EXPECT_EQ(a.attribute("srcset"), nullptr);
  for (std::string_view kept : {"class", "id", "role", "itemprop", "style", "hidden", "aria-hidden", "lang",
                                "name", "property", "content", "rel", "href", "src", "datetime", "type", "start", "reversed"}) {
    EXPECT_TRUE(is_read_attribute(kept)) << kept;
    // Node::attribute answers "absent" from the bits: a kept name's mark must be its bit.
    EXPECT_EQ(is_read_attribute(kept), attribute_name_bit(kept)) << kept;
  }
  for (std::string_view dropped : {"data-id", "onclick", "srcset", "d", "width", "aria-label", ""}) {
    EXPECT_FALSE(is_read_attribute(dropped)) << dropped;
  }
}

TEST(HtmlTree, FindsEveryKeptAttributeByItsNameBits) {
  // Node::attribute lets a name go on the element's name bits: each kept name, alone or beside the
  // others (and after a repeated <body> merged its own in), is found, and an absent one is not.
  const std::vector<std::string> kept = {"alt", "aria-hidden", "class", "content", "charset", "datetime",
                                         "encoding", "href", "hidden", "http-equiv", "id", "itemprop",
                                         "itemtype", "lang", "name", "property", "rel", "role", "src",
                                         "style", "title", "type"};
  std::string all = "<p";
  for (const std::string& name : kept) all += " " + name + "=v-" + name;
  all += ">x";
  Tree t = build_tree(all);  // the tree views its input, which must outlive it
  const Node& p = t[t[t.body].first_child];
  ASSERT_TRUE(p.is(Tag::P));
  for (const std::string& name : kept) {
    ASSERT_TRUE(is_read_attribute(name)) << name;
    const std::string_view* v = p.attribute(name);
    ASSERT_NE(v, nullptr) << name;
    EXPECT_EQ(*v, "v-" + name);
    const std::string one = "<p " + name + "=1>x";
    Tree alone = build_tree(one);
    const Node& q = alone[alone[alone.body].first_child];
    ASSERT_NE(q.attribute(name), nullptr) << name;
    for (const std::string& other : kept) {
      if (other != name) EXPECT_EQ(q.attribute(other), nullptr) << other << " on <p " << name << ">";
    }
  }
  Tree merged = build_tree("<body class=a><p>x</p><body id=b style=s>");
  EXPECT_EQ(*merged[merged.body].attribute("class"), "a");
  EXPECT_EQ(*merged[merged.body].attribute("id"), "b");
  EXPECT_EQ(*merged[merged.body].attribute("style"), "s");
  EXPECT_EQ(merged[merged.body].attribute("hidden"), nullptr);
}

TEST(HtmlTree, EveryAttributeTheReadersAskForIsKept) {
  // The tree drops attributes is_read_attribute does not list, so a reader asking for another one
  // would silently get nothing: every attribute("…") named in the engine's sources must be listed.
  const std::regex call(R"re(attribute\("([a-z:-]+)"\))re");
  std::size_t found = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(PITH_CORE_SOURCES)) {
    if (entry.path().extension() != ".cpp") continue;
    std::ifstream in(entry.path());
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string source = ss.str();
    for (auto m = std::sregex_iterator(source.begin(), source.end(), call); m != std::sregex_iterator(); ++m) {
      ++found;
      EXPECT_TRUE(is_read_attribute((*m)[1].str())) << (*m)[1].str() << " in " << entry.path();
    }
  }
  EXPECT_GT(found, 10u);  // the scan saw the readers (metadata, hints, visibility)
}
