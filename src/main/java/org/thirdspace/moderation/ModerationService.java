package org.thirdspace.moderation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thirdspace.moderation.internal.ContentTarget;
import org.thirdspace.moderation.internal.Flag;
import org.thirdspace.moderation.internal.FlagRepository;
import org.thirdspace.moderation.internal.ModeratedItem;
import org.thirdspace.moderation.internal.ModeratedItemRepository;
import org.thirdspace.moderation.internal.Notice;
import org.thirdspace.moderation.internal.NoticeRepository;
import org.thirdspace.moderation.internal.TargetInfo;
import org.thirdspace.people.PeopleService;
import org.thirdspace.security.CurrentUser;
import org.thirdspace.shared.AuditableAction;
import org.thirdspace.shared.ContentRef;
import org.thirdspace.trust.TrustService;

/**
 * Flags, the moderation queue, moderators' actions and the notices authors get (issue 7, ADR 10).
 * Any signed-in member flags content they can see, once per item while their flag is open. When
 * an item has {@code thirdspace.moderation.auto-hide-threshold} open flags from trusted flaggers
 * ({@link TrustService#isTrustedFlagger}) it is hidden pending review at once, by "system". A
 * moderator's action resolves every open flag of the item, is audited with before and after,
 * and tells the author (a stored notice and a {@link ModerationOutcome} event).
 */
@Service
@Transactional(readOnly = true)
public class ModerationService {

    public static final int MAX_TEXT = 1000;
    public static final int MAX_MESSAGE = 2000;
    public static final int MAX_PAGE_SIZE = 100;
    /** Longest text before and after an EDIT kept in the audit entry (the content's history keeps it all). */
    public static final int MAX_AUDIT_TEXT = 10_000;
    static final String MODERATORS = "hasAnyRole('MODERATOR','ADMIN')";

    private final FlagRepository flags;
    private final ModeratedItemRepository items;
    private final NoticeRepository notices;
    private final Map<String, ContentTarget> targets = new TreeMap<>();
    private final TrustService trust;
    private final CurrentUser currentUser;
    private final PeopleService people;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int threshold;

    ModerationService(FlagRepository flags, ModeratedItemRepository items, NoticeRepository notices,
            List<ContentTarget> targets, TrustService trust, CurrentUser currentUser, PeopleService people,
            ApplicationEventPublisher events, Clock clock,
            @Value("${thirdspace.moderation.auto-hide-threshold:3}") int threshold) {
        this.flags = flags;
        this.items = items;
        this.notices = notices;
        targets.forEach(t -> this.targets.put(t.type(), t));
        this.trust = trust;
        this.currentUser = currentUser;
        this.people = people;
        this.events = events;
        this.clock = clock;
        this.threshold = Math.max(1, threshold);
    }

    /** The content types that can be flagged, e.g. {@code forum-post}. */
    public Set<String> flaggableTypes() {
        return targets.keySet();
    }

    /** Open flags from trusted flaggers at which an item is hidden pending review. */
    public int autoHideThreshold() {
        return threshold;
    }

