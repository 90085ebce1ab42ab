package org.thirdspace.casestudies.bench;

import java.io.StringWriter;
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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.JsonpMapper;
import jakarta.json.stream.JsonGenerator;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.thirdspace.casestudies.CaseStudyField;
import org.thirdspace.casestudies.CaseStudyRevision;
import org.thirdspace.casestudies.CaseStudySearch;
import org.thirdspace.casestudies.CaseStudySearchQuery;
import org.thirdspace.casestudies.CaseStudyService;
import org.thirdspace.casestudies.RenderedRevision;
import org.thirdspace.casestudies.internal.search.CaseStudiesIndex;
import org.thirdspace.casestudies.internal.search.CaseStudyDocuments;
import org.thirdspace.casestudies.internal.search.CaseStudyQueries;
import org.thirdspace.casestudies.internal.search.IndexedCaseStudy;
import org.thirdspace.groups.GroupFixtures;
import org.thirdspace.groups.GroupFixtures.Partners;
import org.thirdspace.groups.GroupService;
import org.thirdspace.groups.GroupVisibility;
import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.markdown.MarkdownRenderer;
import org.thirdspace.people.PeopleService;
import org.thirdspace.search.SearchIndexes;
import org.thirdspace.security.AccessTokenService;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.security.TestAccounts;
import org.thirdspace.shared.Region;
import org.thirdspace.shared.Sector;
import org.thirdspace.testsupport.IntegrationTest;

/**
 * The case-study benchmark (not a test: {@code ./mvnw -Pbench test -Dtest=CaseStudySearchBenchmark},
 * see docs/bench/README.md). 20,000 generated published case studies in the real index, then a
 * query mix through {@code GET /api/v1/case-studies} against the same search requests sent
 * straight to Elasticsearch, and the rendering of a 30,000-word case study against plain
 * commonmark. Prints a report to stdout and {@code target/case-study-bench.txt}.
 */
@IntegrationTest
class CaseStudySearchBenchmark {

    static final int CASE_STUDIES = Integer.getInteger("bench.caseStudies", 20_000);
    static final int WORDS = Integer.getInteger("bench.words", 900);
    static final int QUERIES = Integer.getInteger("bench.queries", 300);
    static final int WARMUP = Integer.getInteger("bench.warmup", 100);
    static final int PAGE_WORDS = Integer.getInteger("bench.pageWords", 30_000);
    static final int RENDERS = Integer.getInteger("bench.renders", 20);
    static final int BATCH = 500;

    static final String[] ACTIVITIES = {"ite", "cpd", "research-enquiry", "consultancy", "school-improvement",
            "widening-participation", "stem-outreach", "subject-enrichment", "students-as-researchers",
            "pupil-mentoring", "public-engagement", "structural"};
    static final String[] PHASES = {"early-years", "primary", "secondary", "post-16", "fe", "he"};
    static final String[] EVIDENCE = {"high", "medium", "low"};
    static final String[] TEXTS = {"paired reading", "oracy", "phonics", "lesson study", "mentoring", "science club",
            "trainee teachers", "transition", "workload", "fieldwork", "coaching", "widening participation",
            "reading ages", "baseline survey", "handover note", "Lancaster", "steering group", "critical friend",
            "mastery maths", "exam season", "enrichment offer", "practitioner report", "laboratories library",
            "confidence science"};

    @Autowired
    SearchIndexes indexes;
    @Autowired
    CaseStudiesIndex index;
    @Autowired
    CaseStudySearch search;
    @Autowired
    CaseStudyService caseStudies;
    @Autowired
    MarkdownRenderer markdownRenderer;
    @Autowired
    ElasticsearchClient client;
    @Autowired
    RestClient restClient;
    @Autowired
    AccessTokenService tokens;
    @Autowired
    GroupService groups;
    @Autowired
    PeopleService people;
    @Autowired
    InstitutionService institutions;
    @Autowired
    AccountProvisioning accounts;
    @LocalServerPort
    int port;

