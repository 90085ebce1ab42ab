package org.thirdspace.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.thirdspace.gaps.GapDetails;
import org.thirdspace.gaps.GapDraft;
import org.thirdspace.gaps.GapException;
import org.thirdspace.gaps.GapFacet;
import org.thirdspace.gaps.GapService;
import org.thirdspace.gaps.GapStatus;
import org.thirdspace.glossary.GlossaryDraft;
import org.thirdspace.glossary.GlossaryEntry;
import org.thirdspace.glossary.GlossaryService;
import org.thirdspace.glossary.VocabularyTermRef;

/**
 * A few glossary terms and two gaps, posted by the demo moderator; the demo member answers the
 * second gap with the first published case study that may answer it. Runs after the rest of the
 * demo population (it needs published case studies).
 */
@Component
class DemoGlossaryAndGaps {

    record Created(List<Long> glossaryTermIds, List<Long> gapIds) {
    }

    private final GlossaryService glossary;
    private final GapService gaps;

    DemoGlossaryAndGaps(GlossaryService glossary, GapService gaps) {
        this.glossary = glossary;
        this.gaps = gaps;
    }

    Created generate(List<Long> caseStudyIds) {
        List<Long> terms = new ArrayList<>();
        as(DemoCaseStudies.MODERATOR, "ROLE_MODERATOR", () -> {
            terms.add(term("Third space", "A space between the cultures of school and university where staff of both "
                    + "meet as equals: neither side's rules simply apply.", List.of("third-space"),
                    List.of(VocabularyTermRef.of("role", "third-space-professional"))).id());
            terms.add(term("Boundary spanner", "Someone who connects people across institutions and is credible on "
                    + "both sides: a broker, link tutor, coordinator or hybrid professional.",
                    List.of("boundary spanners", "boundary-spanner"), List.of(VocabularyTermRef.of("role", "broker"))).id());
            terms.add(term("ITE", "**Initial teacher education**: training that leads to qualified teacher status, "
                    + "usually shared between a university and partner schools.", List.of("ITT",
                    "initial teacher training"), List.of(VocabularyTermRef.of("activity", "ite"))).id());
            terms.add(term("MAT", "**Multi-academy trust**: one trust that runs several academies.",
                    List.of("multi-academy trust", "MATs"), List.of()).id());
            terms.add(term("Link tutor", "The university tutor who visits a partner school and supports its trainees "
                    + "and mentors.", List.of("link tutors"), List.of(VocabularyTermRef.of("role", "link-tutor"))).id());
            return null;
        });
        List<Long> gapIds = new ArrayList<>();
        GapDetails special = as(DemoCaseStudies.MODERATOR, "ROLE_MODERATOR", () -> gaps.create(GapDraft.of(
                "Special-school partnerships in the North East",
                "We have no case studies of partnerships between **special schools** and universities in the North "
                        + "East. How were trainees placed, and what did pupils gain?")
                .with(GapFacet.SECTOR, "special-school").with(GapFacet.REGION, "north-east")));
        gapIds.add(special.id());
        GapDetails research = as(DemoCaseStudies.MODERATOR, "ROLE_MODERATOR", () -> gaps.create(GapDraft.of(
                "Evaluated research partnerships in primary schools",
                "Most accounts of joint research with primary schools are descriptive. Share a case study with an "
                        + "evaluation design (baseline, methods) if you know one.")
                .with(GapFacet.PHASE, "primary").with(GapFacet.ACTIVITY, "research-enquiry")));
        gapIds.add(research.id());
        for (Long id : caseStudyIds) {
            try {
                as(DemoCaseStudies.MEMBER, "ROLE_MEMBER", () -> gaps.answer(research.id(), id,
                        "Has a baseline and pupil interviews; a good start."));
                as(DemoCaseStudies.MODERATOR, "ROLE_MODERATOR",
                        () -> gaps.changeStatus(research.id(), GapStatus.ANSWERED, "One evaluated study linked"));
                break;
            } catch (GapException e) {
                // a draft, or a private group's: try the next one
            }
        }
        return new Created(terms, gapIds);
    }

    private GlossaryEntry term(String term, String definition, List<String> synonyms, List<VocabularyTermRef> refs) {
        return glossary.create(new GlossaryDraft(term, definition, synonyms, refs));
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
