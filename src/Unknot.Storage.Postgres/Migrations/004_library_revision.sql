-- library_revision counts the changes to what an instance keeps in memory for a user (settings and saved routines),
-- apart from revision, which counts every change. A new session, by far the most frequent write, then leaves the
-- user's settings, routines and combined library in every instance's memory, instead of having them read again
-- and rebuilt on the next request.
ALTER TABLE users ADD COLUMN library_revision BIGINT NOT NULL DEFAULT 0;

CREATE FUNCTION unknot_touch_library() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        UPDATE users SET revision = revision + 1, library_revision = library_revision + 1 WHERE id = OLD.user_id;
        RETURN OLD;
    END IF;
    UPDATE users SET revision = revision + 1, library_revision = library_revision + 1 WHERE id = NEW.user_id;
    RETURN NEW;
END;
$$;

DROP TRIGGER settings_touch ON settings;
DROP TRIGGER user_routines_touch ON user_routines;
CREATE TRIGGER settings_touch AFTER INSERT OR UPDATE OR DELETE ON settings FOR EACH ROW EXECUTE FUNCTION unknot_touch_library();
CREATE TRIGGER user_routines_touch AFTER INSERT OR UPDATE OR DELETE ON user_routines FOR EACH ROW EXECUTE FUNCTION unknot_touch_library();
