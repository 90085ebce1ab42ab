-- Issue 9, point 3: the brokers' queue of unanswered needs. waiting_since is when the need last
-- became OPEN (posted or reopened): the queue is ordered by it and the alert counts days from it.
-- unanswered_alert_at is when brokers were alerted about the current wait (cleared on reopening),
-- so each wait gives one alert. See ADR 15.
ALTER TABLE need ADD COLUMN waiting_since DATETIME(6);
ALTER TABLE need ADD COLUMN unanswered_alert_at DATETIME(6);
UPDATE need SET waiting_since = created_at;
CREATE INDEX ix_need_queue ON need (status, waiting_since);
