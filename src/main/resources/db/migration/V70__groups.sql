-- Groups (partnerships, networks, projects, communities of practice), owned by institutions.
-- Nothing here is ever deleted: memberships, seat assignments and handovers end with a date,
-- and every change is written to group_history.
-- Uniqueness of "current" rows (one current membership per person and group, one open join
-- request or invitation, one current holder and one current deputy per seat) is enforced by
-- the database through *_slot columns: 1 while the row is current, NULL afterwards (unique
-- indexes allow many NULLs on H2, MySQL and MariaDB alike).
CREATE TABLE community_group (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    parent_id             BIGINT,
    kind                  VARCHAR(30)   NOT NULL,
    name                  VARCHAR(150)  NOT NULL,
    purpose_markdown      VARCHAR(4000),
    norms_markdown        VARCHAR(4000),
    visibility            VARCHAR(15)   NOT NULL,
    join_policy           VARCHAR(15)   NOT NULL,
    stage                 VARCHAR(15)   NOT NULL,
    stage_changed_on      DATE          NOT NULL,
    closure_reason        VARCHAR(1000),
    model_level           INT,
    created_at            DATETIME(6)   NOT NULL,
    created_by_person_id  BIGINT,
    updated_at            DATETIME(6)   NOT NULL,
    review_reminded_at    DATETIME(6),
    version               BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_group_parent FOREIGN KEY (parent_id) REFERENCES community_group (id),
    CONSTRAINT fk_group_creator FOREIGN KEY (created_by_person_id) REFERENCES person (id)
);
CREATE INDEX ix_group_parent ON community_group (parent_id);
CREATE INDEX ix_group_name ON community_group (name);

-- owning institutions, in the order shown
CREATE TABLE group_institution (
    group_id       BIGINT NOT NULL,
    institution_id BIGINT NOT NULL,
    position       INT    NOT NULL,
    PRIMARY KEY (group_id, institution_id),
    CONSTRAINT fk_group_institution_group FOREIGN KEY (group_id) REFERENCES community_group (id),
    CONSTRAINT fk_group_institution_institution FOREIGN KEY (institution_id) REFERENCES institution (id)
);
CREATE INDEX ix_group_institution_institution ON group_institution (institution_id);

-- facet codes: activity types and phases (vocabulary terms), regions (Region names)
CREATE TABLE group_term (
    group_id   BIGINT      NOT NULL,
    vocabulary VARCHAR(30) NOT NULL,
    code       VARCHAR(80) NOT NULL,
    PRIMARY KEY (group_id, vocabulary, code),
    CONSTRAINT fk_group_term_group FOREIGN KEY (group_id) REFERENCES community_group (id)
);

-- one row per stint: leaving ends it, rejoining starts a new one
CREATE TABLE group_membership (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    group_id       BIGINT      NOT NULL,
    person_id      BIGINT      NOT NULL,
    role           VARCHAR(20) NOT NULL,
    institution_id BIGINT,
    joined_at      DATETIME(6) NOT NULL,
    left_at        DATETIME(6),
    end_reason     VARCHAR(20),
    current_slot   INT,
    version        BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_membership_group FOREIGN KEY (group_id) REFERENCES community_group (id),
    CONSTRAINT fk_membership_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_membership_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT uq_membership_current UNIQUE (group_id, person_id, current_slot)
);
CREATE INDEX ix_membership_person ON group_membership (person_id);

-- join requests (by the person) and invitations (by a facilitator)
CREATE TABLE group_join (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    group_id             BIGINT        NOT NULL,
    person_id            BIGINT        NOT NULL,
    kind                 VARCHAR(15)   NOT NULL,
    message              VARCHAR(1000),
    institution_id       BIGINT,
    invited_by_person_id BIGINT,
    status               VARCHAR(15)   NOT NULL,
    created_at           DATETIME(6)   NOT NULL,
    decided_at           DATETIME(6),
    decided_by_person_id BIGINT,
    decision_note        VARCHAR(500),
    open_slot            INT,
    version              BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_join_group FOREIGN KEY (group_id) REFERENCES community_group (id),
    CONSTRAINT fk_join_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_join_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT uq_join_open UNIQUE (group_id, person_id, open_slot)
);
CREATE INDEX ix_join_person ON group_join (person_id, status);

-- named seats per owning institution, e.g. "Link tutor" for the university
CREATE TABLE group_seat (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    group_id       BIGINT        NOT NULL,
    institution_id BIGINT        NOT NULL,
    title          VARCHAR(150)  NOT NULL,
    role_code      VARCHAR(80),
    description    VARCHAR(1000),
    created_at     DATETIME(6)   NOT NULL,
    retired_at     DATETIME(6),
    version        BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_seat_group FOREIGN KEY (group_id) REFERENCES community_group (id),
    CONSTRAINT fk_seat_institution FOREIGN KEY (institution_id) REFERENCES institution (id)
);
CREATE INDEX ix_seat_group ON group_seat (group_id);

