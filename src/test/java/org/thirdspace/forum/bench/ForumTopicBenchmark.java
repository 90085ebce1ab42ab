package org.thirdspace.forum.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.thirdspace.forum.Category;
import org.thirdspace.forum.ForumFixtures;
import org.thirdspace.forum.ForumImport;
import org.thirdspace.forum.ForumKey;
import org.thirdspace.forum.ForumService;
import org.thirdspace.forum.ImportedPost;
import org.thirdspace.forum.ImportedTopic;
import org.thirdspace.forum.PostDraft;
import org.thirdspace.forum.TopicDetails;
import org.thirdspace.forum.TopicKind;
import org.thirdspace.forum.TopicPage;
import org.thirdspace.markdown.MarkdownRenderer;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.ProfileFixtures;
import org.thirdspace.people.ProfileFixtures.Someone;
import org.thirdspace.security.AccessTokenService;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.security.Role;
import org.thirdspace.security.TestAccounts;
import org.thirdspace.testsupport.IntegrationTest;

/**
 * The forum benchmark (not a test: {@code ./mvnw -Pbench test -Dtest=ForumTopicBenchmark}, see
 * docs/bench/README.md). A topic with 1,000 replies, imported through {@link ForumImport}; then
 * random pages of 20 posts read (a) through {@code GET /api/v1/topics/{id}?page=N} when that
 * endpoint exists, (b) through the topic view's data call {@link ForumService#page} as a member
 * (and as a visitor), each against a plain JDBC query for the same 20 rows measured in the same
 * loop; and (c) replies per second through {@link ForumService#reply}, single-threaded and with
 * four threads on one topic, against plain JDBC inserts that number posts the same way. Prints a
 * report to stdout and {@code target/forum-bench.txt}.
 */
@IntegrationTest
class ForumTopicBenchmark {

    static final int REPLIES = Integer.getInteger("bench.replies", 1000);
    static final int PAGES = Integer.getInteger("bench.pages", 400);
    static final int WARMUP = Integer.getInteger("bench.warmup", 100);
    static final int POSTS = Integer.getInteger("bench.posts", 200);
    static final int THREADS = Integer.getInteger("bench.threads", 4);
    static final int WRITERS = 24;

    @Autowired
    ForumService forum;
    @Autowired
    ForumImport imports;
    @Autowired
    PeopleService people;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MarkdownRenderer markdown;
    @Autowired
    AccessTokenService tokens;
    @Autowired
    PlatformTransactionManager transactions;
    @LocalServerPort
    int port;

    /** A row as the baseline reads it: what a page needs from forum_post. */
    record Row(long id, int number, long author, String markdown, Long quoted, LocalDateTime createdAt,
            LocalDateTime editedAt, int revisions, int helpful, LocalDateTime deletedAt) {
    }

    @Test
    void run() throws Exception {
        StringBuilder report = new StringBuilder();
        Runtime rt = Runtime.getRuntime();
        line(report, "ThirdSpace forum benchmark, %s", Instant.now());
        line(report, "machine: %d cores, JVM max heap %d MB, Java %s, %s; H2 in memory (MySQL mode), same JVM",
                rt.availableProcessors(), rt.maxMemory() >> 20, System.getProperty("java.version"),
                System.getProperty("os.name"));

        // --- people, a category, the long topic ---------------------------------------------------
        long tag = System.nanoTime() % 1_000_000;
        Someone moderator = ProfileFixtures.person(accounts, people, "Bench Moderator", Role.MODERATOR);
        List<Someone> writers = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            String name = "Bench Writer " + (char) ('A' + i);
            writers.add(ProfileFixtures.person(accounts, people, name));
            names.add(name);
        }
        Someone reader = writers.getFirst();
        Category category = ForumFixtures.category(forum, moderator, "Bench " + tag);
        ForumKey where = category.forum();

