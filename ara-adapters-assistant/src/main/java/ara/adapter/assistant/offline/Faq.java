package ara.adapter.assistant.offline;

import ara.domain.result.MaturityLevel;

import java.util.ArrayList;
import java.util.List;

/** The offline assistant's FAQ: how ARA works, beyond what the questionnaire itself says. Stateless. */
final class Faq {
    private Faq() {
    }

    static List<Passage> passages() {
        List<Passage> faq = new ArrayList<>();
        faq.add(entry("How is my score calculated?",
                "Every scored question gives 0 to 10 points from your answer: selected option weights for selects, "
                        + "the value within its range for scales and numbers. Questions count by their weight within "
                        + "their pillar, pillars by their weight in your scoring profile (organisation size and "
                        + "industry choose the profile). The total is a percent of the best possible score; "
                        + "unanswered questions count as 0 until you answer them."));
        StringBuilder levels = new StringBuilder("The total percent places the audit at a maturity level: ");
        MaturityLevel[] all = MaturityLevel.values();
        for (int i = 0; i < all.length; i++) {
            levels.append(all[i].title()).append(" from ").append((int) all[i].lowerBound()).append(" %")
                    .append(i < all.length - 1 ? ", " : ". ");
        }
        levels.append("Each pillar gets its own level the same way; the report explains the weakest pillars first.");
        faq.add(entry("What do the maturity levels mean?", levels.toString()));
        faq.add(entry("How do I save my answers and resume later?",
                "Every answer is saved as soon as you give it (autosave): close the page and come back with the "
                        + "same account or, as a guest, the same browser (its guest token). Nothing is lost until you "
                        + "submit; after submitting the answers are final."));
        faq.add(entry("What does the report contain?",
                "Once submitted, the audit has a result: the total score and level, a score and level per pillar, "
                        + "strengths, gaps, prioritised recommendations with effort and expected impact, a roadmap "
                        + "over the first 30, 31 to 60 and 61 to 90 days and then 6 and 12 months, the knowledge gaps "
                        + "(questions answered \"I don't know\") and how many points each pillar needs to reach the "
                        + "next level. The PDF report shows the same with a chart and can carry your logo and "
                        + "colours."));
        faq.add(entry("Which assessment should I take, quick or full?",
                "There are two questionnaires. The quick audit (classic) takes about a quarter of an hour and "
                        + "covers four pillars. The full assessment (full) takes about thirty-five minutes: eight "
                        + "steps over seven pillars, from strategy and data to agent identity, security, "
                        + "governance and the EU AI Act, operations and people, each question citing the framework "
                        + "item it rests on (NIST AI RMF, ISO/IEC 42001, EU AI Act, OWASP). An audit keeps the "
                        + "questionnaire it was started on."));
        faq.add(entry("What if I don't know the answer?",
                "Many choice questions offer \"I don't know\": choose it rather than guess. It scores as the "
                        + "lowest answer, is never listed as a strength or a gap, and appears in the result as a "
                        + "knowledge gap with its own recommendation: find out who owns the answer (the question's "
                        + "help text says whom to ask). A guess would hide the gap."));
        faq.add(entry("What happens to my data and this chat?",
                "Answers and chat messages belong to the audit and are deleted with it. Chat messages are never "
                        + "written to logs. They are sent to a language model only when the operator configured one; "
                        + "this offline assistant runs entirely inside ARA."));
        faq.add(entry("What is the offline assistant?",
                "The offline assistant answers from the questionnaire's own texts and this FAQ, without a language "
                        + "model. It proposes an answer when your message names an option (for example a tool you "
                        + "use), and you accept it with one click."));
        faq.add(entry("Do I have to answer every question?",
                "Required questions must be answered before you can submit. Questions can appear or disappear "
                        + "with your earlier answers, and a skipped step needs no answers. Critical questions weigh "
                        + "most: answering them moves the score the most."));
        return faq;
    }

    private static Passage entry(String question, String answer) {
        return new Passage("FAQ: " + question, answer, null);
    }
}
