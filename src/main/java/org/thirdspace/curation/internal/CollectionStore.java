package org.thirdspace.curation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.thirdspace.curation.CollectionStatus;
import org.thirdspace.curation.ItemKind;

/** The curation tables (collections, items, follows, curators), read and written with plain SQL. */
@Component
public class CollectionStore {

    public record CollectionRow(long id, String slug, String title, String purpose, String introduction,
            CollectionStatus status, long createdBy, Instant createdAt, Instant updatedAt, Instant publishedAt,
            int itemCount, long followers) {
    }

    public record ItemRow(long id, long collectionId, int position, ItemKind kind, Long targetId, String url,
            String title, String note, Instant addedAt) {
    }

    private static final String COLLECTION = """
            select c.*, (select count(*) from curation_collection_item i where i.collection_id = c.id) as item_count,
                   (select count(*) from curation_follow f where f.collection_id = c.id) as followers
            from curation_collection c""";

    private final JdbcClient jdbc;

    CollectionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- curators ---

    public boolean isCurator(long accountId) {
        return jdbc.sql("select count(*) from curation_curator where account_id = ?").param(accountId)
                .query(Long.class).single() > 0;
    }

    public boolean appoint(long accountId, String displayName, long by, Instant at) {
        if (isCurator(accountId)) {
            return false;
        }
        jdbc.sql("insert into curation_curator (account_id, display_name, appointed_by, appointed_at) values (?,?,?,?)")
                .params(accountId, displayName, by, utc(at)).update();
        return true;
    }

    public boolean dismiss(long accountId) {
        return jdbc.sql("delete from curation_curator where account_id = ?").param(accountId).update() > 0;
    }

    public List<Long> curatorIds() {
        return jdbc.sql("select account_id from curation_curator order by account_id").query(Long.class).list();
    }

    /** A curator's appointment. */
    public record CuratorRow(long accountId, String displayName, long appointedBy, Instant appointedAt) {
    }

    /** Every appointed curator, by name. */
    public List<CuratorRow> curators() {
        return jdbc.sql("select account_id, display_name, appointed_by, appointed_at from curation_curator"
                        + " order by display_name, account_id")
                .query((rs, n) -> new CuratorRow(rs.getLong("account_id"), rs.getString("display_name"),
                        rs.getLong("appointed_by"), instant(rs, "appointed_at")))
                .list();
    }

    // --- collections ---

