package org.thirdspace.curation;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thirdspace.casestudies.CaseStudyDetails;
import org.thirdspace.casestudies.CaseStudyException;
import org.thirdspace.casestudies.CaseStudyService;
import org.thirdspace.curation.internal.CollectionStore;
import org.thirdspace.curation.internal.CollectionStore.CollectionRow;
import org.thirdspace.curation.internal.CollectionStore.ItemRow;
import org.thirdspace.forum.ForumException;
import org.thirdspace.forum.ForumService;
import org.thirdspace.forum.TopicDetails;
import org.thirdspace.markdown.MarkdownRenderer;
import org.thirdspace.people.PeopleService;
import org.thirdspace.security.AccountDirectory;
import org.thirdspace.security.CurrentUser;
import org.thirdspace.security.Role;
import org.thirdspace.shared.AuditableAction;
import org.thirdspace.shared.ContentRef;

/**
 * Good-practice collections. Moderators (and admins) and the curators they appoint build them:
 * title, purpose, a curator's introduction, and items (published case studies, site-wide forum
 * topics, external http/https resources), each with a curator's note, in an order they choose;
 * then publish (or unpublish). Members see published collections, follow them and find the ones
 * they follow on their home page. Every item is re-checked against the reader's own permissions
 * when shown, so a case study that later moves into a private group is hidden from non-members.
 * Every curator action publishes an {@link AuditableAction} in its transaction.
 */
@Service
@Transactional(readOnly = true)
public class CurationService {

    public static final int MAX_TITLE = 160;
    public static final int MAX_PURPOSE = 500;
    public static final int MAX_INTRODUCTION = 20_000;
    public static final int MAX_NOTE = 2000;
    public static final int MAX_ITEM_TITLE = 200;
    public static final int MAX_URL = 2000;
    public static final int MAX_ITEMS = 200;
    public static final int MAX_SIZE = 100;
    /** Home panel: followed collections and items shown per collection. */
    public static final int HOME_COLLECTIONS = 5;
    public static final int HOME_ITEMS = 3;

    private final CollectionStore store;
    private final CaseStudyService caseStudies;
    private final ForumService forum;
    private final MarkdownRenderer markdown;
    private final CurrentUser currentUser;
    private final PeopleService people;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AccountDirectory accounts;

