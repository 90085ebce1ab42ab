package org.thirdspace.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.thirdspace.demo.DemoDataGenerator.DemoPerson;
import org.thirdspace.demo.DemoDataGenerator.Population;
import org.thirdspace.groups.CoreComponent;
import org.thirdspace.groups.GroupDraft;
import org.thirdspace.groups.GroupImport;
import org.thirdspace.groups.GroupKind;
import org.thirdspace.groups.GroupRole;
import org.thirdspace.groups.GroupVisibility;
import org.thirdspace.groups.HandoverNote;
import org.thirdspace.groups.ImportedGroup;
import org.thirdspace.groups.ImportedGroup.ImportedAssignment;
import org.thirdspace.groups.ImportedGroup.ImportedHandover;
import org.thirdspace.groups.ImportedGroup.ImportedMeeting;
import org.thirdspace.groups.ImportedGroup.ImportedMember;
import org.thirdspace.groups.ImportedGroup.ImportedReview;
import org.thirdspace.groups.ImportedGroup.ImportedSeat;
import org.thirdspace.groups.JoinPolicy;
import org.thirdspace.groups.ModelLevel;
import org.thirdspace.groups.NewSelfReview;
import org.thirdspace.groups.SeatAssignment;
import org.thirdspace.groups.SeatAssignment.EndReason;
import org.thirdspace.groups.Stage;
import org.thirdspace.institutions.InstitutionSummary;
import org.thirdspace.shared.Sector;

/**
 * Demo groups: partnerships between a university and nearby schools, regional networks,
 * communities of practice, projects inside partnerships and mentor "buddy" pairs — with seats held
 * and deputised, past holders who moved on, vacancies, open (some overdue) handovers,
 * self-reviews over the years and a meetings log. Deterministic for a given seed.
 */
@Component
class DemoGroups {

    static final int PARTNERSHIPS = 36;
    static final int NETWORKS = 12;
    static final int COMMUNITIES = 8;
    static final int PROJECTS = 10;
    static final int BUDDIES = 4;

    private final GroupImport imports;

    DemoGroups(GroupImport imports) {
        this.imports = imports;
    }

    /** A group the generator created: its id and what was imported (for the demo case studies). */
    record Created(long id, ImportedGroup group) {
    }

    /** Creates the demo groups; returns them in creation order. */
    List<Created> generate(Random random, Population population, LocalDate today) {
        var plan = new Plan(random, population, today);
        List<ImportedGroup> top = plan.topLevel();
        List<Long> ids = new ArrayList<>();
        for (int from = 0; from < top.size(); from += 10) {
            ids.addAll(imports.importGroups(top.subList(from, Math.min(top.size(), from + 10))));
        }
        List<ImportedGroup> children = plan.subgroups(ids);
        List<Long> childIds = imports.importGroups(children);
        var created = new ArrayList<Created>();
        for (int i = 0; i < top.size(); i++) {
            created.add(new Created(ids.get(i), top.get(i)));
        }
        for (int i = 0; i < children.size(); i++) {
            created.add(new Created(childIds.get(i), children.get(i)));
        }
        return created;
    }

    /** The drawing of one demo population's groups. */
    static final class Plan {

        private final Random random;
        private final LocalDate today;
        private final Map<Long, List<DemoPerson>> currentAt = new HashMap<>();
        private final Map<Long, List<DemoPerson>> formerlyAt = new HashMap<>();
        private final List<InstitutionSummary> universities;
        private final List<InstitutionSummary> schools;
        private final List<InstitutionSummary> others;
        private final List<DemoPerson> brokers;
        private final Map<String, DemoPerson> byEmail = new HashMap<>();
        /** partnerships drawn so far, for subgroups: index, owners and current members. */
        private final List<ImportedGroup> partnerships = new ArrayList<>();
        private final Set<String> names = new java.util.HashSet<>();

