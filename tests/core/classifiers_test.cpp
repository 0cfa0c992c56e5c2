// The line rules on snippets shaped like real pages (written for these tests).
#include <gtest/gtest.h>

#include "extract/bylines.h"
#include "extract/credits.h"
#include "extract/dates.h"
#include "extract/edit_links.h"
#include "extract/furniture.h"
#include "extract/line_shape.h"
#include "fixtures.h"

using namespace pith;
using namespace pith::extract;

TEST(Dates, PrintedFormsBecomeIso) {
  EXPECT_EQ(parse_date_line("March 16, 2025"), "2025-03-16");
  EXPECT_EQ(parse_date_line("16 March 2025"), "2025-03-16");
  EXPECT_EQ(parse_date_line("Sun 16 Mar. 2025"), "2025-03-16");
  EXPECT_EQ(parse_date_line("Published: Sept. 3rd, 2024 10:42 a.m. ET"), "2024-09-03");
  EXPECT_EQ(parse_date_line("Updated 2023-11-02T08:15:00Z"), "2023-11-02");
  EXPECT_EQ(parse_date_line("Monday, February 29, 2024"), "2024-02-29");
}

// Datelines in the languages whose pages most often print one without a machine-readable date.
TEST(Dates, DatelinesInOtherLanguages) {
  EXPECT_EQ(parse_date_line("sexta-feira, 22 de outubro de 2010 \xC3\xA0s 20:13"), "2010-10-22");
  EXPECT_EQ(parse_date_line("Publicado el 3 de marzo de 2024"), "2024-03-03");
  EXPECT_EQ(parse_date_line("Publi\xC3\xA9 le 14 f\xC3\xA9vrier 2023 \xC3\xA0 10h"), "2023-02-14");
  EXPECT_EQ(parse_date_line("Ver\xC3\xB6" "ffentlicht am 3. M\xC3\xA4rz 2025 um 10:42 Uhr"), "2025-03-03");
  EXPECT_EQ(parse_date_line("gioved\xC3\xAC 5 dicembre 2019"), "2019-12-05");
  EXPECT_EQ(parse_date_line("12 maart 2021"), "2021-03-12");
  // Prose with a date in it stays prose in any language.
  EXPECT_FALSE(parse_date_line("El 3 de marzo de 2024 el presidente visit\xC3\xB3 la ciudad con sus ministros."));
}

TEST(Dates, ProseAndImpossibleDatesAreNotDatelines) {
  EXPECT_FALSE(parse_date_line("On March 16, 2025 the two leaders met in Riyadh to talk about the truce."));
  EXPECT_FALSE(parse_date_line("February 31, 2024"));
  EXPECT_FALSE(parse_date_line("Tipsheet"));
  EXPECT_FALSE(parse_date_line("2025"));
}

TEST(Bylines, Shapes) {
  EXPECT_EQ(parse_byline("Sarah Arnold")->names, "Sarah Arnold");
  EXPECT_EQ(parse_byline("By Ann Lee and Bo Park")->names, "Ann Lee and Bo Park");
  EXPECT_TRUE(parse_byline("By Ann Lee and Bo Park")->explicit_by);
  EXPECT_EQ(parse_byline("Jane Q. Doe, Staff Writer")->names, "Jane Q. Doe");
  EXPECT_EQ(parse_byline("Jane Doe, Staff Writer")->names, "Jane Doe");  // four words, still a name and a role
  EXPECT_EQ(parse_byline("By Ann Lee, Bo Park and Cy Ode")->people, (std::vector<std::string>{"Ann Lee", "Bo Park", "Cy Ode"}));
  EXPECT_EQ(parse_byline("Tom Smith | Reuters")->names, "Tom Smith");
  EXPECT_EQ(parse_byline("By Maria de la Cruz")->names, "Maria de la Cruz");
}

