package org.thirdspace.groups.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.thirdspace.people.ProfileFixtures.institution;
import static org.thirdspace.people.ProfileFixtures.person;
import static org.thirdspace.people.ProfileFixtures.since;
import static org.thirdspace.security.TestAccounts.as;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.QueryParameters;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.thirdspace.groups.GroupDetails;
import org.thirdspace.groups.GroupDraft;
import org.thirdspace.groups.GroupKind;
import org.thirdspace.groups.GroupSearch;
import org.thirdspace.groups.GroupSearchQuery;
import org.thirdspace.groups.GroupService;
import org.thirdspace.groups.GroupSummary;
import org.thirdspace.groups.GroupVisibility;
import org.thirdspace.groups.Handover;
import org.thirdspace.groups.HandoverService;
import org.thirdspace.groups.JoinPolicy;
import org.thirdspace.groups.NewAssignment;
import org.thirdspace.groups.NewSeat;
import org.thirdspace.groups.Seat;
import org.thirdspace.groups.SeatAssignment;
import org.thirdspace.groups.SeatService;
import org.thirdspace.groups.ui.GroupForm.InstitutionChoice;
import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.institutions.InstitutionSummary;
import org.thirdspace.people.AffiliationSummary;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.ProfileFixtures.Someone;
import org.thirdspace.people.ui.ProfileView;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.security.TestAccounts;
import org.thirdspace.shared.Sector;
import org.thirdspace.testsupport.IntegrationTest;

/**
 * The group views without a browser, on the real services, database and search index: privacy in
 * browsing and on the group page, creating a group through the editor, a vacant seat after its
 * holder moved, a nominee accepting a handover, and a former seat on the holder's profile.
 */
@IntegrationTest
@ViewPackages(packages = "org.thirdspace")
class GroupViewsTest extends SpringBrowserlessTest {

    static final String PASSWORD = "Thistle-Meteor-Basket-5";

    @Autowired
    GroupService groups;
    @Autowired
    SeatService seats;
    @Autowired
    HandoverService handovers;
    @Autowired
    GroupSearch search;
    @Autowired
    PeopleService people;
    @Autowired
    InstitutionService institutions;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    TestAccounts testAccounts;
    @Autowired
    Clock clock;

