package org.thirdspace.finder.bench;

import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.json.JsonpMapper;
import jakarta.json.stream.JsonGenerator;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import org.thirdspace.finder.FinderParameters;
import org.thirdspace.finder.FinderQuery;
import org.thirdspace.finder.PeopleFinder;
import org.thirdspace.finder.Viewer;
import org.thirdspace.finder.internal.PeopleIndex;
import org.thirdspace.institutions.InstitutionSummary;
import org.thirdspace.people.AffiliationSummary;
import org.thirdspace.people.Availability;
import org.thirdspace.people.ContactPreferences;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.Profile;
import org.thirdspace.people.ProfileChanged;
import org.thirdspace.people.Visibility;
import org.thirdspace.search.IndexDefinition;
import org.thirdspace.search.SearchIndexes;
import org.thirdspace.security.AccessTokenService;
import org.thirdspace.security.TestAccounts;
import org.thirdspace.shared.GeoPoint;
import org.thirdspace.shared.Region;
import org.thirdspace.shared.Sector;
import org.thirdspace.testsupport.IntegrationTest;

/**
 * The finder benchmark (not a test: run with {@code ./mvnw -Pbench test}, see docs/bench/README.md).
 * Prints a report to stdout; {@code -Dbench.people=N} changes the population (default 100,000).
 */
@IntegrationTest
class FinderBenchmark {

    static final int PEOPLE = Integer.getInteger("bench.people", 100_000);
    static final int QUERIES = Integer.getInteger("bench.queries", 300);
    static final int WARMUP = Integer.getInteger("bench.warmup", 100);
    static final int BATCH = 1000;

    static final String[] ROLES = {"mentor", "link-tutor", "ite-coordinator", "link-teacher", "researcher",
            "subject-tutor", "broker", "senior-leader"};
    static final String[] ACTIVITIES = {"ite", "cpd", "research-enquiry", "stem-outreach", "widening-participation"};
    static final String[] SUBJECTS = {"science", "mathematics", "english", "history", "send"};
    static final String[] PHASES = {"early-years", "primary", "secondary", "post-16", "he"};
    static final String[] FIRST = {"Amira", "Ben", "Chloe", "Dev", "Erin", "Femi", "Grace", "Hamid", "Isla", "Jon",
            "Kemi", "Liam", "Maya", "Niall", "Omar", "Priya", "Quinn", "Rhys", "Sana", "Tom", "Una", "Vik", "Wen", "Yusuf"};
    static final String[] LAST = {"Patel", "Jones", "Smith", "Khan", "Evans", "Taylor", "Brown", "Ahmed", "Walsh",
            "Murphy", "Clarke", "Okafor", "Hughes", "Reid", "Singh", "Wright", "Lewis", "Price", "Wood", "Hall"};
    static final String[] TOPICS = {"practical science", "reading for pleasure", "behaviour", "assessment",
            "curriculum design", "early reading", "oracy", "metacognition", "inclusion", "phonics", "fieldwork",
            "mastery maths", "transition", "coaching", "lesson study", "retrieval practice"};
    static final String[] TEXTS = {"mentor", "mentr", "teacher tutor", "link tutor", "visiting tutor", "science",
            "phonics", "coaching", "research", "lead mentor", "assesment", "oracy", "Patel", "transition", "inclusion"};

    @Autowired
    SearchIndexes indexes;
    @Autowired
    PeopleIndex peopleIndex;
    @Autowired
    PeopleFinder finder;
    @Autowired
    FinderParameters parameters;
    @Autowired
    ElasticsearchClient client;
    @Autowired
    RestClient restClient;
    @Autowired
    AccessTokenService tokens;
    @Autowired
    PeopleService people;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @LocalServerPort
    int port;

