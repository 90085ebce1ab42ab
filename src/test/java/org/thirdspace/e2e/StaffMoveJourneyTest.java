package org.thirdspace.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.thirdspace.security.TestAccounts.as;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thirdspace.groups.GroupDraft;
import org.thirdspace.groups.GroupKind;
import org.thirdspace.groups.GroupService;
import org.thirdspace.groups.GroupVisibility;
import org.thirdspace.groups.JoinPolicy;
import org.thirdspace.groups.NewAssignment;
import org.thirdspace.groups.NewMeeting;
import org.thirdspace.groups.NewSeat;
import org.thirdspace.groups.PartnershipRecordService;
import org.thirdspace.groups.SeatAssignment;
import org.thirdspace.groups.SeatService;
import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.people.NewAffiliation;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.ProfileFixtures;
import org.thirdspace.people.ProfileFixtures.Someone;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.shared.Sector;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;

/**
 * The staff-move story in Chromium: a link teacher holds the seat for School S in a partnership,
 * leaves S for School R, and the seat, the handover, the successor and the history all follow.
 */
class StaffMoveJourneyTest extends BrowserTestSupport {

    private static final String PASSWORD = "Quiet-Lighthouse-42";
    private static final String TEACHER = "Tamsin Linkteacher";
    private static final String COLLEAGUE = "Colin Colleague";

    @Autowired
    GroupService groups;
    @Autowired
    SeatService seats;
    @Autowired
    PartnershipRecordService record;
    @Autowired
    PeopleService people;
    @Autowired
    InstitutionService institutions;
    @Autowired
    AccountProvisioning accounts;

    @Test
    void aLinkTeacherMovesSchoolAndHandsTheSeatOn() {
        // School S, School R and a university; the link teacher and a colleague at S, a tutor at the university
        var schoolS = ProfileFixtures.institution(institutions, "Sandford Primary", Sector.PRIMARY_SCHOOL);
        var schoolR = ProfileFixtures.institution(institutions, "Ridgeway Primary", Sector.PRIMARY_SCHOOL);
        var university = ProfileFixtures.institution(institutions, "University of Moorgate", Sector.UNIVERSITY);
        Someone teacher = person(TEACHER, schoolS.id());
        Someone colleague = person(COLLEAGUE, schoolS.id());
        Someone tutor = person("Tara Tutor", university.id());
        long groupId = as(tutor.email(), "MEMBER", () -> groups.create(new GroupDraft(GroupKind.PARTNERSHIP,
                "Moorgate and Sandford Science Partnership", "Science outreach for **Year 5**.", null,
                GroupVisibility.MEMBERS_ONLY, JoinPolicy.REQUEST, null, List.of(university.id(), schoolS.id()),
                Set.of("stem-outreach"), Set.of("primary"), Set.of(), null, university.id()))).id();
        long seatId = as(tutor.email(), "MEMBER", () -> {
            var seat = seats.createSeat(groupId, new NewSeat(schoolS.id(), "Link teacher", "link-teacher", null));
            seats.assign(groupId, seat.id(), new NewAssignment(teacher.personId(), SeatAssignment.Kind.HOLDER,
                    LocalDate.now().minusYears(2)));
            return seat.id();
        });
        // an earlier contribution of the teacher: a meeting she logged
        as(teacher.email(), "MEMBER", () -> record.addMeeting(groupId, new NewMeeting(LocalDate.now().minusMonths(3),
                "Science day planning", "Booked the labs for **March**.", Set.of(teacher.personId(), tutor.personId()))));

        // 1. the teacher ends her affiliation with S on her profile and starts at R
        login(teacher.email());
        page.navigate(url("profile"));
        settle();
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("End affiliation at " + schoolS.name())).click();
        settle();
        as(teacher.email(), "MEMBER", () -> people.addAffiliation(teacher.personId(),
                new NewAffiliation(schoolR.id(), "Year 6 teacher", LocalDate.now(), null)));

        // 2. the seat shows vacant, last held by her, now at R
        String vacant = "Vacant \u2014 last held by " + TEACHER + " (now at " + schoolR.name() + ")";
        page.navigate(url("groups/" + groupId + "?tab=members"));
        settle();
        eventually(() -> page.getByText(vacant));