        Random random = new Random(42);
        Instant start = Instant.now().minus(Duration.ofDays(200));
        List<ImportedPost> posts = new ArrayList<>();
        long chars = 0;
        for (int n = 1; n <= REPLIES + 1; n++) {
            int w = n == 1 ? 0 : 1 + random.nextInt(WRITERS - 1);
            String text = BenchText.post(random, n, writers, names, w);
            chars += text.length();
            Instant at = start.plus(Duration.ofMinutes(10L * n + random.nextInt(8)));
            List<ImportedPost.Reaction> helpful = new ArrayList<>();
            int reactions = n == 1 ? 3 : (int) (5 * Math.pow(random.nextDouble(), 3));
            for (int r = 0; r < reactions; r++) {
                int by = (w + 1 + r) % WRITERS;
                helpful.add(new ImportedPost.Reaction(writers.get(by).personId(), at.plusSeconds(60)));
            }
            List<ImportedPost.Edit> edits = n > 1 && random.nextInt(30) == 0
                    ? List.of(new ImportedPost.Edit(text + "\n\nEdit: fixed the link.", writers.get(w).personId(),
                            at.plusSeconds(300), "Fixed a link"))
                    : List.of();
            ImportedPost.Removal removal = n > 1 && edits.isEmpty() && random.nextInt(100) == 0
                    ? new ImportedPost.Removal(moderator.personId(), at.plusSeconds(600), "Off topic") : null;
            Integer quoted = n > 3 && random.nextInt(8) == 0 ? n - 1 - random.nextInt(Math.min(n - 2, 10)) : null;
            posts.add(new ImportedPost(writers.get(w).personId(), text, at, quoted, edits, removal, helpful));
        }
        ImportedTopic imported = new ImportedTopic(where, TopicKind.DISCUSSION,
                "Mentor time across the partnership: the long thread " + tag, List.of("mentoring", "bench"), posts, null,
                false, false, false);
        long t0 = System.nanoTime();
        long topicId = TestAccounts.as("bench-admin@thirdspace.test", "ADMIN",
                () -> imports.importTopics(List.of(imported))).getFirst();
        double importSeconds = (System.nanoTime() - t0) / 1e9;
        TopicDetails details = as(reader, () -> forum.topic(topicId));
        int pageCount = details.pageCount();
        line(report, "");
        line(report, "data: one topic with %,d replies (%,d posts, %d pages of %d) by %d writers, %,d characters of"
                        + " Markdown (%,d per post on average: paragraphs, lists, links, mentions, some quotes),"
                        + " reactions, a few edits and removals; imported with ForumImport in %.2f s",
                REPLIES, REPLIES + 1, pageCount, ForumService.PAGE_SIZE, WRITERS, chars, chars / (REPLIES + 1),
                importSeconds);

