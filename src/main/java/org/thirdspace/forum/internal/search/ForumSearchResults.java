package org.thirdspace.forum.internal.search;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.thirdspace.forum.ForumKey;
import org.thirdspace.forum.ForumSearchQuery;
import org.thirdspace.forum.ForumSearchResult;
import org.thirdspace.groups.GroupRef;
import org.thirdspace.groups.GroupService;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.PersonSummary;

/**
 * Turns a raw forum search result into what callers get: forum, author and facet names, and the
 * topics' current reply count and last activity (from the database: they change with every
 * reply, so the index does not hold them). Group names and visibility are looked up now: a hit or
 * facet value of a group the viewer may no longer see (its visibility changed a moment ago and
 * the index has not caught up) is left out, never shown.
 */
@Component
public class ForumSearchResults {

    private final JdbcClient jdbc;
    private final GroupService groups;
    private final PeopleService people;
    private final MessageSource messages;

    ForumSearchResults(JdbcClient jdbc, GroupService groups, PeopleService people, MessageSource messages) {
        this.jdbc = jdbc;
        this.groups = groups;
        this.people = people;
        this.messages = messages;
    }

    private record Activity(int replyCount, Instant lastPostedAt) {
    }

    public ForumSearchResult assemble(ForumQueries.RawResult raw, ForumSearchQuery query, ForumQueries.Viewer viewer) {
        Set<Long> categoryIds = new LinkedHashSet<>();
        Set<Long> groupIds = new LinkedHashSet<>();
        raw.hits().forEach(h -> {
            if (h.categoryId() != null) {
                categoryIds.add(h.categoryId());
            }
            if (h.groupId() != null) {
                groupIds.add(h.groupId());
            }
        });
        raw.facets().get(ForumQueries.Facet.CATEGORY).forEach(b -> categoryIds.add(Long.valueOf(b.code())));
        raw.facets().get(ForumQueries.Facet.GROUP).forEach(b -> groupIds.add(Long.valueOf(b.code())));
        if (query.categoryId() != null) {
            categoryIds.add(query.categoryId());
        }
        if (query.groupId() != null) {
            groupIds.add(query.groupId());
        }
        Map<Long, String> categoryNames = categoryNames(categoryIds);
        Map<Long, GroupRef> visibleGroups = new HashMap<>();
        groups.refsForIndex(groupIds).forEach((id, ref) -> {
            if (viewer.maySee(id, ref.visibility())) {
                visibleGroups.put(id, ref);
            }
        });

        List<ForumQueries.RawHit> shown = raw.hits().stream()
                .filter(h -> h.groupId() == null || visibleGroups.containsKey(h.groupId()))
                .toList();
        Map<Long, Activity> activity = activity(shown.stream().map(ForumQueries.RawHit::topicId).toList());
        Map<Long, String> authorNames = new HashMap<>();
        List<ForumSearchResult.Hit> hits = new ArrayList<>();
        for (ForumQueries.RawHit h : shown) {
            ForumKey forum = h.groupId() != null ? ForumKey.group(h.groupId()) : ForumKey.category(h.categoryId());
            String forumName = h.groupId() != null ? visibleGroups.get(h.groupId()).name()
                    : categoryNames.get(h.categoryId());
            String authorName = authorNames.computeIfAbsent(h.authorPersonId(),
                    id -> people.find(id).map(PersonSummary::displayName).orElse(null));
            Activity a = activity.get(h.topicId());
            hits.add(new ForumSearchResult.Hit(h.topicId(), h.title(), forum, forumName, h.kind(), h.solved(), h.tags(),
                    h.authorPersonId(), authorName, a == null ? 0 : a.replyCount(), a == null ? null : a.lastPostedAt(),
                    h.postNumber(), h.highlights()));
        }
        long total = raw.total() - (raw.hits().size() - shown.size());

        Locale locale = LocaleContextHolder.getLocale();
        Map<String, List<ForumSearchResult.FacetCount>> facets = new LinkedHashMap<>();
        for (ForumQueries.Facet facet : ForumQueries.Facet.values()) {
            List<ForumSearchResult.FacetCount> counts = new ArrayList<>();
            for (ForumQueries.Bucket b : raw.facets().get(facet)) {
                String label = label(facet, b.code(), categoryNames, visibleGroups, locale);
                if (label != null) {
                    counts.add(new ForumSearchResult.FacetCount(b.code(), label, b.count()));
                }
            }
            // the selected value stays listed (with 0) when nothing visible has it, if the viewer may know it
            String selected = facet.selected(query);
            if (selected != null && counts.stream().noneMatch(c -> c.code().equals(selected))) {
                boolean known = switch (facet) {
                    case CATEGORY -> viewer.maySeeCategory(query.categoryId())
                            && categoryNames.containsKey(query.categoryId());
                    case GROUP -> visibleGroups.containsKey(query.groupId());
                    case TAG, SOLVED -> true;
                };
                if (known) {
                    counts.add(new ForumSearchResult.FacetCount(selected,
                            label(facet, selected, categoryNames, visibleGroups, locale), 0));
                }
            }
            facets.put(facet.param, List.copyOf(counts));
        }
        return new ForumSearchResult(Math.max(total, hits.size()), List.copyOf(hits), facets);
    }

    /** The label of a facet value; null for a group the viewer may not see. */
    private String label(ForumQueries.Facet facet, String code, Map<Long, String> categoryNames,
            Map<Long, GroupRef> visibleGroups, Locale locale) {
        return switch (facet) {
            case CATEGORY -> categoryNames.getOrDefault(Long.valueOf(code), code);
            case GROUP -> {
                GroupRef ref = visibleGroups.get(Long.valueOf(code));
                yield ref == null ? null : ref.name();
            }
            case TAG -> code;
            case SOLVED -> "true".equals(code)
                    ? messages.getMessage("forum.search.solved.true", null, locale)
                    : messages.getMessage("forum.search.solved.false", null, locale);
        };
    }

    private Map<Long, String> categoryNames(Set<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, name from forum_category where id in (:ids)").param("ids", List.copyOf(ids))
                    .query((rs, n) -> names.put(rs.getLong("id"), rs.getString("name"))).list();
        }
        return names;
    }

    private Map<Long, Activity> activity(List<Long> topicIds) {
        Map<Long, Activity> out = new HashMap<>();
        if (!topicIds.isEmpty()) {
            jdbc.sql("select id, reply_count, last_posted_at from forum_topic where id in (:ids)")
                    .param("ids", topicIds)
                    .query((rs, n) -> {
                        // stored in UTC (hibernate.jdbc.time_zone)
                        LocalDateTime last = rs.getObject("last_posted_at", LocalDateTime.class);
                        return out.put(rs.getLong("id"), new Activity(rs.getInt("reply_count"),
                                last == null ? null : last.toInstant(ZoneOffset.UTC)));
                    })
                    .list();
        }
        return out;
    }
}