        Plan(Random random, Population population, LocalDate today) {
            this.random = random;
            this.today = today;
            for (DemoPerson p : population.persons()) {
                currentAt.computeIfAbsent(p.home().id(), k -> new ArrayList<>()).add(p);
                if (p.former() != null) {
                    formerlyAt.computeIfAbsent(p.former().id(), k -> new ArrayList<>()).add(p);
                }
                byEmail.put(p.email(), p);
            }
            universities = population.created().stream().filter(i -> i.sector() == Sector.UNIVERSITY)
                    .filter(i -> !currentAt.getOrDefault(i.id(), List.of()).isEmpty()).toList();
            schools = population.created().stream().filter(i -> i.sector().side() == Sector.Side.SCHOOL)
                    .filter(i -> currentAt.getOrDefault(i.id(), List.of()).size() >= 2).toList();
            others = population.created().stream().filter(i -> i.sector().side() == Sector.Side.OTHER)
                    .filter(i -> !currentAt.getOrDefault(i.id(), List.of()).isEmpty()).toList();
            brokers = population.persons().stream().filter(DemoPerson::broker).toList();
        }

        List<ImportedGroup> topLevel() {
            var result = new ArrayList<ImportedGroup>();
            if (universities.isEmpty() || schools.isEmpty()) {
                return result; // a population too small for groups
            }
            DemoPerson sam = byEmail.get("member@thirdspace.test");
            for (int i = 0; i < PARTNERSHIPS && !universities.isEmpty() && !schools.isEmpty(); i++) {
                var group = partnership(i, i == 0 ? sam : null);
                partnerships.add(group);
                result.add(group);
            }
            DemoPerson broker = byEmail.get("broker@thirdspace.test");
            for (int i = 0; i < NETWORKS; i++) {
                result.add(network(i, i < 3 ? broker : null));
            }
            DemoPerson moderator = byEmail.get("moderator@thirdspace.test");
            for (int i = 0; i < COMMUNITIES; i++) {
                result.add(community(i, i == 0 ? moderator : null));
            }
            return result;
        }

        // ------------------------------------------------------------------ partnerships

        private ImportedGroup partnership(int index, DemoPerson lead) {
            InstitutionSummary university = pick(universities);
            List<InstitutionSummary> owners = new ArrayList<>();
            if (lead != null && lead.home().sector() == Sector.UNIVERSITY) {
                university = lead.home();
            }
            owners.add(university);
            if (lead != null && lead.home().sector() != Sector.UNIVERSITY) {
                owners.add(lead.home());
            }
            InstitutionSummary anchor = university;
            List<InstitutionSummary> near = schools.stream()
                    .filter(s -> s.region() == anchor.region() && !owners.contains(s)).toList();
            List<InstitutionSummary> pool = near.size() >= 2 ? near : schools;
            int schoolCount = owners.size() > 1 ? random.nextInt(2) : 1 + random.nextInt(2);
            for (int n = 0; n < schoolCount; n++) {
                InstitutionSummary s = pick(pool);
                if (!owners.contains(s)) {
                    owners.add(s);
                }
            }
            if (owners.size() < 2) {
                owners.add(schools.stream().filter(s -> !owners.contains(s)).findFirst().orElseThrow());
            }
            InstitutionSummary school = owners.get(1);
            String topic = pick(DemoTexts.PARTNERSHIP_TOPICS);
            String name = shortName(university) + " and " + shortName(school) + " " + topic.split("\\|")[0]
                    + " Partnership";
            Stage stage = stage();
            var builder = new GroupBuilder(name, GroupKind.PARTNERSHIP, owners, topic, stage);
            for (InstitutionSummary owner : owners) {
                builder.seatsFor(owner, lead);
            }
            builder.extraMembers(owners, 1 + random.nextInt(3));
            if (!brokers.isEmpty() && random.nextDouble() < 0.3) {
                builder.member(pick(brokers), GroupRole.MEMBER, null, builder.createdOn.plusDays(60));
            }
            if (lead != null) {
                builder.nominateSuccessor(lead);
            }
            builder.reviews(stage == Stage.FORMING ? 0 : random.nextInt(5));
            builder.meetings(random.nextInt(7));
            return builder.build(visibility(index), lead);
        }

