package org.thirdspace.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;
import org.thirdspace.casestudies.AuthorshipVoice;
import org.thirdspace.casestudies.CaseStudyDraft;
import org.thirdspace.casestudies.CaseStudyField;
import org.thirdspace.casestudies.CaseStudyImport;
import org.thirdspace.casestudies.CaseStudyStatus;
import org.thirdspace.casestudies.ImportedCaseStudy;
import org.thirdspace.casestudies.ImportedCaseStudy.ImportedComment;
import org.thirdspace.casestudies.ImportedCaseStudy.ImportedReview;
import org.thirdspace.casestudies.ImportedCaseStudy.ImportedReviewer;
import org.thirdspace.casestudies.ImportedCaseStudy.ImportedRevision;
import org.thirdspace.casestudies.ReviewDecision;
import org.thirdspace.demo.DemoCaseStudyTexts.Prefers;
import org.thirdspace.demo.DemoCaseStudyTexts.Theme;
import org.thirdspace.demo.DemoDataGenerator.DemoPerson;
import org.thirdspace.demo.DemoDataGenerator.Population;
import org.thirdspace.groups.GroupKind;
import org.thirdspace.groups.GroupVisibility;
import org.thirdspace.groups.ImportedGroup.ImportedMember;
import org.thirdspace.institutions.InstitutionSummary;
import org.thirdspace.shared.Sector;

/**
 * Demo case studies: about 170 written from {@link DemoCaseStudyTexts} for the demo population and
 * its groups, in every state (published, some with a newer draft or a newer revision in review;
 * in review; drafts; a few sent back with changes requested), with several revisions each, reviews
 * by moderators, named reviewers, discussion, wiki links between them (and a few to case studies
 * nobody has written yet), and some past their review date. The demo logins get their share:
 * member@ writes three (a draft, one in review, one published after changes were requested),
 * broker@ co-authors one and is named reviewer of another, and moderator@'s review queue fills
 * up. Deterministic for a given seed and day.
 */
@Component
class DemoCaseStudies {

    static final int COUNT = 170;
    private static final int BATCH = 25;

    static final String MEMBER = "member@thirdspace.test";
    static final String BROKER = "broker@thirdspace.test";
    static final String MODERATOR = "moderator@thirdspace.test";

    private final CaseStudyImport imports;

    DemoCaseStudies(CaseStudyImport imports) {
        this.imports = imports;
    }

    /** Creates the demo case studies (the caller is an admin); returns their ids. */
    List<Long> generate(Random random, Population population, List<DemoGroups.Created> groups, LocalDate today) {
        List<ImportedCaseStudy> all = new Plan(random, population, groups, today).caseStudies(COUNT);
        List<Long> ids = new ArrayList<>(all.size());
        // one transaction per batch: a few dozen case studies with their revisions each
        for (int from = 0; from < all.size(); from += BATCH) {
            ids.addAll(imports.importAll(all.subList(from, Math.min(all.size(), from + BATCH))));
        }
        return ids;
    }

    /** Where a case study is in its life; decides its revisions, reviews and state. */
    enum Shape {
        DRAFT(CaseStudyStatus.DRAFT), DRAFT_CHANGES_REQUESTED(CaseStudyStatus.DRAFT),
        IN_REVIEW(CaseStudyStatus.IN_REVIEW), IN_REVIEW_AFTER_CHANGES(CaseStudyStatus.IN_REVIEW),
        PUBLISHED(CaseStudyStatus.PUBLISHED), PUBLISHED_AFTER_CHANGES(CaseStudyStatus.PUBLISHED),
        PUBLISHED_NEWER_DRAFT(CaseStudyStatus.DRAFT), PUBLISHED_NEWER_IN_REVIEW(CaseStudyStatus.IN_REVIEW);

        final CaseStudyStatus status;

        Shape(CaseStudyStatus status) {
            this.status = status;
        }

        boolean published() {
            return name().startsWith("PUBLISHED");
        }

        boolean changesRequested() {
            return this == DRAFT_CHANGES_REQUESTED || this == IN_REVIEW_AFTER_CHANGES || this == PUBLISHED_AFTER_CHANGES;
        }

        boolean newer() {
            return this == PUBLISHED_NEWER_DRAFT || this == PUBLISHED_NEWER_IN_REVIEW;
        }
    }

    enum Length { SHORT, MEDIUM, LONG }

    /** Shares of the shapes, in hundredths: 60 with a published version, 15 in review, 25 drafts. */
    private static final Map<Shape, Integer> SHARES = shares();

    private static Map<Shape, Integer> shares() {
        Map<Shape, Integer> m = new EnumMap<>(Shape.class);
        m.put(Shape.PUBLISHED, 36);
        m.put(Shape.PUBLISHED_AFTER_CHANGES, 6);
        m.put(Shape.PUBLISHED_NEWER_DRAFT, 12);
        m.put(Shape.PUBLISHED_NEWER_IN_REVIEW, 6);
        m.put(Shape.IN_REVIEW, 11);
        m.put(Shape.IN_REVIEW_AFTER_CHANGES, 4);
        m.put(Shape.DRAFT, 21);
        m.put(Shape.DRAFT_CHANGES_REQUESTED, 4);
        return m;
    }

    /** The drawing of one population's case studies. */
    static final class Plan {

        private final Random random;
        private final LocalDate today;
        /** Nothing happens after this: yesterday evening. */
        private final Instant latest;
        private final Map<Long, InstitutionSummary> institutions = new LinkedHashMap<>();
        private final List<InstitutionSummary> universities;
        private final List<InstitutionSummary> schools;
        private final Map<Long, List<DemoPerson>> currentAt = new HashMap<>();
        private final Map<Long, DemoPerson> byId = new LinkedHashMap<>();
        private final List<DemoPerson> persons;
        private final List<DemoPerson> moderators;
        private final List<DemoPerson> brokers;
        private final DemoPerson sam;
        private final DemoPerson priya;
        private final DemoPerson morgan;
        private final List<Home> groups = new ArrayList<>();
        /** Public groups (links: an import checks them as the system, which sees only public ones), by owner. */
        private final Map<Long, List<Home>> visibleGroupsOf = new HashMap<>();
        private final Set<String> titleKeys = new HashSet<>();
        private final Map<Long, Home> byGroupId = new HashMap<>();

        /** A group a case study can live in: its current members may write it. */
        record Home(long id, String name, GroupKind kind, GroupVisibility visibility, List<InstitutionSummary> owners,
                Set<String> activities, List<Long> members, Long parentId, Integer modelLevel) {
        }

        Plan(Random random, Population population, List<DemoGroups.Created> created, LocalDate today) {
            this.random = random;
            this.today = today;
            this.latest = today.minusDays(1).atTime(18, 0).toInstant(ZoneOffset.UTC);
            population.created().forEach(i -> institutions.put(i.id(), i));
            this.persons = population.persons();
            for (DemoPerson p : persons) {
                byId.put(p.personId(), p);
                currentAt.computeIfAbsent(p.home().id(), k -> new ArrayList<>()).add(p);
            }
            universities = population.created().stream().filter(i -> i.sector() == Sector.UNIVERSITY).toList();
            schools = population.created().stream().filter(i -> i.sector().side() == Sector.Side.SCHOOL)
                    .filter(i -> currentAt.containsKey(i.id())).toList();
            sam = find(MEMBER);
            priya = find(BROKER);
            morgan = find(MODERATOR);
            moderators = persons.stream().filter(DemoPerson::moderator).toList();
            brokers = persons.stream().filter(DemoPerson::broker).toList();
            for (DemoGroups.Created g : created) {
                List<Long> members = g.group().members().stream().filter(m -> m.leftAt() == null)
                        .map(ImportedMember::personId).filter(id -> morgan == null || id != morgan.personId())
                        .distinct().toList();
                var draft = g.group().draft();
                Home home = new Home(g.id(), draft.name(), draft.kind(), draft.visibility(),
                        draft.institutionIds().stream().map(institutions::get).filter(java.util.Objects::nonNull)
                                .toList(),
                        new TreeSet<>(draft.activities()), members, draft.parentId(),
                        draft.modelLevel() == null ? null : draft.modelLevel().level());
                byGroupId.put(home.id(), home);
                if (!members.isEmpty() && !home.owners().isEmpty()) {
                    groups.add(home);
                }
                if (home.visibility() == GroupVisibility.PUBLIC) {
                    for (InstitutionSummary owner : home.owners()) {
                        visibleGroupsOf.computeIfAbsent(owner.id(), k -> new ArrayList<>()).add(home);
                    }
                }
            }
        }

