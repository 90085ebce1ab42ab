package org.thirdspace.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.thirdspace.demo.Places.Town;
import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.institutions.InstitutionSummary;
import org.thirdspace.institutions.NewInstitution;
import org.thirdspace.people.NewAffiliation;
import org.thirdspace.people.PeopleService;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.security.AccountProvisioning.ProvisionedAccount;
import org.thirdspace.security.Role;
import org.thirdspace.shared.GeoPoint;
import org.thirdspace.shared.Sector;
import org.thirdspace.vocabularies.Vocabularies;

/**
 * Fills an empty embedded database with a deterministic, realistic population: institutions
 * across the UK's regions and sectors, people with accounts, current and ended affiliations,
 * groups with seats, past holders, open handovers and self-reviews ({@link DemoGroups}), case
 * studies with their revisions, reviews and discussion ({@link DemoCaseStudies}), and forums with
 * topics, replies and reading state ({@link DemoForum}), a curated collection ({@link DemoCollections})
 * and flags, a hidden post and trust locks ({@link DemoModeration}). The same seed always gives the
 * same data.
 */
@Component
@Order(100)
class DemoDataGenerator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataGenerator.class);

    /** The named demo logins the README lists (the admin comes from {@code thirdspace.admin.*}). */
    static final List<ProvisionedAccount> NAMED_LOGINS = List.of(
            new ProvisionedAccount("moderator@thirdspace.test", "Morgan Reyes", EnumSet.of(Role.MEMBER, Role.MODERATOR)),
            new ProvisionedAccount("broker@thirdspace.test", "Priya Natarajan", EnumSet.of(Role.MEMBER, Role.BROKER)),
            new ProvisionedAccount("member@thirdspace.test", "Sam Okafor", EnumSet.of(Role.MEMBER)));

    private final DemoDataProperties properties;
    private final InstitutionService institutions;
    private final PeopleService people;
    private final AccountProvisioning accounts;
    private final DemoProfiles profiles;
    private final DemoGroups groups;
    private final DemoCaseStudies caseStudies;
    private final DemoForum forum;
    private final DemoGlossaryAndGaps glossaryAndGaps;
    private final DemoCollections collections;
    private final DemoModeration moderation;
    private final DemoNeeds demoNeeds;

    DemoDataGenerator(DemoDataProperties properties, InstitutionService institutions, PeopleService people,
            AccountProvisioning accounts, Vocabularies vocabularies, DemoGroups groups, DemoCaseStudies caseStudies,
            DemoForum forum, DemoGlossaryAndGaps glossaryAndGaps, DemoCollections collections,
            DemoModeration moderation, DemoNeeds demoNeeds) {
        this.moderation = moderation;
        this.demoNeeds = demoNeeds;
        this.glossaryAndGaps = glossaryAndGaps;
        this.collections = collections;
        this.profiles = new DemoProfiles(vocabularies);
        this.groups = groups;
        this.caseStudies = caseStudies;
        this.forum = forum;
        this.properties = properties;
        this.institutions = institutions;
        this.people = people;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.enabled() || institutions.count() > 0) {
            return;
        }
        var previous = SecurityContextHolder.getContext().getAuthentication();
        try {
            SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(
                    "demo-data", null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
            long started = System.nanoTime();
            var population = generate();
            // glossary and gap board: outside generate(), whose tests share the database with tests that read
            // case-study pages (glossary terms would be marked in them)
            var extras = glossaryAndGaps.generate(population.caseStudies());
            log.info("Demo data: {} glossary terms and {} gaps created", extras.glossaryTermIds().size(),
                    extras.gapIds().size());
            log.info("Demo data: {} needs created", demoNeeds.generate().size());
            log.info("Demo data: {} institutions, {} people, {} groups, {} case studies and {} forum topics created in {} ms"
                    + " (seed {})", population.institutions(), population.people(), population.groups(),
                    population.caseStudies().size(), population.forumTopics().size(),
                    (System.nanoTime() - started) / 1_000_000,
                    properties.seed());
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    /** What the generator knows about each person it created (for groups, seats and case studies). */
    record DemoPerson(long personId, String email, InstitutionSummary home, LocalDate since,
            InstitutionSummary former, LocalDate formerEndedOn, boolean broker, boolean moderator) {
    }

    record Population(int institutions, int people, List<InstitutionSummary> created, List<DemoPerson> persons,
            int groups, List<DemoGroups.Created> createdGroups, List<Long> caseStudies, List<Long> forumTopics,
            DemoModeration.Result moderation) {
    }

    Population generate() {
        var random = new Random(properties.seed());
        List<InstitutionSummary> created = linkTrustMembers(institutions.registerAll(institutionsToCreate(random)));
        var schoolSide = created.stream().filter(i -> i.sector().side() == Sector.Side.SCHOOL).toList();
        var universities = created.stream().filter(i -> i.sector() == Sector.UNIVERSITY).toList();
        var others = created.stream().filter(i -> i.sector().side() == Sector.Side.OTHER).toList();

        var logins = new ArrayList<>(NAMED_LOGINS);
        var emails = new HashSet<String>();
        for (int n = 0; n < properties.people(); n++) {
            String first = pick(random, Names.FIRST_NAMES);
            String last = pick(random, Names.LAST_NAMES);
            String email = uniqueEmail(first, last, emails);
            double roll = random.nextDouble();
            Set<Role> roles = roll < 0.05 ? EnumSet.of(Role.MEMBER, Role.BROKER)
                    : roll < 0.06 ? EnumSet.of(Role.MEMBER, Role.MODERATOR) : EnumSet.of(Role.MEMBER);
            logins.add(new ProvisionedAccount(email, first + " " + last, roles));
        }
        long phase = System.nanoTime();
        // small transactions: one big one slows down with every entity it holds (dirty checks on each query)
        var accountIds = new ArrayList<Long>(logins.size());
        for (int from = 0; from < logins.size(); from += 100) {
            accountIds.addAll(accounts.provision(logins.subList(from, Math.min(logins.size(), from + 100)),
                    properties.password()));
        }
        log.info("Demo data: {} accounts in {} ms", accountIds.size(), (System.nanoTime() - phase) / 1_000_000);
        phase = System.nanoTime();

        var today = LocalDate.now();
        var now = java.time.Instant.now();
        var batch = new ArrayList<PeopleService.ImportedProfile>();
        var persons = new ArrayList<DemoPerson>();
        for (int i = 0; i < logins.size(); i++) {
            var login = logins.get(i);
            long personId = people.findByAccount(accountIds.get(i)).orElseThrow().id();
            boolean broker = login.roles().contains(Role.BROKER);
            boolean academic = !broker && random.nextDouble() < 0.25;
            InstitutionSummary home = broker ? pick(random, random.nextBoolean() ? universities : others)
                    : academic ? pick(random, universities) : pick(random, schoolSide);
            String title = titleFor(random, home.sector());
            var affiliations = new ArrayList<NewAffiliation>();
            LocalDate since = today.minusDays(200 + random.nextInt(3000));
            InstitutionSummary former = null;
            // about one in six moved: an ended affiliation before the current one
            if (random.nextDouble() < 0.18) {
                boolean crossesSides = random.nextDouble() < 0.3;
                InstitutionSummary before = crossesSides
                        ? pick(random, home.sector() == Sector.UNIVERSITY ? schoolSide : universities)
                        : pick(random, home.sector() == Sector.UNIVERSITY ? universities : schoolSide);
                LocalDate from = since.minusDays(400 + random.nextInt(2500));
                affiliations.add(new NewAffiliation(before.id(), titleFor(random, before.sector()), from,
                        since.minusDays(1)));
                former = before;
            }
            persons.add(new DemoPerson(personId, login.email(), home, since, former,
                    former == null ? null : since.minusDays(1), broker, login.roles().contains(Role.MODERATOR)));
            affiliations.add(new NewAffiliation(home.id(), title, since, null));
            var profile = profiles.profile(random, title, home.sector(), broker,
                    title + " \u2013 " + pick(random, Names.INTERESTS));
            batch.add(new PeopleService.ImportedProfile(personId, profile, affiliations,
                    now.minusSeconds(random.nextInt(60 * 60 * 24 * 180))));
            if (batch.size() == 250) {
                people.importProfiles(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            people.importProfiles(batch);
        }
        log.info("Demo data: profiles in {} ms", (System.nanoTime() - phase) / 1_000_000);
        phase = System.nanoTime();
        var population = new Population(created.size(), logins.size(), created, persons, 0, List.of(), List.of(),
                List.of(), null);
        var createdGroups = groups.generate(new Random(properties.seed() + 1), population, today);
        log.info("Demo data: {} groups in {} ms", createdGroups.size(), (System.nanoTime() - phase) / 1_000_000);
        // case studies: after the groups, which many of them live in
        phase = System.nanoTime();
        var caseStudyIds = caseStudies.generate(new Random(properties.seed() + 2), population, createdGroups, today);
        log.info("Demo data: {} case studies in {} ms", caseStudyIds.size(), (System.nanoTime() - phase) / 1_000_000);
        // forums: after the groups (group forums) and the case studies (so their random draws stay as they were)
        phase = System.nanoTime();
        var forumResult = forum.generate(new Random(properties.seed() + 3), population, createdGroups, today);
        log.info("Demo data: {} forum topics with {} posts in {} ms", forumResult.topicIds().size(), forumResult.posts(),
                (System.nanoTime() - phase) / 1_000_000);
        // curation: a published collection and a badged case study, from what exists now
        phase = System.nanoTime();
        Long collection = collections.generate(persons, caseStudyIds, forumResult.topicIds());
        log.info("Demo data: collection {} in {} ms", collection, (System.nanoTime() - phase) / 1_000_000);
        // moderation and trust: flags, a hidden post with its notice, moderators' locks (audited)
        phase = System.nanoTime();
        var moderated = moderation.generate(new Random(properties.seed() + 4), persons, forumResult.topicIds());
        log.info("Demo data: {} flagged posts open, post {} hidden, {} trust locks in {} ms",
                moderated.openPostIds().size(), moderated.hiddenPostId(), moderated.locks().size(),
                (System.nanoTime() - phase) / 1_000_000);
        return new Population(created.size(), logins.size(), created, persons, createdGroups.size(), createdGroups,
                caseStudyIds, forumResult.topicIds(), moderated);
    }

    List<NewInstitution> institutionsToCreate(Random random) {
        int total = Math.max(20, properties.institutions());
        int universityCount = Math.max(2, total / 20);
        var names = new HashSet<String>();
        var list = new ArrayList<NewInstitution>();
        for (int i = 0; i < universityCount; i++) {
            Town town = Places.TOWNS.get((i * 7) % Places.TOWNS.size());
            boolean plain = i < Places.TOWNS.size() / 2;
            String name = unique(names, () -> plain ? "University of " + town.name()
                    : town.name() + " " + pick(random, List.of("Metropolitan University", "Institute of Education",
                            "Trinity University", "St " + pick(random, Names.SAINTS) + "'s University")));
            if (name != null) {
                list.add(institution(random, name, Sector.UNIVERSITY, town));
            }
        }
        while (list.size() < total) {
            Town town = pick(random, Places.TOWNS);
            double roll = random.nextDouble();
            Sector sector = roll < 0.52 ? Sector.PRIMARY_SCHOOL : roll < 0.76 ? Sector.SECONDARY_SCHOOL
                    : roll < 0.81 ? Sector.SPECIAL_SCHOOL : roll < 0.84 ? Sector.ALL_THROUGH_SCHOOL
                    : roll < 0.90 ? Sector.COLLEGE : roll < 0.94 ? Sector.TEACHING_SCHOOL_TRUST
                    : roll < 0.96 ? Sector.LOCAL_AUTHORITY : roll < 0.98 ? Sector.SUBJECT_ASSOCIATION
                    : Sector.CHARITY;
            String name = unique(names, () -> schoolName(random, sector, town));
            if (name != null) {
                list.add(institution(random, name, sector, town));
            }
        }
        return list;
    }

    private static String schoolName(Random random, Sector sector, Town town) {
        String feature = pick(random, Names.FEATURES);
        String saint = pick(random, Names.SAINTS);
        return switch (sector) {
            case PRIMARY_SCHOOL -> pick(random, List.of(feature + " Primary School",
                    "St " + saint + "'s Catholic Primary School", feature + " Infant and Junior School",
                    feature + " Primary Academy", "St " + saint + "'s C of E Primary School"));
            case SECONDARY_SCHOOL -> pick(random, List.of(feature + " Academy", feature + " High School",
                    town.name() + " " + feature + " School", "St " + saint + "'s Catholic High School",
                    feature + " Community College"));
            case SPECIAL_SCHOOL -> pick(random, List.of(feature + " Special School", feature + " Centre for Learning",
                    feature + " School and Sensory Support Service"));
            case ALL_THROUGH_SCHOOL -> feature + " All-Through Academy";
            case COLLEGE -> pick(random, List.of(town.name() + " Sixth Form College", town.name() + " College",
                    feature + " College of Further Education"));
            case TEACHING_SCHOOL_TRUST -> pick(random, List.of(feature + " Learning Trust",
                    feature + " Teaching School Alliance", town.name() + " Teaching School Hub"));
            case LOCAL_AUTHORITY -> town.name() + " Council Education Service";
            case SUBJECT_ASSOCIATION -> pick(random, Names.SUBJECT_ASSOCIATIONS);
            case CHARITY -> pick(random, Names.CHARITIES);
            default -> feature + " School";
        };
    }

    private static NewInstitution institution(Random random, String name, Sector sector, Town town) {
        // within about 15 km of the town centre
        double lat = town.latitude() + (random.nextDouble() - 0.5) * 0.25;
        double lon = town.longitude() + (random.nextDouble() - 0.5) * 0.4;
        String postcode = town.postcodeArea() + (1 + random.nextInt(20)) + " " + random.nextInt(10)
                + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        String website = "https://" + slug + ".example.org.uk";
        return new NewInstitution(name, sector, town.region(), town.name(), postcode,
                new GeoPoint(Math.round(lat * 1e5) / 1e5, Math.round(lon * 1e5) / 1e5), website, null,
                otherNames(name, sector), phases(sector));
    }

    /** Names people really use: "Oakfield Primary" for "Oakfield Primary School", "UoL" for "University of Leeds". */
    static List<String> otherNames(String name, Sector sector) {
        if (sector == Sector.UNIVERSITY) {
            String initials = java.util.Arrays.stream(name.split("[\\s-]+"))
                    .filter(w -> !w.isEmpty() && !w.equals("St"))
                    .map(w -> w.equals("of") ? "o" : w.substring(0, 1).toUpperCase(Locale.ROOT))
                    .collect(java.util.stream.Collectors.joining());
            return initials.length() > 1 ? List.of(initials) : List.of();
        }
        for (String suffix : List.of(" Primary School", " High School", " Special School")) {
            if (name.endsWith(suffix)) {
                return List.of(name.substring(0, name.length() - " School".length()));
            }
        }
        if (name.endsWith(" Sixth Form College")) {
            return List.of(name.substring(0, name.length() - " Sixth Form College".length()) + " SFC");
        }
        return List.of();
    }

    /** Phase codes (PHASE vocabulary) that fit the sector. */
    static List<String> phases(Sector sector) {
        return switch (sector) {
            case PRIMARY_SCHOOL -> List.of("primary");
            case SECONDARY_SCHOOL -> List.of("secondary");
            case SPECIAL_SCHOOL -> List.of("primary", "secondary");
            case ALL_THROUGH_SCHOOL -> List.of("primary", "secondary", "post-16");
            case COLLEGE -> List.of("post-16", "fe");
            case UNIVERSITY -> List.of("he");
            default -> List.of();
        };
    }

    /** Every trust or alliance gets up to four schools of its town as members (no random draws). */
    private List<InstitutionSummary> linkTrustMembers(List<InstitutionSummary> created) {
        var result = new ArrayList<>(created);
        for (InstitutionSummary trust : created) {
            if (trust.sector() != Sector.TEACHING_SCHOOL_TRUST) {
                continue;
            }
            int members = 0;
            for (int i = 0; i < result.size() && members < 4; i++) {
                InstitutionSummary school = result.get(i);
                if (school.parentId() == null && school.sector().side() == Sector.Side.SCHOOL
                        && school.sector() != Sector.TEACHING_SCHOOL_TRUST && school.sector() != Sector.COLLEGE
                        && java.util.Objects.equals(school.town(), trust.town())) {
                    var details = institutions.details(school.id()).orElseThrow();
                    result.set(i, institutions.update(school.id(), new NewInstitution(details.name(), details.sector(),
                            details.region(), details.town(), details.postcode(), details.location(), details.website(),
                            trust.id(), details.aliases(), details.phases())).toSummary());
                    members++;
                }
            }
        }
        return result;
    }

    private static String titleFor(Random random, Sector sector) {
        return switch (sector.side()) {
            case UNIVERSITY -> pick(random, Names.UNIVERSITY_TITLES);
            case SCHOOL -> sector == Sector.TEACHING_SCHOOL_TRUST ? pick(random, Names.OTHER_TITLES)
                    : pick(random, Names.SCHOOL_TITLES);
            case OTHER -> pick(random, Names.OTHER_TITLES);
        };
    }

    private static String uniqueEmail(String first, String last, Set<String> taken) {
        String base = (first + "." + last).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "");
        String email = base + "@demo.thirdspace.test";
        for (int n = 2; !taken.add(email); n++) {
            email = base + n + "@demo.thirdspace.test";
        }
        return email;
    }

    /** A name not used yet, or null after a few tries (then the caller just draws again). */
    private static String unique(Set<String> taken, Supplier<String> names) {
        for (int attempt = 0; attempt < 5; attempt++) {
            String name = names.get();
            if (taken.add(name)) {
                return name;
            }
        }
        return null;
    }

    private static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
