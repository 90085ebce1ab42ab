package org.thirdspace.groups.ui;

import java.util.List;
import java.util.function.Consumer;

import org.thirdspace.groups.GroupDetails;
import org.thirdspace.groups.GroupException;
import org.thirdspace.groups.GroupPermissions;
import org.thirdspace.groups.GroupService;
import org.thirdspace.groups.HandoverService;
import org.thirdspace.groups.PartnershipRecordService;
import org.thirdspace.groups.SeatService;
import org.thirdspace.finder.PeopleFinder;
import org.thirdspace.finder.Viewers;
import org.thirdspace.people.AffiliationSummary;
import org.thirdspace.people.PeopleService;
import org.thirdspace.vocabularies.Vocabularies;

/**
 * What the tabs of one group page share: the group as the user sees it, the services, texts,
 * and how to reload the page or switch tab after an action.
 */
final class GroupPage {

    final GroupDetails group;
    final GroupTexts texts;
    final GroupService groups;
    final SeatService seats;
    final HandoverService handovers;
    final PartnershipRecordService records;
    final PeopleService people;
    final PeopleFinder finder;
    final Viewers viewers;
    final Vocabularies vocabularies;
    final boolean authenticated;
    private final Runnable reload;
    private final Consumer<String> showTab;

    GroupPage(GroupDetails group, GroupTexts texts, GroupService groups, SeatService seats, HandoverService handovers,
            PartnershipRecordService records, PeopleService people, PeopleFinder finder, Viewers viewers,
            Vocabularies vocabularies, boolean authenticated, Runnable reload, Consumer<String> showTab) {
        this.group = group;
        this.texts = texts;
        this.groups = groups;
        this.seats = seats;
        this.handovers = handovers;
        this.records = records;
        this.people = people;
        this.finder = finder;
        this.viewers = viewers;
        this.vocabularies = vocabularies;
        this.authenticated = authenticated;
        this.reload = reload;
        this.showTab = showTab;
    }

    long id() {
        return group.id();
    }

    GroupPermissions permissions() {
        return group.permissions() == null ? GroupPermissions.VISITOR : group.permissions();
    }

    boolean member() {
        return permissions().member();
    }

    boolean manage() {
        return permissions().manage();
    }

    /** Reloads the whole page, keeping the tab. */
    void reload() {
        reload.run();
    }

    void showTab(String tab) {
        showTab.accept(tab);
    }

    /** Shows a service error as a notification (for actions without a field of their own). */
    void error(GroupException e) {
        Parts.error(texts.errorMessage(e));
    }

    /** The current user's current affiliations (for "on behalf of"). */
    List<AffiliationSummary> myCurrentAffiliations() {
        return people.myPersonId().flatMap(people::find).map(p -> p.current()).orElse(List.of());
    }

    Long myPersonId() {
        return people.myPersonId().orElse(null);
    }
}