        private DemoPerson find(String email) {
            return persons.stream().filter(p -> email.equals(p.email())).findFirst().orElse(null);
        }

        // ------------------------------------------------------------------ the whole set

        List<ImportedCaseStudy> caseStudies(int count) {
            if (universities.isEmpty() || schools.isEmpty() || moderators.isEmpty() || morgan == null) {
                return List.of(); // a population too small for case studies
            }
            List<Shape> shapes = shapes(count);
            List<Spec> specs = new ArrayList<>();
            specs.addAll(demoLogins());
            List<Theme> themeCycle = new ArrayList<>();
            for (int i = specs.size(); i < count; i++) {
                if (themeCycle.isEmpty()) {
                    themeCycle.addAll(DemoCaseStudyTexts.THEMES);
                    Collections.shuffle(themeCycle, random);
                }
                Spec spec = random.nextDouble() < 0.6 && !groups.isEmpty() ? homed(shapes.get(i), pickHome())
                        : unhomed(shapes.get(i), themeCycle.removeFirst(), null);
                specs.add(spec);
            }
            linkSome(specs);
            List<ImportedCaseStudy> result = new ArrayList<>();
            for (Spec spec : specs) {
                result.add(write(spec));
            }
            return result;
        }

        private List<Shape> shapes(int count) {
            List<Shape> shapes = new ArrayList<>();
            for (Map.Entry<Shape, Integer> e : SHARES.entrySet()) {
                for (int i = 0; i < Math.round(count * e.getValue() / 100.0); i++) {
                    shapes.add(e.getKey());
                }
            }
            while (shapes.size() < count) {
                shapes.add(Shape.PUBLISHED);
            }
            Collections.shuffle(shapes, random);
            return shapes;
        }

        /** The demo logins' own case studies come first. */
        private List<Spec> demoLogins() {
            List<Spec> specs = new ArrayList<>();
            Home samsGroup = sam == null ? null : groups.stream()
                    .filter(g -> g.kind() == GroupKind.PARTNERSHIP && g.members().contains(sam.personId()))
                    .findFirst().orElse(null);
            if (sam != null) {
                Spec draft = samsGroup != null ? homed(Shape.DRAFT, samsGroup) : unhomed(Shape.DRAFT, theme(), sam);
                draft.lead(sam);
                specs.add(draft);
                Spec inReview = unhomed(Shape.IN_REVIEW, theme(), sam);
                specs.add(inReview);
                Spec published = samsGroup != null ? homed(Shape.PUBLISHED_AFTER_CHANGES, samsGroup)
                        : unhomed(Shape.PUBLISHED_AFTER_CHANGES, theme(), sam);
                published.lead(sam);
                published.length = Length.LONG;
                specs.add(published);
            }
            if (priya != null) {
                Spec coAuthored = unhomed(Shape.PUBLISHED_NEWER_DRAFT, theme(), null);
                if (!coAuthored.writers.contains(priya)) {
                    coAuthored.coAuthors.add(priya.personId());
                    coAuthored.laterWriter = priya;
                }
                specs.add(coAuthored);
                Spec named = unhomed(Shape.IN_REVIEW, theme(), null);
                if (!named.writers.contains(priya)) {
                    named.namedReviewer = priya;
                }
                specs.add(named);
            }
            return specs;
        }

        private Theme theme() {
            return pick(DemoCaseStudyTexts.THEMES);
        }

        /** Mostly public groups; some members-only and some private ones. */
        private Home pickHome() {
            double roll = random.nextDouble();
            GroupVisibility wanted = roll < 0.1 ? GroupVisibility.PRIVATE
                    : roll < 0.25 ? GroupVisibility.MEMBERS_ONLY : GroupVisibility.PUBLIC;
            List<Home> candidates = groups.stream().filter(g -> g.visibility() == wanted).toList();
            return pick(candidates.isEmpty() ? groups : candidates);
        }

        // ------------------------------------------------------------------ one case study's plan

        /** What is decided about a case study before it is written. */
        final class Spec {
            final Shape shape;
            final Theme theme;
            Length length;
            final Home home;
            final List<InstitutionSummary> partners;
            final InstitutionSummary school;
            final InstitutionSummary school2;
            final InstitutionSummary university;
            final List<DemoPerson> writers = new ArrayList<>();
            final Set<Long> coAuthors = new LinkedHashSet<>();
            DemoPerson laterWriter;
            DemoPerson namedReviewer;
            final Map<String, String> vars = new HashMap<>();
            String title;
            final List<String> links = new ArrayList<>();

            Spec(Shape shape, Theme theme, Home home, List<InstitutionSummary> partners, InstitutionSummary school,
                    InstitutionSummary school2, InstitutionSummary university) {
                this.shape = shape;
                this.theme = theme;
                this.home = home;
                this.partners = partners;
                this.school = school;
                this.school2 = school2;
                this.university = university;
                double roll = random.nextDouble();
                this.length = roll < 0.3 ? Length.SHORT : roll < 0.75 ? Length.MEDIUM : Length.LONG;
            }

            void lead(DemoPerson person) {
                writers.remove(person);
                writers.addFirst(person);
            }

            DemoPerson lead() {
                return writers.getFirst();
            }

            String fill(String template) {
                String text = template;
                for (Map.Entry<String, String> v : vars.entrySet()) {
                    text = text.replace("{" + v.getKey() + "}", v.getValue());
                }
                return text;
            }
        }

        private Spec homed(Shape shape, Home home) {
            boolean special = home.owners().stream().anyMatch(i -> i.sector() == Sector.SPECIAL_SCHOOL);
            List<Theme> possible = DemoCaseStudyTexts.THEMES.stream()
                    .filter(t -> t.prefers() != Prefers.SPECIAL || special).toList();
            List<Theme> fitting = possible.stream()
                    .filter(t -> t.activities().stream().anyMatch(home.activities()::contains)).toList();
            Theme theme = pick(fitting.isEmpty() ? possible : fitting);
            List<InstitutionSummary> partners = new ArrayList<>(home.owners());
            InstitutionSummary school = partners.stream().filter(i -> i.sector().side() == Sector.Side.SCHOOL)
                    .filter(i -> theme.prefers() != Prefers.SPECIAL || i.sector() == Sector.SPECIAL_SCHOOL)
                    .findFirst().orElseGet(() -> near(schools, partners.getFirst()));
            InstitutionSummary school2 = partners.stream()
                    .filter(i -> i.sector().side() == Sector.Side.SCHOOL && i != school).findFirst()
                    .orElseGet(() -> random.nextBoolean() ? near(schools, school) : null);
            InstitutionSummary university = partners.stream().filter(i -> i.sector() == Sector.UNIVERSITY).findFirst()
                    .orElseGet(() -> near(universities, school));
            for (InstitutionSummary i : new InstitutionSummary[] {school, school2, university}) {
                if (i != null && !partners.contains(i)) {
                    partners.add(i);
                }
            }
            Spec spec = new Spec(shape, theme, home, partners, school, school2 == school ? null : school2, university);
            List<Long> members = new ArrayList<>(home.members());
            Collections.shuffle(members, random);
            for (Long id : members.subList(0, Math.min(members.size(), 1 + random.nextInt(3)))) {
                DemoPerson p = byId.get(id);
                if (p != null) {
                    spec.writers.add(p);
                }
            }
            if (spec.writers.isEmpty()) {
                spec.writers.add(anyoneAt(school));
            }
            if (!brokers.isEmpty() && random.nextDouble() < 0.1) {
                DemoPerson broker = pick(brokers);
                if (!spec.writers.contains(broker) && !broker.moderator()) {
                    spec.coAuthors.add(broker.personId());
                }
            }
            return named(spec);
        }

