// Byline lines in the shapes news sites and blogs print them beyond "By Ann Lee": a job title
// after the name, other languages' "by" and "and", one-word and organisation bylines, names that run
// into the date (snippets written for these tests).
#include <gtest/gtest.h>

#include "extract/bylines.h"

using namespace pith;
using namespace pith::extract;

// A title after the name, with no comma between ("By Maria González<br>Senior Reporter").
TEST(Bylines, JobTitleAfterTheNameEndsIt) {
  EXPECT_EQ(parse_byline("By Maria Gonz\xC3\xA1lez Senior Reporter")->names, "Maria Gonz\xC3\xA1lez");
  EXPECT_EQ(parse_byline("By Maria Gonz\xC3\xA1lez Contributing columnist")->names, "Maria Gonz\xC3\xA1lez");
  auto local = parse_byline("By Sarah Whitfield Local Democracy Reporter 09:30, 14 MAR 2024 Updated 11:02, 14 MAR 2024");
  ASSERT_TRUE(local);
  EXPECT_EQ(local->names, "Sarah Whitfield");
  EXPECT_EQ(local->date, "2024-03-14");
  EXPECT_EQ(parse_byline("By Ann Lee and Bo Park, Staff Writers")->names, "Ann Lee and Bo Park");
}

TEST(Bylines, OtherLanguagesByAndAnd) {
  auto de = parse_explicit_byline("Von Katrin Lehmann und Thomas Schulte");
  ASSERT_TRUE(de);
  EXPECT_EQ(de->people, (std::vector<std::string>{"Katrin Lehmann", "Thomas Schulte"}));
  EXPECT_EQ(parse_explicit_byline("Par Camille Roux et Lucas Fabre")->names, "Camille Roux and Lucas Fabre");
  EXPECT_EQ(parse_explicit_byline("Por Ana Bel\xC3\xA9n Mart\xC3\xADnez y Luis Ortega")->names,
            "Ana Bel\xC3\xA9n Mart\xC3\xADnez and Luis Ortega");
  EXPECT_EQ(parse_explicit_byline("Door Sanne de Vries en Pieter Bakker")->names, "Sanne de Vries and Pieter Bakker");
  // Автор: Елена Смирнова · 15 октября 2024 — and the same with no separator before the date.
  for (std::string line : {"\xD0\x90\xD0\xB2\xD1\x82\xD0\xBE\xD1\x80: \xD0\x95\xD0\xBB\xD0\xB5\xD0\xBD\xD0\xB0 "
                           "\xD0\xA1\xD0\xBC\xD0\xB8\xD1\x80\xD0\xBD\xD0\xBE\xD0\xB2\xD0\xB0 \xC2\xB7 15 "
                           "\xD0\xBE\xD0\xBA\xD1\x82\xD1\x8F\xD0\xB1\xD1\x80\xD1\x8F 2024",
                           "\xD0\x90\xD0\xB2\xD1\x82\xD0\xBE\xD1\x80: \xD0\x95\xD0\xBB\xD0\xB5\xD0\xBD\xD0\xB0 "
                           "\xD0\xA1\xD0\xBC\xD0\xB8\xD1\x80\xD0\xBD\xD0\xBE\xD0\xB2\xD0\xB0 15 "
                           "\xD0\xBE\xD0\xBA\xD1\x82\xD1\x8F\xD0\xB1\xD1\x80\xD1\x8F 2024, 12:40"}) {
    auto ru = parse_explicit_byline(line);
    ASSERT_TRUE(ru) << line;
    EXPECT_EQ(ru->names, "\xD0\x95\xD0\xBB\xD0\xB5\xD0\xBD\xD0\xB0 \xD0\xA1\xD0\xBC\xD0\xB8\xD1\x80\xD0\xBD\xD0\xBE\xD0\xB2\xD0\xB0");
    EXPECT_EQ(ru->date, "2024-10-15");
  }
  // Sentences that open with the same words go on in lower case.
  EXPECT_FALSE(parse_explicit_byline("Von Berlin aus fahren die Z\xC3\xBCge wieder"));
  EXPECT_FALSE(parse_explicit_byline("Par ailleurs, la pr\xC3\xA9" "fecture a ferm\xC3\xA9 les parcs"));
}

TEST(Bylines, OneWordAndOrganisationBylines) {
  auto blog = parse_explicit_byline("Posted on February 18, 2024 by Jonas \xC2\xB7 14 Comments");
  ASSERT_TRUE(blog);
  EXPECT_EQ(blog->names, "Jonas");
  EXPECT_EQ(blog->date, "2024-02-18");
  EXPECT_EQ(parse_explicit_byline("By The Associated Press")->names, "The Associated Press");
  // One word after a bare "By" is a heading's ("By Design"), and "The" with one word too.
  EXPECT_FALSE(parse_explicit_byline("By Design"));
  EXPECT_FALSE(parse_explicit_byline("By The Numbers"));
}

TEST(Bylines, DateAfterTheNames) {
  auto row = parse_explicit_byline("By Hannah Lee | Sep 12, 2023 | 5 min read");
  ASSERT_TRUE(row);
  EXPECT_EQ(row->date, "2023-09-12");
  auto both = parse_explicit_byline("By Hannah Lee \xC2\xB7 Published: Sep 12, 2023 \xC2\xB7 Updated: Jan 3, 2024 \xC2\xB7 "
                                    "4.9 from 212 votes \xC2\xB7 This post may contain affiliate links.");
  ASSERT_TRUE(both);
  EXPECT_EQ(both->names, "Hannah Lee");
  EXPECT_EQ(both->date, "2023-09-12");
  EXPECT_EQ(parse_explicit_byline("By Rafael Duarte on July 3, 2023 | Page 1 of 3")->date, "2023-07-03");
}

// A line set apart as a byline gives what it holds; one above the article only when it is one.
TEST(Bylines, MetaLinesSetApart) {
  Document doc;
  EXPECT_EQ(take_meta_line("Published Sep 12, 2023, updated Jan 3, 2024", true, doc), Reason::Date);
  EXPECT_EQ(doc.published, "2023-09-12");
  EXPECT_EQ(take_meta_line("By Ann Lee", false, doc), Reason::Byline);
  EXPECT_EQ(doc.byline, "Ann Lee");
  EXPECT_EQ(take_meta_line("Politics Business Culture", false, doc), std::nullopt);
  Document de;
  EXPECT_EQ(take_meta_line("Ver\xC3\xB6" "ffentlicht am 06.03.2024 um 14:27 Uhr \xC2\xB7 Lesezeit: 3 Min.", false, de),
            Reason::Date);
  EXPECT_EQ(de.published, "2024-03-06");
  Document blog;
  EXPECT_EQ(take_meta_line("Posted on February 18, 2024 by Jonas \xC2\xB7 14 Comments", false, blog), Reason::Byline);
  EXPECT_EQ(blog.byline, "Jonas");
  EXPECT_EQ(blog.published, "2024-02-18");
}
