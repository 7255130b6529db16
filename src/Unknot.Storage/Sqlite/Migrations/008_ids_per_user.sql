-- A session's and a reminder's id is unique per user, as on the PostgreSQL server, so the statements both share
-- name the same key. SQLite cannot change a primary key in place: the two tables are copied into new ones.
CREATE TABLE sessions_per_user (
    id TEXT NOT NULL,
    user_id TEXT NOT NULL REFERENCES users (id),
    routine_id TEXT NOT NULL,
    routine_json TEXT NOT NULL,
    level TEXT NOT NULL,
    started_at TEXT NOT NULL,
    ended_at TEXT NULL,
    time_zone TEXT NOT NULL,
    completed INTEGER NOT NULL DEFAULT 0,
    pain_before INTEGER NULL CHECK (pain_before BETWEEN 0 AND 10),
    pain_after INTEGER NULL CHECK (pain_after BETWEEN 0 AND 10),
    note TEXT NULL,
    checkpoint_segment INTEGER NULL,
    checkpoint_seconds REAL NULL,
    local_day INTEGER NULL,
    pain_change INTEGER NULL,
    segments TEXT NOT NULL DEFAULT '[]',
    unreadable TEXT,
    PRIMARY KEY (user_id, id)
);
INSERT INTO sessions_per_user (rowid, id, user_id, routine_id, routine_json, level, started_at, ended_at, time_zone, completed,
                               pain_before, pain_after, note, checkpoint_segment, checkpoint_seconds, local_day, pain_change,
                               segments, unreadable)
SELECT rowid, id, user_id, routine_id, routine_json, level, started_at, ended_at, time_zone, completed,
       pain_before, pain_after, note, checkpoint_segment, checkpoint_seconds, local_day, pain_change, segments, unreadable
FROM sessions;
DROP TABLE sessions;
ALTER TABLE sessions_per_user RENAME TO sessions;
CREATE INDEX sessions_by_user_and_start ON sessions (user_id, started_at, id);
CREATE INDEX sessions_rated ON sessions (user_id, started_at, id, pain_change, local_day, pain_before, pain_after) WHERE pain_change IS NOT NULL;
CREATE INDEX sessions_rated_by_day ON sessions (user_id, local_day, pain_change) WHERE pain_change IS NOT NULL;
CREATE INDEX sessions_uncounted ON sessions (user_id) WHERE local_day IS NULL;
CREATE INDEX sessions_resumable ON sessions (user_id, started_at, id) WHERE completed = 0 AND checkpoint_segment IS NOT NULL;
CREATE INDEX sessions_unreadable ON sessions (user_id) WHERE unreadable IS NOT NULL;

CREATE TABLE reminders_per_user (
    id TEXT NOT NULL,
    user_id TEXT NOT NULL REFERENCES users (id),
    at TEXT NOT NULL,
    repeat INTEGER NOT NULL,
    reason TEXT NOT NULL,
    outcome TEXT,
    PRIMARY KEY (user_id, id)
);
INSERT INTO reminders_per_user (id, user_id, at, repeat, reason, outcome) SELECT id, user_id, at, repeat, reason, outcome FROM reminders;
DROP TABLE reminders;
ALTER TABLE reminders_per_user RENAME TO reminders;
CREATE INDEX reminders_user_at ON reminders (user_id, at);