        private Spec unhomed(Shape shape, Theme wanted, DemoPerson lead) {
            // a special-school partnership needs a special school
            Theme theme = wanted.prefers() != Prefers.SPECIAL || schools.stream().anyMatch(i -> prefers(Prefers.SPECIAL, i))
                    ? wanted : DemoCaseStudyTexts.THEMES.getFirst();
            InstitutionSummary school;
            if (lead != null && lead.home().sector().side() == Sector.Side.SCHOOL) {
                school = lead.home();
            } else {
                List<InstitutionSummary> preferred = schools.stream().filter(i -> prefers(theme.prefers(), i)).toList();
                InstitutionSummary anchor = lead != null ? lead.home() : null;
                school = anchor != null ? near(preferred.isEmpty() ? schools : preferred, anchor)
                        : pick(preferred.isEmpty() ? schools : preferred);
            }
            InstitutionSummary university = lead != null && lead.home().sector() == Sector.UNIVERSITY ? lead.home()
                    : near(universities, school);
            InstitutionSummary school2 = random.nextDouble() < 0.5 ? near(schools, school) : null;
            if (school2 == school) {
                school2 = null;
            }
            List<InstitutionSummary> partners = new ArrayList<>();
            partners.add(school);
            if (school2 != null) {
                partners.add(school2);
            }
            partners.add(university);
            if (lead != null && !partners.contains(lead.home())) {
                partners.add(lead.home());
            }
            Spec spec = new Spec(shape, theme, null, partners, school, school2, university);
            spec.writers.add(lead != null ? lead : anyoneAt(random.nextDouble() < 0.6 ? school : university));
            if (random.nextDouble() < 0.6) {
                InstitutionSummary other = spec.lead().home().sector() == Sector.UNIVERSITY ? school : university;
                DemoPerson second = anyoneAt(other);
                if (!spec.writers.contains(second)) {
                    spec.writers.add(second);
                }
            }
            if (random.nextDouble() < 0.3) {
                DemoPerson coAuthor = anyoneAt(school2 != null ? school2 : school);
                if (!spec.writers.contains(coAuthor)) {
                    spec.coAuthors.add(coAuthor.personId());
                }
            }
            return named(spec);
        }

        private static boolean prefers(Prefers prefers, InstitutionSummary i) {
            return switch (prefers) {
                case ANY_SCHOOL -> true;
                case PRIMARY -> i.sector() == Sector.PRIMARY_SCHOOL;
                case SECONDARY -> i.sector() == Sector.SECONDARY_SCHOOL || i.sector() == Sector.ALL_THROUGH_SCHOOL;
                case SPECIAL -> i.sector() == Sector.SPECIAL_SCHOOL;
                case COLLEGE -> i.sector() == Sector.COLLEGE;
                case OTHER -> i.sector().side() == Sector.Side.OTHER;
            };
        }

        /** Someone currently at the institution (not the demo moderator), or anyone in its region. */
        private DemoPerson anyoneAt(InstitutionSummary institution) {
            List<DemoPerson> here = currentAt.getOrDefault(institution.id(), List.of()).stream()
                    .filter(p -> p != morgan).toList();
            if (!here.isEmpty()) {
                return pick(here);
            }
            List<DemoPerson> region = persons.stream().filter(p -> p != morgan)
                    .filter(p -> p.home().region() == institution.region()).toList();
            return pick(region.isEmpty() ? persons.stream().filter(p -> p != morgan).toList() : region);
        }

        /** One of the list in the same region, if any. */
        private InstitutionSummary near(List<InstitutionSummary> list, InstitutionSummary anchor) {
            List<InstitutionSummary> same = list.stream().filter(i -> i.region() == anchor.region() && i != anchor)
                    .toList();
            return pick(same.isEmpty() ? list : same);
        }

        /** Placeholders and a title nobody else has. */
        private Spec named(Spec spec) {
            Map<String, String> v = spec.vars;
            v.put("school", shortName(spec.school));
            v.put("school2", spec.school2 == null ? "a neighbouring school" : shortName(spec.school2));
            v.put("university", spec.university.name());
            v.put("town", spec.school.town() == null ? DemoCaseStudyTexts.regionName(spec.school.region())
                    : spec.school.town());
            v.put("region", DemoCaseStudyTexts.regionName(spec.school.region()));
            v.put("theRegion", DemoCaseStudyTexts.theRegion(spec.school.region()));
            v.put("subject", pick(spec.theme.subjects()));
            int year = yearGroup(spec);
            v.put("yearNo", Integer.toString(year));
            v.put("year", year == 0 ? "Reception" : "Year " + year);
            v.put("n", Integer.toString(12 + random.nextInt(30) * 4));
            v.put("m", Integer.toString(3 + random.nextInt(16)));
            v.put("t", Integer.toString(4 + random.nextInt(14) * 2));
            v.put("weeks", Integer.toString(6 + random.nextInt(9)));
            v.put("days", Integer.toString(6 + random.nextInt(30)));
            if (spec.home != null) {
                v.put("group", spec.home.name());
            }
            List<String> templates = new ArrayList<>(spec.theme.titles());
            Collections.shuffle(templates, random);
            String title = null;
            for (String t : templates) {
                String candidate = capitalise(spec.fill(t));
                if (titleKeys.add(key(candidate))) {
                    title = candidate;
                    break;
                }
            }
            if (title == null) {
                // taken: say where, as people do ("... (Hexham)"), or number it
                String base = capitalise(spec.fill(templates.getFirst()));
                String candidate = null;
                for (String where : List.of(v.get("town"), v.get("school"), v.get("region"))) {
                    if (!base.contains(where) && titleKeys.add(key(base + " (" + where + ")"))) {
                        candidate = base + " (" + where + ")";
                        break;
                    }
                }
                for (int n = 2; candidate == null; n++) {
                    if (titleKeys.add(key(base + " (" + n + ")"))) {
                        candidate = base + " (" + n + ")";
                    }
                }
                title = candidate;
            }
            spec.title = title.length() > 200 ? title.substring(0, 200).strip() : title;
            return spec;
        }

        private int yearGroup(Spec spec) {
            if (spec.theme.key().equals("transition")) {
                return 6;
            }
            if (spec.theme.key().equals("widening-participation")) {
                return 9 + random.nextInt(2);
            }
            return switch (spec.school.sector()) {
                case PRIMARY_SCHOOL -> random.nextInt(7);
                case SECONDARY_SCHOOL -> 7 + random.nextInt(4);
                case ALL_THROUGH_SCHOOL -> 5 + random.nextInt(5);
                case SPECIAL_SCHOOL -> 3 + random.nextInt(7);
                case COLLEGE -> 12;
                default -> 8;
            };
        }

        /** About a third link to a related case study, a few to ones nobody has written. */
        private void linkSome(List<Spec> specs) {
            for (Spec spec : specs) {
                double roll = random.nextDouble();
                if (roll < 0.33) {
                    List<Spec> related = specs.stream().filter(s -> s != spec && s.theme == spec.theme
                            && s.shape.published()).toList();
                    if (related.isEmpty()) {
                        related = specs.stream().filter(s -> s != spec && s.shape.published()).toList();
                    }
                    if (!related.isEmpty()) {
                        spec.links.add(spec.fill(pick(DemoCaseStudyTexts.LINK_SENTENCES))
                                .replace("{link}", pick(related).title));
                    }
                    if (roll < 0.06) {
                        spec.links.add(pick(DemoCaseStudyTexts.LINK_SENTENCES)
                                .replace("{link}", pick(specs.stream().filter(s -> s != spec).toList()).title));
                    }
                } else if (roll < 0.37) {
                    spec.links.add(pick(DemoCaseStudyTexts.MISSING_LINK_SENTENCES)
                            .replace("{link}", pick(DemoCaseStudyTexts.MISSING_TITLES)));
                }
            }
        }

