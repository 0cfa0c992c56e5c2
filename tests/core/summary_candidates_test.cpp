// What a summary may quote: the article's statements, not the captions, labels, notices and
// pleasantries pages keep as paragraphs.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pith/pith.h"

using namespace pith;

namespace {

std::vector<std::string> summary_of(const std::string& html, std::size_t sentences = 3) {
  std::vector<std::string> out;
  for (const auto& s : summarize(read(html), SummaryOptions::sentences(sentences)).sentences) out.push_back(s.text);
  return out;
}

std::string page(const std::string& body) {
  return "<html lang=\"en\"><head><title>Fire forces thousands to flee</title></head><body><article>"
         "<h1>Fire forces thousands to flee</h1>" + body + "</article></body></html>";
}

const std::string kStory =
    "<p>A fast-moving wildfire in Lake County has forced more than 30,000 people to flee their homes, fire "
    "officials said on Sunday, as hot, dry winds pushed the blaze toward the town.</p>"
    "<p>The fire had burned 18,400 acres and was 5% contained by Sunday afternoon, according to the state fire "
    "agency, which sent more crews and aircraft to the area.</p>"
    "<p>Evacuation centres opened at two schools, and the county asked residents who had not yet left the hills "
    "to go now rather than wait for an order.</p>"
    "<p>Officials said the cause of the fire was under investigation.</p>";

bool contains(const std::vector<std::string>& list, const std::string& needle) {
  for (const auto& s : list) {
    if (s.find(needle) != std::string::npos) return true;
  }
  return false;
}

std::string print(const std::vector<std::string>& list) {
  std::string out;
  for (const auto& p : list) out += "\"" + p + "\" ";
  return out;
}

}  // namespace

TEST(SummaryCandidates, AShortUnendedParagraphIsACaption) {
  const auto s = summary_of(page("<p>A firefighter in the hills above town</p>" + kStory));
  SCOPED_TRACE(print(s));
  EXPECT_FALSE(contains(s, "A firefighter in the hills"));
  EXPECT_EQ(s.size(), 3u);
}

TEST(SummaryCandidates, AParagraphWithAPhotoCreditIsACaption) {
  const auto s = summary_of(page("<p>Smoke rises over the ridge above Clearlake on Sunday. Photo: Jane Roe</p>" + kStory));
  SCOPED_TRACE(print(s));
  EXPECT_FALSE(contains(s, "Smoke rises"));
}

TEST(SummaryCandidates, ALabelledLineThatIsNoSentenceIsNotQuoted) {
  const auto s = summary_of(page(kStory.substr(0, kStory.find("<p>Evacuation")) +
                                 "<p>Watch: Drone footage shows the fire's advance across the ridge</p>"
                                 "<p>Rating: 4.5 out of 5 stars</p>" + kStory.substr(kStory.find("<p>Evacuation"))),
                            4);
  SCOPED_TRACE(print(s));
  EXPECT_FALSE(contains(s, "Watch:"));
  EXPECT_FALSE(contains(s, "Rating:"));
}

TEST(SummaryCandidates, ACopyrightNoticeIsNotQuoted) {
  // As an old site prints it, between the page's other notes, in one paragraph.
  const auto s = summary_of(page(kStory + "<p>Page last updated on 3/14/2025 by the society's volunteers. Copyright "
                                          "\xC2\xA9 2025 Lake County Historical Society. Best viewed at 800x600.</p>"),
                            8);
  SCOPED_TRACE(print(s));
  EXPECT_FALSE(contains(s, "Copyright"));
}

TEST(SummaryCandidates, GreetingsAreNotQuoted) {
  const auto s = summary_of(page("<p>Good morning.</p><p>Welcome back to the Tuesday briefing.</p>" + kStory));
  SCOPED_TRACE(print(s));
  EXPECT_FALSE(contains(s, "Good morning"));
  EXPECT_FALSE(contains(s, "Welcome back"));
  EXPECT_TRUE(contains(s, "30,000 people"));
}

TEST(SummaryCandidates, TranscriptTimestampsAndSpeakersAreNotWhatIsScored) {
  const std::string transcript =
      "<p>[00:00:00] HOST (Dana Kim): Welcome back to The Briefing. I'm Dana Kim. Today we're talking about the "
      "new battery plant in Nevada with our energy reporter, Luis Ortega. Luis, thanks for joining.</p>"
      "<p>[00:00:12] LUIS ORTEGA: Thanks for having me, Dana.</p>"
      "<p>[00:00:15] DANA KIM: So, what exactly was announced this week?</p>"
      "<p>[00:00:18] LUIS ORTEGA: The company said it will spend $3.6 billion on a battery plant outside Reno that "
      "will make lithium iron phosphate cells. It expects the plant to employ about 2,800 people in 2028.</p>"
      "<p>[00:00:35] DANA KIM: And why does the battery chemistry matter?</p>"
      "<p>[00:00:38] LUIS ORTEGA: Lithium iron phosphate cells use no nickel or cobalt, which makes the battery "
      "cheaper and less dependent on mines. The trade-off is lower energy density.</p>";
  const Summary summary = summarize(read(page(transcript)));
  std::vector<std::string> s;
  for (const auto& x : summary.sentences) s.push_back(x.text);
  SCOPED_TRACE(print(s));
  EXPECT_FALSE(contains(s, "Welcome back"));
  EXPECT_FALSE(contains(s, "I'm Dana Kim"));
  EXPECT_FALSE(contains(s, "Thanks for having me"));
  EXPECT_TRUE(contains(s, "$3.6 billion"));
  // Still the block's own text, timestamp and speaker included, at the offsets given.
  const Document doc = read(page(transcript));
  for (const auto& x : summary.sentences) {
    EXPECT_EQ(doc.blocks[x.block].text.substr(x.begin, x.end - x.begin), x.text);
  }
}