-- dated holders and deputies of a seat
CREATE TABLE seat_assignment (
    id                    BIGINT      NOT NULL AUTO_INCREMENT,
    seat_id               BIGINT      NOT NULL,
    person_id             BIGINT      NOT NULL,
    kind                  VARCHAR(10) NOT NULL,
    started_on            DATE        NOT NULL,
    ended_on              DATE,
    end_reason            VARCHAR(30),
    assigned_by_person_id BIGINT,
    ended_by_person_id    BIGINT,
    created_at            DATETIME(6) NOT NULL,
    open_slot             INT,
    version               BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_assignment_seat FOREIGN KEY (seat_id) REFERENCES group_seat (id),
    CONSTRAINT fk_assignment_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT uq_assignment_open UNIQUE (seat_id, kind, open_slot)
);
CREATE INDEX ix_assignment_person ON seat_assignment (person_id);

-- a handover starts when a seat holder's assignment ends because their affiliation ended
CREATE TABLE handover (
    id                        BIGINT       NOT NULL AUTO_INCREMENT,
    group_id                  BIGINT       NOT NULL,
    seat_id                   BIGINT       NOT NULL,
    assignment_id             BIGINT,
    institution_id            BIGINT       NOT NULL,
    outgoing_person_id        BIGINT       NOT NULL,
    status                    VARCHAR(15)  NOT NULL,
    opened_at                 DATETIME(6)  NOT NULL,
    due_on                    DATE         NOT NULL,
    successor_person_id       BIGINT,
    nominated_by_person_id    BIGINT,
    nominated_at              DATETIME(6),
    accepted_at               DATETIME(6),
    declined_reason           VARCHAR(500),
    note_updated_at           DATETIME(6),
    note_updated_by_person_id BIGINT,
    overdue_flagged_at        DATETIME(6),
    closed_at                 DATETIME(6),
    version                   BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_handover_group FOREIGN KEY (group_id) REFERENCES community_group (id),
    CONSTRAINT fk_handover_seat FOREIGN KEY (seat_id) REFERENCES group_seat (id),
    CONSTRAINT fk_handover_assignment FOREIGN KEY (assignment_id) REFERENCES seat_assignment (id),
    CONSTRAINT fk_handover_outgoing FOREIGN KEY (outgoing_person_id) REFERENCES person (id),
    CONSTRAINT fk_handover_successor FOREIGN KEY (successor_person_id) REFERENCES person (id),
    CONSTRAINT uq_handover_assignment UNIQUE (assignment_id)
);
CREATE INDEX ix_handover_group ON handover (group_id, status);

-- the structured note: one row per section (live agreements, partner contacts, ...)
CREATE TABLE handover_note_section (
    handover_id BIGINT        NOT NULL,
    section     VARCHAR(30)   NOT NULL,
    markdown    VARCHAR(4000) NOT NULL,
    PRIMARY KEY (handover_id, section),
    CONSTRAINT fk_handover_section_handover FOREIGN KEY (handover_id) REFERENCES handover (id)
);

-- self-reviews on the ten core components, kept over time
CREATE TABLE self_review (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    group_id              BIGINT        NOT NULL,
    reviewed_on           DATE          NOT NULL,
    recorded_by_person_id BIGINT,
    recorded_at           DATETIME(6)   NOT NULL,
    aims_reaffirmed       BOOLEAN       NOT NULL DEFAULT FALSE,
    aims_note             VARCHAR(2000),
    PRIMARY KEY (id),
    CONSTRAINT fk_review_group FOREIGN KEY (group_id) REFERENCES community_group (id)
);
CREATE INDEX ix_review_group ON self_review (group_id, reviewed_on);

CREATE TABLE self_review_score (
    review_id BIGINT        NOT NULL,
    component VARCHAR(40)   NOT NULL,
    score     INT           NOT NULL,
    notes     VARCHAR(2000),
    PRIMARY KEY (review_id, component),
    CONSTRAINT fk_review_score_review FOREIGN KEY (review_id) REFERENCES self_review (id)
);

-- meetings and events log
CREATE TABLE group_meeting (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    group_id              BIGINT        NOT NULL,
    held_on               DATE          NOT NULL,
    title                 VARCHAR(200)  NOT NULL,
    notes_markdown        VARCHAR(8000),
    recorded_by_person_id BIGINT,
    recorded_at           DATETIME(6)   NOT NULL,
    version               BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_meeting_group FOREIGN KEY (group_id) REFERENCES community_group (id)
);
CREATE INDEX ix_meeting_group ON group_meeting (group_id, held_on);

CREATE TABLE group_meeting_attendee (
    meeting_id BIGINT NOT NULL,
    person_id  BIGINT NOT NULL,
    PRIMARY KEY (meeting_id, person_id),
    CONSTRAINT fk_attendee_meeting FOREIGN KEY (meeting_id) REFERENCES group_meeting (id),
    CONSTRAINT fk_attendee_person FOREIGN KEY (person_id) REFERENCES person (id)
);

-- append-only timeline of everything that happened in a group
CREATE TABLE group_history (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    group_id          BIGINT       NOT NULL,
    type              VARCHAR(40)  NOT NULL,
    occurred_at       DATETIME(6)  NOT NULL,
    actor_person_id   BIGINT,
    subject_person_id BIGINT,
    institution_id    BIGINT,
    seat_id           BIGINT,
    ref_id            BIGINT,
    detail            VARCHAR(500),
    PRIMARY KEY (id),
    CONSTRAINT fk_history_group FOREIGN KEY (group_id) REFERENCES community_group (id)
);
CREATE INDEX ix_history_group ON group_history (group_id, occurred_at);
CREATE INDEX ix_history_subject ON group_history (subject_person_id);
