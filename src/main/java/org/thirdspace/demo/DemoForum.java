package org.thirdspace.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.LongFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.thirdspace.demo.DemoDataGenerator.DemoPerson;
import org.thirdspace.demo.DemoDataGenerator.Population;
import org.thirdspace.demo.DemoForumTexts.CategorySpec;
import org.thirdspace.demo.DemoForumTexts.LongThread;
import org.thirdspace.demo.DemoForumTexts.Prompt;
import org.thirdspace.demo.DemoForumTexts.Theme;
import org.thirdspace.forum.CategoryDraft;
import org.thirdspace.forum.ForumImport;
import org.thirdspace.forum.ForumImport.ImportedCategory;
import org.thirdspace.forum.ForumImport.ImportedReadMark;
import org.thirdspace.forum.ForumImport.ImportedVisit;
import org.thirdspace.forum.ForumImport.ImportedWatch;
import org.thirdspace.forum.ForumKey;
import org.thirdspace.forum.ImportedPost;
import org.thirdspace.forum.ImportedTopic;
import org.thirdspace.forum.Mentionable;
import org.thirdspace.forum.TopicKind;
import org.thirdspace.forum.WatchTarget;
import org.thirdspace.groups.GroupKind;
import org.thirdspace.groups.GroupVisibility;
import org.thirdspace.groups.ImportedGroup;
import org.thirdspace.groups.ImportedGroup.ImportedMember;
import org.thirdspace.groups.Stage;
import org.thirdspace.institutions.InstitutionSummary;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.PersonSummary;
import org.thirdspace.shared.Sector;

/**
 * Demo forums: the site-wide categories ({@link DemoForumTexts#CATEGORIES}, one archived) and
 * about 360 topics written from {@link DemoForumTexts} over the last eighteen months, in the
 * categories and in the forums of many demo groups (private ones too): questions with accepted
 * answers and unanswered ones, discussions, a few long threads (60 to 150 replies), mentions,
 * quotes, tags, "helpful" reactions, edits with their history, removed posts with a reason, pinned,
 * closed and locked topics. The demo logins get their share: member@ and broker@ ask and answer
 * (broker@'s answer is accepted on member@'s question), moderator@ writes the guidelines and
 * moderates; all three watch forums and have unread posts. The admin's share (a topic, watches,
 * unread posts) follows as soon as the admin account exists, which at a first start is only after
 * the demo data. Deterministic for a given seed and day.
 */
@Component
class DemoForum {

    private static final Logger log = LoggerFactory.getLogger(DemoForum.class);

    /** Topics in the site-wide categories besides the long threads and the demo logins' own. */
    static final int CATEGORY_TOPICS = 205;
    /** Topics per import call (one transaction each). */
    private static final int BATCH = 40;
    /** How far back the forums go. */
    static final int DAYS = 540;

    static final String MEMBER = DemoCaseStudies.MEMBER;
    static final String BROKER = DemoCaseStudies.BROKER;
    static final String MODERATOR = DemoCaseStudies.MODERATOR;

    private final ForumImport imports;
    private final PeopleService people;
    private final String adminEmail;
    /** The admin's share, waiting for the admin account (created when the application is ready). */
    private Plan waitingForAdmin;

    DemoForum(ForumImport imports, PeopleService people, @Value("${thirdspace.admin.email:}") String adminEmail) {
        this.imports = imports;
        this.people = people;
        this.adminEmail = adminEmail;
    }

    /** What was created. */
    record Result(List<Long> categoryIds, List<Long> topicIds, int posts) {
    }

    /** Creates the demo forums (the caller is an admin). */
    Result generate(Random random, Population population, List<DemoGroups.Created> groups, LocalDate today) {
        long started = System.nanoTime();
        List<Long> categoryIds = imports.importCategories(categories(today));
        Map<String, Long> bySlug = new LinkedHashMap<>();
        for (int i = 0; i < categoryIds.size(); i++) {
            bySlug.put(DemoForumTexts.CATEGORIES.get(i).slug(), categoryIds.get(i));
        }
        Plan plan = new Plan(random, population, groups, today, bySlug, new DisplayNames(people, population));
        List<ImportedTopic> topics = plan.topics();
        long planned = System.nanoTime();
        List<Long> ids = new ArrayList<>(topics.size());
        for (int from = 0; from < topics.size(); from += BATCH) {
            ids.addAll(imports.importTopics(topics.subList(from, Math.min(topics.size(), from + BATCH))));
        }
        plan.imported(ids);
        Reading reading = plan.reading();
        imports.importReading(reading.watches(), reading.reads(), reading.visits());
        int posts = topics.stream().mapToInt(t -> t.posts().size()).sum();
        log.info("Demo data: forums drawn in {} ms, written in {} ms", (planned - started) / 1_000_000,
                (System.nanoTime() - planned) / 1_000_000);
        Long admin = adminPersonId();
        if (admin != null) {
            adminShare(plan, admin);
        } else {
            waitingForAdmin = plan;
        }
        return new Result(categoryIds, ids, posts);
    }

