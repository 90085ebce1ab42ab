-- Issue 7: case studies and their discussion comments can be hidden pending moderator review
-- (by a moderator, or by enough trusted flags). A hidden case study stays readable for its writers
-- and moderators only and leaves the search index; a hidden comment shows a placeholder to
-- everyone but its author and moderators. A moderator's edit of a comment is marked as such.
ALTER TABLE case_study ADD COLUMN hidden_at DATETIME(6);
ALTER TABLE case_study_comment ADD COLUMN hidden_at DATETIME(6);
ALTER TABLE case_study_comment ADD COLUMN edited_by_person_id BIGINT;
ALTER TABLE case_study_comment ADD COLUMN edited_by_moderator BOOLEAN NOT NULL DEFAULT FALSE;