// parse_explicit_byline reads only lines that open with the prefix; parse_byline reads those as
// explicit_by too, and bare names as not.
TEST(Bylines, ExplicitBylines) {
  struct Case {
    std::string_view line;
    bool explicit_by;
    bool bare_name;
  };
  for (const Case& c : {Case{"By Ann Lee", true, false}, Case{"  BY: Ann Lee", true, false},
                        Case{"Written by Ann Lee | Reuters", true, false}, Case{"Analysis by A B, CNN", false, false},
                        Case{"Author: Jane Doe", true, false}, Case{"Sarah Arnold", false, true},
                        Case{"Bystanders ran", false, false}, Case{"by", false, false}, Case{"", false, false},
                        Case{"Posted by", false, false}}) {
    auto explicit_line = parse_explicit_byline(c.line);
    EXPECT_EQ(explicit_line.has_value(), c.explicit_by) << c.line;
    if (explicit_line) EXPECT_TRUE(explicit_line->explicit_by) << c.line;
    auto any = parse_byline(c.line);
    EXPECT_EQ(any && any->explicit_by, c.explicit_by) << c.line;
    EXPECT_EQ(any && !any->explicit_by, c.bare_name) << c.line;
    if (explicit_line && any) EXPECT_EQ(explicit_line->names, any->names) << c.line;
  }
  EXPECT_EQ(parse_explicit_byline("Written by Ann Lee | Reuters")->names, "Ann Lee");
}

// The date a byline line gives beside its names, in the shapes news sites and blogs print.
TEST(Bylines, DateBesideTheNames) {
  struct Case {
    std::string_view line, names, date;
  };
  for (const Case& c : {Case{"By Anna Lee | March 5, 2024", "Anna Lee", "2024-03-05"},
                        Case{"By Anna Lee, March 5, 2024", "Anna Lee", "2024-03-05"},
                        Case{"By Anna Lee \xE2\x80\x94 March 5, 2024", "Anna Lee", "2024-03-05"},
                        Case{"By Anna Lee on March 5, 2024", "Anna Lee", "2024-03-05"},
                        Case{"Posted on March 5, 2024 by Anna Lee", "Anna Lee", "2024-03-05"},
                        Case{"Published 5 March 2024 by Anna Lee and Bo Park", "Anna Lee and Bo Park", "2024-03-05"},
                        Case{"Anna Lee \xC2\xB7 Mar 5, 2024 \xC2\xB7 6 min read", "Anna Lee", "2024-03-05"},
                        Case{"Interview by Tom Ellery", "Tom Ellery", ""},
                        Case{"By Anna Lee, Staff Writer", "Anna Lee", ""}}) {
    auto by = parse_explicit_byline(c.line);
    ASSERT_TRUE(by.has_value()) << c.line;
    EXPECT_EQ(by->names, c.names) << c.line;
    EXPECT_EQ(by->date, c.date) << c.line;
  }
  // A section and a date, or a name and a date with no reading time, say nothing on their own.
  EXPECT_FALSE(parse_explicit_byline("Local News \xC2\xB7 March 5, 2024"));
  EXPECT_FALSE(parse_explicit_byline("Anna Lee \xC2\xB7 March 5, 2024"));
  EXPECT_FALSE(parse_explicit_byline("Posted on March 5, 2024 by the river"));
}

TEST(Bylines, NotNames) {
  EXPECT_FALSE(parse_byline("Trump and Putin Set for Key Talks This Week as Peace Agreement Looms"));
  EXPECT_FALSE(parse_byline("March 2025"));
  EXPECT_FALSE(parse_byline("the latest news"));
  EXPECT_FALSE(parse_byline("Witkoff disagrees."));
  // A search form's "limit to this site" label, left between a paste's headline and its text.
  EXPECT_FALSE(parse_byline("Include USFCA.EDU"));
  EXPECT_FALSE(parse_byline("Visit Example.com"));
  // Initials keep their dots.
  auto initials = parse_byline("J.R. Moehringer");
  ASSERT_TRUE(initials.has_value());
  EXPECT_EQ(initials->names, "J.R. Moehringer");
}

