package org.thirdspace.matching.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thirdspace.finder.CandidateHit;
import org.thirdspace.groups.GroupRef;
import org.thirdspace.matching.MatchReason;
import org.thirdspace.needs.NeedDetails;
import org.thirdspace.needs.NeedFacet;
import org.thirdspace.shared.GeoPoint;
import org.thirdspace.vocabularies.Vocabularies;
import org.thirdspace.vocabularies.Vocabulary;

/**
 * The reasons for one suggested person, each a statement about that person's own data: codes
 * they hold that the need asks for, words of the need in their profile, their distance, how they
 * work, availability and capacity, when they were last active, case studies they wrote, groups
 * they share with the author (or, for partnered people, the partner groups they are in and the
 * requesting institution they work at).
 */
@Component
public class Reasons {

    /** Words too common to explain anything. */
    private static final Set<String> STOP = Set.of("about", "also", "and", "are", "been", "both", "but", "can",
            "could", "each", "for", "from", "have", "help", "into", "like", "more", "need", "needs", "other", "our",
            "over", "some", "such", "than", "that", "their", "them", "then", "there", "these", "they", "this",
            "those", "through", "very", "want", "were", "what", "when", "where", "which", "while", "will", "with",
            "would", "year", "your", "looking", "someone", "people", "please", "work", "working");
    private static final int MAX_WORDS = 3;

    /** Everything a reason may refer to, computed once per search. */
    public record Context(NeedDetails need, GeoPoint near, Instant now, Map<Long, List<Long>> coAuthored,
            Map<Long, String> caseStudyTitles, Map<Long, List<Long>> sharedGroups, Map<Long, List<Long>> partnerGroups,
            Map<Long, GroupRef> groups, Map<Long, String> requesterInstitutions, Locale locale) {
    }

    private final Vocabularies vocabularies;
    private final MessageSource messages;

    Reasons(Vocabularies vocabularies, MessageSource messages) {
        this.vocabularies = vocabularies;
        this.messages = messages;
    }

    public List<MatchReason> of(CandidateHit hit, Context c, boolean partnered) {
        List<MatchReason> out = new ArrayList<>();
        Locale locale = c.locale();
        NeedDetails need = c.need();
        if (partnered) {
            for (Long group : c.partnerGroups().getOrDefault(hit.personId(), List.of())) {
                GroupRef ref = c.groups().get(group);
                if (ref != null) {
                    out.add(reason("matching.reason.partner-group", locale, ref.name()));
                }
            }
            for (Long institution : hit.institutionIds()) {
                String name = c.requesterInstitutions().get(institution);
                if (name != null) {
                    out.add(reason("matching.reason.colleague", locale, name));
                }
            }
        }
        for (String subject : need.facets().getOrDefault(NeedFacet.SUBJECT, Set.of())) {
            if (hit.subjects().contains(subject)) {
                String label = vocabularies.label(Vocabulary.SUBJECT, subject, locale);
                if (hit.roles().isEmpty()) {
                    out.add(reason("matching.reason.subject", locale, label));
                } else {
                    out.add(reason("matching.reason.subject-role", locale,
                            vocabularies.label(Vocabulary.ROLE, hit.roles().getFirst(), locale), label));
                }
            }
        }
        for (String activity : need.facets().getOrDefault(NeedFacet.ACTIVITY, Set.of())) {
            if (hit.activities().contains(activity)) {
                out.add(reason("matching.reason.activity", locale,
                        vocabularies.label(Vocabulary.ACTIVITY_TYPE, activity, locale)));
            }
        }
        for (String phase : need.facets().getOrDefault(NeedFacet.PHASE, Set.of())) {
            if (hit.phases().contains(phase)) {
                out.add(reason("matching.reason.phase", locale, vocabularies.label(Vocabulary.PHASE, phase, locale)));
            }
        }
        List<String> mentioned = mentioned(need, hit);
        if (!mentioned.isEmpty()) {
            out.add(reason("matching.reason.mentions", locale, String.join(", ", mentioned.stream()
                    .map(w -> "\u201c" + w + "\u201d").toList())));
        }
        List<Long> wrote = c.coAuthored().getOrDefault(hit.personId(), List.of());
        if (!wrote.isEmpty()) {
            List<String> titles = wrote.stream().map(c.caseStudyTitles()::get).filter(t -> t != null).limit(2).toList();
            out.add(reason("matching.reason.co-authored", locale, wrote.size(), String.join("; ", titles)));
        }
        if (!partnered) {
            for (Long group : c.sharedGroups().getOrDefault(hit.personId(), List.of())) {
                GroupRef ref = c.groups().get(group);
                if (ref != null) {
                    out.add(reason("matching.reason.shared-group", locale, ref.name(), need.authorName()));
                }
            }
        }
        if (hit.distanceKm() != null) {
            out.add(reason("matching.reason.distance", locale, km(hit.distanceKm())));
        }
        if (need.onlineOk() && ("ONLINE".equals(hit.mode()) || "BOTH".equals(hit.mode()))) {
            out.add(reason("matching.reason.online", locale));
        }
        if (hit.available()) {
            if (hit.capacity() != null) {
                out.add(reason("matching.reason.available-capacity", locale, hit.capacity()));
            } else {
                out.add(reason("matching.reason.available", locale));
            }
        }
        if (within(hit.lastActiveAt(), c.now(), 7)) {
            out.add(reason("matching.reason.active-week", locale));
        } else if (within(hit.lastActiveAt(), c.now(), 30)) {
            out.add(reason("matching.reason.active-month", locale));
        }
        return out;
    }

    /** Words of the need (4+ letters, not common words) that occur in the person's headline, topics or bio. */
    static List<String> mentioned(NeedDetails need, CandidateHit hit) {
        Set<String> theirs = new LinkedHashSet<>();
        theirs.addAll(words(hit.headline()));
        hit.topics().forEach(t -> theirs.addAll(words(t)));
        theirs.addAll(words(hit.bio()));
        List<String> out = new ArrayList<>();
        for (String word : words(need.title() + " " + need.forWhom() + " " + need.descriptionMarkdown())) {
            if (word.length() >= 4 && !STOP.contains(word) && theirs.contains(word) && !out.contains(word)) {
                out.add(word);
                if (out.size() == MAX_WORDS) {
                    break;
                }
            }
        }
        return out;
    }

    /** Lower-case words of a text, in order. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    static boolean within(Instant when, Instant now, int days) {
        return when != null && !when.isAfter(now.plus(Duration.ofHours(1)))
                && Duration.between(when, now).compareTo(Duration.ofDays(days)) < 0;
    }

    /** Whole kilometres from 10 km, one decimal below. */
    static String km(double km) {
        return km >= 10 ? String.valueOf(Math.round(km)) : String.format(Locale.ROOT, "%.1f", km);
    }

    private MatchReason reason(String code, Locale locale, Object... args) {
        return new MatchReason(code, List.of(args), messages.getMessage(code, args, code, locale));
    }
}
