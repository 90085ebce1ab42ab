package org.thirdspace.casestudies.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.thirdspace.casestudies.CaseStudyField;

/**
 * Generated case-study text for the benchmark: Markdown paragraphs, lists, emphasis, links and
 * {@code [[wiki links]]}, built from sentence patterns about school-university partnerships with
 * varying subjects, places, roles and numbers (deterministic for a seed).
 */
final class CaseStudyText {

    static final String[] SUBJECTS = {"science", "mathematics", "English", "history", "geography", "computing",
            "music", "modern languages", "physical education", "art and design", "design technology", "SEND"};
    static final String[] TOPICS = {"paired reading", "oracy", "phonics", "lesson study", "retrieval practice",
            "mastery maths", "fieldwork", "transition", "metacognition", "coaching", "practical science",
            "curriculum design", "assessment", "behaviour", "inclusion", "early reading", "science club",
            "widening participation", "trainee teachers", "mentoring", "workload", "careers", "homework club"};
    static final String[] ROLES = {"link tutor", "lead mentor", "subject mentor", "head teacher", "ITE coordinator",
            "researcher", "outreach officer", "partnership manager", "teaching assistant", "deputy head",
            "course director", "student ambassador"};
    static final String[] TOWNS = {"Lancaster", "Preston", "Carlisle", "Leeds", "Hull", "Derby", "Lincoln",
            "Coventry", "Norwich", "Ipswich", "Bristol", "Exeter", "Swansea", "Cardiff", "Dundee", "Belfast",
            "Reading", "Brighton", "Sunderland", "Wigan", "Stoke", "Luton"};
    static final String[] GROUPS = {"Year 3", "Year 5", "Year 7", "Year 9", "Year 10", "Year 12", "reception",
            "sixth-form", "undergraduate", "PGCE", "early career teachers", "governors", "parents"};

    private static final String[] PATTERNS = {
        "The {role} at {town} met the {role2} every fortnight to plan {topic} sessions for {group} pupils.",
        "We started with a short audit of what {group} pupils already knew about {subject}.",
        "Funding came from a small widening participation grant of {money} pounds, spent mostly on cover and travel.",
        "Staff time was the biggest cost: about {n} hours a term for the {role} and twice that for the {role2}.",
        "Pupils in {group} worked with {n} {group2} students on {topic} projects over {n2} weeks.",
        "The university provided access to laboratories and the library; the school provided the rooms and the timetable.",
        "A baseline survey of {n} pupils asked how confident they felt about {subject} and about going to university.",
        "We used a simple pre and post design with a comparison group from a neighbouring school in {town}.",
        "Teachers kept reflective journals and the {role} interviewed {n2} of them at the end of the year.",
        "Attendance at the {topic} sessions stayed above {pct} per cent, higher than at most after-school clubs.",
        "The biggest challenge was the timetable: exam season and placements clashed in the summer term.",
        "When the {role} changed jobs, the handover note and the shared calendar kept the work going.",
        "Parents came to a showcase evening where pupils presented their {subject} posters to university staff.",
        "The project outlived its funding because the {topic} sessions became part of the school's enrichment offer.",
        "Trainee teachers said the placement gave them confidence in teaching {subject} to {group} classes.",
        "Reading ages in the {group} group rose by {n2} months on average, compared with {n3} months elsewhere.",
        "Workload was recognised: the school gave the {role} a half day a week and the university counted it in workload models.",
        "We would start smaller next time, with one year group and one subject, and grow once the routines were clear.",
        "Share the aims in writing at the start and review them each term with both sides in the room.",
        "The {role2} acted as a critical friend and helped us design the evaluation so that it would be useful.",
        "Pupils wrote blog posts about what they learnt, and some of them were read out in assembly.",
        "The partnership began with an informal conversation at a {subject} network meeting in {town}.",
        "Our prior relationship was limited to placements; this project was the first joint piece of research.",
        "Students from the university ran {topic} workshops in the school hall on Tuesday afternoons.",
        "A steering group with two members from each institution met every half term to review progress.",
        "Some sessions were cancelled because of staff illness, and we moved them online where we could.",
        "The evaluation combined attendance data, a pupil questionnaire and focus groups with {n2} teachers.",
        "Impact on staff was clear: {n2} teachers went on to lead {topic} training in other schools.",
        "The local authority helped us find a second school so that the approach could be tried in {town} too.",
        "We published a short practitioner report and presented it at a regional conference in {town}.",
    };

