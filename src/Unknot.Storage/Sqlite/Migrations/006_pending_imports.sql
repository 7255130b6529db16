-- An import writes its files under temporary names, commits the database with a row here naming them, then moves
-- the files into place and deletes the row. A row still here at start-up means the moves were cut off: they are
-- finished then. Temporary files without a row belong to an import whose database part never committed: deleted.
CREATE TABLE pending_imports (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id),
    files TEXT NOT NULL,
    created_at TEXT NOT NULL
);

-- A stored session that cannot be read back (written by an older version or by hand: a year 1 start, a damaged
-- segment list) is marked with the reason, left out of history and statistics, and reported; it can be deleted.
ALTER TABLE sessions ADD COLUMN unreadable TEXT;
CREATE INDEX sessions_unreadable ON sessions (user_id) WHERE unreadable IS NOT NULL;