        private ImportedGroup network(int index, DemoPerson coFacilitator) {
            InstitutionSummary host = others.isEmpty() ? pick(universities) : pick(others);
            InstitutionSummary university = pick(universities);
            List<InstitutionSummary> owners = new ArrayList<>(List.of(host));
            if (!owners.contains(university)) {
                owners.add(university);
            }
            String topic = pick(DemoTexts.NETWORK_TOPICS);
            String name = regionName(university) + " " + topic.split("\\|")[0] + " Network";
            var builder = new GroupBuilder(name, GroupKind.NETWORK, owners, topic, stage());
            builder.seatsFor(host, null);
            builder.extraMembers(owners, 2);
            for (int n = 0; n < 4 + random.nextInt(8); n++) {
                InstitutionSummary s = pick(schools);
                builder.member(pick(currentAt.get(s.id())), GroupRole.MEMBER, s.id(),
                        builder.createdOn.plusDays(random.nextInt(400)));
            }
            if (coFacilitator != null) {
                builder.member(coFacilitator, GroupRole.CO_FACILITATOR, null, builder.createdOn.plusDays(20));
            }
            builder.reviews(random.nextInt(3));
            builder.meetings(2 + random.nextInt(5));
            return builder.build(index % 4 == 3 ? GroupVisibility.MEMBERS_ONLY : GroupVisibility.PUBLIC, null);
        }

        private ImportedGroup community(int index, DemoPerson member) {
            InstitutionSummary host = index % 2 == 0 || others.isEmpty() ? pick(universities) : pick(others);
            String topic = pick(DemoTexts.COMMUNITY_TOPICS);
            String name = topic.split("\\|")[0] + " Community of Practice";
            var builder = new GroupBuilder(name, GroupKind.COMMUNITY_OF_PRACTICE, List.of(host), topic, stage());
            builder.seatsFor(host, null);
            for (int n = 0; n < 8 + random.nextInt(14); n++) {
                InstitutionSummary s = random.nextDouble() < 0.7 ? pick(schools) : pick(universities);
                builder.member(pick(currentAt.get(s.id())), GroupRole.MEMBER, s.id(),
                        builder.createdOn.plusDays(random.nextInt(500)));
            }
            if (member != null) {
                builder.member(member, GroupRole.MEMBER, null, builder.createdOn.plusDays(30));
            }
            builder.meetings(1 + random.nextInt(4));
            return builder.build(GroupVisibility.PUBLIC, null);
        }

        /** Projects inside partnerships and buddy pairs, once the partnerships have ids. */
        List<ImportedGroup> subgroups(List<Long> topIds) {
            var result = new ArrayList<ImportedGroup>();
            for (int i = 0; i < PROJECTS + BUDDIES && i < partnerships.size(); i++) {
                ImportedGroup parent = partnerships.get((i * 3) % partnerships.size());
                long parentId = topIds.get(partnerships.indexOf(parent));
                List<ImportedMember> current = parent.members().stream().filter(m -> m.leftAt() == null).toList();
                if (current.size() < 2) {
                    continue;
                }
                boolean buddies = i >= PROJECTS;
                ImportedMember a = current.get(random.nextInt(current.size()));
                ImportedMember b = current.stream().filter(m -> m != a).skip(random.nextInt(current.size() - 1))
                        .findFirst().orElseThrow();
                LocalDate start = today.minusDays(30 + random.nextInt(500));
                Instant joined = start.atStartOfDay().toInstant(ZoneOffset.UTC);
                var members = new ArrayList<ImportedMember>();
                members.add(new ImportedMember(a.personId(), GroupRole.FACILITATOR, a.institutionId(), joined, null));
                members.add(new ImportedMember(b.personId(), buddies ? GroupRole.CO_FACILITATOR : GroupRole.MEMBER,
                        b.institutionId(), joined, null));
                if (!buddies) {
                    for (ImportedMember m : current) {
                        if (m != a && m != b && random.nextDouble() < 0.4) {
                            members.add(new ImportedMember(m.personId(), GroupRole.MEMBER, m.institutionId(),
                                    joined.plusSeconds(86_400L * random.nextInt(60)), null));
                        }
                    }
                }
                String topic = pick(DemoTexts.PROJECT_TOPICS);
                String name = buddies ? "Mentor buddies " + (i - PROJECTS + 1) + ": " + parent.draft().name()
                        .replace(" Partnership", "") : topic.split("\\|")[0] + " project " + start.getYear();
                var draft = new GroupDraft(GroupKind.PROJECT, trim(name, 150),
                        buddies ? DemoTexts.BUDDY_PURPOSE : purpose(topic), buddies ? null : pick(DemoTexts.NORMS),
                        buddies ? GroupVisibility.PRIVATE : parent.draft().visibility(), JoinPolicy.INVITATION,
                        parentId, parent.draft().institutionIds(), parent.draft().activities(),
                        parent.draft().phases(), parent.draft().regions(), null, null);
                result.add(new ImportedGroup(draft, joined, a.personId(), buddies ? Stage.DEVELOPING : stage(),
                        start, null, members, List.of(), List.of(), List.of()));
            }
            return result;
        }

