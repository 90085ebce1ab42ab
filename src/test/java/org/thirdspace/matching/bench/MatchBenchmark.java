package org.thirdspace.matching.bench;

import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.thirdspace.finder.CandidateSearch;
import org.thirdspace.finder.Viewer;
import org.thirdspace.finder.internal.PeopleIndex;
import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.institutions.InstitutionSummary;
import org.thirdspace.matching.MatchWeights;
import org.thirdspace.matching.MatchingFixtures;
import org.thirdspace.matching.MatchingService;
import org.thirdspace.needs.NeedDetails;
import org.thirdspace.needs.NeedFacet;
import org.thirdspace.needs.NeedService;
import org.thirdspace.people.AffiliationSummary;
import org.thirdspace.people.Availability;
import org.thirdspace.people.ContactPreferences;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.Profile;
import org.thirdspace.people.ProfileFixtures;
import org.thirdspace.people.Visibility;
import org.thirdspace.search.SearchIndexes;
import org.thirdspace.security.AccessTokenService;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.security.TestAccounts;
import org.thirdspace.shared.GeoPoint;
import org.thirdspace.shared.Region;
import org.thirdspace.shared.Sector;
import org.thirdspace.testsupport.IntegrationTest;

/**
 * The match benchmark (not a test: {@code ./mvnw -Pbench test -Dtest=MatchBenchmark}, see
 * docs/bench/README.md). {@code -Dbench.people=N} (default 100,000) generated profiles in the
 * people index, 12 real needs in the database, then match rankings through REST
 * ({@code GET /api/v1/needs/{id}/matches}) alternating with the very same ranking query body sent
 * straight to Elasticsearch with the low-level client. Prints a report (also
 * {@code target/match-bench.txt}).
 */
@IntegrationTest
class MatchBenchmark {

    static final int PEOPLE = Integer.getInteger("bench.people", 100_000);
    static final int QUERIES = Integer.getInteger("bench.queries", 300);
    static final int WARMUP = Integer.getInteger("bench.warmup", 100);
    static final int BATCH = 1000;

    static final String[] ROLES = {"mentor", "link-tutor", "ite-coordinator", "link-teacher", "researcher",
            "subject-tutor", "broker", "senior-leader"};
    static final String[] ACTIVITIES = {"ite", "cpd", "research-enquiry", "stem-outreach", "widening-participation",
            "pupil-mentoring", "students-as-researchers", "subject-enrichment"};
    static final String[] SUBJECTS = {"science", "mathematics", "english", "history", "chemistry", "physics",
            "biology", "send"};
    static final String[] PHASES = {"early-years", "primary", "secondary", "post-16", "he"};
    static final String[] TOPICS = {"practical science", "reading for pleasure", "behaviour", "assessment",
            "curriculum design", "early reading", "oracy", "metacognition", "inclusion", "phonics", "fieldwork",
            "mastery maths", "transition", "coaching", "lesson study", "retrieval practice"};
    static final String[] NAMES = {"Amira", "Ben", "Chloe", "Dev", "Erin", "Femi", "Grace", "Hamid", "Isla", "Jon"};
    static final String[] SURNAMES = {"Patel", "Jones", "Smith", "Khan", "Evans", "Taylor", "Brown", "Ahmed"};

    @Autowired
    SearchIndexes indexes;
    @Autowired
    PeopleIndex peopleIndex;
    @Autowired
    CandidateSearch candidates;
    @Autowired
    MatchingService matching;
    @Autowired
    NeedService needs;
    @Autowired
    InstitutionService institutionService;
    @Autowired
    PeopleService people;
    @Autowired
    AccountProvisioning accounts;
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
        line(report, "ThirdSpace match benchmark, %s", Instant.now());
        line(report, "machine: %d cores, JVM max heap %d MB, Java %s; ES 8.19 minimal node, 512 MB heap, same machine",
                rt.availableProcessors(), rt.maxMemory() >> 20, System.getProperty("java.version"));