        // ------------------------------------------------------------------ writing one

        /** The case study's content as it grows, revision by revision. */
        static final class Content {
            String title;
            String summary;
            final Map<CaseStudyField, String> fields = new EnumMap<>(CaseStudyField.class);
            AuthorshipVoice voice;
            Set<String> activities = Set.of();
            Set<String> sectors = Set.of();
            Set<String> phases = Set.of();
            Set<String> regions = Set.of();
            Integer modelLevel;
            String evidenceStrength;
            Set<String> evidenceTypes = Set.of();
            Long groupId;
            Set<Long> groupIds = Set.of();
            Set<Long> institutionIds = Set.of();
            Set<Long> personIds = Set.of();

            CaseStudyDraft draft(String editSummary) {
                return new CaseStudyDraft(title, summary, fields, voice, activities, sectors, phases, regions,
                        modelLevel, evidenceStrength, evidenceTypes, groupId, groupIds, institutionIds, personIds,
                        editSummary, null);
            }
        }

        /** One change to the content, with what its author would say about it. */
        record Step(String summary, Consumer<Content> change) {
        }

        private ImportedCaseStudy write(Spec spec) {
            Parts parts = new Parts(spec);
            List<Step> base = parts.baseSteps();
            Shape shape = spec.shape;
            // a request for changes asks for something that is missing: the step kept back
            Step kept = null;
            String request = null;
            if (shape.changesRequested()) {
                int at = base.size() > 2 ? 1 + random.nextInt(base.size() - 1) : -1;
                if (at > 0) {
                    kept = base.remove(at);
                    request = parts.requestFor(kept);
                } else {
                    request = pick(DemoCaseStudyTexts.CHANGES_REQUESTED.subList(3, 6));
                }
            }
            // revisions: numbers of the revision sent back, the published one and the head
            int crAt = 0;
            int published = 0;
            int head;
            List<List<Step>> revisions = new ArrayList<>();
            switch (shape) {
                case DRAFT -> {
                    head = 1 + random.nextInt(3);
                    int used = Math.min(base.size(), Math.max(head, 1 + random.nextInt(base.size())));
                    revisions.addAll(split(base.subList(0, used), head, parts));
                }
                case DRAFT_CHANGES_REQUESTED -> {
                    crAt = 1 + random.nextInt(2);
                    revisions.addAll(split(base, crAt, parts));
                    head = random.nextBoolean() ? crAt : crAt + 1;
                    if (head > crAt) {
                        revisions.add(response(kept, parts));
                    }
                }
                case IN_REVIEW, PUBLISHED -> {
                    head = (spec.length == Length.SHORT ? 1 : 2) + random.nextInt(3);
                    revisions.addAll(split(base, head, parts));
                    published = shape == Shape.PUBLISHED ? head : 0;
                }
                case IN_REVIEW_AFTER_CHANGES, PUBLISHED_AFTER_CHANGES -> {
                    crAt = 1 + random.nextInt(2);
                    revisions.addAll(split(base, crAt, parts));
                    revisions.add(response(kept, parts));
                    head = crAt + 1;
                    published = shape == Shape.PUBLISHED_AFTER_CHANGES ? head : 0;
                }
                case PUBLISHED_NEWER_DRAFT, PUBLISHED_NEWER_IN_REVIEW -> {
                    published = 1 + random.nextInt(3);
                    revisions.addAll(split(base, published, parts));
                    head = published + 1 + random.nextInt(2);
                    revisions.add(List.of(parts.later()));
                    while (revisions.size() < head) {
                        revisions.add(List.of(parts.tidy()));
                    }
                }
                default -> throw new IllegalStateException();
            }
            return assemble(spec, parts, revisions, crAt, request, published, head);
        }

        /** The revision that answers a request for changes. */
        private List<Step> response(Step kept, Parts parts) {
            String summary = pick(DemoCaseStudyTexts.RESPONSE_EDIT_SUMMARIES);
            Step change = kept != null ? kept : parts.tidy();
            return List.of(new Step(summary, change.change()));
        }

        /** Cuts the steps into {@code count} revisions in order (padding with small edits). */
        private List<List<Step>> split(List<Step> steps, int count, Parts parts) {
            List<Step> all = new ArrayList<>(steps);
            while (all.size() < count) {
                all.add(parts.tidy());
            }
            Set<Integer> cuts = new TreeSet<>();
            while (cuts.size() < count - 1) {
                cuts.add(1 + random.nextInt(all.size() - 1));
            }
            List<List<Step>> result = new ArrayList<>();
            int from = 0;
            for (int cut : cuts) {
                result.add(all.subList(from, cut));
                from = cut;
            }
            result.add(all.subList(from, all.size()));
            return result;
        }

