// A page's language: what <html lang> says, else what its text shows (as for a plain-text paste).
#include <gtest/gtest.h>

#include <string>

#include "html_pages.h"

using namespace pith;
using pith::testing::read_page;

namespace {

const std::string kGermanStory =
    "<p>Der Gemeinderat hat am Dienstag den neuen Haushalt beschlossen, nach einer Debatte, die bis in den "
    "späten Abend dauerte und in der es um Straßen, Schulen und die Bibliothek ging.</p>"
    "<p>Die Befürworter sagten, der Plan gleiche die Bücher aus, ohne Leistungen zu kürzen, während die "
    "Kritiker warnten, dass die Rücklagen bis zum Ende des Jahrzehnts knapp werden.</p>"
    "<p>Der Bürgermeister, der sich für die Bibliothek eingesetzt hatte, nannte die Abstimmung einen guten "
    "Tag für die Stadt und versprach eine Prüfung der Ausgaben im Frühjahr.</p>";

}  // namespace

TEST(HtmlLanguage, PageWithoutLangGetsTheLanguageItsTextShows) {
  Document doc = read_page("<html><head><title>Haushalt</title></head><body><article>" + kGermanStory +
                           "</article></body></html>");
  EXPECT_EQ(doc.language, "de");
}

TEST(HtmlLanguage, DeclaredLanguageIsKept) {
  Document doc = read_page("<html lang=\"de-AT\"><head><title>Haushalt</title></head><body><article>" +
                           kGermanStory + "</article></body></html>");
  EXPECT_EQ(doc.language, "de-AT");
}

// With the detector reading scripts too (nlp), a page without lang in Cyrillic is Russian.
TEST(HtmlLanguage, CyrillicTextIsTakenForRussian) {
  Document doc = read_page("<html><body><article><p>Городской совет во вторник утвердил новый бюджет после "
                           "долгих споров о дорогах, школах и библиотеке, которые продолжались до позднего "
                           "вечера и закончились голосованием.</p></article></body></html>");
  EXPECT_EQ(doc.language, "ru");
}
