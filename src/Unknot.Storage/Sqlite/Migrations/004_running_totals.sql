-- Running figures, so that statistics and pages read a bounded amount however long the history.
-- A session is counted in the totals exactly when its local_day is set; the program fills in the
-- sessions stored before this version when it opens the database (in one transaction).
ALTER TABLE sessions ADD COLUMN local_day INTEGER NULL;
ALTER TABLE sessions ADD COLUMN pain_change INTEGER NULL;

DROP INDEX sessions_by_user_and_start;
CREATE INDEX sessions_by_user_and_start ON sessions (user_id, started_at, id);
-- Covering, so the pain figures of a period read the index alone.
CREATE INDEX sessions_rated ON sessions (user_id, started_at, id, pain_change, local_day, pain_before, pain_after) WHERE pain_change IS NOT NULL;
CREATE INDEX sessions_rated_by_day ON sessions (user_id, local_day, pain_change) WHERE pain_change IS NOT NULL;
CREATE INDEX sessions_uncounted ON sessions (user_id) WHERE local_day IS NULL;

-- Per user and local day (as a day number): sessions with something done, sessions completed, seconds done.
CREATE TABLE daily_totals (
    user_id TEXT NOT NULL REFERENCES users (id),
    day INTEGER NOT NULL,
    sessions INTEGER NOT NULL,
    completed INTEGER NOT NULL,
    done_seconds INTEGER NOT NULL,
    PRIMARY KEY (user_id, day)
) WITHOUT ROWID;

-- Per user and exercise done: sessions that included it, how many were rated, the sum of their pain changes.
CREATE TABLE exercise_totals (
    user_id TEXT NOT NULL REFERENCES users (id),
    exercise_id TEXT NOT NULL,
    sessions INTEGER NOT NULL,
    rated INTEGER NOT NULL,
    pain_change_sum INTEGER NOT NULL,
    PRIMARY KEY (user_id, exercise_id)
) WITHOUT ROWID;

-- Per user: rated sessions and the sum of their pain changes.
CREATE TABLE user_totals (
    user_id TEXT PRIMARY KEY REFERENCES users (id),
    rated INTEGER NOT NULL,
    pain_change_sum INTEGER NOT NULL
) WITHOUT ROWID;

-- Runs of consecutive days with a completed session (day numbers), for the streaks.
CREATE TABLE completed_runs (
    user_id TEXT NOT NULL REFERENCES users (id),
    first_day INTEGER NOT NULL,
    last_day INTEGER NOT NULL,
    length INTEGER NOT NULL,
    PRIMARY KEY (user_id, first_day)
) WITHOUT ROWID;

CREATE INDEX completed_runs_by_length ON completed_runs (user_id, length);