    /**
     * The current member flags content ({@code type:id}). {@code reason} is a {@link FlagReason}
     * name (case-insensitive); {@code text} is required for OTHER, at most {@link #MAX_TEXT}.
     *
     * @throws ModerationException INVALID (target, reason, text), NOT_FOUND (unknown or not
     *         visible), CONFLICT (own content, or an open flag of theirs on it already)
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public FlagReceipt flag(String target, String reason, String text) {
        long me = currentUser.id().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException(
                "sign in"));
        ContentRef ref = parseTarget(target);
        ContentTarget kind = targets.get(ref.type());
        FlagReason why = parseReason(reason);
        String details = text == null || text.isBlank() ? null : text.strip();
        if (why == FlagReason.OTHER && details == null) {
            throw ModerationException.invalid("text", "moderation.error.text-required");
        }
        if (details != null && details.length() > MAX_TEXT) {
            throw ModerationException.invalid("text", "moderation.error.text-too-long", MAX_TEXT);
        }
        TargetInfo info = kind.visible(ref.id());
        if (info.authorPersonId() != null
                && people.myPersonId().map(p -> p.equals(info.authorPersonId())).orElse(false)) {
            throw ModerationException.conflict("moderation.error.own-content");
        }
        ModeratedItem item = lockedItem(ref);
        if (flags.existsByOpenKey(Flag.openKey(ref.type(), ref.id(), me))) {
            throw ModerationException.conflict("moderation.error.already-flagged");
        }
        Instant now = clock.instant();
        boolean trusted = trust.isTrustedFlagger(me);
        Flag flag = flags.saveAndFlush(new Flag(ref.type(), ref.id(), me, why, details, trusted, now));
        boolean hidden = item.hidden() || info.hidden();
        if (!hidden && trusted && flags.countOpenTrusted(ref.type(), ref.id()) >= threshold) {
            kind.setHidden(ref.id(), true);
            item.hidden(true, true, now);
            List<Flag> open = flags.findOpen(ref.type(), ref.id());
            events.publishEvent(new AuditableAction(null, "system", "moderation.auto-hide", ref,
                    reasons(open) + " (" + open.size() + " open flags, threshold " + threshold + ")",
                    "hidden=false", "hidden=true"));
            tell(info, ModerationActionType.HIDE, true, null);
            hidden = true;
        }
        return new FlagReceipt(flag.id(), ref, why, details, now, hidden);
    }

    /** Open flags grouped by item, most flags first; {@code page} from 0, {@code size} 1..100. */
    @PreAuthorize(MODERATORS)
    public QueuePage queue(int page, int size) {
        if (page < 0) {
            throw ModerationException.invalid("page", "moderation.error.page");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw ModerationException.invalid("size", "moderation.error.size", MAX_PAGE_SIZE);
        }
        var groups = flags.openItems(PageRequest.of(page, size));
        List<String> refs = groups.getContent().stream().map(r -> r[0] + ":" + r[1]).toList();
        Map<String, List<Flag>> open = new LinkedHashMap<>();
        if (!refs.isEmpty()) {
            flags.findOpenFor(refs).forEach(f -> open.computeIfAbsent(f.targetType() + ":" + f.targetId(),
                    k -> new ArrayList<>()).add(f));
        }
        Map<String, ModeratedItem> state = refs.isEmpty() ? Map.of()
                : items.findByRefs(refs).stream().collect(Collectors.toMap(
                        i -> i.targetType() + ":" + i.targetId(), i -> i));
        Map<String, TargetInfo> infos = new LinkedHashMap<>();
        Map<String, List<String>> idsByType = new LinkedHashMap<>();
        for (Object[] r : groups.getContent()) {
            idsByType.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add((String) r[1]);
        }
        idsByType.forEach((type, ids) -> {
            ContentTarget kind = targets.get(type);
            if (kind != null) {
                kind.forQueue(ids).forEach((id, info) -> infos.put(type + ":" + id, info));
            }
        });
        List<QueueItem> out = new ArrayList<>();
        for (Object[] r : groups.getContent()) {
            String key = r[0] + ":" + r[1];
            List<Flag> list = open.getOrDefault(key, List.of());
            Map<FlagReason, Integer> reasons = new EnumMap<>(FlagReason.class);
            list.forEach(f -> reasons.merge(f.reason(), 1, Integer::sum));
            List<String> notes = list.stream().map(Flag::details).filter(d -> d != null).toList();
            TargetInfo info = infos.get(key);
            ModeratedItem item = state.get(key);
            out.add(new QueueItem(new ContentRef((String) r[0], (String) r[1]), info == null ? null : info.excerpt(),
                    info == null ? null : info.authorPersonId(), info == null ? null : info.authorName(),
                    info == null ? null : info.where(), info == null ? null : info.link(),
                    ((Number) r[2]).intValue(), reasons, notes,
                    (item != null && item.hidden()) || (info != null && info.hidden()),
                    item != null && item.autoHidden(), (Instant) r[3], (Instant) r[4],
                    info != null && targets.get((String) r[0]).editable()));
        }
        return new QueuePage(out, groups.getTotalElements(), page, size);
    }

    /**
     * The current raw text (e.g. Markdown) of an item ({@code type:id}) whose type moderators can
     * edit, to prefill an EDIT; empty when the item is unknown or its type is not editable.
     */
    @PreAuthorize(MODERATORS)
    public java.util.Optional<String> editableText(String target) {
        ContentRef ref = parseTarget(target);
        ContentTarget kind = targets.get(ref.type());
        return kind.editable() ? kind.editableText(ref.id()) : java.util.Optional.empty();
    }