        // ------------------------------------------------------------------ one group

        private final class GroupBuilder {

            final String name;
            final GroupKind kind;
            final List<InstitutionSummary> owners;
            final String topic;
            final Stage stage;
            final LocalDate createdOn;
            final Map<Long, ImportedMember> members = new LinkedHashMap<>();
            final List<ImportedSeat> seats = new ArrayList<>();
            final List<ImportedReview> reviews = new ArrayList<>();
            final List<ImportedMeeting> meetings = new ArrayList<>();
            DemoPerson facilitator;

            GroupBuilder(String name, GroupKind kind, List<InstitutionSummary> owners, String topic, Stage stage) {
                this.name = unique(trim(name, 140), owners.getFirst());
                this.kind = kind;
                this.owners = owners;
                this.topic = topic;
                this.stage = stage;
                this.createdOn = today.minusDays(stage == Stage.FORMING ? 20 + random.nextInt(200)
                        : 500 + random.nextInt(2200));
            }

            void member(DemoPerson person, GroupRole role, Long institutionId, LocalDate joinedOn) {
                LocalDate on = joinedOn.isAfter(today) ? today : joinedOn;
                members.putIfAbsent(person.personId(), new ImportedMember(person.personId(), role, institutionId,
                        on.atStartOfDay().toInstant(ZoneOffset.UTC), null));
            }

            void extraMembers(List<InstitutionSummary> at, int perInstitution) {
                for (InstitutionSummary i : at) {
                    List<DemoPerson> people = currentAt.getOrDefault(i.id(), List.of());
                    for (int n = 0; n < perInstitution && !people.isEmpty(); n++) {
                        member(pick(people), GroupRole.MEMBER, i.id(), createdOn.plusDays(random.nextInt(300)));
                    }
                }
            }

