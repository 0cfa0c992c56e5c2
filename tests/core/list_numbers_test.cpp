// Numbered list items keep their numbers (Block::number): a recipe's "3." that a later step names,
// an <ol start>, a reversed countdown; bullets and other blocks have none.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "fixtures.h"
#include "html_pages.h"
#include "pith/json.h"
#include "pith/read.h"

using namespace pith;
using pith::testing::kStory;
using pith::testing::read_page;

namespace {

std::vector<std::optional<int>> item_numbers(const Document& doc) {
  std::vector<std::optional<int>> out;
  for (const Block& b : doc.blocks) {
    if (b.kind == BlockKind::ListItem) out.push_back(b.number);
  }
  return out;
}

using Numbers = std::vector<std::optional<int>>;

}  // namespace

TEST(ListNumbers, OrderedListItemsCountFromOneOrTheirStart) {
  Document doc = read_page("<body><article>" + kStory +
                           "<ol><li>Boil the water in a clean kettle.</li><li>Warm the pot with a splash of it."
                           "</li></ol><p>Then wait.</p><ol start=\"3\"><li>Add one spoon of leaves per cup.</li>"
                           "<li>Pour and leave it for four minutes.</li></ol></article></body>");
  EXPECT_EQ(item_numbers(doc), (Numbers{1, 2, 3, 4}));
  for (const Block& b : doc.blocks) {
    if (b.kind == BlockKind::ListItem) EXPECT_NE(b.text[0], '1');  // the number is not in the text
  }
}

TEST(ListNumbers, BulletsAndOtherBlocksHaveNone) {
  Document doc = read_page("<body><article>" + kStory +
                           "<ul><li>Roads: up 4% on last year</li><li>Schools: up 2% on last year</li></ul>"
                           "</article></body>");
  EXPECT_EQ(item_numbers(doc), (Numbers{std::nullopt, std::nullopt}));
  for (const Block& b : doc.blocks) EXPECT_FALSE(b.number.has_value()) << b.text;
}

TEST(ListNumbers, ReversedListsCountDownAndNestedListsCountOnTheirOwn) {
  Document doc = read_page("<body><article>" + kStory +
                           "<ol reversed><li>Third place went to the small bakery on Elm Street.</li>"
                           "<li>Second place went to the cafe by the station.<ul><li>It opened in May.</li>"
                           "</ul></li><li>First place went to the market hall's noodle stand.</li></ol>"
                           "</article></body>");
  EXPECT_EQ(item_numbers(doc), (Numbers{3, 2, std::nullopt, 1}));
}

TEST(ListNumbers, AnItemsSecondParagraphIsNotNumberedAgain) {
  Document doc = read_page("<body><article>" + kStory +
                           "<ol><li><p>Heat the oven to 200 degrees.</p><p>A fan oven needs 180.</p></li>"
                           "<li><p>Grease the tin well with butter.</p></li></ol></article></body>");
  EXPECT_EQ(item_numbers(doc), (Numbers{1, std::nullopt, 2}));
}

TEST(ListNumbers, AHiddenItemTakesNoNumber) {
  // The steps shown count on without a gap, as a browser counts what it shows.
  Document doc = read_page("<body><article>" + kStory +
                           "<ol><li>Heat the oven to 200 degrees.</li><li style=\"display:none\">Old step.</li>"
                           "<li>Grease the tin well with butter.</li></ol></article></body>");
  EXPECT_EQ(item_numbers(doc), (Numbers{1, 2}));
}

TEST(ListNumbers, ABadStartIsIgnoredAndAHugeOneHeld) {
  Document doc = read_page("<body><article>" + kStory +
                           "<ol start=\"x\"><li>Heat the oven to 200 degrees.</li></ol><p>Then:</p>"
                           "<ol start=\" -2\"><li>Grease the tin well with butter.</li></ol><p>And:</p>"
                           "<ol start=\"99999999999999999999\"><li>Pour the batter in.</li><li>Bake it.</li></ol>"
                           "</article></body>");
  EXPECT_EQ(item_numbers(doc), (Numbers{1, -2, 1000000000, 1000000001}));
}

TEST(ListNumbers, TextMarkersGiveTheNumber) {
  Document doc = read("How to make tea\n\nMaking tea properly takes a few minutes and some care with the water.\n\n"
                      "1. Boil the water in a clean kettle.\n2. Warm the pot with a splash of hot water.\n"
                      "3) Add one spoon of leaves per cup.\n\n- Milk is optional in every case here.\n"
                      "- Sugar is optional in every case too.\n\nEnjoy it while it is hot, with or without milk.\n");
  EXPECT_EQ(item_numbers(doc), (Numbers{1, 2, 3, std::nullopt, std::nullopt}));
  EXPECT_EQ(doc.blocks[3].text, "Add one spoon of leaves per cup.");
}

TEST(ListNumbers, JsonCarriesTheNumberOnlyWhereThereIsOne) {
  Document doc = read_page("<body><article>" + kStory + "<ol start=\"0\"><li>Count from zero here.</li></ol>"
                           "</article></body>");
  std::string json = to_json(doc);
  EXPECT_NE(json.find("\"text\":\"Count from zero here.\",\"level\":0,\"number\":0}"), std::string::npos) << json;
  EXPECT_EQ(json.find("\"number\"", 0), json.find("\"number\":0}"));  // the paragraphs carry none
}