    @Test
    void run() throws Exception {
        StringBuilder report = new StringBuilder();
        Runtime rt = Runtime.getRuntime();
        line(report, "ThirdSpace finder benchmark, %s", Instant.now());
        line(report, "machine: %d cores, JVM max heap %d MB, Java %s, %s; ES 8.19 minimal node, 512 MB heap, same machine",
                rt.availableProcessors(), rt.maxMemory() >> 20, System.getProperty("java.version"), System.getProperty("os.name"));

        // --- data ---------------------------------------------------------------------------
        Random random = new Random(42);
        Map<Long, InstitutionSummary> institutions = institutions(random);
        List<Profile> profiles = profiles(random, institutions);
        Function<Long, Optional<InstitutionSummary>> lookup = id -> Optional.ofNullable(institutions.get(id));
        line(report, "population: %,d profiles, %,d institutions", profiles.size(), institutions.size());

        // --- bulk: raw (same docs, prebuilt, same mapping), then ours; both warmed first ------
        IndexDefinition rawDefinition = new IndexDefinition("bench-raw", PeopleIndex.DEFINITION.body());
        List<Map<String, Object>> docs = profiles.stream().map(p -> peopleIndex.document(p, lookup)).toList();
        String warmIndex = indexes.alias("bench-warm-" + Long.toHexString(System.nanoTime()));
        client.indices().create(c -> c.index(warmIndex).withJson(new java.io.StringReader(rawDefinition.body())));
        for (int from = 0; from < 10_000; from += BATCH) {
            List<BulkOperation> ops = new ArrayList<>();
            for (int i = from; i < from + BATCH; i++) {
                Map<String, Object> doc = docs.get(i);
                String id = Long.toString(profiles.get(i).personId());
                ops.add(BulkOperation.of(o -> o.index(x -> x.index(warmIndex).id(id).document(doc))));
            }
            client.bulk(b -> b.operations(ops));
        }
        client.indices().delete(d -> d.index(warmIndex));
        IndexDefinition warm = new IndexDefinition("bench-warm", PeopleIndex.DEFINITION.body());
        indexes.rebuild(warm, BATCH, writer -> peopleIndex.writeProfiles(writer, profiles.stream().limit(10_000), lookup));
        client.indices().delete(d -> d.index(indexes.concreteIndices("bench-warm")));
        String rawIndex = indexes.alias("bench-raw-" + Long.toHexString(System.nanoTime()));
        client.indices().create(c -> c.index(rawIndex).withJson(new java.io.StringReader(rawDefinition.body())));
        long t0 = System.nanoTime();
        for (int from = 0; from < docs.size(); from += BATCH) {
            List<BulkOperation> ops = new ArrayList<>();
            for (int i = from; i < Math.min(docs.size(), from + BATCH); i++) {
                String id = Long.toString(profiles.get(i).personId());
                Map<String, Object> doc = docs.get(i);
                ops.add(BulkOperation.of(o -> o.index(x -> x.index(rawIndex).id(id).document(doc))));
            }
            var response = client.bulk(b -> b.operations(ops));
            if (response.errors()) {
                throw new IllegalStateException("raw bulk failed");
            }
        }
        client.indices().refresh(r -> r.index(rawIndex));
        double rawSeconds = (System.nanoTime() - t0) / 1e9;
        client.indices().delete(d -> d.index(rawIndex));
        docs = null;

        t0 = System.nanoTime();
        SearchIndexes.RebuildResult rebuilt = indexes.rebuild(PeopleIndex.DEFINITION, BATCH,
                writer -> peopleIndex.writeProfiles(writer, profiles.stream(), lookup));
        double oursSeconds = (System.nanoTime() - t0) / 1e9;
        double rawRate = profiles.size() / rawSeconds;
        double oursRate = profiles.size() / oursSeconds;
        line(report, "");
        line(report, "bulk indexing %,d docs (batches of %d)", profiles.size(), BATCH);
        line(report, "  raw bulk (prebuilt docs):           %8.1f s  %,10.0f docs/s", rawSeconds, rawRate);
        line(report, "  ours (rebuild + mapping + alias):   %8.1f s  %,10.0f docs/s", oursSeconds, oursRate);
        line(report, "  ours / raw throughput:              %8.2f   (goal >= 0.80)  [%d ops, index %s]", oursRate / rawRate,
                rebuilt.operations(), rebuilt.newIndex());

        // --- queries ------------------------------------------------------------------------
        List<Map<String, List<String>>> mix = queryMix(new Random(7), QUERIES + WARMUP);
        String token = TestAccounts.as(IntegrationTest.ADMIN_EMAIL, "ADMIN", () -> tokens.create("bench-" + System.nanoTime(), null)).secret();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        JsonpMapper mapper = client._transport().jsonpMapper();
        List<String> rawBodies = new ArrayList<>();
        for (Map<String, List<String>> params : mix) {
            SearchRequest request = finder.request(parameters.parse(params), Viewer.member(null));
            rawBodies.add(json(request, mapper));
        }
        String alias = indexes.alias(PeopleIndex.NAME);
        long[] rest = new long[QUERIES];
        long[] raw = new long[QUERIES];
        long hits = 0;
        for (int i = 0; i < mix.size(); i++) {
            // alternate so both see the same cache state
            long a = System.nanoTime();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                            + "/api/v1/people?" + queryString(mix.get(i))))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            long b = System.nanoTime();
            if (response.statusCode() != 200) {
                throw new IllegalStateException("REST " + response.statusCode() + ": " + response.body());
            }
            Request esRequest = new Request("POST", "/" + alias + "/_search");
            esRequest.setJsonEntity(rawBodies.get(i));
            long c = System.nanoTime();
            var esResponse = restClient.performRequest(esRequest);
            org.apache.http.util.EntityUtils.consume(esResponse.getEntity());
            long d = System.nanoTime();
            if (i >= WARMUP) {
                rest[i - WARMUP] = b - a;
                raw[i - WARMUP] = d - c;
                hits += response.body().contains("\"total\":0") ? 0 : 1;
            }
        }
        Arrays.sort(rest);
        Arrays.sort(raw);
        line(report, "");
        line(report, "query mix: %d queries after %d warm-up (text + 2 facets + distance + highlight + all facet aggs), %d with hits",
                QUERIES, WARMUP, hits);
        line(report, "                          p50        p95        p99");
        line(report, "  REST /api/v1/people  %7.1f ms %7.1f ms %7.1f ms", ms(rest, 50), ms(rest, 95), ms(rest, 99));
        line(report, "  straight to ES       %7.1f ms %7.1f ms %7.1f ms", ms(raw, 50), ms(raw, 95), ms(raw, 99));
        line(report, "  REST / ES            %7.2f    %7.2f    %7.2f     (goal: REST p95 <= 25 ms and <= 1.3x)",
                ms(rest, 50) / ms(raw, 50), ms(rest, 95) / ms(raw, 95), ms(rest, 99) / ms(raw, 99));

        // --- save -> searchable ---------------------------------------------------------------
        List<Long> latencies = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String word = "zb" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
            long personId = people.ensureProfile(9_000_000_000L + ThreadLocalRandom.current().nextLong(1L << 30),
                    "Bench " + word).id();
            long s0 = System.nanoTime();
            tx.executeWithoutResult(st -> events.publishEvent(new ProfileChanged(personId)));
            while (finder.search(FinderQuery.of(word), Viewer.member(null)).total() == 0) {
                Thread.sleep(20);
                if (System.nanoTime() - s0 > 10_000_000_000L) {
                    throw new IllegalStateException("not searchable within 10 s");
                }
            }
            latencies.add((System.nanoTime() - s0) / 1_000_000);
        }
        latencies.sort(Long::compare);
        line(report, "");
        line(report, "save -> searchable (commit, event, async listener, 1 s refresh): median %d ms, max %d ms over %d edits",
                latencies.get(latencies.size() / 2), latencies.getLast(), latencies.size());
        System.out.println("\n===== BENCHMARK REPORT =====\n" + report + "============================\n");
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "finder-bench.txt"), report.toString());
    }

    // --- generation ---------------------------------------------------------------------------

    private static Map<Long, InstitutionSummary> institutions(Random random) {
        Map<Long, InstitutionSummary> out = new HashMap<>();
        Region[] regions = Region.values();
        Sector[] sectors = {Sector.PRIMARY_SCHOOL, Sector.SECONDARY_SCHOOL, Sector.SECONDARY_SCHOOL, Sector.COLLEGE,
                Sector.SPECIAL_SCHOOL, Sector.UNIVERSITY, Sector.TEACHING_SCHOOL_TRUST, Sector.CHARITY};
        for (long id = 1; id <= 2000; id++) {
            Region region = regions[random.nextInt(regions.length)];
            Sector sector = id <= 60 ? Sector.UNIVERSITY : sectors[random.nextInt(sectors.length)];
            GeoPoint location = new GeoPoint(region.latitude() + random.nextGaussian() * 0.3,
                    region.longitude() + random.nextGaussian() * 0.4);
            out.put(id, new InstitutionSummary(id, (sector == Sector.UNIVERSITY ? "University of " : "")
                    + LAST[random.nextInt(LAST.length)] + " " + (sector == Sector.UNIVERSITY ? "Vale" : "Academy") + " " + id,
                    sector, region, "Town", "BN" + id + " 1AA", location, null, null));
        }
        return out;
    }

    private static List<Profile> profiles(Random random, Map<Long, InstitutionSummary> institutions) {
        List<Profile> out = new ArrayList<>(PEOPLE);
        Instant now = Instant.now();
        for (int i = 0; i < PEOPLE; i++) {
            long id = 100_000_000L + i;
            InstitutionSummary at = institutions.get(1L + random.nextInt(institutions.size()));
            InstitutionSummary before = institutions.get(1L + random.nextInt(institutions.size()));
            String role = ROLES[random.nextInt(ROLES.length)];
            String subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
            String topic = TOPICS[random.nextInt(TOPICS.length)];
            String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
            int v = random.nextInt(100);
            Visibility visibility = v < 70 ? Visibility.PUBLIC : v < 95 ? Visibility.MEMBERS : Visibility.HIDDEN;
            boolean open = random.nextInt(3) == 0;
            List<AffiliationSummary> affiliations = new ArrayList<>();
            affiliations.add(new AffiliationSummary(id * 2, at.id(), at.name(), "Teacher", LocalDate.of(2019, 9, 1), null));
            if (random.nextInt(5) == 0) {
                affiliations.add(new AffiliationSummary(id * 2 + 1, before.id(), before.name(), "Lecturer",
                        LocalDate.of(2012, 9, 1), LocalDate.of(2019, 8, 31)));
            }
            Instant active = now.minusSeconds(random.nextInt(60 * 60 * 24 * 365));
            String headline = capitalise(subject) + " " + role.replace('-', ' ') + " interested in " + topic;
            out.add(new Profile(id, null, name, headline,
                    "I work on " + topic + " and " + TOPICS[random.nextInt(TOPICS.length)] + " with partner schools.", null,
                    Set.of(role), Set.of(ACTIVITIES[random.nextInt(ACTIVITIES.length)]), Set.of(subject),
                    Set.of(PHASES[random.nextInt(PHASES.length)]), List.of(topic), List.of(), List.of("English"),
                    new Availability(open, open ? 1 + random.nextInt(3) : 0, Availability.Mode.BOTH),
                    ContactPreferences.defaults(), visibility, null, affiliations, random.nextInt(20) == 0, false,
                    active, active));
        }
        return out;
    }

    private static List<Map<String, List<String>>> queryMix(Random random, int n) {
        List<Map<String, List<String>>> out = new ArrayList<>();
        Region[] regions = Region.values();
        for (int i = 0; i < n; i++) {
            Map<String, List<String>> params = new LinkedHashMap<>();
            params.put("q", List.of(TEXTS[random.nextInt(TEXTS.length)]));
            switch (random.nextInt(3)) {
                case 0 -> {
                    params.put("role", List.of(ROLES[random.nextInt(ROLES.length)]));
                    params.put("phase", List.of(PHASES[random.nextInt(PHASES.length)]));
                }
                case 1 -> {
                    params.put("subject", List.of(SUBJECTS[random.nextInt(SUBJECTS.length)]));
                    params.put("available", List.of("true"));
                }
                default -> {
                    params.put("activity", List.of(ACTIVITIES[random.nextInt(ACTIVITIES.length)]));
                    params.put("sector", List.of(random.nextBoolean() ? "university" : "secondary-school"));
                }
            }
            Region region = regions[random.nextInt(regions.length)];
            params.put("near", List.of(String.format(Locale.ROOT, "%.4f,%.4f", region.latitude(), region.longitude())));
            params.put("withinKm", List.of(Integer.toString(25 + random.nextInt(4) * 25)));
            params.put("sort", List.of(random.nextInt(4) == 0 ? "distance" : "relevance"));
            params.put("size", List.of("20"));
            out.add(params);
        }
        return out;
    }

    private static String queryString(Map<String, List<String>> params) {
        StringBuilder sb = new StringBuilder();
        params.forEach((k, values) -> values.forEach(v -> sb.append(sb.isEmpty() ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8))));
        return sb.toString();
    }

    private static String json(SearchRequest request, JsonpMapper mapper) {
        StringWriter writer = new StringWriter();
        try (JsonGenerator generator = mapper.jsonProvider().createGenerator(writer)) {
            request.serialize(generator, mapper);
        }
        return writer.toString();
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static double ms(long[] sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    private static void line(StringBuilder report, String format, Object... args) {
        report.append(String.format(Locale.ROOT, format, args)).append('\n');
    }

}