            /** One or two seats for the institution, with holders, deputies, past holders and vacancies. */
            void seatsFor(InstitutionSummary owner, DemoPerson lead) {
                boolean university = owner.sector() == Sector.UNIVERSITY;
                List<String[]> titles = new ArrayList<>();
                titles.add(university ? new String[] {"Link tutor", "link-tutor"}
                        : owner.sector().side() == Sector.Side.SCHOOL ? new String[] {"ITE coordinator", "ite-coordinator"}
                        : new String[] {"Partnership manager", "broker"});
                if (random.nextDouble() < 0.4 || lead != null) {
                    titles.add(university ? new String[] {"Subject tutor", "subject-tutor"}
                            : new String[] {"Link teacher", "link-teacher"});
                }
                List<DemoPerson> here = new ArrayList<>(currentAt.getOrDefault(owner.id(), List.of()));
                Collections.shuffle(here, random);
                if (lead != null && lead.home().id() == owner.id()) {
                    here.remove(lead);
                    here.addFirst(lead);
                }
                List<DemoPerson> gone = new ArrayList<>(formerlyAt.getOrDefault(owner.id(), List.of()));
                int next = 0;
                for (String[] title : titles) {
                    var assignments = new ArrayList<ImportedAssignment>();
                    ImportedHandover handover = null;
                    LocalDate holderFrom = createdOn;
                    // a past holder who left the institution
                    if (!gone.isEmpty() && random.nextDouble() < 0.5) {
                        DemoPerson past = gone.removeFirst();
                        LocalDate end = past.formerEndedOn();
                        LocalDate start = end.minusDays(300 + random.nextInt(900));
                        if (start.isBefore(createdOn)) {
                            start = createdOn;
                        }
                        if (end.isAfter(start)) {
                            assignments.add(new ImportedAssignment(past.personId(), SeatAssignment.Kind.HOLDER, start,
                                    end, EndReason.AFFILIATION_ENDED));
                            members.putIfAbsent(past.personId(), new ImportedMember(past.personId(), GroupRole.MEMBER,
                                    null, start.atStartOfDay().toInstant(ZoneOffset.UTC),
                                    random.nextBoolean() ? null : end.atStartOfDay().toInstant(ZoneOffset.UTC)));
                            holderFrom = end.plusDays(20 + random.nextInt(120));
                            if (holderFrom.isAfter(today)) {
                                holderFrom = today;
                            }
                        }
                    }
                    boolean leadSeat = lead != null && !here.isEmpty() && here.getFirst() == lead && next == 0;
                    double roll = random.nextDouble();
                    if (next >= here.size()) {
                        // nobody here to hold it: vacant
                    } else if (!leadSeat && roll < 0.08 && !assignments.isEmpty()) {
                        // vacant since the last holder left; their handover is still open
                        ImportedAssignment last = assignments.getLast();
                        handover = new ImportedHandover(last.personId(), last.endedOn(), partialNote(), null);
                    } else if (!leadSeat && roll < 0.16) {
                        // the holder stepped down recently and is writing the handover
                        DemoPerson leaving = here.get(next++);
                        LocalDate end = today.minusDays(5 + random.nextInt(50));
                        LocalDate from = holderFrom.isBefore(end) ? holderFrom : end.minusDays(200);
                        assignments.add(new ImportedAssignment(leaving.personId(), SeatAssignment.Kind.HOLDER, from,
                                end, EndReason.STEPPED_DOWN));
                        member(leaving, GroupRole.MEMBER, owner.id(), from);
                        handover = new ImportedHandover(leaving.personId(), end, partialNote(), null);
                    } else {
                        DemoPerson holder = here.get(next++);
                        LocalDate from = holderFrom.isBefore(holder.since()) ? holder.since() : holderFrom;
                        if (from.isAfter(today)) {
                            from = today;
                        }
                        assignments.add(new ImportedAssignment(holder.personId(), SeatAssignment.Kind.HOLDER, from,
                                null, null));
                        member(holder, facilitator == null ? GroupRole.FACILITATOR : GroupRole.MEMBER, owner.id(), from);
                        if (facilitator == null) {
                            facilitator = holder;
                        }
                        if (next < here.size() && random.nextDouble() < 0.55) {
                            DemoPerson deputy = here.get(next++);
                            LocalDate dFrom = from.plusDays(random.nextInt(200));
                            if (dFrom.isAfter(today)) {
                                dFrom = today;
                            }
                            assignments.add(new ImportedAssignment(deputy.personId(), SeatAssignment.Kind.DEPUTY,
                                    dFrom, null, null));
                            member(deputy, GroupRole.MEMBER, owner.id(), dFrom);
                        }
                    }
                    seats.add(new ImportedSeat(owner.id(), title[0], title[1], assignments, handover));
                }
            }

            /** A vacant seat at the lead's institution whose handover names the lead as successor. */
            void nominateSuccessor(DemoPerson lead) {
                List<DemoPerson> here = currentAt.getOrDefault(lead.home().id(), List.of()).stream()
                        .filter(p -> p != lead).toList();
                if (here.isEmpty()) {
                    return;
                }
                DemoPerson leaving = here.getFirst();
                LocalDate end = today.minusDays(12);
                LocalDate from = createdOn.isBefore(end) ? createdOn : end.minusDays(100);
                member(leaving, GroupRole.MEMBER, lead.home().id(), from);
                seats.add(new ImportedSeat(lead.home().id(), "Mentor lead", "mentor", List.of(new ImportedAssignment(
                        leaving.personId(), SeatAssignment.Kind.HOLDER, from, end, EndReason.STEPPED_DOWN)),
                        new ImportedHandover(leaving.personId(), end, fullNote(), lead.personId())));
            }