    private static String token() {
        StringBuilder sb = new StringBuilder("zg");
        for (int i = 0; i < 8; i++) {
            sb.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return sb.toString();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A person working at the institution since September 2021. */
    private AffiliationSummary worksAt(Someone someone, InstitutionSummary at, String jobTitle) {
        return as(someone.email(), "MEMBER", () -> people.addAffiliation(someone.personId(),
                since(at.id(), jobTitle, LocalDate.of(2021, 9, 1))));
    }

    private static GroupDraft draft(GroupKind kind, String name, GroupVisibility visibility, List<Long> owners,
            Long onBehalfOf) {
        return new GroupDraft(kind, name, "We work on *" + name + "* together.", null, visibility,
                JoinPolicy.REQUEST, null, owners, Set.of(), Set.of(), Set.of(), null, onBehalfOf);
    }

    private GroupDetails create(Someone creator, GroupDraft draft) {
        return as(creator.email(), "MEMBER", () -> groups.create(draft));
    }

    private String text(String id) {
        return $(Paragraph.class).withId(id).single().getElement().getTextRecursively();
    }

    // ------------------------------------------------------------------ privacy

    @Test
    @WithMockUser(username = "listing.viewer@groups-ui.test", roles = "MEMBER")
    void browsingShowsAPublicGroupButNotAPrivateOneToANonMember() {
        testAccounts.verified("listing.viewer@groups-ui.test", "Vic Lister", PASSWORD);
        String token = token();
        Someone owner = person(accounts, people, "Otto Owner");
        InstitutionSummary school = institution(institutions, "Browse Primary", Sector.PRIMARY_SCHOOL);
        worksAt(owner, school, "Head teacher");
        create(owner, draft(GroupKind.NETWORK, "Open " + token + " network", GroupVisibility.PUBLIC,
                List.of(school.id()), school.id()));
        create(owner, draft(GroupKind.NETWORK, "Hidden " + token + " circle", GroupVisibility.PRIVATE,
                List.of(school.id()), school.id()));
        // both are indexed (the owner finds both) before the non-member looks
        await().atMost(Duration.ofSeconds(30)).until(() -> as(owner.email(), "MEMBER",
                () -> search.search(GroupSearchQuery.text(token)).total()) == 2);

        UI.getCurrent().navigate(GroupsView.class, QueryParameters.of("q", token));
        GroupsView view = (GroupsView) getCurrentView();
        String results = view.results.getElement().getTextRecursively();
        assertThat(results).contains("Open " + token + " network").doesNotContain("Hidden");
        assertThat(view.status.getText()).isEqualTo("1 group found");
        assertThat(view.search.getValue()).isEqualTo(token);
        assertThat(view.facets.get("kind").getItemLabelGenerator().apply("network")).isEqualTo("Network (1)");
    }

    @Test
    @WithMockUser(username = "private.viewer@groups-ui.test", roles = "MEMBER")
    void aPrivateGroupIsNotFoundForANonMemberAndShownToAMember() {
        testAccounts.verified("private.viewer@groups-ui.test", "Pia Private", PASSWORD);
        long me = people.myPersonId().orElseThrow();
        Someone meAsSomeone = new Someone("private.viewer@groups-ui.test", 0, me);
        Someone other = person(accounts, people, "Ravi Other");
        InstitutionSummary college = institution(institutions, "Private College", Sector.COLLEGE);
        worksAt(other, college, "Lecturer");
        worksAt(meAsSomeone, college, "Lecturer");
        GroupDetails theirs = create(other, draft(GroupKind.PROJECT, "Their secret project", GroupVisibility.PRIVATE,
                List.of(college.id()), college.id()));
        GroupDetails mine = create(meAsSomeone, draft(GroupKind.PROJECT, "My quiet project",
                GroupVisibility.PRIVATE, List.of(college.id()), college.id()));

        UI.getCurrent().navigate("groups/" + theirs.id());
        assertThat($(H1.class).single().getText()).isEqualTo("Group not found");
        assertThat(getCurrentView().getElement().getTextRecursively()).doesNotContain("Their secret project")
                .contains("There is no such group, or you cannot see it.");

        UI.getCurrent().navigate("groups/" + theirs.id(), QueryParameters.of("tab", GroupView.MEMBERS));
        assertThat($(H1.class).single().getText()).isEqualTo("Group not found");

        UI.getCurrent().navigate("groups/" + mine.id());
        GroupView view = (GroupView) getCurrentView();
        assertThat(view.heading.getText()).isEqualTo("My quiet project");
        assertThat($(OverviewTab.class).single().getElement().getTextRecursively()).contains("Private College",
                "You are a member of this group (Facilitator).");
        assertThat($(com.vaadin.flow.component.html.Div.class).withClassName("ts-group-markdown").first().getElement()
                .getProperty("innerHTML")).contains("We work on <em>My quiet project</em>");
        assertThat(view.current.getTabCount()).isEqualTo(6);

        // the groups page lists the user's own groups first, and never the ones they may not see
        UI.getCurrent().navigate(GroupsView.class);
        String mineText = getCurrentView().getElement().getTextRecursively();
        assertThat(mineText).contains("Your groups", "My quiet project").doesNotContain("Their secret project");
    }

    @Test
    void visitorsSeeAPublicGroupAndAreAskedToLogInToJoin() {
        Someone owner = person(accounts, people, "Vic Owner");
        InstitutionSummary school = institution(institutions, "Visitor Primary", Sector.PRIMARY_SCHOOL);
        worksAt(owner, school, "Head teacher");
        GroupDetails open = create(owner, draft(GroupKind.COMMUNITY_OF_PRACTICE, "Visitor " + token() + " circle",
                GroupVisibility.PUBLIC, List.of(school.id()), school.id()));
        GroupDetails members = create(owner, draft(GroupKind.COMMUNITY_OF_PRACTICE, "Members " + token() + " circle",
                GroupVisibility.MEMBERS_ONLY, List.of(school.id()), school.id()));

        UI.getCurrent().navigate("groups/" + open.id());
        GroupView view = (GroupView) getCurrentView();
        assertThat(view.heading.getText()).isEqualTo(open.name());
        assertThat(view.current.getTabCount()).isEqualTo(2);
        assertThat($(OverviewTab.class).single().getElement().getTextRecursively())
                .contains("Log in to join this group or ask to join.");

        UI.getCurrent().navigate("groups/" + members.id());
        assertThat($(H1.class).single().getText()).isEqualTo("Group not found");

        GroupsView browse = navigate(GroupsView.class);
        assertThat(browse.newGroup.isVisible()).isFalse();
    }

    // ------------------------------------------------------------------ editor

    @Test
    @WithMockUser(username = "editor.viewer@groups-ui.test", roles = "MEMBER")
    void createsAGroupThroughTheEditor() {
        testAccounts.verified("editor.viewer@groups-ui.test", "Eli Editor", PASSWORD);
        long me = people.myPersonId().orElseThrow();
        InstitutionSummary school = institution(institutions, "Editor Academy", Sector.SECONDARY_SCHOOL);
        InstitutionSummary university = institution(institutions, "Editor University", Sector.UNIVERSITY);
        worksAt(new Someone("editor.viewer@groups-ui.test", 0, me), school, "ITE coordinator");
        String name = "Editor " + token() + " partnership";

        GroupEditorView view = navigate(GroupEditorView.class);
        GroupForm form = view.form;
        assertThat(form.onBehalfOf.getValue()).extracting(InstitutionChoice::id).isEqualTo(school.id());
        test(form.kind).selectItem("Partnership");
        test($(Button.class).withText("Save group").single()).click();
        assertThat(form.name.isInvalid()).isTrue();
        assertThat(form.name.getErrorMessage()).isEqualTo("Give the group a name of at most 150 characters.");
        assertThat(form.owners.isInvalid()).isTrue();
        assertThat(form.owners.getErrorMessage()).isEqualTo("A partnership is owned by at least two institutions.");

        test(form.name).setValue(name);
        test(form.purpose).setValue("Placements and joint research in **science**.");
        form.owners.setValue(Set.of(new InstitutionChoice(school.id(), school.name(), null),
                new InstitutionChoice(university.id(), university.name(), null)));
        test($(Button.class).withText("Save group").single()).click();

        GroupView page = (GroupView) getCurrentView();
        assertThat(page.heading.getText()).isEqualTo(name);
        GroupSummary created = groups.myGroups().stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow();
        assertThat(created.kind()).isEqualTo(GroupKind.PARTNERSHIP);
        assertThat(created.institutions()).extracting(o -> o.id()).containsExactlyInAnyOrder(school.id(), university.id());
        assertThat(groups.permissions(created.id()).manage()).isTrue();
    }

    // ------------------------------------------------------------------ seats and handovers

    record Move(Someone facilitator, Someone teacher, InstitutionSummary school, InstitutionSummary moveTo,
            GroupDetails group, Seat seat) {
    }

    /** A partnership of a school and a university; the teacher holds the school's seat since 2021. */
    private Move partnershipWithSeat(String prefix) {
        Someone facilitator = person(accounts, people, "Fay Facilitator");
        Someone teacher = person(accounts, people, "Theo Teacher");
        InstitutionSummary school = institution(institutions, prefix + " Primary", Sector.PRIMARY_SCHOOL);
        InstitutionSummary university = institution(institutions, prefix + " University", Sector.UNIVERSITY);
        InstitutionSummary moveTo = institution(institutions, prefix + " Secondary", Sector.SECONDARY_SCHOOL);
        worksAt(facilitator, university, "Link tutor");
        worksAt(teacher, school, "Link teacher");
        GroupDetails group = create(facilitator, draft(GroupKind.PARTNERSHIP, prefix + " " + token() + " partnership",
                GroupVisibility.PUBLIC, List.of(school.id(), university.id()), university.id()));
        Seat seat = as(facilitator.email(), "MEMBER", () -> seats.createSeat(group.id(),
                new NewSeat(school.id(), "Link teacher", null, null)));
        as(facilitator.email(), "MEMBER", () -> seats.assign(group.id(), seat.id(),
                new NewAssignment(teacher.personId(), SeatAssignment.Kind.HOLDER, LocalDate.of(2021, 9, 1))));
        return new Move(facilitator, teacher, school, moveTo, group, seat);
    }

    /** The teacher starts at another school and leaves theirs: the seat's handover starts by itself. */
    private Seat teacherMoves(Move m) {
        AffiliationSummary atSchool = as(m.teacher().email(), "MEMBER",
                () -> people.find(m.teacher().personId()).orElseThrow().current().stream()
                        .filter(a -> a.institutionId() == m.school().id()).findFirst().orElseThrow());
        as(m.teacher().email(), "MEMBER", () -> people.addAffiliation(m.teacher().personId(),
                since(m.moveTo().id(), "Teacher", today())));
        as(m.teacher().email(), "MEMBER", () -> people.endAffiliation(m.teacher().personId(), atSchool.id(), today()));
        return await().atMost(Duration.ofSeconds(30)).until(() -> as(m.facilitator().email(), "MEMBER",
                () -> seats.seats(m.group().id()).stream().filter(s -> s.id() == m.seat().id()).findFirst()
                        .orElseThrow()), s -> s.vacant() && s.lastHolder() != null);
    }

    @Test
    @WithMockUser(username = "seat.viewer@groups-ui.test", roles = "MEMBER")
    void aVacantSeatShowsWhoLastHeldItAndWhereTheyAreNow() {
        testAccounts.verified("seat.viewer@groups-ui.test", "Sam Seats", PASSWORD);
        Move m = partnershipWithSeat("Vacancy");
        teacherMoves(m);

        UI.getCurrent().navigate("groups/" + m.group().id(), QueryParameters.of("tab", GroupView.MEMBERS));
        GroupView view = (GroupView) getCurrentView();
        assertThat(view.selectedTab()).isEqualTo(GroupView.MEMBERS);
        assertThat(text("seat-" + m.seat().id() + "-holder"))
                .isEqualTo("Vacant \u2014 last held by Theo Teacher (now at " + m.moveTo().name() + ")");
        assertThat(text("seat-" + m.seat().id() + "-deputy")).isEqualTo("No deputy");
    }

    @Test
    @WithMockUser(username = "nominee@groups-ui.test", roles = "MEMBER")
    void theNomineeAcceptsAHandoverOnItsPage() {
        testAccounts.verified("nominee@groups-ui.test", "Nina Nominee", PASSWORD);
        long me = people.myPersonId().orElseThrow();
        Move m = partnershipWithSeat("Handover");
        worksAt(new Someone("nominee@groups-ui.test", 0, me), m.school(), "Teacher");
        Handover started = as(m.facilitator().email(), "MEMBER", () -> handovers.start(m.group().id(), m.seat().id()));
        as(m.facilitator().email(), "MEMBER", () -> handovers.nominate(started.id(), me));

        UI.getCurrent().navigate("handovers/" + started.id());
        HandoverView view = (HandoverView) getCurrentView();
        assertThat(view.heading.getText()).contains("Link teacher", m.school().name());
        assertThat(view.getElement().getTextRecursively()).contains("You have been nominated");
        test($(Button.class).withText("Accept and take the seat").single()).click();

        assertThat(view.status.getText()).isEqualTo("You now hold the seat. The group\u2019s contacts have been told.");
        assertThat($(Button.class).withText("Accept and take the seat").exists()).isFalse();
        assertThat(handovers.handover(started.id()).status()).isEqualTo(Handover.Status.ACCEPTED);
        Seat seat = seats.seats(m.group().id()).stream().filter(s -> s.id() == m.seat().id()).findFirst().orElseThrow();
        assertThat(seat.holder()).isNotNull();
        assertThat(seat.holder().personId()).isEqualTo(me);
    }

    @Test
    @WithMockUser(username = "profile.viewer@groups-ui.test", roles = "MEMBER")
    void theProfileOfSomeoneWhoMovedStillShowsTheirFormerSeat() {
        testAccounts.verified("profile.viewer@groups-ui.test", "Pat Profile", PASSWORD);
        Move m = partnershipWithSeat("Profile");
        teacherMoves(m);

        UI.getCurrent().navigate(ProfileView.class, m.teacher().personId());
        UnorderedList former = $(UnorderedList.class).withId("former-contributions").single();
        assertThat(former.getElement().getTextRecursively())
                .contains("Link teacher \u2014 " + m.school().name() + ", " + m.group().name())
                .contains("2021\u2013" + today().getYear());
    }

    // ------------------------------------------------------------------ a facilitator's tour

    @Test
    @WithMockUser(username = "facilitator@groups-ui.test", roles = "MEMBER")
    void aFacilitatorLogsAMeetingRecordsAReviewAndStartsAHandover() {
        testAccounts.verified("facilitator@groups-ui.test", "Fran Facilitator", PASSWORD);
        long me = people.myPersonId().orElseThrow();
        Someone facilitator = new Someone("facilitator@groups-ui.test", 0, me);
        Someone teacher = person(accounts, people, "Tess Teacher");
        InstitutionSummary school = institution(institutions, "Tour Primary", Sector.PRIMARY_SCHOOL);
        InstitutionSummary university = institution(institutions, "Tour University", Sector.UNIVERSITY);
        worksAt(facilitator, university, "Link tutor");
        worksAt(teacher, school, "Link teacher");
        GroupDetails group = create(facilitator, draft(GroupKind.PARTNERSHIP, "Tour " + token() + " partnership",
                GroupVisibility.PUBLIC, List.of(school.id(), university.id()), university.id()));
        Seat seat = as(facilitator.email(), "MEMBER", () -> seats.createSeat(group.id(),
                new NewSeat(school.id(), "Link teacher", null, null)));
        as(facilitator.email(), "MEMBER", () -> seats.assign(group.id(), seat.id(),
                new NewAssignment(teacher.personId(), SeatAssignment.Kind.HOLDER, LocalDate.of(2022, 1, 10))));

        UI.getCurrent().navigate("groups/" + group.id(), QueryParameters.of("tab", GroupView.MEETINGS));
        MeetingsTab meetings = $(MeetingsTab.class).single();
        test($(Button.class).withText("Log meeting").single()).click();
        assertThat(meetings.title.isInvalid()).isTrue();
        test(meetings.title).setValue("Autumn planning");
        test(meetings.notes).setValue("Agreed the **placement** calendar.");
        test($(Button.class).withText("Log meeting").single()).click();
        assertThat(meetings.log.getElement().getTextRecursively()).contains("Autumn planning");
        assertThat($(com.vaadin.flow.component.html.Div.class).from(meetings.log).withClassName("ts-group-markdown")
                .single().getElement().getProperty("innerHTML")).contains("<strong>placement</strong>");

        UI.getCurrent().navigate("groups/" + group.id(), QueryParameters.of("tab", GroupView.RECORD));
        RecordTab record = $(RecordTab.class).single();
        test($(Button.class).withText("Save self-review").single()).click();
        assertThat(record.scores.values()).allMatch(r -> r.isInvalid());
        record.scores.values().forEach(r -> test(r).selectItem("3 \u2013 good"));
        test(record.scores.get(org.thirdspace.groups.CoreComponent.VISION)).selectItem("4 \u2013 strong");
        test($(Button.class).withText("Save self-review").single()).click();
        RecordTab after = $(RecordTab.class).single();
        assertThat($(com.vaadin.flow.component.html.NativeTable.class).withId("review-scores").single().getElement()
                .getTextRecursively()).contains("Vision4", "Communications3");
        assertThat(after.getElement().toString()).contains("review-chart");

        UI.getCurrent().navigate("groups/" + group.id(), QueryParameters.of("tab", GroupView.TIMELINE));
        assertThat($(TimelineTab.class).single().entries.getElement().getTextRecursively())
                .contains("Fran Facilitator created the group.")
                .contains("Fran Facilitator logged the meeting \u201cAutumn planning\u201d.")
                .contains("Fran Facilitator recorded a self-review.");

        UI.getCurrent().navigate("groups/" + group.id(), QueryParameters.of("tab", GroupView.MEMBERS));
        assertThat(text("seat-" + seat.id() + "-holder")).startsWith("Held by Tess Teacher since");
        test($(Button.class).withText("Start handover").single()).click();
        HandoverView handover = (HandoverView) getCurrentView();
        test(handover.noteFields.get("liveAgreements")).setValue("Two **placements** each spring.");
        assertThat($(com.vaadin.flow.component.html.Div.class).withId("preview-liveAgreements").single().getElement()
                .getProperty("innerHTML")).contains("<strong>placements</strong>");
        test($(Button.class).withText("Save note").single()).click();
        assertThat(handover.status.getText()).isEqualTo("The handover note has been saved.");

        navigate(MyHandoversView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Link teacher", group.name());
        navigate(FacilitatorDashboardView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains(group.name(), "Open handovers");
    }
}