        // --- people in the index ------------------------------------------------------------------
        Random random = new Random(42);
        Map<Long, InstitutionSummary> places = places(random);
        Function<Long, Optional<InstitutionSummary>> lookup = id -> Optional.ofNullable(places.get(id));
        long t0 = System.nanoTime();
        indexes.rebuild(PeopleIndex.DEFINITION, BATCH, writer -> peopleIndex.writeProfiles(writer,
                java.util.stream.IntStream.range(0, PEOPLE).mapToObj(i -> profile(i, random, places)), lookup));
        line(report, "population: %,d profiles over %,d institutions, indexed in %.1f s", PEOPLE, places.size(),
                (System.nanoTime() - t0) / 1e9);

        // --- real needs in the database ------------------------------------------------------------
        List<Long> needIds = new ArrayList<>();
        Region[] regions = Region.values();
        for (int n = 0; n < 12; n++) {
            Region region = regions[n % regions.length];
            InstitutionSummary school = MatchingFixtures.institution(institutionService, "Bench School",
                    Sector.SECONDARY_SCHOOL, region.latitude(), region.longitude());
            var author = ProfileFixtures.person(accounts, people, "Bench Author " + n);
            TestAccounts.as(author.email(), "MEMBER", () -> people.addAffiliation(author.personId(),
                    ProfileFixtures.since(school.id(), "Teacher", LocalDate.of(2020, 9, 1))));
            String subject = SUBJECTS[n % SUBJECTS.length];
            String activity = ACTIVITIES[n % ACTIVITIES.length];
            String topic = TOPICS[n % TOPICS.length];
            boolean online = n % 3 == 0;
            Map<NeedFacet, Set<String>> facets = new HashMap<>(Map.of(NeedFacet.ACTIVITY, Set.of(activity),
                    NeedFacet.SUBJECT, Set.of(subject), NeedFacet.PHASE, Set.of(PHASES[n % PHASES.length])));
            if (!online) {
                facets.put(NeedFacet.REGION, Set.of(region.code()));
            }
            var draft = MatchingFixtures.need(capitalise(subject) + " help with " + topic,
                    "We are looking for someone experienced in " + topic + " and " + subject
                            + " to work with our staff and pupils over two terms, ideally a " + ROLES[n % ROLES.length]
                            .replace('-', ' ') + ".",
                    "Year 9 and 10 " + subject + " classes", school.id(), null, facets, online, 1 + n % 3);
            NeedDetails need = TestAccounts.as(author.email(), "MEMBER", () -> needs.create(draft));
            needIds.add(need.id());
        }

