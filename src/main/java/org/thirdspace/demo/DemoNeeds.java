package org.thirdspace.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.institutions.InstitutionSummary;
import org.thirdspace.needs.NeedBehalf;
import org.thirdspace.needs.NeedDetails;
import org.thirdspace.needs.NeedDraft;
import org.thirdspace.needs.NeedFacet;
import org.thirdspace.needs.NeedOutcome;
import org.thirdspace.needs.NeedService;

/**
 * Four needs posted by the demo member on behalf of their institution and their group: one the
 * demo broker has taken on, one closed as matched, two still open (one online, for the group).
 * Runs after the rest of the demo population (it needs the member's affiliation and group).
 */
@Component
class DemoNeeds {

    private final NeedService needs;
    private final InstitutionService institutions;

    DemoNeeds(NeedService needs, InstitutionService institutions) {
        this.needs = needs;
        this.institutions = institutions;
    }

    List<Long> generate() {
        List<NeedBehalf> choices = as(DemoCaseStudies.MEMBER, "ROLE_MEMBER", needs::myBehalfChoices);
        Optional<NeedBehalf> institution = choices.stream().filter(c -> c.kind() == NeedBehalf.Kind.INSTITUTION)
                .findFirst();
        Optional<NeedBehalf> group = choices.stream().filter(c -> c.kind() == NeedBehalf.Kind.GROUP).findFirst();
        List<Long> ids = new ArrayList<>();
        if (institution.isPresent()) {
            long school = institution.get().id();
            String region = institutions.find(school).map(InstitutionSummary::region).map(r -> r.code())
                    .orElse("north-west");
            NeedDetails careers = post(new NeedDraft("STEM ambassadors for a Year 9 careers afternoon",
                    "We are running a careers afternoon in the spring term and would like **two or three people who "
                            + "work in science or engineering** to talk about their route into it and run a short "
                            + "hands-on activity.\n\nMany of our girls have never met a scientist. Ideally one "
                            + "speaker studied locally.",
                    "Year 9 girls, 30 students", school, null,
                    facets("stem-outreach", "science", "secondary", region), false, LocalDate.of(2027, 3, 1),
                    LocalDate.of(2027, 3, 26), 3));
            ids.add(careers.id());
            NeedDetails mentoring = post(new NeedDraft("Undergraduate mentors for Year 11 mathematics",
                    "We would like **undergraduate mentors** to meet a small group of Year 11 students once a week "
                            + "before their exams, in school or online. We can provide a room and the students' "
                            + "revision plans.",
                    "Year 11, 12 students aiming for grade 5", school, null,
                    facets("pupil-mentoring", "mathematics", "secondary", region), true, LocalDate.of(2027, 1, 11),
                    LocalDate.of(2027, 5, 14), 4));
            ids.add(mentoring.id());
            as(DemoCaseStudies.BROKER, "ROLE_BROKER", () -> needs.claim(mentoring.id()));
            NeedDetails epq = post(new NeedDraft("A university partner for Extended Project supervision",
                    "Our sixth formers would benefit from an academic who can give feedback on their Extended "
                            + "Project research questions in the autumn term.",
                    "Year 12 EPQ students, 18 students", school, null,
                    facets("widening-participation", "education-research-methods", "post-16", region), true, null,
                    null, 1));
            ids.add(epq.id());
            as(DemoCaseStudies.BROKER, "ROLE_BROKER", () -> {
                needs.claim(epq.id());
                return needs.close(epq.id(), NeedOutcome.MATCHED,
                        "A lecturer in education agreed to two online feedback sessions.");
            });
        }
        if (group.isPresent()) {
            Map<NeedFacet, Set<String>> facets = new EnumMap<>(NeedFacet.class);
            facets.put(NeedFacet.ACTIVITY, Set.of("research-enquiry"));
            facets.put(NeedFacet.SUBJECT, Set.of("education-research-methods"));
            NeedDetails enquiry = post(new NeedDraft("Research methods support for a teacher enquiry group",
                    "Our partnership's teacher enquiry group is starting small studies of feedback in lessons. We "
                            + "are looking for a **critical friend** who can help us design simple baselines and "
                            + "interviews: three online sessions over the year.",
                    "Teacher enquiry group, 8 teachers", null, group.get().id(), facets, true, null, null, 1));
            ids.add(enquiry.id());
        }
        return ids;
    }

    private NeedDetails post(NeedDraft draft) {
        return as(DemoCaseStudies.MEMBER, "ROLE_MEMBER", () -> needs.create(draft));
    }

    private static Map<NeedFacet, Set<String>> facets(String activity, String subject, String phase, String region) {
        Map<NeedFacet, Set<String>> facets = new EnumMap<>(NeedFacet.class);
        facets.put(NeedFacet.ACTIVITY, Set.of(activity));
        facets.put(NeedFacet.SUBJECT, Set.of(subject));
        facets.put(NeedFacet.PHASE, Set.of(phase));
        facets.put(NeedFacet.REGION, Set.of(region));
        return facets;
    }

    private static <T> T as(String email, String authority, Supplier<T> action) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        try {
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    email, null, AuthorityUtils.createAuthorityList("ROLE_MEMBER", authority)));
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