    /** At a first start the admin account is created when the application is ready; then its share follows. */
    @EventListener
    void onReady(AvailabilityChangeEvent<?> event) {
        Plan plan = waitingForAdmin;
        if (event.getState() != ReadinessState.ACCEPTING_TRAFFIC || plan == null) {
            return;
        }
        waitingForAdmin = null;
        var previous = SecurityContextHolder.getContext().getAuthentication();
        try {
            SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(
                    "demo-data", null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
            Long admin = adminPersonId();
            if (admin != null) {
                adminShare(plan, admin);
            }
        } catch (RuntimeException e) {
            log.warn("Demo data: the admin's forum share could not be written", e);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private void adminShare(Plan plan, long adminPersonId) {
        Plan.AdminShare share = plan.admin(adminPersonId);
        List<Long> ids = imports.importTopics(share.topics());
        Reading reading = share.reading(ids);
        imports.importReading(reading.watches(), reading.reads(), reading.visits());
        log.info("Demo data: the admin's forum share ({} topics)", ids.size());
    }

    /** The configured admin's person, if the account exists yet (looked up as that admin). */
    private Long adminPersonId() {
        if (adminEmail == null || adminEmail.isBlank()) {
            return null;
        }
        var previous = SecurityContextHolder.getContext().getAuthentication();
        try {
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    adminEmail, null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
            return people.myPersonId().orElse(null);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    static List<ImportedCategory> categories(LocalDate today) {
        Instant opened = today.minusDays(DAYS + 10).atTime(9, 0).toInstant(ZoneOffset.UTC);
        List<ImportedCategory> result = new ArrayList<>();
        int position = 1;
        for (CategorySpec c : DemoForumTexts.CATEGORIES) {
            result.add(new ImportedCategory(new CategoryDraft(c.slug(), c.name(), c.description(), c.visibility(),
                    position++, c.archived()), opened));
        }
        return result;
    }

    /** Display names: the population's in one query, anyone else once each. */
    static final class DisplayNames implements LongFunction<String> {
        private final PeopleService people;
        private final Map<Long, String> cache = new HashMap<>();

        DisplayNames(PeopleService people, Population population) {
            this.people = people;
            List<Long> ids = population.persons().stream().map(DemoPerson::personId).toList();
            for (int from = 0; from < ids.size(); from += 1000) {
                cache.putAll(people.displayNames(ids.subList(from, Math.min(ids.size(), from + 1000))));
            }
        }

        @Override
        public String apply(long personId) {
            return cache.computeIfAbsent(personId,
                    id -> people.find(id).map(PersonSummary::displayName).orElse("A member"));
        }
    }

    /** Watches, read marks and visits to import. */
    record Reading(List<ImportedWatch> watches, List<ImportedReadMark> reads, List<ImportedVisit> visits) {
    }

    // ================================================================== the drawing

    /** The drawing of one population's forums. */
    static final class Plan {

        private final Random random;
        private final LocalDate today;
        /** Nothing happens after this: yesterday evening. */
        private final Instant latest;
        private final Instant earliest;
        private final LongFunction<String> names;
        private final Map<String, Long> categoryIds;
        private final Map<String, Theme> themes = new HashMap<>();
        private final Map<Long, DemoPerson> byId = new LinkedHashMap<>();
        private final List<DemoPerson> persons;
        private final List<DemoPerson> active;
        private final List<DemoPerson> moderators;
        private final List<InstitutionSummary> universities;
        private final List<InstitutionSummary> schools;
        private final DemoPerson sam;
        private final DemoPerson priya;
        private final DemoPerson morgan;
        private final List<GroupForumSpec> groupForums = new ArrayList<>();
        private final Set<String> titles = new HashSet<>();
        /** Every topic drawn, in import order after {@link #topics()}. */
        private final List<Topic> threads = new ArrayList<>();
        private List<Long> topicIds = List.of();

        /** A group whose forum gets topics: who may write there and since when. */
        record GroupForumSpec(long id, String name, GroupKind kind, GroupVisibility visibility, Instant opens,
                Instant closes, List<ImportedMember> members, String theme) {

            ForumKey forum() {
                return ForumKey.group(id);
            }

            boolean isMember(long personId) {
                return members.stream().anyMatch(m -> m.personId() == personId);
            }
        }

        Plan(Random random, Population population, List<DemoGroups.Created> groups, LocalDate today,
                Map<String, Long> categoryIds, LongFunction<String> names) {
            this.random = random;
            this.today = today;
            this.latest = today.minusDays(1).atTime(18, 0).toInstant(ZoneOffset.UTC);
            this.earliest = today.minusDays(DAYS).atTime(8, 0).toInstant(ZoneOffset.UTC);
            this.names = names;
            this.categoryIds = categoryIds;
            DemoForumTexts.THEMES.forEach(t -> themes.put(t.key(), t));
            this.persons = population.persons();
            persons.forEach(p -> byId.put(p.personId(), p));
            sam = find(MEMBER);
            priya = find(BROKER);
            morgan = find(MODERATOR);
            moderators = persons.stream().filter(DemoPerson::moderator).toList();
            universities = population.created().stream().filter(i -> i.sector() == Sector.UNIVERSITY).toList();
            schools = population.created().stream().filter(i -> i.sector().side() == Sector.Side.SCHOOL).toList();
            // the people who write in the categories: a few hundred, some much more often than others
            List<DemoPerson> shuffled = new ArrayList<>(persons);
            Collections.shuffle(shuffled, random);
            List<DemoPerson> pool = new ArrayList<>(shuffled.subList(0, Math.min(shuffled.size(), 700)));
            DemoPerson[] logins = {priya, morgan, sam};
            for (int i = 0; i < logins.length; i++) {
                if (logins[i] != null) {
                    pool.remove(logins[i]);
                    pool.add(Math.min(pool.size(), 2 + 4 * i), logins[i]);
                }
            }
            active = pool;
            for (DemoGroups.Created g : groups) {
                ImportedGroup group = g.group();
                List<ImportedMember> members = group.members().stream().filter(m -> m.leftAt() == null)
                        .filter(m -> byId.containsKey(m.personId())).toList();
                if (members.size() < 2) {
                    continue;
                }
                Instant created = group.createdAt() == null ? earliest : group.createdAt();
                Instant opens = max(earliest, created.plus(Duration.ofDays(14)));
                Instant closes = group.stage() == Stage.CLOSED && group.stageChangedOn() != null
                        ? group.stageChangedOn().atStartOfDay().toInstant(ZoneOffset.UTC) : latest;
                if (closes.isAfter(latest)) {
                    closes = latest;
                }
                if (!opens.isBefore(closes.minus(Duration.ofDays(20)))) {
                    continue;
                }
                var draft = group.draft();
                boolean buddies = draft.kind() == GroupKind.PROJECT && draft.visibility() == GroupVisibility.PRIVATE
                        && members.size() == 2;
                String theme = buddies ? "group-buddies" : switch (draft.kind()) {
                    case PARTNERSHIP -> "group-partnership";
                    case NETWORK -> "group-network";
                    case COMMUNITY_OF_PRACTICE -> "group-community";
                    case PROJECT -> "group-project";
                };
                groupForums.add(new GroupForumSpec(g.id(), draft.name(), draft.kind(), draft.visibility(), opens, closes,
                        members, theme));
            }
        }

        private DemoPerson find(String email) {
            return persons.stream().filter(p -> email.equals(p.email())).findFirst().orElse(null);
        }

        // ------------------------------------------------------------------ all topics

        List<ImportedTopic> topics() {
            if (active.size() < 10 || categoryIds.isEmpty()) {
                return List.of(); // a population too small for forums
            }
            guidelines();
            for (LongThread spec : DemoForumTexts.LONG_THREADS) {
                longThread(spec);
            }
            demoLogins();
            categoryTopics();
            groupTopics();
            moderate();
            threads.sort(Comparator.comparing(t -> t.start));
            List<ImportedTopic> result = new ArrayList<>(threads.size());
            for (Topic t : threads) {
                result.add(t.build());
            }
            return result;
        }

        void imported(List<Long> ids) {
            topicIds = List.copyOf(ids);
        }

        /** The pinned guidelines by the demo moderator, written when the forums opened. */
        private void guidelines() {
            DemoPerson author = morgan != null ? morgan : moderators.isEmpty() ? active.getFirst() : moderators.getFirst();
            Topic t = new Topic(category("getting-started"), TopicKind.DISCUSSION, DemoForumTexts.GUIDELINES_TITLE,
                    List.of("guidelines", "getting-started"), theme("getting-started"), active, author);
            t.post(author, DemoForumTexts.GUIDELINES, Kind.OPENING);
            t.pinned = true;
            t.locked = true;
            t.start = earliest.plus(Duration.ofDays(1));
            t.end = t.start;
            threads.add(t);
        }

        // ------------------------------------------------------------------ long threads

        private void longThread(LongThread spec) {
            boolean inGroup = spec.where().equals("group");
            GroupForumSpec group = inGroup ? samsPartnership() : null;
            if (inGroup && group == null) {
                return;
            }
            List<DemoPerson> pool = group != null ? members(group) : active;
            DemoPerson author = group != null ? pool.getFirst() : pick(spec.replyStyle().equals("intro")
                    ? moderators.isEmpty() ? active : moderators : active);
            ForumKey forum = group != null ? group.forum() : category(spec.where());
            Topic t = new Topic(forum, spec.kind(), spec.title(), spec.tags(), theme(spec.replyStyle().equals("intro")
                    ? "getting-started" : spec.replyStyle()), pool, author);
            t.groupName = group != null ? group.name() : null;
            t.post(author, spec.body(), Kind.OPENING);
            int replies = spec.minReplies() + random.nextInt(spec.maxReplies() - spec.minReplies() + 1);
            if (spec.replyStyle().equals("intro")) {
                // everyone introduces themselves once, from the whole population
                List<DemoPerson> everyone = new ArrayList<>(persons);
                everyone.remove(author);
                Collections.shuffle(everyone, random);
                for (DemoPerson p : everyone.subList(0, Math.min(everyone.size(), replies))) {
                    t.post(p, intro(p), Kind.SUBSTANTIVE);
                    if (t.posts.size() > replies) {
                        break;
                    }
                    if (random.nextDouble() < 0.08 && t.posts.size() > 3) {
                        DemoPerson welcomer = pick(active);
                        t.post(welcomer, t.fill(pick(DemoForumTexts.WELCOMES).replace("{name}", firstName(p.personId())),
                                welcomer), Kind.SHORT);
                    }
                }
                t.pinned = true;
                t.start = earliest.plus(Duration.ofDays(2));
            } else {
                for (int i = 0; i < replies; i++) {
                    t.reply(longReply(spec.replyStyle()));
                }
                t.start = earliest.plus(Duration.ofDays(10 + random.nextInt(120)));
                t.pinned = group != null;
            }
            t.start = max(t.start, group != null ? group.opens() : earliest);
            t.end = group != null ? group.closes() : latest;
            t.spread = true;
            threads.add(t);
        }

        private Kind longReply(String style) {
            return switch (style) {
                case "mentoring" -> random.nextDouble() < 0.55 ? Kind.HOURS : null;
                case "outreach" -> random.nextDouble() < 0.7 ? Kind.IDEA : null;
                case "research" -> random.nextDouble() < 0.15 ? Kind.PAPER : null;
                case "group-partnership" -> random.nextDouble() < 0.7 ? Kind.LOGISTICS : Kind.SHORT;
                default -> null;
            };
        }

        private String intro(DemoPerson p) {
            String role = switch (p.home().sector().side()) {
                case UNIVERSITY -> pick(DemoForumTexts.INTRO_ROLES_UNIVERSITY);
                case SCHOOL -> pick(DemoForumTexts.INTRO_ROLES_SCHOOL);
                case OTHER -> pick(DemoForumTexts.INTRO_ROLES_OTHER);
            };
            String ask = pick(DemoForumTexts.INTRO_ASKS);
            String text = pick(DemoForumTexts.INTRO_OPENERS) + " " + role + " "
                    + pick(DemoForumTexts.INTRO_INTERESTS) + (ask.isEmpty() ? "" : " " + ask);
            return fillFor(text, p, null);
        }

        private GroupForumSpec samsPartnership() {
            return groupForums.stream()
                    .filter(g -> g.kind() == GroupKind.PARTNERSHIP && sam != null && g.isMember(sam.personId()))
                    .findFirst()
                    .orElse(groupForums.stream().filter(g -> g.kind() == GroupKind.PARTNERSHIP)
                            .max(Comparator.comparingInt(g -> g.members().size())).orElse(null));
        }

        // ------------------------------------------------------------------ the demo logins

        private void demoLogins() {
            if (sam != null) {
                // a question answered by the broker, accepted
                Topic q = categoryThread("mentoring-ite", sam, TopicKind.QUESTION, 0);
                q.answerBy = priya;
                q.acceptance = Acceptance.ALWAYS;
                q.replies = 4 + random.nextInt(4);
                q.start = latest.minus(Duration.ofDays(40 + random.nextInt(30)));
                q.draw();
                // an unanswered question, asked recently
                Topic open = categoryThread("research-engaged-schools", sam, TopicKind.QUESTION, 1);
                open.replies = 0;
                open.start = latest.minus(Duration.ofDays(3));
                open.draw();
                // a discussion in his partnership's forum
                GroupForumSpec group = samsPartnership();
                if (group != null && group.isMember(sam.personId())) {
                    Topic d = groupThread(group, sam);
                    d.replies = 3 + random.nextInt(5);
                    d.start = latest.minus(Duration.ofDays(20 + random.nextInt(20)));
                    d.draw();
                }
            }
            if (priya != null) {
                for (String slug : List.of("partnership-brokering", "partnership-brokering", "funding-sustainability")) {
                    Topic t = categoryThread(slug, priya, null, -1);
                    t.start = latest.minus(Duration.ofDays(15 + random.nextInt(300)));
                    t.draw();
                }
            }
            if (morgan != null) {
                for (String slug : List.of("evaluation-evidence", "getting-started")) {
                    Topic t = categoryThread(slug, morgan, null, -1);
                    t.start = latest.minus(Duration.ofDays(30 + random.nextInt(300)));
                    t.draw();
                }
            }
        }

        // ------------------------------------------------------------------ categories

        private void categoryTopics() {
            int shares = DemoForumTexts.CATEGORIES.stream().mapToInt(CategorySpec::share).sum();
            for (CategorySpec c : DemoForumTexts.CATEGORIES) {
                int count = c.archived() ? 5 : Math.round((float) CATEGORY_TOPICS * c.share() / shares);
                List<Integer> order = new ArrayList<>();
                for (int i = 0; i < themes.get(c.theme()).prompts().size(); i++) {
                    order.add(i);
                }
                Collections.shuffle(order, random);
                for (int n = 0; n < count; n++) {
                    Topic t = categoryThread(c.slug(), pickAuthor(active), null, order.get(n % order.size()));
                    if (c.archived()) {
                        // last year's conference: all over and closed
                        t.start = latest.minus(Duration.ofDays(DAYS - 30 - random.nextInt(60)));
                        t.end = t.start.plus(Duration.ofDays(40));
                        t.closed = true;
                    }
                    t.draw();
                }
            }
        }

        /**
         * A topic in a category from the category's theme: {@code prompt} picks the prompt (-1: a
         * random one; 0, 1: the first questions of the theme), {@code kind} overrides nothing but is
         * checked (null: any).
         */
        private Topic categoryThread(String slug, DemoPerson author, TopicKind kind, int prompt) {
            CategorySpec spec = DemoForumTexts.CATEGORIES.stream().filter(c -> c.slug().equals(slug)).findFirst()
                    .orElseThrow();
            Theme theme = theme(spec.theme());
            List<Prompt> prompts = theme.prompts().stream().filter(p -> kind == null || p.kind() == kind).toList();
            Prompt p = prompt >= 0 ? prompts.get(prompt % prompts.size()) : pick(prompts);
            Topic t = new Topic(category(slug), p.kind(), null, p.tags(), theme, active, author);
            t.prompt = p;
            return t;
        }

        private Topic groupThread(GroupForumSpec group, DemoPerson author) {
            Theme theme = theme(group.theme());
            Prompt p = pick(theme.prompts());
            Topic t = new Topic(group.forum(), p.kind(), null, p.tags(), theme, members(group), author);
            t.prompt = p;
            t.groupName = group.name();
            t.start = between(group.opens(), group.closes());
            t.end = group.closes();
            return t;
        }

        // ------------------------------------------------------------------ groups

        private void groupTopics() {
            for (GroupForumSpec group : groupForums) {
                int count = switch (group.theme()) {
                    case "group-partnership" -> random.nextInt(4);
                    case "group-network" -> 1 + random.nextInt(4);
                    case "group-community" -> 2 + random.nextInt(4);
                    case "group-buddies" -> 2 + random.nextInt(2);
                    default -> 1 + random.nextInt(2);
                };
                List<DemoPerson> members = members(group);
                for (int n = 0; n < count; n++) {
                    Topic t = groupThread(group, pick(members));
                    // facilitators start most of the organisational topics
                    if (random.nextDouble() < 0.5) {
                        group.members().stream().filter(m -> m.role().manages()).findFirst()
                                .map(m -> byId.get(m.personId())).ifPresent(f -> t.author = f);
                    }
                    t.draw();
                }
            }
        }

        private List<DemoPerson> members(GroupForumSpec group) {
            return group.members().stream().map(m -> byId.get(m.personId())).toList();
        }

        // ------------------------------------------------------------------ moderation

        /** Old answered questions closed with a note; one heated discussion locked. */
        private void moderate() {
            if (moderators.isEmpty()) {
                return;
            }
            List<Topic> answered = threads.stream().filter(t -> t.accepted != null && !t.closed && !t.pinned
                    && t.forum.categoryId() != null && t.start.isBefore(latest.minus(Duration.ofDays(200)))).toList();
            for (Topic t : answered) {
                if (random.nextDouble() < 0.2) {
                    t.closingNote = pick(DemoForumTexts.CLOSING_NOTES);
                    t.closed = true;
                }
            }
            threads.stream().filter(t -> t.kind == TopicKind.DISCUSSION && !t.pinned && !t.closed
                    && t.forum.categoryId() != null && t.replies >= 8 && t.replies <= 30).findFirst()
                    .ifPresent(t -> {
                        t.locked = true;
                        t.lockNote = DemoForumTexts.LOCK_NOTE;
                    });
        }

        // ------------------------------------------------------------------ reading state

        /** Watches, read marks and visits of the demo logins, so that unread counts look lived-in. */
        Reading reading() {
            List<ImportedWatch> watches = new ArrayList<>();
            List<ImportedReadMark> reads = new ArrayList<>();
            List<ImportedVisit> visits = new ArrayList<>();
            Random r = new Random(random.nextLong());
            if (sam != null) {
                reader(r, sam, List.of("mentoring-ite", "getting-started"), 0.35, watches, reads, visits);
            }
            if (priya != null) {
                reader(r, priya, List.of("partnership-brokering", "funding-sustainability", "widening-participation"),
                        0.3, watches, reads, visits);
            }
            if (morgan != null) {
                reader(r, morgan, List.of("getting-started", "evaluation-evidence", "research-engaged-schools"), 0.25,
                        watches, reads, visits);
            }
            return new Reading(watches, reads, visits);
        }

        /**
         * One reader: watches the categories and their groups' forums, has read most topics there and
         * some elsewhere, part of them not to the end ({@code behind}: the share left unfinished).
         */
        private void reader(Random r, DemoPerson who, List<String> slugs, double behind, List<ImportedWatch> watches,
                List<ImportedReadMark> reads, List<ImportedVisit> visits) {
            long id = who.personId();
            Instant lastVisit = latest.minus(Duration.ofHours(30 + r.nextInt(40)));
            Instant previousVisit = lastVisit.minus(Duration.ofDays(5 + r.nextInt(6)));
            Set<ForumKey> watched = new LinkedHashSet<>();
            for (String slug : slugs) {
                watched.add(category(slug));
            }
            for (GroupForumSpec g : groupForums) {
                if (g.isMember(id)) {
                    watched.add(g.forum());
                }
            }
            for (ForumKey forum : watched) {
                watches.add(new ImportedWatch(id, WatchTarget.forum(forum), earliest.plus(Duration.ofDays(20
                        + r.nextInt(100)))));
                visits.add(new ImportedVisit(id, forum, lastVisit, previousVisit));
            }
            for (int i = 0; i < threads.size(); i++) {
                Topic t = threads.get(i);
                if (!visible(t, id)) {
                    continue;
                }
                boolean inWatched = watched.contains(t.forum);
                double chance = inWatched ? 0.85 : 0.12;
                if (r.nextDouble() >= chance) {
                    continue;
                }
                int last = t.posts.size();
                int readTo = last;
                Instant readAt = t.posts.getLast().at;
                if (last > 1 && r.nextDouble() < behind) {
                    readTo = Math.max(1, last - 1 - r.nextInt(Math.min(8, last - 1)));
                    readAt = t.posts.get(readTo - 1).at;
                }
                if (readAt.isAfter(lastVisit)) {
                    readAt = lastVisit;
                }
                reads.add(new ImportedReadMark(id, topicIds.get(i), readTo, max(readAt, t.posts.get(readTo - 1).at)));
                if (!inWatched && r.nextDouble() < 0.3) {
                    watches.add(new ImportedWatch(id, WatchTarget.topic(topicIds.get(i)), t.posts.getFirst().at));
                }
            }
        }

        private boolean visible(Topic t, long personId) {
            if (t.forum.categoryId() != null) {
                return true;
            }
            return groupForums.stream().filter(g -> g.id() == t.forum.groupId()).findFirst()
                    .map(g -> g.visibility() != GroupVisibility.PRIVATE || g.isMember(personId)).orElse(false);
        }

        // ------------------------------------------------------------------ the admin's share

        /** The admin's topics and reading, once the admin has a person. */
        record AdminShare(List<ImportedTopic> topics, Plan plan, long adminPersonId) {

            Reading reading(List<Long> ids) {
                return plan.adminReading(adminPersonId, ids);
            }
        }

        AdminShare admin(long adminPersonId) {
            Random r = new Random(today.toEpochDay() * 31 + adminPersonId);
            DemoPerson admin = new DemoPerson(adminPersonId, "admin", pick(r, universities.isEmpty() ? schools
                    : universities), today, null, null, false, true);
            List<ImportedTopic> topics = new ArrayList<>();
            if (active.size() < 10 || categoryIds.isEmpty()) {
                return new AdminShare(topics, this, adminPersonId);
            }
            Topic news = new Topic(category("getting-started"), TopicKind.DISCUSSION,
                    "Site news: groups now have their own forums", List.of("platform", "groups"),
                    theme("getting-started"), active, admin);
            news.post(admin, "Every group on ThirdSpace now has a forum of its own, next to its meetings and "
                    + "documents. It follows the group: a private group's forum is only for its members. Facilitators "
                    + "can pin and close topics in their group's forum. Tell us here what works and what doesn't.",
                    Kind.OPENING);
            news.replies = 6 + r.nextInt(6);
            news.start = latest.minus(Duration.ofDays(120));
            news.draw();
            Topic ask = new Topic(category("partnership-brokering"), TopicKind.QUESTION,
                    "Which reports would help brokers most?", List.of("brokering", "platform"), theme("brokering"),
                    active, admin);
            ask.post(admin, "We are planning reports for brokers and hub leads: groups with a single point of "
                    + "failure, seats vacant for long, handovers overdue. Which would you use, and how often?",
                    Kind.OPENING);
            ask.replies = 3 + r.nextInt(4);
            ask.acceptance = Acceptance.NEVER;
            ask.start = latest.minus(Duration.ofDays(9));
            ask.draw();
            threads.remove(news);
            threads.remove(ask);
            topics.add(news.build());
            topics.add(ask.build());
            adminThreads = List.of(news, ask);
            return new AdminShare(topics, this, adminPersonId);
        }

        private List<Topic> adminThreads = List.of();

        private Reading adminReading(long adminPersonId, List<Long> adminTopicIds) {
            Random r = new Random(today.toEpochDay() * 17 + adminPersonId);
            List<ImportedWatch> watches = new ArrayList<>();
            List<ImportedReadMark> reads = new ArrayList<>();
            List<ImportedVisit> visits = new ArrayList<>();
            DemoPerson admin = new DemoPerson(adminPersonId, "admin", null, today, null, null, false, true);
            reader(r, admin, List.of("getting-started", "partnership-brokering"), 0.4, watches, reads, visits);
            // the admin read their own topics a while ago: the newer replies are unread
            for (int i = 0; i < adminThreads.size(); i++) {
                Topic t = adminThreads.get(i);
                int readTo = Math.max(1, t.posts.size() - 3);
                reads.add(new ImportedReadMark(adminPersonId, adminTopicIds.get(i), readTo, t.posts.get(readTo - 1).at));
            }
            return new Reading(watches, reads, visits);
        }

        // ================================================================== one topic

        enum Kind { OPENING, SUBSTANTIVE, SHORT, FOLLOW_UP, THANKS, NUDGE, QUOTE, HOURS, IDEA, PAPER, LOGISTICS, NOTE }

        enum Acceptance { RANDOM, ALWAYS, NEVER }

        /** One post while the topic is drawn; numbers and times are given at the end. */
        static final class Draft {
            final DemoPerson author;
            final String text;
            final Kind kind;
            Draft quoted;
            Instant at;
            ImportedPost.Edit edit;
            String original;
            ImportedPost.Removal removal;
            final List<ImportedPost.Reaction> helpful = new ArrayList<>();

            Draft(DemoPerson author, String text, Kind kind) {
                this.author = author;
                this.text = text;
                this.kind = kind;
            }
        }

        /** A topic being drawn. */
        final class Topic {
            final ForumKey forum;
            final TopicKind kind;
            String title;
            final List<String> tags;
            final Theme theme;
            final List<DemoPerson> pool;
            DemoPerson author;
            Prompt prompt;
            String groupName;
            final List<Draft> posts = new ArrayList<>();
            Draft accepted;
            boolean pinned;
            boolean locked;
            boolean closed;
            String closingNote;
            String lockNote;
            /** Replies to draw (-1: decide by chance). */
            int replies = -1;
            DemoPerson answerBy;
            Acceptance acceptance = Acceptance.RANDOM;
            Instant start;
            Instant end;
            /** Long threads: replies spread over the whole time to {@code end}. */
            boolean spread;
            // the topic's own choices for the placeholders
            final String subject;
            final String month;
            final InstitutionSummary university;
            final InstitutionSummary school;
            final Set<String> usedReplies = new HashSet<>();

            Topic(ForumKey forum, TopicKind kind, String title, List<String> tags, Theme theme, List<DemoPerson> pool,
                    DemoPerson author) {
                this.forum = forum;
                this.kind = kind;
                this.title = title;
                this.tags = tags;
                this.theme = theme;
                this.pool = pool;
                this.author = author;
                this.subject = pick(theme.subjects());
                this.month = pick(DemoForumTexts.MONTHS);
                this.university = author.home() != null && author.home().sector() == Sector.UNIVERSITY ? author.home()
                        : universities.isEmpty() ? null : nearby(author.home());
                this.school = schools.isEmpty() ? null : pick(schools);
            }

            Draft post(DemoPerson who, String text, Kind kind) {
                Draft d = new Draft(who, text, kind);
                posts.add(d);
                return d;
            }

            /** Draws the opening post, the replies and the answer from the prompt; adds the topic. */
            void draw() {
                if (title == null) {
                    title = uniqueTitle(this, fill(prompt.title(), author));
                }
                if (posts.isEmpty()) {
                    String context = pick(theme.contexts());
                    String ending = pick(DemoForumTexts.CONTEXT_ENDINGS);
                    String body = (context.isEmpty() ? "" : context + " ") + prompt.body()
                            + (kind == TopicKind.QUESTION && !ending.isEmpty() ? " " + ending : "");
                    post(author, fill(body, author), Kind.OPENING);
                }
                if (replies < 0) {
                    replies = replyCount();
                }
                if (start == null) {
                    start = between(earliest.plus(Duration.ofDays(3)), latest.minus(Duration.ofHours(6)));
                }
                if (end == null) {
                    end = latest;
                }
                for (int i = 0; i < replies; i++) {
                    reply(null);
                }
                accept();
                threads.add(this);
            }

            /** A question's author accepts one of the first answers (most questions with an answer). */
            private void accept() {
                if (kind == TopicKind.QUESTION && acceptance != Acceptance.NEVER && accepted == null) {
                    List<Draft> answers = posts.stream()
                            .filter(d -> d.kind == Kind.SUBSTANTIVE && d.author != author).toList();
                    if (!answers.isEmpty() && (acceptance == Acceptance.ALWAYS || random.nextDouble() < 0.8)) {
                        accepted = answerBy != null ? answers.getFirst()
                                : answers.get(random.nextInt(Math.min(answers.size(), 3)));
                        if (random.nextDouble() < 0.55) {
                            // the asker says so, right after the answer or at the end
                            int at = random.nextBoolean() ? posts.indexOf(accepted) + 1 : posts.size();
                            posts.add(at, new Draft(author, fill(pick(DemoForumTexts.ACCEPT_THANKS), author), Kind.THANKS));
                        }
                    }
                }
            }

            private int replyCount() {
                double u = random.nextDouble();
                if (kind == TopicKind.QUESTION) {
                    return u < 0.12 ? 0 : u < 0.94 ? 1 + (int) (9 * Math.pow(random.nextDouble(), 2))
                            : 12 + random.nextInt(20);
                }
                return u < 0.05 ? 0 : u < 0.92 ? 1 + (int) (14 * Math.pow(random.nextDouble(), 1.8))
                        : 15 + random.nextInt(25);
            }

            /** One reply (of the given kind, or one chosen by chance), sometimes two (a nudge and its answer). */
            void reply(Kind wanted) {
                Draft previous = posts.getLast();
                boolean question = kind == TopicKind.QUESTION;
                boolean answered = posts.stream().anyMatch(d -> d.kind == Kind.SUBSTANTIVE && d.author != author);
                DemoPerson who = other(previous.author);
                if (wanted != null) {
                    String text = switch (wanted) {
                        case HOURS -> pick(DemoForumTexts.MENTOR_HOURS);
                        case IDEA -> unused(DemoForumTexts.STEM_IDEAS);
                        case PAPER -> unused(DemoForumTexts.JOURNAL_SUGGESTIONS);
                        case LOGISTICS -> unused(DemoForumTexts.LOGISTICS);
                        default -> null;
                    };
                    if (text != null) {
                        post(who, fill(text, who), wanted);
                    } else {
                        post(who, shortText(who), Kind.SHORT);
                    }
                    return;
                }
                if (question && answerBy != null && !answered && answerBy != author) {
                    substantive(answerBy);
                    return;
                }
                if (question && answered && previous.kind == Kind.SUBSTANTIVE && previous.author != author
                        && posts.stream().noneMatch(d -> d.kind == Kind.FOLLOW_UP) && random.nextDouble() < 0.3) {
                    post(author, fill(pick(DemoForumTexts.FOLLOW_UPS), author), Kind.FOLLOW_UP);
                    return;
                }
                double roll = random.nextDouble();
                if (roll < 0.06 && posts.size() > 1) {
                    nudge(who);
                } else if (roll < 0.13 && posts.size() > 2) {
                    quote(who);
                } else if (roll < 0.31) {
                    post(who, shortText(who), Kind.SHORT);
                } else {
                    substantive(who);
                }
            }

            /** A short reply: a lead, a core and a tail. */
            private String shortText(DemoPerson who) {
                String lead = who == author ? "" : pick(DemoForumTexts.SHORT_LEADS);
                String text = (lead.isEmpty() ? "" : lead + " ") + pick(DemoForumTexts.SHORT_REPLIES)
                        + pick(DemoForumTexts.SHORT_TAILS);
                return fill(text, who);
            }

            /** One of the texts not used in this topic yet (null when all are). */
            private String unused(List<String> texts) {
                List<String> fresh = texts.stream().filter(x -> !usedReplies.contains(x)).toList();
                if (fresh.isEmpty()) {
                    return null;
                }
                String text = pick(fresh);
                usedReplies.add(text);
                return text;
            }

            private void substantive(DemoPerson who) {
                String text = substantiveText();
                if (text == null) {
                    post(who, shortText(who), Kind.SHORT);
                } else {
                    post(who, fill(text, who), Kind.SUBSTANTIVE);
                }
            }

            /**
             * An answer: one written for the prompt while there are unused ones, else one that fits
             * the theme (long threads without a prompt: any of the theme's), sometimes with an opener
             * and a closer.
             */
            private String substantiveText() {
                List<String> own = prompt != null ? prompt.replies() : List.of();
                List<String> fresh = own.stream().filter(r -> !usedReplies.contains(r)).toList();
                String core;
                if (!fresh.isEmpty()) {
                    core = fresh.getFirst();
                } else {
                    List<String> candidates = new ArrayList<>(theme.replies());
                    if (prompt == null) {
                        theme.prompts().forEach(p -> candidates.addAll(p.replies()));
                    }
                    List<String> unused = candidates.stream().filter(r -> !usedReplies.contains(r)).toList();
                    if (unused.isEmpty() && prompt != null) {
                        return null; // everything said: a short reply instead
                    }
                    core = pick(unused.isEmpty() ? candidates : unused);
                }
                usedReplies.add(core);
                String opener = random.nextDouble() < 0.3 ? pick(DemoForumTexts.OPENERS) + " " : "";
                String closer = random.nextDouble() < 0.22 ? " " + pick(DemoForumTexts.CLOSERS) : "";
                return opener + core + closer;
            }

            /** Someone brings in a third person, who answers next. */
            private void nudge(DemoPerson who) {
                DemoPerson mentioned = other(who);
                if (mentioned == author || mentioned == who) {
                    substantive(who);
                    return;
                }
                String token = new Mentionable(mentioned.personId(), names.apply(mentioned.personId()), null).token();
                String text = pick(DemoForumTexts.NUDGES).replace("{mention}", token)
                        .replace("{their}", shortName(mentioned.home()));
                post(who, fill(text, who), Kind.NUDGE);
                String answer = substantiveText();
                post(mentioned, fill(pick(DemoForumTexts.MENTIONED_OPENERS) + " " + (answer != null ? answer
                        : pick(DemoForumTexts.CLOSERS)), mentioned), answer != null ? Kind.SUBSTANTIVE : Kind.SHORT);
            }

            private void quote(DemoPerson who) {
                List<Draft> quotable = posts.stream().filter(d -> d.kind == Kind.SUBSTANTIVE || d.kind == Kind.OPENING)
                        .filter(d -> d.author != who).toList();
                if (quotable.isEmpty()) {
                    substantive(who);
                    return;
                }
                Draft quoted = quotable.get(random.nextInt(quotable.size()));
                String after = pick(DemoForumTexts.AFTER_QUOTE);
                String more = random.nextBoolean() ? substantiveText() : null;
                if (more != null) {
                    after = after + " " + more;
                }
                post(who, fill(after, who), Kind.QUOTE).quoted = quoted;
            }

            /** Someone in the pool other than {@code not} (and mostly other than the author). */
            private DemoPerson other(DemoPerson not) {
                for (int tries = 0; tries < 6; tries++) {
                    DemoPerson p = pool == active ? pickAuthor(pool) : pick(pool);
                    if (p != not && (p != author || random.nextDouble() < 0.15)) {
                        return p;
                    }
                }
                return pool.stream().filter(p -> p != not).findFirst().orElse(not);
            }

            String fill(String text, DemoPerson writer) {
                return fillFor(text, writer, this);
            }

            // ------------------------------------------------------------------ finishing

            /** Accepted answer, closing notes, times, edits, removals and reactions; then the import record. */
            ImportedTopic build() {
                DemoPerson moderator = morgan != null && random.nextDouble() < 0.6 ? morgan
                        : moderators.isEmpty() ? author : pick(moderators);
                if (closingNote != null) {
                    post(moderator, closingNote, Kind.NOTE);
                }
                if (lockNote != null) {
                    Draft named = post(other(moderator), fill(DemoForumTexts.REMOVALS.get(3)[0], author), Kind.SHORT);
                    named.removal = new ImportedPost.Removal(moderator.personId(), null,
                            DemoForumTexts.REMOVALS.get(3)[1]);
                    post(moderator, lockNote, Kind.NOTE);
                }
                duplicatesAndRemovals(moderator);
                times();
                for (Draft d : posts) {
                    edits(d, moderator);
                    reactions(d);
                }
                List<ImportedPost> result = new ArrayList<>(posts.size());
                for (int n = 1; n <= posts.size(); n++) {
                    Draft d = posts.get(n - 1);
                    String markdown = d.original != null ? d.original : d.text;
                    if (d.quoted != null) {
                        markdown = quoteBlock(d.quoted, posts.indexOf(d.quoted) + 1) + markdown;
                    }
                    List<ImportedPost.Edit> edits = new ArrayList<>();
                    if (d.edit != null) {
                        String current = d.quoted != null
                                ? quoteBlock(d.quoted, posts.indexOf(d.quoted) + 1) + d.edit.markdown() : d.edit.markdown();
                        edits.add(new ImportedPost.Edit(current, d.edit.editorPersonId(), d.edit.editedAt(),
                                d.edit.reason()));
                    }
                    result.add(new ImportedPost(d.author.personId(), markdown, d.at,
                            d.quoted == null ? null : posts.indexOf(d.quoted) + 1, edits, d.removal, d.helpful));
                }
                return new ImportedTopic(forum, kind, title, tags, result,
                        accepted == null ? null : posts.indexOf(accepted) + 1, pinned, locked, closed);
            }

            private String quoteBlock(Draft quoted, int number) {
                String text = quoted.original != null ? quoted.original : quoted.text;
                int stop = text.indexOf(". ");
                String excerpt = stop > 0 && stop < 240 ? text.substring(0, stop + 1)
                        : text.length() > 240 ? text.substring(0, 240) + "..." : text;
                return "> **" + names.apply(quoted.author.personId()) + "** wrote in post " + number + ":\n> "
                        + excerpt.replace("\n", "\n> ") + "\n\n";
            }

            /** A few posts went through twice (the copy removed by its author), a few broke the guidelines. */
            private void duplicatesAndRemovals(DemoPerson moderator) {
                for (int i = posts.size() - 1; i >= 1; i--) {
                    Draft d = posts.get(i);
                    if (d == accepted || d.kind == Kind.NOTE || d.removal != null) {
                        continue;
                    }
                    double roll = random.nextDouble();
                    if (roll < 0.008 && d.kind == Kind.SUBSTANTIVE) {
                        Draft copy = new Draft(d.author, d.text, Kind.SHORT);
                        copy.removal = new ImportedPost.Removal(d.author.personId(), null,
                                DemoForumTexts.REMOVALS.get(4)[1]);
                        posts.add(i + 1, copy);
                    } else if (roll < 0.02 && d.kind == Kind.SHORT) {
                        String[] removal = DemoForumTexts.REMOVALS.get(random.nextInt(3));
                        Draft removed = new Draft(d.author, fill(removal[0], d.author), Kind.SHORT);
                        removed.removal = new ImportedPost.Removal(removal[2].equals("author") ? d.author.personId()
                                : moderator.personId(), null, removal[1]);
                        posts.set(i, removed);
                    }
                }
            }

            /** Times for the posts: from {@code start}, within {@code end}, in order; then removal times. */
            private void times() {
                Instant from = start;
                Instant until = end.isAfter(latest) ? latest : end;
                if (!from.isBefore(until)) {
                    from = until.minus(Duration.ofHours(2));
                }
                long window = Duration.between(from, until).toSeconds();
                double[] gaps = new double[posts.size()];
                double total = 0;
                for (int i = 1; i < gaps.length; i++) {
                    double mean = spread ? 1.0 : 3 * 3600 * (1 + i * 0.6);
                    gaps[i] = -Math.log(1 - random.nextDouble() * 0.999) * mean;
                    total += gaps[i];
                }
                double scale = spread ? window * 0.9 / Math.max(total, 1) : Math.min(1, window * 0.9 / Math.max(total, 1));
                Instant at = daytime(from).isAfter(until) ? from : daytime(from);
                for (int i = 0; i < posts.size(); i++) {
                    if (i > 0) {
                        at = at.plusSeconds(60 + (long) (gaps[i] * scale));
                        Instant shifted = daytime(at);
                        at = shifted.isAfter(until) ? at : shifted;
                        if (at.isAfter(until)) {
                            at = until;
                        }
                    }
                    posts.get(i).at = at;
                }
                for (Draft d : posts) {
                    if (d.removal != null) {
                        Instant removedAt = later(d.at, 60 + random.nextInt(36 * 3600));
                        d.removal = new ImportedPost.Removal(d.removal.byPersonId(), removedAt, d.removal.reason());
                    }
                }
            }

            /** A few posts were edited: a sentence added, a slip corrected, or a moderator's trim. */
            private void edits(Draft d, DemoPerson moderator) {
                if (d.removal != null || !(d.kind == Kind.SUBSTANTIVE || d.kind == Kind.OPENING)
                        || random.nextDouble() >= 0.05 || posts.size() == 1 && pinned) {
                    return;
                }
                Instant at = later(d.at, 300 + random.nextInt(2 * 24 * 3600));
                for (String[] slip : DemoForumTexts.SLIPS) {
                    if (d.text.contains(slip[1])) {
                        d.original = d.text.replaceFirst(slip[1], slip[0]);
                        d.edit = new ImportedPost.Edit(d.text, d.author.personId(), at, "Typo");
                        return;
                    }
                }
                if (random.nextDouble() < 0.15 && moderator != d.author) {
                    d.original = d.text + " Our contact there is Mrs " + pick(List.of("Hughes", "Patel", "Clarke",
                            "Nowak")) + ", her mobile is 07700 900" + (100 + random.nextInt(800)) + ".";
                    d.edit = new ImportedPost.Edit(d.text, moderator.personId(), at,
                            "Removed a personal phone number (see the forum guidelines)");
                    return;
                }
                String[] addition = pick(DemoForumTexts.ADDITIONS);
                d.original = d.text;
                d.edit = new ImportedPost.Edit(d.text + "\n\n" + fill(addition[0], d.author), d.author.personId(),
                        at, addition[1]);
            }

            /** "Helpful" from others: answers and ideas most, the accepted answer more. */
            private void reactions(Draft d) {
                if (d.removal != null) {
                    return;
                }
                int count = switch (d.kind) {
                    case SUBSTANTIVE, IDEA, HOURS, PAPER -> (int) (5 * Math.pow(random.nextDouble(), 2.5));
                    case OPENING -> kind == TopicKind.QUESTION ? random.nextInt(3) : (int) (4 * Math.pow(random.nextDouble(), 3));
                    case QUOTE, LOGISTICS -> random.nextInt(2);
                    default -> 0;
                };
                if (d == accepted) {
                    count += 2 + random.nextInt(6);
                }
                Set<Long> by = new HashSet<>();
                for (int tries = 0; by.size() < count && tries < count * 4; tries++) {
                    DemoPerson p = pool == active ? pickAuthor(pool) : pick(pool);
                    if (p != d.author && by.add(p.personId())) {
                        d.helpful.add(new ImportedPost.Reaction(p.personId(),
                                later(d.at, 120 + random.nextInt(5 * 24 * 3600))));
                    }
                }
            }
        }

        // ------------------------------------------------------------------ placeholders

        /** Fills the placeholders for a post by {@code writer} in {@code t} (null: no topic yet). */
        private String fillFor(String text, DemoPerson writer, Topic t) {
            InstitutionSummary home = writer.home();
            InstitutionSummary university = t != null && t.university != null ? t.university
                    : universities.isEmpty() ? home : pick(universities);
            InstitutionSummary school = t != null && t.school != null ? t.school : schools.isEmpty() ? home : pick(schools);
            String result = text;
            if (result.indexOf('{') < 0) {
                return result;
            }
            return result
                    .replace("{home}", home == null ? "our school" : shortName(home))
                    .replace("{town}", home == null || home.town() == null ? "our area" : home.town())
                    .replace("{university}", university == null ? "the university" : shortName(university))
                    .replace("{school}", school == null ? "the school" : shortName(school))
                    .replace("{subject}", t != null ? t.subject : pick(DemoForumTexts.ANY_SUBJECT))
                    .replace("{phase}", pick(DemoForumTexts.PHASES))
                    .replace("{month}", t != null ? t.month : pick(DemoForumTexts.MONTHS))
                    .replace("{group}", t != null && t.groupName != null ? t.groupName : "the group")
                    .replace("{asker}", t != null ? firstName(t.author.personId()) : "")
                    .replace("{interest}", pick(Names.INTERESTS))
                    .replace("{money}", String.format(Locale.UK, "\u00a3%,d", 500 * (2 + random.nextInt(24))))
                    .replace("{n}", Integer.toString(3 + random.nextInt(40)))
                    .replace("{m}", Integer.toString(15 + 5 * random.nextInt(10)))
                    .replace("{mins}", Integer.toString(30 + 10 * random.nextInt(7)));
        }

        private String firstName(long personId) {
            String name = names.apply(personId);
            int space = name.indexOf(' ');
            return space > 0 ? name.substring(0, space) : name;
        }

        /** The title, or (when its forum has it already) the title with a qualifier, as people ask again. */
        private String uniqueTitle(Topic t, String title) {
            String key = t.forum.key() + " ";
            if (titles.add(key + title.toLowerCase(Locale.ROOT))) {
                return title;
            }
            String town = t.author.home() == null || t.author.home().town() == null ? null : t.author.home().town();
            List<String> qualifiers = new ArrayList<>(List.of("(primary)", "(secondary)", "(special schools)",
                    "(early years)", "(sixth form)", "(" + t.subject + ")", "(" + t.month + ")", "again"));
            if (town != null) {
                qualifiers.add(1, "in " + town);
            }
            Collections.shuffle(qualifiers, random);
            for (String q : qualifiers) {
                String candidate = title + " " + q;
                if (titles.add(key + candidate.toLowerCase(Locale.ROOT))) {
                    return candidate;
                }
            }
            for (int n = 2; ; n++) {
                String candidate = title + " (" + n + ")";
                if (titles.add(key + candidate.toLowerCase(Locale.ROOT))) {
                    return candidate;
                }
            }
        }

        // ------------------------------------------------------------------ helpers

        /** A university in the region of {@code home} when there is one. */
        private InstitutionSummary nearby(InstitutionSummary home) {
            List<InstitutionSummary> near = home == null ? List.of()
                    : universities.stream().filter(u -> u.region() == home.region()).toList();
            return pick(near.isEmpty() ? universities : near);
        }

        private ForumKey category(String slug) {
            return ForumKey.category(categoryIds.get(slug));
        }

        private Theme theme(String key) {
            return themes.get(key);
        }

        /** Someone from the category pool: the first few hundred far more often than the rest. */
        private DemoPerson pickAuthor(List<DemoPerson> pool) {
            return pool.get((int) (pool.size() * Math.pow(random.nextDouble(), 1.6)));
        }

        private Instant between(Instant from, Instant until) {
            if (!from.isBefore(until)) {
                return until;
            }
            // more recent topics than old ones
            double u = Math.pow(random.nextDouble(), 0.75);
            long seconds = Duration.between(from, until).toSeconds();
            return from.plusSeconds((long) (seconds * u));
        }

        /** The same moment, or the next morning when it falls in the night. */
        private Instant daytime(Instant at) {
            int hour = at.atZone(ZoneOffset.UTC).getHour();
            if (hour < 7) {
                return at.plus(Duration.ofHours(7 - hour)).plusSeconds(random.nextInt(1800));
            }
            if (hour >= 22) {
                return at.plus(Duration.ofHours(24 + 7 - hour)).plusSeconds(random.nextInt(1800));
            }
            return at;
        }

        private Instant later(Instant at, long seconds) {
            Instant t = at.plusSeconds(seconds);
            return t.isAfter(latest) ? max(at, latest) : t;
        }

        private static Instant max(Instant a, Instant b) {
            return a.isAfter(b) ? a : b;
        }

        private <T> T pick(List<T> list) {
            return list.get(random.nextInt(list.size()));
        }

        private static <T> T pick(Random random, List<T> list) {
            return list.get(random.nextInt(list.size()));
        }

        private static String shortName(InstitutionSummary i) {
            if (i == null) {
                return "our school";
            }
            return i.name().replace(" Primary School", " Primary").replace(" Catholic ", " ").replace(" C of E ", " ")
                    .replace(" High School", " High").replace(" Special School", " School");
        }
    }
}
