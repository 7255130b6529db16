-- The camera checks of the neck before and after a session (docs/measure.md), as the JSON of the API's
-- "measurements"; null when none was made.
ALTER TABLE sessions ADD COLUMN measurements TEXT;

-- The trend reads the latest measured sessions of a user, however many others there are.
CREATE INDEX sessions_measured ON sessions (user_id, started_at DESC, id DESC) WHERE measurements IS NOT NULL AND unreadable IS NULL;
