package org.thirdspace.casestudies;

import static org.thirdspace.security.TestAccounts.as;

import java.util.EnumMap;
import java.util.Map;

import org.thirdspace.people.PeopleService;
import org.thirdspace.people.ProfileFixtures;
import org.thirdspace.people.ProfileFixtures.Someone;
import org.thirdspace.security.AccountProvisioning;

/** Case studies for tests that share one database: unique titles per test, written and reviewed. */
public final class CaseStudyFixtures {

    private CaseStudyFixtures() {
    }

    /** A draft with a problem, activities and lessons, each mentioning the tag. */
    public static CaseStudyDraft draft(String title, String tag) {
        Map<CaseStudyField, String> fields = new EnumMap<>(CaseStudyField.class);
        fields.put(CaseStudyField.PROBLEM, "Year 9 pupils in " + tag + " rarely met working scientists.");
        fields.put(CaseStudyField.ACTIVITIES, "Trainee teachers ran **lunchtime** clubs about " + tag + ".");
        fields.put(CaseStudyField.LESSONS, "Plan the timetable with the school early.");
        return CaseStudyDraft.of(title, "How a " + tag + " partnership began.", fields);
    }

    /** A member (person with an account); act as them with {@code as(someone.email(), "MEMBER", ...)}. */
    public static Someone member(AccountProvisioning accounts, PeopleService people, String name) {
        return ProfileFixtures.person(accounts, people, name);
    }

    /** Creates the draft as {@code author}. */
    public static CaseStudyDetails create(CaseStudyService service, Someone author, CaseStudyDraft draft) {
        return as(author.email(), "MEMBER", () -> service.create(draft));
    }

    /** Creates, submits and has {@code moderator} approve it: revision 1 published. */
    public static CaseStudyDetails published(CaseStudyService service, Someone author, Someone moderator,
            CaseStudyDraft draft) {
        CaseStudyDetails created = create(service, author, draft);
        as(author.email(), "MEMBER", () -> service.submit(created.id(), created.headRevision()));
        return as(moderator.email(), "MODERATOR",
                () -> service.review(created.id(), created.headRevision(), ReviewDecision.APPROVED, "Clear and useful."));
    }
}
