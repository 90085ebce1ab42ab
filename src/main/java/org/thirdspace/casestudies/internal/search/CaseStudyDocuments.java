package org.thirdspace.casestudies.internal.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.thirdspace.groups.GroupRef;
import org.thirdspace.groups.GroupService;
import org.springframework.transaction.annotation.Transactional;
import org.thirdspace.casestudies.CaseStudyField;
import org.thirdspace.casestudies.internal.RevisionTerm;
import org.thirdspace.groups.GroupVisibility;
import org.thirdspace.search.MarkedHighlights;

/**
 * Reads what the {@code case-studies} index needs straight from the case-study tables: for each
 * case study its <em>published</em> revision (never the head, when that is a newer draft or in
 * review) with fields and facet terms, and its home group's name and visibility (from {@code GroupService.refsForIndex}). The home group
 * is the case study's ({@code case_study.group_id}), the one {@code CaseStudyAccess} decides the
 * published version's visibility by. No permission
 * checks: the index holds every published case study, private groups' too, and searches filter
 * by audience. Case studies without a published revision, or hidden pending moderator review
 * (issue 7), have no document.
 */
@Component
@Transactional(readOnly = true)
public class CaseStudyDocuments {

    /** Who may see a published case study: {@link GroupVisibility} names, PUBLIC without a home group. */
    public static final String PUBLIC = GroupVisibility.PUBLIC.name();

    private static final Pattern CONTROL = Pattern.compile("[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F]");

    private final JdbcClient jdbc;
    private final GroupService groups;

    CaseStudyDocuments(JdbcClient jdbc, GroupService groups) {
        this.jdbc = jdbc;
        this.groups = groups;
    }

    /** How many case studies have a published revision. */
    public long count() {
        return jdbc.sql("select count(*) from case_study where published_revision_no is not null and hidden_at is null")
                .query(Long.class).single();
    }

    /** Stores the curation badge (decided by another module, told through an event). */
    @Transactional
    void setGoodPractice(long caseStudyId, boolean goodPractice) {
        jdbc.sql("update case_study set good_practice = :flag where id = :id")
                .param("flag", goodPractice).param("id", caseStudyId).update();
    }

    /** Ids of published case studies after {@code afterId}, ascending, at most {@code limit}. */
    List<Long> idsAfter(long afterId, int limit) {
        return jdbc.sql("""
                select id from case_study where published_revision_no is not null and hidden_at is null and id > :after
                order by id limit :limit""")
                .param("after", afterId).param("limit", limit).query(Long.class).list();
    }

    /** Ids of the case studies whose home group this is (published or not). */
    List<Long> ofGroup(long groupId) {
        return jdbc.sql("select id from case_study where group_id = :group order by id")
                .param("group", groupId).query(Long.class).list();
    }

    /** The published case studies among {@code ids}, by id; others (drafts, unknown ids) are absent. */
    Map<Long, IndexedCaseStudy> load(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Row> rows = jdbc.sql("""
                select c.id, c.published_revision_no, c.group_id, c.published_at, c.review_due_on, c.good_practice,
                       r.id as revision_id, r.title, r.summary, r.voice
                from case_study c
                join case_study_revision r on r.case_study_id = c.id and r.number = c.published_revision_no
                where c.id in (:ids) and c.published_revision_no is not null and c.hidden_at is null
                order by c.id""")
                .param("ids", List.copyOf(new LinkedHashSet<>(ids)))
                .query((rs, n) -> {
                    long group = rs.getLong("group_id");
                    Long groupId = rs.wasNull() ? null : group;
                    // stored in UTC (hibernate.jdbc.time_zone)
                    LocalDateTime published = rs.getObject("published_at", LocalDateTime.class);
                    return new Row(rs.getLong("id"), rs.getInt("published_revision_no"), rs.getLong("revision_id"),
                            rs.getString("title"), rs.getString("summary"), rs.getString("voice"), groupId,
                            published == null ? null : published.toInstant(ZoneOffset.UTC),
                            rs.getObject("review_due_on", LocalDate.class), rs.getBoolean("good_practice"));
                })
                .list();
        if (rows.isEmpty()) {
            return Map.of();
        }
        Map<Long, GroupRef> homeGroups = groups.refsForIndex(
                rows.stream().map(Row::groupId).filter(java.util.Objects::nonNull).toList());
        List<Long> revisionIds = rows.stream().map(Row::revisionId).toList();
        Map<Long, Map<CaseStudyField, String>> fields = new HashMap<>();
        jdbc.sql("select revision_id, field, markdown from case_study_field where revision_id in (:ids)")
                .param("ids", revisionIds)
                .query((rs, n) -> {
                    CaseStudyField field = field(rs.getString("field"));
                    if (field != null) {
                        fields.computeIfAbsent(rs.getLong("revision_id"), k -> new EnumMap<>(CaseStudyField.class))
                                .put(field, rs.getString("markdown"));
                    }
                    return null;
                })
                .list();
        Map<Long, Map<String, Set<String>>> terms = new HashMap<>();
        jdbc.sql("select revision_id, vocabulary, code from case_study_term where revision_id in (:ids)")
                .param("ids", revisionIds)
                .query((rs, n) -> terms.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                        .computeIfAbsent(rs.getString(2), k -> new TreeSet<>()).add(rs.getString(3)))
                .list();
        Map<Long, IndexedCaseStudy> out = new LinkedHashMap<>();
        for (Row row : rows) {
            Map<String, Set<String>> codes = terms.getOrDefault(row.revisionId(), Map.of());
            GroupRef group = row.groupId() == null ? null : homeGroups.get(row.groupId());
            out.put(row.id(), new IndexedCaseStudy(row.id(), row.revision(), row.title(), row.summary(),
                    fields.getOrDefault(row.revisionId(), Map.of()), row.voice(),
                    codes.get(RevisionTerm.ACTIVITY), codes.get(RevisionTerm.SECTOR), codes.get(RevisionTerm.PHASE),
                    codes.get(RevisionTerm.REGION), modelLevel(first(codes.get(RevisionTerm.MODEL))),
                    first(codes.get(RevisionTerm.EVIDENCE_STRENGTH)), codes.get(RevisionTerm.EVIDENCE_TYPE),
                    row.groupId(), group == null ? null : group.name(),
                    group == null ? null : group.visibility().name(), row.publishedAt(), row.reviewDueOn(),
                    row.goodPractice()));
        }
        return out;
    }

