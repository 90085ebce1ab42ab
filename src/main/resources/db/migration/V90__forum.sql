-- Issue 6: forums. Site-wide categories and a forum in every group; topics, numbered posts,
-- edit history, reactions, mentions, watching and read state. See ADR 9.
CREATE TABLE forum_category (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    slug          VARCHAR(80)   NOT NULL,
    name          VARCHAR(120)  NOT NULL,
    description   VARCHAR(1000),
    visibility    VARCHAR(10)   NOT NULL,
    position      INT           NOT NULL,
    archived      BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at    DATETIME(6)   NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_forum_category_slug UNIQUE (slug)
);

CREATE TABLE forum_topic (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    category_id       BIGINT,
    group_id          BIGINT,
    kind              VARCHAR(12)   NOT NULL,
    title             VARCHAR(200)  NOT NULL,
    author_person_id  BIGINT        NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    last_post_number  INT           NOT NULL,
    last_posted_at    DATETIME(6)   NOT NULL,
    reply_count       INT           NOT NULL DEFAULT 0,
    accepted_post_id  BIGINT,
    pinned            BOOLEAN       NOT NULL DEFAULT FALSE,
    locked            BOOLEAN       NOT NULL DEFAULT FALSE,
    closed            BOOLEAN       NOT NULL DEFAULT FALSE,
    merged_into_id    BIGINT,
    last_poster_person_id BIGINT,
    timeline_at       DATETIME(6),
    version           BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_topic_category FOREIGN KEY (category_id) REFERENCES forum_category (id),
    CONSTRAINT fk_topic_group FOREIGN KEY (group_id) REFERENCES community_group (id)
);
CREATE INDEX ix_topic_category ON forum_topic (category_id, pinned, last_posted_at);
CREATE INDEX ix_topic_group ON forum_topic (group_id, pinned, last_posted_at);

CREATE TABLE forum_topic_tag (
    topic_id BIGINT      NOT NULL,
    tag      VARCHAR(40) NOT NULL,
    PRIMARY KEY (topic_id, tag),
    CONSTRAINT fk_tag_topic FOREIGN KEY (topic_id) REFERENCES forum_topic (id)
);
CREATE INDEX ix_tag ON forum_topic_tag (tag);

CREATE TABLE forum_post (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    topic_id          BIGINT        NOT NULL,
    post_number       INT           NOT NULL,
    author_person_id  BIGINT        NOT NULL,
    markdown          LONGTEXT      NOT NULL,
    quoted_post_id    BIGINT,
    created_at        DATETIME(6)   NOT NULL,
    edited_at         DATETIME(6),
    edited_by_person_id BIGINT,
    edit_reason       VARCHAR(500),
    revision_count    INT           NOT NULL DEFAULT 0,
    helpful_count     INT           NOT NULL DEFAULT 0,
    deleted_at        DATETIME(6),
    deleted_by_person_id BIGINT,
    delete_reason     VARCHAR(500),
    version           BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_post_number UNIQUE (topic_id, post_number),
    CONSTRAINT fk_post_topic FOREIGN KEY (topic_id) REFERENCES forum_topic (id)
);
CREATE INDEX ix_post_author ON forum_post (author_person_id, created_at);

-- earlier versions of a post: row k holds version k (the current one is in forum_post)
CREATE TABLE forum_post_revision (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    post_id          BIGINT      NOT NULL,
    number           INT         NOT NULL,
    markdown         LONGTEXT    NOT NULL,
    edit_reason      VARCHAR(500),
    edited_by_person_id BIGINT   NOT NULL,
    edited_at        DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_post_revision UNIQUE (post_id, number),
    CONSTRAINT fk_post_revision_post FOREIGN KEY (post_id) REFERENCES forum_post (id)
);

CREATE TABLE forum_reaction (
    post_id    BIGINT      NOT NULL,
    person_id  BIGINT      NOT NULL,
    kind       VARCHAR(20) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (post_id, person_id, kind),
    CONSTRAINT fk_reaction_post FOREIGN KEY (post_id) REFERENCES forum_post (id)
);

CREATE TABLE forum_mention (
    post_id   BIGINT NOT NULL,
    person_id BIGINT NOT NULL,
    PRIMARY KEY (post_id, person_id),
    CONSTRAINT fk_mention_post FOREIGN KEY (post_id) REFERENCES forum_post (id)
);
CREATE INDEX ix_mention_person ON forum_mention (person_id);

-- watching: a topic, a category or a group forum; target_key 'topic:12', 'category:3' or
-- 'group:7' (a unique key over nullable ids would not stop duplicates: NULLs are distinct)
CREATE TABLE forum_watch (
    person_id   BIGINT      NOT NULL,
    target_key  VARCHAR(30) NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (person_id, target_key)
);
CREATE INDEX ix_watch_target ON forum_watch (target_key);

CREATE TABLE forum_read_state (
    person_id        BIGINT      NOT NULL,
    topic_id         BIGINT      NOT NULL,
    last_read_number INT         NOT NULL,
    read_at          DATETIME(6) NOT NULL,
    PRIMARY KEY (person_id, topic_id)
);

-- "new since last visit": previous_visit_at is the visit before the current one (a visit ends
-- after a pause of thirty minutes), so markers survive reloads within one visit
CREATE TABLE forum_visit (
    person_id         BIGINT      NOT NULL,
    forum_key         VARCHAR(30) NOT NULL,
    last_visit_at     DATETIME(6) NOT NULL,
    previous_visit_at DATETIME(6),
    PRIMARY KEY (person_id, forum_key)
);

-- posts moved by a split: old numbers redirect to their new place
CREATE TABLE forum_post_move (
    from_topic_id BIGINT      NOT NULL,
    from_number   INT         NOT NULL,
    post_id       BIGINT      NOT NULL,
    moved_at      DATETIME(6) NOT NULL,
    PRIMARY KEY (from_topic_id, from_number)
);

-- the group timeline tells what kind of activity another feature reported (ADR 9)
ALTER TABLE group_history ADD COLUMN activity_kind VARCHAR(40);
