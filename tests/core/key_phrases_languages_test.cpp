// Key phrases of articles not in English, and of words that are not words: another language's
// function words, Chinese and Japanese clauses, web addresses.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "pith/pith.h"
#include "text/utf8.h"

using namespace pith;

namespace {

std::vector<std::string> phrases_of(std::string_view text) { return summarize(read(text)).key_phrases; }

std::string print(const std::vector<std::string>& list) {
  std::string out;
  for (const auto& p : list) out += "\"" + p + "\" ";
  return out;
}

// Whether any phrase is one of `words` or has one as a word of its own (split at spaces), in any case.
bool any_phrase_uses(const std::vector<std::string>& phrases, const std::vector<std::string>& words) {
  for (const std::string& p : phrases) {
    std::string folded;
    for (std::size_t i = 0; i < p.size();) text::append_utf8(folded, text::fold_case(text::next_code_point(p, i)));
    folded = " " + folded + " ";
    for (const std::string& w : words) {
      if (folded.find(" " + w + " ") != std::string::npos) return true;
    }
  }
  return false;
}

bool has_unspaced_cjk(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    if (text::is_unspaced_cjk(text::next_code_point(s, i))) return true;
  }
  return false;
}

}  // namespace

TEST(KeyPhrasesLanguages, GermanFunctionWordsAreNotPhrases) {
  const auto phrases = phrases_of(
      "Die Deutsche Bahn will ihre Preise im kommenden Jahr erhöhen. Der Vorstand der Deutschen Bahn begründete "
      "den Schritt mit höheren Kosten für Energie und Personal.\n\n"
      "Fahrgäste müssen sich bei Fernzügen auf einen Aufschlag von rund fünf Prozent einstellen, teilte die Bahn "
      "mit. Die Preise für Regionalzüge werden von den Ländern festgelegt.\n\n"
      "Der Fahrgastverband kritisierte die Erhöhung der Preise. Die Bahn werde ihre Kunden mit den höheren Preisen "
      "vertreiben, sagte ein Sprecher des Verbandes. Die Deutsche Bahn wies die Kritik zurück.\n");
  SCOPED_TRACE(print(phrases));
  EXPECT_FALSE(any_phrase_uses(phrases, {"die", "der", "des", "den", "mit", "von", "bei", "zu", "einem", "ihre", "werde"}));
  EXPECT_TRUE(std::any_of(phrases.begin(), phrases.end(), [](const std::string& p) { return p.find("Bahn") != std::string::npos; }));
}

TEST(KeyPhrasesLanguages, GermanPageWithAWrongLangTagStillGetsGermanPhrases) {
  const auto phrases = summarize(read(
      "<html lang=\"en\"><body><article><h1>Bahn erhöht die Preise</h1>"
      "<p>Die Deutsche Bahn will ihre Preise im kommenden Jahr erhöhen. Der Vorstand der Deutschen Bahn begründete "
      "den Schritt mit höheren Kosten für Energie und Personal.</p>"
      "<p>Fahrgäste müssen sich bei Fernzügen auf einen Aufschlag von rund fünf Prozent einstellen, teilte die Bahn "
      "mit. Die Preise für Regionalzüge werden von den Ländern festgelegt.</p>"
      "<p>Der Fahrgastverband kritisierte die Erhöhung der Preise. Die Bahn werde ihre Kunden mit den höheren "
      "Preisen vertreiben, sagte ein Sprecher des Verbandes.</p></article></body></html>")).key_phrases;
  SCOPED_TRACE(print(phrases));
  EXPECT_FALSE(any_phrase_uses(phrases, {"die", "der", "des", "den", "mit", "von", "bei", "ihre", "werde"}));
}

TEST(KeyPhrasesLanguages, RussianFunctionWordsAreNotPhrases) {
  const auto phrases = phrases_of(
      "Мэрия объявила, что строительство нового моста через реку начнётся весной. По мосту будет проходить до "
      "50 тысяч автомобилей в сутки.\n\n"
      "Стоимость моста оценивается в 12 миллиардов рублей. Для жителей района мост сократит дорогу до центра на "
      "20 минут, сообщили в мэрии.\n\n"
      "Жители района давно просили построить мост. По словам чиновников, работы по строительству моста "
      "завершатся через два года, и для водителей откроют объезд. Проезд по мосту будет бесплатным для "
      "легковых автомобилей.\n");
  SCOPED_TRACE(print(phrases));
  EXPECT_FALSE(any_phrase_uses(phrases, {"по", "для", "будет", "через", "в", "до", "на", "и", "что"}));
  EXPECT_FALSE(phrases.empty());
}

TEST(KeyPhrasesLanguages, ArabicFunctionWordsAreNotPhrases) {
  const auto phrases = phrases_of(
      "أعلن البنك المركزي يوم الخميس رفع أسعار الفائدة بمقدار نصف نقطة مئوية، في خطوة تهدف إلى كبح التضخم.\n\n"
      "وقال محافظ البنك في مؤتمر صحفي إن القرار جاء بعد أن ارتفعت الأسعار إلى أعلى مستوى منذ عشر سنوات.\n\n"
      "ويتوقع الخبراء أن يرفع البنك الفائدة مرة أخرى قبل نهاية العام، في حين حذر رجال الأعمال من أن القرار "
      "سيزيد من كلفة القروض.\n");
  SCOPED_TRACE(print(phrases));
  EXPECT_FALSE(any_phrase_uses(phrases, {"في", "إلى", "أن", "من", "إن"}));
  EXPECT_FALSE(phrases.empty());
}

TEST(KeyPhrasesLanguages, ChineseAndJapaneseClausesAreNotPhrases) {
  for (const char* text :
       {"日本銀行は19日に開いた金融政策決定会合で、短期の政策金利を0.25%から0.5%に引き上げることを決めた。"
        "利上げは今年1月以来で、日本銀行は物価の上昇が続いていると判断した。\n\n"
        "市場では、日本銀行が年内にもう一度利上げするとの見方が広がっている。\n",
        "中国人民银行14日宣布，自3月20日起下调金融机构存款准备金率0.5个百分点，预计将释放长期资金约1万亿元。"
        "这是今年以来央行首次降准。\n\n分析人士认为，中国人民银行此举意在稳定市场预期。\n"}) {
    const auto phrases = phrases_of(text);
    SCOPED_TRACE(print(phrases));
    EXPECT_TRUE(std::none_of(phrases.begin(), phrases.end(), [](const std::string& p) { return has_unspaced_cjk(p); }));
  }
}

TEST(KeyPhrasesLanguages, WebAndMailAddressesAreNotPhrases) {
  const auto phrases = phrases_of(
      "The county closed all 48 public schools on Tuesday as a winter storm dumped more than a foot of snow. "
      "Officials said buses could not safely run on rural roads.\n\n"
      "Parents can find closures at https://www.countyschools.example.com/closures or write to "
      "help@countyschools.example.com with questions.\n\n"
      "Forecasters expect another six inches before the storm moves east. See https://www.countyschools.example.com/faq "
      "or www.countyschools.example.com/buses, or write to help@countyschools.example.com.\n");
  SCOPED_TRACE(print(phrases));
  EXPECT_FALSE(any_phrase_uses(phrases, {"https", "www", "com", "countyschools", "example", "help", "closures", "faq"}));
  EXPECT_TRUE(std::find(phrases.begin(), phrases.end(), "storm") != phrases.end());
}
