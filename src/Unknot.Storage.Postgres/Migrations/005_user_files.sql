-- A hosted user's own exercises (YAML) and their pictures: on a server the home folder is shared by every user,
-- so what personal mode keeps as files in exercises/ lives here, one row per file, belonging to its user.
CREATE TABLE user_files (
    user_id TEXT COLLATE "C" NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    folder TEXT COLLATE "C" NOT NULL,
    name TEXT COLLATE "C" NOT NULL,
    content BYTEA NOT NULL,
    PRIMARY KEY (user_id, folder, name)
);

CREATE TRIGGER user_files_touch AFTER INSERT OR UPDATE OR DELETE ON user_files FOR EACH ROW EXECUTE FUNCTION unknot_touch_library();
