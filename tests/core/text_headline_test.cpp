// The headline of a plain-text paste, and the lines around it that are not: the standfirst under
// it, a picture's caption, a post's particulars, share labels, contact lines and breadcrumbs.
#include <gtest/gtest.h>

#include <string>

#include "fixtures.h"
#include "pith/read.h"

using namespace pith;
using pith::testing::removed_holding;

namespace {

const std::string kBody =
    "The state Senate on Thursday passed a long-stalled bill that would, for the first time, cap how much "
    "groundwater farms and cities can pump from three of the most depleted basins.\n"
    "The vote came after a late amendment exempted small family farms, a concession that won over four "
    "rural members who had opposed the measure in committee.\n"
    "Opponents argued the caps would force growers to fallow hundreds of thousands of acres and cost "
    "thousands of jobs in the valley.\n";

Document read_text(const std::string& s) { return read(s, {Format::Text, Quotes::Keep}); }

}  // namespace

TEST(TextHeadline, HeadlineOverItsStandfirstIsTheTitle) {
  Document doc = read_text(
      "Home\nWorld\nPolitics\nSenate passes sweeping water-rights bill after months of gridlock\n"
      "The measure, which now heads to the governor, would cap groundwater pumping in three basins\n"
      "By Maria Gonzalez\nMarch 14, 2025\n" + kBody);
  EXPECT_EQ(doc.title, "Senate passes sweeping water-rights bill after months of gridlock");
  EXPECT_TRUE(removed_holding(doc, Reason::Standfirst, "The measure, which now heads"));
  EXPECT_FALSE(removed_holding(doc, Reason::SiteHeader, "Senate passes"));
}

TEST(TextHeadline, GermanHeadlineOverItsStandfirst) {
  Document doc = read_text(
      "Startseite\nVerkehr\nBahn kündigt neue Schnellstrecke zwischen Hamburg und Berlin an\n"
      "Die Fahrzeit soll bis 2035 auf unter eine Stunde sinken – Kritiker warnen vor den Kosten\n"
      "Von Katrin Müller\n14.03.2025, 18:42 Uhr\n"
      "Die Deutsche Bahn will zwischen Hamburg und Berlin eine neue Hochgeschwindigkeitsstrecke bauen. Das "
      "kündigte der Bahnchef am Freitag in Berlin an, und die Züge sollen dort sehr schnell fahren.\n"
      "Nach den Plänen soll die Fahrzeit zwischen den beiden größten Städten des Landes von derzeit knapp "
      "zwei Stunden auf unter eine Stunde sinken.\n");
  EXPECT_EQ(doc.title, "Bahn kündigt neue Schnellstrecke zwischen Hamburg und Berlin an");
}

TEST(TextHeadline, CaptionBreadcrumbAndShareLabelAreNotTitleOrSite) {
  Document doc = read_text(
      "The Wexham Gazette\nNews\nSport\nHome > News > Local News\n"
      "Council approves £12m flood defence scheme for Riverside\n"
      "Work on the 1.4km wall is expected to begin in the autumn after years of delays\n"
      "By Sarah Whitfield\n09:30, 14 MAR 2024\nShare\nFacebook\nTwitter\nEmail\n"
      "Flooding on Riverside Road in February 2023 (Image: Wexham Gazette / Tom Briggs)\n" + kBody);
  EXPECT_EQ(doc.title, "Council approves £12m flood defence scheme for Riverside");
  EXPECT_NE(doc.site_name, "Email");
  EXPECT_EQ(doc.site_name.find(" > "), std::string::npos) << doc.site_name;
}

TEST(TextHeadline, PostParticularsAreNotTheTitle) {
  Document blog = read_text(
      "Jonas Becker's blog\nNotes on programming, tools and cycling\n\n"
      "Why I switched from Vim to Helix after twelve years\n"
      "Posted on February 18, 2024 by Jonas · 14 Comments\n\n" + kBody);
  EXPECT_EQ(blog.title, "Why I switched from Vim to Helix after twelve years");
  Document forum = read_text(
      "Home › Forums › Hardware › Laptops\nThread: Battery drains overnight in sleep mode (XPS 13 9340)\n"
      "Started by kevin_m, March 2, 2025\n" + kBody);
  EXPECT_EQ(forum.title.find("Started by"), std::string::npos) << forum.title;
}

TEST(TextHeadline, ShareLabelsInOtherLanguagesAreNotTitleOrSite) {
  Document doc = read_text(
      "Portada\nECONOMÍA\nEl Banco de España rebaja su previsión de crecimiento para 2025\n"
      "Por Lucía Fernández\nCompartir en Facebook\nCompartir en Twitter\n"
      "El Banco de España ha rebajado este viernes su previsión de crecimiento para la economía española "
      "hasta el 2,1%, tres décimas menos de lo que estimaba en diciembre.\n"
      "Según el informe trimestral, la inflación se moderará hasta el 2,3% de media este año, mientras que "
      "el paro bajará al 10,9% en los próximos meses.\n");
  EXPECT_EQ(doc.title, "El Banco de España rebaja su previsión de crecimiento para 2025");
  EXPECT_TRUE(removed_holding(doc, Reason::ShareBar, "Compartir en Twitter"));
  EXPECT_EQ(doc.site_name.find("Compartir"), std::string::npos) << doc.site_name;
}

TEST(TextHeadline, ContactLineIsNotTheSiteName) {
  Document doc = read_text(
      "FOR IMMEDIATE RELEASE\nContact: Jenna Lowe, Media Relations\npress@helioscope.example | +1 (555) 010-2233\n"
      "Helioscope Raises $48 Million Series B to Expand Solar Inspection Drones\n" + kBody);
  EXPECT_EQ(doc.title, "Helioscope Raises $48 Million Series B to Expand Solar Inspection Drones");
  EXPECT_EQ(doc.site_name.find('@'), std::string::npos) << doc.site_name;
}