TEST(Credits, AgencyAndLabelledCredits) {
  EXPECT_TRUE(is_photo_credit("AP Photo/Evan Vucci, File"));
  EXPECT_TRUE(is_photo_credit("Chip Somodevilla/Getty Images"));
  EXPECT_TRUE(is_photo_credit("Photo: Jane Doe for The Daily Planet"));
  EXPECT_TRUE(is_photo_credit("Image credit: NASA/JPL"));
  EXPECT_TRUE(is_photo_credit("Kevin Lamarque/Reuters"));
  EXPECT_TRUE(ends_with_credit("The president speaks at the White House on Friday. (AP Photo/Evan Vucci)"));
}

TEST(Credits, ProseNamingAnAgencyIsKept) {
  EXPECT_FALSE(is_photo_credit("LONDON (Reuters) - Shares in London fell sharply on Monday after the report."));
  EXPECT_FALSE(is_photo_credit("He told Reuters he would run again."));
  EXPECT_FALSE(is_photo_credit("Sarah Arnold"));
}

TEST(Furniture, ShortFurnitureLines) {
  EXPECT_EQ(furniture_phrase("ADVERTISEMENT"), Reason::Advertisement);
  EXPECT_EQ(furniture_phrase("Share Tweet Email"), Reason::ShareBar);
  EXPECT_EQ(furniture_phrase("Pinterest"), Reason::ShareBar);  // a bar copied one button a line
  EXPECT_EQ(furniture_phrase("Print"), std::nullopt);         // a verb alone may be a heading or an item
  EXPECT_EQ(furniture_phrase("Sign up for our morning newsletter"), Reason::Newsletter);
  EXPECT_EQ(furniture_phrase("Signup to receive the latest offers and news via email:"), Reason::Newsletter);
  EXPECT_EQ(furniture_phrase("\xC2\xA9 2025 Example Media. All rights reserved."), Reason::Copyright);
  EXPECT_EQ(furniture_phrase("READ MORE: Talks stall in Riyadh"), Reason::Related);
  EXPECT_EQ(furniture_phrase("Updated 3 hours ago"), Reason::Date);
  EXPECT_EQ(furniture_phrase("We use cookies to improve your experience."), Reason::CookieNotice);
  EXPECT_EQ(furniture_phrase("Tags: Russia, Ukraine, Diplomacy"), Reason::Tags);
}