    /**
     * The index document of a published case study: title, summary and every field as plain text
     * (Markdown syntax removed, so highlights read as text), facet codes as keywords, the home
     * group and the audience that may see it.
     */
    public static Map<String, Object> document(IndexedCaseStudy cs) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", cs.id());
        doc.put("revision", cs.revision());
        doc.put("title", clean(cs.title()));
        doc.put("summary", plainText(cs.summary()));
        Map<String, Object> fields = new LinkedHashMap<>();
        for (CaseStudyField field : CaseStudyField.values()) {
            String markdown = cs.fields().get(field);
            if (markdown != null && !markdown.isBlank()) {
                fields.put(field.code(), plainText(markdown));
            }
        }
        doc.put("fields", fields);
        doc.put("voice", cs.voice());
        doc.put("activities", sorted(cs.activities()));
        doc.put("sectors", sorted(cs.sectors()));
        doc.put("phases", sorted(cs.phases()));
        doc.put("regions", sorted(cs.regions()));
        doc.put("model", cs.modelLevel() == null ? null : cs.modelLevel().toString());
        doc.put("evidence", cs.evidenceStrength());
        doc.put("evidence_types", sorted(cs.evidenceTypes()));
        doc.put("group_id", cs.groupId());
        doc.put("group_name", cs.groupId() == null ? null : cs.groupName());
        doc.put("audience", audience(cs));
        doc.put("published_at", cs.publishedAt() == null ? null : cs.publishedAt().toString());
        doc.put("review_due_on", cs.reviewDueOn() == null ? null : cs.reviewDueOn().toString());
        doc.put("good_practice", Boolean.toString(cs.goodPractice()));
        return doc;
    }

    /** PUBLIC without a home group, else the group's visibility (PRIVATE when unknown: never show too much). */
    static String audience(IndexedCaseStudy cs) {
        if (cs.groupId() == null) {
            return PUBLIC;
        }
        if (cs.groupVisibility() == null) {
            return GroupVisibility.PRIVATE.name();
        }
        try {
            return GroupVisibility.valueOf(cs.groupVisibility()).name();
        } catch (IllegalArgumentException e) {
            return GroupVisibility.PRIVATE.name();
        }
    }

    /**
     * Markdown as plain text: syntax removed, {@code [[Title]]} links as their title, whitespace
     * collapsed, control characters and the highlighter's marker characters removed.
     */
    public static String plainText(String markdown) {
        return clean(MarkdownText.of(markdown));
    }

    private static String clean(String text) {
        return text == null ? null : MarkedHighlights.clean(CONTROL.matcher(text).replaceAll(""));
    }

    private static CaseStudyField field(String stored) {
        if (stored == null) {
            return null;
        }
        for (CaseStudyField field : CaseStudyField.values()) {
            if (field.code().equals(stored) || field.name().equalsIgnoreCase(stored)) {
                return field;
            }
        }
        return null;
    }

    private static Integer modelLevel(String code) {
        if (code == null) {
            return null;
        }
        String digits = code.toLowerCase(Locale.ROOT).replaceAll("[^0-9]", "");
        try {
            return digits.isEmpty() ? null : Integer.valueOf(digits);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String first(Set<String> values) {
        return values == null || values.isEmpty() ? null : values.iterator().next();
    }

    private static List<String> sorted(Set<String> values) {
        return new ArrayList<>(new TreeSet<>(values));
    }

    private record Row(long id, int revision, long revisionId, String title, String summary, String voice,
            Long groupId, Instant publishedAt, LocalDate reviewDueOn, boolean goodPractice) {
    }
}