    private CaseStudyText() {
    }

    static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    /** One sentence with its slots filled. */
    static String sentence(Random random) {
        String s = pick(random, PATTERNS);
        return s.replace("{role2}", pick(random, ROLES)).replace("{role}", pick(random, ROLES))
                .replace("{town}", pick(random, TOWNS)).replace("{topic}", pick(random, TOPICS))
                .replace("{subject}", pick(random, SUBJECTS)).replace("{group2}", pick(random, GROUPS))
                .replace("{group}", pick(random, GROUPS)).replace("{money}", Integer.toString(500 + random.nextInt(40) * 250))
                .replace("{n3}", Integer.toString(1 + random.nextInt(6))).replace("{n2}", Integer.toString(2 + random.nextInt(12)))
                .replace("{n}", Integer.toString(5 + random.nextInt(120))).replace("{pct}", Integer.toString(60 + random.nextInt(38)));
    }

    /** Markdown of about {@code words} words: paragraphs, now and then a list, emphasis, a link or a wiki link. */
    static String markdown(Random random, int words, List<String> titles) {
        StringBuilder md = new StringBuilder();
        int count = 0;
        while (count < words) {
            int kind = random.nextInt(10);
            if (kind == 0) {
                for (int i = 0; i < 3 + random.nextInt(3); i++) {
                    String s = sentence(random);
                    md.append("- ").append(s).append('\n');
                    count += wordCount(s);
                }
                md.append('\n');
            } else {
                StringBuilder paragraph = new StringBuilder();
                for (int i = 0; i < 2 + random.nextInt(4); i++) {
                    String s = sentence(random);
                    if (random.nextInt(12) == 0) {
                        s = s.replaceFirst("(\\w+ \\w+)", "**$1**");
                    }
                    if (random.nextInt(25) == 0 && !titles.isEmpty()) {
                        s = s + " See also [[" + titles.get(random.nextInt(titles.size())) + "]].";
                    }
                    if (random.nextInt(30) == 0) {
                        s = s + " The [toolkit](https://example.org/toolkit/" + random.nextInt(1000) + ") is free.";
                    }
                    paragraph.append(paragraph.isEmpty() ? "" : " ").append(s);
                    count += wordCount(s);
                }
                md.append(paragraph).append("\n\n");
            }
        }
        return md.toString().strip();
    }

    /** All eleven fields, together about {@code words} words (the problem and activities a bit longer). */
    static Map<CaseStudyField, String> fields(Random random, int words, List<String> titles) {
        Map<CaseStudyField, String> fields = new EnumMap<>(CaseStudyField.class);
        CaseStudyField[] all = CaseStudyField.values();
        for (CaseStudyField field : all) {
            double weight = field == CaseStudyField.ACTIVITIES || field == CaseStudyField.OUTCOMES_AND_IMPACT ? 1.6 : 0.88;
            fields.put(field, markdown(random, (int) Math.max(20, words * weight / all.length), titles));
        }
        return fields;
    }

    static String title(Random random, int n) {
        return capitalise(pick(random, TOPICS)) + " with " + pick(random, GROUPS) + " in " + pick(random, TOWNS) + " ("
                + n + ")";
    }

    static String summary(Random random) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            parts.add(sentence(random));
        }
        return String.join(" ", parts);
    }

    static int wordCount(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
