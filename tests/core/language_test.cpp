// Telling a text's language: by its script where that is not Latin, by its function words where it is.
#include <gtest/gtest.h>

#include "fixtures.h"
#include "nlp/stop_words.h"
#include "text/utf8.h"

using namespace pith;
using nlp::Language;

namespace {

// A short news paragraph in each script, written for these tests.
constexpr const char* kJapanese =
    "東京都は14日、来年度から都内の高校生の授業料を無償化する方針を明らかにした。"
    "私立高校に通う生徒も対象となる。";
constexpr const char* kChinese =
    "中国人民银行14日宣布，自下周起下调金融机构存款准备金率，预计将释放长期资金约一万亿元。";
constexpr const char* kKorean = "서울시는 14일 내년부터 시내 모든 고등학생의 수업료를 면제한다고 밝혔다.";
constexpr const char* kRussian =
    "Банк России в пятницу сохранил ключевую ставку на прежнем уровне, сообщил регулятор. "
    "Аналитики ожидали именно такого решения.";
constexpr const char* kUkrainian =
    "Національний банк України у четвер залишив облікову ставку без змін, повідомив регулятор. "
    "Аналітики очікували саме такого рішення.";
constexpr const char* kBulgarian =
    "Българската народна банка запази лихвения процент непроменен в четвъртък, съобщи регулаторът. "
    "Анализаторите очакваха точно такова решение.";
constexpr const char* kArabic =
    "أعلن البنك المركزي يوم الخميس رفع أسعار الفائدة بمقدار نصف نقطة مئوية، في خطوة تهدف إلى كبح التضخم.";
constexpr const char* kPersian = "بانک مرکزی روز پنجشنبه نرخ بهره را نیم درصد افزایش داد تا جلوی تورم را بگیرد.";
constexpr const char* kHebrew = "הבנק המרכזי הודיע ביום חמישי על העלאת הריבית בחצי נקודת אחוז כדי לבלום את האינפלציה.";
constexpr const char* kGreek = "Η κεντρική τράπεζα αύξησε την Πέμπτη τα επιτόκια κατά μισή μονάδα για να περιορίσει τον πληθωρισμό.";
constexpr const char* kThai = "ธนาคารกลางประกาศขึ้นอัตราดอกเบี้ยครึ่งเปอร์เซ็นต์ในวันพฤหัสบดีเพื่อควบคุมเงินเฟ้อ";

}  // namespace

TEST(Language, ScriptsOtherThanLatinAreToldByTheirLetters) {
  EXPECT_EQ(nlp::detect_language(kJapanese), Language::Japanese);
  EXPECT_EQ(nlp::detect_language(kChinese), Language::Chinese);
  EXPECT_EQ(nlp::detect_language(kKorean), Language::Korean);
  EXPECT_EQ(nlp::detect_language(kRussian), Language::Russian);
  EXPECT_EQ(nlp::detect_language(kUkrainian), Language::Ukrainian);
  EXPECT_EQ(nlp::detect_language(kBulgarian), Language::Bulgarian);
  EXPECT_EQ(nlp::detect_language(kArabic), Language::Arabic);
  EXPECT_EQ(nlp::detect_language(kPersian), Language::Persian);
  EXPECT_EQ(nlp::detect_language(kHebrew), Language::Hebrew);
  EXPECT_EQ(nlp::detect_language(kGreek), Language::Greek);
  EXPECT_EQ(nlp::detect_language(kThai), Language::Thai);
}

TEST(Language, AFewForeignLettersInEnglishDoNotDecideIt) {
  EXPECT_EQ(nlp::detect_language("The council in Kyiv (Київ) voted on Tuesday to close the old bridge to cars after "
                                 "engineers found cracks in two of its piers, and the city will look for money."),
            Language::English);
  EXPECT_EQ(nlp::detect_language("東京"), Language::Unknown);
}

TEST(Language, TagsNameTheirLanguage) {
  EXPECT_EQ(nlp::language_of_tag("de-DE"), Language::German);
  EXPECT_EQ(nlp::language_of_tag("pt_BR"), Language::Portuguese);
  EXPECT_EQ(nlp::language_of_tag("JA"), Language::Japanese);
  EXPECT_EQ(nlp::language_of_tag("iw"), Language::Hebrew);
  EXPECT_EQ(nlp::language_of_tag("tlh"), Language::Unknown);
  EXPECT_EQ(nlp::language_of_tag(""), Language::Unknown);
  EXPECT_EQ(nlp::language_tag(nlp::language_of_tag("zh-Hant-TW")), "zh");
}

TEST(Language, PlainTextInOtherScriptsGetsItsLanguage) {
  const std::pair<const char*, const char*> cases[] = {
      {kJapanese, "ja"}, {kChinese, "zh"}, {kRussian, "ru"}, {kArabic, "ar"}, {kHebrew, "he"}};
  for (const auto& [text, tag] : cases) {
    std::string page = std::string(text) + "\n\n" + text + "\n";
    EXPECT_EQ(pith::read(page).language, tag) << text;
  }
}

TEST(Language, CyrillicCapitalsFoldToTheirSmallLetters) {
  // "В пятницу" opens a sentence: its "В" is the function word "в".
  EXPECT_TRUE(nlp::is_function_word(Language::Russian, "в"));
  EXPECT_EQ(text::fold_case(U'В'), U'в');
  EXPECT_EQ(text::fold_case(U'Ё'), U'ё');
  EXPECT_EQ(text::fold_case(U'Σ'), U'σ');
}
