package org.thirdspace.groups;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.institutions.InstitutionSummary;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.ProfileFixtures;
import org.thirdspace.people.ProfileFixtures.Someone;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.security.TestAccounts;
import org.thirdspace.shared.Sector;

/** Groups, people and institutions for tests that share one database. */
public final class GroupFixtures {

    private GroupFixtures() {
    }

    /** A school and a university, and a person working at each. */
    public record Partners(InstitutionSummary school, InstitutionSummary university, Someone teacher, Someone tutor) {
    }

    public static Partners partners(AccountProvisioning accounts, PeopleService people, InstitutionService institutions,
            String tag) {
        var school = ProfileFixtures.institution(institutions, tag + " Primary", Sector.PRIMARY_SCHOOL);
        var university = ProfileFixtures.institution(institutions, tag + " University", Sector.UNIVERSITY);
        var teacher = person(accounts, people, tag + " Teacher", school);
        var tutor = person(accounts, people, tag + " Tutor", university);
        return new Partners(school, university, teacher, tutor);
    }

    /** A member working at the institution since 2020. */
    public static Someone person(AccountProvisioning accounts, PeopleService people, String name,
            InstitutionSummary at) {
        Someone someone = ProfileFixtures.person(accounts, people, name);
        if (at != null) {
            TestAccounts.as(someone.email(), "MEMBER", () -> people.addAffiliation(someone.personId(),
                    ProfileFixtures.since(at.id(), "Teacher", LocalDate.of(2020, 9, 1))));
        }
        return someone;
    }

    public static GroupDraft partnership(String name, GroupVisibility visibility, Partners p, Long onBehalfOf) {
        return new GroupDraft(GroupKind.PARTNERSHIP, name, "We work together on **science** outreach.",
                "Meet every half term.", visibility, JoinPolicy.REQUEST, null,
                List.of(p.school().id(), p.university().id()), Set.of(), Set.of(), Set.of("north-west"), null,
                onBehalfOf);
    }
}
