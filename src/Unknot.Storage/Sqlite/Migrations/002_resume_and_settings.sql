-- Where an unfinished session stopped, so it can be resumed; and per-user settings.
ALTER TABLE sessions ADD COLUMN checkpoint_segment INTEGER NULL;
ALTER TABLE sessions ADD COLUMN checkpoint_seconds REAL NULL;

CREATE INDEX sessions_unfinished ON sessions (user_id, completed, started_at);

CREATE TABLE settings (
    user_id TEXT NOT NULL REFERENCES users (id),
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (user_id, key)
);
