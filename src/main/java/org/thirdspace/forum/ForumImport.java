package org.thirdspace.forum;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.thirdspace.forum.internal.PostRenderer;
import org.thirdspace.forum.internal.importing.ForumImportWriter;
import org.thirdspace.people.PeopleService;

/**
 * Bulk import of forum content with its past (admins and the system only: demo data, migrations
 * from other platforms): categories, whole topics with their posts, authors and dates, tags,
 * accepted answers, "helpful" reactions, edit histories, removed posts, pin/lock/close flags, and
 * who watches and has read what.
 * <p>
 * Written with batched SQL, not entity by entity. The topic's denormalised columns (last post,
 * reply count, accepted answer) and the posts' helpful counts and mentions are worked out here;
 * as on posting, everyone who wrote in a topic watches it and has read it up to their last post
 * there. Everything is checked before the first write (the limits {@link ForumService} applies,
 * dates in order and not in the future, people that exist); anything wrong fails the whole call
 * and nothing of it is written. Group forums are not checked for membership: an import is written
 * by nobody in particular. Publishes {@link TopicChanged} for every imported topic, so the search
 * index follows; no notifications and no group timeline entries (nothing here happens now). Call
 * it with batches of a few dozen topics: one transaction per call.
 */
@Service
@Validated
public class ForumImport {

    /** A category as it was created. */
    public record ImportedCategory(@Valid CategoryDraft draft, Instant createdAt) {
    }

    /** Someone watches a topic or a forum since {@code createdAt}. */
    public record ImportedWatch(long personId, WatchTarget target, Instant createdAt) {
    }

    /** Someone has read a topic up to post {@code lastReadNumber} (never lowers what is stored). */
    public record ImportedReadMark(long personId, long topicId, int lastReadNumber, Instant readAt) {
    }

    /** Someone's last two visits to a forum ({@code previousVisitAt} may be null). */
    public record ImportedVisit(long personId, ForumKey forum, Instant lastVisitAt, Instant previousVisitAt) {
    }

