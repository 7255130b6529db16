-- Routines the user builds in the web app, stored with the rest of their data.
CREATE TABLE user_routines (
    user_id TEXT NOT NULL REFERENCES users (id),
    id TEXT NOT NULL,
    routine_json TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (user_id, id)
);
