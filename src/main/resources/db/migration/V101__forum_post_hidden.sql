-- Issue 7: a forum post hidden pending moderator review (by a moderator or by enough trusted flags).
-- Hidden posts stay readable for their author and moderators and leave the search index.
ALTER TABLE forum_post ADD COLUMN hidden_at DATETIME(6);