// Labels, stamps and prompts found under articles on pages outside the test set's wording.
TEST(Furniture, AdLabelsStampsAndPrompts) {
  EXPECT_EQ(furniture_phrase("Advert"), Reason::Advertisement);
  EXPECT_EQ(furniture_phrase("ANZEIGE"), Reason::Advertisement);
  EXPECT_EQ(furniture_phrase("Publicité"), Reason::Advertisement);
  EXPECT_EQ(furniture_phrase("Updated at 9:05 p.m."), Reason::Date);
  EXPECT_EQ(furniture_phrase("Posted Mar 3, 7:12 AM;Updated Mar 3, 8:40 AM EST"), Reason::Date);
  EXPECT_EQ(furniture_phrase("Last updated: Tuesday 14:30 GMT"), Reason::Date);
  // A stamp with a whole date is a dateline, read for the page's date, not furniture by wording.
  EXPECT_EQ(furniture_phrase("Published 10:02 AM EST Nov 19, 2019"), std::nullopt);
  EXPECT_EQ(parse_date_line("Published 10:02 AM EST Nov 19, 2019"), "2019-11-19");
  EXPECT_EQ(furniture_phrase("Tell us what you think..."), Reason::Comments);
  EXPECT_EQ(furniture_phrase("This slideshow requires JavaScript."), Reason::Boilerplate);
  EXPECT_EQ(furniture_phrase("This field is for validation purposes and should be left unchanged."), Reason::Boilerplate);
  EXPECT_EQ(furniture_phrase("Follow the Gazette on Instagram, Facebook and YouTube."), Reason::ShareBar);
  EXPECT_EQ(furniture_phrase("Follow us on Twitter"), Reason::ShareBar);
  EXPECT_FALSE(furniture_phrase("Follow the money on Facebook, the report says."));
  EXPECT_EQ(furniture_phrase("Sponsored Links"), Reason::Advertisement);
  EXPECT_EQ(furniture_phrase("Post a Comment"), Reason::Comments);
  EXPECT_EQ(furniture_phrase("This document is subject to copyright. No part may be reproduced."), Reason::Copyright);
  EXPECT_EQ(furniture_phrase("Get the day's news in your inbox. Subscribe to the Gazette's newsletters."),
            Reason::Newsletter);
  EXPECT_EQ(furniture_phrase("GET THE APP ON YOUR PHONE BY CLICKING HERE"), Reason::Boilerplate);
  EXPECT_EQ(furniture_phrase("(Leggi anche: Il sindaco presenta il bilancio del comune)"), Reason::Related);
  EXPECT_EQ(furniture_phrase("Lesen Sie auch: Der Stadtrat beschlie\xC3\x9Ft den Haushalt"), Reason::Related);
  EXPECT_EQ(furniture_phrase("Leia tamb\xC3\xA9m: Prefeito apresenta o or\xC3\xA7" "amento"), Reason::Related);
  EXPECT_FALSE(furniture_phrase("Leggi la lettera del sindaco ai cittadini del comune."));
  EXPECT_FALSE(furniture_phrase("The paper added 680,000 newsletter subscribers in a single year."));
  EXPECT_FALSE(furniture_phrase("Half of readers unsubscribe from a newsletter that comes too often."));
  // The same words in news are kept: a stamp with prose, a time without a stamp word.
  EXPECT_FALSE(furniture_phrase("Updated at 10:42 with the minister's reply to the committee."));
  EXPECT_FALSE(furniture_phrase("Posted bail at 3:15 p.m. on Friday"));
  EXPECT_FALSE(furniture_phrase("Kick-off is at 7:45 pm"));
  EXPECT_FALSE(furniture_phrase("Advert breaks on the channel were cut to two minutes an hour."));
}

// Docs cross-reference in sentences ("See also the linker-flavor flag for another way to specify the
// linker."): they were removed as related links, as "See also: <headline>" under a news story is.
TEST(Furniture, SeeAlsoSentenceIsText) {
  EXPECT_FALSE(furniture_phrase("See also the linker-flavor flag for another way to specify the linker."));
  EXPECT_FALSE(furniture_phrase("See also cargo-update(1) which is also capable of creating a Cargo.lock lockfile."));
  EXPECT_EQ(furniture_phrase("See also: Talks stall in Riyadh"), Reason::Related);
  EXPECT_EQ(furniture_phrase("SEE ALSO: The mayor's race tightens"), Reason::Related);
  EXPECT_EQ(furniture_phrase("See also"), Reason::Related);
  EXPECT_EQ(furniture_phrase("See also Five things to know about the budget"), Reason::Related);
}

// Sentences that open with a furniture label's words are news (found by review, each removed once).
TEST(Furniture, SentencesOpeningLikeLabelsAreKept) {
  for (const char* line : {
           "Readers can subscribe to the newsletter for free, the company said.",
           "Subscribe, the newsletter urged, and 40,000 people did.",
           "Follow us on Twitter, the bank told customers during the outage.",
           "Follow us on Facebook, the sign outside the shop said.",
           "Follow the money on Facebook and Twitter, investigators said.",
           "Tell us what you think, the mayor told residents.",
           "Lea tambi\xC3\xA9n el informe completo, que public\xC3\xB3 el ministerio el lunes.",
           "Lire aussi le rapport de la Cour des comptes, publi\xC3\xA9 lundi.",
           "Lees ook het rapport van de Rekenkamer, dat maandag verscheen.",
           "More"}) {
    EXPECT_EQ(furniture_phrase(line), std::nullopt) << line;
  }
  EXPECT_EQ(furniture_phrase("More:"), Reason::Related);
  EXPECT_EQ(furniture_phrase("\xC3\x80 lire aussi"), Reason::Related);
  EXPECT_EQ(furniture_phrase("Lire aussi : Le prix du train en hausse"), Reason::Related);
  EXPECT_EQ(furniture_phrase("Follow NBC Latino on Facebook, Twitter and Instagram."), Reason::ShareBar);
}

