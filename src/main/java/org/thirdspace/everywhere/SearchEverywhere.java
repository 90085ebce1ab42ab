package org.thirdspace.everywhere;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.thirdspace.everywhere.internal.EverywhereExecutor;
import org.thirdspace.everywhere.internal.TypeSource;

/**
 * Search everywhere as the current user. Each type is searched by its feature's own service
 * ({@code PeopleFinder}, {@code GroupSearch}, {@code CaseStudySearch}, {@code ForumSearch},
 * {@code CurationService}, {@code NeedService}), so what a user may see (private groups, drafts,
 * hidden profiles, closed needs) is decided where it always is, in hits and in counts. The six
 * searches run concurrently as the caller ({@link EverywhereExecutor}); the response takes as long
 * as the slowest. With a type, that type's page and one-hit searches of the others for their
 * counts; without one, the first {@code size} hits of every type. A type whose search fails or
 * takes longer than {@code thirdspace.everywhere.timeout} (default 5 s) counts 0 and is reported
 * in {@link EverywhereResult#unavailable()}; it never shows anything it should not.
 */
@Service
public class SearchEverywhere {

    public static final int MAX_TEXT = 200;
    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_PREVIEW = 20;
    public static final int DEFAULT_PREVIEW = 5;
    /** Elasticsearch's default {@code index.max_result_window}. */
    public static final int MAX_WINDOW = 10_000;

    private static final Logger log = LoggerFactory.getLogger(SearchEverywhere.class);

    private final Map<SearchType, TypeSource> sources = new EnumMap<>(SearchType.class);
    private final EverywhereExecutor executor;
    private final Duration timeout;

    SearchEverywhere(List<TypeSource> sources, EverywhereExecutor executor,
            @Value("${thirdspace.everywhere.timeout:PT5S}") Duration timeout) {
        sources.forEach(s -> this.sources.put(s.type(), s));
        if (this.sources.size() != SearchType.values().length) {
            throw new IllegalStateException("a source per type is needed, got " + this.sources.keySet());
        }
        this.executor = executor;
        this.timeout = timeout;
    }

    /** @throws EverywhereException INVALID naming {@code q}, {@code page} or {@code size} */
    public EverywhereResult search(EverywhereQuery query) {
        validate(query);
        Map<SearchType, Future<EverywhereResult.Section>> running = new EnumMap<>(SearchType.class);
        for (SearchType type : SearchType.values()) {
            boolean shown = query.type() == null || query.type() == type;
            int page = shown ? query.page() : 0;
            int size = shown ? query.size() : 1;
            TypeSource source = sources.get(type);
            running.put(type, executor.submit(() -> source.search(query.text(), page, size)));
        }
        Map<SearchType, Long> counts = new EnumMap<>(SearchType.class);
        List<EverywhereResult.Section> sections = new ArrayList<>();
        Set<SearchType> unavailable = EnumSet.noneOf(SearchType.class);
        long deadline = System.nanoTime() + timeout.toNanos();
        for (SearchType type : SearchType.values()) {
            EverywhereResult.Section section = await(type, running.get(type), deadline);
            if (section == null) {
                unavailable.add(type);
                section = new EverywhereResult.Section(type, 0, List.of());
            }
            counts.put(type, section.total());
            if (query.type() == null || query.type() == type) {
                sections.add(section);
            }
        }
        return new EverywhereResult(query, counts, sections, unavailable);
    }

    private static EverywhereResult.Section await(SearchType type, Future<EverywhereResult.Section> future,
            long deadline) {
        try {
            return future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            return null;
        } catch (TimeoutException e) {
            future.cancel(true);
            log.warn("Search everywhere: {} took too long, counted as 0", type.param());
            return null;
        } catch (ExecutionException e) {
            log.warn("Search everywhere: {} failed, counted as 0: {}", type.param(), e.getCause().toString());
            return null;
        }
    }

    private static void validate(EverywhereQuery query) {
        if (query.text().isEmpty()) {
            throw EverywhereException.invalid("q", "everywhere.error.blank");
        }
        if (query.text().length() > MAX_TEXT) {
            throw EverywhereException.invalid("q", "everywhere.error.text", MAX_TEXT);
        }
        int maxSize = query.type() == null ? MAX_PREVIEW : MAX_SIZE;
        if (query.size() < 1 || query.size() > maxSize) {
            throw EverywhereException.invalid("size", "everywhere.error.size", maxSize);
        }
        if (query.type() == null && query.page() != 0) {
            throw EverywhereException.invalid("page", "everywhere.error.page-needs-type");
        }
        if (query.page() < 0 || (long) (query.page() + 1) * query.size() > MAX_WINDOW) {
            throw EverywhereException.invalid("page", "everywhere.error.page", MAX_WINDOW);
        }
    }
}