    @Test
    void run() throws Exception {
        StringBuilder report = new StringBuilder();
        Runtime rt = Runtime.getRuntime();
        line(report, "ThirdSpace case-study benchmark, %s", Instant.now());
        line(report, "machine: %d cores, JVM max heap %d MB, Java %s, %s; ES 8.19 minimal node, 512 MB heap, same machine",
                rt.availableProcessors(), rt.maxMemory() >> 20, System.getProperty("java.version"),
                System.getProperty("os.name"));

        // --- the searching member: in a private and a members-only group ------------------------
        Partners p = GroupFixtures.partners(accounts, people, institutions, "Bench");
        String email = p.teacher().email();
        long privateGroup = as(email, () -> groups.create(GroupFixtures.partnership("Bench private circle",
                GroupVisibility.PRIVATE, p, null))).id();
        long membersGroup = as(email, () -> groups.create(GroupFixtures.partnership("Bench members circle",
                GroupVisibility.MEMBERS_ONLY, p, null))).id();
        String token = as(email, () -> tokens.create("case-study-bench-" + System.nanoTime(), null)).secret();
        CaseStudyQueries.Viewer viewer = new CaseStudyQueries.Viewer(true, Set.of(privateGroup, membersGroup));

        // --- data --------------------------------------------------------------------------------
        Random random = new Random(42);
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < CASE_STUDIES; i++) {
            titles.add(CaseStudyText.title(random, i + 1));
        }
        long t0 = System.nanoTime();
        long[] chars = {0};
        long[] words = {0};
        Random data = new Random(43);
        Instant now = Instant.now();
        SearchIndexes.RebuildResult rebuilt = indexes.rebuild(CaseStudiesIndex.DEFINITION, BATCH, writer -> {
            for (int i = 0; i < CASE_STUDIES; i++) {
                IndexedCaseStudy cs = caseStudy(data, i, titles, now, privateGroup, membersGroup);
                cs.fields().values().forEach(f -> {
                    chars[0] += f.length();
                    words[0] += CaseStudyText.wordCount(f);
                });
                writer.index(Long.toString(cs.id()), CaseStudyDocuments.document(cs));
            }
        });
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        long storeBytes = client.indices().stats(s -> s.index(index.alias())).all().primaries().store().sizeInBytes();
        line(report, "");
        line(report, "data: %,d published case studies, %,d words of Markdown (%,d per case study on average, %.0f MB),"
                        + " 85 %% without home group, 5 %% in the searcher's private group, 4 %% in a members-only group,"
                        + " 6 %% in other private groups", CASE_STUDIES, words[0], words[0] / CASE_STUDIES, chars[0] / 1e6);
        line(report, "  generated, converted to plain text and bulk-loaded through SearchIndexes.rebuild in %.1f s"
                        + " (%,.0f docs/s); index %s, %.0f MB on disk", loadSeconds, CASE_STUDIES / loadSeconds,
                rebuilt.newIndex(), storeBytes / 1e6);