        // --- queries ----------------------------------------------------------------------------
        String token = TestAccounts.as(IntegrationTest.ADMIN_EMAIL, "ADMIN",
                () -> tokens.create("match-bench-" + System.nanoTime(), null)).secret();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        JsonpMapper mapper = client._transport().jsonpMapper();
        String alias = indexes.alias(PeopleIndex.NAME);
        Random mix = new Random(7);
        long[] rest = new long[QUERIES];
        long[] raw = new long[QUERIES];
        int withCandidates = 0;
        for (int i = 0; i < QUERIES + WARMUP; i++) {
            long needId = needIds.get(mix.nextInt(needIds.size()));
            MatchWeights weights = matching.defaultWeights();
            String query = "size=10";
            if (mix.nextBoolean()) {
                double distance = 1 + mix.nextInt(10);
                double text = 0.5 + mix.nextInt(4);
                weights = weights.with("distance", distance).with("text", text);
                query += String.format(Locale.ROOT, "&distance=%.1f&text=%.1f", distance, text);
            }
            MatchWeights w = weights;
            SearchRequest request = TestAccounts.as(IntegrationTest.ADMIN_EMAIL, "ADMIN",
                    () -> candidates.request(matching.candidateQuery(needId, w, 10), Viewer.member(null)));
            String body = json(request, mapper);

            long a = System.nanoTime();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/api/v1/needs/" + needId + "/matches?" + query)).header("Authorization", "Bearer " + token)
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            long b = System.nanoTime();
            if (response.statusCode() != 200) {
                throw new IllegalStateException("REST " + response.statusCode() + ": " + response.body());
            }
            Request esRequest = new Request("POST", "/" + alias + "/_search");
            esRequest.setJsonEntity(body);
            long c = System.nanoTime();
            var esResponse = restClient.performRequest(esRequest);
            org.apache.http.util.EntityUtils.consume(esResponse.getEntity());
            long d = System.nanoTime();
            if (i >= WARMUP) {
                rest[i - WARMUP] = b - a;
                raw[i - WARMUP] = d - c;
                withCandidates += response.body().contains("\"personId\"") ? 1 : 0;
            }
        }
        Arrays.sort(rest);
        Arrays.sort(raw);
        line(report, "");
        line(report, "match rankings: %d after %d warm-up over 12 needs (defaults or tuned distance/text weights),"
                + " size 10, %d with candidates", QUERIES, WARMUP, withCandidates);
        line(report, "                                 p50        p95        p99");
        line(report, "  REST /api/v1/needs/{id}/matches %7.1f ms %7.1f ms %7.1f ms", ms(rest, 50), ms(rest, 95),
                ms(rest, 99));
        line(report, "  ranking query straight to ES   %7.1f ms %7.1f ms %7.1f ms", ms(raw, 50), ms(raw, 95), ms(raw, 99));
        line(report, "  REST / ES                      %7.2f    %7.2f    %7.2f     (goal: REST p95 <= 40 ms and <= 1.3x)",
                ms(rest, 50) / ms(raw, 50), ms(rest, 95) / ms(raw, 95), ms(rest, 99) / ms(raw, 99));
        System.out.println("\n===== MATCH BENCHMARK REPORT =====\n" + report + "==================================\n");
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "match-bench.txt"), report.toString());
    }

    // --- generation -------------------------------------------------------------------------------

    private static Map<Long, InstitutionSummary> places(Random random) {
        Map<Long, InstitutionSummary> out = new HashMap<>();
        Region[] regions = Region.values();
        for (long id = 1; id <= 2000; id++) {
            Region region = regions[random.nextInt(regions.length)];
            GeoPoint location = new GeoPoint(region.latitude() + random.nextGaussian() * 0.3,
                    region.longitude() + random.nextGaussian() * 0.4);
            Sector sector = id <= 60 ? Sector.UNIVERSITY : Sector.SECONDARY_SCHOOL;
            out.put(id, new InstitutionSummary(900_000_000L + id, "Bench institution " + id, sector, region, "Town",
                    null, location, null, null));
        }
        return out;
    }

    private static Profile profile(int i, Random random, Map<Long, InstitutionSummary> places) {
        long id = 200_000_000L + i;
        InstitutionSummary at = places.get(1L + random.nextInt(places.size()));
        String role = ROLES[random.nextInt(ROLES.length)];
        String subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
        String topic = TOPICS[random.nextInt(TOPICS.length)];
        int v = random.nextInt(100);
        Visibility visibility = v < 70 ? Visibility.PUBLIC : v < 95 ? Visibility.MEMBERS : Visibility.HIDDEN;
        boolean open = random.nextInt(3) == 0;
        Availability.Mode mode = Availability.Mode.values()[random.nextInt(3)];
        Instant active = Instant.now().minusSeconds(random.nextInt(60 * 60 * 24 * 365));
        return new Profile(id, null, NAMES[random.nextInt(NAMES.length)] + " " + SURNAMES[random.nextInt(SURNAMES.length)],
                capitalise(subject) + " " + role.replace('-', ' ') + " interested in " + topic,
                "I work on " + topic + " and " + TOPICS[random.nextInt(TOPICS.length)] + " with partner schools.", null,
                Set.of(role), Set.of(ACTIVITIES[random.nextInt(ACTIVITIES.length)]), Set.of(subject),
                Set.of(PHASES[random.nextInt(PHASES.length)]), List.of(topic), List.of(), List.of("English"),
                new Availability(open, open ? 1 + random.nextInt(3) : 0, mode), ContactPreferences.defaults(),
                visibility, null, List.of(new AffiliationSummary(id * 2, at.id(), at.name(), "Teacher",
                        LocalDate.of(2019, 9, 1), null)), false, false, active, active);
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