            void reviews(int count) {
                if (count == 0 || facilitator == null) {
                    return;
                }
                int[] scores = new int[CoreComponent.values().length];
                for (int i = 0; i < scores.length; i++) {
                    scores[i] = 1 + random.nextInt(3);
                }
                LocalDate first = today.minusDays(30 + 365L * (count - 1) + random.nextInt(200));
                if (first.isBefore(createdOn)) {
                    first = createdOn.plusDays(60);
                }
                for (int r = 0; r < count; r++) {
                    LocalDate on = first.plusYears(r);
                    if (on.isAfter(today)) {
                        break;
                    }
                    var list = new ArrayList<NewSelfReview.Score>();
                    for (CoreComponent c : CoreComponent.values()) {
                        int i = c.ordinal();
                        if (r > 0 && random.nextDouble() < 0.45) {
                            scores[i] = Math.min(4, scores[i] + 1);
                        } else if (r > 0 && random.nextDouble() < 0.1) {
                            scores[i] = Math.max(1, scores[i] - 1);
                        }
                        list.add(new NewSelfReview.Score(c, scores[i], DemoTexts.reviewNote(c, scores[i], random)));
                    }
                    reviews.add(new ImportedReview(facilitator.personId(), new NewSelfReview(on, random.nextDouble() < 0.8,
                            pick(DemoTexts.AIMS_NOTES), list)));
                }
            }

            void meetings(int count) {
                List<Long> present = new ArrayList<>(members.keySet());
                for (int m = 0; m < count && !present.isEmpty() && facilitator != null; m++) {
                    LocalDate on = today.minusDays(7 + random.nextInt(700));
                    if (on.isBefore(createdOn)) {
                        continue;
                    }
                    Set<Long> attendees = new LinkedHashSet<>();
                    for (Long id : present) {
                        if (random.nextDouble() < 0.6) {
                            attendees.add(id);
                        }
                    }
                    String[] meeting = pick(DemoTexts.MEETINGS);
                    meetings.add(new ImportedMeeting(on, meeting[0], meeting[1], attendees, facilitator.personId()));
                }
            }

            ImportedGroup build(GroupVisibility visibility, DemoPerson lead) {
                if (lead != null && members.containsKey(lead.personId())) {
                    members.replaceAll((id, m) -> m.role() == GroupRole.FACILITATOR && id != lead.personId()
                            ? new ImportedMember(id, GroupRole.CO_FACILITATOR, m.institutionId(), m.joinedAt(), m.leftAt())
                            : m);
                    ImportedMember mine = members.get(lead.personId());
                    members.put(lead.personId(), new ImportedMember(mine.personId(), GroupRole.FACILITATOR,
                            mine.institutionId(), mine.joinedAt(), null));
                    facilitator = lead;
                }
                if (members.isEmpty() || members.values().stream().noneMatch(m -> m.role() == GroupRole.FACILITATOR
                        && m.leftAt() == null)) {
                    DemoPerson anyone = pick(currentAt.get(owners.getFirst().id()));
                    members.remove(anyone.personId());
                    member(anyone, GroupRole.FACILITATOR, owners.getFirst().id(), createdOn);
                    facilitator = anyone;
                }
                String[] parts = topic.split("\\|");
                Set<String> activities = new LinkedHashSet<>(List.of(parts[1].split(",")));
                Set<String> phases = new LinkedHashSet<>();
                Set<String> regions = new LinkedHashSet<>();
                for (InstitutionSummary o : owners) {
                    phases.addAll(DemoDataGenerator.phases(o.sector()));
                    regions.add(o.region().code());
                }
                ModelLevel level = kind == GroupKind.PARTNERSHIP || random.nextBoolean()
                        ? ModelLevel.of(1 + Math.min(3, random.nextInt(3) + (stage.ordinal() >= 2 ? 1 : 0))) : null;
                var draft = new GroupDraft(kind, name, purpose(topic), pick(DemoTexts.NORMS), visibility,
                        random.nextDouble() < 0.8 ? JoinPolicy.REQUEST : JoinPolicy.INVITATION, null,
                        owners.stream().map(InstitutionSummary::id).toList(), activities, phases, regions, level,
                        null);
                LocalDate stageOn = stage == Stage.FORMING ? createdOn
                        : createdOn.plusDays(random.nextInt((int) Math.max(1, today.toEpochDay() - createdOn.toEpochDay())));
                return new ImportedGroup(draft, createdOn.atStartOfDay().toInstant(ZoneOffset.UTC),
                        facilitator.personId(), stage, stageOn,
                        stage == Stage.CLOSED ? pick(DemoTexts.CLOSURE_REASONS) : null,
                        new ArrayList<>(members.values()), seats, reviews, meetings);
            }
        }