        // --- queries -----------------------------------------------------------------------------
        List<Map<String, List<String>>> mix = queryMix(new Random(7), QUERIES + WARMUP);
        JsonpMapper mapper = client._transport().jsonpMapper();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String alias = index.alias();
        long[] rest = new long[QUERIES];
        long[] raw = new long[QUERIES];
        long[] service = new long[QUERIES];
        long withHits = 0;
        long totalHits = 0;
        Pattern total = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");
        for (int i = 0; i < mix.size(); i++) {
            Map<String, List<String>> params = mix.get(i);
            CaseStudySearchQuery query = query(params);
            String body = json(CaseStudyQueries.request(query, viewer, alias), mapper);
            // alternate the three paths so they see the same cache state
            long a = System.nanoTime();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                            + "/api/v1/case-studies?" + queryString(params)))
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            long b = System.nanoTime();
            if (response.statusCode() != 200) {
                throw new IllegalStateException("REST " + response.statusCode() + ": " + response.body());
            }
            Request esRequest = new Request("POST", "/" + alias + "/_search");
            esRequest.setJsonEntity(body);
            long c = System.nanoTime();
            var esResponse = restClient.performRequest(esRequest);
            String esBody = org.apache.http.util.EntityUtils.toString(esResponse.getEntity());
            long d = System.nanoTime();
            long e0 = System.nanoTime();
            long serviceTotal = as(email, () -> search.search(query)).total();
            long e1 = System.nanoTime();
            long restTotal = firstNumber(total, response.body());
            long esTotal = firstNumber(Pattern.compile("\"total\"\\s*:\\s*\\{\\s*\"value\"\\s*:\\s*(\\d+)"), esBody);
            if (restTotal != esTotal || serviceTotal != esTotal) {
                throw new IllegalStateException("Totals differ for " + params + ": REST " + restTotal + ", ES " + esTotal
                        + ", service " + serviceTotal);
            }
            if (i >= WARMUP) {
                rest[i - WARMUP] = b - a;
                raw[i - WARMUP] = d - c;
                service[i - WARMUP] = e1 - e0;
                withHits += esTotal > 0 ? 1 : 0;
                totalHits += esTotal;
            }
        }
        Arrays.sort(rest);
        Arrays.sort(raw);
        Arrays.sort(service);
        line(report, "");
        line(report, "query mix: %d queries after %d warm-up (1-3 words of text, in 3 of 4 one or two facet filters,"
                + " 1 in 10 without text; highlights and all six facet counts; page size 20), %d with hits, %,d hits on"
                + " average", QUERIES, WARMUP, withHits, totalHits / QUERIES);
        line(report, "                                  p50        p95        p99");
        line(report, "  REST /api/v1/case-studies  %7.1f ms %7.1f ms %7.1f ms", ms(rest, 50), ms(rest, 95), ms(rest, 99));
        line(report, "  CaseStudySearch in-process %7.1f ms %7.1f ms %7.1f ms", ms(service, 50), ms(service, 95),
                ms(service, 99));
        line(report, "  straight to ES             %7.1f ms %7.1f ms %7.1f ms", ms(raw, 50), ms(raw, 95), ms(raw, 99));
        line(report, "  REST / ES                  %7.2f    %7.2f    %7.2f     (goal: REST p95 <= 30 ms and <= 1.3x)",
                ms(rest, 50) / ms(raw, 50), ms(rest, 95) / ms(raw, 95), ms(rest, 99) / ms(raw, 99));

        // --- rendering a 30,000-word case study --------------------------------------------------
        Random pageRandom = new Random(44);
        Map<CaseStudyField, String> pageFields = CaseStudyText.fields(pageRandom, PAGE_WORDS, titles.subList(0, 50));
        int pageWords = pageFields.values().stream().mapToInt(CaseStudyText::wordCount).sum();
        int pageChars = pageFields.values().stream().mapToInt(String::length).sum();
        CaseStudyRevision page = new CaseStudyRevision(0L, 1, "A very long case study", CaseStudyText.summary(pageRandom),
                pageFields, null, Set.of("cpd"), Set.of(), Set.of("primary"), Set.of("north-west"), 2, "medium",
                Set.of(), null, Set.of(), Set.of(), Set.of(), p.teacher().personId(), "Bench Teacher", now, null, null,
                null);
        List<org.commonmark.Extension> extensions = List.of(AutolinkExtension.create());
        Parser parser = Parser.builder().extensions(extensions).build();
        HtmlRenderer html = HtmlRenderer.builder().extensions(extensions).escapeHtml(true).build();
        long[] baseline = time(RENDERS, () -> {
            int n = 0;
            for (String md : pageFields.values()) {
                n += html.render(parser.parse(md)).length();
            }
            return n;
        });
        long[] sanitised = time(RENDERS, () -> {
            int n = 0;
            for (String md : pageFields.values()) {
                n += markdownRenderer.toHtml(md).length();
            }
            return n;
        });
        long[] rendered = time(RENDERS, () -> {
            RenderedRevision r = as(email, () -> caseStudies.render(page));
            return r.fieldsHtml().values().stream().mapToInt(String::length).sum();
        });
        long[] indexText = time(RENDERS, () -> CaseStudyDocuments.document(new IndexedCaseStudy(1L, 1, page.title(),
                page.summary(), pageFields, null, null, null, null, null, null, null, null, null, null, null, now,
                null)).size());
        line(report, "");
        line(report, "rendering a %,d-word case study (%,d characters of Markdown in 11 fields, with wiki links),"
                + " %d runs after 5 warm-up", pageWords, pageChars, RENDERS);
        line(report, "                                              p50        p95");
        line(report, "  baseline: commonmark parse + HTML       %7.1f ms %7.1f ms", ms(baseline, 50), ms(baseline, 95));
        line(report, "  MarkdownRenderer (+ OWASP sanitiser)    %7.1f ms %7.1f ms", ms(sanitised, 50), ms(sanitised, 95));
        line(report, "  CaseStudyService.render (page path)     %7.1f ms %7.1f ms   (%.2fx baseline at p50)",
                ms(rendered, 50), ms(rendered, 95), ms(rendered, 50) / ms(baseline, 50));
        line(report, "  index document (Markdown -> plain text) %7.1f ms %7.1f ms", ms(indexText, 50), ms(indexText, 95));

        System.out.println("\n===== CASE-STUDY BENCHMARK REPORT =====\n" + report + "=======================================\n");
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "case-study-bench.txt"), report.toString());

        // leave the real index as the application would have it
        indexes.rebuild(CaseStudiesIndex.DEFINITION, index::writeAll);
    }

    // --- generation ---------------------------------------------------------------------------

    private static IndexedCaseStudy caseStudy(Random random, int i, List<String> titles, Instant now,
            long privateGroup, long membersGroup) {
        int g = random.nextInt(100);
        Long groupId;
        String groupName;
        String visibility;
        if (g < 85) {
            groupId = null;
            groupName = null;
            visibility = null;
        } else if (g < 90) {
            groupId = privateGroup;
            groupName = "Bench private circle";
            visibility = GroupVisibility.PRIVATE.name();
        } else if (g < 94) {
            groupId = membersGroup;
            groupName = "Bench members circle";
            visibility = GroupVisibility.MEMBERS_ONLY.name();
        } else {
            groupId = 90_000_000L + random.nextInt(500);
            groupName = "Other circle " + groupId;
            visibility = GroupVisibility.PRIVATE.name();
        }
        int words = (int) Math.max(150, WORDS * (0.4 + random.nextDouble() * 1.2));
        Instant published = now.minusSeconds(random.nextInt(60 * 60 * 24 * 365 * 3));
        return new IndexedCaseStudy(60_000_000L + i, 1 + random.nextInt(6), titles.get(i),
                CaseStudyText.summary(random), CaseStudyText.fields(random, words, titles), null,
                some(random, ACTIVITIES, 1 + random.nextInt(3)),
                Set.of(Sector.values()[random.nextInt(Sector.values().length)].code()),
                some(random, PHASES, 1 + random.nextInt(2)),
                Set.of(Region.values()[random.nextInt(Region.values().length)].code()),
                1 + random.nextInt(4), EVIDENCE[random.nextInt(EVIDENCE.length)], Set.of(), groupId, groupName,
                visibility, published, LocalDate.ofInstant(published, java.time.ZoneOffset.UTC).plusMonths(12));
    }

    private static Set<String> some(Random random, String[] values, int n) {
        Set<String> out = new LinkedHashSet<>();
        while (out.size() < n) {
            out.add(values[random.nextInt(values.length)]);
        }
        return out;
    }

    private static List<Map<String, List<String>>> queryMix(Random random, int n) {
        List<Map<String, List<String>>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, List<String>> params = new LinkedHashMap<>();
            if (random.nextInt(10) != 0) {
                String text = TEXTS[random.nextInt(TEXTS.length)];
                if (random.nextInt(4) == 0) {
                    text = text + " " + CaseStudyText.pick(random, CaseStudyText.SUBJECTS).split(" ")[0];
                }
                params.put("q", List.of(text));
            }
            switch (random.nextInt(4)) {
                case 0 -> params.put("activity", List.of(ACTIVITIES[random.nextInt(ACTIVITIES.length)]));
                case 1 -> {
                    params.put("region", List.of(Region.values()[random.nextInt(Region.values().length)].code()));
                    params.put("evidence", List.of(EVIDENCE[random.nextInt(EVIDENCE.length)]));
                }
                case 2 -> {
                    params.put("phase", List.of(PHASES[random.nextInt(PHASES.length)]));
                    params.put("model", List.of(Integer.toString(1 + random.nextInt(4))));
                }
                default -> {
                }
            }
            if (random.nextInt(5) == 0) {
                params.put("page", List.of("1"));
            }
            params.put("size", List.of("20"));
            out.add(params);
        }
        return out;
    }

    /** The query the REST endpoint reads from these parameters. */
    private static CaseStudySearchQuery query(Map<String, List<String>> params) {
        Set<Integer> models = new LinkedHashSet<>();
        params.getOrDefault("model", List.of()).forEach(m -> models.add(Integer.valueOf(m)));
        return new CaseStudySearchQuery(params.containsKey("q") ? params.get("q").getFirst() : null,
                Set.copyOf(params.getOrDefault("activity", List.of())), Set.of(),
                Set.copyOf(params.getOrDefault("phase", List.of())), Set.copyOf(params.getOrDefault("region", List.of())),
                models, Set.copyOf(params.getOrDefault("evidence", List.of())), null,
                params.containsKey("page") ? Integer.parseInt(params.get("page").getFirst()) : 0, 20);
    }

    // --- measuring ------------------------------------------------------------------------------

    private static long[] time(int runs, Supplier<Integer> work) {
        long sink = 0;
        for (int i = 0; i < 5; i++) {
            sink += work.get();
        }
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            long a = System.nanoTime();
            sink += work.get();
            times[i] = System.nanoTime() - a;
        }
        if (sink == 42) {
            System.out.println("(unlikely)");
        }
        Arrays.sort(times);
        return times;
    }

    private static <T> T as(String email, Supplier<T> action) {
        return TestAccounts.as(email, "MEMBER", action);
    }

    private static long firstNumber(Pattern pattern, String json) {
        Matcher m = pattern.matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no total in " + json.substring(0, Math.min(300, json.length())));
        }
        return Long.parseLong(m.group(1));
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

    private static double ms(long[] sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    private static void line(StringBuilder report, String format, Object... args) {
        report.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
