-- The camera checks of the neck before and after a session (docs/measure.md), as the JSON of the API's
-- "measurements"; null when none was made.
ALTER TABLE sessions ADD COLUMN measurements TEXT;