// "Follow us" in the languages sites most often print it: the site's accounts, a network or two and
// a joining word; the same opening running on into a sentence is news.
TEST(Furniture, FollowUsInOtherLanguages) {
  for (const char* line : {
           "S\xC3\xADguenos en Twitter y Facebook", "Suivez-nous sur Facebook", "Folgen Sie uns auf Instagram",
           "Seguici su Facebook", "Siga-nos no Instagram", "Volg ons op Twitter", "Suivez-nous sur Facebook et Twitter."}) {
    EXPECT_EQ(furniture_phrase(line), Reason::ShareBar) << line;
  }
  for (const char* line : {
           "S\xC3\xADguenos en Twitter, dijo el alcalde a los vecinos del barrio.",
           "Suivez-nous sur Facebook, a lanc\xC3\xA9 le maire aux habitants.",
           "Folgen Sie uns auf Instagram, sagte der B\xC3\xBCrgermeister am Montag.",
           "Seguici", "Volg ons op de voet tijdens de verkiezingen"}) {
    EXPECT_EQ(furniture_phrase(line), std::nullopt) << line;
  }
}

TEST(Furniture, ButtonLabelsAloneOnTheirLine) {
  // A product feature page pasted whole: a "Learn more" under every paragraph, a shop button.
  EXPECT_EQ(furniture_phrase("Learn More"), Reason::Boilerplate);
  EXPECT_EQ(furniture_phrase("Add to cart"), Reason::Boilerplate);
  EXPECT_EQ(furniture_phrase("View all >"), Reason::Boilerplate);
  EXPECT_FALSE(furniture_phrase("Learn more about the new bus routes at the library on Saturday."));
  EXPECT_FALSE(furniture_phrase("Contact us if you saw the crash on the bridge."));
}

TEST(Furniture, LongConsentBannerInAnyVoice) {
  EXPECT_EQ(furniture_phrase("We and selected partners use cookies or similar technologies for technical purposes and, "
                             "with your consent, for measurement and for other purposes as specified in the notice. "
                             "You can freely give, deny or withdraw your consent at any time."),
            Reason::CookieNotice);
  EXPECT_EQ(furniture_phrase("Wir verwenden Cookies, um Inhalte zu personalisieren und die Zugriffe auf unsere Website "
                             "zu analysieren, und geben Informationen an unsere Partner weiter."),
            Reason::CookieNotice);
  EXPECT_TRUE(consent_wording("These technologies are strictly necessary to provide the services you ask for. To disable "
                              "all cookies please use your browser settings."));
  EXPECT_FALSE(consent_wording("If the video does not load, clear your cookies and cache and reload the page."));
  EXPECT_FALSE(consent_wording("We use butter, sugar and flour for these cookies, and bake them for twelve minutes."));
  // The word is looked for in any case before the text is lower-cased, and only in the lead.
  EXPECT_TRUE(consent_wording("WE USE COOKIES TO IMPROVE YOUR EXPERIENCE. ACCEPT ALL OR MANAGE PREFERENCES."));
  EXPECT_TRUE(consent_wording("Our partners and we use CoOkIeS to measure traffic. Accept all?"));
  EXPECT_FALSE(consent_wording("Kookie is the name of a dog, and our partners walk him daily."));
  EXPECT_FALSE(consent_wording(std::string(400, 'x') + " we use cookies; accept all"));
}

