-- A personal access token lives as long as the security stamp of the account it was made under: signing out
-- everywhere or changing the password (each a new stamp) ends it, as it ends the cookie and the bearer tokens.
-- The tokens already made keep working until the next such change.
ALTER TABLE access_tokens ADD COLUMN "SecurityStamp" text;

UPDATE access_tokens SET "SecurityStamp" = u."SecurityStamp" FROM "AspNetUsers" u WHERE u."Id" = access_tokens."UserId";