        // ------------------------------------------------------------------ helpers

        private String purpose(String topic) {
            String[] parts = topic.split("\\|");
            return String.format(pick(DemoTexts.PURPOSES), parts[2]);
        }

        private HandoverNote partialNote() {
            return new HandoverNote(pick(DemoTexts.AGREEMENTS), random.nextBoolean() ? pick(DemoTexts.CONTACTS) : null,
                    null, null, null);
        }

        private HandoverNote fullNote() {
            return new HandoverNote(pick(DemoTexts.AGREEMENTS), pick(DemoTexts.CONTACTS), pick(DemoTexts.OPEN_ISSUES),
                    DemoTexts.CALENDAR, "Ask the office for the shared drive folder: everything is filed by term.");
        }

        private Stage stage() {
            double roll = random.nextDouble();
            return roll < 0.1 ? Stage.FORMING : roll < 0.4 ? Stage.DEVELOPING : roll < 0.75 ? Stage.SUSTAINING
                    : roll < 0.9 ? Stage.RENEWING : Stage.CLOSED;
        }

        private GroupVisibility visibility(int index) {
            if (index == 0) {
                return GroupVisibility.PUBLIC;
            }
            double roll = random.nextDouble();
            return roll < 0.7 ? GroupVisibility.PUBLIC : roll < 0.9 ? GroupVisibility.MEMBERS_ONLY : GroupVisibility.PRIVATE;
        }

        /** The name, or the name with the first owner's town or region when it is taken. */
        private String unique(String name, InstitutionSummary owner) {
            String candidate = name;
            if (!names.add(candidate)) {
                candidate = name + " (" + (owner.town() == null ? regionName(owner) : owner.town()) + ")";
                for (int n = 2; !names.add(candidate); n++) {
                    candidate = name + " " + n;
                }
            }
            return candidate;
        }

        private static String shortName(InstitutionSummary i) {
            return i.name().replace(" Primary School", " Primary").replace(" School", "")
                    .replace("Catholic ", "").replace("C of E ", "");
        }

        private static String regionName(InstitutionSummary i) {
            return switch (i.region()) {
                case NORTH_EAST -> "North East";
                case NORTH_WEST -> "North West";
                case YORKSHIRE -> "Yorkshire";
                case EAST_MIDLANDS -> "East Midlands";
                case WEST_MIDLANDS -> "West Midlands";
                case EAST_OF_ENGLAND -> "East of England";
                case LONDON -> "London";
                case SOUTH_EAST -> "South East";
                case SOUTH_WEST -> "South West";
                case WALES -> "Wales";
                case SCOTLAND -> "Scotland";
                case NORTHERN_IRELAND -> "Northern Ireland";
            };
        }

        private static String trim(String s, int max) {
            return s.length() <= max ? s : s.substring(0, max).strip();
        }

        private <T> T pick(List<T> list) {
            return list.get(random.nextInt(list.size()));
        }

        private <T> T pick(T[] array) {
            return array[random.nextInt(array.length)];
        }
    }
}