TEST(Furniture, SentencesUsingTheSameWordsAreKept) {
  EXPECT_FALSE(furniture_phrase("The share of voters who back the deal rose to 40 percent last month, pollsters said."));
  EXPECT_FALSE(furniture_phrase("Advertisement revenue fell for the third quarter in a row as readers moved online."));
}

TEST(LineShape, TruncatedTeaserAndProse) {
  EXPECT_TRUE(shape_of("Why Sinema Woke Up and Chose Violence Against her Old Dem...").truncated);
  EXPECT_FALSE(shape_of("He paused... then went on.").truncated);
  EXPECT_TRUE(is_prose(shape_of("However, the specifics of what they will discuss remain uncertain.")));
  EXPECT_FALSE(is_prose(shape_of("Key Talks This Week")));
}

TEST(LineShape, TagCloudsAndTagLinesAreNotProse) {
  // A tag cloud: many words, not one mark.
  EXPECT_FALSE(is_prose(shape_of(
      "adopt a pet water alert environment library walk campaign training carnival civil council culture course "
      "dance defence education election festival fair museum christmas works bridge recycling reform street "
      "health seminar social tourism traffic vaccine visit")));
  // A tag line: many short items between commas, no sentence end.
  EXPECT_TRUE(shape_of(
      "stock car 2018, stock car brazil, stock car million, stock car interlagos, stock car tarum\xC3\xA3, "
      "stock car velopark, stock car cascavel, stock car santa cruz do sul, stock car londrina, "
      "stock car goiania, stock car curitiba").keyword_list);
  // Running text of the same length keeps its commas and stops; a table row keeps its numbers.
  EXPECT_TRUE(is_prose(shape_of(
      "The council met on Tuesday to discuss the budget, and members agreed that the bridge, the library and "
      "the pool would all be repaired before the summer season starts in June next year.")));
  EXPECT_TRUE(is_prose(shape_of("Apples, pears, plums, cherries, figs and grapes all grow in the valley.")));
  EXPECT_FALSE(shape_of("1 Rest Run Easy 30 min Cardio 30 min Run Easy 30 min Cardio 30 min Run Easy 40 min Cardio "
                        "30 min Rest Run Easy 20 min Cardio 30 min Long Run 6 miles Easy").keyword_list);
}

TEST(PlainText, HeaderFurnitureAroundAHeadline) {
  // A scrape of another site's page, written for this test: nav, site name, headline, byline with
  // date, caption with credit, body, and a tail of links.
  std::string page =
      "Home News World Sport\n"
      "The Daily Planet\n"
      "Council Approves New Budget After Long Debate\n"
      "By Lois Lane, March 3, 2024\n"
      "Council members vote on Tuesday. (AP Photo/Jim Olsen)\n"
      "The city council approved a new budget on Tuesday after a debate that lasted nine hours.\n"
      "ADVERTISEMENT\n"
      "The budget raises spending on schools and roads, members said after the vote.\n"
      "Share Tweet Email\n"
      "\xC2\xA9 2024 The Daily Planet\n";
  Document doc = read(page);
  EXPECT_EQ(doc.title, "Council Approves New Budget After Long Debate");
  EXPECT_EQ(doc.byline, "Lois Lane");
  EXPECT_EQ(doc.published, "2024-03-03");
  EXPECT_EQ(doc.site_name, "The Daily Planet");
  ASSERT_EQ(doc.blocks.size(), 2u);
  EXPECT_EQ(pith::testing::removed_with(doc, Reason::Navigation), std::vector<std::string>{"Home News World Sport"});
  EXPECT_EQ(pith::testing::removed_with(doc, Reason::Caption).size(), 1u);
  EXPECT_EQ(pith::testing::removed_with(doc, Reason::Advertisement).size(), 1u);
  EXPECT_EQ(pith::testing::removed_with(doc, Reason::ShareBar).size(), 1u);
  EXPECT_EQ(pith::testing::removed_with(doc, Reason::Copyright).size(), 1u);
  EXPECT_EQ(doc.removed.back().position, 2u);  // the copyright line stood after both paragraphs
}

