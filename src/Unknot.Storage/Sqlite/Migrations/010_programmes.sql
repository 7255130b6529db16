-- The programmes a user started (docs/programmes.md): the programme as started, as JSON with its routines, the
-- local day it started, its pauses as JSON, and the local day it was stopped (null while current).
CREATE TABLE programmes (
    user_id TEXT NOT NULL REFERENCES users (id),
    id TEXT NOT NULL,
    programme_json TEXT NOT NULL,
    started_on TEXT NOT NULL,
    pauses TEXT NOT NULL DEFAULT '[]',
    stopped_on TEXT,
    PRIMARY KEY (user_id, id)
);
CREATE INDEX programmes_by_start ON programmes (user_id, started_on);