    private final ForumImportWriter writer;
    private final PeopleService people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ForumImport(ForumImportWriter writer, PeopleService people, ApplicationEventPublisher events, Clock clock) {
        this.writer = writer;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Creates categories; returns their ids in the given order.
     *
     * @throws ForumException INVALID on {@code slug} when a slug is taken (already or twice in the list)
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public List<Long> importCategories(List<@Valid ImportedCategory> categories) {
        Set<String> slugs = new HashSet<>();
        for (ImportedCategory c : categories) {
            if (!slugs.add(c.draft().slug()) || writer.categorySlugTaken(c.draft().slug())) {
                throw ForumException.invalid("slug", "forum.error.slug-taken", c.draft().slug());
            }
            notInFuture(c.createdAt());
        }
        int next = writer.nextCategoryPosition();
        List<ForumImportWriter.CategoryRow> rows = new ArrayList<>();
        for (ImportedCategory c : categories) {
            CategoryDraft d = c.draft();
            rows.add(new ForumImportWriter.CategoryRow(d.slug(), d.name().strip(),
                    d.description() == null || d.description().isBlank() ? null : d.description().strip(),
                    d.visibility().name(), d.position() != null ? d.position() : next++, d.archived(), c.createdAt()));
        }
        return writer.insertCategories(rows);
    }

    /**
     * Writes the topics with their posts; returns the topic ids in the given order.
     *
     * @throws ForumException INVALID for content the service would refuse (title, tags, post
     *         length, reason), an unknown person, or NOT_FOUND for a forum that does not exist
     * @throws IllegalArgumentException for an inconsistent past (posts out of time order, an
     *         accepted answer that is no reply, a reaction by the author, a quote of a later post)
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public List<Long> importTopics(List<ImportedTopic> topics) {
        Set<Long> knownPeople = new HashSet<>();
        List<ForumImportWriter.TopicRows> rows = new ArrayList<>(topics.size());
        for (ImportedTopic topic : topics) {
            rows.add(check(topic, knownPeople));
        }
        List<Long> ids;
        try {
            ids = writer.insertTopics(rows);
        } catch (DataIntegrityViolationException e) {
            // everything else was checked: a category or group that does not exist
            throw ForumException.notFound();
        }
        ids.forEach(id -> events.publishEvent(new TopicChanged(id)));
        return ids;
    }

    /**
     * Records who watches what, who has read which topic how far, and visits to forums. Watches
     * and read marks that exist already are kept (a read mark only moves forward; a visit is
     * replaced).
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void importReading(List<ImportedWatch> watches, List<ImportedReadMark> reads, List<ImportedVisit> visits) {
        Set<Long> knownPeople = new HashSet<>();
        for (ImportedWatch w : watches) {
            requirePerson(w.personId(), knownPeople);
            notInFuture(w.createdAt());
        }
        for (ImportedReadMark r : reads) {
            requirePerson(r.personId(), knownPeople);
            notInFuture(r.readAt());
            if (r.lastReadNumber() < 1) {
                throw new IllegalArgumentException("Read marks start at post 1");
            }
        }
        for (ImportedVisit v : visits) {
            requirePerson(v.personId(), knownPeople);
            notInFuture(v.lastVisitAt());
            if (v.previousVisitAt() != null && v.previousVisitAt().isAfter(v.lastVisitAt())) {
                throw new IllegalArgumentException("The previous visit is after the last one");
            }
        }
        writer.mergeWatches(watches.stream()
                .map(w -> new ForumImportWriter.WatchRow(w.personId(), w.target().key(), w.createdAt())).toList());
        writer.mergeReadMarks(reads.stream()
                .map(r -> new ForumImportWriter.ReadRow(r.personId(), r.topicId(), r.lastReadNumber(), r.readAt()))
                .toList());
        writer.replaceVisits(visits.stream().map(v -> new ForumImportWriter.VisitRow(v.personId(), v.forum().key(),
                v.lastVisitAt(), v.previousVisitAt())).toList());
    }

    // ------------------------------------------------------------------ checks

    private ForumImportWriter.TopicRows check(ImportedTopic t, Set<Long> knownPeople) {
        if (t.forum() == null) {
            throw ForumException.invalid("forum", "forum.error.forum-required");
        }
        if (t.kind() == null) {
            throw ForumException.invalid("kind", "forum.error.kind-required");
        }
        // the service's own rules for titles, tags, texts and reasons
        String title = ForumService.title(t.title());
        List<String> tags = ForumService.tags(t.tags());
        List<ImportedPost> posts = t.posts();
        if (posts.isEmpty()) {
            throw ForumException.invalid("markdown", "forum.error.post-required");
        }
        Instant previous = Instant.MIN;
        List<ForumImportWriter.PostRow> postRows = new ArrayList<>(posts.size());
        for (int n = 1; n <= posts.size(); n++) {
            ImportedPost p = posts.get(n - 1);
            if (p.createdAt() == null || p.createdAt().isBefore(previous)) {
                throw new IllegalArgumentException("Post " + n + " of '" + title + "' is older than the post before it");
            }
            previous = p.createdAt();
            notInFuture(p.createdAt());
            requirePerson(p.authorPersonId(), knownPeople);
            String original = text(p.markdown());
            if (p.quotedNumber() != null && (p.quotedNumber() < 1 || p.quotedNumber() >= n)) {
                throw ForumException.invalid("quotedPostId", "forum.error.quote-elsewhere");
            }
            List<ForumImportWriter.VersionRow> versions = new ArrayList<>();
            Instant versionAt = p.createdAt();
            long versionBy = p.authorPersonId();
            String versionText = original;
            String versionReason = null;
            for (ImportedPost.Edit e : p.edits()) {
                if (e.editedAt() == null || e.editedAt().isBefore(versionAt)) {
                    throw new IllegalArgumentException("An edit of post " + n + " of '" + title + "' is out of order");
                }
                notInFuture(e.editedAt());
                requirePerson(e.editorPersonId(), knownPeople);
                String reason = reason(e.reason(), false);
                versions.add(new ForumImportWriter.VersionRow(versions.size() + 1, versionText, versionReason, versionBy,
                        versionAt));
                versionText = text(e.markdown());
                versionAt = e.editedAt();
                versionBy = e.editorPersonId();
                versionReason = reason;
            }
            ImportedPost.Removal removal = p.removal();
            if (removal != null) {
                if (removal.removedAt() == null || removal.removedAt().isBefore(versionAt)) {
                    throw new IllegalArgumentException("Post " + n + " of '" + title + "' is removed before it was written");
                }
                notInFuture(removal.removedAt());
                requirePerson(removal.byPersonId(), knownPeople);
                reason(removal.reason(), true);
            }
            Set<Long> reactors = new HashSet<>();
            List<ForumImportWriter.ReactionRow> reactions = new ArrayList<>();
            for (ImportedPost.Reaction r : p.helpful()) {
                if (r.personId() == p.authorPersonId()) {
                    throw ForumException.forbidden("forum.error.own-post-helpful");
                }
                if (!reactors.add(r.personId())) {
                    throw new IllegalArgumentException("Someone marked post " + n + " of '" + title + "' helpful twice");
                }
                if (r.createdAt() == null || r.createdAt().isBefore(p.createdAt())) {
                    throw new IllegalArgumentException("A reaction to post " + n + " of '" + title + "' is too early");
                }
                notInFuture(r.createdAt());
                requirePerson(r.personId(), knownPeople);
                reactions.add(new ForumImportWriter.ReactionRow(r.personId(), r.createdAt()));
            }
            Set<Long> mentioned = new LinkedHashSet<>();
            for (long personId : PostRenderer.mentions(versionText)) {
                if (personId != p.authorPersonId()
                        && (knownPeople.contains(personId) || people.find(personId).isPresent())) {
                    knownPeople.add(personId);
                    mentioned.add(personId);
                }
            }
            postRows.add(new ForumImportWriter.PostRow(n, p.authorPersonId(), versionText, p.quotedNumber(), p.createdAt(),
                    versions.isEmpty() ? null : versionAt, versions.isEmpty() ? null : versionBy, versionReason, versions,
                    removal == null ? null : removal.removedAt(), removal == null ? null : removal.byPersonId(),
                    removal == null ? null : reason(removal.reason(), true), reactions, mentioned));
        }
        Integer accepted = t.acceptedPostNumber();
        if (accepted != null) {
            if (t.kind() != TopicKind.QUESTION) {
                throw ForumException.invalid("acceptedPostNumber", "forum.error.not-a-question");
            }
            if (accepted < 2 || accepted > posts.size()) {
                throw ForumException.invalid("acceptedPostNumber", "forum.error.accept-first-post");
            }
            if (posts.get(accepted - 1).removal() != null) {
                throw ForumException.invalid("acceptedPostNumber", "forum.error.accept-removed");
            }
        }
        return new ForumImportWriter.TopicRows(t.forum().categoryId(), t.forum().groupId(), t.kind().name(), title,
                tags, accepted, t.pinned(), t.locked(), t.closed(), postRows);
    }

    private static String text(String markdown) {
        return ForumService.postText(markdown);
    }

    private static String reason(String reason, boolean required) {
        return ForumService.reason(reason, required);
    }

    private void notInFuture(Instant at) {
        if (at == null || at.isAfter(clock.instant())) {
            throw new IllegalArgumentException("Imported times must be in the past: " + at);
        }
    }

    private void requirePerson(long personId, Set<Long> known) {
        if (!known.contains(personId)) {
            if (people.find(personId).isEmpty()) {
                throw ForumException.invalid("personId", "forum.error.not-found");
            }
            known.add(personId);
        }
    }
}