        private ImportedCaseStudy assemble(Spec spec, Parts parts, List<List<Step>> revisionSteps, int crAt,
                String request, int published, int head) {
            Shape shape = spec.shape;
            // times, relative to the first revision (hours), then moved so the last event fits its recency
            long[] at = new long[head + 1];
            long submittedCr = 0;
            long reviewedCr = 0;
            long submittedP = 0;
            long approvedP = 0;
            long submittedHead = 0;
            for (int n = 1; n <= head; n++) {
                if (n > 1) {
                    double roll = random.nextDouble();
                    long gap = roll < 0.25 ? 1 + random.nextInt(10) : roll < 0.85 ? 24L * (1 + random.nextInt(14))
                            : 24L * (15 + random.nextInt(45));
                    at[n] = at[n - 1] + gap;
                    if (n == crAt + 1 && crAt > 0) {
                        at[n] = reviewedCr + 24L * (1 + random.nextInt(15)) + random.nextInt(8);
                    }
                    if (n == published + 1 && published > 0) {
                        at[n] = approvedP + 24L * (30 + random.nextInt(390));
                    }
                }
                if (n == crAt) {
                    submittedCr = at[n] + 4 + random.nextInt(70);
                    reviewedCr = submittedCr + 24L * (2 + random.nextInt(18)) + random.nextInt(9);
                }
                if (n == published) {
                    submittedP = at[n] + 4 + random.nextInt(70);
                    approvedP = submittedP + 24L * (1 + random.nextInt(20)) + random.nextInt(9);
                }
            }
            if (shape.status == CaseStudyStatus.IN_REVIEW) {
                submittedHead = at[head] + 2 + random.nextInt(46);
            }
            long last = Math.max(Math.max(at[head], submittedHead), Math.max(reviewedCr, approvedP));
            int daysAgo = switch (shape) {
                case IN_REVIEW, IN_REVIEW_AFTER_CHANGES, PUBLISHED_NEWER_IN_REVIEW ->
                    random.nextDouble() < 0.8 ? 1 + random.nextInt(30) : 40 + random.nextInt(60);
                case DRAFT, DRAFT_CHANGES_REQUESTED -> 2 + random.nextInt(300);
                case PUBLISHED_NEWER_DRAFT -> 3 + random.nextInt(150);
                case PUBLISHED, PUBLISHED_AFTER_CHANGES -> 15 + random.nextInt(1130);
            };
            Instant zero = latest.minus(Duration.ofDays(daysAgo)).minus(Duration.ofHours(last))
                    .minus(Duration.ofMinutes(random.nextInt(600)));
            java.util.function.LongFunction<Instant> time = h -> zero.plus(Duration.ofHours(h));

            // revisions: content grows step by step
            Content content = parts.start();
            List<ImportedRevision> revisions = new ArrayList<>();
            Map<Integer, Long> authors = new HashMap<>();
            for (int n = 1; n <= head; n++) {
                List<Step> steps = revisionSteps.get(n - 1);
                List<String> summaries = new ArrayList<>();
                for (Step s : steps) {
                    s.change().accept(content);
                    if (s.summary() != null && !summaries.contains(s.summary())) {
                        summaries.add(s.summary());
                    }
                }
                String summary = n == 1 ? steps.getFirst().summary() : joinSummaries(summaries);
                DemoPerson author = n == 1 ? spec.lead()
                        : n > published && published > 0 && spec.laterWriter != null ? spec.laterWriter
                        : random.nextDouble() < 0.6 ? spec.lead() : pick(spec.writers);
                authors.put(n, author.personId());
                revisions.add(new ImportedRevision(content.draft(summary), author.personId(), time.apply(at[n])));
            }

            // reviews by moderators (and named reviewers) who did not write what they review
            List<ImportedReview> reviews = new ArrayList<>();
            List<ImportedReviewer> named = new ArrayList<>();
            DemoPerson reviewerOfP = null;
            double naming = shape.status == CaseStudyStatus.IN_REVIEW ? 0.35 : shape.published() ? 0.12 : 0;
            if (spec.namedReviewer == null && random.nextDouble() < naming) {
                spec.namedReviewer = outsider(spec, authors);
            }
            if (crAt > 0) {
                reviews.add(new ImportedReview(crAt, reviewer(authors, crAt).personId(),
                        ReviewDecision.CHANGES_REQUESTED, request, time.apply(reviewedCr)));
            }
            Instant approvedAt = null;
            if (published > 0) {
                DemoPerson moderator = reviewer(authors, published);
                reviewerOfP = shape.status != CaseStudyStatus.IN_REVIEW && spec.namedReviewer != null
                        && random.nextBoolean() ? spec.namedReviewer : moderator;
                if (reviewerOfP == spec.namedReviewer) {
                    named.add(new ImportedReviewer(spec.namedReviewer.personId(), moderator.personId(),
                            time.apply(submittedP + 1)));
                }
                approvedAt = time.apply(approvedP);
                reviews.add(new ImportedReview(published, reviewerOfP.personId(), ReviewDecision.APPROVED,
                        blankToNull(pick(DemoCaseStudyTexts.APPROVALS)), approvedAt));
                if (shape == Shape.PUBLISHED || shape == Shape.PUBLISHED_AFTER_CHANGES) {
                    confirmations(reviews, authors, published, approvedAt);
                }
            }
            Instant submittedAt = null;
            if (shape.status == CaseStudyStatus.IN_REVIEW) {
                submittedAt = time.apply(submittedHead);
                if (spec.namedReviewer != null && named.isEmpty()) {
                    Instant namedAt = submittedAt.plus(Duration.ofHours(2 + random.nextInt(30)));
                    named.add(new ImportedReviewer(spec.namedReviewer.personId(), reviewer(authors, head).personId(),
                            namedAt.isAfter(latest) ? submittedAt : namedAt));
                }
            }

            List<ImportedComment> comments = discussion(spec, revisions, approvedAt);
            return new ImportedCaseStudy(revisions, shape.status, published == 0 ? null : published, submittedAt,
                    null, spec.coAuthors, named, reviews, comments);
        }

        /**
         * Yearly checks by moderators that a published case study is still current; about a
         * quarter were missed and are past their review date now.
         */
        private void confirmations(List<ImportedReview> reviews, Map<Integer, Long> authors, int published,
                Instant approvedAt) {
            LocalDate due = LocalDate.ofInstant(approvedAt, ZoneOffset.UTC).plusMonths(12);
            while (!due.isAfter(today) && random.nextDouble() < 0.72) {
                Instant checked = due.plusDays(random.nextInt(21)).atTime(9 + random.nextInt(8), random.nextInt(60))
                        .toInstant(ZoneOffset.UTC);
                if (checked.isAfter(latest)) {
                    break;
                }
                reviews.add(new ImportedReview(published, reviewer(authors, published).personId(),
                        ReviewDecision.CONFIRMED_CURRENT, pick(DemoCaseStudyTexts.CONFIRMATIONS), checked));
                due = LocalDate.ofInstant(checked, ZoneOffset.UTC).plusMonths(12);
            }
        }

        /** A moderator who wrote none of the revisions up to {@code revision}; the demo moderator half the time. */
        private DemoPerson reviewer(Map<Integer, Long> authors, int revision) {
            Set<Long> wrote = new HashSet<>();
            authors.forEach((n, id) -> {
                if (n <= revision) {
                    wrote.add(id);
                }
            });
            List<DemoPerson> others = moderators.stream().filter(m -> m != morgan && !wrote.contains(m.personId()))
                    .toList();
            return others.isEmpty() || random.nextBoolean() ? morgan : pick(others);
        }

        /** Someone from another institution of the region (or a broker) who did not write it. */
        private DemoPerson outsider(Spec spec, Map<Integer, Long> authors) {
            Set<Long> partnerIds = new HashSet<>();
            spec.partners.forEach(i -> partnerIds.add(i.id()));
            List<DemoPerson> candidates = persons.stream()
                    .filter(p -> !p.moderator() && !authors.containsValue(p.personId())
                            && !spec.coAuthors.contains(p.personId()) && !partnerIds.contains(p.home().id())
                            && p.home().region() == spec.school.region())
                    .toList();
            if (candidates.isEmpty()) {
                candidates = brokers.stream().filter(p -> !authors.containsValue(p.personId()) && !p.moderator())
                        .toList();
            }
            if (spec.home != null && spec.home.visibility() == GroupVisibility.PRIVATE) {
                // a reviewer of a private group's case study is one of its members
                candidates = candidates.stream().filter(p -> spec.home.members().contains(p.personId())).toList();
            }
            return candidates.isEmpty() ? null : pick(candidates);
        }

        /** Writers talking while they write; readers asking after publication, the lead author answering. */
        private List<ImportedComment> discussion(Spec spec, List<ImportedRevision> revisions, Instant publishedAt) {
            List<ImportedComment> comments = new ArrayList<>();
            Set<String> written = new HashSet<>();
            revisions.getLast().draft().fields().keySet().forEach(f -> written.add(f.code()));
            List<String[]> topics = DemoCaseStudyTexts.WRITER_DISCUSSION.stream()
                    .filter(t -> t[2].equals("*") || written.contains(t[2])).toList();
            if (spec.writers.size() > 1 && random.nextDouble() < 0.3) {
                String[] pair = pick(topics);
                Instant asked = revisions.getFirst().createdAt().plus(Duration.ofHours(3 + random.nextInt(40)));
                Instant answered = asked.plus(Duration.ofHours(1 + random.nextInt(30)));
                if (answered.isBefore(latest)) {
                    comments.add(new ImportedComment(spec.writers.get(1).personId(), spec.fill(pair[0]), asked));
                    comments.add(new ImportedComment(spec.lead().personId(), spec.fill(pair[1]), answered));
                }
            }
            if (publishedAt != null) {
                int threads = random.nextDouble() < 0.4 ? 1 + random.nextInt(2) : 0;
                Instant after = publishedAt;
                for (int i = 0; i < threads; i++) {
                    DemoPerson reader = reader(spec);
                    if (reader == null) {
                        break;
                    }
                    String[] pair = random.nextBoolean() ? pick(DemoCaseStudyTexts.READER_DISCUSSION)
                            : pick(spec.theme.discussion());
                    Instant asked = after.plus(Duration.ofHours(5 + random.nextInt(24 * 120)));
                    Instant answered = asked.plus(Duration.ofHours(2 + random.nextInt(24 * 5)));
                    if (answered.isAfter(latest)) {
                        break;
                    }
                    comments.add(new ImportedComment(reader.personId(), spec.fill(pair[0]), asked));
                    comments.add(new ImportedComment(spec.lead().personId(), spec.fill(pair[1]), answered));
                    after = answered;
                }
            }
            comments.sort(java.util.Comparator.comparing(ImportedComment::createdAt));
            return comments;
        }