TEST(PlainText, TextWithoutProseIsKeptNotEmptied) {
  Document doc = read("Milk\nEggs\nBread\n");
  EXPECT_EQ(doc.blocks.size(), 3u);
  EXPECT_TRUE(doc.removed.empty());
}

TEST(Credits, GalleryCounters) {
  EXPECT_TRUE(is_gallery_counter("Image 1 of 23"));
  EXPECT_TRUE(is_gallery_counter("Image 1 of / 23"));
  EXPECT_TRUE(is_gallery_counter("1 / 8"));
  EXPECT_TRUE(is_gallery_counter("Slide 3 of 12"));
  EXPECT_FALSE(is_gallery_counter("1 of 3 people said they would vote"));
  EXPECT_FALSE(is_gallery_counter("Image 1"));
}

TEST(PlainText, GalleryCaptionsAboveTheStoryAreCaptions) {
  std::string page =
      "Defence Ministers Meet In Hanoi\n"
      "The defence minister, left, and his counterpart shake hands in Hanoi on Wednesday, Nov. 20, 2019, before their talks.\n"
      "Image 1 of / 8\nCaption\nClose\nImage 1 of 8\n"
      "The defence minister, left, and his counterpart shake hands in Hanoi on Wednesday, Nov. 20, 2019, before their talks.\n"
      "1 / 8\nBack to Gallery\n"
      "By Ann Lee\n"
      "The defence minister accused a larger neighbour on Wednesday of trying to intimidate the smaller nations of the region.\n"
      "He said the country would keep sailing through the waters it has always sailed through, whatever the neighbour said.\n";
  Document doc = read(page);
  ASSERT_EQ(doc.blocks.size(), 2u);
  EXPECT_EQ(doc.blocks[0].text.substr(0, 40), "The defence minister accused a larger ne");
  for (const auto& r : doc.removed) {
    if (r.text.find("shake hands") != std::string::npos) {
      EXPECT_TRUE(r.reason == Reason::Caption || r.reason == Reason::SiteHeader) << r.text;
    }
  }
}

TEST(EditLinks, WikiSectionEditLinks) {
  // MediaWiki prints one after every heading, in the wiki's language.
  EXPECT_TRUE(is_edit_link("[edit]"));
  EXPECT_TRUE(is_edit_link("[ Edit ]"));
  EXPECT_TRUE(is_edit_link("[edit | edit source]"));
  EXPECT_TRUE(is_edit_link("[Bearbeiten | Quelltext bearbeiten]"));
  EXPECT_TRUE(is_edit_link("[modifier | modifier le code]"));
  EXPECT_TRUE(is_edit_link("[edytuj | edytuj kod]"));
  EXPECT_EQ(furniture_phrase("[editar]"), Reason::Navigation);
  EXPECT_EQ(edit_link_suffix("History[edit]"), 6u);
  EXPECT_EQ(edit_link_suffix("Early life [ edit ]"), 9u);
  // Other bracketed words are text: a citation mark, an editor's note, a link's own words.
  EXPECT_EQ(edit_link_suffix("The mayor said so.[1]"), 0u);
  EXPECT_EQ(edit_link_suffix("He said they [edited] the report"), 0u);
  EXPECT_EQ(edit_link_suffix("Changes [edit | delete]"), 0u);
  EXPECT_EQ(edit_link_suffix("How to edit"), 0u);
  EXPECT_FALSE(is_edit_link(""));
  EXPECT_FALSE(is_edit_link("edit"));
  EXPECT_EQ(furniture_phrase("Edit"), std::nullopt);
}