    CurationService(CollectionStore store, CaseStudyService caseStudies, ForumService forum, MarkdownRenderer markdown,
            CurrentUser currentUser, PeopleService people, ApplicationEventPublisher events, Clock clock,
            AccountDirectory accounts) {
        this.accounts = accounts;
        this.store = store;
        this.caseStudies = caseStudies;
        this.forum = forum;
        this.markdown = markdown;
        this.currentUser = currentUser;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ curators

    /** Moderators and admins curate; so do appointed curators. */
    public boolean canCurate() {
        if (hasRole(Role.MODERATOR) || hasRole(Role.ADMIN)) {
            return true;
        }
        return currentUser.id().map(store::isCurator).orElse(false);
    }

    /** Appoints a curator (moderators only); false when they already were one. */
    @Transactional
    @PreAuthorize("hasAnyRole('MODERATOR','ADMIN')")
    public boolean appointCurator(long accountId) {
        String name = people.findByAccount(accountId).map(p -> p.displayName())
                .orElseThrow(() -> CurationException.invalid("accountId", "curation.error.no-such-account"));
        boolean appointed = store.appoint(accountId, name, me(), clock.instant());
        if (appointed) {
            audit("curation.curator.appoint", ContentRef.of("account", accountId), name, null, "curator");
        }
        return appointed;
    }

    /** Ends a curator's appointment (moderators only); false when they were none. */
    @Transactional
    @PreAuthorize("hasAnyRole('MODERATOR','ADMIN')")
    public boolean dismissCurator(long accountId) {
        boolean dismissed = store.dismiss(accountId);
        if (dismissed) {
            audit("curation.curator.dismiss", ContentRef.of("account", accountId), null, "curator", null);
        }
        return dismissed;
    }

    @PreAuthorize("hasAnyRole('MODERATOR','ADMIN')")
    public List<Long> curators() {
        return store.curatorIds();
    }

    /** Whether the current user may appoint and dismiss curators (moderators and admins). */
    public boolean canAppointCurators() {
        return hasRole(Role.MODERATOR) || hasRole(Role.ADMIN);
    }

    /** The appointed curators with when they were appointed, by name (moderators only). */
    @PreAuthorize("hasAnyRole('MODERATOR','ADMIN')")
    public List<Curator> curatorList() {
        return store.curators().stream()
                .map(r -> new Curator(r.accountId(), r.displayName(), r.appointedAt())).toList();
    }

    /**
     * Members whose name or email contains {@code text} (blank: everyone), by name, with whether
     * each is a curator already, for moderators choosing whom to appoint. {@code offset} from 0,
     * {@code limit} 1..{@link #MAX_SIZE}.
     */
    @PreAuthorize("hasAnyRole('MODERATOR','ADMIN')")
    public List<CuratorCandidate> findCandidates(String text, int offset, int limit) {
        if (offset < 0) {
            throw CurationException.invalid("offset", "curation.error.offset");
        }
        if (limit < 1 || limit > MAX_SIZE) {
            throw CurationException.invalid("size", "curation.error.size", MAX_SIZE);
        }
        Set<Long> curators = new HashSet<>(store.curatorIds());
        return accounts.search(text, offset, limit).stream()
                .map(a -> new CuratorCandidate(a.id(), a.displayName(), a.email(), curators.contains(a.id()),
                        a.hasRole(Role.MODERATOR) || a.hasRole(Role.ADMIN)))
                .toList();
    }

    /** How many members {@link #findCandidates} finds for {@code text}. */
    @PreAuthorize("hasAnyRole('MODERATOR','ADMIN')")
    public long countCandidates(String text) {
        return accounts.count(text);
    }

    // ------------------------------------------------------------------ reading

    /**
     * Collections matching {@code text} (title or purpose): published ones, or with
     * {@code drafts} the drafts (curators only; FORBIDDEN for others). {@code page} from 0.
     */
    public List<CollectionSummary> list(String text, boolean drafts, int page, int size) {
        validatePage(text, page, size);
        return store.list(statuses(drafts), text, page * size, size).stream().map(CurationService::summary).toList();
    }

    public long count(String text, boolean drafts) {
        return store.count(statuses(drafts), text);
    }

    private List<CollectionStatus> statuses(boolean drafts) {
        if (drafts && !canCurate()) {
            throw CurationException.forbidden("curation.error.not-a-curator");
        }
        return List.of(drafts ? CollectionStatus.DRAFT : CollectionStatus.PUBLISHED);
    }

    /** By id or slug; drafts only for curators; NOT_FOUND otherwise. */
    public Optional<CollectionDetails> find(String idOrSlug) {
        if (idOrSlug == null || idOrSlug.isBlank()) {
            return Optional.empty();
        }
        Optional<CollectionRow> row = idOrSlug.chars().allMatch(Character::isDigit) && idOrSlug.length() < 18
                ? store.find(Long.parseLong(idOrSlug)) : store.findBySlug(idOrSlug);
        boolean curator = canCurate();
        return row.filter(r -> r.status() == CollectionStatus.PUBLISHED || curator).map(r -> details(r, curator));
    }

    public CollectionDetails require(long id) {
        return find(Long.toString(id)).orElseThrow(CurationException::notFound);
    }

    /** The home panel for the current member (empty lists for visitors). */
    public HomeCollections home() {
        Optional<Long> me = currentUser.id();
        if (me.isEmpty()) {
            return new HomeCollections(List.of(), List.of());
        }
        List<HomeCollections.Followed> followed = new ArrayList<>();
        for (CollectionRow row : store.followed(me.get(), HOME_COLLECTIONS)) {
            List<ItemRow> items = new ArrayList<>(store.items(row.id()));
            items.sort((a, b) -> b.addedAt().compareTo(a.addedAt()));
            List<CollectionItem> latest = new ArrayList<>();
            for (ItemRow item : items) {
                if (latest.size() == HOME_ITEMS) {
                    break;
                }
                CollectionItem shown = item(item, false);
                if (shown != null) {
                    latest.add(shown);
                }
            }
            followed.add(new HomeCollections.Followed(summary(row), List.copyOf(latest)));
        }
        List<CollectionSummary> discover = followed.isEmpty()
                ? store.list(List.of(CollectionStatus.PUBLISHED), null, 0, 3).stream().map(CurationService::summary).toList()
                : List.of();
        return new HomeCollections(List.copyOf(followed), discover);
    }

    // ------------------------------------------------------------------ curating

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public CollectionDetails create(CollectionDraft draft) {
        requireCurator();
        String title = required("title", draft == null ? null : draft.title(), MAX_TITLE);
        String purpose = required("purpose", draft.purpose(), MAX_PURPOSE);
        String introduction = optional("introduction", draft.introduction(), MAX_INTRODUCTION);
        long id = store.insert(uniqueSlug(title), title, purpose, introduction, me(), clock.instant());
        audit("collection.create", ref(id), title, null, title);
        return require(id);
    }

    /** Applies a merge-patch change; validates everything before writing anything. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public CollectionDetails change(long id, CollectionChange change) {
        requireCurator();
        CollectionRow row = store.find(id).orElseThrow(CurationException::notFound);
        String title = change.title() == null ? row.title() : required("title", change.title(), MAX_TITLE);
        String purpose = change.purpose() == null ? row.purpose() : required("purpose", change.purpose(), MAX_PURPOSE);
        String introduction = change.introduction() == null ? row.introduction()
                : optional("introduction", change.introduction(), MAX_INTRODUCTION);
        List<ItemRow> items = store.items(id);
        if (change.itemOrder() != null) {
            Set<Long> current = new HashSet<>(items.stream().map(ItemRow::id).toList());
            Set<Long> given = new HashSet<>(change.itemOrder());
            if (given.size() != change.itemOrder().size() || !given.equals(current)) {
                throw CurationException.invalid("itemOrder", "curation.error.order");
            }
        }
        CollectionStatus status = change.status() == null ? row.status() : change.status();
        if (status == CollectionStatus.PUBLISHED && row.status() != CollectionStatus.PUBLISHED && items.isEmpty()) {
            throw CurationException.invalid("status", "curation.error.publish-empty");
        }
        Instant now = clock.instant();
        Instant publishedAt = status == CollectionStatus.PUBLISHED
                ? (row.status() == CollectionStatus.PUBLISHED ? row.publishedAt() : now) : null;
        store.update(id, title, purpose, introduction, status, publishedAt, now);
        if (change.itemOrder() != null) {
            int position = 1;
            for (Long itemId : change.itemOrder()) {
                store.position(itemId, position++);
            }
            audit("collection.reorder", ref(id), title, null, change.itemOrder().toString());
        }
        if (!title.equals(row.title()) || !purpose.equals(row.purpose()) || !introduction.equals(row.introduction())) {
            audit("collection.edit", ref(id), title, row.title(), title);
        }
        if (status != row.status()) {
            audit(status == CollectionStatus.PUBLISHED ? "collection.publish" : "collection.unpublish", ref(id), title,
                    row.status().name(), status.name());
            if (status == CollectionStatus.PUBLISHED) {
                events.publishEvent(new CollectionPublished(id, row.slug(), title, me()));
            }
        }
        return require(id);
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public CollectionDetails publish(long id) {
        return change(id, new CollectionChange(null, null, null, CollectionStatus.PUBLISHED, null));
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public CollectionDetails unpublish(long id) {
        return change(id, new CollectionChange(null, null, null, CollectionStatus.DRAFT, null));
    }

    /** Adds an item at the end (see {@link NewCollectionItem} for what is accepted). */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public CollectionItem addItem(long id, NewCollectionItem item) {
        requireCurator();
        CollectionRow row = store.find(id).orElseThrow(CurationException::notFound);
        if (item == null || item.kind() == null) {
            throw CurationException.invalid("kind", "curation.error.kind");
        }
        String note = required("note", item.note(), MAX_NOTE);
        if (row.itemCount() >= MAX_ITEMS) {
            throw CurationException.invalid("kind", "curation.error.too-many", MAX_ITEMS);
        }
        Long targetId = null;
        String url = null;
        String title;
        switch (item.kind()) {
            case CASE_STUDY -> {
                targetId = requireTarget(item);
                title = publishedCaseStudy(targetId).map(d -> d.revision().title())
                        .orElseThrow(() -> CurationException.invalid("targetId", "curation.error.case-study"));
            }
            case FORUM_TOPIC -> {
                targetId = requireTarget(item);
                TopicDetails topic = topic(targetId)
                        .orElseThrow(() -> CurationException.invalid("targetId", "curation.error.topic"));
                if (topic.summary().forum().isGroup()) {
                    throw CurationException.invalid("targetId", "curation.error.group-topic");
                }
                title = topic.summary().title();
            }
            default -> {
                url = externalUrl(item.url());
                title = required("title", item.title(), MAX_ITEM_TITLE);
            }
        }
        if (targetId != null && store.hasTarget(id, item.kind(), targetId)) {
            throw CurationException.conflict("curation.error.duplicate");
        }
        long itemId = store.addItem(id, item.kind(), targetId, url, title, note, me(), clock.instant());
        store.touch(id, clock.instant());
        audit("collection.item.add", ref(id), row.title() + ": " + title, null, item.kind() + " " + title);
        events.publishEvent(new CollectionItemAdded(id, itemId, item.kind(), title,
                row.status() == CollectionStatus.PUBLISHED, me()));
        return require(id).items().stream().filter(i -> i.id() == itemId).findFirst().orElseThrow();
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public CollectionDetails removeItem(long id, long itemId) {
        requireCurator();
        CollectionRow row = store.find(id).orElseThrow(CurationException::notFound);
        if (!store.removeItem(id, itemId)) {
            throw CurationException.notFound();
        }
        store.touch(id, clock.instant());
        audit("collection.item.remove", ref(id), row.title(), Long.toString(itemId), null);
        return require(id);
    }

    /** Moves an item one place up ({@code delta} -1) or down (+1); at either end nothing changes. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public CollectionDetails move(long id, long itemId, int delta) {
        requireCurator();
        store.find(id).orElseThrow(CurationException::notFound);
        List<Long> order = new ArrayList<>(store.items(id).stream().map(ItemRow::id).toList());
        int from = order.indexOf(itemId);
        if (from < 0) {
            throw CurationException.notFound();
        }
        int to = Math.max(0, Math.min(order.size() - 1, from + Integer.signum(delta)));
        if (to == from) {
            return require(id);
        }
        order.add(to, order.remove(from));
        return change(id, new CollectionChange(null, null, null, null, order));
    }

    // ------------------------------------------------------------------ following

    /**
     * Account ids of a collection's followers, for notifications (issue 8): no permission check
     * on the caller, so not for the UI.
     */
    public List<Long> followerIds(long collectionId) {
        return store.followerIds(collectionId);
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public CollectionDetails follow(long id) {
        CollectionRow row = store.find(id).filter(r -> r.status() == CollectionStatus.PUBLISHED)
                .orElseThrow(CurationException::notFound);
        store.follow(row.id(), me(), clock.instant());
        return require(id);
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public CollectionDetails unfollow(long id) {
        CollectionRow row = store.find(id).orElseThrow(CurationException::notFound);
        store.unfollow(row.id(), me());
        return require(id);
    }

    // ------------------------------------------------------------------ helpers

    private CollectionDetails details(CollectionRow row, boolean curator) {
        List<CollectionItem> items = new ArrayList<>();
        for (ItemRow item : store.items(row.id())) {
            CollectionItem shown = item(item, curator);
            if (shown != null) {
                items.add(shown);
            }
        }
        boolean following = currentUser.id().map(me -> store.follows(row.id(), me)).orElse(false);
        return new CollectionDetails(row.id(), row.slug(), row.title(), row.purpose(), row.introduction(),
                markdown.toHtml(row.introduction()), row.status(), row.createdAt(), row.updatedAt(), row.publishedAt(),
                List.copyOf(items), row.followers(), following, curator);
    }

    /** The item as the current user may see it; null when hidden from them (curators get it as unavailable). */
    private CollectionItem item(ItemRow item, boolean curator) {
        String title = item.title();
        String href;
        boolean available;
        switch (item.kind()) {
            case CASE_STUDY -> {
                Optional<CaseStudyDetails> cs = publishedCaseStudy(item.targetId());
                available = cs.isPresent();
                title = cs.map(d -> d.revision().title()).orElse(null);
                href = "case-studies/" + item.targetId();
            }
            case FORUM_TOPIC -> {
                Optional<TopicDetails> topic = topic(item.targetId()).filter(t -> !t.summary().forum().isGroup());
                available = topic.isPresent();
                title = topic.map(t -> t.summary().title()).orElse(null);
                href = "forum/t/" + item.targetId();
            }
            default -> {
                available = true;
                href = item.url();
            }
        }
        if (!available) {
            if (!curator) {
                return null;
            }
            title = null;
            href = null;
        }
        return new CollectionItem(item.id(), item.position(), item.kind(), item.targetId(), title, href, item.note(),
                markdown.toHtml(item.note()), available, item.addedAt());
    }

    private Optional<CaseStudyDetails> publishedCaseStudy(Long id) {
        try {
            return caseStudies.details(id, true).filter(CaseStudyDetails::showingPublished);
        } catch (CaseStudyException e) {
            return Optional.empty();
        }
    }

    private Optional<TopicDetails> topic(Long id) {
        try {
            return Optional.of(forum.topic(id));
        } catch (ForumException e) {
            return Optional.empty();
        }
    }

    private static Long requireTarget(NewCollectionItem item) {
        if (item.targetId() == null) {
            throw CurationException.invalid("targetId", "curation.error.target");
        }
        return item.targetId();
    }

    static String externalUrl(String url) {
        if (url == null || url.isBlank()) {
            throw CurationException.invalid("url", "curation.error.url");
        }
        String trimmed = url.strip();
        if (trimmed.length() > MAX_URL) {
            throw CurationException.invalid("url", "curation.error.url");
        }
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getHost().isBlank()) {
                throw CurationException.invalid("url", "curation.error.url");
            }
        } catch (URISyntaxException e) {
            throw CurationException.invalid("url", "curation.error.url");
        }
        return trimmed;
    }

    private static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw CurationException.invalid(field, "curation.error.required");
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw CurationException.invalid(field, "curation.error.too-long", max);
        }
        return stripped;
    }

