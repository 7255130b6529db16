-- A session's and a reminder's id is unique per user, not across the server. Ids come from the clients (a phone,
-- the CLI, an import), so with one key for everyone a user could learn that someone else holds an id, or be kept
-- from storing a session whose id another user had taken. Each user now has their own ids.
ALTER TABLE sessions DROP CONSTRAINT sessions_pkey;
ALTER TABLE sessions ADD PRIMARY KEY (user_id, id);
ALTER TABLE reminders DROP CONSTRAINT reminders_pkey;
ALTER TABLE reminders ADD PRIMARY KEY (user_id, id);