    public long insert(String slug, String title, String purpose, String introduction, long by, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into curation_collection (slug, title, purpose, introduction, status, created_by, created_at,
                  updated_at) values (?,?,?,?,?,?,?,?)""")
                .params(slug, title, purpose, introduction, CollectionStatus.DRAFT.name(), by, utc(at), utc(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public boolean slugTaken(String slug) {
        return jdbc.sql("select count(*) from curation_collection where slug = ?").param(slug)
                .query(Long.class).single() > 0;
    }

    public Optional<CollectionRow> find(long id) {
        return jdbc.sql(COLLECTION + " where c.id = ?").param(id).query(CollectionStore::collection).optional();
    }

    public Optional<CollectionRow> findBySlug(String slug) {
        return jdbc.sql(COLLECTION + " where c.slug = ?").param(slug).query(CollectionStore::collection).optional();
    }

    /** Collections with the given statuses matching the text (title or purpose), newest change first. */
    public List<CollectionRow> list(List<CollectionStatus> statuses, String text, int offset, int limit) {
        String like = "%" + (text == null ? "" : text.strip().toLowerCase().replace("\\", "\\\\")
                .replace("%", "\\%").replace("_", "\\_")) + "%";
        return jdbc.sql(COLLECTION + """
                 where c.status in (:statuses) and (lower(c.title) like :like or lower(c.purpose) like :like)
                order by coalesce(c.published_at, c.updated_at) desc, c.id desc limit :limit offset :offset""")
                .param("statuses", statuses.stream().map(Enum::name).toList()).param("like", like)
                .param("limit", limit).param("offset", offset)
                .query(CollectionStore::collection).list();
    }

    public long count(List<CollectionStatus> statuses, String text) {
        String like = "%" + (text == null ? "" : text.strip().toLowerCase().replace("\\", "\\\\")
                .replace("%", "\\%").replace("_", "\\_")) + "%";
        return jdbc.sql("""
                select count(*) from curation_collection c where c.status in (:statuses)
                and (lower(c.title) like :like or lower(c.purpose) like :like)""")
                .param("statuses", statuses.stream().map(Enum::name).toList()).param("like", like)
                .query(Long.class).single();
    }

    public void update(long id, String title, String purpose, String introduction, CollectionStatus status,
            Instant publishedAt, Instant at) {
        jdbc.sql("""
                update curation_collection set title = ?, purpose = ?, introduction = ?, status = ?, published_at = ?,
                updated_at = ? where id = ?""")
                .params(title, purpose, introduction, status.name(), publishedAt == null ? null : utc(publishedAt),
                        utc(at), id)
                .update();
    }

    public void touch(long id, Instant at) {
        jdbc.sql("update curation_collection set updated_at = ? where id = ?").params(utc(at), id).update();
    }

    // --- items ---

    public List<ItemRow> items(long collectionId) {
        return jdbc.sql("select * from curation_collection_item where collection_id = ? order by position, id")
                .param(collectionId).query(CollectionStore::item).list();
    }

    public long addItem(long collectionId, ItemKind kind, Long targetId, String url, String title, String note,
            long by, Instant at) {
        int position = jdbc.sql("select coalesce(max(position), 0) from curation_collection_item where collection_id = ?")
                .param(collectionId).query(Integer.class).single() + 1;
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into curation_collection_item (collection_id, position, kind, target_id, url, title, note,
                  added_by, added_at) values (?,?,?,?,?,?,?,?,?)""")
                .params(collectionId, position, kind.name(), targetId, url, title, note, by, utc(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public boolean hasTarget(long collectionId, ItemKind kind, long targetId) {
        return jdbc.sql("select count(*) from curation_collection_item where collection_id = ? and kind = ? and target_id = ?")
                .params(collectionId, kind.name(), targetId).query(Long.class).single() > 0;
    }

    public boolean removeItem(long collectionId, long itemId) {
        return jdbc.sql("delete from curation_collection_item where collection_id = ? and id = ?")
                .params(collectionId, itemId).update() > 0;
    }

    public void position(long itemId, int position) {
        jdbc.sql("update curation_collection_item set position = ? where id = ?").params(position, itemId).update();
    }

    // --- follows ---

    public boolean follow(long collectionId, long accountId, Instant at) {
        if (follows(collectionId, accountId)) {
            return false;
        }
        jdbc.sql("insert into curation_follow (collection_id, account_id, followed_at) values (?,?,?)")
                .params(collectionId, accountId, utc(at)).update();
        return true;
    }

    public boolean unfollow(long collectionId, long accountId) {
        return jdbc.sql("delete from curation_follow where collection_id = ? and account_id = ?")
                .params(collectionId, accountId).update() > 0;
    }

    public boolean follows(long collectionId, long accountId) {
        return jdbc.sql("select count(*) from curation_follow where collection_id = ? and account_id = ?")
                .params(collectionId, accountId).query(Long.class).single() > 0;
    }

    /** Account ids of the collection's followers, by id. */
    public List<Long> followerIds(long collectionId) {
        return jdbc.sql("select account_id from curation_follow where collection_id = ? order by account_id")
                .params(collectionId).query(Long.class).list();
    }

    /** Published collections the account follows, most recently changed first. */
    public List<CollectionRow> followed(long accountId, int limit) {
        return jdbc.sql(COLLECTION + """
                 join curation_follow f2 on f2.collection_id = c.id and f2.account_id = :account
                where c.status = 'PUBLISHED' order by c.updated_at desc, c.id desc limit :limit""")
                .param("account", accountId).param("limit", limit).query(CollectionStore::collection).list();
    }

    private static CollectionRow collection(ResultSet rs, int n) throws SQLException {
        return new CollectionRow(rs.getLong("id"), rs.getString("slug"), rs.getString("title"), rs.getString("purpose"),
                rs.getString("introduction"), CollectionStatus.valueOf(rs.getString("status")), rs.getLong("created_by"),
                instant(rs, "created_at"), instant(rs, "updated_at"), instant(rs, "published_at"),
                rs.getInt("item_count"), rs.getLong("followers"));
    }

    private static ItemRow item(ResultSet rs, int n) throws SQLException {
        long target = rs.getLong("target_id");
        Long targetId = rs.wasNull() ? null : target;
        return new ItemRow(rs.getLong("id"), rs.getLong("collection_id"), rs.getInt("position"),
                ItemKind.valueOf(rs.getString("kind")), targetId, rs.getString("url"), rs.getString("title"),
                rs.getString("note"), instant(rs, "added_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