    private static String optional(String field, String value, int max) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.length() > max) {
            throw CurationException.invalid(field, "curation.error.too-long", max);
        }
        return stripped;
    }

    private static void validatePage(String text, int page, int size) {
        if (text != null && text.length() > 200) {
            throw CurationException.invalid("q", "curation.error.too-long", 200);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw CurationException.invalid("size", "curation.error.size", MAX_SIZE);
        }
        if (page < 0 || page > 10_000) {
            throw CurationException.invalid("page", "curation.error.page");
        }
    }

    private String uniqueSlug(String title) {
        String base = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (base.length() > 80) {
            base = base.substring(0, 80).replaceAll("-+$", "");
        }
        if (base.isEmpty() || base.chars().allMatch(Character::isDigit)) {
            base = "collection" + (base.isEmpty() ? "" : "-" + base);
        }
        String slug = base;
        for (int n = 2; store.slugTaken(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private void requireCurator() {
        if (!canCurate()) {
            throw CurationException.forbidden("curation.error.not-a-curator");
        }
    }

    private long me() {
        return currentUser.id().orElseThrow(() -> CurationException.forbidden("curation.error.not-a-curator"));
    }

    private void audit(String action, ContentRef target, String summary, String before, String after) {
        events.publishEvent(new AuditableAction(me(), currentUser.displayName().orElse(null), action, target, summary,
                before, after));
    }

    private static ContentRef ref(long id) {
        return ContentRef.of("collection", id);
    }

    static boolean hasRole(Role role) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(role.authority()::equals);
    }

    private static CollectionSummary summary(CollectionRow r) {
        return new CollectionSummary(r.id(), r.slug(), r.title(), r.purpose(), r.status(), r.itemCount(), r.followers(),
                r.publishedAt(), r.updatedAt());
    }
}
