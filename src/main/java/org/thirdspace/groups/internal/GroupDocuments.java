package org.thirdspace.groups.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.thirdspace.groups.ModelLevel;
import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.institutions.InstitutionSummary;

/**
 * Reads what the {@code groups} index needs straight from the group tables (a denormalised read
 * model over group, owners, terms and current memberships), a batch of groups in a handful of
 * queries, with no permission checks: the index holds every group, private ones included, and
 * the searches filter by visibility and membership. Owners are resolved through
 * {@link InstitutionService} (a merged duplicate shows as the institution it was merged into).
 */
@Component
@Transactional(readOnly = true)
class GroupDocuments {

    /** Longest purpose excerpt in result lists (characters, an ellipsis added when cut). */
    static final int EXCERPT_LENGTH = 220;

    private static final Parser MARKDOWN = Parser.builder().build();
    private static final TextContentRenderer PLAIN_TEXT = TextContentRenderer.builder().build();

    private final JdbcClient jdbc;
    private final InstitutionService institutions;

    GroupDocuments(JdbcClient jdbc, InstitutionService institutions) {
        this.jdbc = jdbc;
        this.institutions = institutions;
    }

    /** How many groups there are. */
    long count() {
        return jdbc.sql("select count(*) from community_group").query(Long.class).single();
    }

    /** Ids of groups after {@code afterId}, ascending, at most {@code limit} (for paging through all). */
    List<Long> idsAfter(long afterId, int limit) {
        return jdbc.sql("select id from community_group where id > :after order by id limit :limit")
                .param("after", afterId).param("limit", limit).query(Long.class).list();
    }

    /** Ids of the groups the institution owns. */
    List<Long> ownedBy(long institutionId) {
        return jdbc.sql("select group_id from group_institution where institution_id = :id order by group_id")
                .param("id", institutionId).query(Long.class).list();
    }

