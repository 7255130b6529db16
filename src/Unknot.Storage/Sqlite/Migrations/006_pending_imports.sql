-- An import writes its files under temporary names, commits the database with a row here naming them, then moves
-- the files into place and deletes the row. A row still here at start-up means the moves were cut off: they are
-- finished then. Temporary files without a row belong to an import whose database part never committed: deleted.
CREATE TABLE pending_imports (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id),
    files TEXT NOT NULL,
    created_at TEXT NOT NULL
);
