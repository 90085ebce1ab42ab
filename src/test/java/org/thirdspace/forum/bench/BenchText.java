package org.thirdspace.forum.bench;

import java.util.List;
import java.util.Random;

import org.thirdspace.forum.Mentionable;
import org.thirdspace.people.ProfileFixtures.Someone;

/** Forum posts for the benchmark: Markdown of the length and shape real replies have. */
final class BenchText {

    private BenchText() {
    }

    static final String[] SENTENCES = {
        "Our mentors meet trainees for forty minutes a week, protected on the timetable.",
        "The link tutor joins one of those meetings every half term instead of a separate visit.",
        "We moved the mentor briefing into a partnership school and attendance nearly doubled.",
        "Paired placements worked best when the two trainees had different strengths.",
        "The shared calendar goes to the university in June, with the impossible weeks marked.",
        "Joint observations took twenty minutes of the lesson and ten minutes of talk beforehand.",
        "Trainees set one target a week that the mentor can actually see in a lesson.",
        "In exam season the protected time disappears, so we plan for that in advance.",
        "The steering group reviews the placements every summer with the schools in the majority.",
        "Writing the handover note while things go well saved us when our coordinator left.",
        "We ask the trainees at the end of each placement, and their answers change more than any guidance.",
        "Two people on each side for everything, even if one of them is only copied in.",
    };

    static final String[] LINKS = {"[the partnership handbook](https://example.org/handbook)",
        "[our case study](https://example.org/case-study)", "[the calendar](https://example.org/calendar)"};

    /** A post of one to four paragraphs; now and then a list, a link, bold text or a mention. */
    static String post(Random random, int number, List<Someone> writers, List<String> names, int writer) {
        StringBuilder text = new StringBuilder();
        int paragraphs = 1 + random.nextInt(4);
        for (int p = 0; p < paragraphs; p++) {
            if (p > 0) {
                text.append("\n\n");
            }
            if (random.nextInt(6) == 0) {
                for (int i = 0; i < 2 + random.nextInt(3); i++) {
                    text.append("* ").append(SENTENCES[random.nextInt(SENTENCES.length)]).append('\n');
                }
                continue;
            }
            int sentences = 1 + random.nextInt(4);
            for (int s = 0; s < sentences; s++) {
                if (s > 0) {
                    text.append(' ');
                }
                String sentence = SENTENCES[random.nextInt(SENTENCES.length)];
                if (random.nextInt(12) == 0) {
                    sentence = "**" + sentence + "**";
                }
                text.append(sentence);
            }
        }
        if (random.nextInt(5) == 0) {
            text.append(" More in ").append(LINKS[random.nextInt(LINKS.length)]).append('.');
        }
        if (number > 1 && random.nextInt(6) == 0) {
            int other = (writer + 1 + random.nextInt(writers.size() - 1)) % writers.size();
            text.append("\n\n").append(new Mentionable(writers.get(other).personId(), names.get(other), null).token())
                    .append(", is this what you do too?");
        }
        return text.toString();
    }
}
