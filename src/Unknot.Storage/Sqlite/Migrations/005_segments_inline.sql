-- Each session's segments in one column of its row, as a compact JSON array of
-- [index, kind, exercise, side, seconds, outcome]. They are always read and written with their session, and a
-- row per segment made a save cost dozens of index updates.
ALTER TABLE sessions ADD COLUMN segments TEXT NOT NULL DEFAULT '[]';

UPDATE sessions SET segments = (
    SELECT COALESCE(json_group_array(json_array(idx, kind, exercise_id, side, duration_seconds, outcome) ORDER BY idx), '[]')
    FROM session_segments WHERE session_id = sessions.id
);

DROP TABLE session_segments;

-- The latest session that can be resumed, found without reading every unfinished one.
DROP INDEX sessions_unfinished;
CREATE INDEX sessions_resumable ON sessions (user_id, started_at, id) WHERE completed = 0 AND checkpoint_segment IS NOT NULL;
