package org.thirdspace.everywhere.bench;

import static org.thirdspace.security.TestAccounts.as;

import java.io.StringWriter;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.JsonpMapper;
import jakarta.json.stream.JsonGenerator;
import org.apache.http.entity.ContentType;
import org.apache.http.nio.entity.NStringEntity;
import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.thirdspace.casestudies.CaseStudySearchQuery;
import org.thirdspace.casestudies.internal.search.CaseStudiesIndex;
import org.thirdspace.casestudies.internal.search.CaseStudyQueries;
import org.thirdspace.demo.DemoPopulation;
import org.thirdspace.everywhere.EverywhereQuery;
import org.thirdspace.everywhere.SearchEverywhere;
import org.thirdspace.everywhere.internal.TypeSource;
import org.thirdspace.finder.FinderQuery;
import org.thirdspace.finder.PeopleFinder;
import org.thirdspace.finder.Viewer;
import org.thirdspace.finder.internal.PeopleIndex;
import org.thirdspace.forum.ForumSearchQuery;
import org.thirdspace.forum.internal.search.ForumPostsIndex;
import org.thirdspace.forum.internal.search.ForumQueries;
import org.thirdspace.groups.GroupSearch;
import org.thirdspace.groups.GroupSearchQuery;
import org.thirdspace.groups.GroupService;
import org.thirdspace.groups.internal.GroupsIndex;
import org.thirdspace.institutions.InstitutionSummary;
import org.thirdspace.people.AffiliationSummary;
import org.thirdspace.people.Availability;
import org.thirdspace.people.ContactPreferences;
import org.thirdspace.people.Profile;
import org.thirdspace.people.Visibility;
import org.thirdspace.search.SearchIndexes;
import org.thirdspace.security.AccessTokenService;
import org.thirdspace.shared.GeoPoint;
import org.thirdspace.shared.Region;
import org.thirdspace.shared.Sector;
import org.thirdspace.testsupport.IntegrationTest;

/**
 * The search-everywhere benchmark (not a test: {@code ./mvnw -Pbench test -Dtest=UnifiedSearchBenchmark},
 * see docs/bench/README.md). Population: the demo generator's groups (private ones too), case
 * studies, forums, collections and needs, and {@code -Dbench.people} (default 50,000) generated
 * profiles added to the people index. Then, alternately per query, as the demo member:
 * {@code GET /api/v1/search?q=} over real HTTP (all six types, five hits each), the four
 * equivalent Elasticsearch requests in one {@code _msearch}, and in-process the service
 * (concurrent) and the six type searches one after the other (sequential, recording the slowest).
 */
@IntegrationTest
class UnifiedSearchBenchmark {

    static final int PEOPLE = Integer.getInteger("bench.people", 50_000);
    static final int DEMO_PEOPLE = Integer.getInteger("bench.demo-people", 1_500);
    static final int QUERIES = Integer.getInteger("bench.queries", 200);
    static final int WARMUP = Integer.getInteger("bench.warmup", 60);
    static final int PREVIEW = SearchEverywhere.DEFAULT_PREVIEW;
    static final String MEMBER = "member@thirdspace.test";

    static final String[] TEXTS = {"science", "mentor", "mentr", "phonics", "transition", "research", "reading",
            "maths", "coaching", "partnership", "outreach", "assessment", "lesson study", "careers", "Patel",
            "widening participation", "oracy", "primary", "trainee teachers", "school"};
    static final String[] ROLES = {"mentor", "link-tutor", "ite-coordinator", "link-teacher", "researcher",
            "subject-tutor", "broker", "senior-leader"};
    static final String[] ACTIVITIES = {"ite", "cpd", "research-enquiry", "stem-outreach", "widening-participation"};
    static final String[] SUBJECTS = {"science", "mathematics", "english", "history", "send"};
    static final String[] PHASES = {"early-years", "primary", "secondary", "post-16", "he"};
    static final String[] FIRST = {"Amira", "Ben", "Chloe", "Dev", "Erin", "Femi", "Grace", "Hamid", "Isla", "Jon",
            "Kemi", "Liam", "Maya", "Niall", "Omar", "Priya", "Quinn", "Rhys", "Sana", "Tom"};
    static final String[] LAST = {"Patel", "Jones", "Smith", "Khan", "Evans", "Taylor", "Brown", "Ahmed", "Walsh",
            "Murphy", "Clarke", "Okafor", "Hughes", "Reid", "Singh"};
    static final String[] TOPICS = {"practical science", "reading for pleasure", "behaviour", "assessment",
            "curriculum design", "early reading", "oracy", "metacognition", "inclusion", "phonics", "fieldwork",
            "mastery maths", "transition", "coaching", "lesson study", "retrieval practice"};

