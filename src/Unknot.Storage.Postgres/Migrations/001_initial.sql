-- Unknot on PostgreSQL: the schema the SQLite file reaches after its seventh script, in one step.
-- Text keys use the "C" collation, so ids and instants sort and compare byte by byte, as they do in SQLite.
-- Instants are kept as ISO 8601 text in UTC, and whole numbers as BIGINT, so both providers share their SQL.

-- revision counts every change to the user's rows (the triggers at the end), so an instance can tell whether
-- what it keeps in memory for the user is still current: PostgreSQL's answer to SQLite's data_version.
CREATE TABLE users (
    id TEXT COLLATE "C" PRIMARY KEY,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    revision BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE sessions (
    id TEXT COLLATE "C" PRIMARY KEY,
    user_id TEXT COLLATE "C" NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    routine_id TEXT NOT NULL,
    routine_json TEXT NOT NULL,
    level TEXT NOT NULL,
    started_at TEXT COLLATE "C" NOT NULL,
    ended_at TEXT NULL,
    time_zone TEXT NOT NULL,
    completed BIGINT NOT NULL DEFAULT 0,
    pain_before BIGINT NULL CHECK (pain_before BETWEEN 0 AND 10),
    pain_after BIGINT NULL CHECK (pain_after BETWEEN 0 AND 10),
    note TEXT NULL,
    checkpoint_segment BIGINT NULL,
    checkpoint_seconds DOUBLE PRECISION NULL,
    local_day BIGINT NULL,
    pain_change BIGINT NULL,
    segments TEXT NOT NULL DEFAULT '[]',
    unreadable TEXT NULL
);

CREATE INDEX sessions_by_user_and_start ON sessions (user_id, started_at, id);
CREATE INDEX sessions_rated ON sessions (user_id, started_at, id, pain_change, local_day, pain_before, pain_after) WHERE pain_change IS NOT NULL;
CREATE INDEX sessions_rated_by_day ON sessions (user_id, local_day, pain_change) WHERE pain_change IS NOT NULL;
CREATE INDEX sessions_uncounted ON sessions (user_id) WHERE local_day IS NULL;
CREATE INDEX sessions_resumable ON sessions (user_id, started_at, id) WHERE completed = 0 AND checkpoint_segment IS NOT NULL;
CREATE INDEX sessions_unreadable ON sessions (user_id) WHERE unreadable IS NOT NULL;

CREATE TABLE settings (
    user_id TEXT COLLATE "C" NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    key TEXT COLLATE "C" NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (user_id, key)
);

CREATE TABLE user_routines (
    user_id TEXT COLLATE "C" NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    id TEXT COLLATE "C" NOT NULL,
    routine_json TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (user_id, id)
);

CREATE TABLE daily_totals (
    user_id TEXT COLLATE "C" NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    day BIGINT NOT NULL,
    sessions BIGINT NOT NULL,
    completed BIGINT NOT NULL,
    done_seconds BIGINT NOT NULL,
    PRIMARY KEY (user_id, day)
);

CREATE TABLE exercise_totals (
    user_id TEXT COLLATE "C" NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    exercise_id TEXT COLLATE "C" NOT NULL,
    sessions BIGINT NOT NULL,
    rated BIGINT NOT NULL,
    pain_change_sum BIGINT NOT NULL,
    PRIMARY KEY (user_id, exercise_id)
);

CREATE TABLE user_totals (
    user_id TEXT COLLATE "C" PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    rated BIGINT NOT NULL,
    pain_change_sum BIGINT NOT NULL
);

CREATE TABLE completed_runs (
    user_id TEXT COLLATE "C" NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    first_day BIGINT NOT NULL,
    last_day BIGINT NOT NULL,
    length BIGINT NOT NULL,
    PRIMARY KEY (user_id, first_day)
);

CREATE INDEX completed_runs_by_length ON completed_runs (user_id, length);

CREATE TABLE pending_imports (
    id TEXT COLLATE "C" PRIMARY KEY,
    user_id TEXT COLLATE "C" NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    files TEXT NOT NULL,
    created_at TEXT COLLATE "C" NOT NULL
);

CREATE TABLE reminders (
    id TEXT COLLATE "C" PRIMARY KEY,
    user_id TEXT COLLATE "C" NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    at TEXT COLLATE "C" NOT NULL,
    repeat BIGINT NOT NULL,
    reason TEXT NOT NULL,
    outcome TEXT
);

CREATE INDEX reminders_user_at ON reminders (user_id, at);

CREATE TABLE active_days (
    user_id TEXT COLLATE "C" NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    day TEXT COLLATE "C" NOT NULL,
    seconds BIGINT NOT NULL,
    PRIMARY KEY (user_id, day)
);

CREATE FUNCTION unknot_touch_user() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        UPDATE users SET revision = revision + 1 WHERE id = OLD.user_id;
        RETURN OLD;
    END IF;
    UPDATE users SET revision = revision + 1 WHERE id = NEW.user_id;
    RETURN NEW;
END;
$$;

CREATE TRIGGER sessions_touch AFTER INSERT OR UPDATE OR DELETE ON sessions FOR EACH ROW EXECUTE FUNCTION unknot_touch_user();
CREATE TRIGGER settings_touch AFTER INSERT OR UPDATE OR DELETE ON settings FOR EACH ROW EXECUTE FUNCTION unknot_touch_user();
CREATE TRIGGER user_routines_touch AFTER INSERT OR UPDATE OR DELETE ON user_routines FOR EACH ROW EXECUTE FUNCTION unknot_touch_user();
CREATE TRIGGER reminders_touch AFTER INSERT OR UPDATE OR DELETE ON reminders FOR EACH ROW EXECUTE FUNCTION unknot_touch_user();
CREATE TRIGGER active_days_touch AFTER INSERT OR UPDATE OR DELETE ON active_days FOR EACH ROW EXECUTE FUNCTION unknot_touch_user();