TEST(Furniture, NotesForBrowsersWithScriptsOff) {
  // Kept in <noscript> and read as the page's first paragraphs on forum threads.
  EXPECT_EQ(furniture_phrase("Your browser does not seem to support JavaScript. As a result, your viewing experience "
                             "will be diminished, and you have been placed in read-only mode."),
            Reason::Boilerplate);
  EXPECT_EQ(furniture_phrase("Please download a browser that supports JavaScript, or enable it if it's disabled."),
            Reason::Boilerplate);
  EXPECT_EQ(furniture_phrase("Please enable JavaScript to view the comments powered by Disqus."), Reason::Boilerplate);
  EXPECT_EQ(furniture_phrase("You need to enable JavaScript to run this app."), Reason::Boilerplate);
  // Sentences about scripts and browsers.
  EXPECT_EQ(furniture_phrase("Most browsers enable JavaScript by default, the report says."), std::nullopt);
  EXPECT_EQ(furniture_phrase("Please note that the checker requires modern JavaScript features that some plugins disable."),
            std::nullopt);
  EXPECT_EQ(furniture_phrase("Your browser may be leaking data through JavaScript, researchers warned on Tuesday."),
            std::nullopt);
  EXPECT_EQ(furniture_phrase("JavaScript is disabled. For a better experience, please enable JavaScript in your browser "
                             "before proceeding."),
            Reason::Boilerplate);
  // Found by review: sentences about browsers that the first rule removed.
  EXPECT_EQ(furniture_phrase("If your browser does not support JavaScript, many modern web apps will simply show a blank "
                             "page, which is why accessibility advocates push for progressive enhancement."),
            std::nullopt);
  EXPECT_EQ(furniture_phrase("Your browser's JavaScript engine, whether V8 or SpiderMonkey, compiles hot functions to "
                             "machine code, and disabled optimizations can make a page slower."),
            std::nullopt);
}

TEST(Furniture, AffiliateDisclosures) {
  // Over blog posts and reviews, in the site's own voice.
  EXPECT_EQ(furniture_phrase("This post may contain affiliate links. Please read our disclosure policy."),
            Reason::Advertisement);
  EXPECT_EQ(furniture_phrase("As an Amazon Associate I earn from qualifying purchases."), Reason::Advertisement);
  // With "commission" in a phrase of its own: each phrase is still looked for.
  EXPECT_EQ(furniture_phrase("As an Amazon Associate, this site earns from qualifying purchases. At no extra cost to "
                             "you, we make a small commission if you buy through the links below."),
            Reason::Advertisement);
  EXPECT_EQ(furniture_phrase("When you buy through links on our site, we may earn an affiliate commission."),
            Reason::Advertisement);
  // Reports about them.
  EXPECT_EQ(furniture_phrase("The site earns a commission from affiliate links, regulators said on Monday."), std::nullopt);
  EXPECT_EQ(furniture_phrase("Bloggers who earn a commission must say so, the new rules say."), std::nullopt);
}

// A paywall's heading and its offer: the pitch promises the reader can cancel.
TEST(Furniture, PaywallHeadingAndOffer) {
  EXPECT_EQ(furniture_phrase("Subscribe to keep reading"), Reason::Paywall);
  EXPECT_EQ(furniture_phrase("Get unlimited access to The Courier for just \xC2\xA3" "1 a week for your first three months. "
                             "Cancel anytime."),
            Reason::Paywall);
  EXPECT_EQ(furniture_phrase("Start your free trial today. Cancel at any time."), Reason::Paywall);
  // A story about a gym's offer mentions access, but sells nothing.
  EXPECT_EQ(furniture_phrase("Members get unlimited access to the pool, the council said on Monday."), std::nullopt);
  EXPECT_EQ(furniture_phrase("Customers complained that they could not cancel at any time, as the advert had claimed."),
            std::nullopt);
}

// A press release's wire credit under its headline is the issuer's byline line, not text.
TEST(Furniture, PressReleaseWireCredit) {
  EXPECT_EQ(furniture_phrase("NEWS PROVIDED BY Northwind Robotics Inc. Mar 12, 2024, 09:00 ET"), Reason::Byline);
  EXPECT_EQ(furniture_phrase("The news provided by the agency was wrong, the minister said."), std::nullopt);
}