    @Autowired
    ApplicationContext context;
    @Autowired
    SearchIndexes indexes;
    @Autowired
    PeopleIndex peopleIndex;
    @Autowired
    PeopleFinder finder;
    @Autowired
    GroupSearch groupSearch;
    @Autowired
    GroupsIndex groupsIndex;
    @Autowired
    CaseStudiesIndex caseStudiesIndex;
    @Autowired
    ForumPostsIndex forumIndex;
    @Autowired
    GroupService groups;
    @Autowired
    SearchEverywhere search;
    @Autowired
    List<TypeSource> sources;
    @Autowired
    ElasticsearchClient client;
    @Autowired
    RestClient restClient;
    @Autowired
    AccessTokenService tokens;
    @LocalServerPort
    int port;

    @Test
    void run() throws Exception {
        StringBuilder report = new StringBuilder();
        Runtime rt = Runtime.getRuntime();
        line(report, "ThirdSpace search-everywhere benchmark, %s", Instant.now());
        line(report, "machine: %d cores, JVM max heap %d MB, Java %s; ES 8.19 minimal node, 512 MB heap, same machine",
                rt.availableProcessors(), rt.maxMemory() >> 20, System.getProperty("java.version"));

        // --- data -----------------------------------------------------------------------------
        long t0 = System.nanoTime();
        DemoPopulation.Made demo = DemoPopulation.generate(context, 20261122L, 120, DEMO_PEOPLE);
        line(report, "demo population in %.0f s: %s", (System.nanoTime() - t0) / 1e9, demo);
        List<Profile> generated = profiles(new Random(42));
        Map<Long, InstitutionSummary> fake = institutions(new Random(43));
        Function<Long, Optional<InstitutionSummary>> lookup = id -> Optional.ofNullable(fake.get(id));
        t0 = System.nanoTime();
        indexes.rebuild(PeopleIndex.DEFINITION, 1000, writer -> {
            peopleIndex.writeAll(writer);
            peopleIndex.writeProfiles(writer, generated.stream(), lookup);
        });
        line(report, "people index rebuilt with the demo people + %,d generated profiles in %.0f s", PEOPLE,
                (System.nanoTime() - t0) / 1e9);
        awaitQuietIndices();
        line(report, "documents: people %,d, groups %,d, case studies %,d, forum posts %,d",
                count(indexes.alias(PeopleIndex.NAME)), count(groupsIndex.alias()), count(caseStudiesIndex.alias()),
                count(forumIndex.alias()));

        // --- the equivalent Elasticsearch requests, as the member ------------------------------
        Set<Long> memberGroups = as(MEMBER, "MEMBER", () -> groups.myGroupIds());
        Long memberPerson = as(MEMBER, "MEMBER", () -> context.getBean(org.thirdspace.people.PeopleService.class)
                .myPersonId().orElseThrow());
        line(report, "searching as %s (member of %d groups)", MEMBER, memberGroups.size());
        Class<?> groupViewer = Class.forName("org.thirdspace.groups.GroupSearch$Viewer");
        Constructor<?> newGroupViewer = groupViewer.getDeclaredConstructor(boolean.class, Long.class);
        newGroupViewer.setAccessible(true);
        Object groupsAsMember = newGroupViewer.newInstance(true, memberPerson);
        Method groupRequest = GroupSearch.class.getDeclaredMethod("request", GroupSearchQuery.class, groupViewer);
        groupRequest.setAccessible(true);
        JsonpMapper mapper = client._transport().jsonpMapper();

        Random random = new Random(7);
        List<String> mix = new ArrayList<>();
        for (int i = 0; i < QUERIES + WARMUP; i++) {
            mix.add(TEXTS[random.nextInt(TEXTS.length)]);
        }
        Map<String, String> msearchBodies = new HashMap<>();
        for (String text : TEXTS) {
            List<SearchRequest> requests = List.of(
                    finder.request(FinderQuery.of(text).withPage(0, PREVIEW), Viewer.member(null)),
                    (SearchRequest) groupRequest.invoke(groupSearch,
                            new GroupSearchQuery(text, null, null, null, null, null, null, 0, PREVIEW), groupsAsMember),
                    CaseStudyQueries.request(new CaseStudySearchQuery(text, null, null, null, null, null, null, null, 0,
                            PREVIEW), new CaseStudyQueries.Viewer(true, memberGroups), caseStudiesIndex.alias()),
                    ForumQueries.request(new ForumSearchQuery(text, null, null, null, null, null, 0, PREVIEW),
                            new ForumQueries.Viewer(true, memberGroups, null), forumIndex.alias()));
            StringBuilder body = new StringBuilder();
            for (SearchRequest r : requests) {
                body.append("{\"index\":\"").append(r.index().getFirst()).append("\"}\n").append(json(r, mapper))
                        .append('\n');
            }
            msearchBodies.put(text, body.toString());
        }

        // --- queries --------------------------------------------------------------------------
        String token = as(MEMBER, "MEMBER", () -> tokens.create("bench-" + System.nanoTime(), null)).secret();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long[] rest = new long[QUERIES];
        long[] raw = new long[QUERIES];
        long[] concurrent = new long[QUERIES];
        long[] sequential = new long[QUERIES];
        long[] slowest = new long[QUERIES];
        long withHits = 0;
        for (int i = 0; i < mix.size(); i++) {
            String text = mix.get(i);
            long a = System.nanoTime();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                            + "/api/v1/search?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8)))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            long b = System.nanoTime();
            if (response.statusCode() != 200 || !response.body().contains("\"unavailable\":[]")) {
                throw new IllegalStateException("REST " + response.statusCode() + ": " + response.body());
            }
            Request msearch = new Request("POST", "/_msearch");
            msearch.setEntity(new NStringEntity(msearchBodies.get(text), ContentType.create("application/x-ndjson")));
            long c = System.nanoTime();
            var esResponse = restClient.performRequest(msearch);
            EntityUtils.consume(esResponse.getEntity());
            long d = System.nanoTime();
            long e = System.nanoTime();
            as(MEMBER, "MEMBER", () -> search.search(EverywhereQuery.of(text)));
            long f = System.nanoTime();
            long max = 0;
            for (TypeSource source : sources) {
                long s0 = System.nanoTime();
                as(MEMBER, "MEMBER", () -> source.search(text, 0, PREVIEW));
                max = Math.max(max, System.nanoTime() - s0);
            }
            long g = System.nanoTime();
            if (i >= WARMUP) {
                int k = i - WARMUP;
                rest[k] = b - a;
                raw[k] = d - c;
                concurrent[k] = f - e;
                sequential[k] = g - f;
                slowest[k] = max;
                withHits += response.body().contains("\"total\":0,") ? 0 : 1;
            }
        }
        for (long[] series : List.of(rest, raw, concurrent, sequential, slowest)) {
            Arrays.sort(series);
        }
        line(report, "");
        line(report, "query mix: %d queries after %d warm-up, one or two words (%d distinct, a typo among them), "
                + "all six types, %d hits per type; %d with hits", QUERIES, WARMUP, TEXTS.length, PREVIEW, withHits);
        line(report, "                                         p50        p95        p99");
        row(report, "REST GET /api/v1/search", rest);
        row(report, "ES _msearch of the 4 index searches", raw);
        row(report, "service, six types concurrently", concurrent);
        row(report, "the six type searches one by one", sequential);
        row(report, "slowest single type (of those six)", slowest);
        line(report, "  REST / ES msearch                   %7.2f    %7.2f    %7.2f", ratio(rest, raw, 50),
                ratio(rest, raw, 95), ratio(rest, raw, 99));
        line(report, "  concurrent / one by one             %7.2f    %7.2f    %7.2f", ratio(concurrent, sequential, 50),
                ratio(concurrent, sequential, 95), ratio(concurrent, sequential, 99));
        line(report, "  concurrent / slowest single type    %7.2f    %7.2f    %7.2f", ratio(concurrent, slowest, 50),
                ratio(concurrent, slowest, 95), ratio(concurrent, slowest, 99));
        System.out.println("\n===== BENCHMARK REPORT =====\n" + report + "============================\n");
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "unified-search-bench.txt"), report.toString());
    }

    /** Waits until the asynchronous indexing of the demo data has settled (counts unchanged for 3 s). */
    private void awaitQuietIndices() throws Exception {
        List<String> aliases = List.of(groupsIndex.alias(), caseStudiesIndex.alias(), forumIndex.alias());
        List<Long> last = List.of();
        long stableSince = System.nanoTime();
        long started = System.nanoTime();
        while (System.nanoTime() - started < 300_000_000_000L) {
            for (String alias : aliases) {
                client.indices().refresh(r -> r.index(alias));
            }
            List<Long> now = new ArrayList<>();
            for (String alias : aliases) {
                now.add(count(alias));
            }
            if (!now.equals(last)) {
                last = now;
                stableSince = System.nanoTime();
            } else if (System.nanoTime() - stableSince > 3_000_000_000L) {
                return;
            }
            Thread.sleep(500);
        }
    }

    private long count(String alias) throws Exception {
        return client.count(c -> c.index(alias)).count();
    }

    private static Map<Long, InstitutionSummary> institutions(Random random) {
        Map<Long, InstitutionSummary> out = new HashMap<>();
        Region[] regions = Region.values();
        for (long id = 1; id <= 1000; id++) {
            Region region = regions[random.nextInt(regions.length)];
            boolean university = id <= 40;
            out.put(900_000_000L + id, new InstitutionSummary(900_000_000L + id,
                    (university ? "University of " : "") + LAST[random.nextInt(LAST.length)]
                            + (university ? " Vale " : " Academy ") + id,
                    university ? Sector.UNIVERSITY : Sector.SECONDARY_SCHOOL, region, "Town", "BN" + id + " 1AA",
                    new GeoPoint(region.latitude() + random.nextGaussian() * 0.3,
                            region.longitude() + random.nextGaussian() * 0.4), null, null));
        }
        return out;
    }

    private static List<Profile> profiles(Random random) {
        List<Profile> out = new ArrayList<>(PEOPLE);
        Instant now = Instant.now();
        for (int i = 0; i < PEOPLE; i++) {
            long id = 100_000_000L + i;
            long institution = 900_000_001L + random.nextInt(1000);
            String role = ROLES[random.nextInt(ROLES.length)];
            String subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
            String topic = TOPICS[random.nextInt(TOPICS.length)];
            int v = random.nextInt(100);
            Visibility visibility = v < 70 ? Visibility.PUBLIC : v < 95 ? Visibility.MEMBERS : Visibility.HIDDEN;
            boolean open = random.nextInt(3) == 0;
            Instant active = now.minusSeconds(random.nextInt(60 * 60 * 24 * 365));
            out.add(new Profile(id, null, FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)],
                    Character.toUpperCase(subject.charAt(0)) + subject.substring(1) + " " + role.replace('-', ' ')
                            + " interested in " + topic,
                    "I work on " + topic + " and " + TOPICS[random.nextInt(TOPICS.length)] + " with partner schools.",
                    null, Set.of(role), Set.of(ACTIVITIES[random.nextInt(ACTIVITIES.length)]), Set.of(subject),
                    Set.of(PHASES[random.nextInt(PHASES.length)]), List.of(topic), List.of(), List.of("English"),
                    new Availability(open, open ? 1 + random.nextInt(3) : 0, Availability.Mode.BOTH),
                    ContactPreferences.defaults(), visibility, null,
                    List.of(new AffiliationSummary(id * 2, institution, "Academy " + institution, "Teacher",
                            LocalDate.of(2019, 9, 1), null)),
                    random.nextInt(20) == 0, false, active, active));
        }
        return out;
    }

    private static String json(SearchRequest request, JsonpMapper mapper) {
        StringWriter writer = new StringWriter();
        try (JsonGenerator generator = mapper.jsonProvider().createGenerator(writer)) {
            request.serialize(generator, mapper);
        }
        return writer.toString();
    }

    private static void row(StringBuilder report, String name, long[] sorted) {
        line(report, "  %-36s %7.1f ms %7.1f ms %7.1f ms", name, ms(sorted, 50), ms(sorted, 95), ms(sorted, 99));
    }

    private static double ratio(long[] a, long[] b, int percentile) {
        return ms(a, percentile) / ms(b, percentile);
    }

    private static double ms(long[] sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    private static void line(StringBuilder report, String format, Object... args) {
        report.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