    /**
     * The index documents of the groups that exist among {@code groupIds}, by id (missing ids are
     * absent from the map). {@code institutionLookup} finds an owner (already resolved to the
     * institution to show).
     */
    Map<Long, Map<String, Object>> load(Collection<Long> groupIds,
            Function<Long, Optional<InstitutionSummary>> institutionLookup) {
        if (groupIds.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = List.copyOf(new LinkedHashSet<>(groupIds));
        Map<Long, Row> rows = new LinkedHashMap<>();
        jdbc.sql("""
                select id, parent_id, kind, name, purpose_markdown, norms_markdown, visibility, stage, model_level
                from community_group where id in (:ids)""")
                .param("ids", ids)
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    long parent = rs.getLong("parent_id");
                    Long parentId = rs.wasNull() ? null : parent;
                    int level = rs.getInt("model_level");
                    Integer modelLevel = rs.wasNull() ? null : level;
                    return new Row(id, parentId, rs.getString("kind"), rs.getString("name"),
                            rs.getString("purpose_markdown"), rs.getString("norms_markdown"),
                            rs.getString("visibility"), rs.getString("stage"), modelLevel);
                })
                .list().forEach(r -> rows.put(r.id(), r));
        if (rows.isEmpty()) {
            return Map.of();
        }
        List<Long> found = List.copyOf(rows.keySet());
        Map<Long, List<Long>> owners = new HashMap<>();
        jdbc.sql("select group_id, institution_id from group_institution where group_id in (:ids) "
                        + "order by group_id, position, institution_id")
                .param("ids", found)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list().forEach(p -> owners.computeIfAbsent(p[0], k -> new ArrayList<>()).add(p[1]));
        Map<Long, Map<String, Set<String>>> terms = new HashMap<>();
        jdbc.sql("select group_id, vocabulary, code from group_term where group_id in (:ids)")
                .param("ids", found)
                .query((rs, n) -> new Term(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list().forEach(t -> terms.computeIfAbsent(t.groupId(), k -> new HashMap<>())
                        .computeIfAbsent(t.vocabulary(), k -> new TreeSet<>()).add(t.code()));
        Map<Long, Set<Long>> members = new HashMap<>();
        jdbc.sql("select group_id, person_id from group_membership where group_id in (:ids) and left_at is null")
                .param("ids", found)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list().forEach(p -> members.computeIfAbsent(p[0], k -> new TreeSet<>()).add(p[1]));

        Map<Long, Map<String, Object>> documents = new LinkedHashMap<>();
        for (Row row : rows.values()) {
            Map<String, Set<String>> codes = terms.getOrDefault(row.id(), Map.of());
            documents.put(row.id(), document(row, owners.getOrDefault(row.id(), List.of()), codes,
                    members.getOrDefault(row.id(), Set.of()), institutionLookup));
        }
        return documents;
    }

    /** A lookup that resolves merged duplicates and remembers what it found (for one batch or rebuild). */
    Function<Long, Optional<InstitutionSummary>> cachingInstitutionLookup() {
        Map<Long, Optional<InstitutionSummary>> cache = new HashMap<>();
        return id -> cache.computeIfAbsent(id,
                i -> institutions.resolve(i).flatMap(institutions::find));
    }

    private static Map<String, Object> document(Row row, List<Long> ownerIds, Map<String, Set<String>> codes,
            Set<Long> memberIds, Function<Long, Optional<InstitutionSummary>> institutionLookup) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", row.id());
        doc.put("name", SearchHighlights.clean(row.name()));
        doc.put("purpose", SearchHighlights.clean(row.purpose()));
        doc.put("norms", SearchHighlights.clean(row.norms()));
        doc.put("purpose_excerpt", excerpt(row.purpose()));
        List<Map<String, Object>> owners = new ArrayList<>();
        List<String> ownerNames = new ArrayList<>();
        Set<Long> seen = new LinkedHashSet<>();
        for (Long ownerId : ownerIds) {
            Optional<InstitutionSummary> institution = institutionLookup.apply(ownerId);
            long id = institution.map(InstitutionSummary::id).orElse(ownerId);
            if (!seen.add(id)) {
                continue;
            }
            Map<String, Object> owner = new LinkedHashMap<>();
            owner.put("id", id);
            owner.put("name", institution.map(InstitutionSummary::name).orElse(null));
            owner.put("sector", institution.map(i -> i.sector().name()).orElse(null));
            owners.add(owner);
            institution.ifPresent(i -> ownerNames.add(SearchHighlights.clean(i.name())));
        }
        doc.put("owners", owners);
        doc.put("institution_ids", List.copyOf(seen));
        doc.put("institution_names", ownerNames);
        doc.put("kind", row.kind());
        doc.put("activities", List.copyOf(codes.getOrDefault(GroupTerm.ACTIVITY, Set.of())));
        doc.put("phases", List.copyOf(codes.getOrDefault(GroupTerm.PHASE, Set.of())));
        doc.put("regions", List.copyOf(codes.getOrDefault(GroupTerm.REGION, Set.of())));
        doc.put("stage", row.stage());
        doc.put("model", row.modelLevel() == null ? null : ModelLevel.of(row.modelLevel()).name());
        doc.put("visibility", row.visibility());
        doc.put("member_ids", List.copyOf(memberIds));
        doc.put("member_count", memberIds.size());
        doc.put("parent_id", row.parentId());
        return doc;
    }

    /** The purpose as plain text, whitespace collapsed, cut at a word boundary. */
    static String excerpt(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String text = PLAIN_TEXT.render(MARKDOWN.parse(markdown)).replaceAll("\\s+", " ").strip();
        text = SearchHighlights.clean(text);
        if (text.length() <= EXCERPT_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', EXCERPT_LENGTH);
        if (cut < EXCERPT_LENGTH / 2) {
            cut = EXCERPT_LENGTH;
        }
        return text.substring(0, cut).stripTrailing() + "\u2026";
    }

    private record Row(long id, Long parentId, String kind, String name, String purpose, String norms,
            String visibility, String stage, Integer modelLevel) {
    }

    private record Term(long groupId, String vocabulary, String code) {
    }
}
