-- Each break reminder offered, and what became of it (taken, postponed, skipped, ignored; null while it is shown).
CREATE TABLE reminders (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id),
    at TEXT NOT NULL,
    repeat INTEGER NOT NULL,
    reason TEXT NOT NULL,
    outcome TEXT
);
CREATE INDEX reminders_user_at ON reminders (user_id, at);

-- Seconds of active time at the computer per local day, as the reminder service counted them.
CREATE TABLE active_days (
    user_id TEXT NOT NULL REFERENCES users (id),
    day TEXT NOT NULL,
    seconds INTEGER NOT NULL,
    PRIMARY KEY (user_id, day)
);
