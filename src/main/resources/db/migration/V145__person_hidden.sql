-- Issue 7: a member profile hidden pending moderator review (by a moderator or by enough trusted flags).
-- A hidden profile stays readable for its owner and moderators, answers "not found" to everyone
-- else and leaves the people finder's index until it is shown again.
ALTER TABLE person ADD COLUMN hidden_at DATETIME(6);
CREATE INDEX ix_person_hidden_at ON person (hidden_at);