        /** A reader who may see the published version and did not write it. */
        private DemoPerson reader(Spec spec) {
            if (spec.home != null && spec.home.visibility() == GroupVisibility.PRIVATE) {
                List<DemoPerson> members = spec.home.members().stream().map(byId::get)
                        .filter(p -> p != null && !spec.writers.contains(p)).toList();
                return members.isEmpty() ? null : pick(members);
            }
            DemoPerson p = pick(persons);
            return spec.writers.contains(p) ? null : p;
        }

        // ------------------------------------------------------------------ the text of one

        /** The parts of one case study's text, and the steps in which they were written. */
        final class Parts {

            private final Spec spec;
            private final Length length;
            private final Map<CaseStudyField, String> full = new EnumMap<>(CaseStudyField.class);
            private String firstActivities;
            private final List<String> summaries = new ArrayList<>();
            private String workingTitle;
            private final Set<String> evidenceTypes = new TreeSet<>();
            private final String evidenceStrength;
            private final int modelLevel;
            private final AuthorshipVoice voice;
            private boolean table;

            Parts(Spec spec) {
                this.spec = spec;
                this.length = spec.length;
                for (String s : spec.theme.summaries()) {
                    summaries.add(spec.fill(s));
                }
                Collections.shuffle(summaries, random);
                String prefix = pick(DemoCaseStudyTexts.TITLE_PREFIXES);
                workingTitle = random.nextDouble() < 0.3 && !prefix.isEmpty() ? prefix + spec.title : spec.title;
                if (key(workingTitle).length() > 200) {
                    workingTitle = spec.title;
                }
                List<String> types = List.of("evaluation", "research-study", "descriptive-account",
                        "practitioner-perceptions");
                evidenceTypes.add(pick(types));
                if (random.nextDouble() < 0.35) {
                    evidenceTypes.add(pick(types));
                }
                boolean strong = evidenceTypes.contains("evaluation") || evidenceTypes.contains("research-study");
                double roll = random.nextDouble();
                evidenceStrength = strong ? (roll < 0.45 ? "high" : roll < 0.9 ? "medium" : "low")
                        : (roll < 0.35 ? "medium" : "low");
                if (spec.theme.key().equals("structural")) {
                    modelLevel = 4;
                } else if (spec.home != null && spec.home.modelLevel() != null) {
                    modelLevel = spec.home.modelLevel();
                } else {
                    double m = random.nextDouble();
                    modelLevel = m < 0.15 ? 1 : m < 0.5 ? 2 : m < 0.85 ? 3 : 4;
                }
                voice = voice(spec);
                compose();
            }

            private AuthorshipVoice voice(Spec spec) {
                boolean school = false;
                boolean university = false;
                for (DemoPerson w : spec.writers) {
                    if (w.home().sector() == Sector.UNIVERSITY) {
                        university = true;
                    } else {
                        school = true;
                    }
                }
                return school && university ? AuthorshipVoice.JOINT
                        : university ? AuthorshipVoice.UNIVERSITY : AuthorshipVoice.SCHOOL;
            }

            private void compose() {
                Theme t = spec.theme;
                boolean isShort = length == Length.SHORT;
                boolean isLong = length == Length.LONG;
                // which fields this one has: short ones only the core, medium ones most
                Set<CaseStudyField> have = fieldSet(CaseStudyField.PROBLEM, CaseStudyField.AIMS,
                        CaseStudyField.ACTIVITIES, CaseStudyField.LESSONS);
                if (isShort) {
                    if (random.nextBoolean()) {
                        have.add(CaseStudyField.OUTCOMES_AND_IMPACT);
                    }
                    if (random.nextDouble() < 0.3) {
                        have.add(CaseStudyField.PARTNERS_AND_CONTEXT);
                    }
                } else {
                    have.addAll(List.of(CaseStudyField.values()));
                    if (!isLong) {
                        List<CaseStudyField> optional = new ArrayList<>(List.of(CaseStudyField.PARTICIPANTS_AND_ROLES,
                                CaseStudyField.RESOURCES_AND_COSTS, CaseStudyField.SUSTAINABILITY,
                                CaseStudyField.CHALLENGES));
                        Collections.shuffle(optional, random);
                        have.removeAll(optional.subList(0, random.nextInt(3)));
                    }
                }
                if (have.contains(CaseStudyField.PARTNERS_AND_CONTEXT)) {
                    full.put(CaseStudyField.PARTNERS_AND_CONTEXT, context(isShort, isLong));
                }
                full.put(CaseStudyField.PROBLEM, problem(t, isShort, isLong));
                full.put(CaseStudyField.AIMS, aims(t, isShort, isLong));
                if (have.contains(CaseStudyField.PARTICIPANTS_AND_ROLES)) {
                    full.put(CaseStudyField.PARTICIPANTS_AND_ROLES, roles(t, isLong));
                }
                List<String> activityTexts = shuffled(t.activityTexts());
                firstActivities = spec.fill(activityTexts.getFirst());
                full.put(CaseStudyField.ACTIVITIES, activities(t, activityTexts, isShort, isLong));
                if (have.contains(CaseStudyField.RESOURCES_AND_COSTS)) {
                    table = isLong || random.nextDouble() < 0.4;
                    full.put(CaseStudyField.RESOURCES_AND_COSTS, resources(table));
                }
                if (have.contains(CaseStudyField.EVALUATION_DESIGN)) {
                    full.put(CaseStudyField.EVALUATION_DESIGN, evaluation(isLong));
                }
                if (have.contains(CaseStudyField.OUTCOMES_AND_IMPACT)) {
                    full.put(CaseStudyField.OUTCOMES_AND_IMPACT, outcomes(t, isShort, isLong));
                }
                if (have.contains(CaseStudyField.CHALLENGES)) {
                    full.put(CaseStudyField.CHALLENGES, challenges(t, isLong));
                }
                if (have.contains(CaseStudyField.SUSTAINABILITY)) {
                    full.put(CaseStudyField.SUSTAINABILITY, sustainability(isLong));
                }
                full.put(CaseStudyField.LESSONS, lessons(t, isShort, isLong));
                if (!spec.links.isEmpty()) {
                    CaseStudyField target = random.nextBoolean() || !full.containsKey(CaseStudyField.ACTIVITIES)
                            ? CaseStudyField.LESSONS : CaseStudyField.ACTIVITIES;
                    full.put(target, full.get(target) + "\n\n" + String.join(" ", spec.links));
                }
            }

            private static Set<CaseStudyField> fieldSet(CaseStudyField... fields) {
                Set<CaseStudyField> set = java.util.EnumSet.noneOf(CaseStudyField.class);
                set.addAll(List.of(fields));
                return set;
            }

            private String context(boolean isShort, boolean isLong) {
                List<String> names = spec.partners.stream().map(InstitutionSummary::name).toList();
                spec.vars.put("partners", list(names));
                StringBuilder text = new StringBuilder(spec.fill(pick(DemoCaseStudyTexts.CONTEXT_OPENERS)));
                if (spec.home != null) {
                    text.append(" The work is run through the group \u201c").append(spec.home.name())
                            .append("\u201d.");
                }
                if (isShort) {
                    return text.toString();
                }
                text.append(' ').append(spec.fill(pick(DemoCaseStudyTexts.PRIOR_RELATIONSHIPS)));
                text.append(' ').append(spec.fill(pick(DemoCaseStudyTexts.WITH_PUPILS.contains(spec.theme.key())
                        ? DemoCaseStudyTexts.PHASE_SENTENCES : DemoCaseStudyTexts.STAFF_SENTENCES)));
                if (isLong) {
                    text.append("\n\n");
                    for (InstitutionSummary i : spec.partners) {
                        text.append("* **").append(i.name()).append("**: ").append(sectorWords(i.sector()));
                        if (i.town() != null) {
                            text.append(" in ").append(i.town());
                        }
                        text.append('\n');
                    }
                }
                return text.toString().strip();
            }

