package org.thirdspace.demo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.thirdspace.people.Availability;
import org.thirdspace.people.ContactPreferences;
import org.thirdspace.people.ProfileUpdate;
import org.thirdspace.people.Visibility;
import org.thirdspace.shared.Sector;
import org.thirdspace.vocabularies.Term;
import org.thirdspace.vocabularies.Vocabularies;
import org.thirdspace.vocabularies.Vocabulary;

/**
 * Varied, plausible profiles for the demo population. Codes come from the vocabularies at run
 * time (preferring the codes that fit a job title), so the demo never uses a code that does not exist.
 */
final class DemoProfiles {

    private static final List<String> TOPICS = List.of("oracy", "outdoor learning", "phonics", "assessment for learning",
            "transition to secondary", "retention of early-career teachers", "lesson study", "climate education",
            "disciplinary literacy", "metacognition", "parental engagement", "coaching", "practitioner enquiry",
            "rural schools", "careers education", "inclusion", "STEM clubs", "joint practice development");
    private static final List<String> LANGUAGES = List.of("Welsh", "French", "Spanish", "Urdu", "Polish", "Punjabi",
            "Gaelic", "German", "Arabic", "British Sign Language");
    private static final List<String> CREDENTIALS = List.of("PGCE", "QTS", "NPQH", "NPQSL", "MA Education",
            "PhD in education", "Fellow of the HEA", "Chartered Teacher", "NASENCO", "Mentor training (ECF)");
    private static final List<String> BIOS = List.of("""
            I help schools and the university **plan placements together**, so that trainees,
            mentors and tutors share the same picture of progress.
            """, """
            My interest is *practitioner enquiry*: small studies that teachers run in their own classrooms.
            - I co-ordinate an enquiry group each spring
            - I am happy to act as a critical friend
            """, """
            Before moving into teacher education I taught for twelve years. I still spend one day a week
            in school and write about what partnerships need to last beyond one enthusiastic person.
            """, """
            I connect schools with researchers and outreach teams. Ask me about **joint bids**,
            widening-participation projects and how to find the right contact.
            """);

    private final List<Term> roles;
    private final List<Term> activities;
    private final List<Term> subjects;
    private final List<Term> phases;

    DemoProfiles(Vocabularies vocabularies) {
        this.roles = vocabularies.terms(Vocabulary.ROLE, Locale.ENGLISH);
        this.activities = vocabularies.terms(Vocabulary.ACTIVITY_TYPE, Locale.ENGLISH);
        this.subjects = vocabularies.terms(Vocabulary.SUBJECT, Locale.ENGLISH);
        this.phases = vocabularies.terms(Vocabulary.PHASE, Locale.ENGLISH);
    }

    ProfileUpdate profile(Random random, String jobTitle, Sector sector, boolean broker, String headline) {
        var roleCodes = new LinkedHashSet<String>();
        preferred(roleCodes, roles, roleFor(jobTitle, sector, broker));
        if (random.nextDouble() < 0.3) {
            some(random, roleCodes, roles, 1);
        }
        var activityCodes = new LinkedHashSet<String>();
        some(random, activityCodes, activities, 1 + random.nextInt(3));
        var subjectCodes = new LinkedHashSet<String>();
        some(random, subjectCodes, subjects, random.nextInt(3));
        var phaseCodes = new LinkedHashSet<String>();
        preferred(phaseCodes, phases, sector == Sector.PRIMARY_SCHOOL ? "primary"
                : sector == Sector.UNIVERSITY ? "he" : sector == Sector.COLLEGE ? "post-16" : "secondary");
        var topics = new ArrayList<String>();
        for (int i = random.nextInt(4); i > 0; i--) {
            String t = TOPICS.get(random.nextInt(TOPICS.size()));
            if (!topics.contains(t)) {
                topics.add(t);
            }
        }
        var languages = new ArrayList<>(List.of("English"));
        if (random.nextDouble() < 0.2) {
            languages.add(LANGUAGES.get(random.nextInt(LANGUAGES.size())));
        }
        var credentials = random.nextDouble() < 0.5 ? List.of(CREDENTIALS.get(random.nextInt(CREDENTIALS.size())))
                : List.<String>of();
        String bio = random.nextDouble() < 0.35 ? BIOS.get(random.nextInt(BIOS.size())).strip() : null;
        boolean open = random.nextDouble() < 0.4;
        var availability = new Availability(open, open ? 1 + random.nextInt(4) : null,
                Availability.Mode.values()[random.nextInt(3)]);
        var contact = new ContactPreferences(random.nextDouble() < 0.3, random.nextDouble() < 0.9,
                random.nextDouble() < 0.15 ? "Best reached in term time." : null);
        double v = random.nextDouble();
        Visibility visibility = v < 0.85 ? Visibility.MEMBERS : v < 0.95 ? Visibility.PUBLIC : Visibility.HIDDEN;
        return new ProfileUpdate(null, headline.length() > 200 ? headline.substring(0, 200) : headline, bio, roleCodes,
                activityCodes, subjectCodes, phaseCodes, topics, credentials, languages, availability, contact,
                visibility);
    }

    private static String roleFor(String jobTitle, Sector sector, boolean broker) {
        String t = jobTitle.toLowerCase(Locale.ROOT);
        if (broker || t.contains("partnership") || t.contains("broker")) {
            return "broker";
        }
        if (t.contains("mentor")) {
            return "mentor";
        }
        if (t.contains("head") || t.contains("principal") || t.contains("deputy")) {
            return "senior-leader";
        }
        if (t.contains("research")) {
            return "researcher";
        }
        if (t.contains("coordinator") || t.contains("professional tutor")) {
            return "ite-coordinator";
        }
        if (t.contains("widening") || t.contains("outreach")) {
            return "wp-officer";
        }
        if (t.contains("director")) {
            return "course-director";
        }
        return sector == Sector.UNIVERSITY ? "link-tutor" : "link-teacher";
    }

    private static void preferred(Set<String> into, List<Term> terms, String code) {
        terms.stream().filter(t -> t.code().equals(code)).findFirst()
                .or(() -> terms.stream().findFirst()).ifPresent(t -> into.add(t.code()));
    }

    private static void some(Random random, Set<String> into, List<Term> terms, int n) {
        for (int i = 0; i < n && !terms.isEmpty(); i++) {
            into.add(terms.get(random.nextInt(terms.size())).code());
        }
    }
}