        // --- (a) and (b): reading pages ------------------------------------------------------------
        String token = as(reader, () -> tokens.create("forum-bench-" + tag, null)).secret();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        boolean rest = restAvailable(http, token, topicId);
        Random pages = new Random(7);
        long[] baseline = new long[PAGES];
        long[] baselineRendered = new long[PAGES];
        long[] service = new long[PAGES];
        long[] visitor = new long[PAGES];
        long[] restTimes = new long[PAGES];
        long[] restBaseline = new long[PAGES];
        long[] open = new long[PAGES];
        for (int i = 0; i < WARMUP + PAGES; i++) {
            int page = 1 + pages.nextInt(pageCount);
            // alternate the paths so they see the same cache state
            long a = System.nanoTime();
            List<Row> rows = rows(topicId, page);
            long b = System.nanoTime();
            List<Row> again = rows(topicId, page);
            int html = 0;
            for (Row r : again) {
                html += r.deletedAt() == null ? markdown.toHtml(r.markdown()).length() : 0;
            }
            long c = System.nanoTime();
            TopicPage shown = as(reader, () -> forum.page(topicId, page));
            long d = System.nanoTime();
            SecurityContextHolder.clearContext();
            long e = System.nanoTime();
            TopicPage anonymous = forum.page(topicId, page);
            long f = System.nanoTime();
            long g0 = System.nanoTime();
            as(reader, () -> forum.page(topicId, forum.firstUnreadPage(topicId)));
            long g1 = System.nanoTime();
            if (shown.posts().size() != rows.size() || anonymous.posts().size() != rows.size() || html == 0) {
                throw new IllegalStateException("Page " + page + ": " + shown.posts().size() + " posts from the service, "
                        + rows.size() + " rows");
            }
            long h0 = 0;
            long h1 = 0;
            long k0 = 0;
            long k1 = 0;
            if (rest) {
                h0 = System.nanoTime();
                HttpResponse<String> response = http.send(request(token, "/api/v1/topics/" + topicId + "?page=" + page),
                        HttpResponse.BodyHandlers.ofString());
                h1 = System.nanoTime();
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("REST " + response.statusCode() + ": " + response.body());
                }
                k0 = System.nanoTime();
                rows(topicId, page);
                k1 = System.nanoTime();
            }
            if (i >= WARMUP) {
                int k = i - WARMUP;
                baseline[k] = b - a;
                baselineRendered[k] = c - b;
                service[k] = d - c;
                visitor[k] = f - e;
                open[k] = g1 - g0;
                restTimes[k] = h1 - h0;
                restBaseline[k] = k1 - k0;
            }
        }
        for (long[] times : List.of(baseline, baselineRendered, service, visitor, open, restTimes, restBaseline)) {
            Arrays.sort(times);
        }
        line(report, "");
        line(report, "reading: %d random pages after %d warm-up, each path in turn in one loop (same cache state)",
                PAGES, WARMUP);
        line(report, "                                                   p50        p95        p99");
        line(report, "  baseline: JDBC, the page's 20 rows           %7.2f ms %7.2f ms %7.2f ms", ms(baseline, 50),
                ms(baseline, 95), ms(baseline, 99));
        line(report, "  baseline + MarkdownRenderer for the 20       %7.2f ms %7.2f ms %7.2f ms", ms(baselineRendered, 50),
                ms(baselineRendered, 95), ms(baselineRendered, 99));
        line(report, "  (b) ForumService.page as a member            %7.2f ms %7.2f ms %7.2f ms   (goal: p95 <= 50 ms)",
                ms(service, 50), ms(service, 95), ms(service, 99));
        line(report, "      ForumService.page as a visitor           %7.2f ms %7.2f ms %7.2f ms", ms(visitor, 50),
                ms(visitor, 95), ms(visitor, 99));
        line(report, "      opening: firstUnreadPage + page          %7.2f ms %7.2f ms %7.2f ms", ms(open, 50),
                ms(open, 95), ms(open, 99));
        line(report, "      page / JDBC rows                         %7.1fx    %7.1fx    %7.1fx", ratio(service, baseline, 50),
                ratio(service, baseline, 95), ratio(service, baseline, 99));
        line(report, "      page / (JDBC rows + rendering)           %7.1fx    %7.1fx    %7.1fx",
                ratio(service, baselineRendered, 50), ratio(service, baselineRendered, 95),
                ratio(service, baselineRendered, 99));
        if (rest) {
            line(report, "  (a) REST GET /api/v1/topics/{id}?page=N     %7.2f ms %7.2f ms %7.2f ms   (token, JSON, HTTP)",
                    ms(restTimes, 50), ms(restTimes, 95), ms(restTimes, 99));
            line(report, "      REST / JDBC rows                         %7.1fx    %7.1fx    %7.1fx",
                    ratio(restTimes, restBaseline, 50), ratio(restTimes, restBaseline, 95),
                    ratio(restTimes, restBaseline, 99));
            line(report, "      REST / ForumService.page                 %7.2fx    %7.2fx    %7.2fx",
                    ratio(restTimes, service, 50), ratio(restTimes, service, 95), ratio(restTimes, service, 99));
        } else {
            line(report, "  (a) REST GET /api/v1/topics/{id}?page=N: not measured, the endpoint is not in this build");
        }

        // --- (c) posting ---------------------------------------------------------------------------
        long postTopic = as(reader, () -> forum.createTopic(new org.thirdspace.forum.TopicDraft(where,
                TopicKind.DISCUSSION, "Posting throughput " + tag, "Replies go here.", List.of()))).id();
        long baseTopic = as(reader, () -> forum.createTopic(new org.thirdspace.forum.TopicDraft(where,
                TopicKind.DISCUSSION, "Posting baseline " + tag, "Plain JDBC replies go here.", List.of()))).id();
        Random texts = new Random(11);
        List<String> replyTexts = new ArrayList<>();
        for (int i = 0; i < POSTS * 2; i++) {
            replyTexts.add(BenchText.post(texts, i + 2, writers, names, 1 + i % (WRITERS - 1)));
        }
        // warm-up of both paths
        for (int i = 0; i < 20; i++) {
            Someone w = writers.get(1 + i % (WRITERS - 1));
            as(w, () -> forum.reply(postTopic, PostDraft.of(replyTexts.get(0))));
            plainReply(baseTopic, w.personId(), replyTexts.get(0));
        }
        double single = perSecond(POSTS, () -> {
            for (int i = 0; i < POSTS; i++) {
                Someone w = writers.get(1 + i % (WRITERS - 1));
                String text = replyTexts.get(i);
                as(w, () -> forum.reply(postTopic, PostDraft.of(text)));
            }
        });
        double singleBase = perSecond(POSTS, () -> {
            for (int i = 0; i < POSTS; i++) {
                plainReply(baseTopic, writers.get(1 + i % (WRITERS - 1)).personId(), replyTexts.get(i));
            }
        });
        int perThread = POSTS / THREADS;
        double parallel = perSecond(perThread * THREADS, () -> inThreads(THREADS, t -> {
            for (int i = 0; i < perThread; i++) {
                Someone w = writers.get(1 + (t * perThread + i) % (WRITERS - 1));
                String text = replyTexts.get(POSTS + t * perThread + i);
                as(w, () -> forum.reply(postTopic, PostDraft.of(text)));
            }
        }));
        double parallelBase = perSecond(perThread * THREADS, () -> inThreads(THREADS, t -> {
            for (int i = 0; i < perThread; i++) {
                plainReply(baseTopic, writers.get(1 + (t * perThread + i) % (WRITERS - 1)).personId(),
                        replyTexts.get(POSTS + t * perThread + i));
            }
        }));
        TopicDetails after = as(reader, () -> forum.topic(postTopic));
        int expected = 1 + 20 + POSTS + perThread * THREADS;
        if (after.summary().lastPostNumber() != expected || after.postCount() != expected) {
            throw new IllegalStateException("Posting: expected " + expected + " posts, topic says "
                    + after.summary().lastPostNumber() + " / " + after.postCount());
        }
        line(report, "");
        line(report, "posting: replies of ~%d characters to one topic, %d after 20 warm-up, by %d writers in turn",
                replyTexts.stream().mapToInt(String::length).sum() / replyTexts.size(), POSTS, WRITERS - 1);
        line(report, "                                               1 thread    %d threads", THREADS);
        line(report, "  baseline: JDBC (lock topic, insert, update)  %7.0f/s   %7.0f/s", singleBase, parallelBase);
        line(report, "  (c) ForumService.reply                       %7.0f/s   %7.0f/s", single, parallel);
        line(report, "      reply / baseline                         %7.2f     %7.2f", single / singleBase,
                parallel / parallelBase);
        line(report, "  numbers checked: %d posts numbered 1..%d without gaps or duplicates", expected, expected);

        System.out.println("\n===== FORUM BENCHMARK REPORT =====\n" + report + "==================================\n");
        Files.writeString(Path.of("target", "forum-bench.txt"), report.toString());
    }

    // --- paths -------------------------------------------------------------------------------------

    /** The 20 rows of a page, straight from the table (what any implementation has to read). */
    private List<Row> rows(long topicId, int page) {
        int from = (page - 1) * ForumService.PAGE_SIZE + 1;
        return jdbc.query("SELECT id, post_number, author_person_id, markdown, quoted_post_id, created_at, edited_at,"
                        + " revision_count, helpful_count, deleted_at FROM forum_post WHERE topic_id = ?"
                        + " AND post_number BETWEEN ? AND ? ORDER BY post_number",
                (rs, n) -> new Row(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getString(4),
                        rs.getObject(5, Long.class), rs.getObject(6, LocalDateTime.class),
                        rs.getObject(7, LocalDateTime.class), rs.getInt(8), rs.getInt(9),
                        rs.getObject(10, LocalDateTime.class)),
                topicId, from, from + ForumService.PAGE_SIZE - 1);
    }

    /** A reply the plain way: lock the topic, take the next number, insert, update the topic. */
    private void plainReply(long topicId, long personId, String text) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            Integer last = jdbc.queryForObject("SELECT last_post_number FROM forum_topic WHERE id = ? FOR UPDATE",
                    Integer.class, topicId);
            int number = last + 1;
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            jdbc.update("INSERT INTO forum_post (topic_id, post_number, author_person_id, markdown, created_at,"
                    + " revision_count, helpful_count, version) VALUES (?, ?, ?, ?, ?, 0, 0, 0)", topicId, number,
                    personId, text, now);
            jdbc.update("UPDATE forum_topic SET last_post_number = ?, last_posted_at = ?, last_poster_person_id = ?,"
                    + " reply_count = reply_count + 1 WHERE id = ?", number, now, personId, topicId);
        });
    }

    private boolean restAvailable(HttpClient http, String token, long topicId) throws Exception {
        HttpResponse<String> probe = http.send(request(token, "/api/v1/topics/" + topicId + "?page=1"),
                HttpResponse.BodyHandlers.ofString());
        return probe.statusCode() == 200;
    }

    private HttpRequest request(String token, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build();
    }

    // --- helpers -----------------------------------------------------------------------------------

    private interface Job {
        void run(int thread) throws Exception;
    }

    private static void inThreads(int threads, Job job) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Void>> jobs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                jobs.add(() -> {
                    job.run(thread);
                    return null;
                });
            }
            for (Future<Void> f : pool.invokeAll(jobs)) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static double perSecond(int count, Runnable work) {
        long t0 = System.nanoTime();
        work.run();
        return count / ((System.nanoTime() - t0) / 1e9);
    }

    private static <T> T as(Someone who, Supplier<T> action) {
        return TestAccounts.as(who.email(), "MEMBER", action);
    }

    private static double ms(long[] sorted, int percentile) {
        int i = Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, i)] / 1e6;
    }

    private static double ratio(long[] a, long[] b, int percentile) {
        return ms(a, percentile) / ms(b, percentile);
    }

    private static void line(StringBuilder report, String format, Object... args) {
        report.append(String.format(java.util.Locale.ROOT, format, args)).append('\n');
    }
}