        // 3. she writes the handover note and nominates her colleague from S
        page.navigate(url("handovers"));
        settle();
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName(Pattern.compile("Link teacher"))).first().click();
        settle();
        textbox("Live agreements").fill("Placement agreement with Moorgate runs to July.");
        textbox("Partner contacts").fill("Tara Tutor at the university plans the science days.");
        textbox("Yearly calendar").fill("Science week in March.");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Save note")).click();
        settle();
        assertThat(page.getByText("The handover note has been saved.").first()).isVisible();
        Locator successor = page.getByLabel("Successor from " + schoolS.name());
        successor.click();
        successor.pressSequentially("Colin");
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(COLLEAGUE))
                .first().click();
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Nominate")).click();
        settle();
        assertThat(page.getByText(COLLEAGUE + " has been nominated.").first()).isVisible();
        String handoverUrl = page.url();
        logout();

        // 4. the colleague accepts and reads the note
        login(colleague.email());
        page.navigate(handoverUrl);
        settle();
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Accept and take the seat")).click();
        settle();
        assertThat(page.getByText("You now hold the seat.").first()).isVisible();
        assertThat(page.getByText("Placement agreement with Moorgate runs to July.")).isVisible();
        assertThat(page.getByText("Science week in March.")).isVisible();

        // 5. the group history shows all of it, with the teacher's own steps attributed to her
        page.navigate(url("groups/" + groupId + "?tab=timeline"));
        settle();
        Locator timeline = page.locator("main");
        String seat = "the seat Link teacher (" + schoolS.name() + ")";
        for (String entry : List.of(
                "The assignment of " + TEACHER + " to " + seat + " ended.",
                "The handover of " + seat + " from " + TEACHER + " started.",
                TEACHER + " wrote the handover note for " + seat + ".",
                TEACHER + " nominated " + COLLEAGUE + " to take over " + seat + ".",
                COLLEAGUE + " took over " + seat + ".")) {
            assertThat(timeline.getByText(entry, new Locator.GetByTextOptions().setExact(false)).first()).isVisible();
        }
        page.navigate(url("groups/" + groupId + "?tab=members"));
        settle();
        assertThat(page.getByText(COLLEAGUE).first()).isVisible();

        // 6. her earlier contributions stay hers: the meeting she logged, the former seat on her profile
        page.navigate(url("groups/" + groupId + "?tab=meetings"));
        settle();
        assertThat(page.getByText("Science day planning").first()).isVisible();
        assertThat(page.locator("main").getByText(TEACHER).first()).isVisible();
        page.navigate(url("people/" + teacher.personId()));
        settle();
        assertThat(page.locator("body")).containsText("Link teacher \u2014 " + schoolS.name());
        assertThat(page.locator("body")).containsText("Seat holder");

        // 7. the finder shows her "formerly at S"
        page.navigate(url("people?q=Linkteacher"));
        settle();
        eventually(() -> page.getByText("Formerly at " + schoolS.name()));
        assertThat(page.getByText(schoolR.name()).first()).isVisible();
    }

    private Someone person(String name, long institutionId) {
        Someone someone = ProfileFixtures.person(accounts, people, name);
        as(someone.email(), "MEMBER", () -> people.addAffiliation(someone.personId(),
                new NewAffiliation(institutionId, "Teacher", LocalDate.now().minusYears(5), null)));
        return someone;
    }

    private void login(String email) {
        page.navigate(url("login"));
        page.locator("input[name=username]").fill(email);
        page.locator("input[name=password]").fill(PASSWORD);
        page.locator("vaadin-button[slot=submit], vaadin-login-form vaadin-button").first().click();
        page.waitForLoadState();
        settle();
    }

    private Locator textbox(String name) {
        return page.getByRole(AriaRole.TEXTBOX, new GetByRoleOptions().setName(name).setExact(true));
    }

    private void logout() {
        page.context().clearCookies();
    }

    /** Reloads until the asynchronous listeners have caught up and the text shows (up to 20 s). */
    private void eventually(java.util.function.Supplier<Locator> locator) {
        long deadline = System.currentTimeMillis() + 20_000;
        while (true) {
            if (locator.get().count() > 0 && locator.get().first().isVisible()) {
                return;
            }
            if (System.currentTimeMillis() > deadline) {
                assertThat(locator.get().first()).isVisible();
                return;
            }
            page.waitForTimeout(500);
            page.reload();
            settle();
        }
    }
}