    /** {@link #act(String, ModerationActionType, String, String)} without new text (every action but EDIT). */
    @Transactional
    @PreAuthorize(MODERATORS)
    public ActionResult act(String target, ModerationActionType action, String message) {
        return act(target, action, message, null);
    }

    /**
     * A moderator acts on an item ({@code type:id}): see {@link ModerationActionType}. WARN needs
     * a {@code message} (at most {@link #MAX_MESSAGE}); for the others it is optional and is passed
     * to the author. EDIT needs {@code text}, the item's new content (for a forum post, Markdown
     * within the forum's own limits); it is kept in the content's history where it has one, the
     * audit entry has the text before and after, an item hidden automatically is shown again
     * (one a moderator hid stays hidden). {@code text} is refused for the other actions.
     *
     * @throws ModerationException INVALID (target, action, message, text; action for a type that
     *         cannot be edited), NOT_FOUND (unknown item), CONFLICT (hiding a hidden item,
     *         restoring a visible one, dismissing without open flags, an edit that changes nothing)
     */
    @Transactional
    @PreAuthorize(MODERATORS)
    public ActionResult act(String target, ModerationActionType action, String message, String newText) {
        ContentRef ref = parseTarget(target);
        ContentTarget kind = targets.get(ref.type());
        if (action == null) {
            throw ModerationException.invalid("action", "moderation.error.action-required",
                    Arrays.stream(ModerationActionType.values()).map(Enum::name).collect(Collectors.joining(", ")));
        }
        if (action == ModerationActionType.EDIT && (newText == null || newText.isBlank())) {
            throw ModerationException.invalid("text", "moderation.error.edit-text-required");
        }
        if (action != ModerationActionType.EDIT && newText != null && !newText.isBlank()) {
            throw ModerationException.invalid("text", "moderation.error.text-only-for-edit", action.name());
        }
        String text = message == null || message.isBlank() ? null : message.strip();
        if (action == ModerationActionType.WARN && text == null) {
            throw ModerationException.invalid("message", "moderation.error.message-required");
        }
        if (text != null && text.length() > MAX_MESSAGE) {
            throw ModerationException.invalid("message", "moderation.error.message-too-long", MAX_MESSAGE);
        }
        TargetInfo info = kind.forQueue(List.of(ref.id())).get(ref.id());
        if (info == null) {
            throw ModerationException.notFound();
        }
        ModeratedItem item = lockedItem(ref);
        List<Flag> open = flags.findOpen(ref.type(), ref.id());
        boolean hiddenBefore = item.hidden() || info.hidden();
        boolean autoBefore = item.autoHidden();
        boolean hiddenAfter = hiddenBefore;
        String textBefore = null;
        Instant now = clock.instant();
        switch (action) {
            case HIDE -> {
                if (hiddenBefore && !autoBefore) {
                    throw ModerationException.conflict("moderation.error.already-hidden");
                }
                hiddenAfter = true;
            }
            case RESTORE -> {
                if (!hiddenBefore) {
                    throw ModerationException.conflict("moderation.error.not-hidden");
                }
                hiddenAfter = false;
            }
            case DISMISS -> {
                if (open.isEmpty()) {
                    throw ModerationException.conflict("moderation.error.nothing-to-dismiss");
                }
                if (autoBefore) {
                    hiddenAfter = false;
                }
            }
            case WARN -> {
            }
            case EDIT -> {
                textBefore = kind.edit(ref.id(), newText);
                if (textBefore != null && textBefore.strip().equals(newText.strip())) {
                    throw ModerationException.conflict("moderation.error.edit-unchanged");
                }
                if (autoBefore) {
                    hiddenAfter = false;
                }
            }
        }
        if (hiddenAfter != hiddenBefore) {
            kind.setHidden(ref.id(), hiddenAfter);
        }
        item.hidden(hiddenAfter, false, now);
        Long me = currentUser.id().orElse(null);
        open.forEach(f -> f.resolve(action, me, now));
        String before = state(hiddenBefore, autoBefore, open.size()) + (open.isEmpty() ? "" : ", " + reasons(open));
        String after = state(hiddenAfter, false, 0);
        if (action == ModerationActionType.EDIT) {
            before = cut(textBefore);
            after = cut(newText.strip());
        }
        events.publishEvent(new AuditableAction(me, currentUser.displayName().orElse(null),
                "moderation." + action.name().toLowerCase(Locale.ROOT), ref,
                text == null ? info.where() : text, before, after));
        boolean told = action != ModerationActionType.DISMISS || hiddenAfter != hiddenBefore;
        if (told) {
            tell(info, action == ModerationActionType.DISMISS ? ModerationActionType.RESTORE : action, false, text);
        }
        return new ActionResult(ref, action, open.size(), hiddenAfter, told && info.authorPersonId() != null);
    }

