-- Users, sessions and what became of each segment.
CREATE TABLE users (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
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
    note TEXT NULL
);

CREATE INDEX sessions_by_user_and_start ON sessions (user_id, started_at);

CREATE TABLE session_segments (
    session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    kind TEXT NOT NULL,
    exercise_id TEXT NOT NULL,
    side TEXT NOT NULL,
    duration_seconds INTEGER NOT NULL,
    outcome TEXT NOT NULL,
    PRIMARY KEY (session_id, idx)
);