            private String problem(Theme t, boolean isShort, boolean isLong) {
                List<String> problems = shuffled(t.problems());
                StringBuilder text = new StringBuilder(spec.fill(problems.getFirst()));
                if (!isShort) {
                    text.append("\n\n").append(spec.fill(pick(DemoCaseStudyTexts.FRAMERS)));
                }
                if (isLong && problems.size() > 1) {
                    text.append("\n\n").append(spec.fill(problems.get(1)));
                }
                return text.toString();
            }

            private String aims(Theme t, boolean isShort, boolean isLong) {
                List<String> aims = shuffled(t.aims()).stream().map(spec::fill).toList();
                if (isShort) {
                    return "We wanted to " + aims.get(0) + " and to " + aims.get(1) + ".";
                }
                int count = Math.min(aims.size(), isLong ? 4 + random.nextInt(2) : 2 + random.nextInt(2));
                StringBuilder text = new StringBuilder(pick(DemoCaseStudyTexts.AIMS_INTROS)).append("\n\n");
                for (String aim : aims.subList(0, count)) {
                    text.append("* ").append(aim).append('\n');
                }
                return text.toString().strip();
            }

            private String roles(Theme t, boolean isLong) {
                List<String> lines = new ArrayList<>(t.roles().stream().map(spec::fill).toList());
                List<String> generic = shuffled(DemoCaseStudyTexts.GENERIC_ROLES);
                lines.addAll(generic.subList(0, isLong ? 2 : random.nextInt(2)).stream().map(spec::fill).toList());
                StringBuilder text = new StringBuilder();
                for (String line : lines) {
                    text.append("* ").append(line).append('\n');
                }
                return text.toString().strip();
            }

            private String activities(Theme t, List<String> texts, boolean isShort, boolean isLong) {
                if (isShort) {
                    return firstActivities;
                }
                StringBuilder text = new StringBuilder();
                int paragraphs = isLong ? texts.size() : 2;
                for (String p : texts.subList(0, Math.min(paragraphs, texts.size()))) {
                    text.append(spec.fill(p)).append("\n\n");
                }
                if (isLong || random.nextDouble() < 0.3) {
                    text.append("#### Timeline\n\n");
                    for (String step : t.timeline()) {
                        text.append("* ").append(spec.fill(step)).append('\n');
                    }
                }
                return text.toString().strip();
            }

            private String resources(boolean withTable) {
                StringBuilder text = new StringBuilder(spec.fill(pick(DemoCaseStudyTexts.RESOURCE_PROSE)));
                if (withTable) {
                    text.append("\n\n| Item | Paid by | Cost per year |\n|---|---|---:|\n");
                    int total = 0;
                    List<String> rows = DemoCaseStudyTexts.COST_ROWS.stream().filter(row -> {
                        String themes = row.substring(row.lastIndexOf('|') + 1);
                        return themes.equals("*") || List.of(themes.split(",")).contains(spec.theme.key());
                    }).toList();
                    for (String row : shuffled(rows).subList(0, Math.min(rows.size(), 3 + random.nextInt(3)))) {
                        String[] r = row.split("\\|");
                        int low = Integer.parseInt(r[2]);
                        int high = Integer.parseInt(r[3]);
                        int cost = high == 0 ? 0 : (low + random.nextInt(high - low + 1)) / 10 * 10;
                        total += cost;
                        text.append("| ").append(r[0]).append(" | ").append(r[1]).append(" | ")
                                .append(cost == 0 ? "in kind" : pounds(cost)).append(" |\n");
                    }
                    text.append("| **Total** | | **").append(pounds(total)).append("** |\n");
                }
                text.append("\n").append(spec.fill(pick(DemoCaseStudyTexts.WORKLOAD_SENTENCES)));
                return text.toString().strip();
            }

            private String evaluation(boolean isLong) {
                List<String> parts = new ArrayList<>();
                for (String type : evidenceTypes) {
                    List<String> pool = switch (type) {
                        case "evaluation" -> DemoCaseStudyTexts.EVALUATION_BY_TYPE_EVALUATION;
                        case "research-study" -> DemoCaseStudyTexts.EVALUATION_BY_TYPE_RESEARCH;
                        case "descriptive-account" -> DemoCaseStudyTexts.EVALUATION_BY_TYPE_DESCRIPTIVE;
                        default -> DemoCaseStudyTexts.EVALUATION_BY_TYPE_PERCEPTIONS;
                    };
                    parts.add(spec.fill(pick(pool)));
                }
                if (isLong) {
                    parts.add("Instruments (questionnaires, interview prompts) are attached where participants agreed.");
                }
                return String.join("\n\n", parts);
            }

            private String outcomes(Theme t, boolean isShort, boolean isLong) {
                List<String> outcomes = shuffled(t.outcomes()).stream().map(spec::fill).toList();
                if (isShort) {
                    return outcomes.get(0) + (random.nextBoolean() ? " " + outcomes.get(1) : "");
                }
                StringBuilder text = new StringBuilder();
                if (isLong) {
                    text.append(spec.fill("Over the year {n} pupils and {m} staff took part.")).append("\n\n");
                }
                int count = Math.min(outcomes.size(), isLong ? 4 : 2 + random.nextInt(2));
                for (String o : outcomes.subList(0, count)) {
                    text.append("* ").append(o).append('\n');
                }
                return text.toString().strip();
            }

            private String challenges(Theme t, boolean isLong) {
                List<String> parts = new ArrayList<>();
                parts.add(spec.fill(pick(t.challenges())));
                List<String> generic = shuffled(DemoCaseStudyTexts.GENERIC_CHALLENGES);
                parts.addAll(generic.subList(0, isLong ? 2 : random.nextInt(2)).stream().map(spec::fill).toList());
                return String.join("\n\n", parts);
            }

            private String sustainability(boolean isLong) {
                List<String> pool = shuffled(DemoCaseStudyTexts.SUSTAINABILITY);
                return spec.fill(pool.get(0)) + (isLong ? " " + spec.fill(pool.get(1)) : "");
            }

            private String lessons(Theme t, boolean isShort, boolean isLong) {
                List<String> own = shuffled(t.lessons()).stream().map(spec::fill).toList();
                if (isShort) {
                    return own.getFirst();
                }
                List<String> all = new ArrayList<>(own.subList(0, isLong ? 3 : 2));
                all.addAll(shuffled(DemoCaseStudyTexts.GENERIC_LESSONS).subList(0, isLong ? 2 : random.nextInt(2)));
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < all.size(); i++) {
                    text.append(i + 1).append(". ").append(all.get(i)).append('\n');
                }
                return text.toString().strip();
            }

            // --- steps

            /** The empty case study with its facets and links; the first step fills it. */
            Content start() {
                Content c = new Content();
                c.title = workingTitle;
                c.groupId = spec.home == null ? null : spec.home.id();
                Set<String> sectors = new TreeSet<>();
                Set<String> regions = new TreeSet<>();
                Set<String> phases = new TreeSet<>();
                Set<Long> institutionIds = new LinkedHashSet<>();
                for (InstitutionSummary i : spec.partners) {
                    sectors.add(i.sector().code());
                    regions.add(i.region().code());
                    institutionIds.add(i.id());
                    if (i.sector().side() == Sector.Side.SCHOOL) {
                        phases.addAll(DemoDataGenerator.phases(i.sector()));
                    }
                }
                if (spec.theme.activities().contains("ite") || spec.theme.key().equals("accredited-cpd")) {
                    phases.add("he");
                }
                c.sectors = sectors;
                c.regions = regions;
                c.phases = phases;
                c.activities = new TreeSet<>(spec.theme.activities());
                c.institutionIds = institutionIds;
                Set<Long> groupIds = new LinkedHashSet<>();
                if (spec.home != null && spec.home.parentId() != null) {
                    Home parent = byGroupId.get(spec.home.parentId());
                    if (parent != null && parent.visibility() == GroupVisibility.PUBLIC) {
                        groupIds.add(parent.id());
                    }
                }
                if (spec.home == null && random.nextDouble() < 0.35) {
                    List<Home> near = visibleGroupsOf.getOrDefault(spec.school.id(), List.of());
                    if (!near.isEmpty()) {
                        groupIds.add(pick(near).id());
                    }
                }
                c.groupIds = groupIds;
                c.voice = spec.shape == Shape.DRAFT && random.nextDouble() < 0.3 ? null : voice;
                return c;
            }

