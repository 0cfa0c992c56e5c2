// Datelines as pages print them: several dates on one line, figures, other scripts (snippets
// written for these tests in the shapes news, blog and recipe pages use).
#include <gtest/gtest.h>

#include "extract/dates.h"

using namespace pith::extract;

// A line with the published and the updated date gives the published one, each date read from its
// own parts: the year of one was once joined to the month and day of the other.
TEST(Dates, PublishedAndUpdatedOnOneLine) {
  EXPECT_EQ(parse_date_line("Published: Sep 12, 2023 \xC2\xB7 Updated: Jan 3, 2024"), "2023-09-12");
  EXPECT_EQ(parse_date_line("\xC2\xB7 Published: Sep 12, 2023 \xC2\xB7 Updated: Jan 3, 2024"), "2023-09-12");
  EXPECT_EQ(parse_date_line("Published Sep 12, 2023, updated Jan 3, 2024"), "2023-09-12");
  EXPECT_EQ(parse_date_line("First published on Tue 12 Sep 2023 13.00 BST \xC2\xB7 Last modified on Wed 3 Jan 2024 09.10 GMT"),
            "2023-09-12");
  EXPECT_EQ(parse_date_line("Publi\xC3\xA9 le 12 ao\xC3\xBBt 2025 \xC3\xA0 18h45, mis \xC3\xA0 jour le 13 ao\xC3\xBBt 2025 \xC3\xA0 07h10"),
            "2025-08-12");
  // The update first: still the date not labelled an update.
  EXPECT_EQ(parse_date_line("Updated Jan 3, 2024 \xC2\xB7 Published Sep 12, 2023"), "2023-09-12");
  // Only an update: it is the only date there is.
  EXPECT_EQ(parse_date_line("Updated: Jan 3, 2024"), "2024-01-03");
  // Parts of two dates never make one.
  EXPECT_FALSE(parse_date_line("2023 \xC2\xB7 Updated: Jan 3"));
}

TEST(Dates, DatesInFigures) {
  EXPECT_EQ(parse_date_line("Ver\xC3\xB6" "ffentlicht am 06.03.2024 um 14:27 Uhr"), "2024-03-06");
  EXPECT_EQ(parse_date_line("Last updated: 14.03.2025"), "2025-03-14");
  EXPECT_EQ(parse_date_line("14.03.2025, 18:42 Uhr"), "2025-03-14");
  EXPECT_EQ(parse_date_line("2024/1/5"), "2024-01-05");
  EXPECT_EQ(parse_date_line("2024-01-01 10:15:32"), "2024-01-01");
  // With slashes the order is the writer's: a part over 12 settles it, and so does the weekday.
  EXPECT_EQ(parse_date_line("14/03/2025"), "2025-03-14");
  EXPECT_EQ(parse_date_line("03/14/2025"), "2025-03-14");
  EXPECT_EQ(parse_date_line("Mon, 03/11/2024 - 10:15"), "2024-03-11");
  EXPECT_EQ(parse_date_line("Sun, 03/11/2024 - 10:15"), "2024-11-03");
  EXPECT_FALSE(parse_date_line("Tue, 03/12/2024"));  // 12 March and 3 December 2024 were both Tuesdays
  EXPECT_FALSE(parse_date_line("03/12/2024"));  // March 12 or 3 December: not guessed
  // Figures that are not dates.
  EXPECT_FALSE(parse_date_line("192.168.1.1"));
  EXPECT_FALSE(parse_date_line("4.9 from 212 votes"));
}

TEST(Dates, DatesInOtherScripts) {
  EXPECT_EQ(parse_date_line("2025\xE5\xB9\xB4" "3\xE6\x9C\x88" "14\xE6\x97\xA5"), "2025-03-14");  // 2025年3月14日
  EXPECT_EQ(parse_date_line("2024\xE5\xB9\xB4" "1\xE6\x9C\x88" "1\xE6\x97\xA5 10:15"), "2024-01-01");
  // 14 марта 2025, 18:42 ; 15 октября 2024 г.
  EXPECT_EQ(parse_date_line("14 \xD0\xBC\xD0\xB0\xD1\x80\xD1\x82\xD0\xB0 2025, 18:42"), "2025-03-14");
  EXPECT_EQ(parse_date_line("15 \xD0\xBE\xD0\xBA\xD1\x82\xD1\x8F\xD0\xB1\xD1\x80\xD1\x8F 2024 \xD0\xB3."), "2024-10-15");
  EXPECT_EQ(parse_date_line("14 \xD9\x85\xD8\xA7\xD8\xB1\xD8\xB3 2025"), "2025-03-14");  // 14 مارس 2025
  EXPECT_EQ(parse_date_line("04 feb 2025 - 13:52 CET"), "2025-02-04");
}

TEST(Dates, ProseWithSeveralDatesStaysProse) {
  EXPECT_FALSE(parse_date_line("Between Sep 12, 2023 and Jan 3, 2024 prices rose in every region we surveyed."));
  EXPECT_FALSE(parse_date_line("The 14.03.2025 meeting was moved to a later date by the board."));
}

// A date with a reading time after it is a listing's entry, as it was before dates were read part by
// part: the reading time's figure is no date's part.
TEST(Dates, ReadingTimeAfterADateIsNoDateline) {
  EXPECT_FALSE(parse_date_line("Mar 07, 2026 \xC2\xB7 4 min read"));
  EXPECT_FALSE(parse_date_line("Mar 07, 2026 | 13 min read"));
  // A whole date is no leftover: a forum post's header of name, date, time and post number is one.
  EXPECT_EQ(parse_date_line("Brian September 26, 2025, 1:38pm 1"), "2025-09-26");
}