    /** The current member's notices about their content, newest first (at most 100). */
    @PreAuthorize("isAuthenticated()")
    public List<ModerationNotice> myNotices() {
        return people.myPersonId().map(me -> notices.findForRecipient(me, PageRequest.of(0, 100)).stream()
                .map(this::toNotice).toList()).orElse(List.of());
    }

    // ------------------------------------------------------------------ internals

    private ModerationNotice toNotice(Notice n) {
        ContentRef ref = new ContentRef(n.targetType(), n.targetId());
        ContentTarget kind = targets.get(n.targetType());
        String link = kind == null ? null
                : kind.forQueue(List.of(n.targetId())).values().stream().map(TargetInfo::link).findFirst().orElse(null);
        return new ModerationNotice(n.id(), ref, n.outcome(), n.automatic(), n.message(), link, n.createdAt());
    }

    private void tell(TargetInfo info, ModerationActionType outcome, boolean automatic, String message) {
        if (info.authorPersonId() == null) {
            return;
        }
        Notice notice = notices.save(new Notice(info.authorPersonId(), info.ref().type(), info.ref().id(), outcome,
                automatic, message, clock.instant()));
        events.publishEvent(new ModerationOutcome(notice.id(), info.ref(), info.authorPersonId(), outcome, automatic,
                message));
    }

    private ModeratedItem lockedItem(ContentRef ref) {
        return items.findForUpdate(ref.type(), ref.id())
                .orElseGet(() -> items.saveAndFlush(new ModeratedItem(ref.type(), ref.id(), clock.instant())));
    }

    private ContentRef parseTarget(String target) {
        if (target == null || target.isBlank()) {
            throw ModerationException.invalid("target", "moderation.error.target-required");
        }
        ContentRef ref;
        try {
            ref = ContentRef.parse(target.strip());
        } catch (IllegalArgumentException e) {
            throw ModerationException.invalid("target", "moderation.error.target-format");
        }
        if (!targets.containsKey(ref.type())) {
            throw ModerationException.invalid("target", "moderation.error.target-type", ref.type(),
                    String.join(", ", targets.keySet()));
        }
        return ref;
    }

    private static FlagReason parseReason(String reason) {
        String accepted = Arrays.stream(FlagReason.values()).map(Enum::name).collect(Collectors.joining(", "));
        if (reason == null || reason.isBlank()) {
            throw ModerationException.invalid("reason", "moderation.error.reason-required", accepted);
        }
        try {
            return FlagReason.valueOf(reason.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ModerationException.invalid("reason", "moderation.error.reason-unknown", reason.strip(), accepted);
        }
    }

    private static String reasons(List<Flag> open) {
        Map<FlagReason, Integer> counts = new EnumMap<>(FlagReason.class);
        open.forEach(f -> counts.merge(f.reason(), 1, Integer::sum));
        return counts.entrySet().stream().map(e -> e.getKey() + "×" + e.getValue()).collect(Collectors.joining(" "));
    }

    private static String cut(String value) {
        if (value == null || value.codePointCount(0, value.length()) <= MAX_AUDIT_TEXT) {
            return value;
        }
        return value.substring(0, value.offsetByCodePoints(0, MAX_AUDIT_TEXT - 1)) + "…";
    }

    private static String state(boolean hidden, boolean auto, int openFlags) {
        return "hidden=" + hidden + (auto ? " (automatically)" : "") + ", openFlags=" + openFlags;
    }
}