            /** The steps up to a complete case study. */
            List<Step> baseSteps() {
                List<Step> steps = new ArrayList<>();
                List<CaseStudyField> first = new ArrayList<>(List.of(CaseStudyField.PROBLEM, CaseStudyField.AIMS,
                        CaseStudyField.ACTIVITIES));
                if (full.containsKey(CaseStudyField.PARTNERS_AND_CONTEXT) && random.nextBoolean()) {
                    first.addFirst(CaseStudyField.PARTNERS_AND_CONTEXT);
                }
                boolean noSummaryYet = random.nextDouble() < 0.3;
                steps.add(new Step(random.nextDouble() < 0.7 ? pick(DemoCaseStudyTexts.FIRST_EDIT_SUMMARIES) : null,
                        c -> {
                            for (CaseStudyField f : first) {
                                c.fields.put(f, f == CaseStudyField.ACTIVITIES ? firstActivities : full.get(f));
                            }
                            c.summary = noSummaryYet ? null : summaries.getFirst();
                        }));
                if (!firstActivities.equals(full.get(CaseStudyField.ACTIVITIES))) {
                    steps.add(new Step("Described the activities in full",
                            c -> c.fields.put(CaseStudyField.ACTIVITIES, full.get(CaseStudyField.ACTIVITIES))));
                }
                List<CaseStudyField> rest = new ArrayList<>();
                for (CaseStudyField f : full.keySet()) {
                    if (!first.contains(f) && f != CaseStudyField.ACTIVITIES) {
                        rest.add(f);
                    }
                }
                Collections.shuffle(rest, random);
                for (CaseStudyField f : rest) {
                    steps.add(new Step(addedSummary(f), c -> {
                        c.fields.put(f, full.get(f));
                        if (f == CaseStudyField.EVALUATION_DESIGN) {
                            evidence(c);
                        }
                        if (f == CaseStudyField.PARTICIPANTS_AND_ROLES) {
                            c.personIds = people();
                        }
                    }));
                }
                // finishing touches: the real title, a summary, the evidence if no evaluation section
                steps.add(new Step(workingTitle.equals(spec.title) ? "Summary and facets" : "Final title and summary",
                        c -> {
                            c.title = spec.title;
                            c.summary = summaries.getFirst();
                            c.voice = voice;
                            if (c.evidenceStrength == null) {
                                evidence(c);
                            }
                        }));
                return steps;
            }

            private void evidence(Content c) {
                c.evidenceTypes = evidenceTypes;
                c.evidenceStrength = evidenceStrength;
                c.modelLevel = modelLevel;
            }

            private Set<Long> people() {
                Set<Long> ids = new LinkedHashSet<>();
                ids.add(spec.lead().personId());
                if (spec.writers.size() > 1 && random.nextBoolean()) {
                    ids.add(spec.writers.get(1).personId());
                }
                return ids;
            }

            private String addedSummary(CaseStudyField f) {
                return switch (f) {
                    case PARTNERS_AND_CONTEXT -> "Added the partners and context";
                    case PARTICIPANTS_AND_ROLES -> "Added who took part and their roles";
                    case RESOURCES_AND_COSTS -> table ? "Added the costs table" : "Added resources and costs";
                    case EVALUATION_DESIGN -> "Described how we evaluated it";
                    case OUTCOMES_AND_IMPACT -> "Added outcomes";
                    case CHALLENGES -> "Added the challenges and how we handled them";
                    case SUSTAINABILITY -> "Added what happened after the funding";
                    case LESSONS -> "Added lessons";
                    default -> "Expanded the text";
                };
            }

            /** What a reviewer asks for when this step is missing. */
            String requestFor(Step missing) {
                String s = missing.summary() == null ? "" : missing.summary();
                if (s.contains("evaluated")) {
                    return DemoCaseStudyTexts.CHANGES_REQUESTED.get(0);
                }
                if (s.contains("cost")) {
                    return DemoCaseStudyTexts.CHANGES_REQUESTED.get(1);
                }
                if (s.contains("lessons")) {
                    return DemoCaseStudyTexts.CHANGES_REQUESTED.get(5);
                }
                return pick(List.of(DemoCaseStudyTexts.CHANGES_REQUESTED.get(3), DemoCaseStudyTexts.CHANGES_REQUESTED.get(4),
                        "Please fill in the missing sections before we publish: readers will look for them."));
            }

            /** A small edit: the summary reworded. */
            Step tidy() {
                String alternative = summaries.get(1 + random.nextInt(summaries.size() - 1));
                return new Step(pick(DemoCaseStudyTexts.TIDY_EDIT_SUMMARIES), c -> c.summary =
                        c.summary == null || !c.summary.equals(alternative) ? alternative : summaries.getFirst());
            }

            /** What a revision after publication adds. */
            Step later() {
                String addition = spec.fill(pick(DemoCaseStudyTexts.LATER_OUTCOMES));
                return new Step(pick(DemoCaseStudyTexts.LATER_EDIT_SUMMARIES), c -> {
                    String outcomes = c.fields.get(CaseStudyField.OUTCOMES_AND_IMPACT);
                    c.fields.put(CaseStudyField.OUTCOMES_AND_IMPACT, (outcomes == null ? "" : outcomes + "\n\n")
                            + "#### Since publication\n\n" + addition);
                });
            }
        }

        // ------------------------------------------------------------------ helpers

        private static String joinSummaries(List<String> summaries) {
            if (summaries.isEmpty()) {
                return null;
            }
            StringBuilder text = new StringBuilder(summaries.getFirst());
            for (String s : summaries.subList(1, Math.min(3, summaries.size()))) {
                text.append("; ").append(Character.toLowerCase(s.charAt(0))).append(s.substring(1));
            }
            return text.length() > 300 ? text.substring(0, 300) : text.toString();
        }

        private static String list(List<String> names) {
            if (names.size() == 1) {
                return names.getFirst();
            }
            return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
        }

        private static String sectorWords(Sector sector) {
            return switch (sector) {
                case PRIMARY_SCHOOL -> "primary school";
                case SECONDARY_SCHOOL -> "secondary school";
                case SPECIAL_SCHOOL -> "special school";
                case ALL_THROUGH_SCHOOL -> "all-through school";
                case COLLEGE -> "college";
                case UNIVERSITY -> "university";
                case TEACHING_SCHOOL_TRUST -> "trust";
                case LOCAL_AUTHORITY -> "local authority";
                case SUBJECT_ASSOCIATION -> "subject association";
                case CHARITY -> "charity";
                case BUSINESS -> "business";
            };
        }

        private static String pounds(int amount) {
            return String.format(Locale.UK, "\u00a3%,d", amount);
        }

        private static String shortName(InstitutionSummary i) {
            return i.name().replace(" Primary School", " Primary").replace(" Catholic ", " ").replace(" C of E ", " ")
                    .replace(" High School", " High").replace(" Special School", " School");
        }

        private static String capitalise(String s) {
            return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s;
        }

        private static String key(String title) {
            return java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFKC).strip()
                    .replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        }

        private <T> List<T> shuffled(List<T> list) {
            List<T> copy = new ArrayList<>(list);
            Collections.shuffle(copy, random);
            return copy;
        }

        private <T> T pick(List<T> list) {
            return list.get(random.nextInt(list.size()));
        }
    }
}
